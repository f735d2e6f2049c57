"""Command line: ``shos-speech extract | batch | show | summary`` (also ``python -m shos_speech``).

A problem with the caller's input (a missing or unreadable file, a directory, bytes that
are not UTF-8, a bad data file, a closed stdin or stdout, an output that cannot be
written, a bad option) prints one line on stderr and exits with code 2, never a
traceback. ``batch`` and ``summary`` exit with 1 when they skipped something (each skip
reported on stderr with its id); Ctrl-C exits with 130 and a plain ``kill`` with 143,
both after the documents already written are complete.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

EXIT_SKIPPED = 1
EXIT_USAGE = 2

DESCRIPTION = """\
Priorities, Threats, Initiatives, Institutions and Speakers from Russian
official-statement prose, as JSON records, long tables and HTML pages."""
EPILOG = """\
exit codes: 0 done; 1 something was skipped (each reported on stderr); 2 a usage
error (one line on stderr); 130 interrupted (Ctrl-C); 143 terminated (kill).

'shos-speech COMMAND --help' lists a command's options; docs/cli.md has them all."""


class UserError(Exception):
    """A problem with the caller's input: reported in one line, exit code 2."""


class Terminated(BaseException):
    """SIGTERM (a plain ``kill``), raised in the main thread so the run stops as on Ctrl-C."""


def _why(e: OSError) -> str:
    return e.strerror or str(e)


# -- input and output ------------------------------------------------------------------------
def read_text(source: str) -> str:
    if source == "-":
        data, name = _read_stdin(), "<stdin>"
    else:
        path = Path(source)
        try:
            if not path.exists():
                raise UserError(f"{source}: no such file")
            if path.is_dir():
                raise UserError(f"{source}: is a directory, expected a text file")
            data = path.read_bytes()
        except OSError as e:
            raise UserError(f"{source}: cannot read: {_why(e)}") from None
        name = source
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(f"{name}: not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from None


def _read_stdin() -> bytes:
    if sys.stdin is None:
        raise UserError("<stdin>: standard input is closed")
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError) as e:
        raise UserError(f"<stdin>: cannot read: {_why(e) if isinstance(e, OSError) else e}") from None


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """The file ``-o`` names, or stdout; a write that fails is a one-line error."""
    if path is None:
        if sys.stdout is None:
            raise UserError("<stdout>: standard output is closed")
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise UserError(f"<stdout>: cannot write: {_why(e)}") from None
        return
    try:
        out = Path(path)
        if out.is_dir():
            raise UserError(f"{path}: is a directory, expected an output file")
        fh = out.open("w", encoding="utf-8")
    except OSError as e:
        raise UserError(f"{path}: cannot write: {_why(e)}") from None
    try:
        with fh:
            yield fh
    except OSError as e:
        raise UserError(f"{path}: cannot write: {_why(e)}") from None


# -- the Extractor and the user's data files --------------------------------------------------
def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The Extractor's options from the command line; every data file named must exist."""
    files = {"registries": ("registry", args.registry), "threat_lexicons": ("threat lexicon", args.threat_lexicon),
             "initiative_registries": ("initiative registry", args.initiative_registry)}
    for what, paths in files.values():
        for f in paths:
            try:
                ok = Path(f).is_file()
            except OSError as e:
                raise UserError(f"{f}: {_why(e)}") from None
            if not ok:
                raise UserError(f"{f}: no such {what} file")
    return {key: list(paths) for key, (_, paths) in files.items()} | {"strip_html": args.strip_html}


def _extractor(args: argparse.Namespace) -> Any:
    """An Extractor built from the options; a bad data file is a one-line error naming it."""
    from . import Extractor  # wherever the package has it from
    from .errors import LexiconError

    try:
        return Extractor(**_options(args))
    except LexiconError as e:
        raise UserError(str(e)) from None
    except OSError as e:
        raise UserError(f"{e.filename or 'a data file'}: cannot read: {_why(e)}") from None
    except ValueError as e:  # a data file the loader could not parse (before it raised LexiconError)
        raise UserError(f"a data file cannot be used: {type(e).__name__}: {e}") from None


