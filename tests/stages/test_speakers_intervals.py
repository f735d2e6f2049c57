"""Intervals by binary search give what a scan over every interval gives."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.intervals import FirstWins, Intervals, tokens_before, tokens_within

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12)


@given(spans, st.integers(-1, 62), st.integers(-1, 62))
def test_intervals_answer_as_a_scan_does(intervals, a, b):
    index = Intervals(intervals)
    assert index.covers(a) == any(qa <= a < qb for qa, qb in intervals)
    assert index.contains(a, b) == any(qa <= a and b <= qb for qa, qb in intervals)
    assert index.overlaps(a, b) == any(qa < b and a < qb for qa, qb in intervals)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from("xyz")), max_size=10),
       st.integers(-1, 42))
def test_first_wins_is_the_first_sorted_interval_holding_the_offset(labelled, offset):
    first = next(((True, w) for a, b, w in sorted(labelled) if a <= offset < b), (False, None))
    assert FirstWins(labelled).find(offset) == first


@pytest.mark.parametrize("method, args, expected", [
    ("covers", (12,), True),
    ("covers", (20,), False),  # a stop is outside its interval
    ("contains", (11, 14), True),
    ("contains", (18, 22), False),  # straddles the end of one interval
    ("overlaps", (18, 22), True),
    ("overlaps", (20, 30), False),
])
def test_intervals_on_two_quotes(method, args, expected):
    quotes = Intervals([(30, 45), (10, 20)])
    assert getattr(quotes, method)(*args) is expected


SENTENCE = "Генеральный секретарь ШОС Чжан Мин открыл заседание."


@pytest.mark.parametrize("a, b, words", [
    (0, 25, ["Генеральный", "секретарь", "ШОС"]),
    (26, 34, ["Чжан", "Мин"]),
    (27, 34, ["Мин"]),  # a token cut by the span is outside it
    (34, 34, []),
])
def test_tokens_within(a, b, words):
    assert [t.value for t in tokens_within(tokenize(SENTENCE), a, b)] == words


def test_tokens_before_a_name_end_at_it():
    toks = tokenize(SENTENCE)
    assert [t.value for t in tokens_before(toks, SENTENCE.index("Чжан"))] == ["Генеральный", "секретарь", "ШОС"]
    assert tokens_before(toks, 0) == []
