"""Token questions beyond the core view: a clause dash, a verb, a person, agreement with animacy."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.features import (
    adjectival,
    agree_in_phrase,
    animate,
    clause_dash,
    passive,
    quoted_adjective,
    verbal,
)


def word(text: str, value: str):
    return next(t for t in tokenize(text) if t.value == value)


@pytest.mark.parametrize("text, dash", [
    ("Главная задача — развитие туризма", True),
    ("Главная задача - развитие туризма", True),
    ("государств-членов", False),  # a hyphen
    ("на 2026–2030 годы", False),  # a range
])
def test_clause_dash(text, dash):
    toks = tokenize(text)
    assert any(clause_dash(text, t) for t in toks) is dash


@pytest.mark.parametrize("text, value, is_verbal, is_passive", [
    ("Приоритетом остается туризм", "остается", True, False),
    ("Туризм назван приоритетом", "назван", True, True),
    ("Стороны должны укрепить доверие", "должны", True, False),
    ("Стороны решили укрепить доверие", "укрепить", True, False),
    ("укрепление доверия", "укрепление", False, False),
])
def test_verbal_and_passive(text, value, is_verbal, is_passive):
    tok = word(text, value)
    assert (verbal(tok), passive(tok)) == (is_verbal, is_passive)


@pytest.mark.parametrize("value, person", [("министр", True), ("партнеры", True), ("торговля", False)])
def test_animate(value, person):
    assert animate(tokenize(value)[0]) is person


def test_adjectival_and_quoted_adjective():
    toks = tokenize("развитие «зеленой» энергетики")
    assert adjectival(toks[2]) and not adjectival(toks[0])
    assert quoted_adjective(toks, 1) and not quoted_adjective(toks, 0)


@pytest.mark.parametrize("text, a, b, agree", [
    ("транспортных коридоров", "транспортных", "коридоров", True),
    ("связывающих страны", "связывающих", "страны", False),  # accusative plural: animate vs inanimate
    ("покрывающих потребности", "покрывающих", "потребности", False),
    ("обеспечивающее стабильность", "обеспечивающее", "стабильность", False),  # neuter vs feminine
    ("обеспечивающее укрепление", "обеспечивающее", "укрепление", True),
])
def test_agreement_in_a_phrase(text, a, b, agree):
    assert agree_in_phrase(word(text, a), word(text, b)) is agree
