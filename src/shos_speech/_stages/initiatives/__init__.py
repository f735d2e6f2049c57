"""Initiatives: undertakings a speaker takes a stance on, with kind, proposer and target."""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.stage import DocContext, Stage


class InitiativesStage(Stage):
    name = "initiatives"
    requires = ("document", "institutions", "threats", "attribution")
    provides = ("initiatives",)

    def __init__(self, registries: Sequence[str] = ()) -> None:
        from ...grammars.initiatives import Finder

        self.finder = Finder(named_registries=registries)

    def __call__(self, ctx: DocContext) -> None:
        self.finder.fill(ctx.doc, ctx, ctx.attribution)
