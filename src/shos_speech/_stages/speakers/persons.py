"""The persons of one text: natasha's PER spans made into people with a name, title and country.

A person is one surname in any case and gender ("Захарова", "Захаровой"); each PER span is
a mention of one. Spans inside an institution's name and country adjectives natasha tags
as persons ("Кыргызский лидер") are no one.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..._core.document import Document, NerSpan
from ...models import Span, Speaker
from ...normalize import join_words
from .grammar import Grammar
from .intervals import Intervals, tokens_before, tokens_within
from .names import adjective_not_name, person_nominative, surname_key
from .titles import title_case, title_of


@dataclass(eq=False)
class Person:
    """One person of the text; ``speaks`` once a statement is attributed to them."""

    name: str
    surname: str
    title: str | None = None
    country: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    speaks: bool = False

    def speaker(self, text: str) -> Speaker:
        return Speaker(name=self.name, title=self.title, country=self.country,
                       mentions=[Span.of(text, a, b) for a, b in self.mentions])


@dataclass(frozen=True)
class Mention:
    start: int
    stop: int
    person: Person


class Cast:
    """The persons of one text and their mentions in text order, found by binary search."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._by_surname: dict[str, Person] = {}
        self._starts: list[int] = []

    def add(self, start: int, stop: int, name: str, surname: str) -> Person:
        """A mention: of the person with this surname, or of a new one (the longest name wins)."""
        person = self._by_surname.get(surname)
        if person is None:
            person = self._by_surname[surname] = Person(name=name, surname=surname)
            self.persons.append(person)
        elif len(name) > len(person.name):
            person.name = name
        person.mentions.append((start, stop))
        self.mentions.append(Mention(start, stop, person))
        self._starts.append(start)
        return person

    def starting_in(self, a: int, b: int) -> Iterator[Mention]:
        """Mentions that start in ``[a, b)``, in text order."""
        for m in self.mentions[bisect_left(self._starts, a):]:
            if m.start >= b:
                return
            yield m

    def _ending_by(self, offset: int) -> Iterator[Mention]:
        """Mentions that end at or before ``offset``, the latest first."""
        for m in reversed(self.mentions[:bisect_right(self._starts, offset)]):
            if m.stop <= offset:
                yield m

    def last_before(self, offset: int) -> Person | None:
        """The person named last before ``offset``."""
        return next((m.person for m in self._ending_by(offset)), None)

    def last_speaker_before(self, offset: int) -> Person | None:
        """The person named last before ``offset`` who has spoken."""
        return next((m.person for m in self._ending_by(offset) if m.person.speaks), None)

    def speakers(self, text: str) -> list[Speaker]:
        return [p.speaker(text) for p in self.persons if p.speaks]


def find_persons(doc: Document, taken: Intervals, grammar: Grammar) -> Cast:
    """Every person natasha names outside the institutions' mentions ``taken``."""
    cast = Cast()
    people = Intervals((sp.start, sp.stop) for sp in doc.persons)
    for sp in sorted(doc.persons, key=lambda sp: (sp.start, sp.stop)):
        if not taken.overlaps(sp.start, sp.stop):
            _mention(doc, sp, cast, people, grammar)
    return cast


def _mention(doc: Document, sp: NerSpan, cast: Cast, people: Intervals, grammar: Grammar) -> None:
    text = doc.text
    sent = doc.sentence_at(sp.start)
    toks = tokens_within(sent.tokens, sp.start, sp.stop) if sent else []
    if toks and all(adjective_not_name(t) for t in toks):
        return  # "Кыргызский лидер": natasha's PER on a country adjective
    before = tokens_before(sent.tokens, sp.start) if sent else []
    words = [t.value for t in toks] or [text[sp.start:sp.stop]]
    nom = person_nominative(words, title_case(before, grammar) if sent else None)
    name = join_words(text, toks, nom) if toks else text[sp.start:sp.stop]
    person = cast.add(sp.start, sp.stop, name, surname_key(nom[-1]))
    if person.title is None and sent is not None:
        person.title, person.country = title_of(text, before, people, grammar)
