"""Helpers of the speakers stage's tests: light documents with the persons named given as NER spans."""
from __future__ import annotations

import re
from functools import cache

from shos_speech._core.analysis import light_document
from shos_speech._core.document import NerSpan
from shos_speech._core.stage import DocContext


def persons_in(text: str, *names: str) -> list[NerSpan]:
    """A PER span at every occurrence of every name (whole words, the longest where names
    overlap: "Матвиенко" inside "Валентина Матвиенко"), in text order, as natasha gives them."""
    found = sorted({(m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)},
                   key=lambda s: (s[0], -s[1]))
    spans: list[tuple[int, int]] = []
    for a, b in found:
        if not spans or a >= spans[-1][1]:
            spans.append((a, b))
    return [NerSpan(a, b, "PER") for a, b in spans]


def context(text: str, *names: str) -> DocContext:
    """The context of ``text`` without the NER model, natasha's persons played by ``names``."""
    return DocContext(light_document(text, persons_in(text, *names)))


@cache
def stage():
    from shos_speech._stages.speakers import SpeakersStage

    return SpeakersStage()


@cache
def grammar():
    from shos_speech._stages.speakers.grammar import Grammar

    return Grammar.load()


def attributed(text: str, *names: str) -> DocContext:
    """The context after the speakers stage ran."""
    ctx = context(text, *names)
    stage()(ctx)
    return ctx
