"""Reading the inputs: folders of texts, JSONL and CSV files, as documents or reported problems."""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..textprep import replace_surrogates

TABLE_SUFFIXES = (".csv", ".parquet")
OUTPUT_SUFFIXES = (".jsonl", *TABLE_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


class BatchError(Exception):
    """A usage problem found before any document is processed, or an output that cannot be written (exit code 2)."""


def _field_size() -> None:
    """A document (or a sentence of one) longer than csv's default 128 KB field limit is still one field."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Doc:
    """One document to process."""

    id: str
    text: str


@dataclass(frozen=True)
class Bad:
    """One document (or whole input file) that cannot be processed, and why."""

    id: str
    reason: str


Item = Doc | Bad


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _not_utf8(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})"
    return "not UTF-8 text"


def _doc_id(value: str) -> str:
    """Ids are written out: a lone surrogate (a JSON escape, an undecodable file name) becomes U+FFFD."""
    return replace_surrogates(value)


@dataclass
class Source:
    """One INPUT argument: a folder, a ``.txt``, a JSONL or a CSV file."""

    path: Path
    kind: str  # folder | txt | jsonl | csv
    id_column: str = "id"
    text_column: str = "text"
    files: list[Path] = field(default_factory=list)

    def ids(self) -> Iterator[str]:
        """The id of every document (or bad row) the source yields, for the progress bar and resume."""
        if self.kind == "folder":
            yield from (self._folder_id(f) for f in self.files)
        elif self.kind == "txt":
            yield _doc_id(self.path.name)
        else:
            yield from (item.id for item in self.read())

    def read(self) -> Iterator[Item]:
        if self.kind == "folder":
            for f in self.files:
                yield self._read_txt(f, self._folder_id(f))
        elif self.kind == "txt":
            yield self._read_txt(self.path, _doc_id(self.path.name))
        else:
            data = self._bytes()
            if isinstance(data, Bad):
                yield data
            elif not data.strip():
                yield Bad(self.path.name, "empty file")
            else:
                yield from (self._read_jsonl(data) if self.kind == "jsonl" else self._read_csv(data))

    def _folder_id(self, f: Path) -> str:
        return _doc_id(f.relative_to(self.path).as_posix())

    def _bytes(self) -> bytes | Bad:
        try:
            return self.path.read_bytes()
        except OSError as e:
            return Bad(self.path.name, f"cannot read: {e.strerror or e}")

    @staticmethod
    def _read_txt(path: Path, doc_id: str) -> Item:
        if path.is_symlink() and not path.exists():
            return Bad(doc_id, f"broken symbolic link (to {os.readlink(path)})")
        if not path.is_file():
            return Bad(doc_id, "not a regular file")  # a FIFO or a device: reading it could block forever
        try:
            data = path.read_bytes()
        except OSError as e:
            return Bad(doc_id, f"cannot read: {e.strerror or e}")
        text = _decode(data)
        if text is None:
            return Bad(doc_id, _not_utf8(data))
        if not text.strip():
            return Bad(doc_id, "empty text")
        return Doc(doc_id, text)

    def _read_jsonl(self, data: bytes) -> Iterator[Item]:
        for n, raw in enumerate(data.split(b"\n"), 1):
            if not raw.strip():
                continue
            where = f"{self.path.name}:{n}"
            line = _decode(raw)
            if line is None:
                yield Bad(where, _not_utf8(raw))
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                yield Bad(where, f"not a JSON object ({e.msg})")
                continue
            except RecursionError:
                yield Bad(where, "not a JSON object (nested too deeply)")
                continue
            if not isinstance(row, dict):
                yield Bad(where, "not a JSON object")
                continue
            doc_id = row.get(self.id_column)
            doc_id = where if doc_id is None or doc_id == "" else _doc_id(str(doc_id))
            yield _checked(doc_id, row.get(self.text_column), self.text_column)

    def header(self) -> list[str]:
        """The CSV header (for checking the id and text columns up front)."""
        data = self._bytes()
        if isinstance(data, Bad):
            return []
        text = data.decode("utf-8-sig", errors="replace")
        try:
            return next(csv.reader(text.splitlines()[:1]), [])
        except csv.Error:
            return []

    def _read_csv(self, data: bytes) -> Iterator[Item]:
        _field_size()
        # surrogateescape keeps going past bad bytes; each row with some is reported alone
        text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            if not reader.fieldnames:
                yield Bad(self.path.name, "empty file")
                return
            for row in reader:
                yield self._csv_row(row, f"{self.path.name}:{reader.line_num}")
        except csv.Error as e:
            yield Bad(f"{self.path.name}:{reader.line_num}", f"not CSV ({e}); the rest of the file is not read")

    def _csv_row(self, row: dict[str, Any], where: str) -> Item:
        doc_id = row.get(self.id_column) or where
        value = row.get(self.text_column)
        if _has_escaped_bytes(doc_id):
            return Bad(where, "not UTF-8 text (in the id)")
        if isinstance(value, str) and _has_escaped_bytes(value):
            return Bad(doc_id, "not UTF-8 text")
        return _checked(doc_id, value, self.text_column)


def _has_escaped_bytes(s: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in s)


def _checked(doc_id: str, value: object, column: str) -> Item:
    if value is None:
        return Bad(doc_id, f"no {column!r} field")
    if not isinstance(value, str):
        return Bad(doc_id, f"{column!r} is not a string")
    if not value.strip():
        return Bad(doc_id, "empty text")
    return Doc(doc_id, value)


def _kind_of(arg: str) -> tuple[Path, str]:
    """What an INPUT argument is; OSError (a name too long, a loop of links) is a usage error too."""
    path = Path(arg)
    try:
        if path.is_dir():
            return path, "folder"
        if not path.exists():
            raise BatchError(f"{arg}: no such file or folder")
        if not path.is_file():
            raise BatchError(f"{arg}: not a regular file")
    except OSError as e:
        raise BatchError(f"{arg}: {e.strerror or e}") from None
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return path, "txt"
    if suffix in JSONL_SUFFIXES:
        return path, "jsonl"
    if suffix == ".csv":
        return path, "csv"
    raise BatchError(f"{arg}: expected a folder, a .txt, .jsonl or .csv file")


def open_sources(inputs: Sequence[str], id_column: str = "id", text_column: str = "text") -> list[Source]:
    """Check the INPUT arguments; raise :class:`BatchError` for a usage problem."""
    out = []
    for arg in inputs:
        path, kind = _kind_of(arg)
        if kind == "folder":
            # every *.txt entry, links and odd files included: each is read or reported, none skipped silently
            files = sorted(p for p in path.rglob("*.txt") if p.is_symlink() or not p.is_dir())
            out.append(Source(path, "folder", files=files))
            continue
        src = Source(path, kind, id_column, text_column)
        if kind == "csv":
            header = src.header()
            if header and text_column not in header:
                raise BatchError(f"{arg}: no column {text_column!r} (columns: {', '.join(header)}); "
                                 "use --text-column")
        out.append(src)
    return out
