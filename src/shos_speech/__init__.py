"""shos_speech: Priorities, Threats, Initiatives and Institutions in Russian official prose.

    >>> import shos_speech
    >>> result = shos_speech.extract("Президент Казахстана Касым-Жомарт Токаев выступил на саммите ШОС.")
    >>> [i.name for i in result.institutions]
    ['Шанхайская организация сотрудничества']
"""
from . import morph as _morph  # noqa: F401  (pymorphy3 behind natasha and yargy, before they are used)
from .extractor import Extractor, extract
from .models import (
    Area,
    Initiative,
    InitiativeKind,
    Institution,
    InstitutionKind,
    Priority,
    Result,
    Span,
    Speaker,
    Stance,
    Threat,
    ThreatCategory,
)

__version__ = "0.1.0"

__all__ = [
    "Area", "Extractor", "Initiative", "InitiativeKind", "Institution", "InstitutionKind",
    "Priority", "Result", "Span", "Speaker", "Stance", "Threat", "ThreatCategory", "extract",
]
