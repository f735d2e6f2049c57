"""The persons of one text: natasha's PER spans made into people with a name, title and country.

Every naming (:mod:`.mentions`) is given to a person once the whole text is read:

- names in full ("Садыр Жапаров", "Акылбек Жапаров") are one person per surname and first
  name: two first names with one surname are two people;
- a surname alone ("Жапаров", "М.В.Захарова") is the person of that surname named in full
  nearest before it (else after it), or a person of its own;
- a first name and patronymic ("Сергей Викторович") address the person of that first name,
  and name no one when the text has none.

A person's gender is what all their namings' readings weigh most for; each naming is put in
the nominative with it, and the person's name is the fullest naming, one in the nominative
preferred ("Чжан Мин", not "Чжан Мина"). A person is one surname in any case and gender
("Захарова", "Захаровой"); spans inside an institution's name are no one.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..._core.document import Document, NerSpan
from ..._core.tokens import fold
from ...models import Span, Speaker
from ...normalize import join_words
from .apposition import apposition_names, subject_surnames
from .grammar import Grammar
from .intervals import Intervals
from .mentions import Naming, common_word, read_naming
from .names import case_and_gender, name_groups, name_slots, name_votes, person_nominative, same_first_name, surname_key


@dataclass(eq=False)
class Person:
    """One person of the text; ``speaks`` once a statement is attributed to them."""

    name: str
    surname: str
    title: str | None = None
    country: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    speaks: bool = False
    #: the key of the first name, when the text gives one
    first: str | None = None

    def speaker(self, text: str) -> Speaker:
        return Speaker(name=self.name, title=self.title, country=self.country,
                       mentions=[Span.of(text, a, b) for a, b in self.mentions])


@dataclass(frozen=True)
class Mention:
    start: int
    stop: int
    person: Person
    #: the name stands in the nominative: it can be a sentence's subject
    subject: bool = True


class Cast:
    """The persons of one text and their mentions in text order, found by binary search."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._by_surname: dict[str, Person] = {}
        self._starts: list[int] = []

    def add(self, start: int, stop: int, name: str, surname: str, *, person: Person | None = None,
            subject: bool = True) -> Person:
        """A mention: of ``person``, else of the person with this surname, else of a new one
        (the longest name wins). Mentions are added in text order."""
        if person is None:
            person = self._by_surname.get(surname)
        if person is None:
            person = Person(name=name, surname=surname)
        if person not in self.persons:
            self.persons.append(person)
            self._by_surname.setdefault(surname, person)
        elif len(name) > len(person.name) and not person.first:
            person.name = name
        person.mentions.append((start, stop))
        k = bisect_right(self._starts, start)
        self.mentions.insert(k, Mention(start, stop, person, subject))
        self._starts.insert(k, start)
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


# -- the namings given to persons ------------------------------------------------------------------
@dataclass(eq=False)
class _Read:
    """A naming put in the nominative with its person's gender."""

    naming: Naming
    nominative: list[str]
    case: str | None
    surname: str
    first: str | None

    @property
    def name_words(self) -> int:
        return len(name_groups(self.nominative))


def _gender(namings: list[Naming]) -> str | None:
    """The gender all namings of one surname weigh most for (a verb's counts most), or None."""
    totals: Counter = Counter()
    for n in namings:
        if n.gender:
            totals[n.gender] += 3.0
        for (_case, g), v in name_votes(n.words, n.cases).items():
            totals[g] += v
    if not totals:
        return None
    return max(("masc", "femn"), key=lambda g: (totals[g], g == "masc"))


def _read(n: Naming, gender: str | None) -> _Read:
    values = n.words
    chosen = case_and_gender(values, n.cases, n.gender or gender)
    nom = person_nominative(values, n.cases, n.gender or gender)
    groups = name_groups(nom)
    slots = name_slots(nom, groups)
    first = next((fold("".join(nom[i] for i in g)) for g, s in zip(groups, slots, strict=True) if s == "first"),
                 None)
    return _Read(n, nom, chosen[0] if chosen else None, surname_key(nom[groups[-1][-1]]), first)


def _is_subject(r: _Read) -> bool:
    """Can the naming be a sentence's subject: read as a nominative, or with no case to tell and
    no word before it that governs it."""
    return r.case == "nomn" or (r.case is None and not r.naming.governed)


