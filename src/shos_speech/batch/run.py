"""The run: inputs checked, documents extracted (in this process or in workers), each written once or reported."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import workers as workers_module
from .inputs import OUTPUT_SUFFIXES, Bad, BatchError, Doc, Source, open_sources
from .progress import Progress
from .resume import Resume, _truncate, resume_state
from .table import Writer, have_pyarrow
from .workers import _init_worker, _process


@dataclass
class Summary:
    """What a run did: documents written, skipped (with reasons) and already done."""

    written: int = 0
    skipped: list[Bad] = field(default_factory=list)
    resumed: int = 0


def _check_output(out: Path, resume: bool, workers: int) -> None:
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise BatchError(f"{out}: the output must end in .jsonl, .csv or .parquet")
    try:
        if out.is_dir():
            raise BatchError(f"{out}: is a folder, expected an output file")
    except OSError as e:
        raise BatchError(f"{out}: {e.strerror or e}") from None
    if suffix == ".parquet" and not have_pyarrow():
        raise BatchError("writing .parquet needs pyarrow: pip install 'shos_speech[parquet]'")
    if suffix == ".parquet" and resume:
        raise BatchError("--resume works with .jsonl and .csv outputs, not .parquet")
    if workers < 1:
        raise BatchError("--workers must be at least 1")


def _options(registries: Sequence[str], threat_lexicons: Sequence[str], initiative_registries: Sequence[str],
             strip_html: bool) -> dict[str, Any]:
    for what, files in (("registry", registries), ("threat lexicon", threat_lexicons),
                        ("initiative registry", initiative_registries)):
        for f in files:
            try:
                ok = Path(f).is_file()
            except OSError as e:
                raise BatchError(f"{f}: {e.strerror or e}") from None
            if not ok:
                raise BatchError(f"{f}: no such {what} file")
    return dict(registries=list(registries), threat_lexicons=list(threat_lexicons),
                initiative_registries=list(initiative_registries), strip_html=strip_html)


def run_batch(inputs: Sequence[str], out: str | Path, *, workers: int = 1, resume: bool = False,
              id_column: str = "id", text_column: str = "text", registries: Sequence[str] = (),
              threat_lexicons: Sequence[str] = (), initiative_registries: Sequence[str] = (),
              strip_html: bool = False, progress: bool = True, stream: IO[str] | None = None,
              report: Callable[[str], None] | None = None, extractor: Any = None) -> Summary:
    """Process every document of ``inputs`` into ``out``; see the module docstring.

    ``registries``, ``threat_lexicons``, ``initiative_registries`` and ``strip_html`` are
    passed to each :class:`~shos_speech.Extractor`; ``extractor`` is one to reuse instead
    (it is built here otherwise, so a bad data file fails before any worker starts). Raises
    :class:`BatchError` for usage problems; bad documents are reported through ``report``
    (default: stderr) and skipped.
    """
    out = Path(out)
    _check_output(out, resume, workers)
    options = _options(registries, threat_lexicons, initiative_registries, strip_html)
    sources = open_sources(inputs, id_column, text_column)
    state = resume_state(out) if resume else Resume()
    ids = [i for s in sources for i in s.ids()]
    if state.last is not None and state.last in ids:
        _truncate(out, state.cut)  # its rows may be incomplete: written again below
    elif state.last is not None:
        state.done.add(state.last)  # not among the inputs: its rows stay as they are
    if extractor is None:
        extractor = _build(options)  # a bad data file fails here, before any document or worker
        if workers > 1:
            extractor = None  # each worker builds its own
    stream = stream if stream is not None else sys.stderr
    summary = Summary()
    bar = Progress(len(ids), stream=stream, enabled=progress)
    say = report or bar.message
    if state.torn and state.last is not None and state.last not in ids:
        say(f"shos-speech: {out}: the last rows were cut by an interrupted run; "
            f"{state.last} is not among the inputs, its complete rows are kept")

    def skip(bad: Bad) -> None:
        summary.skipped.append(bad)
        say(f"shos-speech: skipped {bad.id}: {bad.reason}")
        bar.update(skipped=True)

    jobs = _jobs(sources, out.suffix.lower(), state.done, summary, skip, bar)
    writer = Writer(out, append=resume)
    try:
        for doc_id, payload, error in _results(jobs, workers, options, extractor):
            if error is not None:
                skip(Bad(doc_id, error))
                continue
            writer.write(payload)
            summary.written += 1
            bar.update()
    finally:
        bar.close()
        writer.close()
    return summary


def _build(options: Mapping[str, Any]) -> Any:
    from .. import Extractor  # wherever the package has it from

    return Extractor(**options)


def _jobs(sources: list[Source], suffix: str, done: set[str], summary: Summary, skip: Callable[[Bad], None],
          bar: Progress) -> Iterator[tuple[Doc, str]]:
    """The documents to extract, in input order; bad, done and repeated ones are accounted for here."""
    seen: set[str] = set()
    for src in sources:
        for item in src.read():
            if isinstance(item, Bad):
                skip(item)
            elif item.id in seen:
                skip(Bad(item.id, "duplicate id"))  # on a resumed run too: the first one is the one written
            else:
                seen.add(item.id)
                if item.id in done:
                    summary.resumed += 1
                    bar.update()
                else:
                    yield item, suffix


def _results(jobs: Iterable[tuple[Doc, str]], workers: int, options: Mapping[str, Any],
             extractor: Any) -> Iterator[tuple[str, Any, str | None]]:
    """Results in input order; with several workers a bounded window of documents is in flight."""
    if workers == 1:
        workers_module.use(extractor)
        for job in jobs:
            yield _process(job)
        return
    import multiprocessing as mp
    from collections import deque

    pool = mp.get_context().Pool(workers, initializer=_init_worker, initargs=(dict(options),))
    pending: deque = deque()
    it = iter(jobs)  # consumed here, in the main process: reports of bad rows stay in order

    def fill() -> None:
        while len(pending) < 4 * workers:
            job = next(it, None)
            if job is None:
                return
            pending.append(pool.apply_async(_process, (job,)))

    try:
        fill()
        while pending:
            head = pending.popleft()
            fill()
            yield head.get()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
