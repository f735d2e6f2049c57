"""One institution mention, as the finders record it before mentions are merged into entities."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .registry import InstitutionEntry, norm_name


@dataclass(eq=False)
class Mention:
    """Characters ``[start, stop)`` naming a registry ``entry``, or a body described by the
    fields here (name in the nominative, kind, parent organization, country)."""

    start: int
    stop: int
    entry: InstitutionEntry | None = None
    name: str = ""
    kind: str = "other"
    parent: str | None = None
    country: str | None = None
    acronym: str | None = None
    #: which finder made it: registry, grammar, ner, backref, generic, acronym
    source: str = "registry"
    #: the head lemma of the name ("совет"), what a later back-reference is compared with
    head: str | None = None

    @property
    def key(self) -> str:
        """The entity this mention belongs to, before back-references by acronym and lead."""
        return norm_name(self.entry.name if self.entry else self.name)

    def same_body(self, start: int, stop: int, source: str) -> Mention:
        """A mention of this body at another place (a back-reference, a later acronym)."""
        return Mention(start, stop, entry=self.entry, name=self.name, kind=self.kind, parent=self.parent,
                       country=self.country, source=source, head=self.head)

    def overlaps(self, start: int, stop: int) -> bool:
        return self.start < stop and start < self.stop


def overlapping(mentions: Iterable[Mention], start: int, stop: int) -> bool:
    """Does some mention share a character with ``[start, stop)``?"""
    return any(m.overlaps(start, stop) for m in mentions)


def before(mentions: Iterable[Mention], start: int) -> list[Mention]:
    """The mentions that end by ``start``: what a back-reference there can refer to."""
    return [m for m in mentions if m.stop <= start]
