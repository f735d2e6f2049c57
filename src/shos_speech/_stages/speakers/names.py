"""Person names: in the nominative, and one key for every case and gender of a surname."""
from __future__ import annotations

import re

from ..._core.tokens import fold
from ...morph import parse

#: a surname reading weighs more than a first name or patronymic one ("Токаева": Токаев, gen.)
NAME_WEIGHT = {"Surn": 2, "Name": 1, "Patr": 1}
#: "Захарова", "Захаровой" and "Захаров" are one person
_FEMININE_SURNAME = re.compile(r"(ов|ев|ин|ын|ский|цкий)(а|ая)$")


def _name_parses(word: str) -> list:
    """The singular readings of ``word`` as a first name, surname or patronymic."""
    return [p for p in parse(word.lower()) if NAME_WEIGHT.keys() & p.tag.grammemes and p.tag.number != "plur"]


def _case_and_gender(words: list[str], capitalized: list[int]) -> tuple[str, str] | None:
    """The (case, gender) the name's words share best: each word's name readings vote by weight."""
    scores: dict[tuple[str, str], int] = {}
    for i in capitalized:
        seen = set()
        for p in _name_parses(words[i]):
            key = (p.tag.case, p.tag.gender)
            if key in seen:
                continue
            seen.add(key)
            scores[key] = scores.get(key, 0) + max(w for g, w in NAME_WEIGHT.items() if g in p.tag.grammemes)
    if not scores:
        return None
    if len(capitalized) > 1:  # ties: a full name in the nominative, a lone word masculine
        return max(scores, key=lambda k: (scores[k], k[0] == "nomn"))
    return max(scores, key=lambda k: (scores[k], k[1] == "masc"))


def _inflected(word: str, case: str, gender: str) -> str | None:
    """``word`` read in ``case`` and ``gender``, put in the nominative singular."""
    p = next((p for p in _name_parses(word) if p.tag.case == case and p.tag.gender == gender), None)
    if p is None:
        return None
    try:
        inf = p.inflect({"nomn", "sing"})
    except ValueError:
        return None
    return inf.word[:1].upper() + inf.word[1:] if inf else None


def person_nominative(words: list[str], case: str | None = None) -> list[str]:
    """Put a person's name in the nominative: "Касым-Жомарта Токаева" -> "Касым-Жомарт Токаев".

    The case and gender are chosen jointly for all the name's words (a surname reading
    weighs more than a first-name one: "Токаева" is the genitive of Токаев, not a
    woman's first name); words with no name reading ("Нуртлеу", "Жапаров") stay as written.
    ``case="nomn"`` (known from a title in apposition) keeps the words as they are.
    """
    out = list(words)
    if case == "nomn":
        return out
    capitalized = [i for i, w in enumerate(words) if w[:1].isupper()]
    chosen = _case_and_gender(words, capitalized)
    if chosen is None or chosen[0] == "nomn":
        return out
    for i in capitalized:
        new = _inflected(words[i], *chosen)
        if new:
            out[i] = new
    return out


def surname_key(word: str) -> str:
    """The key of a surname in the nominative, a woman's and a man's alike ("Захарова" and
    "Захаров" -> "захаров"): natasha's readings of one person's name differ in gender."""
    return _FEMININE_SURNAME.sub(r"\1", fold(word))


def adjective_not_name(tok) -> bool:
    """"Кыргызский": read first as an adjective and never as a name (natasha's PER on a country adjective)."""
    return tok.pos == "ADJF" and not tok.has_any(*NAME_WEIGHT)
