"""The author of each quote: named after it ("«...», — заявил Токаев") or before it ("Токаев заявил: «...»")."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..._core.document import Document
from .grammar import Grammar
from .intervals import Intervals, tokens_within
from .persons import Cast, Person
from .quotes import author_region
from .references import title_ref


def _latest(a: Person | None, b: Person | None) -> Person | None:
    return b if b is not None else a


def quote_authors(doc: Document, quotes: Intervals, whos: list[Person | None], cast: Cast,
                  grammar: Grammar) -> list[tuple[int, int, str]]:
    """(start, stop, author's name) of every quote whose author is known; authors are marked as speaking.

    A quote's author is the person named in its author region, or the speaker a title there
    refers to; the speaker of the latest sentence with one, at the quote's start, is who the
    title refers to first.
    """
    starts = [s.start for s in doc.sentences]
    so_far = list(accumulate(whos, _latest))  # the latest sentence speaker up to each sentence
    out = []
    for qa, qb in quotes.spans:
        k = bisect_right(starts, qa) - 1
        author = _author(doc, qa, qb, cast, grammar, so_far[k] if k >= 0 else None)
        if author is not None:
            author.speaks = True
            out.append((qa, qb, author.name))
    return out


def _author(doc: Document, qa: int, qb: int, cast: Cast, grammar: Grammar, current: Person | None) -> Person | None:
    region = author_region(doc.text, qa, qb)
    if region is None:
        return None
    a, b = region
    named = next(cast.starting_in(a, b), None)
    if named is not None:
        return named.person
    sent = doc.sentence_at(a)
    toks = tokens_within(sent.tokens, a, b) if sent else []
    if not toks:
        return None
    if current is None:
        current = cast.last_speaker_before(qa)
    if any(grammar.is_speech(t) for t in toks):
        return title_ref(toks, cast, current, grammar, pos=qa)
    return None
