"""Threats named as the subject of a threat predicate, whatever their head.

"Мракобесие представляет серьезную угрозу", "X является вызовом для всех нас", "Главной
угрозой остается X", "Серьезную опасность представляет X": a predicate verb of
``[predicate_verbs]`` with a danger noun of ``[predicate_dangers]`` next to it says that its
subject, a noun phrase in the nominative, is a threat. The subject stands after the verb when
the danger noun opens the clause, else it ends right before the verb. Read from the token view;
the noun phrases are parsed by the context grammar (``context._governed``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..._core.lexicon import words
from ..._core.tokens import PROPER

#: tokens between a predicate verb and its danger noun at most ("представляет собой серьезную угрозу")
MAX_GAP = 3
#: clause boundaries tried back from the verb for a subject before it ("X, Y и Z представляют угрозу")
MAX_STARTS = 4


@dataclass(frozen=True)
class PredicateHit:
    """Where a subject phrase begins (``stop``, as a cue's end), its case, and where it must end."""

    stop: int
    payload: str
    until: int | None = None  # the subject must end at this token (the verb), or None


def predicate_hits(tokens: list) -> list[PredicateHit]:
    out: list[PredicateHit] = []
    verbs, dangers = words("threats", "predicate_verbs"), words("threats", "predicate_dangers")
    for k, tok in enumerate(tokens):
        if not tok.has_any("VERB") or not tok.lemmas & verbs or (k and tokens[k - 1].value.lower() == "не"):
            continue  # "Россия не представляет угрозы": no threat named
        before = any(_danger(t, dangers) for t in tokens[max(0, k - MAX_GAP):k])
        first = next((t for t in tokens[k + 1:k + 1 + MAX_GAP] if t.pos == "NOUN"), None)
        after = first is not None and _danger(first, dangers)  # "остается источником угроз": no danger predicate
        if before and k + 1 < len(tokens):
            out.append(PredicateHit(k + 1, "nomn"))  # "Главной угрозой остается X"
        elif after:
            out += [PredicateHit(s, "nomn", k) for s in _subject_starts(tokens, k)]
    return out


def _danger(tok, dangers: frozenset[str]) -> bool:
    """A danger noun as the predicate: "угрозу" (представляет), "угрозой", "вызовом" (является, остается)."""
    return tok.pos == "NOUN" and bool(tok.lemmas & dangers) and tok.has_any("accs", "ablt")


def proper_head(cand) -> bool:
    """A named country or body as the subject ("Афганистан остается угрозой") is no phenomenon."""
    return any(PROPER & g for g in cand.head.grams[:1]) or cand.head.is_acronym


def _subject_starts(tokens: list, verb: int) -> list[int]:
    """Where a subject ending before ``verb`` may begin, farthest first: the clause boundaries before the
    verb back to the sentence start or a clause opener ("что", a colon)."""
    starts: list[int] = []
    boundaries, openers = words("threats", "subject_openers"), words("threats", "clause_openers")
    for j in range(verb - 1, -1, -1):
        opener = j > 0 and tokens[j - 1].value.lower() in boundaries
        if (j == 0 or opener) and not tokens[j].is_punct:
            starts.append(j)
        if j == 0 or len(starts) >= MAX_STARTS or (opener and tokens[j - 1].value.lower() in openers):
            break
    return starts[::-1]
