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


from ._core.countries import Country, countries, find_country  # noqa: E402,F401  (moved to the core)
