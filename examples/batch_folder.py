"""Run a whole folder of statements into one JSONL file, then count what was found.

    python examples/batch_folder.py [FOLDER] [OUT.jsonl]   # default: examples/corpus, a temp file

The same as ``shos-speech batch FOLDER -o OUT.jsonl && shos-speech summary OUT.jsonl``.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shos_speech.batch import run_batch
from shos_speech.summary import count, print_summary

HERE = Path(__file__).resolve().parent


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tmp) / "out.jsonl"
        summary = run_batch([str(folder)], out, progress=True)  # the progress bar goes to stderr
        print(f"written: {summary.written}, skipped: {len(summary.skipped)}")
        print_summary(count(out), sys.stdout, top=5)
    return 1 if summary.skipped else 0


if __name__ == "__main__":
    sys.exit(main())
