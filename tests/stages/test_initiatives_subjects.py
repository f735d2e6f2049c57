"""Undertakings before their predicate: announced events, fronted objects, declared periods; narrated past."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan, words

from shos_speech._stages.initiatives.predicates import stance_predicates
from shos_speech._stages.initiatives.subjects import event_subject, fronted, past, period


def _predicate(s, word: str):
    return next(p for p in stance_predicates(s) if s.toks[p.start].value == word)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Очередной саммит решено провести в 2026 году в Казахстане.", "провести", ["Очередной саммит"]),
        ("Следующий форум предложено провести осенью.", "провести", ["Следующий форум"]),
        ("Новый центр решено открыть в Ташкенте.", "открыть", ["Новый центр"]),
        # the infinitive has an object after it: nothing is fronted
        ("Вместо саммита решено провести форум регионов.", "провести", []),
        # a wrapper or a non-undertaking at the start is none
        ("Погоду решено обсудить в Ташкенте.", "обсудить", []),
    ],
)
def test_fronted_objects(light, text, verb, expected):
    s = scan(light, text)
    v = index(s, verb)
    p = _predicate(s, verb)
    assert [words(s, it.start, it.stop) for it in fronted(s, p.start, v, p.stance)] == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Очередное заседание пройдет в Душанбе.", "пройдет", ["Очередное заседание"]),
        ("В октябре в Минске состоится форум регионов.", "состоится", ["форум регионов"]),
        # only an event is announced
        ("В октябре в Минске состоится подготовка документов.", "состоится", []),
    ],
)
def test_announced_events(light, text, verb, expected):
    s = scan(light, text)
    p = _predicate(s, verb)
    assert [words(s, it.start, it.stop) for it in event_subject(s, p.start, p.stop, p.stance)] == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Заседание прошло в Душанбе.", "прошло", True),
        ("Заседание было запланировано на осень.", "запланировано", True),
        ("Заседание пройдет в Душанбе.", "пройдет", False),
        ("Заседание состоится в Душанбе.", "состоится", False),
    ],
)
def test_past_predicates_narrate(light, text, verb, expected):
    s = scan(light, text)
    assert past(s, index(s, verb)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Стороны объявили 2026–2027 годы Годами туризма.", [("2026–2027 годы Годами туризма", "Годами туризма")]),
        ("Стороны объявили 2028 год Годом народных ремесел.", [("2028 год Годом народных ремесел",
                                                            "Годом народных ремесел")]),
        ("Стороны объявили 2026 год успешным.", []),
        ("Стороны подписали 12 документов.", []),
    ],
)
def test_declared_periods_are_events(light, text, expected):
    s = scan(light, text)
    i = next(k for k, t in enumerate(s.toks) if t.is_int)
    items = period(s, i, "adopts")
    assert [(words(s, it.start, it.stop), words(s, it.name_from, it.stop)) for it in items] == expected
    assert all(it.kind == "event" for it in items)


def test_an_announced_meeting_is_an_item_in_the_narrators_voice_too(light):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light("Следующее заседание Совета министров пройдет в Ташкенте в мае."))
    InitiativesStage()(ctx)
    assert [(i.span.text, i.kind.value, i.speaker) for i in ctx.initiatives] == [
        ("Следующее заседание Совета министров", "event", None)]
    # a meeting held, narrated, is history
    ctx = DocContext(light("Заседание Совета министров прошло в Ташкенте в мае."))
    InitiativesStage()(ctx)
    assert ctx.initiatives == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a short passive participle is the undertaking
        ("Межправительственное соглашение подписано, теперь главное – не потерять темп.",
         [("Межправительственное соглашение", "adopts")]),
        ("Стратегия развития туризма была утверждена в 2020 году.", [("Стратегия развития туризма", "adopts")]),
        ("Процедура принятия Узбекистана в члены Союза завершена.",
         [("Процедура принятия Узбекистана в члены Союза", "implements")]),
        # no agreement, a reference back, no undertaking: none
        ("Проекты этих решений были согласованы на заседании.", []),
        ("Погода в Астане была согласована с прогнозом.", []),
    ],
)
def test_the_subject_of_a_passive(light, text, expected):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light(text))
    InitiativesStage()(ctx)
    assert [(i.span.text, i.stance.value) for i in ctx.initiatives] == expected
