"""Batch runs: many documents in, one JSONL file or one long table out.

Inputs (any mix): a folder of ``.txt`` files, a single ``.txt`` file, a JSONL file of
``{"id", "text"}`` rows, or a CSV file with an id and a text column. Outputs, by suffix:
``.jsonl`` (one :class:`~shos_speech.BatchRecord` line per document) or a long table,
``.csv`` or ``.parquet`` (pyarrow, the ``[parquet]`` extra), one row per extracted item.

Nothing is lost: every input document is either written exactly once or reported on
stderr with its id and why (corrupt JSONL line, empty text, bytes that are not UTF-8,
missing text, a broken symbolic link, an extraction failure); the run goes on. Each
document's output is written in one piece, and ``resume`` first cuts whatever an
interrupted run left half-written.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .frame import COLUMNS, item_rows
from .textprep import replace_surrogates

TABLE_SUFFIXES = (".csv", ".parquet")
OUTPUT_SUFFIXES = (".jsonl", *TABLE_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


class BatchError(Exception):
    """A usage problem found before any document is processed, or an output that cannot be written (exit code 2)."""


def _field_size() -> None:
    """A document (or a sentence of one) longer than csv's default 128 KB field limit is still one field."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


# ---------------------------------------------------------------------------------------
# Reading the inputs
# ---------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------
# Rows of the long table (shos_speech.frame)
# ---------------------------------------------------------------------------------------
def result_rows(doc_id: str, text: str, result: Any) -> list[dict[str, Any]]:
    """One row per extracted item: :func:`shos_speech.frame.item_rows` (kept for callers of 0.1)."""
    return item_rows(result, doc_id, text)


