"""shos_speech: Priorities, Threats, Initiatives and Institutions in Russian official prose.

    >>> import shos_speech
    >>> result = shos_speech.extract("Президент Казахстана Касым-Жомарт Токаев выступил на саммите ШОС.")
    >>> [i.name for i in result.institutions]
    ['Шанхайская организация сотрудничества']
"""
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from . import morph as _morph  # noqa: F401  (pymorphy3 behind natasha and yargy, before they are used)
from .errors import LexiconError, ShosSpeechError
from .extractor import Extractor, extract
from .frame import to_frame
from .models import (
    SCHEMA_VERSION,
    Area,
    BatchRecord,
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
from .report import render_html

try:
    __version__ = _version("shos_speech")  # one source of truth: pyproject.toml, as installed
except PackageNotFoundError:  # a source tree on sys.path without installing it
    __version__ = "0+unknown"


__all__ = [
    "SCHEMA_VERSION", "Area", "BatchRecord", "Extractor", "Initiative", "InitiativeKind", "Institution",
    "InstitutionKind", "LexiconError", "Priority", "Result", "ShosSpeechError", "Span", "Speaker", "Stance",
    "Threat", "ThreatCategory", "__version__", "extract", "render_html", "to_frame",
]
