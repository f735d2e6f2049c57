"""Answers in interviews: the verbless reply to a journalist's question that holds a cue.

"— Что для вас на первом месте?" "— Безусловно, экономика." The question's cue names nothing; the
answer's phrase is its item (the interviewee's, not the question's). An answer opens with a
dialogue dash, or with a label and its colon ("Ответ:", "Ж. Кулубаев:"); a modal parenthesis
("Безусловно,", "Конечно,") and fillers may stand before its phrase, and the preposition the
question fronted may be repeated ("— На чем сосредоточитесь?" "— На энергетике и на воде.").
An answer that opens with "Прежде всего" / "В первую очередь" names the first of a list that the
ordinals after it go on with ("Второе — Y.").
"""
from __future__ import annotations

from .area import elliptical_at
from .features import verbal
from .forward import skip_fillers
from .lexicon import vocabulary
from .lists import lead, list_at
from .phrases import Phrase, Sent

#: the longest label before an answer's colon ("Ответ:", "Ж. Кулубаев:")
MAX_LABEL = 4


def answer_start(s: Sent, question: Sent) -> int | None:
    """Where the content of ``s`` starts when it is a verbless answer to the question ``question``
    ends with; None otherwise."""
    toks = s.toks
    if not question.toks or question.toks[-1].value != "?" or any(verbal(t) for t in toks):
        return None
    k = lead(s) or _label_end(toks)
    if not k:
        return None
    k = skip_fillers(s, _past_modal(toks, k))
    return k + 1 if k < len(toks) and toks[k].value == "," else k  # "Прежде всего, экономика."


def answer_items(s: Sent, question: Sent, k: int) -> list[Phrase]:
    """The phrases the answer names from ``k`` on; the question's fronted preposition repeated
    before them ("— На энергетике и на водных ресурсах.") separates them."""
    toks = s.toks
    prep = None
    if k < len(toks) and toks[k].has_any("PREP") and _fronted(question, toks[k].value.lower()):
        prep = toks[k].value.lower()
        k += 1
    listed = [ph for ph in list_at(s, k, prep=prep) if ph.start >= k]
    return listed or [ph for ph in [elliptical_at(s, k)] if ph]  # "— Водно-энергетическое."


def opens_list(s: Sent) -> bool:
    """Does the answer open with "Прежде всего" / "В первую очередь" (the first of several)?"""
    k = lead(s) or _label_end(s.toks) or 0
    written = tuple(t.value.lower() for t in s.toks[k:k + 3])
    return any(written[:len(w)] == w for w in vocabulary().first_openers)


def _label_end(toks: list) -> int | None:
    """Index after "Ответ:" / "Ж. Кулубаев:" opening the sentence: capitalized words (and the
    initials' points) before a colon."""
    for j in range(1, min(len(toks), MAX_LABEL + 1)):
        if toks[j].value == ":":
            return j + 1 if toks[0].is_cap else None
        if not (toks[j].is_cap or toks[j].value == "."):
            return None
    return None


def _past_modal(toks: list, k: int) -> int:
    """"Безусловно, X", "Конечно, X": past a modal word and its comma."""
    if k + 1 < len(toks) and toks[k + 1].value == "," and toks[k].lemmas & vocabulary().parenthetical_words:
        return k + 2
    return k


def _fronted(question: Sent, prep: str) -> bool:
    """Does the question front that preposition with its pronoun ("На чем", "В чем", "На каких")?"""
    qs = question.toks
    return any(t.value.lower() == prep and j + 1 < len(qs) and (
        qs[j + 1].has_any("NPRO") or bool(qs[j + 1].lemmas & vocabulary().fronting_pronouns))
        for j, t in enumerate(qs))
