"""Priorities: what a speaker marks as a priority, with rank and area."""
from __future__ import annotations

from ..._core.stage import DocContext, Stage


class PrioritiesStage(Stage):
    name = "priorities"
    requires = ("document", "attribution")
    provides = ("priorities",)

    def __init__(self) -> None:
        from ...grammars.priorities import Finder

        self.finder = Finder()

    def __call__(self, ctx: DocContext) -> None:
        self.finder.fill(ctx.doc, ctx, ctx.attribution)
