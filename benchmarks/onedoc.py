#!/usr/bin/env python3
"""One long document against the same texts as separate documents: is the cost linear?

    python benchmarks/onedoc.py DIR [DIR ...] [--chars 1000000]

The statements of DIR (gold ``*.json`` with a "text" field, or ``*.txt``) are repeated until
they hold about ``--chars`` characters; the same texts are extracted once as one document
(joined by blank lines, as a transcript of many speeches would be) and once as separate
documents, back to back in one process (CPU time). It prints seconds per MB of each and
their ratio (one document / separate documents): a ratio near 1 means that nothing in the
extraction grows faster than the text.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def load_texts(folders: list[Path]) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    for folder in folders:
        for p in sorted(folder.glob("*.json")):
            doc = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and isinstance(doc.get("text"), str):
                texts.append(doc["text"])
    return texts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--chars", type=float, default=1e6)
    args = ap.parse_args(argv)

    import shos_speech

    base = load_texts(args.folders)
    if not base:
        ap.error("no texts found")
    texts: list[str] = []
    while sum(len(t) for t in texts) < args.chars:
        texts.extend(base)
    joined = "\n\n".join(texts)
    mb = len(joined.encode("utf-8")) / 1e6
    ex = shos_speech.Extractor()
    ex.extract(base[0])  # lazy loads are not counted

    t = time.process_time()
    many = [ex.extract(text) for text in texts]
    separate = time.process_time() - t
    t = time.process_time()
    one = ex.extract(joined)
    single = time.process_time() - t

    def items(results) -> int:
        return sum(len(r.threats) + len(r.priorities) + len(r.initiatives) for r in results)

    print(f"{len(texts)} texts, {len(joined):,} characters ({mb:.2f} MB); CPU time")
    print(f"{'separate documents':24s} {separate / mb:7.1f} s/MB   items {items(many)}")
    print(f"{'one document':24s} {single / mb:7.1f} s/MB   items {items([one])}")
    print(f"ratio one / separate: {single / separate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
