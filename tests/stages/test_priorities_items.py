"""Items: which placed phrases are priorities, their span, name, rank and cue; no two overlap."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.cues import Cue, find_cues
from shos_speech._stages.priorities.items import Items, name, priority
from shos_speech._stages.priorities.phrases import Phrase, Sent, np_at


def sent(text: str) -> Sent:
    return Sent(text, tokenize(text), {})


def item_of(text: str, light, start: int):
    s = sent(text)
    ctx = DocContext(light(text))
    (cue,) = find_cues(s.toks)
    return priority(s, np_at(s, start), cue, s, ctx)


@pytest.mark.parametrize("text, start, span, expected, cue", [
    # a bracketed acronym stays in the span, not in the name
    ("Приоритетом является оснащение Объединенных миротворческих сил (ОМС).", 2,
     "оснащение Объединенных миротворческих сил (ОМС)", "оснащение Объединенных миротворческих сил", "Приоритетом"),
    # "задача X": the task's genitive is the content
    ("Приоритетной остается задача снижения безработицы.", 2, "снижения безработицы", "снижение безработицы",
     "Приоритетной"),
    # a generic head whose complement names a domain
    ("Особое внимание уделено вопросам экологии.", 3, "вопросам экологии", "вопросы экологии", "Особое внимание"),
])
def test_priority(light, text, start, span, expected, cue):
    item = item_of(text, light, start)
    assert (item.span.text, item.name, item.cue) == (span, expected, cue)


@pytest.mark.parametrize("text, start", [
    ("Главной задачей остаются эти вопросы.", 3),  # a generic mention
    ("Главной задачей остается подписание соглашения о торговле.", 3),  # a concrete undertaking
])
def test_no_priority(light, text, start):
    assert item_of(text, light, start) is None


def test_name_is_nominative_conjunct_by_conjunct():
    s = sent("развитию энергетики и формированию коридоров")
    assert name(s, Phrase(0, len(s.toks))) == "развитие энергетики и формирование коридоров"


def test_rank_from_the_phrase_the_cue_or_the_enumerator(light):
    text = "Во-вторых, в центре внимания окажется охрана рек."
    s = sent(text)
    ctx = DocContext(light(text))
    (cue,) = find_cues(s.toks)
    ph = np_at(s, 9)
    assert priority(s, ph, cue, s, ctx).rank == 2
    assert priority(s, Phrase(ph.start, ph.stop, 5), cue, s, ctx).rank == 5
    assert priority(s, ph, Cue(cue.start, cue.stop, cue.strength, 3), s, ctx).rank == 3


def test_items_never_overlap(light):
    text = "Приоритетом является развитие туризма."
    s = sent(text)
    ctx = DocContext(light(text))
    (cue,) = find_cues(s.toks)
    found = Items(ctx)
    assert found.add(s, np_at(s, 2), cue, s)
    assert found.add(s, Phrase(3, 4), cue, s)  # a priority, but its place is taken
    assert [p.span.text for p in ctx.priorities] == ["развитие туризма"]
    assert not found.add(s, Phrase(2, 2), cue, s)  # an empty phrase is none