# -- commands -----------------------------------------------------------------------------------
def _cmd_extract(args: argparse.Namespace) -> int:
    from .models import BatchRecord

    texts = [(src, read_text(src)) for src in args.files]
    if args.output is None and sys.stdout is None:
        raise UserError("<stdout>: standard output is closed")  # before the models load
    extractor = _extractor(args)
    with _output(args.output) as out:
        for src, text in texts:
            record = BatchRecord.of(src, extractor.extract(text))
            out.write(record.model_dump_json(indent=None if args.format == "jsonl" else 2) + "\n")
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchError, run_batch

    extractor = _extractor(args)  # a bad data file fails here, before any worker starts
    try:
        summary = run_batch(args.inputs, args.output, workers=args.workers, resume=args.resume,
                            id_column=args.id_column, text_column=args.text_column, progress=not args.quiet,
                            extractor=extractor, **_options(args))
    except BatchError as e:
        raise UserError(str(e)) from None
    done = f"shos-speech: {summary.written} documents written to {args.output}"
    if summary.resumed:
        done += f", {summary.resumed} already there"
    if summary.skipped:
        done += f", {len(summary.skipped)} skipped"
    print(done, file=sys.stderr)
    return EXIT_SKIPPED if summary.skipped else 0


def _cmd_show(args: argparse.Namespace) -> int:
    from .report import write_report

    if args.file is None and args.from_ is None:
        raise UserError("show needs a FILE to extract from, or --from OUT.jsonl with a stored result")
    text = None if args.file is None else read_text(args.file)
    name = None if args.file is None else ("<stdin>" if args.file == "-" else Path(args.file).name)
    if args.from_ is not None:
        result, name = _stored(args, text, name)
    else:
        result = _extractor(args).extract(text)
    out = Path(args.output)
    try:
        if out.is_dir():
            raise UserError(f"{out}: is a directory, expected an output file")
        write_report(text, result, out, title=args.title or name or "shos_speech")
    except OSError as e:
        raise UserError(f"{out}: cannot write: {_why(e)}") from None
    print(f"shos-speech: wrote {out}", file=sys.stderr)
    return 0


def _stored(args: argparse.Namespace, text: str | None, name: str | None) -> tuple[Any, str]:
    """The Result stored for ``--id`` (default: FILE's name) in ``--from``, checked against the text."""
    from .batch import BatchError, find_record

    if args.registry or args.threat_lexicon or args.initiative_registry or args.strip_html:
        raise UserError("--registry, --threat-lexicon, --initiative-registry and --strip-html change extraction; "
                        "--from shows a stored result as it is")
    doc_id = args.id if args.id is not None else name
    try:
        record = find_record(args.from_, doc_id)
    except BatchError as e:
        raise UserError(str(e)) from None
    if text is not None:
        try:
            record.result.check_spans(text)
        except ValueError as e:
            raise UserError(f"{args.file}: not the text of {record.id!r} in {args.from_} ({e})") from None
    return record.result, record.id


