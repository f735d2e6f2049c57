"""Institutions: registry in every inflection, grammar for other bodies, NER, merging, back-references."""
from __future__ import annotations

import pytest

from shos_speech._stages.institutions.registry import bundled_institutions, norm_name
from shos_speech.grammars import institutions, parser


def names(result):
    return [i.name for i in result.institutions]


def by_name(result, name):
    return next(i for i in result.institutions if i.name == name)


def test_registry_is_data_with_every_field():
    entries = bundled_institutions()
    assert len(entries) >= 200
    kinds = {e.kind for e in entries}
    assert kinds <= {"international_organization", "organization_body", "state_body", "center", "media",
                     "company", "party", "other"}
    names_ = {e.name for e in entries}
    assert all(e.parent is None or e.parent in names_ for e in entries)
    sco = next(e for e in entries if e.name == "Шанхайская организация сотрудничества")
    assert "ШОС" in sco.acronyms and sco.name_en


@pytest.mark.parametrize("sentence, mention", [
    ("Казахстан председательствует в ШОС.", "ШОС"),
    ("Лидеры встретились на саммите Шанхайской организации сотрудничества.", "Шанхайской организации сотрудничества"),
    ("Страна гордится Шанхайской организацией сотрудничества.", "Шанхайской организацией сотрудничества"),
    ("Встреча лидеров государств - членов ШОС прошла в Циндао.", "ШОС"),
    ("Делегаты прибыли в Шанхайскую организацию сотрудничества.", "Шанхайскую организацию сотрудничества"),
])
def test_sco_in_any_case(extractor, sentence, mention):
    r = extractor.extract(sentence)
    sco = by_name(r, "Шанхайская организация сотрудничества")
    assert [m.text for m in sco.mentions] == [mention]
    assert sco.acronym == "ШОС" and sco.kind == "international_organization"


@pytest.mark.parametrize("sentence, name, kind, parent", [
    ("Вопрос обсудили на заседании Совета глав государств – членов ШОС.",
     "Совет глав государств – членов ШОС", "organization_body", "Шанхайская организация сотрудничества"),
    ("Резолюцию одобрил Совет Безопасности ООН.", "Совет Безопасности ООН", "organization_body",
     "Организация Объединенных Наций"),
    ("Доклад направлен в Евразийскую экономическую комиссию.", "Евразийская экономическая комиссия",
     "organization_body", "Евразийский экономический союз"),
    ("Об этом сообщили в Министерстве иностранных дел России.", "Министерство иностранных дел Российской Федерации",
     "state_body", None),
])
def test_registry_bodies_have_canonical_name_kind_and_parent(extractor, sentence, name, kind, parent):
    inst = by_name(extractor.extract(sentence), name)
    assert inst.kind == kind and inst.parent == parent


@pytest.mark.parametrize("sentence, name, kind, parent, country", [
    ("В Бишкеке открылся Региональный центр ООН по вопросам водной дипломатии для стран Центральной Азии.",
     "Региональный центр ООН по вопросам водной дипломатии для стран Центральной Азии", "center",
     "Организация Объединенных Наций", None),
    ("Делегацию принял Комитет по делам молодежи Республики Таджикистан.",
     "Комитет по делам молодежи Республики Таджикистан", "state_body", None, "Таджикистан"),
    ("Заявление опубликовало Министерство энергетики и водных ресурсов Республики Таджикистан.",
     "Министерство энергетики и водных ресурсов Республики Таджикистан", "state_body", None, "Таджикистан"),
    ("Эксперты Рабочей группы по вопросам продовольственной безопасности ШОС собрались в Ташкенте.",
     "Рабочая группа по вопросам продовольственной безопасности ШОС", "organization_body",
     "Шанхайская организация сотрудничества", None),
])
def test_bodies_outside_the_registry(extractor, sentence, name, kind, parent, country):
    inst = by_name(extractor.extract(sentence), name)
    assert (inst.kind, inst.parent, inst.country) == (kind, parent, country)


def test_a_circumstance_is_not_part_of_the_name(extractor):
    r = extractor.extract("Министерство сельского хозяйства Кыргызской Республики по итогам года отчиталось о росте.")
    assert "Министерство сельского хозяйства Кыргызской Республики" in names(r)


