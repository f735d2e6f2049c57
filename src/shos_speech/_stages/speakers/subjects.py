"""What can be the subject of a reporting sentence, read from the token view.

Only words in the nominative are subjects: in "обратился он к американскому президенту" the
president is the addressee, in "поддержал кандидатуру Назарбаева" the person is the object.
"""
from __future__ import annotations

from collections.abc import Sequence

from .intervals import tokens_within

VERB_POS = ("VERB", "INFN")
#: how far after a title word the name it opens may begin (tokens)
NAME_REACH = 7


def is_nominative(tok, singular: bool = False) -> bool:
    """A nominative reading; with ``singular``, no plural one ("главы государств" is a group)."""
    nominatives = [g for g in tok.grams if "nomn" in g]
    if singular:
        return bool(nominatives) and all("plur" not in g for g in nominatives)
    return bool(nominatives)


def is_verb(tok) -> bool:
    """Read first as a verb or infinitive."""
    return tok.pos in VERB_POS


def plural_verb_after(tokens: Sequence, i: int) -> bool:
    """A verb read first as plural follows ``tokens[i]`` ("главы государств подписали")."""
    return any(is_verb(v) and "plur" in v.grams[0] for v in tokens[i + 1:])


def plural_noun_nominative(tok) -> bool:
    return tok.has("NOUN", "nomn", "plur")


def name_in_nominative(tokens: Sequence, start: int, stop: int) -> bool:
    """A person's name in the nominative: the subject, not the object ("кандидатуру Назарбаева").

    The first word with a first-name or surname reading decides ("Касым-Жомарт Токаев":
    "Касым"; "Сергея Лаврова": "Сергея"); without one, any nominative reading of the last.
    """
    inside = [t for t in tokens_within(tokens, start, stop) if t.is_word]
    if not inside:
        return False
    for t in inside:
        names = [g for g in t.grams if "Surn" in g or "Name" in g]
        if names:
            return any("nomn" in g for g in names)
    return inside[-1].has("nomn")


def opens_name(tokens: Sequence, i: int, name_starts: frozenset[int]) -> bool:
    """The title word ``tokens[i]`` opens a person's name ("премьер-министр Армении Никол Пашинян")."""
    for t in tokens[i + 1:i + 1 + NAME_REACH]:
        if t.span.start in name_starts:
            return True
        if t.is_punct and t.value != "-" or is_verb(t):
            return False
    return False
