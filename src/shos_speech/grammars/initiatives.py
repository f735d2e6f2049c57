"""Initiative rules: the stance predicates, the heads of undertakings, the named initiatives.

An Initiative is an undertaking (a named initiative, a document, a body to set up, a
project, aid, an event, a concrete cooperation step) toward which the speaker takes a
stance. Official prose states the stance with a predicate ("предлагаем", "поддерживаем",
"приветствовал", "подписали", "выступаем против") followed by the undertaking as a noun
phrase or an infinitive phrase ("предлагаем учредить орган ШОС ..."). The initiatives
stage (``shos_speech._stages.initiatives``) runs the rules of this module:

* ``STANCE`` — every predicate of ``data/stances.tsv`` in any form, adverbs and particles
  allowed between its words ("высказавшись также за"); one gazetteer, and ``PROPOSES``,
  ``SUPPORTS``, ``WELCOMES``, ``CALLS_FOR``, ``IMPLEMENTS``, ``ADOPTS``, ``OPPOSES``,
  ``MENTIONS`` its rows of one stance. ``RULE`` is the stage's trigger: ``STANCE``.
* ``INITIATIVE`` — the head of an undertaking: a noun or short lemma phrase of
  ``data/initiative_kinds.tsv`` ("программа", "дорожная карта", "учения"); where the
  phrase around it ends is the stage's chunking, not a rule.
* ``NAMED`` — the names and aliases of ``data/named_initiatives.json`` ("Инициатива
  глобального развития"), undertakings even without a stance.

The rules are public for composition (they load their lexicons on first use)::

    >>> from shos_speech.grammars import initiatives, parser
    >>> [m.span for m in parser(initiatives.STANCE).findall("Мы выступаем за снятие блокады")]
    [[3, 15)]
    >>> [m.span for m in parser(initiatives.INITIATIVE).findall("Утверждена дорожная карта")]
    [[11, 25)]
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator

from .._core.lexicon import data_path, json_items, read_tsv, validated, words
from .._core.tokens import _View, fold, tokenize
from ..models import InitiativeKind, Stance
from .gazetteer import Gap, Gazetteer, Word, name_words

# ---------------------------------------------------------------------------------------
# Stance predicates
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StancePhrase:
    """One row of ``data/stances.tsv``: a predicate's lemmas and what it says."""

    words: tuple[str, ...]
    stance: str
    #: any action noun may be its object ("выступаем за демократизацию"), not only an undertaking's head
    any_object: bool
    #: "subject": the undertaking is the predicate's subject ("саммит пройдет в Астане");
    #: "planned" and "subject" hold only for a plan (no past tense) stated by a speaker
    object: str = ""


@cache
def stance_phrases() -> tuple[StancePhrase, ...]:
    """Every row of ``data/stances.tsv``, in file order (``mentions`` rows too)."""
    out = []
    for r in read_tsv(data_path("stances.tsv"), required=("phrase", "stance")):
        obj = r.get("object", "")
        out.append(StancePhrase(tuple(fold(w) for w in r["phrase"].split()), r["stance"], obj == "any", obj))
    return tuple(out)


def stance_gap(tok: _View) -> bool:
    """A word that may stand inside a stance phrase: an adverb, a particle, "и", "также"."""
    return tok.pos in ("ADVB", "PRCL") or tok.lemma in words("initiatives", "stance_gap")


def stance_gap_before_noun(tok: _View) -> bool:
    """Before a noun of the phrase an adjective may stand too: "считаем важной полную реализацию", and a set
    or a count of it: "внес ряд предложений", "выступил с тремя инициативами"."""
    return stance_gap(tok) or tok.pos in ("ADJF", "NUMR") or tok.lemma in words("initiatives", "set_heads")


_GAP = Gap(stance_gap, max=2)
_GAP_BEFORE_NOUN = Gap(stance_gap_before_noun, max=2)


@cache
def _is_noun_lemma(lemma: str) -> bool:
    toks = tokenize(lemma)
    return bool(toks) and toks[0].pos == "NOUN"


def _stance_gap_of(word: Word) -> Gap:
    return _GAP_BEFORE_NOUN if any(_is_noun_lemma(f) for f in word.forms) else _GAP


def stance_words(phrase: StancePhrase) -> tuple[Word, ...]:
    """A stance phrase as gazetteer words: lemmas; a one-word predicate only as the most probable
    reading ("открытого" is the adjective открытый, not a form of открыть)."""
    single = len(phrase.words) == 1
    return tuple(Word(frozenset({w}), first_reading=single) for w in phrase.words)


@cache
def stance_gazetteer() -> Gazetteer[StancePhrase]:
    """All stance predicates as one gazetteer: the index the stage runs, ``.rule`` the yargy form."""
    return Gazetteer(((stance_words(p), p) for p in stance_phrases()), gap=_stance_gap_of, name="STANCE")


@cache
def governed_complements() -> dict[tuple[str, ...], frozenset[str]]:
    """A predicate's lemmas -> the words its longer rows add after it with the same stance ("договориться" ->
    {"о"} from "договориться о"): the preposition it governs also when a partner stands between
    ("договорились с Кыргызстаном о кредитной линии")."""
    rows = {(p.words, p.stance) for p in stance_phrases()}
    out: dict[tuple[str, ...], set[str]] = {}
    for ws, stance in rows:
        if len(ws) > 1 and (ws[:-1], stance) in rows:
            out.setdefault(ws[:-1], set()).add(ws[-1])
    return {k: frozenset(v) for k, v in out.items()}


