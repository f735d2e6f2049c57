"""Preparing raw input for analysis while keeping every offset traceable.

Crawled text carries characters that break tokenization without carrying meaning: soft
hyphens and zero-width characters inside words ("сотруд\\u00adничество"), no-break and
other exotic spaces, control characters, and, for web pages, the HTML itself. Text that
came through a JSON ``\\ud800`` escape or ``surrogateescape`` decoding may also hold lone
surrogates, which no encoder accepts (pymorphy3, pydantic's JSON, a UTF-8 file all fail
on them). The analysis runs on a *prepared* text; ``mapping[i]`` is the index in the
original input of the prepared character ``i``, so spans found in the prepared text are
mapped back and point into the input as given.

Replacements that keep the length (surrogates, controls, spaces) keep every offset. The
mapping is ``None`` when nothing but lone surrogates had to change: offsets in the
prepared text are then offsets in the input, and its text (U+FFFD where the input has a
surrogate) is what a span shows, since a surrogate cannot be serialised.
"""
from __future__ import annotations

import html
import re
from array import array

#: removed: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks and embeddings
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"
                  "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: replaced by a plain space (same length): no-break and typographic spaces
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>|&#?\w+;", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(p|div|br|li|h[1-6]|tr|td|section|article|blockquote)\b", re.IGNORECASE)

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
#: one-for-one replacements: C0/C1 controls become a space (they separate, never join, words),
#: vertical tab, form feed, file/group/record separators, NEL and the Unicode line and
#: paragraph separators end a line like "\n"; exotic spaces become a plain space
_SAME_LENGTH = {
    **{c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0x85), *range(0x86, 0xA0)]},
    **{c: "\n" for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)},
    **{ord(c): " " for c in _SPACES},
}
_HAS_DROP = re.compile("[" + "".join(sorted(_DROP)) + "]")
_NEEDS_ONE_FOR_ONE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SAME_LENGTH)) + "\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD: same length, and encodable as UTF-8."""
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text


def _one_for_one(text: str) -> str:
    if not _NEEDS_ONE_FOR_ONE.search(text):
        return text
    return replace_surrogates(text).translate(_SAME_LENGTH)


def prepare_text(text: str, strip_html: bool = False) -> tuple[str, array | None]:
    """The text to analyse and its offset map (``None`` when only lone surrogates changed)."""
    valid = replace_surrogates(text)
    text = _one_for_one(valid)  # same length: offsets into it are offsets into the input
    if not strip_html and not _HAS_DROP.search(text):
        if text == valid:
            return text, None
        return text, array("q", range(len(text) + 1))  # spans must show the input's characters
    out: list[str] = []
    mapping = array("q")
    if strip_html:
        pos = 0
        for m in _TAG.finditer(text):
            _copy(text, pos, m.start(), out, mapping)
            _tag(m, out, mapping)
            pos = m.end()
        _copy(text, pos, len(text), out, mapping)
    else:
        _copy(text, 0, len(text), out, mapping)
    mapping.append(len(text))
    return "".join(out), mapping


def _tag(m: re.Match, out: list[str], mapping: array) -> None:
    """One tag, comment, script or entity of a page, as the prepared text shows it."""
    piece = m.group(0)
    if piece.startswith("&"):
        for ch in _one_for_one(html.unescape(piece)):  # "&#0;" or "&#xd800;" decode to what the input cannot hold
            if ch not in _DROP:
                out.append(ch)
                mapping.append(m.start())
    elif _BLOCK_TAGS.match(piece):
        out.append("\n")  # a paragraph or line break ends a sentence
        mapping.append(m.start())
    else:
        out.append(" ")  # an inline tag still separates words
        mapping.append(m.start())


def _copy(text: str, start: int, stop: int, out: list[str], mapping: array) -> None:
    for i in range(start, stop):
        ch = text[i]
        if ch in _DROP:
            continue
        out.append(ch)
        mapping.append(i)
