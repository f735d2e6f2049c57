"""The undertakings of those a restrictive measure names: "лица, ответственные за оказание военной помощи".

A measure against persons or bodies (a sanction, a ban, an entry list: [restrictions], in the sentence or
the one before it, "В него вошли ...") names them by what they did or stand for: "лица, ответственные за
X", "компании, причастные к Y", "выступающие за Z". X, Y and Z are an opponent's undertakings the speaker
opposes (ONTOLOGY §6); without such a measure the same words only describe ("компании, причастные к
строительству газопровода").
"""
from __future__ import annotations

from ...grammars.initiatives import StancePhrase
from .lexicon import Words
from .objects import walk_governed
from .scan import Item, Scan


def complicity_words(w: Words) -> frozenset[str]:
    """The words one of which a sentence must hold to name someone by a deed (the stage's cheap test)."""
    return frozenset(lemma for lemma, _prep in w.complicity)


def _frame(s: Scan, k: int) -> str | None:
    """The preposition of a complicity frame at ``k`` ("ответственные за", "причастные к", "выступающие за"),
    in the attributive form that names someone, or None."""
    t = s.toks[k]
    if k + 1 >= s.n or t.pos not in ("ADJF", "PRTF"):
        return None
    prep = s.lemma(k + 1)
    return prep if any((lemma, prep) in s.w.complicity for lemma in t.lemmas) else None


def complicit(s: Scan, restricted: bool) -> list[Item]:
    """The undertakings opposed in the complicity frames of a sentence under a restrictive measure."""
    if not restricted:
        return []
    out: list[Item] = []
    for k in range(s.n):
        prep = _frame(s, k)
        if prep is None or (out and k < out[-1].stop):
            continue
        ph = StancePhrase((s.toks[k].lemma, prep), "opposes", True)
        out += _deeds(s, k + 1, ph, prep)
    return out


def _deeds(s: Scan, j: int, ph: StancePhrase, prep: str) -> list[Item]:
    """The deeds after the frame's preposition at ``j`` and after each repetition of it (", за участие в X,
    за деятельность по Y"); a deed wrapping a danger is the threats stage's ("за организацию блокады")."""
    out: list[Item] = []
    while j < s.n and s.lemma(j) == prep:
        inner = s.lemma(j + 2)
        wrapped = (s.lemma(j + 1), inner) in s.w.deed_wrappers  # "за деятельность по созданию «трибунала»"
        items = walk_governed(s, j + 2, ph, inner) if wrapped else walk_governed(s, j, ph, prep)
        if not items:
            break
        out += [it for it in items if not (it.head is not None and s.in_threat(it.head + 1))]
        j = items[-1].stop
        while j < s.n and s.is_joiner(j):
            j += 1
    return out
