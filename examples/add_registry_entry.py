"""Add your own institution to the registry without forking shos_speech.

An extra registry is a JSON file in the format of ``shos_speech/data/institutions.json``;
``Extractor(registries=[...])`` merges it over the bundled one (same name: yours wins).
On the command line: ``shos-speech batch ... --registry my_bodies.json``.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from shos_speech import Extractor

TEXT = ("Делегация Евразийского центра водных исследований провела в Алматы консультации "
        "с экспертами СНГ. По итогам встречи ЕЦВИ подготовит доклад о трансграничных реках, сообщает Казинформ.")

REGISTRY = {"institutions": [{
    "name": "Евразийский центр водных исследований",
    "acronyms": ["ЕЦВИ"],
    "name_en": "Eurasian Centre for Water Research",
    "kind": "center",
    "parent": None,
    "country": "Казахстан",
    "aliases": ["Центр водных исследований"],
}]}


def show(label: str, extractor: Extractor) -> None:
    print(label)
    for inst in extractor.extract(TEXT).institutions:
        print(f"  {inst.name} | acronym={inst.acronym} | kind={inst.kind.value} | country={inst.country} "
              f"| mentions={[m.text for m in inst.mentions]}")


def main() -> None:
    show("bundled registry:", Extractor())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "my_bodies.json"
        path.write_text(json.dumps(REGISTRY, ensure_ascii=False, indent=1), encoding="utf-8")
        show("with my_bodies.json:", Extractor(registries=[path]))


if __name__ == "__main__":
    main()
