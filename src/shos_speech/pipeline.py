"""The Extractor: one natasha pass over the text, then the grammars, then resolution.

Models load once in ``Extractor()``; ``extract`` and ``pipe`` reuse them. Nothing is
downloaded: natasha ships its embeddings and NER model inside its wheel.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import Document, NerSpan, Sentence, tokenize
from .models import Result

#: Sentences longer than this many characters are cut into pieces at commas/semicolons
#: (or hard) before parsing: yargy's chart and recursion depth grow with sentence length.
MAX_SENTENCE_CHARS = 1500

_CYRILLIC = re.compile("[А-Яа-яЁё]")


class Extractor:
    """Reusable extractor: ``Extractor().extract(text) -> Result``.

    ``registries`` are extra institution registry files (JSON in the bundled format)
    merged over the bundled one.
    """

    def __init__(self, registries: Iterable[str | Path] = ()) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        from .grammars.institutions import InstitutionFinder
        from .speakers import SpeakerFinder

        self._segmenter = Segmenter()
        self._ner = NewsNERTagger(NewsEmbedding())
        self._lock = threading.Lock()  # natasha's taggers keep per-call state
        self.institutions = InstitutionFinder(extra_registries=list(registries))
        self.speakers = SpeakerFinder()
        self._finders = []
        for module in ("threats", "priorities", "initiatives"):
            try:
                mod = __import__(f"shos_speech.grammars.{module}", fromlist=["Finder"])
            except ImportError:
                continue
            finder = getattr(mod, "Finder", None)
            if finder is not None:
                self._finders.append(finder())

    # -- analysis -----------------------------------------------------------------
    def analyse(self, text: str) -> Document:
        """Segment, tag NER and tokenize: the Document every finder shares."""
        from natasha import Doc

        doc = Doc(text)
        with self._lock:
            doc.segment(self._segmenter)
            doc.tag_ner(self._ner)
        sentences = []
        for s in doc.sents:
            for start, stop in _split_long(text, s.start, s.stop):
                sentences.append(Sentence(start, stop, text[start:stop], tokenize(text[start:stop], start)))
        ner = [NerSpan(sp.start, sp.stop, sp.type) for sp in doc.spans]
        return Document(text, sentences, ner)

    def extract(self, text: str) -> Result:
        if not isinstance(text, str):
            raise TypeError(f"extract() expects the text as str, got {type(text).__name__}")
        if not text.strip() or not _CYRILLIC.search(text):
            return Result()
        doc = self.analyse(text)
        from .resolve import resolve

        institutions = self.institutions.find(doc)
        speakers, attribution = self.speakers.find(doc, institutions)
        result = Result(institutions=institutions, speakers=speakers)
        for finder in self._finders:
            finder.fill(doc, result, attribution)
        return resolve(result, doc)

    def pipe(self, texts: Iterable[str]) -> Iterator[Result]:
        """Results for ``texts`` in input order, models shared."""
        for text in texts:
            yield self.extract(text)


def _split_long(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    if stop - start <= MAX_SENTENCE_CHARS:
        yield start, stop
        return
    pos = start
    while pos < stop:
        end = min(stop, pos + MAX_SENTENCE_CHARS)
        if end < stop:
            cut = max(text.rfind(c, pos, end) for c in ",;:")
            end = cut + 1 if cut > pos + MAX_SENTENCE_CHARS // 3 else end
        yield pos, end
        pos = end


_DEFAULT: Extractor | None = None
_DEFAULT_LOCK = threading.Lock()


def default_extractor() -> Extractor:
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Extractor()
    return _DEFAULT


def extract(text: str) -> Result:
    """Extract with the process-wide default :class:`Extractor` (loaded on first call)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() expects the text as str, got {type(text).__name__}")
    return default_extractor().extract(text)
