"""Clauses inside a sentence that a cue's phrase is found across: parentheses and relative clauses.

", по его словам," and ", как отметил президент," stand between a cue and its phrase, or
inside a cue ("Главными, по мнению Нью-Дели, направлениями"); a relative clause on a cue noun
stands between the cue and the verb that links it ("Второе направление, которому мы придаем
первостепенное значение, – X"), and a cue inside a relative clause on a generic head marks what
follows the clause ("направления, которым Минск намерен уделить повышенное внимание, — это X").
"""
from __future__ import annotations

from .features import verbal
from .lexicon import heads, vocabulary

#: the longest relative clause looked across
MAX_RELATIVE = 16


def parenthesis_end(toks: list, k: int) -> int | None:
    """Index after ", по его словам," / ", как отметил президент," / ", на мой взгляд," starting at
    the comma ``k``."""
    for e in range(k + 1, min(len(toks), k + 8)):
        if toks[e].value == ",":
            seg = toks[k + 1:e]
            lemmas = frozenset().union(*[t.lemmas for t in seg])
            words = vocabulary()
            written = tuple(t.value.lower() for t in seg)
            if (((lemmas & {"по", "на"}) and lemmas & words.parenthetical_nouns) or "как" in lemmas
                    or lemmas & words.parenthetical_verbs or written in words.filler_phrases
                    or (len(seg) == 1 and lemmas & words.parenthetical_words)):
                return e + 1  # (", в частности,")
            return None
    return None


def parenthesis_before(toks: list, e: int) -> int | None:
    """Index of the comma that opens a parenthesis closed by the comma at ``e`` (", по его словам,"
    read backwards from its end), or None."""
    for k in range(e - 1, max(-1, e - 8), -1):
        if toks[k].value == ",":
            return k if parenthesis_end(toks, k) == e + 1 else None
    return None


def relative_start(toks: list, k: int) -> bool:
    """Does a relative clause open after the comma at ``k`` ("которому", "на которое")?"""
    j = k + 1
    if j < len(toks) and toks[j].has_any("PREP"):
        j += 1
    return j < len(toks) and "который" in toks[j].lemmas


def relative_end(toks: list, k: int) -> int | None:
    """Index after a relative clause set off by commas, starting at the comma ``k``; None when none
    opens there or it does not close within the sentence."""
    if not relative_start(toks, k):
        return None
    for e in range(k + 2, min(len(toks), k + MAX_RELATIVE)):
        if toks[e].value == ",":
            return e + 1
        if toks[e].value in ".;:!?()«»\"":
            return None
    return None


def enclosing_relative(toks: list, i: int) -> tuple[int, int] | None:
    """The relative clause a cue at ``i`` stands in, as (index of the comma that opens it, index
    after the comma that closes it), when it hangs on a generic head ("направления, которым ...
    уделить внимание,"); None otherwise."""
    for c in range(i - 1, max(-1, i - MAX_RELATIVE), -1):
        v = toks[c].value
        if v == ",":
            if not relative_start(toks, c) or c == 0 or not toks[c - 1].lemmas & heads().generic:
                return None
            end = relative_end(toks, c)
            return (c, end) if end is not None and end > i else None
        if v in ".;:!?()«»\"":
            return None
    return None


def clause_after_colon(toks: list, k: int) -> bool:
    """Is what follows the colon at ``k - 1`` a clause of its own (a finite verb before the sentence or
    a relative clause ends: "повестка: обмеление рек и изменение климата требуют действий")?"""
    for j in range(k, len(toks)):
        if toks[j].value in ";.!?" or (toks[j].value == "," and relative_start(toks, j)):
            return False
        if verbal(toks[j]):
            return True
    return False
