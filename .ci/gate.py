#!/usr/bin/env python3
"""Quality gate: score the dev corpus with the shared scorer and compare with .ci/floors.json.

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


def main() -> int:
    if not (SHARED / "eval" / "score.py").exists():
        print(f"quality gate: {SHARED} not found; nothing to score against", file=sys.stderr)
        return 1
    floors = {k: v for k, v in json.loads((ROOT / ".ci" / "floors.json").read_text()).items()
              if not k.startswith("_")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "corpus" / "dev"),
                        "--json", str(out)], check=True)
        report = json.loads(out.read_text())
    failed = 0
    for key, floor in sorted(floors.items()):
        value = lookup(report, key)
        ok = value is not None and value >= floor
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {key:45s} {value if value is not None else 'n/a':>7} (floor {floor})")
    print(f"quality gate: {len(floors) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
