"""The walk over a document's sentences: cues, the phrases they mark, and what carries over.

A sentence's cues place their phrases after or before them (``forward``, ``backward``). Two
things carry over to the next sentence: a cue that named nothing ("выделил три приоритета")
is followed by "Во-первых, X. Во-вторых, Y."; a back-reference ("Это направление остается
приоритетным") takes the direction of the sentence before, unless that one had a priority.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..._core.stage import DocContext
from ...grammars.priorities import KIND
from .area import by_area
from .backward import backward, object_of
from .cues import Cue, find_cues
from .forward import forward
from .items import Items
from .lists import enumerated_items, enumerated_rank, enumerator, lead
from .phrases import Phrase, Sent


@dataclass
class Walk:
    """What the walk over one document remembers from one sentence to the next."""

    items: Items
    prev: Sent | None = None
    #: did the sentence before name a priority?
    prev_had: bool = False
    #: a cue that named no phrase, and its sentence: enumerated sentences may follow
    pending: tuple[Cue, Sent] | None = None


def fill(ctx: DocContext) -> None:
    """Add the priorities of the document of ``ctx`` to ``ctx.priorities``."""
    cache = ctx.cache(KIND)
    walk = Walk(Items(ctx))
    for sentence in ctx.doc.sentences:
        s = Sent(ctx.doc.text, sentence.tokens, cache)
        has = _enumerated_sentence(walk, s)
        if not has:
            walk.pending = None
            has = _cue_sentence(walk, s)
            if has:
                walk.pending = None
        walk.prev, walk.prev_had = s, has


def phrases_of(s: Sent, cue: Cue) -> tuple[list[Phrase], bool]:
    """The phrases a cue marks, and whether it points back ("это направление")."""
    if cue.strength != "predicate":
        after = forward(s, cue)
        if after or s.toks[cue.stop - 1].has_any("PREP"):
            return after, False  # "было сосредоточено на трех вещах": the preposition's object, never the subject
    return backward(s, cue)


def _enumerated_sentence(walk: Walk, s: Sent) -> bool:
    """"Во-вторых, X." after a cue that named nothing: the items it ranks."""
    if walk.pending is None:
        return False
    k = lead(s)
    if not enumerator(s.toks, k):
        return False
    cue, cue_sent = walk.pending
    has = False
    for ph in enumerated_items(s, k):
        has = walk.items.add(s, ph, cue, cue_sent) or has
    return has


def _cue_sentence(walk: Walk, s: Sent) -> bool:
    """The priorities the cues of ``s`` mark; True when it has one."""
    has = False
    for cue in find_cues(s.toks):
        placed = _placed(walk, s, cue, has)
        if placed is None:
            continue
        phrases, where = placed
        if not phrases:
            walk.pending = (cue, s)
        if len(phrases) == 1 and phrases[0].rank is None and cue.rank is None and (
                enumerated_rank(s.toks, cue.start) is None):
            phrases = by_area(where.toks, phrases[0])
        for ph in phrases:
            has = walk.items.add(where, ph, cue, s) or has
    return has


def _placed(walk: Walk, s: Sent, cue: Cue, has: bool) -> tuple[list[Phrase], Sent] | None:
    """The phrases of a cue and the sentence they are in; None for a back-reference with
    nothing (new) to point back to."""
    phrases, backref = phrases_of(s, cue)
    if not backref or phrases:
        return phrases, s
    if walk.prev_had or has or walk.prev is None:
        return None
    return object_of(walk.prev), walk.prev
