#!/usr/bin/env python3
"""Quality gate: score each corpus of .ci/floors.json with the shared scorer and compare with its floors.

Fails (exit 1) when any figure is below its floor. The scorer is called, never copied.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def lookup(report: dict, dotted: str):
    node = report
    for part in dotted.split("."):
        node = node[part]
    return node


def score(corpus: str, tmp: Path) -> dict:
    out = tmp / f"{corpus}.json"
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "corpus" / corpus),
                    "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())


def main() -> int:
    if not (SHARED / "eval" / "score.py").exists():
        print(f"quality gate: {SHARED} not found; nothing to score against", file=sys.stderr)
        return 1
    floors = {k: v for k, v in json.loads((ROOT / ".ci" / "floors.json").read_text()).items()
              if not k.startswith("_")}
    failed = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, corpus_floors in floors.items():
            report = score(corpus, Path(tmp))
            for key, floor in sorted(corpus_floors.items()):
                value = lookup(report, key)
                ok = value is not None and value >= floor
                failed += not ok
                total += 1
                shown = value if value is not None else "n/a"
                print(f"{'ok  ' if ok else 'FAIL'} {corpus:9s} {key:42s} {shown:>7} (floor {floor})")
    print(f"quality gate: {total - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
