"""The stages of an extraction, in their order; one package per object kind.

Each stage declares what it needs from the per-call context and what it adds to it; the
Extractor checks the order once (:func:`shos_speech._core.stage.check_order`).
"""
from __future__ import annotations

from collections.abc import Sequence

from .._core.stage import Stage


def build_stages(registries: Sequence[str] = (), threat_lexicons: Sequence[str] = (),
                 initiative_registries: Sequence[str] = ()) -> list[Stage]:
    """The stages of the default extraction, built once per Extractor (users' files read and checked here)."""
    from .initiatives import InitiativesStage
    from .institutions import InstitutionsStage
    from .priorities import PrioritiesStage
    from .speakers import SpeakersStage
    from .threats import ThreatsStage

    return [
        InstitutionsStage(registries),
        SpeakersStage(),
        ThreatsStage(threat_lexicons),
        PrioritiesStage(),
        InitiativesStage(initiative_registries),
    ]
