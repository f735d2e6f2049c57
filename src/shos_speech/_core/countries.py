"""Countries named in a text: by name ("Республика Казахстан"), adjective ("казахстанский") or acronym ("РФ").

Titles ("Президент Казахстана"), proposers, targets and speakers' countries all ask the
same question of a token sequence; ``data/countries.tsv`` is the one list they share.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..morph import parse
from .lexicon import data_path, read_tsv
from .tokens import fold, token_lemmas


def word_forms(word: str) -> frozenset[str]:
    """All normal forms pymorphy gives a word, plus the word itself (lowercase, ё→е)."""
    w = fold(word)
    return frozenset({w} | {p.normal_form.replace("ё", "е") for p in parse(w)})


@dataclass(frozen=True)
class Country:
    name: str
    forms: tuple[tuple[frozenset[str], ...], ...]  # each (multiword) name as per-word form sets
    adjectives: frozenset[str]
    acronyms: frozenset[str]


@cache
def countries() -> tuple[Country, ...]:
    out = []
    for row in read_tsv(data_path("countries.tsv"), required=("name", "forms")):
        forms = tuple(tuple(word_forms(w) for w in f.split()) for f in row["forms"].split(";") if f)
        adjs = frozenset(fold(a) for a in row.get("adjectives", "").split(";") if a)
        acr = frozenset(a for a in row.get("acronyms", "").split(";") if a)
        out.append(Country(row["name"], forms, adjs, acr))
    return tuple(out)


@cache
def _index() -> tuple[dict, dict, dict]:
    """first-word form -> [(country, name word form sets)], adjective -> country, acronym -> country."""
    by_first: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
    adjs: dict[str, str] = {}
    acrs: dict[str, str] = {}
    for c in countries():
        for seq in c.forms:
            for f in seq[0]:
                by_first.setdefault(f, []).append((c.name, seq))
        for a in c.adjectives:
            adjs.setdefault(a, c.name)
        for a in c.acronyms:
            acrs.setdefault(a, c.name)
    return by_first, adjs, acrs


def find_country(tokens: list) -> str | None:
    """The first country a token sequence names (noun, adjective or acronym form)."""
    by_first, adjs, acrs = _index()
    forms = [token_lemmas(t) for t in tokens]
    for i, tok in enumerate(tokens):
        if tok.value in acrs:
            return acrs[tok.value]
        for f in forms[i]:
            if f in adjs:
                return adjs[f]
            for name, seq in by_first.get(f, ()):
                if i + len(seq) <= len(tokens) and all(seq[k] & forms[i + k] for k in range(len(seq))):
                    return name
    return None
