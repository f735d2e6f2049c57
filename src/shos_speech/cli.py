"""Command line: ``shos-speech extract | batch | show | summary``.

* ``extract FILE|- [--format json|jsonl]``: the Result of each file as JSON;
* ``batch INPUT... -o OUT``: folders / JSONL / CSV in, JSONL / CSV / Parquet out;
* ``show FILE -o report.html``: one self-contained HTML page with the highlights;
* ``summary OUT [--plot FILE.png]``: counts over a batch output.

User errors (missing file, a directory, bytes that are not UTF-8, a bad option) print one
line on stderr and exit with code 2; never a traceback. ``batch`` and ``summary`` exit
with 1 when they skipped something (each skip reported on stderr with its id).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_SKIPPED = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A problem with the caller's input: reported in one line, exit code 2."""


def read_text(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.exists():
            raise UserError(f"{source}: no such file")
        if path.is_dir():
            raise UserError(f"{source}: is a directory, expected a text file")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise UserError(f"{source}: cannot read: {e.strerror}") from None
        name = source
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(f"{name}: not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor

    texts = [(src, read_text(src)) for src in args.files]
    extractor = Extractor()
    out = sys.stdout
    for src, text in texts:
        result = extractor.extract(text)
        if args.format == "jsonl":
            row = {"id": src, "result": result.model_dump(mode="json")}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            out.write(result.model_dump_json(indent=2) + "\n")
    return 0


def _registries(args: argparse.Namespace) -> list[str]:
    for reg in args.registry:
        if not Path(reg).is_file():
            raise UserError(f"{reg}: no such registry file")
    return list(args.registry)


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchError, run_batch

    try:
        summary = run_batch(args.inputs, args.output, workers=args.workers, resume=args.resume,
                            id_column=args.id_column, text_column=args.text_column,
                            registries=_registries(args), progress=not args.quiet)
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
    from .extractor import Extractor
    from .report import write_report

    text = read_text(args.file)
    out = Path(args.output)
    if out.is_dir():
        raise UserError(f"{out}: is a directory, expected an output file")
    result = Extractor(registries=_registries(args)).extract(text)
    title = args.title or ("<stdin>" if args.file == "-" else Path(args.file).name)
    try:
        write_report(text, result, out, title=title)
    except OSError as e:
        raise UserError(f"{out}: cannot write: {e.strerror}") from None
    print(f"shos-speech: wrote {out}", file=sys.stderr)
    return 0


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
    if args.json:
        sys.stdout.write(json.dumps(counts.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sm.print_summary(counts, sys.stdout, top=args.top)
    if args.plot:
        try:
            sm.plot(counts, args.plot, top=args.top)
        except OSError as e:
            raise UserError(f"{args.plot}: cannot write: {e.strerror}") from None
        print(f"shos-speech: wrote {args.plot}", file=sys.stderr)
    return EXIT_SKIPPED if counts.bad_lines else 0


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="shos-speech", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract from text files (or - for stdin) and print JSON")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="json: one indented Result per file; jsonl: one {id, result} line per file")
    ex.set_defaults(func=_cmd_extract)

    ba = sub.add_parser("batch", help="many documents in, one JSONL / CSV / Parquet file out",
                        description="INPUT: a folder of .txt files, a .txt file, a JSONL file of {id, text} rows "
                                    "or a CSV file with an id and a text column. OUT by suffix: .jsonl (one "
                                    "{id, result} line per document), .csv or .parquet (one row per item).")
    ba.add_argument("inputs", nargs="+", metavar="INPUT")
    ba.add_argument("-o", "--output", required=True, metavar="OUT", help="out.jsonl, out.csv or out.parquet")
    ba.add_argument("--workers", type=_positive, default=1, metavar="N",
                    help="N processes, one Extractor each (default 1)")
    ba.add_argument("--resume", action="store_true", help="skip ids already in OUT (.jsonl or .csv) and append")
    ba.add_argument("--id-column", default="id", metavar="NAME", help="id field of JSONL/CSV inputs (default: id)")
    ba.add_argument("--text-column", default="text", metavar="NAME",
                    help="text field of JSONL/CSV inputs (default: text)")
    ba.add_argument("--registry", action="append", default=[], metavar="FILE",
                    help="an extra institution registry (JSON); repeatable")
    ba.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ba.set_defaults(func=_cmd_batch)

    sh = sub.add_parser("show", help="one self-contained HTML page with the highlights")
    sh.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    sh.add_argument("-o", "--output", required=True, metavar="report.html")
    sh.add_argument("--title", help="page title (default: the file name)")
    sh.add_argument("--registry", action="append", default=[], metavar="FILE",
                    help="an extra institution registry (JSON); repeatable")
    sh.set_defaults(func=_cmd_show)

    su = sub.add_parser("summary", help="counts over a batch output (.jsonl or .csv)")
    su.add_argument("file", metavar="OUT", help="a .jsonl or .csv written by shos-speech batch")
    su.add_argument("--plot", metavar="FILE.png", help="draw the counts as bar charts (needs matplotlib)")
    su.add_argument("--top", type=_positive, default=10, metavar="N", help="speakers and institutions shown")
    su.add_argument("--json", action="store_true", help="print the counts as JSON")
    su.set_defaults(func=_cmd_summary)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as e:
        print(f"shos-speech: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("shos-speech: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
