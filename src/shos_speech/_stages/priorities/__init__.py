"""Priorities: what a speaker marks as a priority, with rank and area.

The stage runs sentence by sentence (``sentences``): it finds the cues (``cues``: the
``PRIORITY_CUE`` gazetteer), places the phrase each marks after or before it (``forward``,
``backward``), parses its extent (``phrases``: ``PRIORITY_NP``), splits lists and
coordinations (``lists``, ``coordination``), classifies its area (``area``) and makes the
Priority (``items``). Everything of one text lives in the call's ``DocContext``.
"""
from __future__ import annotations

from ..._core.stage import DocContext, Stage
from .lexicon import load
from .sentences import fill


class PrioritiesStage(Stage):
    name = "priorities"
    requires = ("document", "attribution")
    provides = ("priorities",)

    def __init__(self) -> None:
        load()  # the lexicons, the cue gazetteer and the phrase parser: read once, here

    def __call__(self, ctx: DocContext) -> None:
        fill(ctx)
