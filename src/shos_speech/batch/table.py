"""The long table of a batch (one row per item) and the writers of each output format."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO, Any

from ..frame import COLUMNS, item_rows
from .inputs import BatchError


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