def _cmd_summary(args: argparse.Namespace) -> int:
    from . import summary as sm

    if args.plot and not sm.have_matplotlib():
        raise UserError("--plot needs matplotlib: pip install 'shos_speech[plot]'")
    try:
        counts = sm.count(args.file)
    except sm.SummaryError as e:
        raise UserError(str(e)) from None
    for where in counts.bad_lines:
        print(f"shos-speech: skipped {where}: not a {{\"id\", \"result\"}} JSON line", file=sys.stderr)
    with _output(None) as out:
        if args.json:
            out.write(json.dumps(counts.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            sm.print_summary(counts, out, top=args.top)
    if args.plot:
        try:
            sm.plot(counts, args.plot, top=args.top)
        except OSError as e:
            raise UserError(f"{args.plot}: cannot write: {_why(e)}") from None
        print(f"shos-speech: wrote {args.plot}", file=sys.stderr)
    return EXIT_SKIPPED if counts.bad_lines else 0


# -- the parser -----------------------------------------------------------------------------------
def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {n}")
    return n


class _Parser(argparse.ArgumentParser):
    """argparse with its errors in one line, like every other error of the command line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _extraction_options() -> argparse.ArgumentParser:
    """What the Extractor can be given, the same on extract, batch and show."""
    p = _Parser(add_help=False)
    g = p.add_argument_group("extraction")
    g.add_argument("--registry", action="append", default=[], metavar="FILE",
                   help="an extra institution registry (JSON); repeatable")
    g.add_argument("--threat-lexicon", action="append", default=[], metavar="FILE",
                   help="extra threat expressions (TSV: phrase<TAB>category); repeatable")
    g.add_argument("--initiative-registry", action="append", default=[], metavar="FILE",
                   help="extra named initiatives (JSON); repeatable")
    g.add_argument("--strip-html", action="store_true",
                   help="the input is HTML: read its text (spans still point into the page)")
    return p


def _version() -> str:
    from . import __version__
    from .models import SCHEMA_VERSION

    return f"shos-speech {__version__} (schema {SCHEMA_VERSION})"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="shos-speech", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=_version())
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = [_extraction_options()]
    ex = sub.add_parser("extract", parents=common, help="extract from text files (or - for stdin) and print JSON",
                        description="Each FILE's Result in a record {id, version, schema_version, result}.")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="json: one indented record per file; jsonl: one record per line")
    ex.add_argument("-o", "--output", metavar="FILE", help="write there instead of stdout")
    ex.set_defaults(func=_cmd_extract)

    ba = sub.add_parser("batch", parents=common, help="many documents in, one JSONL / CSV / Parquet file out",
                        description="INPUT: a folder of .txt files, a .txt file, a JSONL file of {id, text} rows "
                                    "or a CSV file with an id and a text column. OUT by suffix: .jsonl (one "
                                    "{id, version, schema_version, result} line per document), .csv or .parquet "
                                    "(one row per item).")
    ba.add_argument("inputs", nargs="+", metavar="INPUT")
    ba.add_argument("-o", "--output", required=True, metavar="OUT", help="out.jsonl, out.csv or out.parquet")
    ba.add_argument("--workers", type=_positive, default=1, metavar="N",
                    help="N processes, one Extractor each (default 1)")
    ba.add_argument("--resume", action="store_true", help="skip ids already in OUT (.jsonl or .csv) and append")
    ba.add_argument("--id-column", default="id", metavar="NAME", help="id field of JSONL/CSV inputs (default: id)")
    ba.add_argument("--text-column", default="text", metavar="NAME",
                    help="text field of JSONL/CSV inputs (default: text)")
    ba.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ba.set_defaults(func=_cmd_batch)

    sh = sub.add_parser("show", parents=common, help="one self-contained HTML page with the highlights",
                        description="Extracts from FILE, or shows a stored result (--from) without extracting.")
    sh.add_argument("file", metavar="FILE", nargs="?", help="a text file, or - for stdin")
    sh.add_argument("-o", "--output", required=True, metavar="report.html")
    sh.add_argument("--title", help="page title (default: the file name or the id)")
    sh.add_argument("--from", dest="from_", metavar="OUT.jsonl",
                    help="take the result from a batch (or extract --format jsonl) output instead of extracting")
    sh.add_argument("--id", metavar="ID", help="the record to show from --from (default: FILE's name)")
    sh.set_defaults(func=_cmd_show)

    su = sub.add_parser("summary", help="counts over a batch output (.jsonl, .csv or .parquet)")
    su.add_argument("file", metavar="OUT", help="a .jsonl, .csv or .parquet written by shos-speech batch")
    su.add_argument("--plot", metavar="FILE.png", help="draw the counts as bar charts (needs matplotlib)")
    su.add_argument("--top", type=_positive, default=10, metavar="N", help="speakers and institutions shown")
    su.add_argument("--json", action="store_true", help="print the counts as JSON")
    su.set_defaults(func=_cmd_summary)
    return p


# -- running ------------------------------------------------------------------------------------
def _say(message: str) -> None:
    if sys.stderr is not None:
        try:
            print(message, file=sys.stderr)
        except OSError:
            pass


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's last flush says nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return args.func(args)
    except UserError as e:
        _say(f"shos-speech: {e}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("shos-speech: interrupted" + _resume_hint(args))
        return 130
    except Terminated:
        _say("shos-speech: terminated" + _resume_hint(args))
        return 128 + signal.SIGTERM
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        _quiet_stdout()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resume_hint(args: argparse.Namespace) -> str:
    if args.command != "batch":
        return ""
    return f"; every document in {args.output} is complete, --resume goes on from there"


if __name__ == "__main__":
    sys.exit(main())
