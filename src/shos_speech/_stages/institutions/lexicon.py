"""The word classes and tables the institutions stage and its rules read, loaded on first use.

Heads of names and their kinds (``institution_heads.tsv``), ministries' acronyms
(``acronym_heads.tsv``), lowercase bodies (``generic_bodies.tsv``) and the word classes of
``data/words/institutions.txt``: every one is data, read once per process when a stage or
a parser of the rules is built, never at import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..._core.lexicon import data_path, read_tsv, word_file, words
from ..._core.tokens import fold

KIND = "institutions"


@dataclass(frozen=True)
class Head:
    """A head noun of names: the kind a body with it has by default, and its role
    (``body`` an organ, ``center`` a centre, ``org`` an organization in its own right)."""

    kind: str
    role: str


@dataclass(frozen=True)
class GenericBody:
    """A lowercase noun naming a body ("правительства", "в полиции")."""

    #: head lemmas of an earlier named body the word refers back to
    heads: frozenset[str]
    kind: str
    #: a mention even when no earlier body is there to refer to
    standalone: bool


@cache
def heads() -> dict[str, Head]:
    rows = read_tsv(data_path("institution_heads.tsv"), required=("lemma", "kind", "role"))
    return {fold(r["lemma"]): Head(r["kind"], r["role"]) for r in rows}


@cache
def head_lemmas() -> frozenset[str]:
    return frozenset(heads())


@cache
def acronym_heads() -> dict[str, str]:
    """"МИД" -> "Министерство иностранных дел": ministries named by acronym and state."""
    rows = read_tsv(data_path("acronym_heads.tsv"), required=("acronym", "expansion"))
    return {r["acronym"]: r["expansion"] for r in rows}


@cache
def generic_bodies() -> dict[str, GenericBody]:
    rows = read_tsv(data_path("generic_bodies.tsv"), required=("lemma", "heads", "kind"))
    return {fold(r["lemma"]): GenericBody(frozenset(fold(h) for h in r["heads"].split(";")), r["kind"],
                                          r.get("standalone") == "yes") for r in rows}


def word_class(section: str) -> frozenset[str]:
    """One section of ``data/words/institutions.txt``."""
    return words(KIND, section)


def pp_stop() -> frozenset[str]:
    """Nouns after "по / для / при" that open a circumstance ("по итогам"), not a name's part."""
    return word_file("institution_pp_stop.txt")


@dataclass(frozen=True)
class Lexicon:
    """Everything the stage looks words up in; built once per stage, shared by all calls."""

    heads: dict[str, Head]
    head_lemmas: frozenset[str]
    acronym_heads: dict[str, str]
    generic: dict[str, GenericBody]
    titles: frozenset[str]
    ner_stop: frozenset[str]
    buildings: frozenset[str]
    organ_heads: frozenset[str]
    demonstratives: frozenset[str]
    #: nouns of projects, events and documents: their proper names are no bodies
    named_things: frozenset[str]
    documents: frozenset[str]
    media_before: re.Pattern
    media_after: re.Pattern

    @classmethod
    def load(cls) -> Lexicon:
        return cls(
            heads=heads(), head_lemmas=head_lemmas(), acronym_heads=acronym_heads(), generic=generic_bodies(),
            titles=word_file("speaker_titles.txt"), ner_stop=word_file("ner_org_stop.txt"),
            buildings=word_class("building_heads"), organ_heads=word_class("organ_heads"),
            named_things=word_class("named_thing_nouns") | word_class("document_nouns"),
            documents=word_class("document_nouns"),
            demonstratives=word_class("demonstratives"),
            # "как передает «Кабар»", "Кабар сообщает": the cue, an opening quote, the name
            media_before=re.compile(rf"({_alternatives('media_before')})\s*[«\"“]?\s*$"),
            media_after=re.compile(rf"^\s*[»\"”]?\s*,?\s*({_alternatives('media_after')})"))

    def head_of(self, tok) -> str | None:
        """The head lemma a token can be read as, if any."""
        return next(iter(tok.lemmas & self.head_lemmas), None)

    def role(self, lemma: str | None) -> str:
        head = self.heads.get(lemma or "")
        return head.role if head else ""


def _alternatives(section: str) -> str:
    return "|".join(re.escape(w) for w in sorted(word_class(section), key=lambda w: (-len(w), w)))