def test_acronym_and_full_name_are_one_entity(extractor):
    r = extractor.extract("Организация Договора о коллективной безопасности отметила годовщину. "
                          "Генсек ОДКБ выступил с речью.")
    csto = by_name(r, "Организация Договора о коллективной безопасности")
    assert [m.text for m in csto.mentions] == ["Организация Договора о коллективной безопасности", "ОДКБ"]


def test_acronym_introduced_in_parentheses(extractor):
    text = ("Стороны учредили Центральноазиатский фонд водных инноваций (ЦАФВИ). "
            "Первый транш ЦАФВИ направят на ремонт каналов.")
    r = extractor.extract(text)
    fund = by_name(r, "Центральноазиатский фонд водных инноваций")
    assert fund.acronym == "ЦАФВИ"
    # the acronym in parentheses is a mention too, as is every later one
    assert [m.text for m in fund.mentions] == ["Центральноазиатский фонд водных инноваций", "ЦАФВИ", "ЦАФВИ"]


def test_cica_acronym_in_parentheses_merges(extractor):
    r = extractor.extract("Саммит Совещания по взаимодействию и мерам доверия в Азии (СВМДА) прошел в Астане.")
    cica = by_name(r, "Совещание по взаимодействию и мерам доверия в Азии")
    assert cica.acronym == "СВМДА"
    assert [m.text for m in cica.mentions] == ["Совещания по взаимодействию и мерам доверия в Азии", "СВМДА"]


@pytest.mark.parametrize("text, ref", [
    ("Узбекистан поддерживает Содружество Независимых Государств. Роль Содружества будет расти.", "Содружества"),
    ("Делегации прибыли на саммит ОДКБ. Потенциал Организации не исчерпан.", "Организации"),
])
def test_capitalized_back_reference(extractor, text, ref):
    r = extractor.extract(text)
    assert len(r.institutions) == 1
    assert r.institutions[0].mentions[-1].text == ref


def test_back_reference_with_demonstrative(extractor):
    text = ("В Алматы открыт Региональный центр ООН по целям устойчивого развития. "
            "Предлагаем использовать потенциал данного Центра.")
    r = extractor.extract(text)
    center = next(i for i in r.institutions if i.kind == "center")
    assert center.mentions[-1].text == "данного Центра"


def test_media_from_reporting_context(extractor):
    r = extractor.extract("Как передает Кабар, заседание прошло в Бишкеке.")
    assert by_name(r, "Кабар").kind == "media"


@pytest.mark.parametrize("text", [
    "Председатель Китая выступил на форуме.",
    "Региональные организации играют важную роль.",
    "консультативные встречи глав государств проходят ежегодно.",
])
def test_not_institutions(extractor, text):
    assert names(extractor.extract(text)) == []


def test_post_is_not_an_institution_but_its_body_is(extractor):
    r = extractor.extract("Генеральный секретарь ООН посетил Ташкент.")
    assert names(r) == ["Организация Объединенных Наций"]
    assert r.institutions[0].mentions[0].text == "ООН"


def test_grammar_rules_compose_in_a_users_parser():
    p = parser(institutions.INSTITUTION)
    found = [m.span for m in p.findall("Заседание Совета министров иностранных дел ШОС прошло в Астане")]
    assert [(s.start, s.stop) for s in found] == [(10, 46)]


def test_user_registry_extends_the_bundled_one(tmp_path):
    import json

    from shos_speech import Extractor

    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"institutions": [{
        "name": "Фонд поддержки горных территорий", "acronyms": ["ФПГТ"], "kind": "center",
        "parent": None, "country": "Кыргызстан", "aliases": []}]}, ensure_ascii=False), encoding="utf-8")
    r = Extractor(registries=[path]).extract("Проект профинансировал ФПГТ.")
    assert [(i.name, i.kind, i.country) for i in r.institutions] == [
        ("Фонд поддержки горных территорий", "center", "Кыргызстан")]


def test_seed_institutions(extractor, seed_text, seed_gold):
    r = extractor.extract(seed_text)
    got = {norm_name(i.name) for i in r.institutions}
    want = {norm_name(g["name"]) for g in seed_gold["institutions"]}
    assert want <= got
    sco = next(i for i in r.institutions if i.acronym == "ШОС")
    assert len(sco.mentions) >= 9


def test_lowercase_body_refers_back_to_the_named_one(extractor):
    text = ("Заседание Кабинета министров Кыргызской Республики прошло в Бишкеке. "
            "На заседании правительства обсудили бюджет.")
    r = extractor.extract(text)
    cabinet = by_name(r, "Кабинет министров Кыргызской Республики")
    assert [m.text for m in cabinet.mentions] == ["Кабинета министров Кыргызской Республики", "правительства"]


