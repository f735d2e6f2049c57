"""Resuming: what an earlier run wrote, and where a killed one stopped (a torn last record is cut)."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..frame import COLUMNS
from .inputs import JSONL_SUFFIXES, BatchError, _doc_id, _field_size
from .table import csv_bytes


@dataclass
class Resume:
    """What is in an output already: ids written completely, and the last document of a CSV.

    A CSV gives no sign of where a document's rows end, so its last document may be
    incomplete. It is written again when it is among the inputs (its rows cut off first,
    at ``cut``); otherwise its rows stay as they are.
    """

    done: set[str] = field(default_factory=set)
    last: str | None = None
    cut: int | None = None
    torn: bool = False  # the file ended inside a row (a run killed while writing)


def _jsonl_resume(out: Path) -> Resume:
    """Ids of the complete lines, read line by line; a last line without its line break is cut."""
    done: set[str] = set()
    end = 0
    with out.open("rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break  # a line half-written by a killed run
            end += len(line)
            try:
                row = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                continue
            if isinstance(row, dict) and "id" in row:
                done.add(_doc_id(str(row["id"])))
    if end < out.stat().st_size:
        _truncate(out, end)
    return Resume(done)


def _csv_records(fh: IO[bytes]) -> Iterator[tuple[int, int, list[str]]]:
    """``(start, end, fields)`` of every complete record (ended by a line break) of a CSV, read as a stream."""
    _field_size()
    pos = 0
    ended = True

    def feed() -> Iterator[str]:
        nonlocal pos, ended
        for line in fh:  # split at b"\n" only: a "\r" inside a quoted field stays in its line
            pos += len(line)
            ended = line.endswith(b"\n")
            yield line.decode("utf-8", errors="surrogateescape")

    reader = csv.reader(feed(), strict=True)  # a quoted field cut at the end is an error, not a row
    start = 0
    while True:
        try:
            fields = next(reader)
        except (StopIteration, csv.Error):
            return
        if not ended:
            return  # the last line, cut before its line break
        yield start, pos, fields
        start = pos


def _csv_resume(out: Path) -> Resume:
    """Ids of the documents before the last one; the last one's start; a torn row cut off."""
    res = Resume()
    with out.open("rb") as fh:
        records = _csv_records(fh)
        header = next(records, None)
        if header is None or tuple(header[2]) != COLUMNS:
            if header is None and _is_cut_header(fh):
                _truncate(out, 0)  # a header cut by a killed run: start again
                return res
            raise BatchError(f"{out}: --resume needs a CSV written by shos-speech batch (its header differs)")
        end = header[1]
        for start, stop, fields in records:
            end = stop
            doc_id = _doc_id(fields[0] if fields else "")
            if doc_id != res.last:
                if res.last is not None:
                    res.done.add(res.last)
                res.last, res.cut = doc_id, start
    if end < out.stat().st_size:
        res.torn = True
        _truncate(out, end)  # half a row: no document is complete in it
    return res


def _is_cut_header(fh: IO[bytes]) -> bool:
    header = csv_bytes([], header=True)
    fh.seek(0)
    head = fh.read(len(header))
    return header.startswith(head) and not fh.read(1)


def _truncate(out: Path, size: int) -> None:
    with out.open("r+b") as fh:
        fh.truncate(size)


def resume_state(out: Path) -> Resume:
    """Read (and repair) an output to resume: cuts a half-written last line or row."""
    try:
        if not out.exists() or out.stat().st_size == 0:
            return Resume()
        return _jsonl_resume(out) if out.suffix.lower() in JSONL_SUFFIXES else _csv_resume(out)
    except OSError as e:
        raise BatchError(f"{out}: cannot resume: {e.strerror or e}") from None


def done_ids(out: Path) -> set[str]:
    """Ids already complete in ``out`` (JSONL or CSV; a CSV's last document does not count)."""
    return resume_state(Path(out)).done


def find_record(path: str | Path, doc_id: str | None) -> Any:
    """The :class:`~shos_speech.BatchRecord` of ``doc_id`` in a JSONL output (the only one when ``None``)."""
    from pydantic import ValidationError

    from ..models import BatchRecord

    path = Path(path)
    try:
        lines = path.read_bytes().split(b"\n")
    except OSError as e:
        raise BatchError(f"{path}: cannot read: {e.strerror or e}") from None
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line) if line.strip() else None
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            continue  # a torn or foreign line: not the record asked for
        if isinstance(row, dict) and (doc_id is None or _doc_id(str(row.get("id"))) == doc_id):
            rows.append((n, row))
    if not rows:
        raise BatchError(f"{path}: no record with id {doc_id!r}" if doc_id is not None else f"{path}: no record")
    if doc_id is None and len(rows) > 1:
        raise BatchError(f"{path}: {len(rows)} records; choose one with --id")
    n, row = rows[-1]
    try:
        return BatchRecord.model_validate(row)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise BatchError(f"{path}:{n}: not a batch record ({where}: {err['msg']})") from None
