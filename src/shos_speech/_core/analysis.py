"""The one natasha pass: segmentation and NER, then one tokenization per sentence.

natasha's models load once per Analyzer (its embeddings and NER model ship inside its
wheel; nothing is downloaded). Its taggers keep per-call state, so they run under a lock;
everything after them is per-call data in the :class:`Document`.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from .document import Document, NerSpan, Sentence
from .furniture import furniture_spans
from .tokens import tokenize

#: Sentences longer than this many characters are cut into pieces before parsing: yargy's
#: chart and its recursion depth grow with sentence length.
MAX_SENTENCE_CHARS = 1500
_CLAUSE_CUT = re.compile(r"[,;:]")
_CONJ_CUT = re.compile(r"\s(?:и|или|а|но)\s")


class Analyzer:
    """Segmenter + NER tagger, loaded once; ``analyzer(text) -> Document``."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self._segmenter = Segmenter()
        self._ner = NewsNERTagger(NewsEmbedding())
        self._lock = threading.Lock()  # natasha's taggers keep per-call state

    def __call__(self, text: str) -> Document:
        # natasha's Doc would also wrap every token and tie spans to tokens and sentences; the
        # stages need only the sentences' bounds and the NER spans, so ask for just those
        sentences = [(s.start, s.stop) for s in self._segmenter.sentenize(text)]
        if not text.strip():
            return build_document(text, sentences, [])
        with self._lock:
            markup = self._ner(text)
        return build_document(text, sentences, [NerSpan(sp.start, sp.stop, sp.type) for sp in markup.spans])


def build_document(text: str, sentences: list[tuple[int, int]], ner: list[NerSpan]) -> Document:
    """The Document of segmented text: sentences cut at line breaks and around page furniture,
    long ones cut in pieces, each tokenized once; NER spans in furniture left out."""
    furniture = furniture_spans(text)
    out = []
    for s_start, s_stop in sentences:
        for a, b in text_pieces(text, s_start, s_stop, furniture):
            for start, stop in split_long(text, a, b):
                out.append(Sentence(start, stop, text[start:stop], tokenize(text[start:stop], start)))
    kept = [sp for sp in ner if not any(a < sp.stop and sp.start < b for a, b in furniture)]
    return Document(text, out, kept, furniture)


def text_pieces(text: str, start: int, stop: int, furniture: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of ``text[start:stop]`` outside furniture, cut at line breaks, without edge spaces.

    No sentence runs across a blank line, nor across a line break after which a new line of
    its own starts: a headline, a lead and a paragraph end where their line ends, whatever
    the segmenter thought (it joins a headline without a full stop to the next line). A list
    laid out on lines ("предлагаем: \n– X;\n– Y") stays one sentence.
    """
    cuts = sorted({start, stop} | {i + 1 for i in range(start, stop) if text[i] == "\n" and _line_ends(text, i)}
                  | {x for a, b in furniture if a < stop and start < b for x in (max(a, start), min(b, stop))})
    for a, b in zip(cuts, cuts[1:], strict=False):
        if any(fa <= a and b <= fb for fa, fb in furniture):
            continue
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b and any(ch.isalnum() for ch in text[a:b]):
            yield a, b


def light_document(text: str, ner: list[NerSpan] | None = None) -> Document:
    """A Document without natasha's NER model: razdel's sentences, the given NER spans.

    For fast tests of a stage on sentences of one's own (no model to load).
    """
    from razdel import sentenize

    return build_document(text, [(s.start, s.stop) for s in sentenize(text)], list(ner or ()))


_CONTINUES = re.compile(r"[ \t]*(?:[–—•·*-]|\d{1,2}[.)]\s|[а-яё])")


def _line_ends(text: str, i: int) -> bool:
    """Does the line break at ``text[i]`` end the sentence? Not inside a list laid out on lines
    (the line before ends in ":", ";" or ",", or the next begins with a bullet, a number or a
    lowercase letter); always at a blank line."""
    nxt = text.find("\n", i + 1)
    following = text[i + 1:nxt if nxt >= 0 else len(text)]
    if not following.strip():
        return True
    before = text[text.rfind("\n", 0, i) + 1:i].rstrip()
    if i > 0 and text[i - 1] == "\n":
        return True
    return not (before.endswith((":", ";", ",")) or _CONTINUES.match(following))


def split_long(text: str, start: int, stop: int, limit: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """Pieces of at most ``limit`` characters of the sentence ``text[start:stop]``.

    A piece ends after the last clause mark (``,;:``) in its second half, else before the
    last conjunction there ("… терроризм и экстремизм"), else at the last space: never in
    the middle of a word, so no item is cut in two.
    """
    pos = start
    while pos < stop:
        end = min(stop, pos + limit)
        if end < stop:
            end = _cut(text, pos, end, limit)
        yield pos, end
        pos = end


def _cut(text: str, pos: int, end: int, limit: int) -> int:
    floor = pos + limit // 3
    window = text[floor:end]
    marks = [m.end() for m in _CLAUSE_CUT.finditer(window)]
    if marks:
        return floor + marks[-1]
    conj = [m.start() + 1 for m in _CONJ_CUT.finditer(window)]
    if conj:
        return floor + conj[-1]
    space = window.rfind(" ")
    return floor + space + 1 if space >= 0 else end
