"""What a ``BODY`` match names: a registry entry, an organ of a known organization, or a body of its own.

The rule finds the words ("Совета министров иностранных дел (СМИД) ОДКБ"); here they are
read: trailing marks and an acronym in parentheses come off, the head gives the kind, a
registry name inside gives the parent, and the whole, put in the nominative, is looked up
in the registry ("Совет министров иностранных дел ОДКБ"). Each step is one function.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..._core.countries import find_country
from ..._core.document import Sentence
from ...normalize import nominative
from .backrefs import refers_to
from .mention import Mention, before
from .registry import InstitutionEntry
from .resources import Resources

#: a name never ends in these: "Совет министров и", "Фонд «"
_TRAILING = frozenset({"-", "и", "«"})
_QUOTES = frozenset("\"«»")
#: marks that may stand before a name at the very start of a sentence
_OPENING_MARKS = "\"«—-"
_PARENT_KINDS = ("international_organization", "organization_body")


@dataclass(frozen=True)
class Candidate:
    """A BODY match being read: its tokens, where its head is, what registry names it holds."""

    text: str
    sent: Sentence
    tokens: list
    head_i: int
    head: str
    #: registry mentions of the sentence inside the name ("ШОС" of "... ШОС")
    inner: list[Mention]
    #: the mentions of earlier sentences
    prior: list[Mention]
    own_acronym: str | None = None

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def stop(self) -> int:
        return self.tokens[-1].stop

    @property
    def complement(self) -> list:
        return self.tokens[self.head_i + 1:]


def body_mention(text: str, sent: Sentence, tokens: list, registry_mentions: list[Mention],
                 prior: list[Mention], res: Resources) -> Mention | None:
    """The mention a BODY match makes, or None (a back-reference, a position-capitalized plural)."""
    start = tokens[0].start
    words_before = [t for t in sent.tokens if t.stop <= start]
    if words_before and words_before[-1].lemmas & res.lexicon.demonstratives:
        return None  # "данного Центра ..." refers back
    tokens = trim(tokens)
    if not tokens:
        return None
    if tokens[0].value in res.lexicon.acronym_heads:
        return acronym_body(text, tokens, res)
    c = candidate(text, sent, tokens, registry_mentions, prior, res)
    if c is None or _capitalized_by_position(c):
        return None
    return _head_refers_back(c, res) or _named(c, res)


def trim(tokens: list) -> list:
    """Without trailing marks and conjunctions, and an unpaired closing quote."""
    while tokens and (tokens[-1].value in _TRAILING or (
            tokens[-1].value in ('"', "»") and sum(t.value in _QUOTES for t in tokens) % 2)):
        tokens = tokens[:-1]
    return tokens


def own_acronym(tokens: list) -> tuple[list, str | None]:
    """"(СМИД)" inside the name is the body's acronym, not a word of its name; at the end
    ("... банк (ЕИБ)") it is introduced after the name, which stops before it."""
    for k in range(len(tokens) - 2):
        if tokens[k].value == "(" and tokens[k + 2].value == ")":
            if k + 3 == len(tokens):
                return tokens[:k], None
            return tokens[:k] + tokens[k + 3:], tokens[k + 1].value
    return tokens, None


def candidate(text: str, sent: Sentence, tokens: list, registry_mentions: list[Mention], prior: list[Mention],
              res: Resources) -> Candidate | None:
    """The match with its own acronym taken out, its head found; None when no word is a head noun."""
    tokens, acronym = own_acronym(tokens)
    start, stop = tokens[0].start, tokens[-1].stop
    heads = res.lexicon.head_lemmas
    head_i = next((i for i, t in enumerate(tokens) if t.lemmas & heads and t.has("NOUN")), None)
    if head_i is None:
        return None
    inner = [r for r in registry_mentions if start <= r.start and r.stop <= stop]
    return Candidate(text, sent, tokens, head_i, next(iter(tokens[head_i].lemmas & heads)), inner, prior, acronym)


def _capitalized_by_position(c: Candidate) -> bool:
    """"Региональные организации" at a sentence start: a head alone, capitalized only by position
    (or a plural, which names no one body)."""
    if c.complement:
        return False
    opening = c.text[c.sent.start:c.start].strip()
    sentence_initial = c.start == c.sent.tokens[0].start or (len(opening) == 1 and opening in _OPENING_MARKS)
    return sentence_initial or all("plur" in g for g in c.tokens[c.head_i].grams)


def _head_refers_back(c: Candidate, res: Resources) -> Mention | None:
    """"в Содружестве наднациональных органов ..." after the CIS was named: the capitalized
    head of an organization refers back, and what follows only describes it."""
    comp = c.complement
    if c.head_i != 0 or res.lexicon.role(c.head) != "org" or not comp or not comp[0].value[:1].islower():
        return None
    if c.inner and c.inner[0].start == comp[0].start:
        return None
    target = refers_to(res.registry, c.tokens[0].lemmas & res.lexicon.head_lemmas, before(c.prior, c.start))
    if target is None or target.entry is None:
        return None
    return Mention(c.start, c.tokens[0].stop, entry=target.entry, source="backref")


def _named(c: Candidate, res: Resources) -> Mention:
    """The body by its nominative name: a registry entry when the name is one, else described."""
    name, parent_entry = _name_and_parent(c, res)
    entry, name = _registry_entry(c, name, parent_entry, res)
    if entry is not None:
        return Mention(c.start, c.stop, entry=entry, source="grammar")
    return _described(c, name, parent_entry, res)


def _name_and_parent(c: Candidate, res: Resources) -> tuple[str, InstitutionEntry | None]:
    """The name in the nominative, and the registry body it belongs to (a name inside it, or
    "Постоянным советом Организации": a capitalized last word referring back to one)."""
    name = nominative(c.text, c.tokens)
    if c.inner:
        return name, c.inner[0].entry
    comp, last = c.complement, c.tokens[-1]
    if not comp or not last.is_cap or not last.lemmas & res.lexicon.head_lemmas or any(t.is_cap for t in comp[:-1]):
        return name, None
    target = refers_to(res.registry, last.lemmas & res.lexicon.head_lemmas, before(c.prior, c.start))
    if target is None or target.entry is None:
        return name, None
    parent = target.entry
    return f"{nominative(c.text, c.tokens[:-1])} {parent.acronym or parent.name}", parent


def _registry_entry(c: Candidate, name: str, parent: InstitutionEntry | None,
                    res: Resources) -> tuple[InstitutionEntry | None, str]:
    """The registry entry the name is: as written, as an organ of the organization inside it,
    or with the acronym of an organization the text named; and the name to use if none."""
    entry = res.registry.lookup(name)
    if entry is None and parent is not None and c.inner:
        entry, name = _organ_entry(c, name, parent, res)
    if entry is None and not c.inner:
        # "Коллективные силы оперативного реагирования" in a text about the CSTO
        acronyms = dict.fromkeys(m.entry.acronym for m in reversed(c.prior) if m.entry and m.entry.acronym)
        entry = _first_entry(res, (f"{name} {a}" for a in acronyms))
    return entry, name


def _organ_entry(c: Candidate, name: str, parent: InstitutionEntry,
                 res: Resources) -> tuple[InstitutionEntry | None, str]:
    """"Совет министров иностранных дел Совещания по ..." is the registry's "... СВМДА": the
    words before the organization's name, with each of its acronyms or its name."""
    lead = nominative(c.text, [t for t in c.tokens if t.stop <= c.inner[0].start])
    entry = _first_entry(res, (f"{lead} {v}" for v in [*parent.acronyms, parent.name]))
    if entry is None and c.inner[-1].stop == c.stop and parent.acronym and lead:
        # an organ is cited with its organization's acronym: "Совет глав государств ОТГ", as the
        # text writes it when it does ("Деловой совет стран БРИКС", not the registry's "BRICS")
        surface = c.text[c.inner[-1].start:c.stop]
        name = f"{lead} {surface if surface.isupper() else parent.acronym}"
    return entry, name


