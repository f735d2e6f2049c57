"""Coordination inside a phrase: which "и" joins heads of their own, and where a list goes on.

"развитие энергетики и формирование коридоров" joins two heads (two possible items);
"энергетической и продовольственной безопасности" joins two adjectives under one noun and
"развитие туризма и спорта" two genitives of one head (one item each). The cases of a
phrase's head and of its last complement tell whether the next comma item is a new item or
goes on inside the phrase ("в ООН, ОБСЕ и других структурах").
"""
from __future__ import annotations

from ..._core.agreement import NOMINAL, agree
from .features import adjectival, agree_in_phrase, deverbal, same_case_and_number
from .phrases import Phrase, head, noun_after

GENITIVE = frozenset({"gent"})


def conj_points(toks: list, ph: Phrase) -> list[int]:
    """Indices of the "и" that join head-level conjuncts ("торговлю и логистику")."""
    h = head(toks, ph)
    if h is None:
        return []
    return [k for k in range(h + 1, ph.stop) if toks[k].value.lower() == "и" and _joins_heads(toks, ph, h, k)]


def _joins_heads(toks: list, ph: Phrase, h: int, k: int) -> bool:
    nxt = noun_after(toks, k + 1, ph.stop)
    prev = next((x for x in range(k - 1, h - 1, -1) if toks[x].noun_cases), None)
    if nxt is None or prev is None or toks[k + 1].has_any("PREP"):
        return False
    if adjectival(toks[k - 1]) and adjectival(toks[k + 1]):
        return False  # "энергетической и продовольственной безопасности": one shared noun
    ncases = _agreed_cases(toks, nxt, k)
    if not ncases & toks[h].noun_cases:
        return False
    if (deverbal(toks[h]) and deverbal(toks[nxt]) and same_case_and_number(toks[h], toks[nxt])
            and not any(t.pos == "PREP" for t in toks[h + 1:k])):
        return True  # "упрощению таможенных процедур и цифровизации транзита": two actions
    # "развитие энергетики и формирование коридоров": "формирование" does not agree with the
    # genitive "энергетики" in case and number, so it is the head's conjunct; "вопросам
    # безопасности и борьбе с опустыниванием": "борьбе" cannot be the genitive "безопасности" is
    shared = ncases & _role_cases(toks, h, prev)
    return prev == h or not shared or (not shared - {"nomn", "accs"} and not agree(toks[nxt], toks[prev], NOMINAL))


def _agreed_cases(toks: list, n: int, k: int) -> frozenset[str]:
    """The cases of the noun at ``n`` that the adjective before it (after ``k``) agrees in: "молодежная
    политика" is nominative only (not the genitive of "политик")."""
    cases = toks[n].noun_cases
    if n - 1 > k and toks[n - 1].has_any("ADJF"):
        agreed = cases & toks[n - 1].cases("ADJF")
        if agreed:
            return agreed
    return cases


def _role_cases(toks: list, h: int, prev: int) -> frozenset[str]:
    """The cases the noun ``prev`` may stand in after the head ``h``: a genitive complement is only
    genitive; a prepositional object, any case of its own."""
    cases = toks[prev].noun_cases
    if prev == h or any(t.pos == "PREP" for t in toks[h + 1:prev]) or "gent" not in cases:
        return cases
    return GENITIVE


def split(toks: list, ph: Phrase, most: int | None = None) -> list[Phrase]:
    """Head-level conjuncts as phrases of their own (only the last ``most`` joints when given)."""
    points = conj_points(toks, ph)
    if most is not None and most < len(points):
        points = points[len(points) - most:]
    return [Phrase(a, b, ph.rank if a == ph.start else None) for a, b in conjunct_bounds(ph, points)]


def conjunct_bounds(ph: Phrase, points: list[int]) -> list[tuple[int, int]]:
    """Token ranges of the conjuncts a phrase falls into at the "и" of ``points``."""
    out, start = [], ph.start
    for p in points:
        out.append((start, p))
        start = p + 1
    out.append((start, ph.stop))
    return out


def group_cases(toks: list, ph: Phrase) -> frozenset[str]:
    """Cases of a phrase's head that its conjuncts share; an indeclinable head ("ОБСЕ") takes
    those of its conjunct ("БРИКС и других форматах" is prepositional)."""
    h = head(toks, ph)
    if h is None:
        return frozenset()
    cases = toks[h].noun_cases
    for p in conj_points(toks, ph):
        nxt = noun_after(toks, p + 1, ph.stop)
        if nxt is not None and cases & toks[nxt].noun_cases:
            cases = cases & toks[nxt].noun_cases
    if toks[h].value.isupper() or toks[h].has("Fixd"):
        conj = next((x for x in range(h + 1, ph.stop) if toks[x].value.lower() == "и"), None)
        more = noun_after(toks, conj + 1, ph.stop) if conj is not None else None
        if more is not None:
            cases = toks[more].noun_cases
    return cases


def tail_cases(toks: list, ph: Phrase) -> frozenset[str]:
    """Cases of the complement a phrase ends with: the noun governed by its last preposition
    ("... в ООН") or its last dependent noun ("развитии туризма"); never the nominative."""
    for x in range(ph.stop - 1, ph.start, -1):
        if toks[x].pos == "PREP":
            noun = noun_after(toks, x + 1, ph.stop)
            return toks[noun].noun_cases - {"nomn"} if noun is not None else frozenset()
    h = head(toks, ph)
    last = ph.stop - 1
    if h is not None and last > h and toks[last].has_any("NOUN"):
        return toks[last].noun_cases - {"nomn"}
    return frozenset()


def participial(toks: list, prev: Phrase, ph: Phrase) -> bool:
    """", связывающих Центральную Азию с портами", "укрепление доверия, обеспечивающее ...": a
    participle that agrees with the noun before the comma or with the head of the phrase before
    it, and not with the words after it, opens a clause, not a list item."""
    p = toks[ph.start]
    if not p.has_any("PRTF") or ph.start + 1 >= len(toks):
        return False
    nxt = toks[ph.start + 1]
    if nxt.pos in ("NOUN", "ADJF", "PRTF") and agree_in_phrase(p, nxt):
        return False
    h = head(toks, prev)
    return agree_in_phrase(p, toks[prev.stop - 1]) or (h is not None and agree_in_phrase(p, toks[h]))
