"""Classes of the language the sixth round of the initiatives work covers (issue 11), on sentences of our
own through the whole pipeline: an opponent's undertaking opposed in a predicative frame, membership and
status as undertakings, coordinated undertakings, stance from the clause that governs an item."""
from __future__ import annotations

import pytest


def _items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


def _threats(extractor, text: str) -> list[str]:
    return [t.span.text for t in extractor.extract(text).threats]


# ---- 1. an opponent's undertaking the speaker calls inadmissible: opposed, no threat ----------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the predicative before the undertaking
        ("Недопустима конфискация замороженных средств центрального банка.",
         "конфискация замороженных средств центрального банка"),
        ("Мы считаем неприемлемым размещение ударных вооружений у наших границ.",
         "размещение ударных вооружений у наших границ"),
        ("Абсолютно недопустимы поставки наступательных вооружений в зону конфликта.",
         "поставки наступательных вооружений в зону конфликта"),
        # the predicative after it, a copula and an adverb between
        ("Развертывание иностранных баз в регионе было бы совершенно неприемлемо.",
         "Развертывание иностранных баз в регионе"),
        ("Изъятие чужих резервов недопустимо.", "Изъятие чужих резервов"),
        # a distancing modifier is part of the phrase
        ("Мы не признаем так называемый специальный трибунал по агрессии.",
         "так называемый специальный трибунал по агрессии"),
        ("Москва выступает против учреждения так называемого трибунала.",
         "учреждения так называемого трибунала"),
    ],
)
def test_an_undertaking_called_inadmissible_is_opposed(extractor, text, span):
    assert (span, "opposes") in _items(extractor, text)
    assert span.split()[0] not in [t.split()[0] for t in _threats(extractor, text)]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a phenomenon called inadmissible is a named danger: it stays a threat (ONTOLOGY §6)
        ("Недопустимо применение силы против мирного населения.", "применение силы против мирного населения"),
        ("Неприемлемы односторонние санкции в обход Совета Безопасности.", "односторонние санкции"),
        # an undertaking with no word of inadmissibility around it stays what the threats stage says
        ("Поставки наркотиков из региона растут.", "наркотиков"),
    ],
)
def test_a_danger_called_inadmissible_stays_a_threat(extractor, text, threat):
    assert any(threat in t for t in _threats(extractor, text))
    assert not [s for s, st in _items(extractor, text) if st == "opposes"]


# ---- 2. membership, accession, status and a chair taken as undertakings -----------------------------
def _joinings(extractor, text: str) -> list[tuple[str, str, str | None]]:
    return [(i.span.text, i.stance.value, i.target) for i in extractor.extract(text).initiatives
            if i.kind.value == "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country becoming a member: past adopts, the subject the one who joins
        ("В минувшую пятницу Монголия стала девятым членом Организации Договора о коллективной безопасности.",
         ("стала девятым членом Организации Договора о коллективной безопасности", "adopts", "Монголия")),
        ("Лаос станет полноправным членом АСЕАН в следующем году.",
         ("станет полноправным членом АСЕАН", "mentions", "Лаос")),
        # an infinitive takes the first predicate of its chain
        ("Лидеры договорились пригласить Вьетнам и Малайзию стать полноправными членами объединения.",
         ("стать полноправными членами объединения", "adopts", None)),
        # an application for a status or membership
        ("Заявка Лаоса на статус наблюдателя будет рассмотрена осенью.",
         ("Заявка Лаоса на статус наблюдателя", "mentions", "Лаос")),
        # a chair taken in the past, its body named
        ("Туркменистан принял председательство в Содружестве Независимых Государств.",
         ("принял председательство в Содружестве Независимых Государств", "adopts", "Туркменистан")),
    ],
)
def test_joining_and_chair_as_undertakings(extractor, text, expected):
    assert expected in _joinings(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a member of no body, a membership held, a status held
        "Он стал членом жюри конкурса.",
        "Иран является полноправным членом ШОС.",
        "Страна имеет статус наблюдателя в организации.",
        # an application for no status
        "Заявка на участие в конкурсе подана вовремя.",
        # presiding over a sitting; a chair taken in a time clause; a chair announced
        "Министр принял председательство в заседании комиссии.",
        "Форум прошел за месяц до того, как Казахстан принял председательство в ШОС.",
        "Казахстан примет председательство в ОДКБ 1 января.",
    ],
)
def test_no_joining_no_item(extractor, text):
    assert _joinings(extractor, text) == []


