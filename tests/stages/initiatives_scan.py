"""Sentences of our own as the initiatives stage sees them: a light document (no NER model), one Scan."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from shos_speech._core.document import Document, Sentence
from shos_speech._core.stage import DocContext
from shos_speech._core.tokens import tokenize
from shos_speech._stages.initiatives.lexicon import Lexicon
from shos_speech._stages.initiatives.scan import Scan, Spans


@cache
def lexicon() -> Lexicon:
    return Lexicon.load()


class Speaking:
    """An attribution where everything is said by one speaker."""

    def __init__(self, name: str | None) -> None:
        self.name = name

    def speaker_at(self, offset: int) -> str | None:
        return self.name


def _spans(text: str, parts: Sequence[str]) -> tuple[tuple[int, int], ...]:
    out = []
    for p in parts:
        k = text.index(p)
        out.append((k, k + len(p)))
    return tuple(out)


def scan(light: Callable[[str], Document], text: str, threats: Sequence[str] = (), institutions: Sequence[str] = (),
         speaker: str | None = None) -> Scan:
    """The first sentence of ``text``; ``threats`` and ``institutions`` are substrings found by earlier stages."""
    doc = light(text)
    if not doc.sentences:  # a phrase, not a sentence (the segmenter may take it for page furniture)
        doc = Document(text, [Sentence(0, len(text), text, tokenize(text))], [])
    ctx = DocContext(doc, attribution=Speaking(speaker))
    return Scan(doc.sentences[0].tokens, ctx, Spans(_spans(text, threats), _spans(text, institutions)), lexicon())


def words(s: Scan, a: int, b: int) -> str:
    """The text of tokens ``[a, b)``."""
    return s.text[s.toks[a].span.start:s.toks[b - 1].span.stop]


def index(s: Scan, word: str) -> int:
    """The index of the first token spelled ``word``."""
    return next(k for k, t in enumerate(s.toks) if t.value == word)


def stage_items(stage, light: Callable[[str], Document], text: str) -> list[tuple[str, str]]:
    """(span, stance) of each Initiative the whole stage finds in a light document of ``text``."""
    ctx = DocContext(light(text))
    stage(ctx)
    return [(i.span.text, i.stance.value) for i in ctx.initiatives]

