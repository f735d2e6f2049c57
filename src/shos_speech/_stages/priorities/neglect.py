"""Cues of neglect under negation: "не упускать из виду X", "нельзя оставлять X без внимания".

Neglecting something, negated, marks it as a matter of importance (a double negative): "Мы не
должны упускать из виду вопросы продовольственной безопасности", "Нельзя оставлять без внимания
развитие малых городов", "Мы не будем оставлять вопросы энергетики без внимания" (the object
between the verb and its fixed complement), "Вопросы экологии нельзя оставлять без внимания" (the
object fronted), "X не должны оставаться без внимания" (the subject of the intransitive). The
negation is "не" before the verb or its modal ("не должны", "не стоит", "призвал не упускать") or a
word of impossibility ("нельзя", "недопустимо"). Not negated ("упустили из виду X", "остались без
внимания") or with a clause for object ("не следует упускать из виду, что ...") it marks nothing.

The same double negative marks importance in "невозможно переоценить значение X", "Значение X
трудно переоценить" (the genitive of the importance noun).

The verbs are ``[neglect_verbs]`` and ``[overrating_verbs]``, their complements
``[neglect_complements]``, the words of impossibility ``[neglect_negators]``
(``data/words/priorities.txt``).
"""
from __future__ import annotations

from .cues import Cue
from .features import verbal
from .lexicon import vocabulary
from .lists import lead, list_at
from .phrases import Phrase, Sent, head, head_cases, np_at
from .purpose import domain

NEGATOR = "не"
#: how many words (modals, "будем", adverbs, a pronoun) may stand between the negation and the verb
MAX_GAP = 3


def neglect_items(s: Sent) -> list[tuple[Cue, list[Phrase]]]:
    """The cues of neglect under negation in ``s`` and the phrases each marks."""
    words = vocabulary()
    out = []
    for v, t in enumerate(s.toks):
        if not (verbal(t) or t.pos == "INFN"):
            continue
        found = None
        if t.lemmas & words.neglect_verbs:
            neg = _negation(s.toks, v)
            found = _marked(s, v, neg) if neg is not None else None
        elif t.lemmas & words.overrating_verbs and v and s.toks[v - 1].lemmas & words.neglect_negators:
            found = _overrated(s, v)
        if found is not None:
            out.append((found[0], [ph for ph in found[1] if not _place(s.toks, ph)]))
    return out


def _place(toks: list, ph: Phrase) -> bool:
    """"Нельзя обойти вниманием и Афганистан": a place alone is a topic the speaker turns to, no direction."""
    h = head(toks, ph)
    return h is not None and toks[h].has("Geox") and ph.stop - ph.start == 1


def _overrated(s: Sent, v: int) -> tuple[Cue, list[Phrase]] | None:
    """"Невозможно переоценить значение X", "Значение X трудно переоценить": the genitive of the
    importance noun after the verb, or of the one that opens the clause."""
    toks, words = s.toks, vocabulary()
    if v + 1 < len(toks) and toks[v + 1].lemmas & words.importance_nouns:
        return Cue(v - 1, v + 2, "strong", None), _domains(s, list_at(s, v + 2))
    k = lead(s)
    if not toks[k].lemmas & words.importance_nouns:
        return None
    items = list_at(s, k + 1)
    return (Cue(v - 1, v + 1, "strong", None), _domains(s, items)) if items and items[-1].stop == v - 1 else None


def _domains(s: Sent, items: list[Phrase]) -> list[Phrase]:
    """The items that name a domain: the importance of a visit, a person or a document is no direction
    ("Значение этого визита трудно переоценить")."""
    return [ph for ph in items if domain(s.toks, ph)]


def _negation(toks: list, v: int) -> int | None:
    """Index of the negation of the verb at ``v``: "не" or a word of impossibility before it, with modal
    words, "будем", adverbs or a pronoun between; None when the verb is not negated."""
    words = vocabulary()
    for k in range(v - 1, max(-1, v - 2 - MAX_GAP), -1):
        t = toks[k]
        if t.value.lower() == NEGATOR or t.lemmas & words.neglect_negators:
            return k
        if not (t.pos in ("ADVB", "PRCL", "NPRO") or verbal(t) or t.has_any("ADJS", "PRED")):
            return None  # ("должны", "можем", "будем", "стоит", "следует", "мы")
    return None


def _complement_at(toks: list, k: int) -> int | None:
    """Index after a fixed complement of neglect at ``k`` ("из виду", "без внимания", "вниманием"), or None."""
    for words in vocabulary().neglect_complements:
        e = k + len(words)
        if tuple(t.value.lower() for t in toks[k:e]) == words:
            return e
    return None


def _marked(s: Sent, v: int, neg: int) -> tuple[Cue, list[Phrase]] | None:
    """The cue of the verb at ``v`` and what it marks: the object after its complement, the object
    between the verb and its complement, or the phrase fronted before the negation."""
    toks = s.toks
    e = _complement_at(toks, v + 1)
    if e is not None:
        k = _past_fillers(toks, e)
        if k < len(toks) and toks[k].is_word and toks[v].has("tran"):
            return Cue(neg, e, "strong", None), list_at(s, k)  # "не упускать из виду (и) X"
        if (k < len(toks) and toks[k].is_word and any(t.lemmas & vocabulary().duty_words for t in toks[neg + 1:v])
                and not any(t.noun_cases for t in toks[lead(s):neg])):  # (no subject before it)
            # "Не должна остаться без внимания и охрана ледников": a duty's subject after the verb ("не
            # остались без внимания и X" only reports what was discussed)
            subjects = [ph for ph in list_at(s, k) if "nomn" in head_cases(toks, ph)]
            if subjects:
                return Cue(neg, e, "strong", None), subjects
        # "X нельзя оставлять без внимания", "X не должны оставаться без внимания"
        return Cue(neg, e, "strong", None), _fronted(s, neg)
    obj = np_at(s, v + 1)
    if obj is None:
        return None
    # the complement ends the object; the phrase may have taken it for its own ("вопросы X без внимания")
    c = next((j for j in range(obj.start + 1, obj.stop + 1) if _complement_at(toks, j) is not None), None)
    if c is None:
        return None
    items = [ph for ph in list_at(s, v + 1) if ph.stop <= c] or [Phrase(obj.start, c)]
    return Cue(neg, _complement_at(toks, c), "strong", None), items  # "не оставлять вопросы X без внимания"


def _past_fillers(toks: list, k: int) -> int:
    """Index past "и", "также" ... at ``k`` ("не упускать из виду и X")."""
    while k < len(toks) and (toks[k].value.lower() == "и" or toks[k].lemmas & vocabulary().fillers):
        k += 1
    return k


def _fronted(s: Sent, neg: int) -> list[Phrase]:
    """"Вопросы экологии нельзя оставлять без внимания", "Эти вопросы не должны оставаться без
    внимания": the phrase that opens the clause and ends where its negation (or the subject pronoun
    before it) begins."""
    toks, k = s.toks, lead(s)
    end = neg - 1 if neg > 0 and toks[neg - 1].pos == "NPRO" else neg
    items = list_at(s, k) if k < end else []
    return items if items and items[-1].stop == end else []
