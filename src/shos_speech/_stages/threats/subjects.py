"""Whether a genitive after a threat belongs to it or is the subject of the next verb.

"пандемии коронавируса государства объединили": "государства" reads as a genitive of the threat and as
the nominative subject of "объединили"; the adjectives of the noun phrase, the verb after it (over the
subject's own acronym or prepositional phrase: "цены на нефть выросли") and a negation decide.
"""
from __future__ import annotations

from ..._core.lexicon import words


def surely_genitive(toks: list, tokens: list, index: dict[int, int]) -> bool:
    """A genitive complement beyond the entry is kept unless it may be the subject of the
    next verb ("пандемии коронавируса государства объединили": "государства" is nominative)."""
    nouns = [t for t in toks if t.has("NOUN")]
    if not nouns or nouns[-1].lemmas & words("threats", "time_nouns"):
        return False  # "маловодье этого года": a time, not a part of the threat
    nxt = index[toks[-1].span.start] + 1
    while nxt + 1 < len(tokens) and tokens[nxt].is_acronym:
        nxt += 1  # "страны ЕАЭС наращивают": the subject's own name stands before its verb
    after = tokens[nxt] if nxt < len(tokens) else None
    if after is not None and after.value.lower() == "не":
        return False  # "экстремизм границ не признает": the genitive object of a negated verb
    if after is not None and after.pos == "PREP":
        after = _past_preposition(tokens, nxt)  # "конфликта цены на нефть выросли": the subject's own phrase
    if not nouns[-1].has("nomn") or not _may_be_nominative(toks, nouns[-1]):
        return True
    return not (after is not None and after.has_any("VERB", "ADJS", "PRTS", "INFN") and _may_agree(after, nouns[-1]))


def _may_agree(verb, noun) -> bool:
    """May the noun be the verb's subject or its object put first? "Размывание доверия продолжается":
    "доверия" is a nominative only in the plural, "продолжается" singular and intransitive, so it is the
    threat's genitive; before a transitive verb it may be the object ("государства объединила")."""
    if verb.has("tran"):
        return True
    numbers = {n for case, n, _g in noun.readings("NOUN") if case == "nomn"}
    verb_numbers = {n for g in verb.grams if g & {"VERB", "ADJS", "PRTS"} for n in ("sing", "plur") if n in g}
    return not numbers or None in numbers or not verb_numbers or bool(numbers & verb_numbers)


#: words of a prepositional phrase stepped over between a subject and its verb, at most
MAX_PP = 4


def _past_preposition(tokens: list, k: int):
    """The token after the prepositional phrase at ``k`` (its adjectives and one noun), or None."""
    j = k + 1
    while j < len(tokens) and j - k <= MAX_PP and tokens[j].has_any("ADJF", "PRTF") and not tokens[j].has("NOUN"):
        j += 1
    if j < len(tokens) and tokens[j].has("NOUN"):
        j += 1
    return tokens[j] if j < len(tokens) and j - k <= MAX_PP + 1 else None


def _may_be_nominative(toks: list, noun) -> bool:
    """Can the noun phrase read as a nominative? Its adjectives decide ("Каспийского моря" cannot:
    "Каспийского" is no nominative, so "моря" is not the plural subject)."""
    k = toks.index(noun)
    adjs = []
    while k > 0 and toks[k - 1].has_any("ADJF", "PRTF"):
        k -= 1
        adjs.append(toks[k])
    for case, number, gender in noun.readings("NOUN"):
        if case == "nomn" and all(_nominative_agrees(a, number, gender) for a in adjs):
            return True
    return False


def _nominative_agrees(adj, number, gender) -> bool:
    for case, n, g in adj.readings("ADJF", "PRTF"):
        if case != "nomn" or (n and number and n != number):
            continue
        if number != "plur" and g and gender and g != gender and "ms-f" not in (g, gender):
            continue
        return True
    return False