def stance_rule(stance: str):
    """The predicates of one stance as a yargy rule (named after it: ``SUPPORTS``): the rows of
    ``STANCE``'s gazetteer with that stance."""
    rows = [(ws, p) for ws, p in stance_gazetteer().entries if p.stance == stance]
    return Gazetteer(rows, gap=_stance_gap_of, name=stance.upper()).rule


# ---------------------------------------------------------------------------------------
# Heads of undertakings
# ---------------------------------------------------------------------------------------
#: roles of data/initiative_kinds.tsv that an infinitive has; every other role heads a noun phrase
#: (noun, defer, doc, quoted)
VERB_ROLES = ("verb", "verb_strong")


@dataclass(frozen=True)
class KindEntry:
    """One row of ``data/initiative_kinds.tsv``."""

    kind: str
    #: noun | defer (a wrapper taking the kind of what it wraps) | doc | quoted (a head only with a quoted name
    #: right after it: "движение «Миллиард деревьев»") | verb | verb_strong
    role: str
    #: the nominalization of a verb, used in names ("создать" -> "создание")
    noun: str


@cache
def kind_entries() -> dict[tuple[str, ...], KindEntry]:
    """Lemma phrase -> its entry; a phrase listed twice keeps its last row."""
    out: dict[tuple[str, ...], KindEntry] = {}
    for r in read_tsv(data_path("initiative_kinds.tsv"), required=("lemma", "kind")):
        key = tuple(fold(w) for w in r["lemma"].split())
        out[key] = KindEntry(r["kind"], r.get("role") or "noun", r.get("noun") or "")
    return out


@cache
def head_gazetteer() -> Gazetteer[KindEntry]:
    """The heads of undertakings (noun roles, one to three words) as a gazetteer."""
    entries = [(tuple(Word(frozenset({w})) for w in key), e) for key, e in kind_entries().items()
               if e.role not in VERB_ROLES and len(key) <= 3]
    return Gazetteer(entries, name="INITIATIVE")


# ---------------------------------------------------------------------------------------
# Named initiatives
# ---------------------------------------------------------------------------------------
class NamedInitiative(BaseModel):
    """An entry of a named-initiatives registry (``data/named_initiatives.json`` and users' files)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    proposer: str | None = None
    kind: InitiativeKind = InitiativeKind.initiative
    aliases: tuple[str, ...] = ()

    @field_validator("kind", mode="before")
    @classmethod
    def _default_kind(cls, v: Any) -> Any:
        return InitiativeKind.initiative if v is None else v

    @field_validator("aliases", mode="before")
    @classmethod
    def _no_aliases(cls, v: Any) -> Any:
        return () if v is None else v


def load_named_initiatives(path: str | Path | None = None) -> list[NamedInitiative]:
    """The entries of one registry file, each checked: a bad one raises LexiconError(path, line)."""
    p = path or data_path("named_initiatives.json")
    return [validated(p, line, NamedInitiative, item) for line, item in json_items(p, "initiatives")]


#: registry names are matched as the shared tokens see them: one quote character
_QUOTES = re.compile("[«»“”„\"]")


def _registry_words(name: str) -> tuple[Word, ...]:
    return name_words(_QUOTES.sub('"', name))


def named_gazetteer(entries: Iterable[NamedInitiative]) -> Gazetteer[NamedInitiative]:
    """Every name and alias of ``entries`` (a later entry of the same name replaces an earlier one)."""
    by_name: dict[str, NamedInitiative] = {}
    for e in entries:
        by_name[e.name] = e
    phrases = [(_registry_words(n), e) for e in by_name.values() for n in dict.fromkeys((e.name, *e.aliases))]
    return Gazetteer(phrases, name="NAMED")


@cache
def bundled_named() -> Gazetteer[NamedInitiative]:
    return named_gazetteer(load_named_initiatives())


def registry(paths: Sequence[str | Path] = ()) -> Gazetteer[NamedInitiative]:
    """The bundled registry with users' files over it, read and checked now."""
    if not paths:
        return bundled_named()
    return named_gazetteer([*load_named_initiatives(), *(e for p in paths for e in load_named_initiatives(p))])


# ---------------------------------------------------------------------------------------
# The public rules, built on first use (importing this module reads no data file)
# ---------------------------------------------------------------------------------------
_STANCE_RULES = {s.value.upper(): s.value for s in Stance}
_OTHER_RULES = {"STANCE": stance_gazetteer, "RULE": stance_gazetteer, "INITIATIVE": head_gazetteer}


@cache
def _rule(name: str):
    if name in _STANCE_RULES:
        return stance_rule(_STANCE_RULES[name])
    if name == "NAMED":
        return bundled_named().rule
    return _OTHER_RULES[name]().rule


def __getattr__(name: str):
    if name in _STANCE_RULES or name in _OTHER_RULES or name == "NAMED":
        return _rule(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_STANCE_RULES, *_OTHER_RULES, "NAMED"])
