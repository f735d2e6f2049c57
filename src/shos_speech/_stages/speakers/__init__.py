"""Speakers and attribution: who is speaking at each character of the text."""
from __future__ import annotations

from ..._core.stage import DocContext, Stage


class SpeakersStage(Stage):
    name = "speakers"
    requires = ("document", "institutions")
    provides = ("speakers", "attribution")

    def __init__(self) -> None:
        from ...speakers import SpeakerFinder

        self.finder = SpeakerFinder()

    def __call__(self, ctx: DocContext) -> None:
        ctx.speakers, ctx.attribution = self.finder.find(ctx.doc, ctx.institutions)
