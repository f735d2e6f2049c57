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
        from natasha import Doc

        doc = Doc(text)
        with self._lock:
            doc.segment(self._segmenter)
            doc.tag_ner(self._ner)
        sentences = []
        for s in doc.sents:
            for start, stop in split_long(text, s.start, s.stop):
                sentences.append(Sentence(start, stop, text[start:stop], tokenize(text[start:stop], start)))
        ner = [NerSpan(sp.start, sp.stop, sp.type) for sp in doc.spans]
        return Document(text, sentences, ner)


def light_document(text: str, ner: list[NerSpan] | None = None) -> Document:
    """A Document without natasha's NER model: razdel's sentences, the given NER spans.

    For fast tests of a stage on sentences of one's own (no model to load).
    """
    from razdel import sentenize

    sentences = []
    for s in sentenize(text):
        for start, stop in split_long(text, s.start, s.stop):
            sentences.append(Sentence(start, stop, text[start:stop], tokenize(text[start:stop], start)))
    return Document(text, sentences, list(ner or ()))


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
