"""shos_speech on Dask: extract over a ``dask.bag`` or a dataframe, partition by partition.

Each worker process builds one :class:`~shos_speech.Extractor` (models load once per
process, on first use) and reuses it for every partition it runs. Install with
``pip install 'shos_speech[dask]'``.

    >>> import dask.bag as db                                  # doctest: +SKIP
    >>> from shos_speech.dask import extract_bag
    >>> results = extract_bag(db.from_sequence(texts, npartitions=8)).compute()

On a real cluster, the same code runs against ``distributed.Client("scheduler:8786")``;
Spark users can wrap :func:`extract_records` in a pandas UDF the same way (see
``docs/scaling.md``).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable

from .extractor import Extractor

_LOCAL = threading.local()


def worker_extractor() -> Extractor:
    """The Extractor of this worker (one per process and thread, built on first use)."""
    ex = getattr(_LOCAL, "extractor", None)
    if ex is None:
        ex = _LOCAL.extractor = Extractor()
    return ex


def extract_records(texts: Iterable[str]) -> list[dict]:
    """Results of ``texts`` as JSON-ready dicts (the contract), in order."""
    ex = worker_extractor()
    return [ex.extract(t).model_dump(mode="json") for t in texts]


def extract_bag(bag):
    """A bag of texts -> a bag of result dicts (``Result.model_dump(mode="json")``)."""
    return bag.map_partitions(extract_records)


def extract_dataframe(df, text_column: str = "text", result_column: str = "result"):
    """A dask dataframe with a text column -> the same with a column of result dicts."""
    import pandas as pd

    def part(pdf: pd.DataFrame) -> pd.DataFrame:
        out = pdf.copy()
        out[result_column] = extract_records(pdf[text_column].tolist())
        return out

    meta = df._meta.assign(**{result_column: pd.Series(dtype=object)})
    return df.map_partitions(part, meta=meta)
