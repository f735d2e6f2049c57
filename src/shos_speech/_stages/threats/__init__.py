"""Threats: named dangers, their categories and nominative names."""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.stage import DocContext, Stage


class ThreatsStage(Stage):
    name = "threats"
    requires = ("document", "institutions", "attribution")
    provides = ("threats",)

    def __init__(self, lexicons: Sequence[str] = ()) -> None:
        from ...grammars.threats import Finder

        self.finder = Finder(lexicons=lexicons)

    def __call__(self, ctx: DocContext) -> None:
        self.finder.fill(ctx.doc, ctx, ctx.attribution)
