"""The one loader of data files: bundled lexicons in ``shos_speech/data`` and users' own files.

Every lexicon of the library is a file, never a Python literal: word classes in sectioned
word lists (``data/words/<stage>.txt``, ``[section]`` headers), phrase lexicons in TSV,
registries in JSON. Bundled files are read lazily, once per process, when a stage first
needs them. Users' files go through the same readers when an ``Extractor`` is built, so a
malformed one fails right there with a :class:`~shos_speech.errors.LexiconError` naming the
file, the line and what is wrong, rather than at the first text that mentions its entry.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from .tokens import fold


def data_path(name: str) -> Path:
    """A bundled data file."""
    return Path(str(resources.files("shos_speech") / "data" / name))


def read_text(path: str | Path) -> str:
    """A data file's text, or a LexiconError saying why it cannot be read."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except IsADirectoryError:
        raise LexiconError(p, "is a directory, not a data file") from None
    except FileNotFoundError:
        raise LexiconError(p, "no such file") from None
    except OSError as e:
        raise LexiconError(p, e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise LexiconError(p, "not UTF-8 text", line) from None
    if not text.strip():
        raise LexiconError(p, "the file is empty")
    return text


class Row(dict):
    """One TSV row (column -> value) that remembers its line in the file."""

    line: int = 0


def read_tsv(path: str | Path, required: Sequence[str] = ()) -> list[Row]:
    """Rows of a tab-separated file with a header line; ``#`` lines are comments.

    ``required`` columns must be in the header and non-empty in every row.
    """
    text = read_text(path)
    numbered = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        raise LexiconError(path, "no header line")
    header = next(csv.reader([numbered[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
    header = [h.strip() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(path, f"the header lacks the column(s) {', '.join(missing)} (tab-separated)", numbered[0][0])
    rows: list[Row] = []
    for n, ln in numbered[1:]:
        cells = next(csv.reader([ln], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise LexiconError(path, f"{len(cells)} cells for {len(header)} columns", n)
        row = Row({h: (cells[k].strip() if k < len(cells) else "") for k, h in enumerate(header) if h})
        row.line = n
        empty = [c for c in required if not row.get(c)]
        if empty:
            raise LexiconError(path, f"empty {', '.join(empty)}", n)
        rows.append(row)
    return rows


def read_lines(path: str | Path) -> list[str]:
    """Non-empty lines with ``#`` comments removed."""
    return [ln for _n, ln in _numbered_lines(read_text(path))]


def _numbered_lines(text: str) -> list[tuple[int, str]]:
    out = []
    for n, ln in enumerate(text.splitlines(), 1):
        ln = ln.split("#", 1)[0].strip()
        if ln:
            out.append((n, ln))
    return out


def read_sections(path: str | Path) -> dict[str, list[tuple[int, str]]]:
    """Lines of a sectioned file: ``[name]`` opens a section; lines before any header are in ``""``."""
    out: dict[str, list[tuple[int, str]]] = {"": []}
    section = ""
    for n, ln in _numbered_lines(read_text(path)):
        if ln.startswith("[") and ln.endswith("]"):
            section = ln[1:-1].strip()
            out.setdefault(section, [])
            continue
        out[section].append((n, ln))
    return out


@cache
def _bundled_sections(name: str) -> dict[str, list[tuple[int, str]]]:
    return read_sections(data_path(f"words/{name}.txt"))


def section_lines(name: str, section: str) -> list[str]:
    """The raw lines of one section of the bundled word list ``data/words/<name>.txt``."""
    sections = _bundled_sections(name)
    if section not in sections:
        raise LexiconError(data_path(f"words/{name}.txt"), f"no section [{section}]")
    return [ln for _n, ln in sections[section]]


@cache
def words(name: str, section: str) -> frozenset[str]:
    """A word class: one section of ``data/words/<name>.txt``, lowercased, ё folded."""
    return frozenset(fold(ln) for ln in section_lines(name, section))


@cache
def word_file(name: str) -> frozenset[str]:
    """A whole bundled word list (``data/<name>``, one word or phrase a line), lowercased, ё folded.

    For the lists several stages share: ``speaker_titles.txt``, ``speech_verbs.txt``.
    """
    return frozenset(fold(ln) for ln in read_lines(data_path(name)))


@cache
def word_pairs(name: str, section: str) -> frozenset[tuple[str, ...]]:
    """A class of word sequences ("за счет", "в том числе"): one per line, words folded."""
    return frozenset(tuple(fold(w) for w in ln.split()) for ln in section_lines(name, section))


@cache
def numbers(name: str, section: str) -> dict[str, int]:
    """A word -> number map ("первый 1"): one pair per line."""
    out = {}
    for ln in section_lines(name, section):
        word, _, value = ln.rpartition(" ")
        out[fold(word)] = int(value)
    return out


def json_items(path: str | Path, key: str) -> list[tuple[int, dict]]:
    """The objects of a JSON file's list ``key`` (or of a top-level list), with the line each starts on."""
    text = read_text(path)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise LexiconError(path, f"malformed JSON: {e.msg}", e.lineno) from None
    items = raw.get(key) if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise LexiconError(path, f'expected a list of entries, or an object with a "{key}" list')
    lines = _item_lines(text, len(items))
    out = []
    for k, item in enumerate(items):
        line = lines[k] if k < len(lines) else None
        if not isinstance(item, dict):
            raise LexiconError(path, f"entry {k + 1} is {type(item).__name__}, not an object", line)
        if _has_surrogate(item):
            raise LexiconError(path, f"entry {k + 1} holds a lone surrogate (a broken \\ud800-style escape)", line)
        out.append((line or 0, item))
    return out


def _has_surrogate(value) -> bool:
    """A JSON escape such as "\\ud800" decodes to a character no output can encode."""
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _item_lines(text: str, count: int) -> list[int]:
    """Lines where the objects of the entry list begin: the first list at the depth of entries
    (the top level, or one level down in an object) that holds objects."""
    stack: list[str] = []
    in_str = esc = False
    line = 1
    target = 1 if text.lstrip()[:1] == "[" else 2
    out: list[int] = []
    for ch in text:
        if ch == "\n":
            line += 1
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "[{":
            if ch == "{" and len(stack) == target and stack[-1] == "[":
                out.append(line)
                if len(out) >= count:
                    break
            stack.append(ch)
        elif ch in "]}" and stack:
            stack.pop()
    return out


def validated(path: str | Path, line: int | None, model, item: dict):
    """``model.model_validate(item)`` with pydantic's complaint turned into a LexiconError."""
    from pydantic import ValidationError

    try:
        return model.model_validate(item)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err.get("loc", ())) or "entry"
        name = item.get("name") if isinstance(item.get("name"), str) else None
        label = f"entry {name!r}" if name else "entry"
        raise LexiconError(path, f"{label}: {where}: {err.get('msg')}", line) from None


def check_paths(paths: Iterable[str | Path] | str | Path, what: str) -> list[str]:
    """Users' file arguments as a list of paths; a single string is a common slip and is refused."""
    if isinstance(paths, (str, Path)):
        raise TypeError(f"{what} takes a list of paths, e.g. {what}=[{str(paths)!r}]")
    return [str(p) for p in paths]