def _best_name(reads: list[_Read]) -> _Read:
    """The fullest naming, a nominative one preferred, then the most frequent form."""
    forms = Counter(fold(" ".join(r.nominative)) for r in reads)
    return max(reads, key=lambda r: (r.naming.kind == "full", r.name_words, r.case == "nomn",
                                     forms[fold(" ".join(r.nominative))], -r.naming.start))


def _nearest(people: list[tuple[int, Person]], pos: int) -> Person:
    """Of persons named in full (at offsets), the one named last before ``pos``, else the first after."""
    before = [p for a, p in people if a < pos]
    return before[-1] if before else people[0][1]


def _group(reads: list[_Read]) -> dict[int, Person]:
    """The person of each naming (by index); namings that name no one are left out."""
    full: dict[tuple[str, str], Person] = {}
    by_surname: dict[str, list[tuple[int, Person]]] = {}
    owner: dict[int, Person] = {}
    for k, r in enumerate(reads):
        if r.naming.kind != "full":
            continue
        key = next(((s, f) for s, f in full if s == r.surname and same_first_name(f, r.first or "")),
                   (r.surname, r.first or ""))
        if key not in full:
            full[key] = Person(name="", surname=r.surname, first=r.first)
        by_surname.setdefault(r.surname, []).append((r.naming.start, full[key]))
        owner[k] = full[key]
    alone: dict[str, Person] = {}
    for k, r in enumerate(reads):
        if r.naming.kind == "surname":
            if r.surname in by_surname:
                owner[k] = _nearest(by_surname[r.surname], r.naming.start)
            elif not (len(r.naming.tokens) == 1 and common_word(r.naming.tokens[0])):
                owner[k] = alone.setdefault(r.surname, Person(name="", surname=r.surname))
        elif r.naming.kind == "address":
            addressed = [p for p in full.values() if p.first and same_first_name(p.first, r.first or "")]
            if len({id(p) for p in addressed}) == 1:
                owner[k] = addressed[0]
    return owner


def find_persons(doc: Document, taken: Intervals, grammar: Grammar) -> Cast:
    """Every person natasha names outside the institutions' mentions ``taken``."""
    # a name that starts inside an institution's name starts after it
    spans = [x for sp in (*doc.persons, *apposition_names(doc, grammar), *subject_surnames(doc))
             if (x := _after_body(doc.text, sp, taken)) is not None]
    people = Intervals((sp.start, sp.stop) for sp in spans)
    namings = []
    for sp in sorted(spans, key=lambda sp: (sp.start, sp.stop)):
        # inside an institution's name ("Фонд Нурсултана Назарбаева") a name is no one; an institution
        # that only runs into a name ends before it
        if not taken.contains(sp.start, sp.stop):
            n = read_naming(doc, sp, people, grammar, taken)
            if n is not None:
                namings.append(n)
    return cast_of(doc.text, namings)


def _after_body(text: str, sp, taken: Intervals):
    """"Председатель Сената Олий Мажлиса Танзила Нарбаева": natasha's span "Мажлиса Танзила
    Нарбаева" starts inside the body's name; the person is named by what follows it, when that
    is a name and surname. With one word left, the body ran into the name instead
    ("Администрации Президента Рамиз | Гасанов") and the span stays whole."""
    end = taken.reach(sp.start)
    if end is None or end >= sp.stop:
        return sp
    rest = text[end:sp.stop]
    if len(rest.split()) < 2:
        return sp
    return NerSpan(end + len(rest) - len(rest.lstrip()), sp.stop, sp.type)


def cast_of(text: str, namings: list[Naming]) -> Cast:
    """The persons of the ``namings`` (in text order), each naming one of their mentions."""
    by_key: dict[str, list[Naming]] = {}
    for n in namings:
        by_key.setdefault(surname_key(n.words[name_groups(n.words)[-1][-1]]), []).append(n)
    genders = {key: _gender(ns) for key, ns in by_key.items()}
    reads = []
    for n in namings:
        raw = surname_key(n.words[name_groups(n.words)[-1][-1]])
        reads.append(_read(n, genders[raw]))
    owner = _group(reads)
    cast = Cast()
    mine: dict[int, list[_Read]] = {}
    for k, r in enumerate(reads):
        person = owner.get(k)
        if person is None:
            continue
        mine.setdefault(id(person), []).append(r)
        n = r.naming
        cast.add(n.start, n.stop, "", person.surname, person=person, subject=_is_subject(r))
        if person.title is None and n.title:
            person.title, person.country = n.title, n.country
    for person in cast.persons:
        best = _best_name(mine[id(person)])
        person.name = join_words(text, list(best.naming.tokens), best.nominative)
    return cast
