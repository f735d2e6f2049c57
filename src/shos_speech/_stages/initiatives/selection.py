"""Which of the items found stand: one item per stretch of text, no threat, no title line, no bare noun.

The items of the stance predicates come first, in the order of their predicates, then the
mentions without a stance; an item overlapping one kept is dropped (a registry name it
overlaps lends the kept item its entry), and so is an object that starts inside another
predicate's words, a threat ("осуждаем практику «цветных революций»") or a document's title
line in capitals.
"""
from __future__ import annotations

import re

from ..._core.countries import find_country
from .authors import org_agent
from .kinds import bare_document, kind_at, kind_of
from .output import peels_to_bare_plural
from .scan import Item, Scan

#: a deverbal noun: an action ("размещение", "развертывание")
_DEVERBAL = re.compile(r"(ние|тие)$")


def _heading(s: Scan, it: Item) -> bool:
    """An upper-case title line: every word of the item and of most of its sentence is in capitals."""
    words = [t for t in s.toks if t.is_word]
    caps = [t for t in words if t.value.isupper() and len(t.value) > 1]
    span_words = [t for t in s.toks[it.start:it.stop] if t.is_word and len(t.value) > 1]
    return len(span_words) > 1 and all(t.value.isupper() for t in span_words) and len(caps) * 2 > len(words)


def _inside_predicate(s: Scan, it: Item, kept: list[Item]) -> bool:
    """An object starting inside a kept item's predicate, unless a nominal predicate heads it."""
    return it.pred >= 0 and any(k.pred_stop > 0 and k.pred <= it.start < k.pred_stop
                                and not (it.start == k.pred and s.toks[k.pred].pos == "NOUN") for k in kept)


def _threat_wrapper(s: Scan, it: Item, h0: int) -> bool:
    """"осуждаем практику «цветных революций»": only a wrapper around a threat the speaker opposes."""
    if it.stance != "opposes" or not s.toks[h0].lemmas & s.w.threat_wrappers:
        return False
    a, b = s.toks[it.start].span.start, s.toks[it.stop - 1].span.stop
    return any(a <= x < b for x, _y in s.spans.threats) and kind_of(s, it) == "other"


def _opposed_step(s: Scan, it: Item, h0: int) -> bool:
    """"выступает против размещения американских ракет": a deliberate step the speaker opposes stands
    though the threats stage names it a danger too (ONTOLOGY §6: an opponent's undertaking opposed)."""
    e = kind_at(s, h0)
    if it.stance != "opposes" or it.source != "np" or e is None or e.role == "doc" \
            or not _DEVERBAL.search(s.toks[h0].lemma):
        return False
    # whose step it is: a country or a body named in it ("американских ракет", "НАТО")
    return org_agent(s, h0 + 1) is not None or any(find_country([t]) for t in s.toks[h0 + 1:it.stop])


def _dropped(s: Scan, it: Item, kept: list[Item]) -> bool:
    if it.link_only or _inside_predicate(s, it, kept):
        return True
    h0 = it.head if it.head is not None and it.source != "inf" else None
    if it.named is None and h0 is not None and (s.in_threat(h0) and not _opposed_step(s, it, h0)
                                                or _threat_wrapper(s, it, h0)):
        return True
    return it.named is None and _heading(s, it)  # "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ": a title line


def _overlapping(it: Item, kept: list[Item]) -> bool:
    """Does ``it`` overlap a kept item? A registry name lends the kept items its entry."""
    overl = [k for k in kept if k.start < it.stop and it.start < k.stop]
    if overl and it.named is not None:
        for k in overl:
            k.named = k.named or it.named
    return bool(overl)


def _stands(s: Scan, it: Item) -> bool:
    """A one-word item only as a bare document; an event the predicate only holds is none ("открыл саммит",
    "провел переговоры")."""
    if it.stop - it.start < 2 and it.named is None and not bare_document(s, it) or peels_to_bare_plural(s, it):
        return False
    if it.stance == "implements" and it.source == "np" and it.head is not None and not it.hosting:
        e = kind_at(s, it.head)
        # "провел переговоры с Президентом": talks held wrap nothing ("переговоры о создании фонда" do)
        if e is not None and e.kind == "event" and (e.role != "defer" or not _wraps(s, it)):
            return False
    return True


def _wraps(s: Scan, it: Item) -> bool:
    """An undertaking of the lexicon after the item's head, within its span ("переговоры о создании фонда")."""
    assert it.head is not None
    for k in range(it.head + 1, it.stop):
        e = kind_at(s, k) if s.toks[k].pos == "NOUN" else None
        if e is not None and e.role != "defer" and not s.in_threat(k):
            return True
    return False


def select(s: Scan, found: list[Item], mentions: list[Item]) -> list[Item]:
    """The items that stand, in the order they are reported."""
    kept: list[Item] = []
    for it in sorted(found, key=lambda x: (x.pred, x.start)) + mentions:
        if it.replaced or _overlapping(it, kept) or _dropped(s, it, kept):
            continue
        kept.append(it)
    return [it for it in kept if _stands(s, it)]
