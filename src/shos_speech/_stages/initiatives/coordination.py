"""Verb phrases that share the stance of an infinitive phrase before them.

"Призываем не сворачивать помощь ..., в том числе по линии ВПП, и вовлекать Кабул в проекты":
an infinitive joined by "и" after the first phrase's adverbials is a second undertaking of the
same cue; "уделять внимание правам женщин, укрепив Женский форум": an adverbial participle of a
verb of undertaking names one too, when its object is a concrete undertaking or a body (a means
stated with a bare noun, "используя достижения медицины", is none).
"""
from __future__ import annotations

from . import phrases
from .kinds import kind_at, verb_kind
from .scan import Item, Scan, is_finite

#: how far after the first phrase a joined infinitive is looked for (its adverbials in between)
_REACH = 25


def _ends_search(s: Scan, k: int) -> bool:
    """A clause boundary or another predicate: the joined infinitive is not looked for past it."""
    t = s.toks[k]
    return t.value in ".;:!?" or t.lemma in s.w.clause_openers or t.lemma == "который" or t.pos == "INFN" \
        or (is_finite(t) and t.pos != "GRND")


def joined_infinitive(s: Scan, end: int, stance: str) -> list[Item]:
    """The infinitive phrase joined by "и" after the adverbials that ended the first one at ``end``."""
    for k in range(end, min(s.n, end + _REACH)):
        if s.toks[k].value == "и":
            j = k + 1
            while j < s.n and s.toks[j].pos in ("ADVB", "PRCL"):
                j += 1
            if j < s.n and s.toks[j].pos == "INFN":
                return phrases.inf_items(s, k + 1, j, stance)
            return []
        if _ends_search(s, k):
            return []
    return []


def _concrete(s: Scan, it: Item) -> bool:
    """The object of a participle's phrase is an undertaking of the lexicon or a body's name."""
    h = it.head
    return h is not None and (kind_at(s, h) is not None or s.in_institution(h) or s.toks[h].is_cap)


def gerund_items(s: Scan, end: int, stance: str) -> list[Item]:
    """", укрепив Женский форум и Молодежный совет": the participle phrase after the comma at ``end``."""
    g = end + 1
    if g >= s.n or s.toks[end].value != "," or s.toks[g].pos != "GRND" or verb_kind(s, g) is None:
        return []
    items = phrases.inf_items(s, g, g, stance)
    return items if items and _concrete(s, items[0]) else []
