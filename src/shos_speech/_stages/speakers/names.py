"""Person names: in the nominative, and one key for every case and gender of a surname.

A name is read word by word in its slot: a first name has first-name readings, a surname
surname readings, a middle word a patronymic's. The case and gender are chosen for the
whole name, from the context when it says (a title in apposition, a preposition, the verb
the name is the subject of) and from the words' readings otherwise. A word with no reading
of its slot in that case is a foreign name: it loses a case ending only when it has one of
a masculine consonant stem ("Шавката" → "Шавкат", "Пезешкианом" → "Пезешкиан"); a word in a
vowel stays as written ("Раиси", "Моди", "Лукашенко") and is never read as a Russian name
of another slot ("Раиси" is no "Раися").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold
from ...morph import parse

#: the grammemes a word's readings must carry in each slot of a name
SLOT_GRAMMEMES = {"first": ("Name",), "middle": ("Patr", "Name"), "last": ("Surn",)}
#: how much each slot's readings weigh when the name's case and gender are chosen
SLOT_WEIGHT = {"first": 2.0, "middle": 1.0, "last": 1.5}
#: "Захарова", "Захаровой" and "Захаров" are one person
_FEMININE_SURNAME = re.compile(r"(ов|ев|ин|ын|ский|цкий)(а|ая)$")
_CASE_MAP = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}


@cache
def case_endings() -> dict[str, tuple[tuple[str, str], ...]]:
    """case -> (ending, nominative ending) of masculine names in that case (``[name_endings]``)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in section_lines("speakers", "name_endings"):
        case, ending, *nominative = line.split()
        out.setdefault(case, []).append((fold(ending), fold(nominative[0]) if nominative else ""))
    return {case: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for case, pairs in out.items()}


def _case(p) -> str | None:
    return _CASE_MAP.get(p.tag.case, p.tag.case)


def _genders(p) -> tuple[str, ...]:
    """The genders a reading fits: a common-gender surname ("Лукашенко") fits both."""
    g = p.tag.gender
    return ("masc", "femn") if g is None or "ms-f" in p.tag.grammemes else (str(g),)


def slot_readings(word: str, slot: str) -> list:
    """The singular readings of ``word`` in a name's ``slot``."""
    wanted = SLOT_GRAMMEMES[slot]
    return [p for p in parse(word.lower()) if any(g in p.tag.grammemes for g in wanted) and p.tag.number != "plur"]


def name_groups(words: list[str]) -> list[list[int]]:
    """The indices of each word of a name: hyphenated parts are one word ("Касым", "-", "Жомарта")."""
    groups: list[list[int]] = []
    joined = False
    for i, w in enumerate(words):
        if w == "-":
            joined = bool(groups)
            continue
        if not any(ch.isalpha() for ch in w):
            joined = False
            continue
        if joined:
            groups[-1].append(i)
        else:
            groups.append([i])
        joined = False
    return groups


def is_initial(word: str) -> bool:
    """"М" of "М.В.Захарова": one capital letter."""
    return len(word) == 1 and word.isupper()


def name_slots(words: list[str], groups: list[list[int]]) -> list[str]:
    """The slot of each word: a lone word is a surname; of several, the first is a first name, the
    last a surname, those between middle names; initials have the slot "initial". After initials
    the words are all the surname ("Б.Бхутто Зардари"): initials stand for the first names."""
    named = [g for g in groups if not is_initial(words[g[-1]])]
    after_initials = bool(groups) and is_initial(words[groups[0][-1]])
    out = []
    for g in groups:
        if is_initial(words[g[-1]]):
            out.append("initial")
        elif after_initials or len(named) == 1 or g is named[-1]:
            out.append("last")
        elif g is named[0]:
            out.append("first")
        else:
            out.append("middle")
    return out


def _scores(words: list[str], parts: list[tuple[int, str]], cases: frozenset[str] | None) -> dict:
    scores: dict[tuple[str, str], float] = {}
    for i, slot in parts:
        seen = set()
        for p in slot_readings(words[i], slot):
            case = _case(p)
            if cases and case not in cases:
                continue
            for gender in _genders(p):
                if (case, gender) not in seen:
                    seen.add((case, gender))
                    scores[(case, gender)] = scores.get((case, gender), 0.0) + SLOT_WEIGHT[slot] * (p.score or 0.01)
    return scores