# ---- 4. the stance the clause after an undertaking gives it ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a verb of progress
        ("Строительство газопровода «Восток – Запад» ведется с опережением графика.",
         ("Строительство газопровода «Восток – Запад»", "implements")),
        # a relative clause whose predicate is a stance predicate, its preposition fronted with the pronoun
        ("Главное – строительство автодороги Бишкек – Ош, к которому стороны приступили весной.",
         ("строительство автодороги Бишкек – Ош", "implements")),
        ("Речь идет о Программе сотрудничества «Зеленый пояс», которую мы полностью поддерживаем.",
         ("Программе сотрудничества «Зеленый пояс»", "supports")),
        # work on it going on
        ("Важнейший проект – строительство газопровода «Восток – Запад», работы по которому уже идут.",
         ("строительство газопровода «Восток – Запад»", "implements")),
    ],
)
def test_a_clause_after_an_undertaking_gives_its_stance(extractor, text, expected):
    span, stance = expected  # the span may leave the action noun out ("газопровода «Восток – Запад»")
    assert any(x in span and st == stance for x, st in _items(extractor, text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the host of an event named in the relative clause states no stance
        ("Министры обсудили конференцию по климату «Зеленая планета», которую Баку примет в ноябре.",
         "конференцию по климату «Зеленая планета»"),
        # a verb of progress in the future, or a relative clause with no stance predicate
        ("Строительство газопровода «Восток – Запад» пойдет через горы.", "Строительство газопровода «Восток – Запад»"),
        ("Строительство газопровода «Восток – Запад», который пересечет горы, обсуждалось.",
         "Строительство газопровода «Восток – Запад»"),
    ],
)
def test_a_clause_with_no_stance_gives_none(extractor, text, span):
    assert all(st == "mentions" for x, st in _items(extractor, text) if x in span)


# ---- 3. coordinated undertakings, each action noun with its own object ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы поддерживаем модернизацию пограничных пунктов и строительство новых складов.",
         ["модернизацию пограничных пунктов", "строительство новых складов"]),
        ("Стороны выступили за расширение сети филиалов и наращивание потенциала секретариата.",
         ["расширение сети филиалов", "наращивание потенциала секретариата"]),
    ],
)
def test_action_nouns_with_objects_of_their_own_are_two_items(extractor, text, expected):
    assert [x for x, _st in _items(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two action nouns sharing one object are no two undertakings, nor dependents under one head
        "Мы поддерживаем строительство и модернизацию железных дорог.",
        "Мы поддерживаем строительство автодорожных и железнодорожных мостов.",
        "Мы поддерживаем строительство мостов и дорог.",
    ],
)
def test_coordinated_dependents_stay_one_item(extractor, text):
    assert len(_items(extractor, text)) == 1


# ---- 4b. the proposer from the text: the subject past an adverbial phrase, "по предложению X" ----------
def _proposers(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.span.text, i.proposer) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial participle's phrase between the subject and "предложил" is stepped over
        ("Казахстан, выступая на заседании Совета Безопасности ООН, предложил учредить региональный центр по "
         "ледникам.", ("учредить региональный центр по ледникам", "Казахстан")),
        ("Узбекистан, учитывая позицию ЕАЭС, предложил создать совместный фонд.",
         ("создать совместный фонд", "Узбекистан")),
        # a country's adjective and a noun standing for its state name the country
        ("Мы поддерживаем инициативу индийской стороны о создании общего банка семян.",
         ("инициативу индийской стороны о создании общего банка семян", "Индия")),
        ("Делегации поддержали идею таджикского председательства о проведении форума по ледникам.",
         ("идею таджикского председательства о проведении форума по ледникам", "Таджикистан")),
        # the country whose readiness governs the undertaking
        ("Министр выразил готовность Таджикистана провести в 2027 году конференцию по водным ресурсам.",
         ("провести в 2027 году конференцию по водным ресурсам", "Таджикистан")),
        # "по предложению X", as "по инициативе X", names the author
        ("По предложению Киргизии 2027 год объявлен Международным годом горных экосистем.",
         ("Международным годом горных экосистем", "Киргизия")),
    ],
)
def test_the_proposer_from_the_text(extractor, text, expected):
    assert expected in _proposers(extractor, text)


