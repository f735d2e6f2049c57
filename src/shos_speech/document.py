"""The analysed document every extractor shares: sentences, yargy tokens, natasha NER.

One natasha pass (segmentation + NER) and one tokenization per sentence feed all the
grammars: each extractor runs its yargy parser over the same token list through
:class:`SharedTokens`, so no sentence is tokenized or morph-analysed twice.
All offsets are character offsets into the original input text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from yargy.span import Span as YSpan
from yargy.token import MorphToken, Token
from yargy.tokenizer import RUSSIAN, MorphTokenizer

from .morph import yargy_morph

DASHES = "‐‑‒–—―−"
_DASH_RE = re.compile(f"[{DASHES}]")


class SharedTokens(MorphTokenizer):
    """A yargy tokenizer that passes pre-built token lists straight through.

    ``Parser(rule, tokenizer=SharedTokens())`` accepts either a string (tokenized as
    usual, pymorphy3 morphology) or the token list of a :class:`Sentence`.
    """

    def __init__(self) -> None:
        super().__init__(morph=yargy_morph())

    def __call__(self, text):  # type: ignore[override]
        if isinstance(text, list):
            return iter(text)
        return super().__call__(text)


_TOKENIZER: SharedTokens | None = None


def tokenizer() -> SharedTokens:
    """The process-wide shared tokenizer (its morphology cache is shared too)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = SharedTokens()
    return _TOKENIZER


def tokenize(text: str, offset: int = 0) -> list:
    """yargy morph tokens of ``text`` with spans shifted by ``offset``.

    Typographic dashes get the value ``-`` (their span is unchanged) so that rules
    written with a hyphen match "государств – членов" and "государств - членов" alike;
    ``ё`` is matched as ``е`` by pymorphy already.
    """
    tok = tokenizer()
    morph = tok.morph
    out = []
    for match in tok.regexp.finditer(text):
        value = match.group(0)
        kind = tok.mapping[match.lastgroup]
        span = YSpan(match.start() + offset, match.end() + offset)
        if kind == RUSSIAN:
            out.append(MorphToken(value, span, kind, morph(value)))
        else:
            if len(value) == 1 and _DASH_RE.match(value):
                value = "-"
            out.append(Token(value, span, kind))
    return out


def token_lemmas(tok) -> frozenset[str]:
    """All normal forms of a token (ё as е; the lowercased value for punctuation and Latin),
    computed once per token: every grammar asks for them many times."""
    cached = tok.__dict__.get("_shos_forms")
    if cached is None:
        forms = getattr(tok, "forms", None)
        cached = (frozenset(f.normalized.replace("ё", "е") for f in forms) if forms
                  else frozenset({tok.value.lower()}))
        tok.__dict__["_shos_forms"] = cached
    return cached


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list = field(default_factory=list)
    _lemmas: set[str] | None = field(default=None, repr=False, compare=False)

    def lemmas(self) -> set[str]:
        """Every normal form of every token: the cheap trigger test before a grammar runs."""
        if self._lemmas is not None:
            return self._lemmas
        out: set[str] = set()
        for tok in self.tokens:
            forms = getattr(tok, "forms", None)
            if forms:
                out.update(f.normalized for f in forms)
            else:
                out.add(tok.value.lower())
        self._lemmas = out
        return out


@dataclass
class NerSpan:
    start: int
    stop: int
    type: str  # PER, LOC, ORG


@dataclass
class Document:
    text: str
    sentences: list[Sentence]
    ner: list[NerSpan]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.stop:
                return s
        return None
