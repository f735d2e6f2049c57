"""An item as the Initiative of the result: its span peeled of wrappers, kind, name, proposer, target, speaker."""
from __future__ import annotations

from ...models import Initiative, InitiativeKind, Span, Stance
from .authors import proposer_of, target_of
from .chunking import np_head
from .kinds import kind_at, kind_of
from .names import name_of
from .scan import Item, Scan


def _wrapped(s: Scan, it: Item) -> tuple[int, int] | None:
    """(start, head) of the undertaking a wrapper noun stands for: "ход реализации Договора" -> "Договора"."""
    assert it.head is not None
    for k in range(it.head + 1, min(it.stop, it.head + 8)):
        if s.toks[k].pos in s.w.wrapper_gap_pos:
            continue
        hh = np_head(s, k)
        if hh is not None and s.toks[hh].lemmas & s.w.date_nouns:
            continue  # "подписание в ноябре 2024 года Соглашения", "его подписание в этом году": a date
        if hh is not None and kind_at(s, hh) and "gent" in s.toks[hh].cases("NOUN"):
            return k, hh
    return None


def _peel(s: Scan, it: Item) -> None:
    """The span of a document is the document's, wrappers ("реализация", "ход") peeled one by one."""
    while it.head is not None and it.source == "np" and s.toks[it.head].lemma in s.w.strip_wrappers:
        inner = _wrapped(s, it)
        if inner is None:
            break
        it.start, it.head = inner


def peels_to_bare_plural(s: Scan, it: Item) -> bool:
    """"обсудят ход реализации соглашений": the wrappers peeled, a bare lowercase plural is left — a set of
    unnamed documents, no undertaking of its own."""
    if it.head is None or it.source != "np" or s.toks[it.head].lemma not in s.w.strip_wrappers:
        return False
    start, head = it.start, it.head
    while s.toks[head].lemma in s.w.strip_wrappers:
        inner = _wrapped(s, Item(start, it.stop, it.stance, it.source, head=head))
        if inner is None:
            return False
        start, head = inner
    t = s.toks[head]
    return it.stop - start == 1 and t.has("plur") and not t.is_cap


def to_initiative(s: Scan, it: Item) -> Initiative:
    _peel(s, it)
    span = Span.of(s.text, s.toks[it.start].span.start, s.toks[it.stop - 1].span.stop)
    proposer = proposer_of(s, it)
    return Initiative(span=span, name=name_of(s, it), kind=InitiativeKind(kind_of(s, it)),
                      stance=Stance(it.stance or "mentions"), proposer=proposer, target=target_of(s, it, proposer),
                      speaker=s.ctx.speaker_at(span.start))
