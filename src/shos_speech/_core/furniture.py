"""Page furniture: the parts of a crawled page that are not the statement's text (ONTOLOGY §6).

The headline, the lead, the body and "Напомним" paragraphs are text. The rubric word, the
timestamp, the dateline ("АСТАНА, 4 июля. /Kazinform/ –"), photo captions and credits,
"Читайте также" links, subscribe and share lines, tag lists and navigation are furniture:
they hold no Threat, Priority or Initiative and no span enters them. :func:`furniture_spans`
finds them line by line; the Analyzer builds sentences only from the rest.
"""
from __future__ import annotations

import re
from functools import cache

from .document import line_spans
from .lexicon import section_lines, words
from .tokens import fold

_TIME = r"\d{1,2}:\d{2}(?:\s*\([^)\n]{0,40}\))?"
_PLACE = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+(?:[ \-][A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+){0,2}"
#: the agency after a dateline: "/Kazinform/", "(БЕЛТА)", "«Азия-Плюс»", "— Sputnik.", "Trend:"
_DATELINE_SOURCE = re.compile(r"(?:/[^/\n]{1,40}/\.?|\([^)\n]{1,40}\)\.?|«[^»\n]{1,40}»|[—–-]\s*[^.\n—–-]{1,40}\.(?=\s)"
                              r"|[A-Za-zА-Яа-яЁё][\w .\-]{0,30}:(?=\s|$))\s*")
_DASH_END = re.compile(r"[—–-]\s*")


@cache
def _date() -> str:
    """A date: "4 июля", "10 янв", "15 июня 2025 года", "04.07.2024" (month stems from the data file)."""
    month = "(?:" + "|".join(sorted(section_lines("furniture", "month_stems"), key=len, reverse=True)) + r")[а-яё]*\.?"
    return rf"(?:\d{{1,2}}\s+{month}(?:\s+\d{{4}}(?:\s+г(?:ода|\.)?)?)?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})"


@cache
def _timestamp() -> re.Pattern:
    """A line that is only a date and/or time, maybe after a rubric ("Экономика | 26 июня 2025, 15:40")."""
    return re.compile(rf"^(?:[^\d|\n]{{1,30}}\|\s*)?(?:{_date()}[,\s|]*)?(?:{_TIME}[,\s|]*)*"
                      rf"(?:\(обновлено:?\s*{_TIME}\))?$", re.IGNORECASE)


@cache
def _place_date() -> re.Pattern:
    """"(Минск, 23 ноября 2023 года)", "Астана, 15 июня 2025 года": a place-and-date line."""
    return re.compile(rf"^\(?[A-ZА-ЯЁ][\w\- ]{{1,30}},\s*{_date()}(?:\s+года)?\)?\.?$")


@cache
def _dateline_head() -> re.Pattern:
    """The head of a dateline: place, maybe a region, maybe a date ("АСТАНА, 4 июля.", "Шуша, Азербайджан, 6 июля.")."""
    return re.compile(rf"^{_PLACE}(?:[,.]\s*{_PLACE})?(?:[,.]\s*({_date()}))?\s*\.?\s*", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?…:;»\"”]\s*$")
_BREADCRUMB = re.compile(r"^[^\n/›»|]{1,30}(?:\s*[/›»|]\s*[^\n/›»|]{1,30})+$")


@cache
def _prefixes(section: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in section_lines("furniture", section))


def _starts_with(line: str, section: str) -> bool:
    low = fold(line)
    return any(low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum() or p in ("©", "*"))
               for p in _prefixes(section))


def _is_photo(line: str) -> bool:
    return _starts_with(line, "photo")


def _line_kind(line: str, k: int, text_seen: bool) -> str | None:
    """What furniture a line is (``None``: text). ``k`` counts the page's non-empty lines so far."""
    s = line.strip()
    if not s:
        return None
    if _starts_with(s, "see_also") or _starts_with(s, "subscribe") or _starts_with(s, "meta"):
        return "link"
    if _is_photo(s):
        return "photo"
    if fold(s) in _prefixes("navigation") or (k < 3 and _BREADCRUMB.match(s) and len(s.split()) <= 6):
        return "navigation"
    if _timestamp().match(s) and re.search(r"\d", s):
        return "timestamp"
    if _place_date().match(s):
        return "dateline"
    if k < 2 and not text_seen and _is_rubric(s):
        return "rubric"
    return None


def _is_rubric(s: str) -> bool:
    """"ПОЛИТИКА", "В мире": one to three words with no digits and no sentence mark, atop the page;
    not a person's name in title case ("Мария Захарова", the byline of a post or a column)."""
    return len(s.split()) <= 3 and not re.search(r"[\d.!?,:;«»\"]", s) and not _person_name(s)


def _person_name(s: str) -> bool:
    """Two or three words in title case, the last ending as a surname does ("Мария Захарова")."""
    ws = s.split()
    return len(ws) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in ws) \
        and fold(ws[-1]).endswith(tuple(words("speakers", "surname_endings")))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the furniture of ``text``: whole lines, and datelines at a paragraph's head."""
    lines = line_spans(text)
    kinds: list[str | None] = []
    lead_before: list[bool] = []  # has a line of text with a sentence end come before this one?
    k, text_seen = 0, False
    for start, stop in lines:
        line = text[start:stop]
        lead_before.append(text_seen)
        kind = _line_kind(line, k, text_seen)
        kinds.append(kind)
        if line.strip():
            k += 1
            text_seen = text_seen or (kind is None and bool(_SENTENCE_END.search(line)))
    out = []
    for n, (start, stop) in enumerate(lines):
        if kinds[n] is None and lead_before[n] and _caption(text, lines, kinds, n):
            kinds[n] = "caption"
        if kinds[n] is not None:
            out.append((start, stop))
        elif (m := _dateline(text[start:stop])) is not None:
            out.append((start, start + m))
    return out


def _caption(text: str, lines: list, kinds: list, n: int) -> bool:
    """A short line with no sentence end next to a photo credit (after the lead): the photo's caption."""
    a, b = lines[n]
    s = text[a:b].strip()
    if not s or _SENTENCE_END.search(s) or len(s.split()) > 14:
        return False
    return any(kinds[j] == "photo" for j in _non_empty_around(text, lines, n))


def _non_empty_around(text: str, lines: list, n: int) -> list[int]:
    """The nearest non-empty line before and after line ``n``."""
    out = []
    for step in (-1, 1):
        j = n + step
        while 0 <= j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
            j += step
        if 0 <= j < len(lines):
            out.append(j)
    return out


def _dateline(line: str) -> int | None:
    """Length of the dateline at the head of a paragraph ("АСТАНА, 4 июля. /Kazinform/ – "), if any."""
    head = _dateline_head().match(line)
    if head is None:
        return None
    end = head.end()
    source = _DATELINE_SOURCE.match(line, end)
    if source is not None:
        end = source.end()
    dash = _DASH_END.match(line, end)
    if dash is not None:
        end = dash.end()
    place_upper = line[:head.end()].split(",")[0].split(".")[0].strip().isupper()
    if not (head.group(1) or (place_upper and source is not None)):
        return None
    closed = dash is not None or source is not None or line[:end].rstrip().endswith((".", ":"))
    if not closed and end < len(line.rstrip()):
        return None
    return end

