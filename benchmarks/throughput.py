#!/usr/bin/env python3
"""Throughput of shos_speech.Extractor on a folder of texts: KB/s, documents/s, cold start, peak RSS.

    python benchmarks/throughput.py DIR [--repeat N]

DIR holds ``*.txt`` files (e.g. ../shared/corpus/nerel-dev) or gold ``*.json`` files with a
"text" field (e.g. ../shared/corpus/dev). Prints a table; not a test (timings vary by machine).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def load_texts(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the folder (warm caches after the first)")
    args = ap.parse_args(argv)
    texts = load_texts(args.folder)
    if not texts:
        print(f"no .txt or .json texts in {args.folder}", file=sys.stderr)
        return 2
    kb = sum(len(t) for t in texts) / 1000

    t0 = time.perf_counter()
    import shos_speech

    extractor = shos_speech.Extractor()
    cold = time.perf_counter() - t0

    rows = []
    for i in range(args.repeat):
        t1 = time.perf_counter()
        for _ in extractor.pipe(texts):
            pass
        dt = time.perf_counter() - t1
        rows.append((i + 1, dt, kb / dt, len(texts) / dt))

    print(f"{len(texts)} documents, {kb:.1f} KB; cold start (import + models) {cold:.2f} s")
    print(f"{'pass':>4} {'seconds':>8} {'KB/s':>8} {'docs/s':>8}")
    for n, dt, kbs, dps in rows:
        print(f"{n:4d} {dt:8.2f} {kbs:8.1f} {dps:8.1f}")
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
