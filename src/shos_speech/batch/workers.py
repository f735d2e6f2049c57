"""Worker processes: one Extractor per process, loaded once; Ctrl-C and kill stop them quietly."""
from __future__ import annotations

import signal
from collections.abc import Mapping
from typing import Any

from ..frame import item_rows
from .inputs import TABLE_SUFFIXES, Doc
from .table import csv_bytes

_EXTRACTOR: Any = None


def use(extractor: Any) -> None:
    """The Extractor ``_process`` runs in this process (a run without workers hands in its own)."""
    global _EXTRACTOR
    _EXTRACTOR = extractor


def _init_worker(options: Mapping[str, Any]) -> None:
    global _EXTRACTOR
    # the parent decides when to stop: Ctrl-C reaches it, and it ends the workers; a plain
    # SIGTERM (from the parent's pool.terminate() or a kill) ends a worker without a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from .. import Extractor

    _EXTRACTOR = Extractor(**options)


def _process(job: tuple[Doc, str]) -> tuple[str, Any, str | None]:
    """``(id, payload, error)``: the bytes of a JSONL line or a list of table rows, or the error message."""
    doc, suffix = job
    try:
        result = _EXTRACTOR.extract(doc.text)
        if suffix in TABLE_SUFFIXES:
            rows = item_rows(result, doc.id, doc.text)
            return doc.id, (csv_bytes(rows) if suffix == ".csv" else rows), None
        from ..models import BatchRecord

        return doc.id, (BatchRecord.of(doc.id, result).model_dump_json() + "\n").encode("utf-8"), None
    except Exception as e:  # a library failure on one document must not stop the run
        return doc.id, None, f"extraction failed: {type(e).__name__}: {e}"
