"""Manner cues: "в приоритетном порядке", "в первоочередном порядке", "приоритетно" + a verb.

The adverbial marks the activity of the verb it modifies as a priority: "В приоритетном порядке
будем развивать сотрудничество в области здравоохранения" (the infinitive phrase, named by its
verbal noun), "в первоочередном порядке решаем вопросы водопользования" (a finite verb: its
object, when the speaker's own: the first person; a passive verb: its subject, "в приоритетном
порядке будет рассматриваться X"). Modal words, "будем", the subject pronoun
stand between; what the verb names must be a domain ("в приоритетном порядке рассмотрим
заявку" names none).
"""
from __future__ import annotations

from .clauses import parenthesis_end
from .cues import Cue
from .features import reflexive, verbal
from .infinitives import verb_phrase_at
from .lexicon import heads, vocabulary
from .lists import list_at
from .phrases import Phrase, Sent, head
from .purpose import domain

#: how many words may stand between the manner cue and its verb
MAX_GAP = 4
#: the case of a passive verb's subject
NOMINATIVE = frozenset({"nomn"})


def manner(s: Sent, cue: Cue) -> bool:
    """Is the cue an adverbial of manner ("в приоритетном порядке", "приоритетно") before its verb?
    ("приоритетно развитие X" is a predicate: no verb follows.)"""
    return bool(s.toks[cue.stop - 1].lemmas & vocabulary().manner_words) and _verb_after(s.toks, cue.stop) is not None


def manner_phrases(s: Sent, cue: Cue) -> list[Phrase]:
    """The activity the manner cue marks: the infinitive phrase after it, or a finite verb's object."""
    toks = s.toks
    v = _verb_after(toks, cue.stop)
    if v is None:
        return []
    if reflexive(toks[v]) and not toks[v].lemmas & vocabulary().linking:
        return _subject_after(s, v + 1)  # "в приоритетном порядке будет рассматриваться X"
    if toks[v].pos == "INFN" and not toks[v].lemmas & vocabulary().linking:
        ph = verb_phrase_at(s, v)
        phrases = list_at(s, v, verbs=True) if ph is not None else []
        return [p for p in phrases if _names_domain(s, p)]
    if toks[v].pos != "INFN" and not toks[v].has("1per"):
        return []  # "ожидаем, что Совет в приоритетном порядке рассмотрит X": another's activity
    return _object_after(s, v + 1)


def _verb_after(toks: list, k: int) -> int | None:
    """Index of the verb the cue modifies: past modal words, "будем", a subject pronoun, adverbs."""
    words = vocabulary()
    j, limit = k, k + MAX_GAP + 1
    while j < min(len(toks), limit):
        t = toks[j]
        if t.value == ",":
            e = parenthesis_end(toks, j)  # "в приоритетном порядке, считает дипломат, нужно укреплять X"
            if e is None:
                return None
            limit, j = limit + e - j, e
            continue
        if _activity(t) and not (t.lemmas & (words.modal_verbs | {"быть"})):
            return j
        if not (t.pos in ("ADVB", "PRED", "PRCL") or t.lemmas & (words.modal_verbs | {"быть"})
                or (t.pos == "NPRO" and "nomn" in t.grams[0])):
            return None
        j += 1
    return None


def _activity(t) -> bool:
    return verbal(t) and t.pos != "PRTS"


def _object_after(s: Sent, k: int) -> list[Phrase]:
    """The object phrase (list) right after a finite verb or a linking infinitive at ``k``."""
    toks = s.toks
    if k >= len(toks) or toks[k].has_any("PREP") or toks[k].pos == "CONJ":
        return []
    return [p for p in list_at(s, k) if p.start >= k and domain(toks, p)]


def _subject_after(s: Sent, k: int) -> list[Phrase]:
    """"в приоритетном порядке будет рассматриваться X, а также Y", "в первоочередном порядке
    решаются вопросы X": a passive verb's subject after it, in the nominative, when it names a domain."""
    toks = s.toks
    if k >= len(toks) or toks[k].has_any("PREP") or toks[k].pos == "CONJ":
        return []
    return [p for p in list_at(s, k, only=NOMINATIVE) if p.start >= k and domain(toks, p)]


def _names_domain(s: Sent, ph: Phrase) -> bool:
    """Does the infinitive phrase govern a domain ("развивать сотрудничество в области X"), not an
    undertaking ("завершить строительство дороги" is an Initiative's)?"""
    obj = _object_after(s, ph.start + 1)
    return bool(obj) and not any(_undertaking(s.toks, p) for p in obj)


def _undertaking(toks: list, ph: Phrase) -> bool:
    h = head(toks, ph)
    return h is not None and bool(toks[h].lemmas & heads().undertaking)
