"""Stages and the per-call context they share.

An extraction is a fixed sequence of stages. Each stage declares the context slots it
``requires`` and those it ``provides`` (spaCy's ``requires``/``assigns``), and the
:class:`~shos_speech.Extractor` checks once, when it is built, that every slot a stage
reads was provided by a stage before it. A stage is built once per Extractor and then
frozen: everything that belongs to one text lives in the :class:`DocContext` of that call,
so one Extractor can serve many threads.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..models import Initiative, Institution, Priority, Result, Speaker, Threat
from .document import Document

#: the marks that open a quotation (the quote's words start after them)
OPENING_QUOTES = "«“„"
#: the slots of a DocContext a stage may require or provide
SLOTS = ("document", "institutions", "speakers", "attribution", "threats", "priorities", "initiatives")


@dataclass(eq=False)
class DocContext:
    """What one ``extract`` call knows about its text; stages read and fill it in order."""

    doc: Document
    #: institution mentions before merging (the stage's own records), then the entities
    mentions: list[Any] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    attribution: Any = None
    threats: list[Threat] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    #: per-call caches, one dict per stage name: nothing of one text outlives its call
    caches: dict[str, dict] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    def cache(self, stage: str) -> dict:
        return self.caches.setdefault(stage, {})

    def speaker_at(self, offset: int) -> str | None:
        """The speaker of the words at ``offset``; an item that opens with the quotation mark of a
        quote ("«Газопровод ТАПИ – ...») is read at its first quoted character, inside the quote."""
        if self.attribution is None:
            return None
        text = self.doc.text
        while offset < len(text) - 1 and text[offset] in OPENING_QUOTES:
            offset += 1
        return self.attribution.speaker_at(offset)

    def institution_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for inst in self.institutions for m in inst.mentions]

    def threat_spans(self) -> list[tuple[int, int]]:
        return [(t.span.start, t.span.end) for t in self.threats]

    def result(self) -> Result:
        """The Result of the call: occurrences in text order, entities as found."""
        order = lambda x: (x.span.start, x.span.end)  # noqa: E731
        return Result(priorities=sorted(self.priorities, key=order), threats=sorted(self.threats, key=order),
                      initiatives=sorted(self.initiatives, key=order), institutions=self.institutions,
                      speakers=self.speakers)


class FrozenError(AttributeError):
    """A stage was changed after the Extractor froze it (per-call state belongs in DocContext)."""


class Stage:
    """One step of the extraction; subclasses set the class attributes and ``__call__``."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()
    _frozen: bool = False

    def __call__(self, ctx: DocContext) -> None:
        raise NotImplementedError

    def freeze(self) -> None:
        """No attribute can be set from now on: the stage is shared by every call and thread."""
        object.__setattr__(self, "_frozen", True)

    def __setattr__(self, key: str, value: Any) -> None:
        if self._frozen:
            raise FrozenError(f"stage {self.name!r} is shared by all calls; keep {key!r} in the DocContext")
        object.__setattr__(self, key, value)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ValueError unless every slot a stage requires was provided before it."""
    provided = {"document"}
    for stage in stages:
        unknown = set(stage.requires) | set(stage.provides)
        unknown -= set(SLOTS)
        if unknown:
            raise ValueError(f"stage {stage.name!r} names unknown slots {sorted(unknown)}; known: {SLOTS}")
        missing = [s for s in stage.requires if s not in provided]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage provides "
                             f"(order: {[s.name for s in stages]})")
        provided |= set(stage.provides)
