"""What every step of the stage consults: the registry, the word lists, the parsers of the rules.

Built once per stage and never changed after: everything of one text travels in arguments.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yargy import Parser

from .lexicon import Lexicon
from .registry import Registry


@dataclass(frozen=True)
class Resources:
    registry: Registry
    lexicon: Lexicon
    #: parser(grammars.institutions.BODY), run at the words that can open a name
    body: Parser
    #: parser(grammars.institutions.BACKREF)
    backref: Parser

    @classmethod
    def build(cls, registries: tuple[str | Path, ...] = ()) -> Resources:
        from ...grammars import institutions as rules
        from ...grammars.common import parser

        return cls(Registry(registries), Lexicon.load(), parser(rules.BODY), parser(rules.BACKREF))