def _first_entry(res: Resources, names: Iterable[str]) -> InstitutionEntry | None:
    """The entry of the first of ``names`` the registry knows."""
    return next(filter(None, map(res.registry.lookup, names)), None)


def _described(c: Candidate, name: str, parent_entry: InstitutionEntry | None, res: Resources) -> Mention:
    """A body outside the registry: kind by its head, parent organization, country."""
    head = res.lexicon.heads.get(c.head)
    kind, role = (head.kind, head.role) if head else ("other", "org")
    country = find_country(c.complement)
    parent = parent_entry.name if parent_entry is not None and parent_entry.kind in _PARENT_KINDS else None
    if role == "body" and not parent and not country and not c.inner and kind == "organization_body":
        org = _organization_of_text(c, res)
        if org is not None:
            parent, name = org.name, f"{name} {org.acronym}"
    if role == "body":
        kind = "organization_body" if parent else ("state_body" if country else kind)
    return Mention(c.start, c.stop, name=name, kind=kind, parent=parent, acronym=c.own_acronym,
                   country=country if kind == "state_body" else None, source="grammar", head=c.head)


def _organization_of_text(c: Candidate, res: Resources) -> InstitutionEntry | None:
    """"Совету министров иностранных дел" in a text about the OTS: an organ named without its
    organization (all lowercase after the head) is an organ of the organization the text is
    about, the one named most often so far (the latest on a tie)."""
    comp = c.complement
    if not comp or any(t.value[:1].isupper() for t in comp) or c.head not in res.lexicon.organ_heads:
        return None
    orgs = [m.entry for m in before(c.prior, c.start) if m.entry is not None
            and m.entry.kind == "international_organization" and m.entry.acronym]
    return max(reversed(orgs), key=lambda e: sum(x is e for x in orgs)) if orgs else None


def acronym_body(text: str, tokens: list, res: Resources) -> Mention | None:
    """"МИД Бразилии" -> Министерство иностранных дел Бразилии (a state body); a bare "МИД" as written."""
    rest = tokens[1:]
    country = find_country(rest)
    if country is None:
        # a bare "МИД": whose it is, the text says elsewhere (``ministries``)
        head = tokens[0]
        return Mention(head.start, head.stop, name=head.value, kind="state_body", source="grammar")
    surface = text[tokens[0].start:tokens[-1].stop]
    full = f"{res.lexicon.acronym_heads[tokens[0].value]} {text[rest[0].start:rest[-1].stop]}"
    entry = res.registry.lookup(surface) or res.registry.lookup(full)
    start, stop = tokens[0].start, tokens[-1].stop
    if entry is not None:
        return Mention(start, stop, entry=entry, source="grammar")
    return Mention(start, stop, name=full, kind="state_body", country=country, acronym=surface, source="grammar")