@pytest.mark.parametrize("text, mention", [
    ("Об инциденте сообщили в полиции.", "полиции"),
    ("Законопроект внесен в парламент.", "парламент"),
])
def test_lowercase_body_on_its_own(extractor, text, mention):
    r = extractor.extract(text)
    assert [(i.kind, i.mentions[0].text) for i in r.institutions] == [("state_body", mention)]


def test_a_described_body_is_no_mention(extractor):
    r = extractor.extract("Стороны выступили за формирование в Кабуле инклюзивного правительства.")
    assert r.institutions == []


def test_own_acronym_inside_the_name_and_a_later_short_mention(extractor):
    text = ("В Бишкеке прошло заседание Совета министров иностранных дел (СМИД) ОДКБ. "
            "Следующее заседание Совета министров иностранных дел пройдет в Москве.")
    r = extractor.extract(text)
    council = next(i for i in r.institutions if i.parent == "Организация Договора о коллективной безопасности")
    assert council.name == "Совет министров иностранных дел ОДКБ"
    assert [m.text for m in council.mentions] == ["Совета министров иностранных дел (СМИД) ОДКБ",
                                                  "Совета министров иностранных дел"]


def test_an_organ_is_named_with_its_organizations_acronym(extractor):
    r = extractor.extract("Декларацию Совета старейшин Организации тюркских государств опубликовали в Баку.")
    council = by_name(r, "Совет старейшин ОТГ")
    assert council.parent == "Организация тюркских государств" and council.kind == "organization_body"


def test_ministry_acronym_with_a_state(extractor):
    r = extractor.extract("Встречу провел глава МИД Бразилии Мауро Виейра.")
    assert [(i.name, i.acronym, i.kind, i.country) for i in r.institutions] == [
        ("Министерство иностранных дел Бразилии", "МИД Бразилии", "state_body", "Бразилия")]


def test_acronym_introduced_after_a_registry_name(extractor):
    r = extractor.extract("Проект профинансирует Европейский инвестиционный банк (ЕИБ). Решение ЕИБ ожидается осенью.")
    eib = by_name(r, "Европейский инвестиционный банк")
    assert [m.text for m in eib.mentions] == ["Европейский инвестиционный банк", "ЕИБ", "ЕИБ"]


def test_a_building_is_not_an_institution(extractor):
    r = extractor.extract("Церемония прошла во Дворце Независимости в Минске.")
    assert r.institutions == []


def test_a_capitalized_head_with_a_description_refers_back(extractor):
    text = ("Саммит СНГ прошел в Минске. Москва не поддерживает идею создания в Содружестве "
            "наднациональных органов по образцу Евросоюза.")
    r = extractor.extract(text)
    cis = by_name(r, "Содружество Независимых Государств")
    assert [m.text for m in cis.mentions] == ["СНГ", "Содружестве"]


def test_superlative_adjectives_keep_their_stem():
    from shos_speech._core.tokens import tokenize
    from shos_speech.normalize import nominative

    phrase = "Высшего Евразийского экономического совета"
    assert nominative(phrase, tokenize(phrase)) == "Высший Евразийский экономический совет"


@pytest.mark.parametrize("text", [
    "Продолжается строительство Камбаратинской ГЭС-1 на реке Нарын.",
    "Лидеры посетили Дом правительства в Бишкеке.",
    "В Бишкеке пройдет горный саммит «Бишкек+25».",
])
def test_plants_buildings_and_events_are_not_institutions(extractor, text):
    assert names(extractor.extract(text)) == []


