"""The speaker of each sentence, in text order: what a sentence's reporter says, carried on.

"Во-первых", "Кроме того" go on with the speaker of the sentence before; "Об этом заявил
Президент" hands the sentence before to the president. The subject of the latest sentence
is who "он" and "по его словам" mean next.
"""
from __future__ import annotations

from ..._core.document import Document
from .floor import floors
from .grammar import Grammar
from .intervals import Intervals
from .persons import Cast, Person
from .reporter import report


def sentence_speakers(doc: Document, quotes: Intervals, cast: Cast, grammar: Grammar) -> list[Person | None]:
    """One speaker (or None, the narrator) per sentence of ``doc``; speakers are marked as speaking."""
    whos: list[Person | None] = []
    current: Person | None = None
    focus: Person | None = None  # the latest subject person, speaking or not
    interviewee: Person | None = None  # who answers the questions of a dialogue
    for sent, floor in zip(doc.sentences, floors(doc, quotes, cast), strict=True):
        if floor.kind == "question":
            interviewee = floor.person or interviewee or current or focus
            whos.append(None)  # a journalist's question has no speaker
            continue
        if floor.kind in ("speech", "said", "answer"):
            who = floor.person if floor.kind != "answer" else interviewee or current or focus
        else:
            who, subject = _reported(sent, whos, quotes, cast, grammar, focus or current)
            focus = subject or focus
        if who is not None:
            who.speaks = True
            current = focus = who
        whos.append(who)
    return whos


def _reported(sent, whos: list[Person | None], quotes: Intervals, cast: Cast, grammar: Grammar,
              current: Person | None) -> tuple[Person | None, Person | None]:
    """The speaker the sentence's own words give (:func:`.reporter.report`), carried on by a
    continuation, and the sentence's subject person (who "он" means next), if any."""
    outside = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
    found = report(sent, outside, cast, grammar, current)
    who = found.speaker
    before = whos[-1] if whos else None
    if who is None and before is not None and grammar.continues(sent.tokens):
        who = before  # "Во-первых, ...", "Кроме того, ..." go on with the same speaker
    if who is not None and whos and before is None and grammar.hands_back(sent.tokens):
        whos[-1] = who  # "... . Об этом заявил Президент": the sentence before is his
    return who, found.subject
