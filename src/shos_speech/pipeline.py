"""The Extractor: one natasha pass over the text, then the grammars, then resolution.

Models load once in ``Extractor()``; ``extract`` and ``pipe`` reuse them. Nothing is
downloaded: natasha ships its embeddings and NER model inside its wheel.
"""
from __future__ import annotations

import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .document import Document, NerSpan, Sentence, tokenize
from .models import Result
from .textprep import prepare_text

#: Sentences longer than this many characters are cut into pieces at commas/semicolons
#: (or hard) before parsing: yargy's chart and recursion depth grow with sentence length.
MAX_SENTENCE_CHARS = 1500
#: Texts longer than this are extracted block by block (cut at paragraph or sentence
#: ends), which keeps memory bounded on megabyte transcripts.
BLOCK_CHARS = 100_000

_CYRILLIC = re.compile("[А-Яа-яЁё]")


class Extractor:
    """Reusable extractor: ``Extractor().extract(text) -> Result``.

    Users extend the bundled data without forking: ``registries`` are extra institution
    registry files (JSON, the bundled format), ``threat_lexicons`` extra threat
    expressions (TSV, ``phrase<TAB>category``), ``initiative_registries`` extra named
    initiatives (JSON). ``strip_html=True`` reads the text of an HTML page (tags, scripts
    and styles skipped, entities decoded); spans still point into the page as given. One
    Extractor may be shared by threads: natasha's taggers run under a lock, everything
    else keeps no per-call state.
    """

    def __init__(self, registries: Iterable[str | Path] = (), strip_html: bool = False,
                 threat_lexicons: Iterable[str | Path] = (), initiative_registries: Iterable[str | Path] = ()) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self._registries = [str(r) for r in registries]
        self._threat_lexicons = [str(r) for r in threat_lexicons]
        self._initiative_registries = [str(r) for r in initiative_registries]
        self.strip_html = strip_html

        from .grammars.institutions import InstitutionFinder
        from .speakers import SpeakerFinder

        self._segmenter = Segmenter()
        self._ner = NewsNERTagger(NewsEmbedding())
        self._lock = threading.Lock()  # natasha's taggers keep per-call state
        self.institutions = InstitutionFinder(extra_registries=self._registries)
        self.speakers = SpeakerFinder()
        from .grammars import initiatives, priorities, threats

        self._finders = [
            threats.Finder(lexicons=self._threat_lexicons),
            priorities.Finder(),
            initiatives.Finder(named_registries=self._initiative_registries),
        ]

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
        """All objects of one text; spans point into ``text`` exactly as given."""
        if not isinstance(text, str):
            raise TypeError(f"extract() expects the text as str, got {type(text).__name__}")
        clean, mapping = prepare_text(text, strip_html=self.strip_html)
        if not clean.strip() or not _CYRILLIC.search(clean):
            return Result()
        if len(clean) <= BLOCK_CHARS:
            result = self._extract_clean(clean)
        else:
            # megabyte transcripts: block by block (bounded memory), entities merged after
            result = Result()
            for start, stop in _blocks(clean, BLOCK_CHARS):
                part = self._extract_clean(clean[start:stop])
                _shift(part, start)
                _merge_into(result, part)
        if mapping is not None:
            _remap(result, text, mapping)
        return result

    def _extract_clean(self, text: str) -> Result:
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

    def pipe(self, texts: Iterable[str] | Iterable[tuple[str, Any]], n_process: int = 1, chunksize: int = 4,
             as_tuples: bool = False) -> Iterator[Result] | Iterator[tuple[Result, Any]]:
        """Results for ``texts`` in input order, models shared.

        ``n_process > 1`` runs that many worker processes, each with its own Extractor
        (loaded once per process); results still come in input order and equal the
        sequential ones. ``as_tuples=True`` (spaCy's convention): ``texts`` are
        ``(text, context)`` pairs and ``(result, context)`` pairs come out, so an id or
        any record travels with its text; the context never leaves this process.
        """
        if as_tuples:
            contexts: deque[Any] = deque()
            for result in self.pipe(_texts_of(texts, contexts), n_process, chunksize):
                yield result, contexts.popleft()
            return
        if n_process <= 1:
            for text in texts:
                yield self.extract(text)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("spawn")
        options = {"registries": self._registries, "strip_html": self.strip_html,
                   "threat_lexicons": self._threat_lexicons, "initiative_registries": self._initiative_registries}
        with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker, initargs=(options,)) as pool:
            yield from pool.map(_work, texts, chunksize=chunksize)


def _texts_of(pairs: Iterable[tuple[str, Any]], contexts: deque[Any]) -> Iterator[str]:
    """The texts of ``(text, context)`` pairs, their contexts kept aside in order."""
    for n, pair in enumerate(pairs):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise TypeError(f"pipe(as_tuples=True) expects (text, context) pairs; item {n} is {type(pair).__name__}")
        contexts.append(pair[1])
        yield pair[0]


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


# -- blocks and offsets ---------------------------------------------------------------------
def _blocks(text: str, size: int) -> Iterator[tuple[int, int]]:
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut < 0:
                cut = max(text.rfind(". ", pos + size // 2, end), text.rfind("! ", pos + size // 2, end))
            end = cut + 1 if cut > 0 else end
        yield pos, end
        pos = end


def _spans(result: Result):
    for item in (*result.priorities, *result.threats, *result.initiatives):
        yield item, "span"
    for ent in (*result.institutions, *result.speakers):
        for i in range(len(ent.mentions)):
            yield ent.mentions, i


def _shift(result: Result, offset: int) -> None:
    from .models import Span

    for holder, key in _spans(result):
        sp = getattr(holder, key) if isinstance(key, str) else holder[key]
        new = Span(start=sp.start + offset, end=sp.end + offset, text=sp.text)
        if isinstance(key, str):
            setattr(holder, key, new)
        else:
            holder[key] = new


def _remap(result: Result, original: str, mapping) -> None:
    """Spans found in the prepared text, moved back onto the text as given."""
    from .models import Span

    for holder, key in _spans(result):
        sp = getattr(holder, key) if isinstance(key, str) else holder[key]
        start = mapping[sp.start]
        end = mapping[sp.end - 1] + 1 if sp.end > sp.start else start
        if original[end - 1:end] == "&" and ";" in original[end:end + 12]:
            end = original.index(";", end) + 1  # the span ends in a decoded entity: take it whole
        new = Span.of(original, start, end)
        if isinstance(key, str):
            setattr(holder, key, new)
        else:
            holder[key] = new


def _merge_into(total: Result, part: Result) -> None:
    total.priorities += part.priorities
    total.threats += part.threats
    total.initiatives += part.initiatives
    for attr in ("institutions", "speakers"):
        known = {e.name: e for e in getattr(total, attr)}
        for e in getattr(part, attr):
            if e.name in known:
                known[e.name].mentions += e.mentions
            else:
                getattr(total, attr).append(e)
                known[e.name] = e


# -- worker processes -------------------------------------------------------------------------
_WORKER: Extractor | None = None


def _init_worker(options: dict) -> None:
    global _WORKER
    # one BLAS/OpenMP thread per worker: k workers on k cores, not k x cores threads fighting
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    _WORKER = Extractor(**options)


def _work(text: str) -> Result:
    assert _WORKER is not None
    return _WORKER.extract(text)
