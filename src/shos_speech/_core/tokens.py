"""The one token view every stage reads: yargy tokens that know their own features.

A sentence is tokenized once; each token is a yargy token (so every grammar parses the
same list) that also answers, computed once and cached, what the stages ask of it: its
lemmas (ё folded), first part of speech, cases (one case map), number, gender,
capitalisation, whether it is an acronym. Before this view each stage had its own helper
for each of these, with slightly different answers.
"""
from __future__ import annotations

import re
from functools import cached_property

from yargy.span import Span as YSpan
from yargy.token import MorphToken, Token
from yargy.tokenizer import RUSSIAN, MorphTokenizer

from ..morph import yargy_morph

#: pymorphy's secondary cases read as the primary ones ("в лесу" loc2 is a locative)
CASE_MAP = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
#: the parts of speech of OpenCorpora, in the order a form lists them
POS = frozenset({"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR", "ADVB",
                 "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ"})
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})
#: a word read first as one of these is a predicate: a verb, an infinitive, a short adjective or participle
PREDICATE_POS = frozenset({"VERB", "INFN", "ADJS", "PRTS"})
#: readings of proper names: a place, a first name, a surname, an organisation
PROPER = frozenset({"Geox", "Name", "Surn", "Orgn"})
GENDERS = ("masc", "femn", "neut")
DASHES = "‐‑‒–—―−"
_DASH = re.compile(f"[{DASHES}]")


def fold(word: str) -> str:
    """Lowercase with ё as е: the form every lexicon and lookup compares."""
    return word.lower().replace("ё", "е")


def case_of(grams) -> str | None:
    """The case of one form's grammemes, secondary cases mapped to the primary ones."""
    for g in grams:
        if g in CASES:
            return CASE_MAP.get(g, g)
    return None


class _View:
    """Features shared by word and non-word tokens (mixed into yargy's token classes)."""

    value: str
    span: YSpan
    type: str

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def stop(self) -> int:
        return self.span.stop

    @cached_property
    def grams(self) -> tuple[frozenset[str], ...]:
        """The grammemes of each morphological reading, most probable first."""
        return tuple(frozenset(f.grams.values) for f in getattr(self, "forms", ()) if f.grams is not None)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every normal form (ё folded); the lowercased value for punctuation, numbers, Latin."""
        forms = getattr(self, "forms", None)
        if forms:
            return frozenset(f.normalized.replace("ё", "е") for f in forms)
        return frozenset({fold(self.value)})

    @cached_property
    def lemma(self) -> str:
        """The normal form of the most probable reading."""
        forms = getattr(self, "forms", None)
        return forms[0].normalized.replace("ё", "е") if forms else fold(self.value)

    @cached_property
    def pos(self) -> str | None:
        """The part of speech of the most probable reading."""
        for g in self.grams[:1]:
            for p in g & POS:
                return p
        return None

    @cached_property
    def pos_all(self) -> frozenset[str]:
        """Every part of speech any reading has."""
        return frozenset(p for g in self.grams for p in g & POS)

    def has(self, *grams: str) -> bool:
        """Does some reading carry all of ``grams``?"""
        return any(all(x in g for x in grams) for g in self.grams)

    def has_any(self, *grams: str) -> bool:
        """Does some reading carry one of ``grams`` (a POS or a grammeme)?"""
        return any(x in g for g in self.grams for x in grams)

    def cases(self, *pos: str) -> frozenset[str]:
        """Cases of the readings (only those of the given parts of speech when named)."""
        return frozenset(c for g in self.grams if not pos or g & set(pos) for c in [case_of(g)] if c)

    @cached_property
    def noun_cases(self) -> frozenset[str]:
        """Cases of the noun readings; a function word ("и", "по" read as abbreviations) has none."""
        if self.grams and self.grams[0] & FUNCTION_POS:
            return frozenset()
        return self.cases("NOUN")

    def readings(self, *pos: str) -> frozenset[tuple[str | None, str | None, str | None]]:
        """(case, number, gender) of the readings of the given parts of speech: what agreement compares."""
        out = set()
        for g in self.grams:
            if pos and not g & set(pos):
                continue
            number = "plur" if "plur" in g else "sing" if "sing" in g else None
            gender = next((x for x in GENDERS if x in g), "ms-f" if "ms-f" in g or "Ms-f" in g else None)
            out.add((case_of(g), number, gender))
        return frozenset(out)

    @property
    def is_word(self) -> bool:
        return self.type == RUSSIAN

    @property
    def is_punct(self) -> bool:
        return self.type == "PUNCT"

    @property
    def is_int(self) -> bool:
        return self.type == "INT"

    @property
    def is_cap(self) -> bool:
        return self.value[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """"ШОС", "МИД", "SCO": an all-capitals word of two letters or more."""
        v = self.value
        return len(v) > 1 and v.isupper() and self.type in (RUSSIAN, "LATIN")

    @property
    def is_dash(self) -> bool:
        return self.value == "-"

    def __repr__(self) -> str:
        return f"{self.value!r}@{self.span.start}"


class WordTok(_View, MorphToken):
    """A Russian word with its pymorphy readings."""


class OtherTok(_View, Token):
    """Punctuation, a number or a Latin word."""


class SharedTokenizer(MorphTokenizer):
    """yargy's tokenizer that accepts pre-built token lists (a sentence's) or strings.

    ``Parser(rule, tokenizer=tokenizer())`` parses a shared token list without tokenizing
    or analysing it again; a string is tokenized as :func:`tokenize` does.
    """

    def __init__(self) -> None:
        super().__init__(morph=yargy_morph())

    def __call__(self, text):  # type: ignore[override]
        if isinstance(text, list):
            return iter(text)
        return iter(tokenize(text))


_TOKENIZER: SharedTokenizer | None = None


def tokenizer() -> SharedTokenizer:
    """The process-wide shared tokenizer (its morphology cache is shared too)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = SharedTokenizer()
    return _TOKENIZER


def as_view(tok) -> _View:
    """A token of this view for any yargy token (a user's own tokenizer gives plain ones)."""
    if isinstance(tok, _View):
        return tok
    if isinstance(tok, MorphToken):
        return WordTok(tok.value, tok.span, tok.type, tok.forms)
    return OtherTok(tok.value, tok.span, tok.type)


def tokenize(text: str, offset: int = 0) -> list[_View]:
    """Tokens of ``text`` with spans shifted by ``offset`` (absolute offsets into the document).

    Typographic dashes get the value ``-`` (their span is unchanged) so that rules written
    with a hyphen match "государств – членов" and "государств - членов" alike.
    """
    tok = tokenizer()
    morph = tok.morph
    out: list[_View] = []
    for match in tok.regexp.finditer(text):
        value = match.group(0)
        kind = tok.mapping[match.lastgroup]
        span = YSpan(match.start() + offset, match.end() + offset)
        if kind == RUSSIAN:
            out.append(WordTok(value, span, kind, morph(value)))
        else:
            if len(value) == 1 and _DASH.match(value):
                value = "-"
            out.append(OtherTok(value, span, kind))
    return out


def token_lemmas(tok) -> frozenset[str]:
    """Lemmas of any yargy token (the view's own for view tokens, computed for constrained copies)."""
    if isinstance(tok, _View):
        return tok.lemmas
    forms = getattr(tok, "forms", None)
    return frozenset(f.normalized.replace("ё", "е") for f in forms) if forms else frozenset({tok.value.lower()})
