"""The chair's handing over of the floor: "Слово предоставляется Президенту Азербайджана Ильхаму
Алиеву." In a plenary's transcript the speakers' own paragraphs often carry no label; the chair
names each of them before he speaks, and the paragraphs after that sentence are his, up to the
next handing over or labelled turn, or a paragraph that narrates in the past.
"""
from __future__ import annotations

from ..._core.document import Document, Sentence
from ..._core.lexicon import words
from .persons import Cast, Person
from .transcript import first_person, narrates, opens_line
from .turns import Turn


def _gives_floor(sent: Sentence) -> bool:
    """"Предоставляю слово ...", "Слово имеет ...", "Слово – Премьер-министру ...": the word of the
    floor with a verb of giving or a dash."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemmas & words("speakers", "floor_words"):
            near = toks[max(0, k - 2):k + 3]
            if any(n.lemmas & words("speakers", "floor_giving") for n in near) or \
                    (k + 1 < len(toks) and toks[k + 1].value in "–—-"):
                return True
    return False


def _given_to(sent: Sentence, cast: Cast) -> Person | None:
    return next((m.person for m in cast.starting_in(sent.start, sent.stop)), None)


def _narrates(sent: Sentence) -> bool:
    """A paragraph's opening in the past and not in the first person ("Саммит завершился ...")."""
    return not first_person(sent) and narrates(sent)


def _ends_turn(doc: Document, sent: Sentence, later: bool, starts: list[int]) -> bool:
    """Does the given floor end before ``sent``: a labelled turn opens in it, or (after the first
    paragraph) a paragraph opens by giving the floor again or by narrating?"""
    if any(sent.start <= s < sent.stop for s in starts):
        return True
    return later and opens_line(doc.text, sent.start) and (_gives_floor(sent) or _narrates(sent))


def handover_turns(doc: Document, cast: Cast, turns: list[Turn]) -> list[Turn]:
    """The turns of the speakers the chair gives the floor to, outside the labelled ``turns``."""
    starts = sorted(t.start for t in turns)
    out: list[Turn] = []
    sents = doc.sentences
    for k, sent in enumerate(sents):
        if not _gives_floor(sent) or (person := _given_to(sent, cast)) is None:
            continue
        body = next((j for j in range(k + 1, len(sents)) if opens_line(doc.text, sents[j].start)), None)
        if body is None:
            continue
        stop = body
        while stop < len(sents) and not _ends_turn(doc, sents[stop], stop > body, starts):
            stop += 1
        if stop > body:
            out.append(Turn(sents[body].start, sents[stop - 1].stop, "said", person))
    return out
