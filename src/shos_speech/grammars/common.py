"""Shared building blocks of the grammars: small named rules over yargy morph tokens.

Every ``repeatable`` is capped: yargy's Earley chart grows explosively on ambiguous,
unbounded repetition.
"""
from __future__ import annotations

from yargy import Parser, and_, not_, or_, rule
from yargy.predicates import (
    dictionary,
    eq,
    gram,
    in_,
    is_capitalized,
    is_upper,
)
from yargy.predicates import (
    type as token_type,
)

from ..document import tokenizer

ADJ = or_(gram("ADJF"), gram("PRTF"))
# "в", "и", "с" have rare noun readings (abbreviations): a function word is never a noun here
FUNCTION_WORD = or_(gram("PREP"), gram("CONJ"), gram("PRCL"), gram("INTJ"))
NOUN = and_(gram("NOUN"), not_(FUNCTION_WORD))
GENT = or_(gram("gent"), gram("gen2"))

CONJ = dictionary({"и"})
COMMA = eq(",")
HYPHEN = eq("-")
QUOTE = in_({'"', "«", "»", "“", "”", "„"})
CAPITALIZED = is_capitalized()
UPPER_WORD = is_upper()
RU = token_type("RU")
LATIN = token_type("LATIN")
INT = token_type("INT")

# "финансово-экономических", "транспортно-коммуникационных": yargy splits at the hyphen
COMPOUND_PREFIX = rule(RU, HYPHEN).named("COMPOUND_PREFIX")


def adjective(*grams: str):
    """An adjective or participle, optionally constrained by grammemes ("gent", "plur" ...)."""
    preds = [gram(g) for g in grams]
    if not preds:
        return ADJ
    return and_(ADJ, *preds)


def noun(*grams: str):
    return and_(NOUN, *[gram(g) for g in grams]) if grams else NOUN


def parser(rule_, tok=None) -> Parser:
    """A yargy Parser that accepts both strings and shared sentence token lists."""
    return Parser(rule_, tokenizer=tok or tokenizer())
