"""The speaker of each sentence, in text order: what a sentence's reporter says, carried on.

"Во-первых", "Кроме того" go on with the speaker of the sentence before; "Об этом заявил
Президент" hands the sentence before to the president. The subject of the latest sentence
is who "он" and "по его словам" mean next.
"""
from __future__ import annotations

from ..._core.document import Document
from .grammar import Grammar
from .intervals import Intervals
from .persons import Cast, Person
from .reporter import report


def sentence_speakers(doc: Document, quotes: Intervals, cast: Cast, grammar: Grammar) -> list[Person | None]:
    """One speaker (or None, the narrator) per sentence of ``doc``; speakers are marked as speaking."""
    whos: list[Person | None] = []
    current: Person | None = None
    focus: Person | None = None  # the latest subject person, speaking or not
    for sent in doc.sentences:
        outside = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
        found = report(sent, outside, cast, grammar, focus or current)
        if found.subject is not None:
            focus = found.subject
        who = found.speaker
        before = whos[-1] if whos else None
        if who is None and before is not None and grammar.continues(sent.tokens):
            who = before  # "Во-первых, ...", "Кроме того, ..." go on with the same speaker
        if who is not None and whos and before is None and grammar.hands_back(sent.tokens):
            whos[-1] = who  # "... . Об этом заявил Президент": the sentence before is his
        if who is not None:
            who.speaks = True
            current = focus = who
        whos.append(who)
    return whos
