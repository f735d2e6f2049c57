"""Who holds the floor in each sentence, by the layout of the text: a transcript's speech is its
speaker's; in a dialogue a question is nobody's, an answer the interviewee's, a labelled turn
its speaker's (and so is a paragraph in the first person after an answer); elsewhere the
sentence's own words decide (:mod:`.reporter`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..._core.document import Document, Sentence
from .handover import handover_turns
from .intervals import Intervals
from .persons import Cast, Person
from .transcript import find_transcript, first_person, narrates, opens_line
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
    turns = sorted(turns + handover_turns(doc, cast, turns), key=lambda t: t.start)
    starts = [t.start for t in turns]
    out: list[Floor] = []
    for sent in doc.sentences:
        turn = _turn_at(turns, starts, sent.start)
        in_speech = speech is not None and speech.start <= sent.start < speech.stop
        goes_on = turn is None and out and _goes_on(doc, sent, out[-1], starts) \
            and not _names_another(cast, sent, out[-1])
        if in_speech and (turn is None or turn.kind == "answer") and not (goes_on and out[-1].kind == "said"):
            out.append(Floor("speech", speech.speaker))  # a question or a labelled turn in it is not his
        elif turn is not None:
            out.append(Floor(turn.kind, turn.person))
        elif goes_on:
            out.append(out[-1])  # an answer or a labelled turn goes on in the paragraphs after it
        else:
            out.append(FREE)
    return out


def _goes_on(doc: Document, sent: Sentence, before: Floor, starts: list[int]) -> bool:
    """Does an unmarked sentence go on with the answer or labelled turn before it? An answer goes
    on in the first person. A paragraph between two turns goes on with the labelled turn before
    it unless it opens by narrating in the past, not in the first person ("Беседа продолжилась в
    расширенном составе."); the rest of a paragraph follows its opening. After the last turn the
    text's own words decide."""
    if before.kind == "answer":
        return first_person(sent)
    if before.kind != "said" or bisect_right(starts, sent.start) == len(starts):
        return False
    if not opens_line(doc.text, sent.start):
        return True  # the paragraph went on with the turn, so does the rest of it
    return first_person(sent) or not narrates(sent)


def _names_another(cast: Cast, sent: Sentence, floor: Floor) -> bool:
    """Does the sentence name, as a possible subject, someone other than who holds the floor
    ("Лавров отметил, что ...")? Then its own words decide who speaks."""
    return any(m.subject and m.person is not floor.person for m in cast.starting_in(sent.start, sent.stop))
