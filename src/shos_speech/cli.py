"""Command line: ``shos-speech extract FILE|-- [--format json|jsonl]``.

User errors (missing file, a directory, bytes that are not UTF-8) print one line on
stderr and exit with code 2; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
    from .pipeline import Extractor

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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="shos-speech", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract from text files (or - for stdin) and print JSON")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json",
                    help="json: one indented Result per file; jsonl: one {id, result} line per file")
    ex.set_defaults(func=_cmd_extract)
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
