"""A predicative cue that opens its clause: "Не менее важна защита лесов", "Для нас принципиально
важно развитие X" — the nominative subject after it is the direction.
"""
from __future__ import annotations

from .cues import Cue, past_for_whom
from .features import clause_dash, for_whom, verbal
from .lexicon import vocabulary
from .lists import list_at
from .phrases import Phrase, Sent
from .purpose import domain

#: a fronted cue's clause ends at these marks before it
CLAUSE_MARKS = ".;!?()\"«»“”"


def fronted_predicate(s: Sent, cue: Cue) -> list[Phrase]:
    """"Не менее важна защита лесов", "Для нас принципиально важно развитие X", "Не менее важным
    является X": a predicative cue that opens its clause (only adverbs, particles and "для нас"
    before it) marks the nominative subject after it."""
    toks = s.toks
    b = cue.start - 1
    while b >= 0 and not (toks[b].value in CLAUSE_MARKS or toks[b].value in ",:" or clause_dash(s.text, toks[b])
                          or toks[b].lemmas & vocabulary().clause_openers):  # "заявил, что для нас важно X"
        if toks[b].pos in ("ADVB", "PRCL") or toks[b].lemmas & (vocabulary().fillers | vocabulary().degree_words):
            b -= 1  # ("Самое важное сейчас — X")
        elif toks[b].pos == "NPRO" and "datv" in toks[b].grams[0]:
            b -= 1  # "нам важно X"
        elif for_whom(toks, b) is not None:
            b = for_whom(toks, b)
        else:
            return []
    k = past_beneficiary(toks, past_for_whom(toks, cue.stop))
    k = past_particle(toks, k)  # "Не менее важно и X"
    copulas = vocabulary().copulas
    while k < len(toks) and (toks[k].pos in ("ADVB", "PRCL") or (verbal(toks[k]) and toks[k].lemmas & copulas)
                             or clause_dash(s.text, toks[k])):
        k += 1  # ("Самое важное сейчас — X")
    phrases = list_at(s, k, only=frozenset({"nomn"})) if k < len(toks) else []
    return phrases if phrases and all(domain(toks, ph) for ph in phrases) else []


def past_beneficiary(toks: list, k: int) -> int:
    """Index after "для нас", "для нашей страны" at ``k`` ("Не менее важна для нас X"); else ``k``."""
    if k + 1 >= len(toks) or toks[k].value.lower() != "для":
        return k
    j = k + 1
    if j + 1 < len(toks) and toks[j].has_any("ADJF", "Apro"):
        j += 1
    return j + 1 if toks[j].has_any("NOUN", "NPRO") else k


def past_particle(toks: list, k: int) -> int:
    """Index after an additive particle at ``k`` ("и", "также", "тоже"); else ``k``."""
    return k + 1 if k + 1 < len(toks) and toks[k].value.lower() in ("и", "также", "тоже") else k
