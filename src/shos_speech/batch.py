"""Batch runs: many documents in, one JSONL file or one long table out.

Inputs (any mix): a folder of ``.txt`` files, a single ``.txt`` file, a JSONL file of
``{"id", "text"}`` rows, or a CSV file with an id and a text column. Outputs, by suffix:
``.jsonl`` (one ``{"id", "result"}`` line per document) or a long table, ``.csv`` or
``.parquet`` (pyarrow, the ``[parquet]`` extra), one row per extracted item.

A bad document (corrupt JSONL line, empty text, bytes that are not UTF-8, missing text,
an extraction failure) is reported on stderr with its id and skipped; the run goes on.
"""
from __future__ import annotations

import csv
import io
import json
import math
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .frame import COLUMNS, item_rows

TABLE_SUFFIXES = (".csv", ".parquet")
OUTPUT_SUFFIXES = (".jsonl", *TABLE_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


class BatchError(Exception):
    """A usage problem found before any document is processed (exit code 2)."""


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


@dataclass
class Source:
    """One INPUT argument: a folder, a ``.txt``, a JSONL or a CSV file."""

    path: Path
    kind: str  # folder | txt | jsonl | csv
    id_column: str = "id"
    text_column: str = "text"
    files: list[Path] = field(default_factory=list)

    def count(self) -> int:
        """How many documents (or bad rows) the source yields; cheap, for the progress bar."""
        if self.kind == "folder":
            return len(self.files)
        if self.kind == "txt":
            return 1
        return max(1, sum(1 for _ in self.read()))

    def read(self) -> Iterator[Item]:
        if self.kind == "folder":
            for f in self.files:
                yield self._read_txt(f, f.relative_to(self.path).as_posix())
        elif self.kind == "txt":
            yield self._read_txt(self.path, self.path.name)
        elif self.kind == "jsonl":
            yield from self._read_jsonl()
        else:
            yield from self._read_csv()

    @staticmethod
    def _read_txt(path: Path, doc_id: str) -> Item:
        try:
            data = path.read_bytes()
        except OSError as e:
            return Bad(doc_id, f"cannot read: {e.strerror}")
        text = _decode(data)
        if text is None:
            return Bad(doc_id, _not_utf8(data))
        if not text.strip():
            return Bad(doc_id, "empty text")
        return Doc(doc_id, text)

    def _read_jsonl(self) -> Iterator[Item]:
        data = self.path.read_bytes()
        if not data.strip():
            yield Bad(self.path.name, "empty file")
            return
        for n, raw in enumerate(data.splitlines(), 1):
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
            if not isinstance(row, dict):
                yield Bad(where, "not a JSON object")
                continue
            doc_id = row.get(self.id_column)
            doc_id = where if doc_id is None or doc_id == "" else str(doc_id)
            yield _checked(doc_id, row.get(self.text_column), self.text_column)

    def header(self) -> list[str]:
        """The CSV header (for checking the id and text columns up front)."""
        text = self.path.read_bytes().decode("utf-8-sig", errors="replace")
        return next(csv.reader(text.splitlines()[:1]), [])

    def _read_csv(self) -> Iterator[Item]:
        data = self.path.read_bytes()
        if not data.strip():
            yield Bad(self.path.name, "empty file")
            return
        # surrogateescape keeps going past bad bytes; each row with some is reported alone
        text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            yield Bad(self.path.name, "empty file")
            return
        for n, row in enumerate(reader, 2):
            where = f"{self.path.name}:{n}"
            doc_id = row.get(self.id_column) or where
            value = row.get(self.text_column)
            if _has_surrogates(doc_id):
                yield Bad(where, "not UTF-8 text (in the id)")
                continue
            if value is not None and _has_surrogates(value):
                yield Bad(doc_id, "not UTF-8 text")
                continue
            yield _checked(doc_id, value, self.text_column)


def _has_surrogates(s: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in s)


def _checked(doc_id: str, value: object, column: str) -> Item:
    if value is None:
        return Bad(doc_id, f"no {column!r} field")
    if not isinstance(value, str):
        return Bad(doc_id, f"{column!r} is not a string")
    if not value.strip():
        return Bad(doc_id, "empty text")
    return Doc(doc_id, value)


def open_sources(inputs: Sequence[str], id_column: str = "id", text_column: str = "text") -> list[Source]:
    """Check the INPUT arguments; raise :class:`BatchError` for a usage problem."""
    out = []
    for arg in inputs:
        path = Path(arg)
        if not path.exists():
            raise BatchError(f"{arg}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            out.append(Source(path, "folder", files=files))
            continue
        suffix = path.suffix.lower()
        if suffix == ".txt":
            out.append(Source(path, "txt"))
        elif suffix in JSONL_SUFFIXES:
            out.append(Source(path, "jsonl", id_column, text_column))
        elif suffix == ".csv":
            src = Source(path, "csv", id_column, text_column)
            header = src.header()
            if header and text_column not in header:
                raise BatchError(f"{arg}: no column {text_column!r} (columns: {', '.join(header)}); "
                                 "use --text-column")
            out.append(src)
        else:
            raise BatchError(f"{arg}: expected a folder, a .txt, .jsonl or .csv file")
    return out


# ---------------------------------------------------------------------------------------
# Rows of the long table (shos_speech.frame)
# ---------------------------------------------------------------------------------------
def result_rows(doc_id: str, text: str, result: Any) -> list[dict[str, Any]]:
    """One row per extracted item: :func:`shos_speech.frame.item_rows` (kept for callers of 0.1)."""
    return item_rows(result, doc_id, text)


# ---------------------------------------------------------------------------------------
# Workers: one Extractor per process, loaded once
# ---------------------------------------------------------------------------------------
_EXTRACTOR: Any = None


def _init_worker(registries: Sequence[str]) -> None:
    global _EXTRACTOR
    from .pipeline import Extractor

    _EXTRACTOR = Extractor(registries=list(registries))


def _process(job: tuple[Doc, bool]) -> tuple[str, Any, str | None]:
    """``(id, payload, error)``: a JSON line or a list of table rows, or the error message."""
    doc, table = job
    try:
        result = _EXTRACTOR.extract(doc.text)
        if table:
            return doc.id, result_rows(doc.id, doc.text, result), None
        line = json.dumps({"id": doc.id, "result": result.model_dump(mode="json")}, ensure_ascii=False)
        return doc.id, line, None
    except Exception as e:  # a library failure on one document must not stop the run
        return doc.id, None, f"extraction failed: {type(e).__name__}: {e}"


# ---------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------
def _clock(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "--:--"
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


class Progress:
    """Documents done, documents/s and time left on stderr.

    On a terminal one line redrawn with ``\\r``; otherwise a plain line every ``every``
    seconds and one at the end (logs stay readable).
    """

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool = True,
                 every: float = 10.0, width: int = 24) -> None:
        self.total = total
        self.done = 0
        self.skipped = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every
        self.width = width
        self.t0 = time.monotonic()
        self._last = self.t0
        self._drawn = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else math.inf
        pct = self.done / self.total if self.total else 1.0
        bar = "#" * int(pct * self.width)
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"[{bar:<{self.width}}] {self.done}/{self.total} documents{skipped} | "
                f"{rate:.1f} doc/s | elapsed {_clock(elapsed)} | left {_clock(left)}")

    def update(self, n: int = 1, skipped: bool = False) -> None:
        self.done += n
        self.skipped += skipped
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty and (now - self._last >= 0.1 or self.done >= self.total):
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
            self._drawn = True
            self._last = now
        elif not self.tty and now - self._last >= self.every and self.done < self.total:
            self.stream.write(self.line() + "\n")
            self.stream.flush()
            self._last = now

    def message(self, text: str) -> None:
        """A line of its own (a skipped document), above the bar."""
        if self.tty and self._drawn:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.tty and self._drawn:
            self.stream.write(self.line())
        self.stream.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.tty:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------
def done_ids(out: Path) -> set[str]:
    """Ids already in ``out`` (JSONL or CSV); a half-written last JSONL line is cut off."""
    if not out.exists() or out.stat().st_size == 0:
        return set()
    ids: set[str] = set()
    if out.suffix.lower() == ".jsonl":
        data = out.read_bytes()
        if not data.endswith(b"\n"):
            data = data[:data.rfind(b"\n") + 1]
            out.write_bytes(data)
        for line in data.splitlines():
            try:
                row = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            if isinstance(row, dict) and "id" in row:
                ids.add(str(row["id"]))
        return ids
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or "id" not in reader.fieldnames:
            raise BatchError(f"{out}: --resume needs a CSV written by shos-speech batch (no 'id' column)")
        return {row["id"] for row in reader if row.get("id")}


class Writer:
    """Appends documents to the output in the order they are given."""

    def __init__(self, out: Path, append: bool) -> None:
        self.out = out
        self.suffix = out.suffix.lower()
        self.rows: list[dict[str, Any]] = []
        self.fh: IO[str] | None = None
        self.csv: csv.DictWriter | None = None
        if self.suffix == ".parquet":
            return
        exists = append and out.exists() and out.stat().st_size > 0
        out.parent.mkdir(parents=True, exist_ok=True)
        self.fh = out.open("a" if exists else "w", encoding="utf-8", newline="")
        if self.suffix == ".csv":
            self.csv = csv.DictWriter(self.fh, fieldnames=list(COLUMNS))
            if not exists:
                self.csv.writeheader()

    def write(self, payload: Any) -> None:
        if self.suffix == ".parquet":
            self.rows.extend(payload)
        elif self.csv is not None:
            self.csv.writerows(payload)
        else:
            assert self.fh is not None
            self.fh.write(payload + "\n")
        if self.fh is not None:
            self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.suffix == ".parquet":
            write_parquet(self.rows, self.out)


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


def run_batch(inputs: Sequence[str], out: str | Path, *, workers: int = 1, resume: bool = False,
              id_column: str = "id", text_column: str = "text", registries: Sequence[str] = (),
              progress: bool = True, stream: IO[str] | None = None,
              report: Callable[[str], None] | None = None, extractor: Any = None) -> Summary:
    """Process every document of ``inputs`` into ``out``; see the module docstring.

    ``extractor``: an :class:`~shos_speech.Extractor` to reuse when ``workers == 1``
    (otherwise each worker process loads its own). Raises :class:`BatchError` for usage
    problems; bad documents are reported through ``report`` (default: stderr) and skipped.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise BatchError(f"{out}: the output must end in .jsonl, .csv or .parquet")
    if out.exists() and out.is_dir():
        raise BatchError(f"{out}: is a folder, expected an output file")
    if suffix == ".parquet" and not have_pyarrow():
        raise BatchError("writing .parquet needs pyarrow: pip install 'shos_speech[parquet]'")
    if suffix == ".parquet" and resume:
        raise BatchError("--resume works with .jsonl and .csv outputs, not .parquet")
    if workers < 1:
        raise BatchError("--workers must be at least 1")
    for reg in registries:
        if not Path(reg).is_file():
            raise BatchError(f"{reg}: no such registry file")
    sources = open_sources(inputs, id_column, text_column)
    already = done_ids(out) if resume else set()
    stream = stream if stream is not None else sys.stderr
    summary = Summary()
    bar = Progress(sum(s.count() for s in sources), stream=stream, enabled=progress)
    say = report or bar.message

    def skip(bad: Bad) -> None:
        summary.skipped.append(bad)
        say(f"shos-speech: skipped {bad.id}: {bad.reason}")
        bar.update(skipped=True)

    seen: set[str] = set()

    def jobs() -> Iterator[tuple[Doc, bool]]:
        table = suffix in TABLE_SUFFIXES
        for src in sources:
            for item in src.read():
                if isinstance(item, Bad):
                    skip(item)
                elif item.id in already:
                    summary.resumed += 1
                    bar.update()
                elif item.id in seen:
                    skip(Bad(item.id, "duplicate id"))
                else:
                    seen.add(item.id)
                    yield item, table

    writer = Writer(out, append=resume)
    try:
        for doc_id, payload, error in _results(jobs(), workers, registries, extractor):
            if error is not None:
                skip(Bad(doc_id, error))
                continue
            writer.write(payload)
            summary.written += 1
            bar.update()
    finally:
        writer.close()
        bar.close()
    return summary


def _results(jobs: Iterable[tuple[Doc, bool]], workers: int, registries: Sequence[str],
             extractor: Any = None) -> Iterator[tuple[str, Any, str | None]]:
    """Results in input order; with several workers a bounded window of documents is in flight."""
    global _EXTRACTOR
    if workers == 1:
        if extractor is not None and not registries:
            _EXTRACTOR = extractor
        else:
            _init_worker(registries)
        for job in jobs:
            yield _process(job)
        return
    import multiprocessing as mp
    from collections import deque

    pool = mp.get_context().Pool(workers, initializer=_init_worker, initargs=(list(registries),))
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