def test_a_body_inside_the_adverbial_phrase_is_no_proposer(extractor):
    found = _proposers(extractor, "Министр, выступая на форуме ШОС, предложил создать совместный фонд.")
    assert ("создать совместный фонд", "ШОС") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of a stance verb before or after the document, agreeing with it
        ("Подписанное в Ташкенте Соглашение о свободной торговле вступило в силу.",
         ("Соглашение о свободной торговле", "adopts")),
        ("Главным итогом встречи стала Бишкекская декларация, утвержденная министрами.",
         ("Бишкекская декларация", "adopts")),
        # a modal of obligation after undertakings joined as its subject
        ("Транспортный коридор «Юг – Север» и строительство моста Термез – Хайратон должны стать основой "
         "партнерства.", ("Транспортный коридор «Юг – Север»", "calls_for")),
    ],
)
def test_a_participle_or_a_modal_around_an_undertaking(extractor, text, expected):
    span, stance = expected
    assert any(x in span and st == stance for x, st in _items(extractor, text))


def test_a_time_frame_takes_no_stance_from_its_participle(extractor):
    text = "В Международный год гор, объявленный Генеральной Ассамблеей, стороны обсудили экологию."
    assert all(st == "mentions" for x, st in _items(extractor, text) if "год гор" in x)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a membership dated from its accession, and a second body joined in a gapped clause
        ("Монголия с 2019 года является наблюдателем в ОДКБ, а с 2022 года – ЕАЭС.",
         [("является наблюдателем в ОДКБ", "Монголия"), ("с 2022 года – ЕАЭС", "Монголия")]),
    ],
)
def test_a_dated_membership_and_a_gapped_one(extractor, text, expected):
    found = [(i.span.text, i.target) for i in extractor.extract(text).initiatives]
    assert all(x in found for x in expected)


# ---- 1b. the deeds of those a restrictive measure names are opposed undertakings ----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В ответ на санкции закрыт въезд для лиц, ответственных за поставки наступательного оружия в зону "
         "конфликта.", [("поставки наступательного оружия в зону конфликта", "opposes")]),
        # the measure in the sentence before, the preposition repeated, a generic activity stepped over
        ("Расширен список лиц, которым запрещен въезд в страну. В него вошли чиновники, причастные к "
         "размещению ракет у наших границ, к деятельности по созданию так называемого трибунала, а также "
         "выступающие за изъятие суверенных резервов.",
         [("размещению ракет у наших границ", "opposes"), ("созданию так называемого трибунала", "opposes"),
          ("изъятие суверенных резервов", "opposes")]),
    ],
)
def test_deeds_under_a_measure_are_opposed(extractor, text, expected):
    found = _items(extractor, text)
    assert all(x in found for x in expected)


@pytest.mark.parametrize(
    "text",
    [
        # no restrictive measure: the same words only describe
        "Компании, причастные к строительству газопровода, получили государственные награды.",
        "Министерство, ответственное за оказание гуманитарной помощи, отчиталось о работе.",
    ],
)
def test_deeds_without_a_measure_are_not_opposed(extractor, text):
    assert not [x for x, st in _items(extractor, text) if st == "opposes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an importance cue supports an undertaking carried on or completed, proposes a new one
        ("Считаем важным скорейшее завершение строительства газопровода «Восток – Запад».", "supports"),
        ("Считаю важным полное выполнение Программы сотрудничества на 2025–2027 годы.", "supports"),
        ("Считаем важным создание регионального центра по ледникам.", "proposes"),
    ],
)
def test_importance_cue_and_an_undertaking_carried_on(extractor, text, expected):
    assert [st for _x, st in _items(extractor, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # different named documents under one action noun are one item each
        ("Приветствуем подписание Соглашения о транзите и Меморандума о цифровой торговле.",
         ["Соглашения о транзите", "Меморандума о цифровой торговле"]),
    ],
)
def test_named_documents_under_one_head_are_two_items(extractor, text, expected):
    assert [x for x, _st in _items(extractor, text)] == expected