def name_votes(words: list[str], cases: Iterable[str] | None = None) -> dict[tuple[str, str], float]:
    """(case, gender) -> weight: the readings of the name's words in their slots, weighted by slot
    and probability, among the ``cases`` the context allows (all when None)."""
    groups = name_groups(words)
    slots = name_slots(words, groups)
    parts = [(g[-1], s) for g, s in zip(groups, slots, strict=True) if s != "initial"]
    return _scores(words, parts, frozenset(cases) if cases else None)


def case_and_gender(words: list[str], cases: Iterable[str] | None = None,
                    gender: str | None = None) -> tuple[str, str] | None:
    """The (case, gender) of a name (:func:`name_votes`); a ``gender`` known otherwise (the
    person's other mentions, a verb) is kept. With no reading in the allowed cases, the
    context's first case and the known gender (else a masculine) stand."""
    allowed = frozenset(cases) if cases else None
    scores = name_votes(words, allowed)
    if scores and gender is None:  # the gender all the readings weigh most for, then its best case
        totals = {g: sum(v for (_c, g2), v in scores.items() if g2 == g) for g in ("masc", "femn")}
        gender = max(totals, key=lambda g: (totals[g], g == "masc"))
    scores = {k: v for k, v in scores.items() if gender is None or k[1] == gender}
    if scores:
        return max(scores, key=lambda k: (scores[k], k[0] == "nomn"))
    if allowed:
        # a case the context leaves open: the first of ``[case_order]`` (a masculine genitive and
        # accusative read alike)
        order = section_lines("speakers", "case_order")
        return next(c for c in (*order, *sorted(allowed)) if c in allowed), gender or "masc"
    return None


def _by_ending(word: str, case: str) -> str | None:
    """A foreign masculine name put in the nominative by its case ending, or None."""
    low = fold(word)
    for ending, nominative in case_endings().get(case, ()):
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            return word[:len(word) - len(ending)] + nominative
    return None


def _restore(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def _inflected(word: str, slot: str, case: str, gender: str) -> str | None:
    """``word`` in ``slot`` read in ``case`` and ``gender``, put in the nominative singular; a name
    of an indeclinable family ("Гурбангулы", "Аллаберды") stays as it is."""
    if fold(word).endswith(tuple(words("speakers", "indeclinable_name_endings"))):
        return None
    p = next((p for p in slot_readings(word, slot) if _case(p) == case and gender in _genders(p)), None)
    if p is not None:
        try:
            inf = p.inflect({"nomn", "sing"})
        except ValueError:
            inf = None
        if inf is not None:
            return _restore(word, inf.word)
    if gender == "masc":
        found = _by_ending(word, case)
        return _restore(word, found) if found else None
    return None


def person_nominative(words: list[str], cases: Iterable[str] | str | None = None,
                      gender: str | None = None) -> list[str]:
    """Put a person's name in the nominative: "Касым-Жомарта Токаева" -> "Касым-Жомарт Токаев".

    ``cases`` are the cases the context allows the name (a title in apposition: "Президента"
    gives the genitive or accusative; ``"nomn"`` keeps the words as they are), ``gender`` the
    gender it knows. Only the last part of a hyphenated word inflects; initials never do.
    """
    if isinstance(cases, str):
        cases = (cases,)
    out = list(words)
    chosen = case_and_gender(words, cases, gender)
    if chosen is None or chosen[0] == "nomn":
        return out
    case, gender = chosen
    groups = name_groups(words)
    for g, slot in zip(groups, name_slots(words, groups), strict=True):
        if slot == "initial":
            continue
        new = _inflected(words[g[-1]], slot, case, gender)
        if new:
            out[g[-1]] = new
    return out


def is_patronymic(word: str) -> bool:
    """"Шарипович", "Кемелевичем", "Викторовна": a patronymic in any case."""
    return any("Patr" in p.tag.grammemes for p in parse(fold(word)))


def surname_key(word: str) -> str:
    """The key of a surname in the nominative, a woman's and a man's alike ("Захарова" and
    "Захаров" -> "захаров"): natasha's readings of one person's name differ in gender."""
    return _FEMININE_SURNAME.sub(r"\1", fold(word))


def first_name_key(word: str) -> str:
    """The key of a first name in the nominative ("Касым-Жомарт" -> "касым-жомарт")."""
    return fold(word)


def same_first_name(a: str, b: str) -> bool:
    """Two keys of one first name: equal, or one the other with a case ending left on it."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2


def adjective_not_name(tok) -> bool:
    """"Кыргызский": read first as an adjective and never as a name (natasha's PER on a country adjective)."""
    return tok.pos == "ADJF" and not tok.has_any("Surn", "Name", "Patr")
