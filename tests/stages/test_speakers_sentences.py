"""The speaker of each sentence, carried on by continuations and handed back by "Об этом заявил"."""
from __future__ import annotations

import pytest
from speakers_support import context, grammar

from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import find_persons
from shos_speech._stages.speakers.quotes import document_quotes
from shos_speech._stages.speakers.sentences import sentence_speakers


def speakers_of(text: str, *names: str) -> list[str | None]:
    ctx = context(text, *names)
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    whos = sentence_speakers(ctx.doc, document_quotes(ctx), cast, grammar())
    return [w.name if w else None for w in whos]


LEAD = "Президент Азербайджана Ильхам Алиев заявил, что у председательства две задачи. "


@pytest.mark.parametrize("second", [
    "Во-первых, нужно развивать Средний коридор.",
    "«Во-вторых, важно завершить делимитацию границ».",
    "Кроме того, Баку готов принять форум.",
    "Вторым приоритетом станет цифровизация таможни.",
    "Еще одним направлением остается энергетика.",
])
def test_a_continuation_goes_on_with_the_speaker_before(second):
    assert speakers_of(LEAD + second, "Ильхам Алиев") == ["Ильхам Алиев", "Ильхам Алиев"]


@pytest.mark.parametrize("second", [
    "Форум пройдет в Баку.",
    "Вторая встреча пройдет в Баку.",  # an ordinal alone is no continuation
])
def test_other_sentences_are_the_narrators(second):
    assert speakers_of(LEAD + second, "Ильхам Алиев") == ["Ильхам Алиев", None]


@pytest.mark.parametrize("second", [
    "Об этом заявил Президент Беларуси Александр Лукашенко.",
    "Так Президент Беларуси Александр Лукашенко заявил на пленарном заседании.",
])
def test_about_this_hands_the_sentence_before_to_the_speaker(second):
    text = "Союзному государству нужны новые рынки. " + second
    assert speakers_of(text, "Александр Лукашенко") == ["Александр Лукашенко", "Александр Лукашенко"]


def test_about_this_does_not_take_a_sentence_that_has_a_speaker():
    text = LEAD + "Об этом заявил Президент Беларуси Александр Лукашенко."
    assert speakers_of(text, "Ильхам Алиев", "Александр Лукашенко") == ["Ильхам Алиев", "Александр Лукашенко"]


def test_the_subject_is_who_he_means_next():
    text = ("Президент Азербайджана Ильхам Алиев заявил о поддержке. Министр Джейхун Байрамов прибыл позднее. "
            "Он подчеркнул важность транзита.")
    # Байрамов has not spoken, but he is the latest subject: "он" is him
    assert speakers_of(text, "Ильхам Алиев", "Джейхун Байрамов") == ["Ильхам Алиев", None, "Джейхун Байрамов"]


@pytest.mark.parametrize("second", [
    "Поэтому Баку предлагает партнерам новый маршрут.",
    "Для этого Азербайджан проведет инвестиционный форум.",
    "Именно поэтому важно достроить Южный газовый коридор.",
])
def test_a_connective_of_the_argument_goes_on_with_the_speaker(second):
    assert speakers_of(LEAD + second, "Ильхам Алиев") == ["Ильхам Алиев", "Ильхам Алиев"]


def test_the_items_of_a_list_after_a_colon_go_on_with_its_speaker():
    text = ("Президент Азербайджана Ильхам Алиев предложил следующее:\n1) расширить транзит;\n"
            "2) создать фонд;\n3) провести форум.\nФорум пройдет в Баку.")
    assert speakers_of(text, "Ильхам Алиев") == ["Ильхам Алиев"] * 3 + [None]


def test_the_texts_own_voice_takes_the_floor():
    text = (LEAD + "Ведомство выразило соболезнования семьям погибших. Было подчеркнуто, что транзит важен. "
            "Алиев добавил, что форум пройдет в Баку.")
    assert speakers_of(text, "Ильхам Алиев", "Алиев") == ["Ильхам Алиев", None, None, "Ильхам Алиев"]


def test_whose_words_a_word_of_speech_is_is_whom_he_means_next():
    text = ("Президент Таджикистана Эмомали Рахмон выступил первым. Самым ярким стало выступление "
            "Нурлана Абдуллаева, впервые приехавшего на саммит. «Мы за диалог», — заявил он.")
    assert speakers_of(text, "Эмомали Рахмон", "Нурлана Абдуллаева")[-1] == "Нурлан Абдуллаев"


SPOKE = "Министр иностранных дел Киргизии Жээнбек Кулубаев заявил, что Бишкек готов к диалогу. "


