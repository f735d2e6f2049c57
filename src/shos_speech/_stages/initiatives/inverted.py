"""Authors put after their verb: "С инициативой создания фонда выступила российская сторона",
"Инициатором проведения форума выступил Казахстан", "Автором идеи создания совета стал Казахстан".

The proposal noun ("с инициативой", "с предложением") or the author noun ("инициатором",
"автором идеи") opens the clause with the undertaking it governs; the verb of coming forward
or becoming follows, and its subject after it authors the undertaking, which the speaker's
side only proposes. The undertaking ends before the verb.
"""
from __future__ import annotations

from ..._core.countries import find_country
from ...grammars.initiatives import StancePhrase
from .authors import ablt_to_nomn, own_side
from .objects import object_of
from .scan import Item, Scan

#: how far the verb may stand after the noun
_REACH = 20


def inverted_words(w) -> frozenset[str]:
    """The lemmas a sentence must hold for the construction to be looked for (a cheap test)."""
    return w.inverted_nouns | w.inverted_authors


def _opening(s: Scan, k: int) -> int | None:
    """Where the undertaking starts when token ``k`` opens the construction, else None: "с инициативой" +
    its object, "инициатором" (+ "идеи") + its object, all in the instrumental."""
    toks, w = s.toks, s.w
    t = toks[k]
    if "ablt" not in t.cases("NOUN"):
        return None
    if t.lemma in w.inverted_nouns and k > 0 and toks[k - 1].lemma == "с":
        return k + 1
    if t.lemma in w.inverted_authors:
        if k + 1 < s.n and toks[k + 1].lemma in w.inverted_nouns and "gent" in toks[k + 1].cases("NOUN"):
            return k + 2  # "автором идеи создания совета"
        return k + 1
    return None


def _verb_after(s: Scan, b: int) -> int | None:
    """The verb of coming forward or becoming after ``b`` in the same clause."""
    for v in range(b, min(s.n, b + _REACH)):
        t = s.toks[v]
        if t.value in ";:" or t.lemma == "который":
            return None
        if t.lemma in s.w.inverted_verbs and t.pos == "VERB":
            return v
    return None


def _subject_after(s: Scan, v: int) -> str | None:
    """The subject after the verb: the speaker's side ("наша страна", "мы"), a country's side ("российская
    сторона"), a country or a named author ("Президент Казахстана")."""
    toks, w = s.toks, s.w
    j = v + 1
    while j < s.n and toks[j].pos in ("ADVB", "PRCL"):
        j += 1
    if j >= s.n or not toks[j].is_word:
        return None
    t = toks[j]
    if t.lemma in w.first_person or (t.lemma == "наш" and j + 1 < s.n and toks[j + 1].lemma in w.country_sides):
        return own_side(s, v)
    if t.pos == "ADJF" and j + 1 < s.n and toks[j + 1].lemma in w.country_sides:
        return find_country([t])
    if not (t.is_cap and "nomn" in t.cases()):
        return None
    stop = j + 1
    while stop < s.n and stop < j + 6 and toks[stop].is_word and (toks[stop].is_cap or toks[stop].is_acronym):
        stop += 1
    return find_country(toks[j:stop]) if find_country([t]) else ablt_to_nomn(toks[j:stop], "nomn")


def inverted(s: Scan) -> list[Item]:
    """The undertakings whose author follows the verb; each proposes, with that author."""
    out: list[Item] = []
    for k in range(s.n - 2):
        b = _opening(s, k)
        if b is None:
            continue
        v = _verb_after(s, b)
        if v is None or v == b:
            continue
        ph = StancePhrase(("выступить", "с", s.toks[k].lemma), "proposes", any_object=False)
        author = _subject_after(s, v)
        for it in object_of(s, b - 1, b, ph):
            if it.start >= v:
                continue
            it.stop = min(it.stop, v)
            it.stance, it.pred, it.pred_stop = "proposes", b - 1, b
            it.proposer = author
            out.append(it)
    return out
