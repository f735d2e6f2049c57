"""Bounded work: long sentences are cut where no item is, and any input costs work linear in its size."""
from __future__ import annotations

import random

import pytest

from shos_speech._core.analysis import MAX_SENTENCE_CHARS, split_long

NOISE = "—-–«»\"'„“ "  # dashes, quotes, hyphens and spaces


def test_a_run_on_sentence_is_cut_between_words_at_a_conjunction():
    text = " и ".join(["терроризм"] * 500) + "."
    pieces = list(split_long(text, 0, len(text)))
    assert len(pieces) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b in pieces)
    for _a, b in pieces[:-1]:
        assert text[b - 1] == " " and text[b:b + 2] == "и "  # cut before a conjunction, never inside a word


def test_a_sentence_with_no_break_at_all_is_cut_at_a_space():
    text = " ".join(["наркотрафик"] * 400)
    assert all(text[b - 1] == " " for _a, b in list(split_long(text, 0, len(text)))[:-1])


@pytest.mark.slow
def test_every_item_of_a_run_on_list_is_found(extractor):
    text = " и ".join(["терроризм"] * 500) + "."
    assert len(extractor.extract(text).threats) == 500


def _parses(extractor, monkeypatch, text: str) -> int:
    from yargy import Parser

    count = [0]
    original = Parser.chart

    def chart(self, *args, **kwargs):
        count[0] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Parser, "chart", chart)
    extractor.extract(text)
    monkeypatch.setattr(Parser, "chart", original)
    return count[0]


@pytest.mark.slow
def test_punctuation_noise_costs_linear_work(extractor, monkeypatch):
    """Dashes, quotes and hyphens by the thousand: the parses a text costs grow with its length, no faster."""
    rng = random.Random(7)
    noise = "".join(rng.choice(NOISE) for _ in range(20_000))
    phrase = " Президент заявил о борьбе с терроризмом и наркотрафиком. "
    small = "".join(noise[i:i + 2000] + phrase for i in range(0, 10_000, 2000))
    large = "".join(noise[i:i + 2000] + phrase for i in range(0, 20_000, 2000))
    assert _parses(extractor, monkeypatch, large) <= 2.2 * max(1, _parses(extractor, monkeypatch, small))
