#!/usr/bin/env python3
"""Speaker entities against a gold corpus's speakers, by name: precision, recall, F1.

    python benchmarks/speakers.py ../shared/corpus/dev-wide [--errors]

The shared scorer measures who said each item (speaker accuracy on matched items); this
measures the Speaker entities themselves: a predicted speaker counts when its name is a
gold speaker's name in the nominative at its fullest (lowercase, ё as е, dashes and spaces
folded), each gold speaker matched once. ``--errors`` lists the misses and false speakers.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def norm(name: str) -> str:
    s = name.lower().replace("ё", "е").replace("–", "-").replace("—", "-")
    return " ".join(s.replace(" - ", "-").split())


def gold_names(doc: dict) -> list[set[str]]:
    out = []
    for sp in doc.get("speakers", []):
        names = sp["name"] if isinstance(sp["name"], list) else [sp["name"]]
        out.append({norm(n) for n in names})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path, nargs="+")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    from shos_speech import Extractor

    extractor = Extractor()
    tp = npred = ngold = 0
    errors = []
    for folder in args.gold_dir:
        for path in sorted(folder.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            gold = gold_names(doc)
            pred = [s.name for s in extractor.extract(doc["text"]).speakers]
            used: set[int] = set()
            for name in pred:
                j = next((j for j, g in enumerate(gold) if j not in used and norm(name) in g), None)
                if j is None:
                    errors.append(f"{doc['id']} FALSE speaker {name!r}")
                else:
                    used.add(j)
            errors += [f"{doc['id']} MISSED speaker {sorted(g)[0]!r}" for j, g in enumerate(gold) if j not in used]
            tp, npred, ngold = tp + len(used), npred + len(pred), ngold + len(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"speakers  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, predicted {npred}, gold {ngold})")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
