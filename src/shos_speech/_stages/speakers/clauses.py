"""Relative clauses that report someone else's words inside a sentence of the narrator's or of
another speaker: "Саммит открыл Нурсултан Назарбаев, который ... отметил участие Орбана";
"подписание Договора, идею которого выдвинул Владимир Путин".

The clause runs from the comma before a form of "который" (a few words may stand between:
"идею которого", "в котором") to the next comma or the sentence's end; it reports when it
has a reporting verb, and its speaker is the person named in the nominative inside it, else
the person named right before the comma (whom "который" means).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..._core.document import Document
from .grammar import Grammar
from .intervals import Intervals
from .persons import Cast, Person
from .reporter import reporting_verb

#: how many words may stand between the comma and "который" ("..., идею которого ...", "..., в котором ...")
RELATIVE_REACH = 3


def _clauses(tokens: Sequence) -> Iterator[tuple[int, int]]:
    """(first, stop) token indices of each relative clause: from the word after the comma before a
    form of "который" to the next comma."""
    for i, t in enumerate(tokens):
        if "который" not in t.lemmas:
            continue
        comma = next((k for k in range(i - 1, max(-1, i - 1 - RELATIVE_REACH), -1) if tokens[k].value == ","), None)
        if comma is not None and all(tok.is_word for tok in tokens[comma + 1:i]):
            stop = next((k for k in range(i + 1, len(tokens)) if tokens[k].value in ",;:"), len(tokens))
            yield comma + 1, stop


def _speaker(tokens: Sequence, first: int, stop: int, cast: Cast) -> Person | None:
    """The person named in the nominative in the clause, else the one named right before its comma."""
    a, b = tokens[first].span.start, tokens[stop - 1].span.stop
    inside = next((m.person for m in cast.starting_in(a, b) if m.subject), None)
    if inside is not None:
        return inside
    comma = tokens[first - 1].span.start
    named = [m for m in cast.starting_in(tokens[0].span.start, comma) if m.stop == comma]
    return named[-1].person if named else None


def relative_speakers(doc: Document, quotes: Intervals, cast: Cast, grammar: Grammar) -> list[tuple[int, int, str]]:
    """(start, stop, speaker's name) of every relative clause that reports someone's words;
    their speakers are marked as speaking."""
    out = []
    for sent in doc.sentences:
        toks = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
        for first, stop in _clauses(toks):
            if reporting_verb(toks[first:stop], grammar, clause=True) is None:
                continue
            who = _speaker(toks, first, stop, cast)
            if who is not None:
                who.speaks = True
                out.append((toks[first].span.start, toks[stop - 1].span.stop, who.name))
    return out
