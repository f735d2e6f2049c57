"""The analysed document every stage shares: sentences of tokens, natasha's NER spans.

One natasha pass (segmentation + NER) and one tokenization per sentence feed all the
stages. Offsets are character offsets into the text the document was made from.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .tokens import _View


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of every line of ``text``, the line break left out: where layout is read."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@dataclass(eq=False)
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list[_View] = field(default_factory=list)

    @cached_property
    def index(self) -> dict[int, int]:
        """Token index by the token's start offset (grammar matches give offsets back)."""
        return {t.span.start: k for k, t in enumerate(self.tokens)}

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        """Every lemma of every token (ё folded): the cheap trigger test before a grammar runs."""
        return frozenset().union(*(t.lemmas for t in self.tokens)) if self.tokens else frozenset()

    def lemmas(self) -> frozenset[str]:
        return self.lemma_set

    def token_at(self, offset: int) -> int | None:
        """Index of the token that starts at ``offset``."""
        return self.index.get(offset)


@dataclass(frozen=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER, LOC, ORG


@dataclass(eq=False)
class Document:
    text: str
    sentences: list[Sentence]
    ner: list[NerSpan]
    #: spans of page furniture (datelines, captions, "Читайте также" ...): no sentence covers them
    furniture: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (binary search: sentences are in text order)."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self.sentences[k].stop:
            return self.sentences[k]
        return None

    @cached_property
    def persons(self) -> list[NerSpan]:
        return [s for s in self.ner if s.type == "PER"]
