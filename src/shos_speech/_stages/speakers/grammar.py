"""The rules and word classes the speakers stage runs, read once when the stage is built.

The rules are those of :mod:`shos_speech.grammars.speakers`; a construction is parsed only
at the tokens it can open with (``grammars.common.anchored_findall``), not predicted at
every token, and the word lists are its data sections.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from yargy import Parser

from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold
from ...grammars import speakers as rules
from ...grammars.common import anchored_findall, anchored_match, parser
from ...grammars.gazetteer import Gazetteer

#: quotation marks a continuation may stand after
_OPENING_QUOTES = frozenset('«"„')


@cache
def tags(section: str) -> frozenset[str]:
    """A class of grammemes or parts of speech (OpenCorpora tags): one section of
    ``data/words/speakers.txt`` read as written (``words`` would lowercase it)."""
    return frozenset(section_lines("speakers", section))


@cache
def surname_ending() -> re.Pattern:
    """The endings of surnames (``[surname_endings]``): "-ов", "-енко", "-ян" ..."""
    endings = sorted(section_lines("speakers", "surname_endings"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(endings) + ")$")


@dataclass(frozen=True)
class Anchored:
    """A construction's parser and the spellings it opens with."""

    parser: Parser
    openers: frozenset[str]
    #: tokens given to the parser from a start: the longest match (a chart column per token costs)
    window: int

    @classmethod
    def of(cls, construction: rules.Construction) -> Anchored:
        return cls(parser(construction.rule), construction.openers, construction.longest)

    def findall(self, tokens: Sequence) -> list:
        """Non-overlapping matches, left to right, tried where an opener stands."""
        starts = [i for i, t in enumerate(tokens) if fold(t.value) in self.openers]
        return anchored_findall(self.parser, list(tokens), starts, self.window) if starts else []

    def first(self, tokens: Sequence):
        """The leftmost match, or None."""
        found = self.findall(tokens)
        return found[0] if found else None

    def at(self, tokens: Sequence, i: int):
        """The match that starts at ``tokens[i]``, or None."""
        if i >= len(tokens) or fold(tokens[i].value) not in self.openers:
            return None
        return anchored_match(self.parser, list(tokens[i:i + self.window]))


@dataclass(frozen=True)
class Grammar:
    """Everything of the stage that is not one text's: built once, then only read.

    The gazetteers are read here, when the stage is built; the token tests of
    :mod:`~shos_speech.grammars.speakers` use the same (cached) ones.
    """

    speech: Gazetteer[str]
    titles: Gazetteer[str]
    according: Anchored
    voice: Anchored
    continuation: Anchored
    about_this: Anchored
    #: "он", "она" as a sentence's subject
    subject_pronouns: frozenset[str]
    #: pronouns that make a title reference mean the speaker so far
    pronouns: frozenset[str]
    #: lemmas of plural subjects that report what many did ("стороны", "главы государств")
    groups: frozenset[str]
    #: title words that fit any post ("глава")
    any_post: frozenset[str]
    #: words before a title that make it a role, not a reference ("как председатель")
    role_markers: frozenset[str]

    @classmethod
    def load(cls) -> Grammar:
        return cls(
            speech=rules.speech_verbs(),
            titles=rules.titles(),
            according=Anchored.of(rules.according()),
            voice=Anchored.of(rules.voice()),
            continuation=Anchored.of(rules.continuation()),
            about_this=Anchored.of(rules.about_this()),
            subject_pronouns=words("speakers", "subject_pronouns"),
            pronouns=words("speakers", "pronouns"),
            groups=words("speakers", "groups"),
            any_post=words("speakers", "any_post"),
            role_markers=words("speakers", "role_markers"),
        )

    def title_words(self, tok) -> frozenset[str]:
        """The lemmas of ``tok`` that name a post ("президент"), empty for other words."""
        return frozenset(hit.payload for hit in self.titles.matches_at((tok,), 0))

    def is_title(self, tok) -> bool:
        return rules.is_title_word(tok)

    def is_speech(self, tok) -> bool:
        """A speech verb, whatever reports it: "заявил", "информирует"."""
        return rules.is_speech_verb(tok)

    def is_reporting(self, tok) -> bool:
        """A speech verb that reports a speaker, not a news agency ("информирует Кабар")."""
        return rules.is_reporting_verb(tok)

    def continues(self, tokens: Sequence) -> bool:
        """Does the sentence open (after opening quotes) with "Во-первых", "Кроме того" ...?"""
        i = 0
        while i < len(tokens) and tokens[i].value in _OPENING_QUOTES:
            i += 1
        return self.continuation.at(tokens, i) is not None

    def hands_back(self, tokens: Sequence) -> bool:
        """Does the sentence open with "Об этом", "Такое мнение" ...?"""
        return self.about_this.at(tokens, 0) is not None

