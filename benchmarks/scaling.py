#!/usr/bin/env python3
"""Time and peak memory against input size and against worker count.

    python benchmarks/scaling.py SOURCE_DIR [--sizes 1e3,1e4,1e5,1e6,1e7] [--docs 200] [--out docs/benchmarks.md]

SOURCE_DIR holds ``*.txt`` or gold ``*.json`` statements (e.g. ../shared/corpus/dev); they
are concatenated and repeated to reach each size. Every size runs in a fresh process, so
peak RSS is that run's own. The worker table times ``Extractor.pipe(texts, n_process=k)``
on ``--docs`` statements. Writes a Markdown report with the command that made it.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
import shos_speech
text = open(sys.argv[1], encoding="utf-8").read()
ex = shos_speech.Extractor()
ex.extract("Саммит ШОС прошел в Астане.")  # warm-up: lazy loads are not counted
t0 = time.perf_counter()
r = ex.extract(text)
dt = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": dt, "rss_mb": rss, "items": len(r.threats) + len(r.priorities) + len(r.initiatives)}))
"""

WORKERS = r"""
import json, sys, time
import shos_speech
texts = json.load(open(sys.argv[1], encoding="utf-8"))
k = int(sys.argv[2])
ex = shos_speech.Extractor()
t0 = time.perf_counter()
n = sum(1 for _ in ex.pipe(texts, n_process=k))
print(json.dumps({"seconds": time.perf_counter() - t0, "docs": n}))
"""


def load(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
    return texts


def run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("--sizes", default="1e3,1e4,1e5,1e6,1e7")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    ap.add_argument("--tmp", type=Path, default=Path("/tmp/shos_speech_scaling"))
    args = ap.parse_args(argv)
    texts = load(args.source)
    if not texts:
        print(f"no texts in {args.source}", file=sys.stderr)
        return 2
    args.tmp.mkdir(parents=True, exist_ok=True)
    corpus = "\n\n".join(texts)

    size_rows = []
    for size in (int(float(s)) for s in args.sizes.split(",")):
        text = (corpus * (size // len(corpus) + 1))[:size]
        path = args.tmp / f"text_{size}.txt"
        path.write_text(text, encoding="utf-8")
        r = run(CHILD, str(path))
        per_mb = r["seconds"] / (size / 1e6)
        size_rows.append((size, r["seconds"], per_mb, r["rss_mb"], r["items"]))
        print(f"{size:>10,} chars  {r['seconds']:8.2f} s  {per_mb:8.1f} s/MB  {r['rss_mb']:7.0f} MB", flush=True)

    docs = [texts[i % len(texts)] for i in range(args.docs)]
    docs_path = args.tmp / "docs.json"
    docs_path.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    worker_rows = []
    for k in (int(w) for w in args.workers.split(",")):
        r = run(WORKERS, str(docs_path), str(k))
        worker_rows.append((k, r["seconds"], r["docs"] / r["seconds"]))
        print(f"{k} process(es): {r['seconds']:.1f} s, {r['docs'] / r['seconds']:.1f} docs/s", flush=True)

    cmd = " ".join(["python", "benchmarks/scaling.py", *(argv if argv is not None else sys.argv[1:])])
    lines = [
        "# Scaling benchmark",
        "",
        f"Made by `{cmd}` on {time.strftime('%Y-%m-%d')} ({platform.machine()}, Python {platform.python_version()},"
        f" {_cores()} cores). Each size runs in a fresh process; time excludes model loading.",
        "",
        "| input (chars) | seconds | seconds per MB | peak RSS (MB) | items |",
        "| ---: | ---: | ---: | ---: | ---: |",
        *[f"| {s:,} | {t:.2f} | {p:.1f} | {m:.0f} | {n} |" for s, t, p, m, n in size_rows],
        "",
        f"Worker processes on {args.docs} statements (`Extractor.pipe(texts, n_process=k)`):",
        "",
        "| processes | seconds | documents/s |",
        "| ---: | ---: | ---: |",
        *[f"| {k} | {t:.1f} | {d:.1f} |" for k, t, d in worker_rows],
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"written {args.out}")
    return 0


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
