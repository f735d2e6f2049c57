"""Counts over a batch output (``.jsonl``, or the long ``.csv`` / ``.parquet``), printed or drawn.

Threat categories, priority areas and initiative stances; threats, priorities and
initiatives by speaker; the most named institutions (documents naming them, mentions).
``--plot`` draws the same as bar charts with matplotlib (the ``[plot]`` extra).
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

NARRATOR = "(narrator)"


class SummaryError(Exception):
    """The input cannot be summarised at all (exit code 2)."""


@dataclass
class Counts:
    """The tallies of one batch output."""

    documents: int = 0
    threat_categories: Counter = field(default_factory=Counter)
    priority_areas: Counter = field(default_factory=Counter)
    initiative_stances: Counter = field(default_factory=Counter)
    by_speaker: dict[str, Counter] = field(default_factory=dict)
    institution_documents: Counter = field(default_factory=Counter)
    institution_mentions: Counter = field(default_factory=Counter)
    bad_lines: list[str] = field(default_factory=list)

    def add(self, kind: str, row: dict[str, Any]) -> None:
        speaker = str(row.get("speaker") or NARRATOR)
        if kind == "threat":
            self.threat_categories[str(row.get("category") or "?")] += 1
        elif kind == "priority":
            self.priority_areas[str(row.get("area") or "?")] += 1
        elif kind == "initiative":
            self.initiative_stances[str(row.get("stance") or "?")] += 1
        else:
            return
        self.by_speaker.setdefault(speaker, Counter())[kind] += 1

    def to_dict(self) -> dict[str, Any]:
        return dict(
            documents=self.documents,
            threat_categories=dict(self.threat_categories.most_common()),
            priority_areas=dict(self.priority_areas.most_common()),
            initiative_stances=dict(self.initiative_stances.most_common()),
            by_speaker={s: dict(c) for s, c in self.speakers()},
            institutions={n: {"documents": d, "mentions": self.institution_mentions[n]}
                          for n, d in self.institution_documents.most_common()},
        )

    def speakers(self) -> list[tuple[str, Counter]]:
        return sorted(self.by_speaker.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))


def _jsonl_rows(path: Path, counts: Counts) -> Iterator[dict[str, Any]]:
    try:
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                result = _result_of(raw)
                if result is None:
                    counts.bad_lines.append(f"{path.name}:{n}")
                    continue
                yield result
    except OSError as e:
        raise SummaryError(f"{path}: cannot read: {e.strerror or e}") from None


def _result_of(raw: bytes) -> dict[str, Any] | None:
    """The ``result`` object of a batch record line, or None for any other line."""
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    result = row.get("result") if isinstance(row, dict) else None
    return result if isinstance(result, dict) else None


def count(path: str | Path) -> Counts:
    """Tally a ``.jsonl`` (batch records) or a long ``.csv`` / ``.parquet`` batch output."""
    path = Path(path)
    try:
        if not path.is_file():
            raise SummaryError(f"{path}: no such file")
    except OSError as e:
        raise SummaryError(f"{path}: {e.strerror or e}") from None
    counts = Counts()
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        for result in _jsonl_rows(path, counts):
            _count_result(counts, result)
    elif suffix in (".csv", ".parquet"):
        _count_table(counts, _csv_rows(path) if suffix == ".csv" else _parquet_rows(path))
    else:
        raise SummaryError(f"{path}: expected a .jsonl, .csv or .parquet written by shos-speech batch")
    return counts


def _objects(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _count_result(counts: Counts, result: dict[str, Any]) -> None:
    counts.documents += 1
    for kind, key in (("threat", "threats"), ("priority", "priorities"), ("initiative", "initiatives")):
        for item in _objects(result.get(key)):
            counts.add(kind, item)
    for inst in _objects(result.get("institutions")):
        counts.institution_documents[str(inst.get("name"))] += 1
        counts.institution_mentions[str(inst.get("name"))] += len(_objects(inst.get("mentions")))


TABLE_COLUMNS = {"id", "type", "name"}


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not TABLE_COLUMNS <= set(reader.fieldnames):
                raise SummaryError(f"{path}: not a table written by shos-speech batch (id, type, name columns)")
            yield from reader
    except UnicodeDecodeError:
        raise SummaryError(f"{path}: not UTF-8 text") from None
    except csv.Error as e:
        raise SummaryError(f"{path}: not CSV ({e})") from None
    except OSError as e:
        raise SummaryError(f"{path}: cannot read: {e.strerror or e}") from None


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SummaryError("reading .parquet needs pyarrow: pip install 'shos_speech[parquet]'") from None
    try:
        table = pq.read_table(path, columns=None)
    except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
        raise SummaryError(f"{path}: not a Parquet file ({e})") from None
    if not TABLE_COLUMNS <= set(table.column_names):
        raise SummaryError(f"{path}: not a table written by shos-speech batch (id, type, name columns)")
    for batch in table.to_batches(max_chunksize=10_000):
        yield from batch.to_pylist()


def _count_table(counts: Counts, rows: Iterator[dict[str, Any]]) -> None:
    docs: set[str] = set()
    named: set[tuple[str, str]] = set()
    for row in rows:
        docs.add(row["id"])
        if row["type"] == "institution":
            counts.institution_mentions[row["name"]] += 1
            if (row["id"], row["name"]) not in named:
                named.add((row["id"], row["name"]))
                counts.institution_documents[row["name"]] += 1
        else:
            counts.add(row["type"], row)
    counts.documents = len(docs)


def _block(title: str, counter: Counter, out: IO[str], top: int | None = None) -> None:
    items = counter.most_common(top)
    out.write(f"\n{title}\n")
    if not items:
        out.write("  (none)\n")
        return
    width = max(len(str(k)) for k, _ in items)
    for k, v in items:
        out.write(f"  {str(k):<{width}}  {v:>6}\n")


def print_summary(counts: Counts, out: IO[str], top: int = 10) -> None:
    """The tallies as plain aligned text."""
    out.write(f"documents: {counts.documents}\n")
    _block("threats by category", counts.threat_categories, out)
    _block("priorities by area", counts.priority_areas, out)
    _block("initiatives by stance", counts.initiative_stances, out)
    out.write("\nby speaker" + (f" (top {top})" if len(counts.by_speaker) > top else "") + "\n")
    speakers = counts.speakers()[:top]
    if not speakers:
        out.write("  (none)\n")
    else:
        width = max(len(s) for s, _ in speakers)
        out.write(f"  {'speaker':<{width}}  {'threats':>8}  {'priorities':>10}  {'initiatives':>11}\n")
        for s, c in speakers:
            out.write(f"  {s:<{width}}  {c['threat']:>8}  {c['priority']:>10}  {c['initiative']:>11}\n")
    out.write(f"\nmost named institutions (top {top})\n")
    named = counts.institution_documents.most_common(top)
    if not named:
        out.write("  (none)\n")
    else:
        width = max(len(str(n)) for n, _ in named)
        out.write(f"  {'institution':<{width}}  {'documents':>9}  {'mentions':>8}\n")
        for n, d in named:
            out.write(f"  {str(n):<{width}}  {d:>9}  {counts.institution_mentions[n]:>8}\n")


def have_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def plot(counts: Counts, out: str | Path, top: int = 10) -> Path:
    """Five bar charts in one PNG (needs matplotlib); ``top`` limits speakers and institutions."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(5, 1, figsize=(10, 22), constrained_layout=True)

    def bars(ax: Any, title: str, counter: Counter, colour: str, n: int | None = None) -> None:
        items = counter.most_common(n)[::-1]
        ax.barh([str(k) for k, _ in items], [v for _, v in items], color=colour)
        ax.set_title(title)
        ax.set_xlabel("count")

    bars(axes[0], "Threats by category", counts.threat_categories, "#c62828")
    bars(axes[1], "Priorities by area", counts.priority_areas, "#2e7d32")
    bars(axes[2], "Initiatives by stance", counts.initiative_stances, "#1565c0")
    speakers = counts.speakers()[:top][::-1]
    names = [s for s, _ in speakers]
    left = [0] * len(names)
    for kind, colour in (("threat", "#c62828"), ("priority", "#2e7d32"), ("initiative", "#1565c0")):
        vals = [c[kind] for _, c in speakers]
        axes[3].barh(names, vals, left=left, color=colour, label=kind)
        left = [a + b for a, b in zip(left, vals, strict=True)]
    axes[3].set_title("By speaker")
    axes[3].set_xlabel("count")
    if names:
        axes[3].legend(loc="lower right")
    bars(axes[4], "Most named institutions (documents)", counts.institution_documents, "#ef6c00", top)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=80)
    plt.close(fig)
    return out
