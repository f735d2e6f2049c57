"""Character intervals asked about by binary search: O(log n) per offset instead of a scan.

The stage asks, for every token, person and quote, whether an offset lies in a quote, a
name or an institution's mention; with hundreds of each in a long transcript a scan per
question made the stage quadratic.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

V = TypeVar("V")


class Intervals:
    """Half-open intervals ``[a, b)`` in any order, overlapping or not.

    Sorted by start, with the running maximum of the stops: of the intervals that start at
    or before ``x``, one reaches past ``x`` exactly when the farthest does.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self._starts = [a for a, _b in ordered]
        self._reach = list(accumulate((b for _a, b in ordered), max))

    def __len__(self) -> int:
        return len(self.spans)

    def _reach_before(self, k: int) -> int | None:
        return self._reach[k - 1] if k else None

    def covers(self, x: int) -> bool:
        """Does an interval hold the offset ``x`` (``a <= x < b``)?"""
        reach = self._reach_before(bisect_right(self._starts, x))
        return reach is not None and reach > x

    def contains(self, a: int, b: int) -> bool:
        """Does an interval hold the whole span ``[a, b)`` (``qa <= a and b <= qb``)?"""
        reach = self._reach_before(bisect_right(self._starts, a))
        return reach is not None and reach >= b

    def reach(self, x: int) -> int | None:
        """Where the intervals that hold ``x`` end, the farthest of them; None if none does."""
        reach = self._reach_before(bisect_right(self._starts, x))
        return reach if reach is not None and reach > x else None

    def overlaps(self, a: int, b: int) -> bool:
        """Does an interval share a character with ``[a, b)`` (``qa < b and a < qb``)?"""
        reach = self._reach_before(bisect_left(self._starts, b))
        return reach is not None and reach > a


class FirstWins(Generic[V]):
    """Labelled intervals where an offset takes the label of the first interval, in sorted
    order, that holds it: cut once into disjoint pieces, then found by binary search."""

    def __init__(self, labelled: Iterable[tuple[int, int, V]]) -> None:
        self._starts: list[int] = []
        self._stops: list[int] = []
        self._labels: list[V] = []
        reach: int | None = None
        for a, b, label in sorted(labelled):  # type: ignore[type-var]
            lo = a if reach is None else max(a, reach)  # what earlier intervals hold stays theirs
            if lo < b:
                self._starts.append(lo)
                self._stops.append(b)
                self._labels.append(label)
            reach = b if reach is None else max(reach, b)

    def find(self, offset: int) -> tuple[bool, V | None]:
        """(whether an interval holds ``offset``, its label)."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self._stops[k]:
            return True, self._labels[k]
        return False, None


def tokens_within(tokens: Sequence, a: int, b: int) -> list:
    """The tokens of a sentence (in text order) that lie inside ``[a, b)``: one run of them."""
    out = []
    for t in tokens[bisect_left(tokens, a, key=lambda t: t.span.start):]:
        if t.span.stop > b:
            break
        out.append(t)
    return out


def tokens_before(tokens: Sequence, offset: int) -> list:
    """The tokens of a sentence that end at or before ``offset``."""
    return list(tokens[:bisect_right(tokens, offset, key=lambda t: t.span.stop)])
