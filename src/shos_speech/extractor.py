"""The Extractor: one natasha pass over the text, then the stages, in a declared order.

    text -> prepare_text (offset map) -> Analyzer (natasha: sentences, NER; tokens)
         -> institutions -> speakers -> threats -> priorities -> initiatives -> Result

Models and lexicons load once in ``Extractor()``; ``extract`` and ``pipe`` reuse them.
Each call gets its own :class:`~shos_speech._core.stage.DocContext`; the stages are frozen
after construction, so one Extractor may be shared by threads.
"""
from __future__ import annotations

import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ._core.analysis import Analyzer
from ._core.lexicon import check_paths
from ._core.stage import DocContext, Stage, check_order
from .models import Result, Span
from .textprep import prepare_text

#: Texts longer than this are extracted block by block (cut at paragraph or sentence
#: ends), which keeps memory bounded on megabyte transcripts.
BLOCK_CHARS = 100_000

_CYRILLIC = re.compile("[А-Яа-яЁё]")


class Extractor:
    """Reusable extractor: ``Extractor().extract(text) -> Result``.

    Users extend the bundled data without forking: ``registries`` are extra institution
    registry files (JSON, the bundled format), ``threat_lexicons`` extra threat
    expressions (TSV, ``phrase<TAB>category``), ``initiative_registries`` extra named
    initiatives (JSON). Every such file is read and checked here: a bad one raises
    :class:`~shos_speech.errors.LexiconError` with its path and line. ``strip_html=True``
    reads the text of an HTML page (tags, scripts and styles skipped, entities decoded);
    spans still point into the page as given.
    """

    def __init__(self, registries: Iterable[str | Path] = (), strip_html: bool = False,
                 threat_lexicons: Iterable[str | Path] = (), initiative_registries: Iterable[str | Path] = ()) -> None:
        from ._stages import build_stages

        self._registries = check_paths(registries, "registries")
        self._threat_lexicons = check_paths(threat_lexicons, "threat_lexicons")
        self._initiative_registries = check_paths(initiative_registries, "initiative_registries")
        self.strip_html = strip_html
        self.stages: tuple[Stage, ...] = tuple(build_stages(
            registries=self._registries, threat_lexicons=self._threat_lexicons,
            initiative_registries=self._initiative_registries))
        check_order(self.stages)
        for stage in self.stages:
            stage.freeze()
        self.analyzer = Analyzer()

    # -- one text -------------------------------------------------------------------
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

    def context(self, text: str) -> DocContext:
        """The context of one clean text after every stage ran (for inspection and tests)."""
        ctx = DocContext(self.analyzer(text))
        for stage in self.stages:
            stage(ctx)
        return ctx

    def _extract_clean(self, text: str) -> Result:
        if not text.strip() or not _CYRILLIC.search(text):
            return Result()
        return self.context(text).result()

    # -- many texts -----------------------------------------------------------------
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
        with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker,
                                 initargs=(self.options,)) as pool:
            yield from pool.map(_work, texts, chunksize=chunksize)

    @property
    def options(self) -> dict:
        """The constructor's arguments: what a worker process needs to build the same Extractor."""
        return dict(registries=self._registries, strip_html=self.strip_html, threat_lexicons=self._threat_lexicons,
                    initiative_registries=self._initiative_registries)


def _texts_of(pairs: Iterable[tuple[str, Any]], contexts: deque[Any]) -> Iterator[str]:
    """The texts of ``(text, context)`` pairs, their contexts kept aside in order."""
    for n, pair in enumerate(pairs):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise TypeError(f"pipe(as_tuples=True) expects (text, context) pairs; item {n} is {type(pair).__name__}")
        contexts.append(pair[1])
        yield pair[0]


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


def _move(result: Result, where) -> None:
    """Replace every span of ``result`` by ``where(span)``."""
    for holder, key in _spans(result):
        sp = getattr(holder, key) if isinstance(key, str) else holder[key]
        new = where(sp)
        if isinstance(key, str):
            setattr(holder, key, new)
        else:
            holder[key] = new


def _shift(result: Result, offset: int) -> None:
    _move(result, lambda sp: Span(start=sp.start + offset, end=sp.end + offset, text=sp.text))


def _remap(result: Result, original: str, mapping) -> None:
    """Spans found in the prepared text, moved back onto the text as given."""
    def back(sp: Span) -> Span:
        start = mapping[sp.start]
        end = mapping[sp.end - 1] + 1 if sp.end > sp.start else start
        if original[end - 1:end] == "&" and ";" in original[end:end + 12]:
            end = original.index(";", end) + 1  # the span ends in a decoded entity: take it whole
        return Span.of(original, start, end)

    _move(result, back)


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
