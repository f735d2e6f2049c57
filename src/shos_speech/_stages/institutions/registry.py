"""The registry of named bodies: its entries, users' registry files, and the REGISTRY gazetteer.

The bundled registry (``data/institutions.json``) and every file given to
``Extractor(registries=[...])`` are read through the one data loader and each entry is
validated, so a malformed file fails when the Extractor is built, naming the file and line.
A registry name is looked up two ways: in a text, by the gazetteer (any inflection of a
name, alias or acronym); by its spelling, through :meth:`Registry.lookup` (names the stage
composes, such as "Совет министров иностранных дел ОДКБ").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator
from yargy.span import resolve_spans

from ..._core.compiled import compiled
from ..._core.lexicon import data_path, json_items, validated
from ..._core.tokens import DASHES, fold
from ...grammars.gazetteer import Gazetteer, Hit, name_words
from ...models import InstitutionKind

_DASH = re.compile(f"[{DASHES}]")
_QUOTE = re.compile("[«»“”„\"]")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
P = TypeVar("P")


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]


class InstitutionEntry(BaseModel):
    """One registry entry; also the schema a user's registry entry is validated against."""

    model_config = ConfigDict(frozen=True)

    name: Text
    acronyms: list[Text] = []
    name_en: str | None = None
    kind: InstitutionKind = InstitutionKind.other
    parent: str | None = None
    country: str | None = None
    aliases: list[Text] = []

    @field_validator("acronyms", "aliases", "kind", mode="before")
    @classmethod
    def _null_is_default(cls, value, info):
        """``null`` reads as "none" (an empty list, kind "other"), as the registry format always allowed."""
        if value is None:
            return InstitutionKind.other if info.field_name == "kind" else []
        return value

    @property
    def acronym(self) -> str | None:
        return self.acronyms[0] if self.acronyms else None

    @property
    def names(self) -> tuple[str, ...]:
        """The name, its aliases and acronyms: every way a text may name the body."""
        return tuple(dict.fromkeys([self.name, *self.aliases, *self.acronyms]))


def load_institutions(path: str | Path | None = None) -> list[InstitutionEntry]:
    """The entries of one registry file (``{"institutions": [...]}`` or a list), each validated."""
    path = path or data_path("institutions.json")
    return [validated(path, line, InstitutionEntry, item) for line, item in json_items(path, "institutions")]


@cache
def bundled_institutions() -> tuple[InstitutionEntry, ...]:
    return tuple(load_institutions())


def surface_key(text: str) -> str:
    """Registry strings as the shared tokens see them: one hyphen, one quote character."""
    return _QUOTE.sub('"', _DASH.sub("-", text))


def norm_name(name: str) -> str:
    """Lookup key of a name: lowercase, ё→е, one hyphen, no quotes, single spaces."""
    s = fold(surface_key(name)).replace('"', " ")
    return " ".join(_SPACED_HYPHEN.sub("-", s).split())


def registry_gazetteer(entries: Iterable[InstitutionEntry], name: str = "REGISTRY") -> Gazetteer[InstitutionEntry]:
    """Every name, alias and acronym of ``entries`` as gazetteer phrases (inflected names by
    their lemmas, acronyms and Latin by their spelling), in the entries' order."""
    return Gazetteer(((name_words(surface_key(n)), e) for e in entries for n in e.names), name=name)


@cache
def bundled_gazetteer() -> Gazetteer[InstitutionEntry]:
    """The bundled registry's names, compiled once per installed version (see ``_core.compiled``)."""
    return compiled("institution-registry", lambda: registry_gazetteer(bundled_institutions()))


def resolved(hits: Iterable[Hit[P]]) -> list[Hit[P]]:
    """Non-overlapping hits as yargy's ``Parser.findall`` resolves matches: the most tokens
    covered, and on a tie the longer match at a start ("СКБ ОДКБ", not "СКБ" and "ОДКБ").

    ``Gazetteer.findall`` breaks that tie the other way (it orders spans of one start
    shortest first; yargy's trees are ordered longest first), so the stage resolves here.
    """
    best: dict[tuple[int, int], Hit[P]] = {}
    for h in hits:
        best.setdefault((h.start, h.stop), h)
    spans = sorted(best, key=lambda s: (s[0], -s[1]))
    return [best[s] for s in resolve_spans(spans)]


class Registry:
    """The bundled entries with users' files over them (same name: the user's entry wins)."""

    def __init__(self, paths: Sequence[str | Path] = ()) -> None:
        entries = {e.name: e for e in bundled_institutions()}
        for path in paths:
            entries.update((e.name, e) for e in load_institutions(path))
        self.entries: tuple[InstitutionEntry, ...] = tuple(entries.values())
        self.gazetteer = registry_gazetteer(self.entries) if paths else bundled_gazetteer()
        by_name: dict[str, InstitutionEntry] = {}
        for e in self.entries:
            for n in e.names:
                by_name.setdefault(norm_name(n), e)
        self._by_name = by_name

    def lookup(self, name: str) -> InstitutionEntry | None:
        """The entry one of whose names is spelled ``name`` (case, ё, quotes and hyphens aside)."""
        return self._by_name.get(norm_name(name))

    def scan(self, tokens: Sequence) -> list[Hit[InstitutionEntry]]:
        """Registry names in a token list: the matches ``parser(REGISTRY).findall`` keeps."""
        return resolved(h for i in range(len(tokens)) for h in self.gazetteer.matches_at(tokens, i))

    def entry_for(self, tokens: Sequence) -> InstitutionEntry | None:
        """The entry whose name the tokens spell exactly (any inflection)."""
        found = self.scan(tokens)
        if len(found) == 1 and (found[0].start, found[0].stop) == (0, len(tokens)):
            return found[0].payload
        return None