def csv_bytes(rows: list[dict[str, Any]], header: bool = False) -> bytes:
    """A document's rows as the bytes appended to the CSV (one write, so never half a document)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS))
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------------------
# Workers: one Extractor per process, loaded once
# ---------------------------------------------------------------------------------------
_EXTRACTOR: Any = None


def _init_worker(options: Mapping[str, Any]) -> None:
    global _EXTRACTOR
    # the parent decides when to stop: Ctrl-C reaches it, and it ends the workers; a plain
    # SIGTERM (from the parent's pool.terminate() or a kill) ends a worker without a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from . import Extractor

    _EXTRACTOR = Extractor(**options)


def _process(job: tuple[Doc, str]) -> tuple[str, Any, str | None]:
    """``(id, payload, error)``: the bytes of a JSONL line or a list of table rows, or the error message."""
    doc, suffix = job
    try:
        result = _EXTRACTOR.extract(doc.text)
        if suffix in TABLE_SUFFIXES:
            rows = item_rows(result, doc.id, doc.text)
            return doc.id, (csv_bytes(rows) if suffix == ".csv" else rows), None
        from .models import BatchRecord

        return doc.id, (BatchRecord.of(doc.id, result).model_dump_json() + "\n").encode("utf-8"), None
    except Exception as e:  # a library failure on one document must not stop the run
        return doc.id, None, f"extraction failed: {type(e).__name__}: {e}"


# ---------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------
BAR_FORMAT = ("{percentage:3.0f}%|{bar:24}| {n_fmt}/{total_fmt} documents{postfix} | {rate_fmt} | "
              "elapsed {elapsed} | left {remaining}")


class Progress:
    """Documents done and skipped, documents/s and time left on stderr, by tqdm.

    On a terminal, tqdm's bar redrawn in place; otherwise (a log file, a pipe) the same
    meter as a plain line every ``every`` seconds and one at the end, so logs stay readable.
    """

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool = True, every: float = 10.0) -> None:
        from tqdm import tqdm

        self.total = total
        self.skipped = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every
        self._last = time.monotonic()
        self.bar = tqdm(total=total, file=self.stream, unit="doc", bar_format=BAR_FORMAT, disable=not self.tty,
                        dynamic_ncols=True, mininterval=0.1)
        self._t0 = time.monotonic()
        self._done = 0

    @property
    def done(self) -> int:
        return self._done

    def line(self) -> str:
        from tqdm import tqdm

        return tqdm.format_meter(self._done, self.total, time.monotonic() - self._t0, unit="doc", ascii=True,
                                 bar_format=BAR_FORMAT, postfix=self._postfix())

    def _postfix(self) -> str:
        return f"{self.skipped} skipped" if self.skipped else ""

    def update(self, n: int = 1, skipped: bool = False) -> None:
        self._done += n
        self.skipped += skipped
        if self.tty:
            if skipped:
                self.bar.set_postfix_str(self._postfix(), refresh=False)
            self.bar.update(n)
        elif self.enabled and time.monotonic() - self._last >= self.every and self._done < self.total:
            self._print(self.line())

    def _print(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
        self._last = time.monotonic()

    def message(self, text: str) -> None:
        """A line of its own (a skipped document), above the bar."""
        if self.tty:
            self.bar.write(text, file=self.stream)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.bar.close()
        elif self.enabled:
            self._print(self.line())


# ---------------------------------------------------------------------------------------
# Resuming: what an earlier run wrote, and where a killed one stopped
# ---------------------------------------------------------------------------------------
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

    from .models import BatchRecord

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


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------
class Writer:
    """Appends documents to the output in the order they are given, each in one write."""

    def __init__(self, out: Path, append: bool) -> None:
        self.out = out
        self.suffix = out.suffix.lower()
        self.rows: list[dict[str, Any]] = []
        self.fh: IO[bytes] | None = None
        if self.suffix == ".parquet":
            return
        try:
            exists = append and out.exists() and out.stat().st_size > 0
            out.parent.mkdir(parents=True, exist_ok=True)
            self.fh = out.open("ab" if exists else "wb")
            if self.suffix == ".csv" and not exists:
                self.fh.write(csv_bytes([], header=True))
        except OSError as e:
            raise BatchError(f"{out}: cannot write: {e.strerror or e}") from None

    def write(self, payload: Any) -> None:
        if self.suffix == ".parquet":
            self.rows.extend(payload)
            return
        assert self.fh is not None
        try:
            self.fh.write(payload)
            self.fh.flush()
        except OSError as e:
            raise BatchError(f"{self.out}: cannot write: {e.strerror or e}") from None

    def close(self) -> None:
        if self.fh is not None:
            try:
                self.fh.close()
            except OSError as e:
                raise BatchError(f"{self.out}: cannot write: {e.strerror or e}") from None
        if self.suffix == ".parquet":
            try:
                write_parquet(self.rows, self.out)
            except OSError as e:
                raise BatchError(f"{self.out}: cannot write: {e.strerror or e}") from None


def write_parquet(rows: list[dict[str, Any]], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"rank": pa.int64(), "start": pa.int64(), "end": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, out)


def have_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------
@dataclass
class Summary:
    """What a run did: documents written, skipped (with reasons) and already done."""

    written: int = 0
    skipped: list[Bad] = field(default_factory=list)
    resumed: int = 0


def _check_output(out: Path, resume: bool, workers: int) -> None:
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise BatchError(f"{out}: the output must end in .jsonl, .csv or .parquet")
    try:
        if out.is_dir():
            raise BatchError(f"{out}: is a folder, expected an output file")
    except OSError as e:
        raise BatchError(f"{out}: {e.strerror or e}") from None
    if suffix == ".parquet" and not have_pyarrow():
        raise BatchError("writing .parquet needs pyarrow: pip install 'shos_speech[parquet]'")
    if suffix == ".parquet" and resume:
        raise BatchError("--resume works with .jsonl and .csv outputs, not .parquet")
    if workers < 1:
        raise BatchError("--workers must be at least 1")


def _options(registries: Sequence[str], threat_lexicons: Sequence[str], initiative_registries: Sequence[str],
             strip_html: bool) -> dict[str, Any]:
    for what, files in (("registry", registries), ("threat lexicon", threat_lexicons),
                        ("initiative registry", initiative_registries)):
        for f in files:
            try:
                ok = Path(f).is_file()
            except OSError as e:
                raise BatchError(f"{f}: {e.strerror or e}") from None
            if not ok:
                raise BatchError(f"{f}: no such {what} file")
    return {"registries": list(registries), "threat_lexicons": list(threat_lexicons),
            "initiative_registries": list(initiative_registries), "strip_html": strip_html}


def run_batch(inputs: Sequence[str], out: str | Path, *, workers: int = 1, resume: bool = False,
              id_column: str = "id", text_column: str = "text", registries: Sequence[str] = (),
              threat_lexicons: Sequence[str] = (), initiative_registries: Sequence[str] = (),
              strip_html: bool = False, progress: bool = True, stream: IO[str] | None = None,
              report: Callable[[str], None] | None = None, extractor: Any = None) -> Summary:
    """Process every document of ``inputs`` into ``out``; see the module docstring.

    ``registries``, ``threat_lexicons``, ``initiative_registries`` and ``strip_html`` are
    passed to each :class:`~shos_speech.Extractor`; ``extractor`` is one to reuse instead
    (it is built here otherwise, so a bad data file fails before any worker starts). Raises
    :class:`BatchError` for usage problems; bad documents are reported through ``report``
    (default: stderr) and skipped.
    """
    out = Path(out)
    _check_output(out, resume, workers)
    options = _options(registries, threat_lexicons, initiative_registries, strip_html)
    sources = open_sources(inputs, id_column, text_column)
    state = resume_state(out) if resume else Resume()
    ids = [i for s in sources for i in s.ids()]
    if state.last is not None and state.last in ids:
        _truncate(out, state.cut)  # its rows may be incomplete: written again below
    elif state.last is not None:
        state.done.add(state.last)  # not among the inputs: its rows stay as they are
    if extractor is None:
        extractor = _build(options)  # a bad data file fails here, before any document or worker
        if workers > 1:
            extractor = None  # each worker builds its own
    stream = stream if stream is not None else sys.stderr
    summary = Summary()
    bar = Progress(len(ids), stream=stream, enabled=progress)
    say = report or bar.message
    if state.torn and state.last is not None and state.last not in ids:
        say(f"shos-speech: {out}: the last rows were cut by an interrupted run; "
            f"{state.last} is not among the inputs, its complete rows are kept")

    def skip(bad: Bad) -> None:
        summary.skipped.append(bad)
        say(f"shos-speech: skipped {bad.id}: {bad.reason}")
        bar.update(skipped=True)

    jobs = _jobs(sources, out.suffix.lower(), state.done, summary, skip, bar)
    writer = Writer(out, append=resume)
    try:
        for doc_id, payload, error in _results(jobs, workers, options, extractor):
            if error is not None:
                skip(Bad(doc_id, error))
                continue
            writer.write(payload)
            summary.written += 1
            bar.update()
    finally:
        bar.close()
        writer.close()
    return summary


def _build(options: Mapping[str, Any]) -> Any:
    from . import Extractor  # wherever the package has it from

    return Extractor(**options)


def _jobs(sources: list[Source], suffix: str, done: set[str], summary: Summary, skip: Callable[[Bad], None],
          bar: Progress) -> Iterator[tuple[Doc, str]]:
    """The documents to extract, in input order; bad, done and repeated ones are accounted for here."""
    seen: set[str] = set()
    for src in sources:
        for item in src.read():
            if isinstance(item, Bad):
                skip(item)
            elif item.id in seen:
                skip(Bad(item.id, "duplicate id"))  # on a resumed run too: the first one is the one written
            else:
                seen.add(item.id)
                if item.id in done:
                    summary.resumed += 1
                    bar.update()
                else:
                    yield item, suffix


def _results(jobs: Iterable[tuple[Doc, str]], workers: int, options: Mapping[str, Any],
             extractor: Any) -> Iterator[tuple[str, Any, str | None]]:
    """Results in input order; with several workers a bounded window of documents is in flight."""
    global _EXTRACTOR
    if workers == 1:
        _EXTRACTOR = extractor
        for job in jobs:
            yield _process(job)
        return
    import multiprocessing as mp
    from collections import deque

    pool = mp.get_context().Pool(workers, initializer=_init_worker, initargs=(dict(options),))
    pending: deque = deque()
    it = iter(jobs)  # consumed here, in the main process: reports of bad rows stay in order

    def fill() -> None:
        while len(pending) < 4 * workers:
            job = next(it, None)
            if job is None:
                return
            pending.append(pool.apply_async(_process, (job,)))

    try:
        fill()
        while pending:
            head = pending.popleft()
            fill()
            yield head.get()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
