"""Institutions: registry names, official body names, natasha ORG spans, back-references -> entities.

``registry`` holds the entries (bundled and users') and the REGISTRY gazetteer,
``lexicon`` the word lists; ``mentions`` runs the finders in order (``bodies`` reads a
BODY match, ``ner`` natasha's ORG spans, ``backrefs`` what refers to a body named before);
``merge`` makes one entity per body.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..._core.stage import DocContext, Stage
from .mentions import find_mentions
from .merge import institutions_from_mentions
from .resources import Resources


class InstitutionsStage(Stage):
    name = "institutions"
    requires = ("document",)
    provides = ("institutions",)

    def __init__(self, registries: Sequence[str | Path] = ()) -> None:
        """``registries``: users' registry files, read and validated here (LexiconError if bad)."""
        self.resources = Resources.build(tuple(registries))

    def __call__(self, ctx: DocContext) -> None:
        ctx.mentions = find_mentions(ctx.doc, self.resources)
        ctx.institutions = institutions_from_mentions(ctx.text, ctx.mentions)
