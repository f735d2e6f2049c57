"""Extract everything from one statement and print it, item by item.

    python examples/extract_one.py [FILE]      # default: examples/statement.txt
"""
from __future__ import annotations

import sys
from pathlib import Path

from shos_speech import Extractor

HERE = Path(__file__).resolve().parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "statement.txt"
    text = path.read_text(encoding="utf-8")
    result = Extractor().extract(text)
    result.check_spans(text)  # every span points at its characters in the input
    for s in result.speakers:
        print(f"speaker: {s.name} ({s.title or '-'}, {s.country or '-'})")
    for p in result.priorities:
        print(f"priority: {p.name} [{p.area.value}] said by {p.speaker or 'the narrator'}")
    for t in result.threats:
        print(f"threat: {t.name} [{t.category.value}] said by {t.speaker or 'the narrator'}")
    for i in result.initiatives:
        print(f"initiative: {i.name} [{i.kind.value}, {i.stance.value}] said by {i.speaker or 'the narrator'}")
    for inst in result.institutions:
        print(f"institution: {inst.name} [{inst.kind.value}] mentions: {[m.text for m in inst.mentions]}")


if __name__ == "__main__":
    main()
