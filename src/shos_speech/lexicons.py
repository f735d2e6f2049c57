"""Loading the registries and lexicons kept as data files in ``shos_speech/data``.

Every file is read once per process (``lru_cache``); users add their own entries through
``Extractor(registries=[...])`` without touching the bundled files.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from .morph import parse


def data_path(name: str) -> Path:
    return Path(str(resources.files("shos_speech") / "data" / name))


def read_tsv(path: Path | str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line; ``#`` lines are comments."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def read_lines(path: Path | str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        out = []
        for ln in fh:
            ln = ln.split("#", 1)[0].strip()
            if ln:
                out.append(ln)
        return out


def word_forms(word: str) -> frozenset[str]:
    """All normal forms pymorphy gives a word, plus the word itself (lowercase, ё→е)."""
    w = word.lower().replace("ё", "е")
    out = {w}
    for p in parse(w):
        out.add(p.normal_form.replace("ё", "е"))
    return frozenset(out)


@dataclass
class InstitutionEntry:
    name: str
    acronyms: list[str] = field(default_factory=list)
    name_en: str | None = None
    kind: str = "other"
    parent: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def acronym(self) -> str | None:
        return self.acronyms[0] if self.acronyms else None


def load_institutions(path: Path | str | None = None) -> list[InstitutionEntry]:
    """Registry entries of one JSON file (``{"institutions": [...]}``)."""
    raw = json.loads(Path(path or data_path("institutions.json")).read_text(encoding="utf-8"))
    items = raw["institutions"] if isinstance(raw, dict) else raw
    out = []
    for it in items:
        out.append(InstitutionEntry(
            name=it["name"], acronyms=list(it.get("acronyms") or []), name_en=it.get("name_en"),
            kind=it.get("kind") or "other", parent=it.get("parent"), country=it.get("country"),
            aliases=list(it.get("aliases") or [])))
    return out


@cache
def bundled_institutions() -> tuple[InstitutionEntry, ...]:
    return tuple(load_institutions())


@dataclass(frozen=True)
class Country:
    name: str
    forms: tuple[tuple[frozenset[str], ...], ...]  # each multiword name as per-word form sets
    adjectives: frozenset[str]
    acronyms: frozenset[str]


@cache
def countries() -> tuple[Country, ...]:
    out = []
    for row in read_tsv(data_path("countries.tsv")):
        forms = tuple(tuple(word_forms(w) for w in f.split()) for f in row["forms"].split(";") if f)
        adjs = frozenset(a for a in row.get("adjectives", "").split(";") if a)
        acr = frozenset(a for a in row.get("acronyms", "").split(";") if a)
        out.append(Country(row["name"], forms, adjs, acr))
    return tuple(out)


@cache
def _country_index() -> tuple[dict, dict, dict]:
    """first-word form -> [(country, name word form sets)], adjective -> country, acronym -> country."""
    by_first: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
    adjs: dict[str, str] = {}
    acrs: dict[str, str] = {}
    for c in countries():
        for seq in c.forms:
            for f in seq[0]:
                by_first.setdefault(f, []).append((c.name, seq))
        for a in c.adjectives:
            adjs.setdefault(a.replace("ё", "е"), c.name)
        for a in c.acronyms:
            acrs.setdefault(a, c.name)
    return by_first, adjs, acrs


def _token_forms(tok) -> frozenset[str]:
    forms = getattr(tok, "forms", None)
    if forms:
        return frozenset(f.normalized.replace("ё", "е") for f in forms)
    return frozenset({tok.value.lower()})


def find_country(tokens: list) -> str | None:
    """The first country a token sequence names (noun, adjective or acronym form)."""
    by_first, adjs, acrs = _country_index()
    forms = [_token_forms(t) for t in tokens]
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
