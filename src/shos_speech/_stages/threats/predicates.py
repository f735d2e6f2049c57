"""Threats named as the subject of a threat predicate or in a list a danger noun opens, whatever their head.

"Мракобесие представляет серьезную угрозу", "X является вызовом для всех нас", "Главной
угрозой остается X", "Серьезную опасность представляет X": a predicate verb of
``[predicate_verbs]`` with a danger noun of ``[predicate_dangers]`` next to it says that its
subject, a noun phrase in the nominative, is a threat. The subject stands after the verb when
the danger noun opens the clause, else it ends right before the verb. Read from the token view;
the noun phrases are parsed by the context grammar (``context._governed``).

A generic danger noun of ``[related_heads]`` opens a list of the dangers it means: after a colon
or a dash ("новыми угрозами: X, Y и Z"), after "как" ("такими вызовами, как X и Y", "угрозы, такие
как X"), and as the frame of a naming verb ("Среди угроз он назвал X и Y", "К вызовам относятся X").
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
        # "Главной угрозой остается X"; not a danger a preposition governs ("Ответственность за угрозу несут X")
        before = any(_danger(tokens[j], dangers) and not (j and tokens[j - 1].pos == "PREP")
                     for j in range(max(0, k - MAX_GAP), k))
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


def no_phenomenon(cand) -> bool:
    """A named country or body ("Афганистан остается угрозой"), or a task ("вызовы: обеспечение роста",
    "необходимость модернизации"), is no phenomenon a danger noun or predicate can name."""
    head = cand.head
    named = any(PROPER & g for g in head.grams[:1]) or head.is_acronym
    return named or bool(head.lemmas & words("threats", "task_heads"))


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


#: tokens between a danger noun and its list opener, or between "среди угроз" and its naming verb, at most
MAX_REACH = 4


def listing_hits(tokens: list) -> list[PredicateHit]:
    """Where the lists that danger nouns open begin: "угрозами: X", "вызовами, как X", "угрозы — X",
    "Среди угроз он назвал X", "К вызовам относятся X"."""
    out: list[PredicateHit] = []
    dangers = words("threats", "related_heads")
    for k, tok in enumerate(tokens):
        if tok.pos != "NOUN" or not tok.lemmas & dangers or k + 2 >= len(tokens):
            continue
        nxt = tokens[k + 1].value.lower()
        b = k - 1
        while b > 0 and tokens[b].has_any("ADJF", "PRTF"):
            b -= 1  # "среди главных вызовов", "к новым вызовам"
        prep = tokens[b].value.lower() if b >= 0 else ""
        if nxt in (":", "-") and prep != "на":  # "Ответ на вызовы: ...": the list is of the answer
            out.append(PredicateHit(k + 2, "nomn" if nxt == "-" else _case_of(tok, tokens[k + 2:])))
        elif nxt == "," and k + 3 < len(tokens) and _as(tokens, k + 2) is not None:
            out.append(PredicateHit(_as(tokens, k + 2), None))
        elif prep == "среди":
            verb = next((j for j in range(k + 1, min(len(tokens) - 1, k + 1 + MAX_REACH))
                         if tokens[j].lemmas & words("threats", "naming_verbs")), None)
            if verb is not None:
                out.append(PredicateHit(verb + 1, "accs"))
        elif prep in ("к", "ко") and "относиться" in tokens[k + 1].lemmas:
            out.append(PredicateHit(k + 2, "nomn"))
    return out


def _as(tokens: list, j: int) -> int | None:
    """The first token of the list after "как" or "такие как" at ``j``, or None."""
    if tokens[j].value.lower() == "как":
        return j + 1
    if "такой" in tokens[j].lemmas and tokens[j + 1].value.lower() == "как":
        return j + 2
    return None


def _case_of(danger, after: list) -> str | None:
    """The case a list after a colon agrees in: the danger noun's when the first noun shares it ("угрозами:
    мракобесием"), else none asked."""
    first = next((t for t in after if t.has("NOUN")), None)
    shared = set(danger.noun_cases) & set(first.noun_cases) if first is not None else set()
    return next(iter(sorted(shared)), None) if len(shared) == 1 else None

