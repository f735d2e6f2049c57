"""Loading the registries and lexicons kept as data files in ``shos_speech/data``.

Every file is read once per process (``lru_cache``); users add their own entries through
``Extractor(registries=[...])`` without touching the bundled files.
"""
from __future__ import annotations

import csv
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


# the institution registry moved to the institutions stage; re-exported until every stage is ported
from ._core.countries import Country, countries, find_country  # noqa: E402,F401  (moved to the core)
from ._stages.institutions.registry import (  # noqa: E402,F401
    InstitutionEntry,
    bundled_institutions,
    load_institutions,
)
