"""Attribution: a quote's author wins over its sentence's speaker; elsewhere the narrator (None)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shos_speech._stages.speakers.attribution import Attribution

TEXT = ("Президент Кыргызстана Садыр Жапаров заявил о поддержке. «Мы за диалог», — сказал Ван И. "
        "Саммит завершился.")
_SECOND, _THIRD = TEXT.index("«"), TEXT.index("Саммит")
SENTENCES = [(0, _SECOND - 1, "Садыр Жапаров"), (_SECOND, _THIRD - 1, None), (_THIRD, len(TEXT), None)]
QUOTES = [(_SECOND + 1, TEXT.index("»"), "Ван И")]


@pytest.mark.parametrize("fragment, who", [
    ("о поддержке", "Садыр Жапаров"),
    ("за диалог", "Ван И"),  # the quote's author, though the sentence has no speaker
    ("сказал", None),
    ("завершился", None),
])
def test_speaker_at(fragment, who):
    assert Attribution(SENTENCES, QUOTES).speaker_at(TEXT.index(fragment)) == who


def test_outside_every_interval_the_narrator_speaks():
    att = Attribution(SENTENCES, QUOTES)
    assert att.speaker_at(_SECOND - 1) is None  # the space between two sentences
    assert att.speaker_at(10_000) is None and att.speaker_at(-1) is None


def scan(sentences, quotes, offset):
    """The attribution as a scan over every interval: what the binary search must give."""
    for a, b, who in sorted(quotes):
        if a <= offset < b:
            return who
    for a, b, who in sorted(sentences):
        if a <= offset < b:
            return who
    return None


intervals = st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50), st.sampled_from(["А", "Б", "В"])),
                     max_size=8)


@given(intervals, intervals, st.integers(-1, 52))
def test_binary_search_equals_the_scan(sentences, quotes, offset):
    assert Attribution(sentences, quotes).speaker_at(offset) == scan(sentences, quotes, offset)