@pytest.mark.parametrize("second, who", [
    # the country of the speaker who has the floor, before its verb, goes on with his words
    ("Киргизская сторона приступила к строительству новой ГЭС.", "Жээнбек Кулубаев"),
    ("Киргизия продолжает поставки электроэнергии соседям.", "Жээнбек Кулубаев"),
    # another country, a verb of an activity, the narrator's comment, a country after the verb: the narrator
    ("Казахстанская сторона приступила к строительству новой ГЭС.", None),
    ("Киргизия подписала соглашение о строительстве ГЭС.", None),
    ("Примечательно, что Киргизия продолжает поставки электроэнергии соседям.", None),
    ("Вечером подписан протокол о поставках электроэнергии в Киргизию.", None),
])
def test_a_country_that_is_the_speakers_goes_on_with_him(second, who):
    assert speakers_of(SPOKE + second, "Жээнбек Кулубаев")[1] == who


@pytest.mark.parametrize("text, who", [
    # the agency of a dateline ("БИШКЕК. КАБАР –") is no subject: the sentence is the minister's
    ("КАБАР – Министр иностранных дел Киргизии Жээнбек Кулубаев рассказал о подготовке к саммиту.",
     "Жээнбек Кулубаев"),
    ("Кабар сообщает, что министр Жээнбек Кулубаев прибыл в Ташкент.", None),
])
def test_the_agency_of_a_dateline_is_no_subject(text, who):
    assert speakers_of(text, "Жээнбек Кулубаев")[0] == who


HOME = ("Президент Туркменистана Сердар Бердымухамедов принял участие в саммите. "
        "Открывая заседание, Президент Казахстана Касым-Жомарт Токаев заявил, что регион меняется. ")


@pytest.mark.parametrize("third, who", [
    # a title with the text's own possessive is the leader the report is about, named first
    ("Выступая, глава нашего государства подчеркнул важность транзита.", "Сердар Бердымухамедов"),
    ("Наш Президент призвал развивать транзит.", "Сердар Бердымухамедов"),
    # without it, the title refers back to the speaker so far
    ("Выступая, глава государства подчеркнул важность транзита.", "Касым-Жомарт Токаев"),
    ("Президент подчеркнул, что наша страна меняется.", "Касым-Жомарт Токаев"),
])
def test_a_title_of_our_side_is_the_reports_own_leader(third, who):
    names = ("Сердар Бердымухамедов", "Касым-Жомарт Токаев")
    assert speakers_of(HOME + third, *names)[2] == who


JOINT_NAMES = ("Арарат Мирзоян", "Джейхун Байрамов")


@pytest.mark.parametrize("text, whos, speaking", [
    # named sides that report together: each has spoken, the words are their joint voice (null)
    ("Министр Арарат Мирзоян и министр Джейхун Байрамов заявили о готовности к миру. "
     "Стороны подчеркнули важность границ.",
     [None, None], {"Арарат Мирзоян", "Джейхун Байрамов"}),
    ("Арарат Мирзоян, Джейхун Байрамов и их коллеги подтвердили приверженность диалогу.",
     [None], {"Арарат Мирзоян", "Джейхун Байрамов"}),
    # one subject; the other named is an object or a companion, not a co-subject
    ("Арарат Мирзоян заявил Джейхуну Байрамову о готовности к миру.", ["Арарат Мирзоян"], {"Арарат Мирзоян"}),
    ("Арарат Мирзоян вместе с Джейхуном Байрамовым заявил о готовности к миру.", ["Арарат Мирзоян"],
     {"Арарат Мирзоян"}),
    # together, but with no verb of speech: no one speaks
    ("Арарат Мирзоян и Джейхун Байрамов провели переговоры в Алматы.", [None], set()),
])
def test_named_sides_that_report_together(text, whos, speaking):
    ctx = context(text, *JOINT_NAMES, "Джейхуну Байрамову", "Джейхуном Байрамовым")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    found = sentence_speakers(ctx.doc, document_quotes(ctx), cast, grammar())
    assert [w.name if w else None for w in found] == whos
    assert {p.name for p in cast.persons if p.speaks} == speaking


@pytest.mark.parametrize("second", [
    # a group as the subject ends the floor, whatever its verb: a continuation does not carry on
    "Помимо этого, министры обсудили ситуацию в Афганистане.",
    "Кроме того, делегации посетили Бухару.",
])
def test_a_group_as_the_subject_is_the_narrators(second):
    assert speakers_of(LEAD + second, "Ильхам Алиев") == ["Ильхам Алиев", None]
