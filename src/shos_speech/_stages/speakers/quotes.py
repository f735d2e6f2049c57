"""Quoted passages of a text, and where the author of one is named.

Quotes are found once per document, as sorted intervals (:class:`~.intervals.Intervals`), so
asking whether a token stands inside one is a binary search.
"""
from __future__ import annotations

import re

from ..._core.stage import DocContext
from .intervals import Intervals

OPENING = "«“„"
CLOSING = "»”“"
STRAIGHT = '"'
#: a straight quote opens after a space or one of these, before a non-space
OPENS_AFTER = "([—-:"
#: "«...», — заявил Токаев": the author after a dash, up to the end of the clause
_DASH_AFTER = re.compile(r"\s*[,.!?]?\s*[—–-]\s*([^.!?\n]*)")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The contents of the outermost quoted passages, in text order (nesting kept on a stack).

    "“" opens a quote at the top level and closes one inside another ("„...“").
    """
    out = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in OPENING and not (ch == "“" and stack):
            stack.append(i)
        elif ch in CLOSING and stack:
            _close(stack, i, out)
        elif ch == STRAIGHT:
            if _opens(text, i):
                stack.append(i)
            elif stack:
                _close(stack, i, out)
    return out


def _opens(text: str, i: int) -> bool:
    """Does the straight quote at ``i`` open (after a space or bracket, before a word)?"""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in OPENS_AFTER) and not nxt.isspace()


def _close(stack: list[int], i: int, out: list[tuple[int, int]]) -> None:
    start = stack.pop()
    if not stack:
        out.append((start + 1, i))


def document_quotes(ctx: DocContext) -> Intervals:
    """The quotes of the context's text, found once per call (``ctx.cache("speakers")``)."""
    cache = ctx.cache("speakers")
    if "quotes" not in cache:
        cache["quotes"] = Intervals(quote_spans(ctx.text))
    return cache["quotes"]


def author_region(text: str, qa: int, qb: int) -> tuple[int, int] | None:
    """Where the author of the quote ``[qa, qb)`` is named: after it, past a dash
    ("», — заявил Токаев"), or before it, in the clause ending in a colon ("Токаев заявил: «").
    """
    after = _DASH_AFTER.match(text, qb + 1, min(len(text), qb + 160))
    if after:
        return after.start(1), after.end(1)
    before_start = max(0, qa - 200)
    seg = text[before_start:qa - 1]
    colon = seg.rfind(":")
    if colon >= 0 and colon >= len(seg) - 3:
        sent_start = max(seg.rfind(". ", 0, colon), seg.rfind("\n", 0, colon))  # "заявил:\n\n«...»" too
        return before_start + sent_start + 1, before_start + colon
    return None
