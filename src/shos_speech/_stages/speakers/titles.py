"""A person's title from the words before the name: "Президент Казахстана Касым-Жомарт Токаев"."""
from __future__ import annotations

from ..._core.countries import find_country
from ..._core.tokens import fold
from ...normalize import nominative
from .grammar import Grammar
from .intervals import Intervals

#: how far before a name its title may begin (tokens)
TITLE_REACH = 11
#: how far before a name a title decides the name's case (tokens)
CASE_REACH = 8


def _breaks(tok) -> bool:
    """Punctuation other than a hyphen ends a title."""
    return tok.is_punct and tok.value != "-"


def title_case(before: list, grammar: Grammar) -> str | None:
    """"посол Японии Такаси Накамура": a name in apposition takes its title's case.

    ``"nomn"`` when the nearest title word can only be a nominative (or an accusative that
    does not end like a feminine one), else None: the name's own readings decide.
    """
    for t in reversed(before[-CASE_REACH:]):
        if grammar.is_title(t):
            cases = t.cases()
            nominative_only = cases == {"nomn"} or cases == {"nomn", "accs"} and t.value[-1:] not in "аяу"
            return "nomn" if nominative_only else None
        if _breaks(t):
            return None
    return None


def _title_start(before: list, people: Intervals, grammar: Grammar) -> int | None:
    """The index of the first word of the title in ``before``, or None.

    Walking back from the name: title words and the words between them ("Президент
    Казахстана") belong to it; "и" or another person's name ("секретарь ШОС Владимир Норов
    и руководитель ...") ends it, as does punctuation.
    """
    idx = None
    for i in range(len(before) - 1, max(-1, len(before) - 1 - TITLE_REACH), -1):
        t = before[i]
        if fold(t.value) == "и" or people.covers(t.span.start):
            break
        if grammar.is_title(t):
            idx = i
        elif idx is not None and not t.is_word:
            break
        elif _breaks(t):
            break
    return idx


def title_of(text: str, before: list, people: Intervals, grammar: Grammar) -> tuple[str | None, str | None]:
    """The title (in the nominative) and country of the person whose name follows ``before``."""
    idx = _title_start(before, people, grammar)
    if idx is None:
        return None, None
    # a capitalized adjective before the title word belongs to it ("Первый Президент")
    while idx > 0 and before[idx - 1].is_cap and before[idx - 1].has("ADJF"):
        idx -= 1
    toks = before[idx:]
    return nominative(text, toks), find_country(toks)
