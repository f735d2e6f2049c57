"""The items a noun phrase or an infinitive phrase makes."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan, words

from shos_speech._stages.initiatives.chunking import np_head
from shos_speech._stages.initiatives.phrases import inf_items, np_items


def _np(light, text: str, first: str) -> list[tuple[str, str | None]]:
    s = scan(light, text)
    i = index(s, first)
    h = np_head(s, i)
    assert h is not None
    return [(words(s, it.start, it.stop), it.enum_head_lemma) for it in np_items(s, i, h, "supports")]


def _inf(light, text: str, verb: str) -> list[tuple[str, str]]:
    s = scan(light, text)
    v = index(s, verb)
    return [(words(s, it.start, it.stop), it.source) for it in inf_items(s, v, v, "proposes")]


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("Мы поддерживаем создание фонда и подписание соглашения.", "создание",
         [("создание фонда", None), ("подписание соглашения", None)]),
        # a genitive conjunct shares the wrapper: it is named with it
        ("Мы поддерживаем строительство Рогунской ГЭС, а также ряда малых ГЭС.", "строительство",
         [("строительство Рогунской ГЭС", None), ("ряда малых ГЭС", "строительство")]),
        ("Мы поддерживаем декларацию, в которой закреплены принципы, а также заявление о борьбе с засухой.",
         "декларацию", [("декларацию", None), ("заявление о борьбе с засухой", None)]),
        # a wrapper with nothing to wrap, routine work, a report: no undertaking
        ("Мы поддерживаем решения.", "решения", []),
        ("Мы поддерживаем подготовку кадров.", "подготовку", []),
        ("Мы поддерживаем подготовку саммита.", "подготовку", [("подготовку саммита", None)]),
        ("Мы поддерживаем заявление о том, что проект завершен.", "заявление", []),
        ("Мы поддерживаем борьбу с засухой.", "борьбу", []),
    ],
)
def test_np_items(light, text, first, expected):
    assert _np(light, text, first) == expected


def test_the_author_before_the_head_is_out_of_the_span(light):
    s = scan(light, "Мы поддерживаем выдвинутую Президентом инициативу.")
    i = index(s, "выдвинутую")
    (it,) = np_items(s, i, index(s, "инициативу"), "supports")
    assert (words(s, it.start, it.stop), it.proposer) == ("инициативу", "Президент")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Мы предлагаем создать фонд и провести конференцию.", "создать",
         [("создать фонд", "inf"), ("провести конференцию", "inf")]),
        # dates and places before the object stay in the span
        ("Мы предлагаем провести в мае в Минске совместные учения.", "провести",
         [("провести в мае в Минске совместные учения", "inf")]),
        # the purpose is the undertaking
        ("Мы предлагаем объединить усилия для создания банка семян.", "объединить",
         [("создания банка семян", "np")]),
        ("Мы предлагаем завершить процедуры, необходимые для вступления в силу Соглашения.", "завершить",
         [("вступления в силу Соглашения", "np")]),
        # a colon after a plural object: one item per conjunct
        ("Мы предлагаем сформировать площадки: по торговле, по туризму и по науке.", "сформировать",
         [("по торговле", "enum"), ("по туризму", "enum"), ("по науке", "enum")]),
        # an event's place ends the phrase and makes its own item
        ("Мы предлагаем провести учения на полигоне и выставку на саммите ШОС в Минске.", "провести",
         [("провести учения на полигоне", "inf"), ("выставку на саммите ШОС в Минске", "np")]),
        ("Мы предлагаем принять в нем участие.", "принять", []),
        ("Мы предлагаем стать площадкой для диалога.", "стать", []),
        ("Мы предлагаем утверждать документы.", "утверждать", []),
    ],
)
def test_inf_items(light, text, verb, expected):
    assert _inf(light, text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb", "threat", "expected"),
    [
        ("Мы предлагаем остановить строительство военных баз у границ.", "остановить", "строительство военных баз",
         []),
        # a verb of the lexicon makes a step of it still
        ("Мы предлагаем построить военные базы у границ.", "построить", "военные базы",
         ["построить военные базы у границ"]),
    ],
)
def test_a_threat_object_needs_a_verb_of_the_lexicon(light, text, verb, threat, expected):
    s = scan(light, text, threats=[threat])
    v = index(s, verb)
    assert [words(s, it.start, it.stop) for it in inf_items(s, v, v, "proposes")] == expected
    s = scan(light, text)
    assert [words(s, it.start, it.stop) for it in inf_items(s, v, v, "proposes")] == [words(s, v, len(s.toks) - 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the efforts of a named actor toward a step; efforts without an actor are a struggle, no undertaking
        ("Мы поддерживаем усилия Генерального секретаря ООН по деэскалации.",
         [("усилия Генерального секретаря ООН по деэскалации", "supports", "Генеральный секретарь ООН")]),
        ("Мы готовы внести свой вклад в усилия Азербайджана по постконфликтному восстановлению.",
         [("усилия Азербайджана по постконфликтному восстановлению", "supports", "Азербайджан")]),
        ("Мы поддерживаем усилия по борьбе с терроризмом.", []),
        ("Надо объединить усилия стран региона.", []),
    ],
)
def test_efforts_of_a_named_actor(light, text, expected):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light(text))
    InitiativesStage()(ctx)
    assert [(i.span.text, i.stance.value, i.proposer) for i in ctx.initiatives] == expected


def test_quoted_names_sharing_a_head_are_one_item_each(light):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light("Стороны договорились провести учения «Рубеж», «Поиск» и «Эшелон»."))
    InitiativesStage()(ctx)
    assert [(i.span.text, i.name) for i in ctx.initiatives] == [
        ("провести учения «Рубеж»", "учение «Рубеж»"), ("«Поиск»", "учение «Поиск»"), ("«Эшелон»", "учение «Эшелон»")]
