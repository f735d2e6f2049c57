"""Sentences of our own through the priorities walk: (span, rank) of each Priority it finds."""
from __future__ import annotations

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.sentences import fill


def found(light, text: str) -> list[tuple[str, int | None]]:
    ctx = DocContext(light(text))
    fill(ctx)
    return [(p.span.text, p.rank) for p in ctx.priorities]


def spans(light, text: str) -> list[str]:
    return [s for s, _r in found(light, text)]
