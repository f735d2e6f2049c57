#!/usr/bin/env python3
"""Throughput of full extraction against natasha's own pass, on the same texts, in one process.

    python benchmarks/throughput.py DIR [DIR ...] [--rounds 3]

DIR holds ``*.txt`` files (e.g. ../shared/corpus/nerel-dev) or gold ``*.json`` files with a
"text" field (../shared/corpus/dev, dev-wide). Each round times, back to back on the same
texts (CPU time of this process):

* natasha's segmentation + NER (``Doc.segment`` + ``Doc.tag_ner``: what shos_speech runs first);
* shos_speech ``Extractor.extract`` (everything: the natasha pass, all stages, the Result).

It prints the median KB/s of each and their ratio, the cold start of each (a fresh process:
import, models, first call) and the peak RSS of the extraction process. A table, not a test:
timings vary by machine; ratios are what to compare.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLD_NATASHA = """
import time; t = time.perf_counter()
from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
seg, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
d = Doc("Президент Казахстана выступил на саммите ШОС в Астане."); d.segment(seg); d.tag_ner(ner)
print(time.perf_counter() - t)
"""
COLD_SHOS = """
import time; t = time.perf_counter()
import shos_speech
shos_speech.Extractor().extract("Президент Казахстана выступил на саммите ШОС в Астане.")
print(time.perf_counter() - t)
"""


def load_texts(folders: list[Path]) -> list[str]:
    texts = []
    for folder in folders:
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
    return texts


def cpu_seconds(fn, texts: list[str]) -> float:
    t = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - t


def cold_start(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--rounds", type=int, default=3, help="paired rounds; the median is reported")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start processes")
    args = ap.parse_args(argv)
    texts = load_texts(args.folders)
    if not texts:
        print(f"no .txt or .json texts in {args.folders}", file=sys.stderr)
        return 2
    kb = sum(len(t) for t in texts) / 1000

    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    import shos_speech

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    extractor = shos_speech.Extractor()

    def natasha_pass(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)

    natasha_pass(texts[0])
    extractor.extract(texts[0])  # warm caches on both sides
    rows = []
    for _ in range(args.rounds):
        rows.append((cpu_seconds(natasha_pass, texts), cpu_seconds(extractor.extract, texts)))
    nat = statistics.median(kb / a for a, _ in rows)
    shos = statistics.median(kb / b for _, b in rows)
    ratio = statistics.median(a / b for a, b in rows)
    print(f"{len(texts)} documents, {kb:.1f} KB; CPU time, median of {args.rounds} paired rounds")
    print(f"{'system':46s} {'KB/s':>8s}")
    print(f"{'natasha segmentation + NER':46s} {nat:8.1f}")
    print(f"{'shos_speech Extractor.extract (everything)':46s} {shos:8.1f}")
    print(f"ratio shos_speech / natasha: {ratio:.2f}")
    if not args.no_cold:
        cn, cs = cold_start(COLD_NATASHA), cold_start(COLD_SHOS)
        print(f"cold start (fresh process: import, models, first call): natasha {cn:.2f} s, "
              f"shos_speech {cs:.2f} s, ratio {cs / cn:.2f}")
    print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
