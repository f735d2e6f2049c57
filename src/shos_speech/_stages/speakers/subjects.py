"""What can be the subject of a reporting sentence, read from the token view.

Only words in the nominative are subjects: in "обратился он к американскому президенту" the
president is the addressee, in "поддержал кандидатуру Назарбаева" the person is the object.
"""
from __future__ import annotations

from collections.abc import Sequence

VERB_POS = ("VERB", "INFN")
#: how far after a title word the name it opens may begin (tokens)
NAME_REACH = 12


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
    """The first verb after ``tokens[i]`` is read first as plural ("главы государств подписали";
    not "председательство своей страны, Председатель ... заявил, что задачами станут")."""
    verb = next((v for v in tokens[i + 1:] if is_verb(v)), None)
    return verb is not None and "plur" in verb.grams[0]


def governed(tokens: Sequence, i: int) -> bool:
    """Is the plural ``tokens[i]`` a complement, not a subject: after a preposition ("для стран"),
    or after a modifier with no plural nominative reading ("своей страны")?"""
    if not i or not tokens[i - 1].is_word:
        return False
    prev = tokens[i - 1]
    if prev.pos == "PREP":
        return True
    if prev.pos in ("ADJF", "PRTF", "NPRO"):
        return not prev.has("nomn", "plur")
    return False


def plural_noun_nominative(tok) -> bool:
    return tok.has("NOUN", "nomn", "plur")


def opens_name(tokens: Sequence, i: int, name_starts: frozenset[int], is_post=None, bodies=None) -> bool:
    """The title word ``tokens[i]`` opens a person's name ("премьер-министр Армении Никол Пашинян";
    with ``is_post``, a list of posts goes on past a comma: "помощник Президента, заведующий
    отделом ... Хикмет Гаджиев"); with ``bodies``, a body's name is crossed whole)."""
    end = min(len(tokens), i + 1 + NAME_REACH)
    k = i + 1
    while k < end:
        t = tokens[k]
        if t.span.start in name_starts:
            return True
        if bodies is not None and bodies.covers(t.span.start):
            k += 1  # "Глава Комитета по бюджету, налогам и финансам Олег Смирнов": the body's own commas
            end = min(len(tokens), k + NAME_REACH)
            continue
        if is_verb(t):
            return False
        if t.is_punct and t.value != "-":
            if not (t.value == "," and is_post is not None and k + 1 < len(tokens) and is_post(tokens[k + 1])):
                return False
            end = min(len(tokens), k + 1 + NAME_REACH)  # a post after the comma: its own reach
        k += 1
    return False
