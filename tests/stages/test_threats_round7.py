"""Threats, seventh quality round (issue 11): classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import categories, names, spans, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- a verb between a post or body and "по" ends the name: the task is the sentence's --------------
@pytest.mark.parametrize("text, span", [
    ("Министры обсудили меры по борьбе с лесными пожарами.", "лесными пожарами"),
    ("Министр рассказал о мерах по борьбе с коррупцией.", "коррупцией"),
    ("Министры обороны договорились о шагах по противодействию терроризму.", "терроризму"),
    ("Центр провел семинар по противодействию экстремизму.", "экстремизму"),
])
def test_a_verb_ends_a_body_name(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, word", [
    ("Центр по противодействию незаконному обороту наркотиков открылся в Алматы.", "наркотиков"),
    ("Министр по чрезвычайным ситуациям посетил регион.", "ситуациям"),
    ("Министерство по борьбе с коррупцией подготовило доклад.", "коррупцией"),
])
def test_a_task_in_a_body_name_stays_no_threat(stage, text, word):
    assert not any(word in s for s in spans(stage, text))


# -- a head read first as the short form of a relational adjective ("паводков": паводковый) --------
@pytest.mark.parametrize("text, span, name", [
    ("Глава МЧС доложил о ликвидации последствий паводков.", "паводков", "паводки"),
    ("Президент посетил районы, пострадавшие от паводков.", "паводков", "паводки"),
    ("Экономика пострадала от внешних шоков.", "внешних шоков", "внешние шоки"),
    ("Число паводков в регионе растет.", "паводков в регионе", None),
])
def test_a_head_read_first_as_a_short_adjective(stage, text, span, name):
    found = threats_of(stage, text)
    assert span in [s for s, _n, _c in found]
    if name is not None:
        assert name in [n for _s, n, _c in found]


# -- a spaced dash between modifiers ends a clause: the threat opens after it ---------------------
@pytest.mark.parametrize("text, span", [
    ("Добавились и климатические факторы – участившиеся засухи.", "участившиеся засухи"),
    ("Нас ждут новые испытания – затяжные экономические кризисы.", "затяжные экономические кризисы"),
    ("Усилились внешние риски – торговые войны и протекционизм.", "торговые войны"),
    ("Остаются старые беды — региональные конфликты.", "региональные конфликты"),
])
def test_a_spaced_dash_opens_the_phrase(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, span", [
    ("Финансово-экономические санкции вредят всем.", "Финансово-экономические санкции"),
    ("Военно-политическая напряженность растет.", "Военно-политическая напряженность"),
])
def test_a_tight_hyphen_keeps_the_compound(stage, text, span):
    assert span in spans(stage, text)


# -- a harm done to a named state: "изоляция Афганистана", "дестабилизация Ирака" ----------------
@pytest.mark.parametrize("text, span, category", [
    ("Изоляция Афганистана лишь усугубит эти проблемы.", "Изоляция Афганистана", "sanctions"),
    ("Убежден, что изоляция Ирана недопустима.", "изоляция Ирана", "sanctions"),
    ("Мы выступаем против изоляции России.", "изоляции России", "sanctions"),
    ("Дестабилизация Ирака ударила по всему региону.", "Дестабилизация Ирака", "other"),
    ("Страны осудили попытки дестабилизации Венесуэлы.", "дестабилизации Венесуэлы", "other"),
])
def test_a_harm_to_a_named_state(stage, text, span, category):
    found = threats_of(stage, text)
    assert (span, category) in [(s, c) for s, _n, c in found]


@pytest.mark.parametrize("text", [
    "Изоляция не решит проблем.",
    "Изоляция пациентов помогла врачам.",
    "Самоизоляция граждан продолжается.",
    "Мы видим дестабилизацию.",
])
def test_isolation_of_no_state_is_none(stage, text):
    assert threats_of(stage, text) == []


# -- a domain a threat goes on in: an adjective with "пространство", outer space --------------------
@pytest.mark.parametrize("text, span", [
    ("Мы против гонки вооружений в космическом пространстве.", "гонки вооружений в космическом пространстве"),
    ("Мы против гонки вооружений в космосе.", "гонки вооружений в космосе"),
    ("Необходимо противодействовать языку вражды в цифровом пространстве.",
     "языку вражды в цифровом пространстве"),
    ("Распространение фейков в информационном пространстве подрывает доверие.",
     "Распространение фейков в информационном пространстве"),
    ("Растет военная активность на постсоветском пространстве.",
     "военная активность на постсоветском пространстве"),
])
def test_a_domain_belongs_to_the_threat(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, span", [
    ("Эпидемии на пространстве ШОС требуют внимания.", "Эпидемии"),
    ("Эпидемии на всем пространстве ШОС требуют внимания.", "Эпидемии"),
    ("Эпидемии на нашем общем пространстве требуют внимания.", "Эпидемии"),
    ("Наркотрафик на афганской территории растет.", "Наркотрафик"),
])
def test_the_area_watched_stays_out(stage, text, span):
    assert spans(stage, text) == [span]


# -- cues of what may not be allowed and of what a step is fraught with ---------------------------
@pytest.mark.parametrize("text, span, name", [
    ("Нельзя допустить раскола Евразии на враждующие лагеря.", "раскола Евразии", "раскол Евразии"),
    ("Нельзя допускать дискриминации мигрантов.", "дискриминации мигрантов", "дискриминация мигрантов"),
    ("Такой шаг чреват расколом международного сообщества.", "расколом международного сообщества",
     "раскол международного сообщества"),
    ("Это чревато потерей рынков сбыта.", "потерей рынков сбыта", "потеря рынков сбыта"),
    ("Подобная политика грозит гуманитарной катастрофой.", "гуманитарной катастрофой", "гуманитарная катастрофа"),
    ("Такие шаги чреваты новым витком гонки вооружений.", "гонки вооружений", "гонка вооружений"),
])
def test_cues_of_inadmissible_and_fraught(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Это чревато непредсказуемыми последствиями.",
    "Затягивание переговоров чревато серьезными рисками.",
    "Нельзя допустить ошибок прошлого.",
    "Это грозит обернуться провалом.",
])
def test_fraught_with_a_generic_word_is_none(stage, text):
    assert threats_of(stage, text) == []


# -- a negating modal keeps a governed bare head singular ("нельзя допустить эскалации") ------------
@pytest.mark.parametrize("text, name", [
    ("Нельзя допустить эскалации.", "эскалация"),
    ("Невозможно допустить повторения трагедии.", None),
    ("Нельзя допустить дестабилизации Ливии.", "дестабилизация Ливии"),
])
def test_a_negating_modal_keeps_the_singular(stage, text, name):
    found = names(stage, text)
    assert name in found if name else "трагедии" not in found


# -- a noun governing a genitive with coordinated modifiers: one item per conjunct, each with it ----
@pytest.mark.parametrize("text, span, expected", [
    ("Нас беспокоит распространение ядерного и химического оружия.",
     "распространение ядерного и химического оружия",
     {"распространение ядерного оружия", "распространение химического оружия"}),
    ("Нас беспокоит распространение ядерного, химического и биологического оружия.",
     "распространение ядерного, химического и биологического оружия",
     {"распространение ядерного оружия", "распространение химического оружия",
      "распространение биологического оружия"}),
    ("Усилилась борьба с незаконным оборотом наркотических и психотропных веществ.",
     "незаконным оборотом наркотических и психотропных веществ",
     {"незаконный оборот наркотических веществ", "незаконный оборот психотропных веществ"}),
    ("Мы осуждаем применение химического и биологического оружия.",
     "применение химического и биологического оружия",
     {"применение химического оружия", "применение биологического оружия"}),
    ("Нас беспокоит финансирование террористических и экстремистских организаций.",
     "финансирование террористических и экстремистских организаций",
     {"финансирование террористических организаций", "финансирование экстремистских организаций"}),
    ("Необходимо пресечь деятельность террористических и экстремистских группировок.",
     "деятельность террористических и экстремистских группировок",
     {"деятельность террористических группировок", "деятельность экстремистских группировок"}),
])
def test_a_governing_noun_over_coordinated_modifiers(stage, text, span, expected):
    found = threats_of(stage, text)
    assert {n for _s, n, _c in found} == expected
    assert {s for s, _n, _c in found} == {span}


@pytest.mark.parametrize("text, expected", [
    # a frame or a cue stays outside, and so does a noun that names no threat with them
    ("Нас тревожит рост экономической и социальной напряженности.",
     {"экономическая напряженность", "социальная напряженность"}),
    ("Нельзя допустить повторения экологических и техногенных катастроф.",
     {"экологические катастрофы", "техногенные катастрофы"}),
    ("Противодействие финансированию террористических и экстремистских организаций.",
     {"террористические организации", "экстремистские организации"}),
    ("Мы обсудили проблемы экологических и техногенных катастроф.",
     {"экологические катастрофы", "техногенные катастрофы"}),
])
def test_a_frame_over_coordinated_modifiers_stays_out(stage, text, expected):
    assert set(names(stage, text)) == expected


def test_a_shared_plural_head_is_named_singular(stage):
    found = names(stage, "Нас беспокоит распространение финансового и экономического кризисов.")
    assert "распространение финансового кризиса" in found or "финансовый кризис" in found


# -- the crisis of a value or a system ("кризис многосторонности") --------------------------------
@pytest.mark.parametrize("text, span", [
    ("Мир сталкивается с кризисом многосторонности.", "кризисом многосторонности"),
    ("Налицо глубокий кризис всего мирового порядка.", "глубокий кризис всего мирового порядка"),
    ("Кризис системы стратегической стабильности вызывает тревогу.", "Кризис системы стратегической стабильности"),
    ("Налицо кризис международного права.", "кризис международного права"),
])
def test_the_crisis_of_a_value(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Кризис жанра очевиден.",
    "Кризис в отношениях между странами затянулся.",
    "Финансовый кризис 2008 года стал уроком.",
])
def test_a_crisis_of_no_value_names_none_new(stage, text):
    assert threats_of(stage, text) == []


# -- an acronym before a plural verb that agrees with the plural head is the head's name --------------
@pytest.mark.parametrize("text, span", [
    ("Боевики ИГИЛ перебрасываются к нашим границам.", "Боевики ИГИЛ"),
    ("Санкции США затрагивают всех.", "Санкции США"),
    ("Ячейки ИГИЛ активизировались в регионе.", "Ячейки ИГИЛ"),
])
def test_an_acronym_before_a_plural_verb_agreeing_with_the_head(stage, text, span):
    assert span in spans(stage, text)


def test_an_acronym_subject_of_a_singular_verb_stays_out(stage):
    assert "катастроф ШОС" not in " ".join(spans(stage, "Предотвращение катастроф ШОС должна обеспечить."))


# -- a time, place or predicative adverb before a modifier opens the clause, not the threat ---------
@pytest.mark.parametrize("text, span", [
    ("Сегодня острые конфликты сотрясают мир.", "острые конфликты"),
    ("Налицо глубокий кризис доверия.", "глубокий кризис доверия"),
    ("Уже сейчас серьезные засухи угрожают урожаю.", "серьезные засухи"),
    ("Здесь незаконный оборот наркотиков процветает.", "незаконный оборот наркотиков"),
    ("Вчера новые кибератаки парализовали работу банков.", "новые кибератаки"),
])
def test_a_clause_adverb_stays_out(stage, text, span):
    assert spans(stage, text)[:1] == [span]


@pytest.mark.parametrize("text, span", [
    ("Нас тревожат весьма опасные инфекции.", "весьма опасные инфекции"),
    ("Растет число крайне опасных эпидемий.", "крайне опасных эпидемий"),
    ("Участились все более частые засухи.", "более частые засухи"),
])
def test_a_degree_adverb_stays_in(stage, text, span):
    assert any(span in s for s in spans(stage, text))


# -- a lack of control makes a threat of any head, a value too ("бесконтрольное развитие ИИ") --------
@pytest.mark.parametrize("text, span", [
    ("Бесконтрольное развитие искусственного интеллекта несет риски.",
     "Бесконтрольное развитие искусственного интеллекта"),
    ("Лидеры отметили риски, связанные с неконтролируемым развитием биотехнологий.",
     "неконтролируемым развитием биотехнологий"),
    ("Неконтролируемый рост государственного долга опасен.", "Неконтролируемый рост государственного долга"),
    ("Неуправляемая миграция создает проблемы.", "Неуправляемая миграция"),
    ("Мы против бесконтрольного применения беспилотников.", "бесконтрольного применения беспилотников"),
    ("Бесконтрольная вырубка лесов продолжается.", "Бесконтрольная вырубка лесов"),
])
def test_a_lack_of_control_makes_a_threat(stage, text, span):
    assert span in spans(stage, text)


def test_a_lack_of_control_does_not_categorise(stage):
    assert categories(stage, "Неконтролируемый рост государственного долга опасен.") \
        .get("неконтролируемый рост государственного долга") != "illegal_migration"


@pytest.mark.parametrize("text", [
    "Развитие искусственного интеллекта открывает возможности.",
    "Миграция трудовых ресурсов растет.",
    "Применение беспилотников в сельском хозяйстве расширяется.",
])
def test_the_same_heads_without_it_are_none(stage, text):
    assert threats_of(stage, text) == []


def test_a_lack_of_control_takes_no_conjunct(stage):
    found = spans(stage, "Идет бесконтрольная продажа оружия, брошенного уходящими войсками.")
    assert not any("войсками" in s for s in found)


# -- a shared dependent goes to the heads next to it, up to one that makes no entry with it ----------
@pytest.mark.parametrize("text, own, shared", [
    ("Необходимо противодействовать вербовке, финансированию и пропаганде терроризма.", "вербовке",
     {"финансирование терроризма", "пропаганда терроризма"}),
    ("Мы осуждаем вербовку, производство и контрабанду наркотиков.", "вербовку",
     {"производство наркотиков", "контрабанда наркотиков"}),
])
def test_a_shared_dependent_stops_at_a_head_it_fits_not(stage, text, own, shared):
    found = threats_of(stage, text)
    assert own in [s for s, _n, _c in found]
    assert shared <= {n for _s, n, _c in found}


# -- names: a dash opening an answer is no word; a lowercase noun read first as a name keeps its form --
@pytest.mark.parametrize("text, name", [
    ("— Таяние ледников уже бьет по сельскому хозяйству.", "таяние ледников"),
    ("– Терроризм остается главной угрозой.", "терроризм"),
    ("Растут фишинг и кибермошенничество.", "фишинг"),
    ("Главные угрозы: вымогательство и фишинг.", "фишинг"),
])
def test_names_of_answers_and_names_read_as_persons(stage, text, name):
    assert name in names(stage, text)


# -- a subject after a fronted phrase is no genitive of its threat, over its own prepositional phrase --
@pytest.mark.parametrize("text, span", [
    ("На фоне обострения ближневосточного конфликта цены на нефть выросли.", "ближневосточного конфликта"),
    ("На фоне пандемии коронавируса цены на продовольствие выросли.", "пандемии коронавируса"),
    ("На фоне засухи цены на зерно выросли.", "засухи"),
])
def test_a_subject_after_its_prepositional_phrase_stays_out(stage, text, span):
    assert spans(stage, text) == [span]


# -- a cue-governed frame of a threat in the genitive is no threat of its own ("риск новой волны X") --
@pytest.mark.parametrize("text, span", [
    ("Риск новой волны пандемии сохраняется.", "пандемии"),
    ("Сохраняется угроза очередной волны эпидемии.", "эпидемии"),
])
def test_a_governed_frame_before_a_threat_is_none(stage, text, span):
    assert spans(stage, text) == [span]


# -- a head whose entries all need a modifier gives no category by itself -----------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Стороны выразили обеспокоенность ухудшением гуманитарной ситуации в секторе Газа.",
     "ухудшение гуманитарной ситуации в секторе Газа", "other"),
    ("Стороны выразили обеспокоенность ухудшением ситуации в Сирии.", "ухудшение ситуации в Сирии", "other"),
    ("Мы осуждаем ухудшение экологической обстановки.", "ухудшение экологической обстановки", "environmental"),
])
def test_a_head_needing_a_modifier_does_not_categorise(stage, text, name, category):
    assert categories(stage, text).get(name) == category


# -- a headline in capitals: its words are no acronyms, and the name is in lower case ----------------
@pytest.mark.parametrize("text, span, name", [
    ("ЛАВРОВ: МЕЖДУНАРОДНЫЙ ТЕРРОРИЗМ ОСТАЕТСЯ ГЛАВНОЙ УГРОЗОЙ", "МЕЖДУНАРОДНЫЙ ТЕРРОРИЗМ", "международный терроризм"),
    ("ТОКАЕВ: КИБЕРМОШЕННИЧЕСТВО РАСТЕТ", "КИБЕРМОШЕННИЧЕСТВО", "кибермошенничество"),
    ("САНКЦИИ ООН ПРОТИВ КНДР ПРОДЛЕНЫ", "САНКЦИИ ООН ПРОТИВ КНДР", "санкции ООН против КНДР"),
])
def test_a_headline_in_capitals(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, name", [
    ("Угроза COVID-19 сохраняется.", "COVID-19"),
    ("Распространение ВИЧ-инфекции тревожит.", "распространение ВИЧ-инфекции"),
    ("Мы осуждаем санкции ЕС против Ирана.", "санкции ЕС против Ирана"),
])
def test_acronyms_keep_their_capitals(stage, text, name):
    assert name in names(stage, text)


def test_an_ordinal_gives_no_category(stage):
    found = categories(stage, "Нельзя допустить повторения трагедии Второй мировой войны.")
    assert "information_threat" not in found.values()


# -- the adjectives of the first of heads sharing a dependent go to the others that agree ------------
@pytest.mark.parametrize("text, expected", [
    ("Усилилась борьба с незаконным производством и оборотом наркотиков.",
     {"незаконное производство наркотиков", "незаконный оборот наркотиков"}),
    ("Пресечь незаконное производство и распространение наркотиков.",
     {"незаконное производство наркотиков", "незаконное распространение наркотиков"}),
])
def test_shared_adjectives_go_to_every_head(stage, text, expected):
    assert expected <= set(names(stage, text))


def test_an_adjective_that_does_not_agree_is_not_shared(stage):
    found = names(stage, "Усилилась борьба с незаконной торговлей и оборотом оружия.")
    assert "незаконный оборот оружия" not in found and "незаконная оборот оружия" not in found
