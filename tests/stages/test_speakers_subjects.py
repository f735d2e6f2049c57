"""What can be a reporting sentence's subject: nominatives only, names, groups, titles opening a name."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.subjects import (
    is_nominative,
    is_verb,
    opens_name,
    plural_noun_nominative,
    plural_verb_after,
)


def word(text: str):
    return tokenize(text)[0]


@pytest.mark.parametrize("text, nominative, singular", [
    ("президент", True, True),
    ("президенту", False, False),
    ("главы", True, False),  # "главы государств подписали": may be a plural nominative
    ("делегация", True, True),
])
def test_is_nominative(text, nominative, singular):
    assert is_nominative(word(text)) is nominative
    assert is_nominative(word(text), singular=True) is singular


@pytest.mark.parametrize("text, opens", [
    ("премьер-министр Армении Никол Пашинян заявил", True),
    ("министр заявил, что Никол Пашинян прибудет", False),  # a verb stands between
    ("министр, Никол Пашинян", False),  # so does punctuation
])
def test_a_title_word_opens_a_name(text, opens):
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.value == "министр")
    assert opens_name(toks, i, frozenset({text.index("Никол")})) is opens


@pytest.mark.parametrize("text, group", [
    ("главы государств подписали меморандум", True),
    ("глава государства подписал меморандум", False),
])
def test_a_plural_group_does_something(text, group):
    toks = tokenize(text)
    assert (plural_noun_nominative(toks[0]) and plural_verb_after(toks, 0)) is group


@pytest.mark.parametrize("text, verb", [("заявил", True), ("подчеркнуть", True), ("заявление", False)])
def test_is_verb(text, verb):
    assert is_verb(word(text)) is verb
