"""The long table: one row per extracted item, as dicts or as a pandas DataFrame.

This is what ``shos-speech batch -o items.csv`` writes and what pandas users analyse:
one row per Priority, Threat and Initiative, and one per mention of an Institution or a
Speaker, with the item's attributes, its span and (when the text is given) the
sentence around it. ``item_rows`` needs nothing beyond the library; ``to_frame`` needs
pandas (``pip install 'shos_speech[pandas]'``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .models import Result
from .textprep import replace_surrogates

if TYPE_CHECKING:
    import pandas

#: Columns of the long table, in order.
COLUMNS: tuple[str, ...] = (
    "id", "type", "name", "category", "area", "kind", "stance", "rank", "cue", "proposer", "target",
    "speaker", "acronym", "parent", "country", "title", "start", "end", "text", "sentence",
)
#: Columns holding integers (nullable: ``rank`` is often empty).
INT_COLUMNS: tuple[str, ...] = ("rank", "start", "end")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence ``(start, stop)`` offsets by razdel (natasha's segmenter; no NER, cheap)."""
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def _sentence(text: str, bounds: list[tuple[int, int]], start: int, end: int) -> str:
    first = next((a for a, b in bounds if a <= start < b), start)
    last = next((b for a, b in bounds if a < end <= b), end)
    return replace_surrogates(text[min(first, start):max(last, end)])


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


def item_rows(result: Result, doc_id: Any = None, text: str | None = None) -> list[dict[str, Any]]:
    """One row per item (per mention for institutions and speakers), sorted by position.

    ``sentence`` is filled when ``text`` (the document the Result came from) is given.
    """
    bounds = sentence_bounds(text) if text is not None else []
    rows: list[dict[str, Any]] = []

    def add(item_type: str, span: Any, **fields: Any) -> None:
        row = dict.fromkeys(COLUMNS)
        row.update(id=doc_id, type=item_type, start=span.start, end=span.end, text=span.text,
                   sentence=None if text is None else _sentence(text, bounds, span.start, span.end))
        row.update({k: _enum(v) for k, v in fields.items()})
        rows.append(row)

    for p in result.priorities:
        add("priority", p.span, name=p.name, area=p.area, rank=p.rank, cue=p.cue, speaker=p.speaker)
    for t in result.threats:
        add("threat", t.span, name=t.name, category=t.category, speaker=t.speaker)
    for i in result.initiatives:
        add("initiative", i.span, name=i.name, kind=i.kind, stance=i.stance, proposer=i.proposer,
            target=i.target, speaker=i.speaker)
    for inst in result.institutions:
        for m in inst.mentions:
            add("institution", m, name=inst.name, kind=inst.kind, acronym=inst.acronym, parent=inst.parent,
                country=inst.country)
    for s in result.speakers:
        for m in s.mentions:
            add("speaker", m, name=s.name, title=s.title, country=s.country)
    rows.sort(key=lambda r: (r["start"], -r["end"]))
    return rows


def to_frame(results: Result | Iterable[Result], ids: Iterable[Any] | None = None,
             texts: Iterable[str] | None = None) -> pandas.DataFrame:
    """The long table of ``results`` as a DataFrame with :data:`COLUMNS`.

    ``ids`` name the documents (default: their positions 0, 1, ...); ``texts``, the
    documents themselves, fill the ``sentence`` column. A document with no item has no
    row, as in the CSV that ``shos-speech batch`` writes.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_frame needs pandas: pip install 'shos_speech[pandas]'") from None
    results = [results] if isinstance(results, Result) else list(results)
    ids = list(range(len(results))) if ids is None else list(ids)
    texts = [None] * len(results) if texts is None else list(texts)
    if not len(ids) == len(texts) == len(results):
        raise ValueError(f"{len(results)} results, {len(ids)} ids and {len(texts)} texts: one each expected")
    rows = [row for r, i, t in zip(results, ids, texts, strict=True) for row in item_rows(r, i, t)]
    df = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    # the same dtypes whatever the rows hold: nullable integers and strings (ids as given)
    dtypes = {c: "Int64" if c in INT_COLUMNS else "string" for c in COLUMNS if c != "id"}
    return df.astype(dtypes)
