"""Institutions: registry names, official body names, natasha ORG spans, back-references -> entities."""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.stage import DocContext, Stage


class InstitutionsStage(Stage):
    name = "institutions"
    requires = ("document",)
    provides = ("institutions",)

    def __init__(self, registries: Sequence[str] = ()) -> None:
        from ...grammars.institutions import InstitutionFinder

        self.finder = InstitutionFinder(extra_registries=registries)

    def __call__(self, ctx: DocContext) -> None:
        ctx.institutions = self.finder.find(ctx.doc)
