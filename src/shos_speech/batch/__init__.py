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
from ..frame import COLUMNS
from .inputs import BatchError, Doc, Source, open_sources
from .progress import Progress
from .resume import done_ids, find_record, resume_state
from .run import run_batch
from .table import csv_bytes, result_rows

__all__ = ["COLUMNS", "BatchError", "Doc", "Progress", "Source", "csv_bytes", "done_ids", "find_record",
           "open_sources", "result_rows", "resume_state", "run_batch"]
