"""A sentence that the segmenter joins after a name ending in a one-letter word ends there."""
from __future__ import annotations

import pytest
from speakers_support import attributed, context

from shos_speech._stages.speakers.units import split_after_short_names


@pytest.mark.parametrize("text, names, pieces", [
    ("Министр провел переговоры с коллегой Ли И. Тот отметил важность диалога.", ("Ли И",), 2),
    # initials before a surname are no end: the name goes on after them
    ("Министр провел переговоры с коллегой М. В. Иваненко. Затем он уехал.", ("М. В. Иваненко",), 2),
    ("Министр провел переговоры с коллегой Ли И, затем уехал.", ("Ли И",), 1),
])
def test_split_after_short_names(text, names, pieces):
    doc = split_after_short_names(context(text, *names).doc)
    assert len(doc.sentences) == pieces


def test_the_demonstrative_after_it_is_that_person():
    text = "Министр Сергей Лавров провел переговоры с китайским коллегой Ли И. Тот отметил важность диалога."
    ctx = attributed(text, "Сергей Лавров", "Ли И")
    assert ctx.speaker_at(text.index("важность")) == "Ли И"
    assert ctx.speaker_at(text.index("переговоры")) is None
