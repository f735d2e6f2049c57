"""Negation: a cue whose own verb, or the copula linking it, is negated marks no priority.

"Развитие туризма не является для нас приоритетом", "Мы не уделяем особого внимания X", "X не
должна становиться приоритетом": "не" before the cue, with only copulas, modals, adverbs and
"для нас" between. Not a negation: "не менее важно", "не только приоритетом" (the word after
"не" says so), and a double negative ("нельзя не отметить важность", "не может не быть").

A cue in a clause of supposition or of an indirect question marks nothing either: "Корреспондент
поинтересовался, будет ли уделено особое внимание X", "Если приоритетом станет только X, мы
проиграем" (the words of ``[hypothetical_words]`` between the clause's start and the cue; a direct
question, which its answer may fill, is left to the walk).
"""
from __future__ import annotations

from .features import for_whom, verbal
from .lexicon import vocabulary

NEGATOR = "не"
#: the marks a clause starts after
CLAUSE_MARKS = ",;:()"


def negated(toks: list, start: int) -> bool:
    """Is the cue that starts at token ``start`` negated?"""
    words = vocabulary()
    k = start - 1
    while k >= 0:
        t = toks[k]
        low = t.value.lower()
        if low == NEGATOR:
            return not _not_negation(toks, k)
        if (verbal(t) or t.pos == "INFN") and t.lemmas & (words.linking | words.naming_verbs | words.modal_verbs):
            k -= 1  # "не должна становиться приоритетом", "не стоит считать приоритетом"
        elif t.pos in ("ADVB", "PRCL") or t.lemmas & words.fillers:
            k -= 1
        elif for_whom(toks, k) is not None:
            k = for_whom(toks, k)  # "не является для нас приоритетом"
        else:
            return False
    return False


def _not_negation(toks: list, k: int) -> bool:
    """"не менее", "не только": the word after "не" is compared, not negated; "нельзя не", "не может
    не": a double negative."""
    words = vocabulary()
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.value.lower() in words.negation_exceptions:
        return True
    before = toks[k - 1] if k > 0 else None
    if before is None:
        return False
    if before.lemmas & words.double_negators:
        return True
    return verbal(before) and k > 1 and toks[k - 2].value.lower() == NEGATOR


def supposed(toks: list, start: int) -> bool:
    """Is the cue that starts at ``start`` in a clause of supposition or an indirect question ("будет
    ли", "если") in a sentence that is no question?"""
    if toks and toks[-1].value == "?":
        return False
    words = vocabulary().hypothetical_words
    for k in range(start - 1, -1, -1):
        t = toks[k]
        if t.value in CLAUSE_MARKS or t.is_dash:
            return False
        if t.value.lower() in words:
            return True
    return False
