"""Who holds the floor in each sentence, by the layout of the text: a transcript's speech is its
speaker's; in a dialogue a question is nobody's, an answer the interviewee's, a labelled turn
its speaker's (and so is a paragraph in the first person after an answer); elsewhere the
sentence's own words decide (:mod:`.reporter`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..._core.document import Document
from .intervals import Intervals
from .persons import Cast, Person
from .transcript import find_transcript, first_person
from .turns import Turn, find_turns


@dataclass(frozen=True)
class Floor:
    """How a sentence's speaker is found: ``kind`` is "free" (its own words say), "speech" (the
    transcript's ``person``), "said" (a labelled turn's ``person``), "question" or "answer";
    ``person`` of a question is whom it addresses by name."""

    kind: str = "free"
    person: Person | None = None


FREE = Floor()


def _turn_at(turns: list[Turn], starts: list[int], offset: int) -> Turn | None:
    k = bisect_right(starts, offset) - 1
    if k >= 0 and offset < turns[k].stop:
        return turns[k]
    return None


def floors(doc: Document, quotes: Intervals, cast: Cast) -> list[Floor]:
    """One :class:`Floor` per sentence of ``doc``."""
    speech = find_transcript(doc, quotes, cast)
    turns = find_turns(doc, cast)
    starts = [t.start for t in turns]
    out: list[Floor] = []
    for sent in doc.sentences:
        turn = _turn_at(turns, starts, sent.start)
        in_speech = speech is not None and speech.start <= sent.start < speech.stop
        if in_speech and (turn is None or turn.kind == "answer"):
            out.append(Floor("speech", speech.speaker))  # a question or a labelled turn in it is not his
        elif turn is not None:
            out.append(Floor(turn.kind, turn.person))
        elif out and out[-1].kind == "answer" and first_person(sent):
            out.append(out[-1])  # an answer goes on in a paragraph of its own, in the first person
        else:
            out.append(FREE)
    return out
