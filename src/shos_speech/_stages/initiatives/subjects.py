"""Undertakings that stand before their predicate or are declared by it.

"Очередной саммит пройдет в Душанбе": an announced event is the subject; "Очередной
саммит решено провести в 2026 году": the object opens the clause when the infinitive has
none after it; "объявили 2026 год Годом тюркской литературы": a period declared a year
(a decade, a five-year plan) of something is an event.
"""
from __future__ import annotations

from . import phrases
from .chunking import chunk_end, date_end, np_head, pp_end, trim
from .kinds import kind_at, wraps_kind
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan

#: marks that open the clause a fronted object stands in
_CLAUSE_MARKS = ",:;-.(" + OPEN_QUOTES + CLOSE_QUOTES + '"'


def past(s: Scan, a: int) -> bool:
    """A predicate in the past tense ("прошел", "был запланирован"): narrated, not announced."""
    t = s.toks[a]
    if t.has("past") and not t.has("futr") and not t.has("pres"):
        return True
    return a > 0 and s.toks[a - 1].lemma == "быть" and s.toks[a - 1].has("past")


def _adverbials_end(s: Scan, k: int) -> int | None:
    """Past the adverbials after an infinitive ("в 2026 году в Казахстане", "осенью"), or None when
    something else follows (the infinitive has an object after it)."""
    toks = s.toks
    while k < s.n and toks[k].is_word:
        if toks[k].pos == "PREP":
            k = pp_end(s, k)
        elif toks[k].pos in ("ADVB", "PRCL", "CONJ") or (toks[k].lemma in s.w.seasons and "ablt" in toks[k].cases()):
            k += 1
        else:
            return None
    return k


def _clause_start(s: Scan, a: int) -> int:
    """The first word of the clause the predicate at ``a`` stands in (a number or a conjunction left out:
    ", а очередной саммит решено провести", "что следующее заседание пройдет")."""
    toks = s.toks
    start = a
    while start > 0 and toks[start - 1].value not in _CLAUSE_MARKS:
        start -= 1
    while start < a and (toks[start].is_int or toks[start].pos in ("CONJ", "PRCL")):
        start += 1
    return start


def fronted(s: Scan, a: int, v: int, stance: str) -> list[Item]:
    """"Очередной саммит решено провести в 2026 году в Казахстане": the object opens the clause
    when the infinitive at ``v`` has none after it."""
    if _adverbials_end(s, v + 1) is None:
        return []
    start = _clause_start(s, a)
    h = np_head(s, start)
    if h is None or h >= a or not (s.toks[h].cases("NOUN") & {"accs", "nomn"}):
        return []
    e = kind_at(s, h)
    if e is None or e.role == "defer" or s.in_threat(h):
        return []
    end, _why = chunk_end(s, h + 1, None, False)
    end = min(end, a)
    while end > h + 1 and (s.toks[end - 1].lemma in s.w.copulas or s.toks[end - 1].lemma in ("не", "уже")):
        end -= 1
    return [Item(start, trim(s, start, end), stance, "np", head=h)]


def _announced(s: Scan, b: int, stance: str) -> list[Item]:
    """"В октябре состоится заседание Совета": the subject after the predicate's adverbials."""
    toks, n = s.toks, s.n
    k = b
    while k < n and (toks[k].is_word or toks[k].is_int) and k < b + 12:
        if toks[k].is_int:
            k = date_end(s, k)
        elif toks[k].pos == "PREP":
            k = pp_end(s, k)
        elif toks[k].pos in ("ADVB", "PRCL", "CONJ"):
            k += 1
        else:
            break
    h = np_head(s, k) if k < n else None
    if h is None or "nomn" not in toks[h].cases("NOUN"):
        return []
    return phrases.np_items(s, k, h, stance)[:1]


def event_subject(s: Scan, a: int, b: int, stance: str) -> list[Item]:
    """"Очередной саммит пройдет в Душанбе", "В октябре состоится заседание Совета": the event announced
    is the subject, before the predicate or after its adverbials."""
    items = fronted(s, a, b - 1, stance) or _announced(s, b, stance)
    for it in items:
        e = kind_at(s, it.head) if it.head is not None else None
        if e is None or e.kind != "event" or e.role == "defer":
            return []
    return items


def period(s: Scan, i: int, stance: str) -> list[Item]:
    """"объявили 2026 год Годом тюркской литературы", "2023–2027 годы Пятилеткой действий":
    a period declared a year (decade, five-year plan) of something is an event."""
    toks, n = s.toks, s.n
    k = i + 1
    while k + 1 < n and toks[k].is_dash and toks[k + 1].is_int:
        k += 2
    if k >= n or not toks[k].lemmas & s.w.date_nouns:
        return []
    h = np_head(s, k + 1)
    if h is None or "ablt" not in toks[h].cases("NOUN"):
        return []
    end, _why = chunk_end(s, h + 1, toks[h].cases("NOUN"), False)
    end = trim(s, k + 1, end)
    return [Item(i, end, stance, "period", head=h, name_from=k + 1, kind="event")]


def _agrees_in_number(noun, part) -> bool:
    """A nominative noun and a short participle or adjective (no case of its own) share number, and gender in
    the singular; an impersonal predicative ("недопустимо") agrees with any."""
    for case, number, gender in noun.readings("NOUN"):
        if case != "nomn":
            continue
        for _c, pn, pg in part.readings("PRTS", "ADJS"):
            if pn == number and (number == "plur" or not pg or not gender or pg == gender):
                return True
    return False


def passive_subject(s: Scan, a: int, stance: str) -> list[Item]:
    """"Межправительственное соглашение подписано", "Процедура принятия Беларуси в члены завершена": the
    subject of a short passive participle, the noun phrase opening its clause, agreeing with it."""
    start = _clause_start(s, a)
    h = np_head(s, start)
    if h is None or h >= a or "nomn" not in s.toks[h].cases("NOUN") or s.in_threat(h):
        return []
    if s.toks[a].pos not in ("ADVB", "PRED") and not _agrees_in_number(s.toks[h], s.toks[a]):
        return []
    e = kind_at(s, h)
    if e is None or (e.role == "defer" and not wraps_kind(s, h) and stance != "opposes"):
        return []  # a step opposed needs no kind of its own ("размещение ракет недопустимо")
    end, _why = chunk_end(s, h + 1, s.toks[h].cases("NOUN"), False)
    end = min(end, a)
    while end > h + 1 and (s.toks[end - 1].lemma in s.w.copulas or s.toks[end - 1].pos in ("ADVB", "PRCL")):
        end -= 1  # "было", "уже"
    if any(t.lemma in s.w.back_references for t in s.toks[start:end]):
        return []  # "Проекты этих решений были согласованы": a reference back
    return [Item(start, trim(s, start, end), stance, "np", head=h)]
