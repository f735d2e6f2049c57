"""The JSON contract of ONTOLOGY.md §1–2 as pydantic v2 models.

``Result.model_json_schema()`` is the published schema; the enumerations are closed.
"""
from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .textprep import replace_surrogates

if TYPE_CHECKING:
    import pandas

#: Version of the JSON contract (Result, BatchRecord): a new value whenever a field is added,
#: removed or changes meaning; every batch record and ``extract`` record carries it.
SCHEMA_VERSION = "1"


class ThreatCategory(str, Enum):
    terrorism = "terrorism"
    extremism = "extremism"
    separatism = "separatism"
    three_evils = "three_evils"
    drug_trafficking = "drug_trafficking"
    illegal_migration = "illegal_migration"
    human_trafficking = "human_trafficking"
    arms_trafficking = "arms_trafficking"
    organized_crime = "organized_crime"
    cybercrime = "cybercrime"
    information_threat = "information_threat"
    armed_conflict = "armed_conflict"
    rivalry = "rivalry"
    sanctions = "sanctions"
    economic_instability = "economic_instability"
    environmental = "environmental"
    technogenic = "technogenic"
    health = "health"
    wmd_proliferation = "wmd_proliferation"
    other = "other"


class Area(str, Enum):
    security = "security"
    political = "political"
    economy = "economy"
    connectivity = "connectivity"
    energy = "energy"
    technology = "technology"
    humanitarian = "humanitarian"
    environment = "environment"
    health = "health"
    food = "food"
    institutional = "institutional"
    other = "other"


class InitiativeKind(str, Enum):
    initiative = "initiative"
    strategy = "strategy"
    institution_building = "institution_building"
    project = "project"
    assistance = "assistance"
    event = "event"
    cooperation = "cooperation"
    other = "other"


class Stance(str, Enum):
    proposes = "proposes"
    supports = "supports"
    welcomes = "welcomes"
    calls_for = "calls_for"
    implements = "implements"
    adopts = "adopts"
    opposes = "opposes"
    mentions = "mentions"


class InstitutionKind(str, Enum):
    international_organization = "international_organization"
    organization_body = "organization_body"
    state_body = "state_body"
    center = "center"
    media = "media"
    company = "company"
    party = "party"
    other = "other"


class _Model(BaseModel):
    model_config = ConfigDict(use_enum_values=False, extra="forbid")


class Span(_Model):
    """Characters ``[start, end)`` of the ORIGINAL input; ``text == source[start:end]`` (a lone surrogate as U+FFFD)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @field_validator("text")
    @classmethod
    def _encodable(cls, text: str) -> str:
        """A lone surrogate of the input (no encoder takes one) is shown as U+FFFD, so every Result serialises."""
        return replace_surrogates(text)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length differs from end - start")
        return self

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]`` (the only way the library builds spans)."""
        return cls(start=start, end=end, text=source[start:end])


class Speaker(_Model):
    name: str
    title: str | None = None
    country: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Priority(_Model):
    span: Span
    name: str
    rank: int | None = None
    area: Area = Area.other
    speaker: str | None = None
    cue: str | None = None


class Threat(_Model):
    span: Span
    name: str
    category: ThreatCategory
    speaker: str | None = None


class Initiative(_Model):
    span: Span
    name: str
    kind: InitiativeKind = InitiativeKind.other
    stance: Stance = Stance.mentions
    proposer: str | None = None
    target: str | None = None
    speaker: str | None = None


class Institution(_Model):
    name: str
    acronym: str | None = None
    kind: InstitutionKind = InstitutionKind.other
    parent: str | None = None
    country: str | None = None
    name_en: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Result(_Model):
    priorities: list[Priority] = Field(default_factory=list)
    threats: list[Threat] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)

    def check_spans(self, source: str) -> None:
        """Raise ``ValueError`` unless every span points at its text in ``source`` (lone surrogates as U+FFFD)."""
        spans: list[Span] = [x.span for x in (*self.priorities, *self.threats, *self.initiatives)]
        spans += [m for x in (*self.institutions, *self.speakers) for m in x.mentions]
        for sp in spans:
            if replace_surrogates(source[sp.start:sp.end]) != sp.text:
                raise ValueError(f"span {sp.start}:{sp.end} does not match {sp.text!r}")

    def to_frame(self, text: str | None = None, doc_id: Any = None) -> pandas.DataFrame:
        """The long table of this Result, one row per item (pandas, the ``[pandas]`` extra)."""
        from .frame import to_frame

        return to_frame([self], ids=[doc_id], texts=None if text is None else [text])

    def _repr_html_(self) -> str:
        """Jupyter shows a Result as its highlighted spans (see ``shos_speech.render_html``)."""
        from .report import result_html

        return result_html(self)


class BatchRecord(_Model):
    """One line of a batch JSONL output (and of ``shos-speech extract``): a document's Result.

    ``version`` is the shos_speech release and ``schema_version`` the contract that wrote it
    (``None`` in outputs of releases before 0.2, which wrote neither).
    """

    id: str
    version: str | None = None
    schema_version: str | None = None
    result: Result

    @classmethod
    def of(cls, doc_id: str, result: Result) -> BatchRecord:
        """The record this release writes for ``result``."""
        from . import __version__

        return cls(id=doc_id, version=__version__, schema_version=SCHEMA_VERSION, result=result)
