"""Preparing raw input for analysis while keeping every offset traceable.

Crawled text carries characters that break tokenization without carrying meaning: soft
hyphens and zero-width characters inside words ("сотруд\\u00adничество"), no-break and
other exotic spaces, and, for web pages, the HTML itself. The analysis runs on a
*prepared* text; ``mapping[i]`` is the index in the original input of the prepared
character ``i``, so spans found in the prepared text are mapped back and
``span.text == original[start:end]`` still holds.
"""
from __future__ import annotations

import html
import re
from array import array

#: removed: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f")
#: replaced by a plain space (same length): no-break and typographic spaces
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>|&#?\w+;", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(p|div|br|li|h[1-6]|tr|td|section|article|blockquote)\b", re.IGNORECASE)


def prepare_text(text: str, strip_html: bool = False) -> tuple[str, array | None]:
    """The text to analyse and its offset map (``None`` when nothing had to change)."""
    if not strip_html and not any(ch in _DROP or ch in _SPACES for ch in text):
        return text, None
    out: list[str] = []
    mapping = array("q")
    if strip_html:
        pos = 0
        for m in _TAG.finditer(text):
            _copy(text, pos, m.start(), out, mapping)
            piece = m.group(0)
            if piece.startswith("&"):
                decoded = html.unescape(piece)
                for ch in decoded:
                    if ch in _DROP:
                        continue
                    out.append(" " if ch in _SPACES else ch)
                    mapping.append(m.start())
            elif _BLOCK_TAGS.match(piece):
                out.append("\n")  # a paragraph or line break ends a sentence
                mapping.append(m.start())
            else:
                out.append(" ")  # an inline tag still separates words
                mapping.append(m.start())
            pos = m.end()
        _copy(text, pos, len(text), out, mapping)
    else:
        _copy(text, 0, len(text), out, mapping)
    mapping.append(len(text))
    return "".join(out), mapping


def _copy(text: str, start: int, stop: int, out: list[str], mapping: array) -> None:
    for i in range(start, stop):
        ch = text[i]
        if ch in _DROP:
            continue
        out.append(" " if ch in _SPACES else ch)
        mapping.append(i)
