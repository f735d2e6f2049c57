"""Sentences of our own through the threats stage, as a light document (no NER model)."""
from __future__ import annotations

from shos_speech._core.analysis import light_document
from shos_speech._core.stage import DocContext
from shos_speech._stages.threats import ThreatsStage


def threats_of(stage: ThreatsStage, text: str) -> list[tuple[str, str, str]]:
    """(span, name, category) of each Threat the stage finds in ``text``."""
    ctx = DocContext(light_document(text))
    stage(ctx)
    return [(t.span.text, t.name, t.category.value) for t in ctx.threats]


def spans(stage: ThreatsStage, text: str) -> list[str]:
    """The spans of the threats found in ``text``."""
    return [s for s, _n, _c in threats_of(stage, text)]


def names(stage: ThreatsStage, text: str) -> list[str]:
    """The names of the threats found in ``text``."""
    return [n for _s, n, _c in threats_of(stage, text)]


def categories(stage: ThreatsStage, text: str) -> dict[str, str]:
    """Name -> category of the threats found in ``text``."""
    return {n: c for _s, n, c in threats_of(stage, text)}
