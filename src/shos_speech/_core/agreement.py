"""Agreement in case, number and gender: one test for every stage.

Russian noun phrases hold together by agreement: an adjective agrees with its noun
("экологических катастроф"), conjuncts share a case ("торговлю и логистику"). Each token
lists its readings as (case, number, gender) triples (:meth:`_View.readings`); two words
agree when some pair of readings does.
"""
from __future__ import annotations

ADJECTIVAL = ("ADJF", "PRTF")
NOMINAL = ("NOUN",)


def agree(a, b, pos_a: tuple[str, ...] = ADJECTIVAL, pos_b: tuple[str, ...] = NOMINAL, *,
          number: bool = True, gender: bool = False) -> bool:
    """Do ``a`` (read as ``pos_a``) and ``b`` (read as ``pos_b``) share a case, and number and
    gender when asked? A missing number or gender on either side agrees with any; so does "ms-f"."""
    for ca, na, ga in a.readings(*pos_a):
        for cb, nb, gb in b.readings(*pos_b):
            if ca is None or ca != cb:
                continue
            if number and na and nb and na != nb:
                continue
            if gender and na != "plur" and ga and gb and ga != gb and "ms-f" not in (ga, gb):
                continue
            return True
    return False


def shared_cases(a, b, pos_a: tuple[str, ...] = NOMINAL, pos_b: tuple[str, ...] = NOMINAL) -> frozenset[str]:
    """The cases two words can share (conjuncts of one list share theirs)."""
    return a.cases(*pos_a) & b.cases(*pos_b)
