"""Undertakings named by the predicates of a clause a stance cue opens.

"Рассчитываем, что сторона всесторонне расследует инцидент, накажет виновных и обеспечит
защиту дипломатов" gives one item per verb phrase of the clause; "важно, чтобы центр
заработал", "выступил за то, чтобы парламентарии согласовывали позиции" one. The verb
must be a verb of undertaking (``data/initiative_kinds.tsv``, its reflexive too:
"откроется железнодорожное сообщение") or one of ``clause_verbs`` (steps expected of
another party: "расследует", "накажет"); a passive or reflexive verb names its
undertaking in the subject after it ("будет восстановлена единая энергосистема").
"""
from __future__ import annotations

from ...grammars.initiatives import KindEntry
from . import phrases
from .chunking import chunk_end, np_head, trim
from .kinds import kind_at
from .names import genitive
from .scan import Item, Scan, is_finite

#: the verb phrases of one clause at most ("расследует ..., накажет ... и обеспечит ...")
_MAX_PHRASES = 4


def clause_verb(s: Scan, v: int) -> KindEntry | None:
    """The entry of a clause's verb at ``v``: an undertaking's verb, its reflexive ("открыться"), or a step
    expected of another party (``clause_verbs``: "расследовать" -> "расследование")."""
    if s.toks[v].lemmas & s.w.clause_results:
        return None  # "членство поможет торговле": a consequence
    for lem in s.toks[v].lemmas:
        bare = lem[:-2] if lem.endswith(("ся", "сь")) else lem
        e = s.lex.verbs.get(lem) or s.lex.verbs.get(bare)
        if e is not None:
            return e
        noun = s.w.clause_verbs.get(lem)
        if noun is not None:
            return KindEntry("other", "verb", noun)
    return None


def opens_clause(s: Scan, b: int) -> bool:
    """A clause opens at ``b``: ", что ...", ", чтобы ..." (adverbs before the comma allowed)."""
    while b < s.n and s.toks[b].pos == "ADVB":
        b += 1
    return s.value(b) == "," and s.lemma(b + 1) in s.w.clause_openers


def _start(s: Scan, v: int) -> int:
    """The verb phrase starts at the adverbs and the auxiliary before its verb ("всесторонне расследует",
    "будет восстановлена")."""
    k = v
    while k - 1 >= 0 and (s.toks[k - 1].pos == "ADVB" or s.toks[k - 1].lemma == "быть"):
        k -= 1
    return k


def _passive(s: Scan, v: int) -> bool:
    t = s.toks[v]
    return t.pos == "PRTS" or any(lem.endswith(("ся", "сь")) for lem in t.lemmas)


def _subject_item(s: Scan, start: int, v: int, entry: KindEntry, stance: str) -> Item | None:
    """"откроется железнодорожное сообщение": the undertaking is the nominative subject after the verb."""
    h = np_head(s, v + 1)
    if h is None or "nomn" not in s.toks[h].cases("NOUN") or s.in_threat(h) or s.toks[h].lemmas & s.w.generic_sets:
        return None
    if any(t.lemma in s.w.quantifiers for t in s.toks[v + 1:h]):
        return None  # "будет подписано много соглашений": a set, no undertaking named
    end, _why = chunk_end(s, h + 1, s.toks[h].cases("NOUN"), False)
    end = trim(s, v + 1, end)
    toks = list(s.toks[v + 1:end])
    name = f"{entry.noun} {genitive(s.text, toks)}" if entry.noun else None
    it = Item(start, end, stance, "np", head=h, fixed_name=name, verb=v)
    if entry.noun and kind_at(s, h) is None:
        it.kind = entry.kind
    return it


def _phrase(s: Scan, v: int, stance: str) -> tuple[list[Item], int]:
    """The items of the verb phrase at ``v`` and where it ends."""
    entry = clause_verb(s, v)
    start = _start(s, v)
    end, _why = chunk_end(s, v + 1, None, True)
    end = trim(s, v, end)
    if entry is None:
        return [], end
    if _passive(s, v):
        it = _subject_item(s, start, v, entry, stance)
        return ([it] if it is not None else []), (it.stop if it is not None else end)
    if not any(lem in s.lex.verbs for lem in s.toks[v].lemmas):
        return _expected(s, start, v, end, entry, stance), end
    items = phrases.inf_items(s, start, v, stance)
    return items, max([end, *(it.stop for it in items)])


def _expected(s: Scan, start: int, v: int, end: int, entry: KindEntry, stance: str) -> list[Item]:
    """"накажет виновных" -> "наказание виновных": a step expected of another party, named by its noun and
    its object in the genitive."""
    obj = [k for k in range(v + 1, end) if s.toks[k].pos in ("NOUN", "ADJF", "PRTF")]
    if not obj:
        return []  # the object may be a threat: "расследует нападение", "накажет организаторов теракта"
    name = f"{entry.noun} {genitive(s.text, list(s.toks[v + 1:end]))}"
    return [Item(start, end, stance, "inf", head=obj[0], verb=v, fixed_name=name, kind=entry.kind)]


def _next_verb(s: Scan, end: int) -> int | None:
    """The verb of the next phrase of the same clause: after ",", "и", ", а также" and adverbs."""
    k = end
    joined = False
    while k < s.n and (s.is_joiner(k) or s.toks[k].pos == "ADVB" or s.toks[k].lemma == "быть"):
        joined = joined or s.is_joiner(k)
        k += 1
    if not joined or k >= s.n or not is_finite(s.toks[k]):
        return None
    return k


def clause_items(s: Scan, v: int, stance: str) -> list[Item]:
    """The undertakings of the clause whose first finite verb is at ``v``, each with the cue's stance."""
    out: list[Item] = []
    k: int | None = v
    for _ in range(_MAX_PHRASES):
        if k is None:
            break
        items, end = _phrase(s, k, stance)
        out += items
        k = _next_verb(s, end)
    return out