@pytest.mark.parametrize("text, names", [
    # coordinated modifiers of one noun inside a name's complement
    ("Доклад подготовил Департамент ООН по экономическим и социальным вопросам.",
     ["Департамент ООН по экономическим и социальным вопросам"]),
    ("Заседание провел Межгосударственный совет по чрезвычайным ситуациям природного и техногенного характера.",
     ["Межгосударственный совет по чрезвычайным ситуациям природного и техногенного характера"]),
    # what a deverbal noun of the name acts on ("на" + accusative) ...
    ("В Минске открылся Центр ОДКБ по реагированию на компьютерные инциденты.",
     ["Центр ОДКБ по реагированию на компьютерные инциденты"]),
    # ... but a circumstance with "на" stays out
    ("Комиссия по правам человека на своей сессии одобрила доклад.", ["Комиссия по правам человека"]),
    # a word read first as a short adjective is a predicate, never a genitive of the name
    ("Представитель ОДКБ отметил, что Секретариат готов к диалогу.",
     ["Организация Договора о коллективной безопасности"]),
    ("Управление по защите прав потребителей провело проверку.", ["Управление по защите прав потребителей"]),
])
def test_the_extent_of_a_bodys_complements(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, names", [
    # in a headline in capitals a capital is no sign of a name: a generic body stays out ...
    ("ТОКАЕВ ПРИЗВАЛ СДЕЛАТЬ СВМДА ПОЛНОЦЕННОЙ МЕЖДУНАРОДНОЙ ОРГАНИЗАЦИЕЙ",
     ["Совещание по взаимодействию и мерам доверия в Азии"]),
    # ... while registry names and acronyms in capitals are found
    ("СОВЕТ БЕЗОПАСНОСТИ ООН ОБСУДИЛ ПОЛОЖЕНИЕ В СИРИИ", ["Совет Безопасности ООН"]),
])
def test_bodies_in_a_headline_in_capitals(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, names", [
    # the proper name of a project, event or document is no body ...
    ("Стороны обсудили ход строительства нефтепровода «Восток-Запад».", []),
    ("Туркменистан продвигает проект газопровода ТАПИ.", []),
    ("Осенью пройдут учения «Рубеж-2026» и «Кобальт-2026».", []),
    ("Делегация представила проект Душанбинской хартии водного сотрудничества.", []),
    ("Переговоры прошли в загородной резиденции «Кок-Жайляу».", []),
    # ... a body's name next to such a noun is still a body
    ("Программы Всемирного банка поддерживают развитие дорог.", ["Всемирный банк"]),
    ("Договор подписали Российские железные дороги и Казахстанские железные дороги.",
     ["Российские железные дороги", "Казахстанские железные дороги"]),
])
def test_the_names_of_projects_events_and_documents_are_no_bodies(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, names", [
    # a state's or an organization's presence names its seat ...
    ("Ноту вручило Посольство Республики Корея в Ташкенте.", ["Посольство Республики Корея в Ташкенте"]),
    ("Брифинг провело Постоянное представительство Кыргызстана при ООН в Нью-Йорке.",
     ["Постоянное представительство Кыргызстана при ООН в Нью-Йорке"]),
    ("Генконсульство Таджикистана в Екатеринбурге продлило прием документов.",
     ["Генконсульство Таджикистана в Екатеринбурге"]),
    # ... other bodies do not, and a time after "в" is no seat
    ("Совет министров в Бишкеке одобрил план.", ["Совет министров"]),
    ("Посольство Казахстана в среду распространило заявление.", ["Посольство Казахстана"]),
])
def test_a_presence_names_its_seat(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, names", [
    # a person's name in the nominative after a body starts the person ...
    ("Об этом сообщил руководитель отдела Администрации Президента Ильгар Мамедов.", ["Администрация Президента"]),
    # ... a name in the genitive belongs to the body
    ("Гранты выделил Фонд Нурсултана Назарбаева.", ["Фонд Нурсултана Назарбаева"]),
])
def test_a_person_after_a_body_is_not_its_name(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, names", [
    # an office's press service is a body, in lowercase too, named by whose it is
    ("Об итогах переговоров сообщила пресс-служба президента Таджикистана.", ["пресс-служба президента Таджикистана"]),
    ("Пресс-служба Министерства обороны Казахстана опровергла сообщения.",
     ["Пресс-служба Министерства обороны Казахстана"]),
    # one described, not named, is none; a press conference is no body
    ("Снимки распространила пресс-служба главы государства.", []),
    ("После встречи министры провели пресс-конференцию.", []),
])
def test_a_press_service_is_a_body(extractor, text, names):
    assert [i.name for i in extractor.extract(text).institutions] == names


@pytest.mark.parametrize("text, name", [
    # a quoted name in apposition to its noun is in the nominative as written
    ("Как сообщает национальное информационное агентство «Ховар», делегация Таджикистана прибыла в Минск.",
     "Ховар"),
    ("Контракт получила компания «Узбекнефтегаз».", "Узбекнефтегаз"),
])
def test_a_quoted_name_in_apposition_is_as_written(extractor, text, name):
    assert name in [i.name for i in extractor.extract(text).institutions]