def test_bodies_as_partners_stay_one_item(extractor):
    text = "Предлагаем наладить сотрудничество с Евразийским экономическим союзом и Лигой арабских государств."
    assert len(_items(extractor, text)) <= 1


# ---- 4c. an undertaking put before the speaker's pronoun and a stance verb ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Идею Узбекистана о создании транспортного хаба мы полностью поддерживаем.",
         ("Идею Узбекистана о создании транспортного хаба", "supports")),
        ("Соглашение о взаимной торговле мы подписали еще в марте.", ("Соглашение о взаимной торговле", "adopts")),
        ("Программу сотрудничества на 2026–2028 годы я приветствую.",
         ("Программу сотрудничества на 2026–2028 годы", "welcomes")),
        # a plural subject and verb after a singular undertaking
        ("Меморандум о взаимопонимании министры подписали на полях форума.",
         ("Меморандум о взаимопонимании", "adopts")),
    ],
)
def test_a_fronted_undertaking_takes_the_stance(extractor, text, expected):
    assert expected in _items(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no undertaking before the pronoun, or a third-person subject
        "В этом году мы поддержали коллег.",
        "Это мы поддерживаем.",
        # a plural object before a plural noun: which is the subject is not told
        "Проекты компании реализуют быстро.",
    ],
)
def test_no_fronted_undertaking_no_item(extractor, text):
    assert _items(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Казахстан вошел в число учредителей Азиатского банка инфраструктурных инвестиций.",
         ("вошел в число учредителей Азиатского банка инфраструктурных инвестиций", "adopts")),
        ("Министр выразил готовность Монголии войти в число его акционеров.",
         ("войти в число его акционеров", "proposes")),
    ],
)
def test_entering_the_founders_is_an_accession(extractor, text, expected):
    assert expected in _items(extractor, text)


def test_entering_the_best_is_none(extractor):
    assert _items(extractor, "Он вошел в число лучших студентов года.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Членство Мали в организации остается приостановленным.", ("Членство Мали в организации", "Мали")),
        ("Ереван заморозил свое участие в ОДКБ.", ("свое участие в ОДКБ", None)),
    ],
)
def test_a_membership_suspended_is_an_undertaking(extractor, text, expected):
    found = [(i.span.text, i.target) for i in extractor.extract(text).initiatives if i.kind.value == "other"]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # participation in an event or a project, or no suspension
        "Компания заморозила участие в проекте.",
        "Участие Казахстана в работе организации высоко ценится.",
    ],
)
def test_no_membership_suspended_no_item(extractor, text):
    assert [i for i in extractor.extract(text).initiatives if i.kind.value == "other"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going on with a stance keeps it; going on with a step implements it
        ("Мы продолжим поддерживать восстановление экономики Сирии.", "supports"),
        ("Мы продолжим строить Трансафганскую железную дорогу.", "implements"),
    ],
)
def test_continuing_a_stance_keeps_it(extractor, text, expected):
    assert [st for _x, st in _items(extractor, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of progress before its subject
        ("В регионе уже реализуется Программа сотрудничества в области энергетики.",
         ("Программа сотрудничества в области энергетики", "implements")),
        ("Сейчас ведется строительство газопровода «Восток – Запад».",
         ("строительство газопровода «Восток – Запад»", "implements")),
    ],
)
def test_a_verb_of_progress_before_its_subject(extractor, text, expected):
    span, stance = expected
    assert any(x in span and st == stance for x, st in _items(extractor, text))
