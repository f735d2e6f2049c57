"""Quotes inside a threat: a quote opened inside the span is closed inside it.

"сценарии так называемых «цветных революций»": the name ends inside the quotes, the span
with them. Quotes that enclose the whole phrase stay outside it ("«три зла»" is "три зла").
"""
from __future__ import annotations

from dataclasses import replace

from .analysis import Candidate, Scope

_OPEN = frozenset("«“„")
_CLOSE = frozenset("»”“")
_STRAIGHT = '"'


def with_quotes(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each span closing the quote it opens."""
    return [_quoted(scope, c) for c in cands]


def _quoted(scope: Scope, c: Candidate) -> Candidate:
    first = scope.index.get(c.start)
    if first is None:
        return c
    tokens = scope.tokens
    last = next((k for k in range(first, len(tokens)) if tokens[k].span.stop >= c.stop), None)
    if last is None:
        return c
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    closes = nxt is not None and (nxt.value in _CLOSE or nxt.value == _STRAIGHT) and nxt.span.start == c.stop
    if closes and _open_quotes(tokens[first:last + 1]) > 0:
        return replace(c, stop=nxt.span.stop)
    return c


def _open_quotes(toks: list) -> int:
    """Quotes opened and not closed within ``toks`` (straight quotes alternate)."""
    depth, straight = 0, 0
    for t in toks:
        if t.value in _OPEN and not (t.value == "“" and depth > 0):
            depth += 1
        elif t.value in _CLOSE and depth > 0:
            depth -= 1
        elif t.value == _STRAIGHT:
            straight ^= 1
    return depth + straight
