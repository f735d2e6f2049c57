"""A list laid out on lines: bullets ("- X;", "• X", "2) X") and item numbers the sentence
splitter cut off ("Приоритеты председательства\n1." at the end of the heading's sentence, "1." as a
sentence of its own).
"""
from __future__ import annotations

from .phrases import Phrase, Sent

#: the signs of a bulleted line besides dashes
BULLETS = frozenset("•*·▪●◦")
#: the highest item number of a list numbered inside a line ("1) X; 2) Y")
MAX_NUMBER = 20


def number_alone(s: Sent) -> int | None:
    """The number of a sentence that is an item's number alone ("1.", "2)"): the sentence splitter cut a
    numbered line after its number ("Приоритеты ОДКБ на 2026 год\n\n1." "Укрепление ..."), or None."""
    toks = s.toks
    if len(toks) == 2 and toks[0].is_int and toks[1].value in ".)" and 0 < int(toks[0].value) <= MAX_NUMBER:
        return int(toks[0].value)
    return None


def sentence_bullet(s: Sent) -> tuple[int | None, int] | None:
    """(rank, where the item starts) of the bullet that opens a sentence on a line of its own, or of
    the number that opens it inside a line ("являются: 1) X; 2) Y": the splitter cut at ";")."""
    toks = s.toks
    if len(toks) > 2 and toks[0].is_int and toks[1].value == ")" and int(toks[0].value) <= MAX_NUMBER:
        return int(toks[0].value), 2
    if not toks or s.text[:toks[0].start].rstrip(" \t")[-1:] not in ("\n", ""):
        return None
    return bullet_at(s, 0, line=False)


def trailing_number(s: Sent) -> int | None:
    """"Приоритетными задачами определены:\n1.", "Приоритеты председательства\n1.": the number of the
    first item, which the sentence splitter left at the end of the cue's sentence (after its colon, or
    on a line of its own after a heading); None when the sentence does not end so."""
    words = [t for t in s.toks if t.value.strip()]
    if not (len(words) >= 3 and words[-1].value in ".)" and words[-2].is_int):
        return None
    if words[-3].value == ":" or "\n" in s.text[words[-3].stop:words[-2].start]:
        return int(words[-2].value)  # (or a heading's line: "Приоритеты председательства\n1.")
    return None


def bulleted(s: Sent, ph: Phrase) -> bool:
    """Is the item the line of a bullet ("- X", "2) X")?"""
    return any(bullet_at(s, k) == (ph.rank, ph.start) for k in range(max(0, ph.start - 3), ph.start))


def bullet_at(s: Sent, k: int, line: bool = True) -> tuple[int | None, int] | None:
    """(rank, where the item starts) of a bullet that opens a line at ``k``: a dash or a bullet sign
    (no rank), a number or a letter and ")" or "." ("2)": rank 2); None for no bullet. Without
    ``line`` the caller knows the line begins there (a sentence's first token)."""
    toks = s.toks
    while k < len(toks) and not toks[k].value.strip():
        k += 1  # the line break itself
    if k >= len(toks) or (line and not _line_start(s, k)):
        return None
    t = toks[k]
    if t.is_dash or t.value in BULLETS:
        return None, k + 1
    if k + 1 < len(toks) and toks[k + 1].value in (")", ".") and (t.is_int or (t.is_word and len(t.value) == 1)):
        return (int(t.value) if t.is_int else None), k + 2
    return None


def _line_start(s: Sent, k: int) -> bool:
    """Does token ``k`` open a line (a newline between it and the token before)?"""
    if k == 0:
        return False
    before = s.toks[k - 1]
    return "\n" in before.value or "\n" in s.text[before.stop:s.toks[k].start]
