"""Coordination: which "и" joins heads of their own, the cases a phrase's conjuncts share, participial clauses."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.coordination import (
    conj_points,
    group_cases,
    participial,
    split,
    tail_cases,
)
from shos_speech._stages.priorities.phrases import Phrase, Sent, np_at


def whole(text: str) -> tuple[list, Phrase]:
    toks = tokenize(text)
    return toks, Phrase(0, len(toks))


def texts(text: str, toks: list, parts: list[Phrase]) -> list[str]:
    return [text[toks[p.start].start:toks[p.stop - 1].stop] for p in parts]


@pytest.mark.parametrize("text, items", [
    ("развитие энергетики и формирование коридоров", ["развитие энергетики", "формирование коридоров"]),
    ("торговлю и логистику", ["торговлю", "логистику"]),
    # one shared noun, one head with two genitives: one item
    ("обеспечение энергетической и продовольственной безопасности",
     ["обеспечение энергетической и продовольственной безопасности"]),
    ("развитие туризма и спорта", ["развитие туризма и спорта"]),
    # two action nouns in the head's case and number: two heads, even where the genitive could be
    ("упрощению визовых процедур и цифровизации границ", ["упрощению визовых процедур", "цифровизации границ"]),
    # ... but not inside a prepositional complement, nor an action noun of another number
    ("развитие сотрудничества в сфере обучения и повышения квалификации",
     ["развитие сотрудничества в сфере обучения и повышения квалификации"]),
    ("развитие торговли и инвестиций", ["развитие торговли и инвестиций"]),
    # a genitive complement is only genitive: a dative after "и" joins the dative head
    ("вопросам продовольственной безопасности и борьбе с опустыниванием",
     ["вопросам продовольственной безопасности", "борьбе с опустыниванием"]),
])
def test_split_at_head_conjunctions(text, items):
    toks, ph = whole(text)
    assert texts(text, toks, split(toks, ph)) == items
    assert bool(conj_points(toks, ph)) is (len(items) > 1)


def test_split_keeps_only_the_last_joints_asked_for():
    text = "развитие энергетики и формирование коридоров и строительство дорог"
    toks, ph = whole(text)
    ph.rank = 2
    assert len(split(toks, ph)) == 3
    parts = split(toks, ph, most=1)
    assert texts(text, toks, parts) == ["развитие энергетики и формирование коридоров", "строительство дорог"]
    assert [p.rank for p in parts] == [2, None]


@pytest.mark.parametrize("text, cases", [
    ("торговлю и логистику", {"accs"}),
    ("развитие туризма", {"nomn", "accs"}),
])
def test_group_cases(text, cases):
    toks, ph = whole(text)
    assert group_cases(toks, ph) == cases


@pytest.mark.parametrize("text, cases", [
    ("согласование подходов в ООН", {"gent", "datv", "accs", "ablt", "loct"}),  # an indeclinable acronym
    ("развитии туризма", {"gent"}),
    ("развитие", set()),
])
def test_tail_cases(text, cases):
    toks, ph = whole(text)
    assert tail_cases(toks, ph) == cases


@pytest.mark.parametrize("text, clause", [
    ("развитие автодорог, соединяющих столицу с регионами", True),
    ("укрепление доверия, обеспечивающее стабильность", True),
    ("развитие торговли, возобновляемые источники энергии", False),  # agrees with its own noun
    ("развитие торговли, туризм", False),
])
def test_participial_clause_after_a_comma(text, clause):
    s = Sent(text, tokenize(text), {})
    prev = np_at(s, 0)
    nxt = np_at(s, prev.stop + 1)
    assert participial(s.toks, prev, nxt) is clause
