#!/usr/bin/env python3
"""Snapshots of the extractor's output, to prove a change keeps (or shows how it changes) behaviour.

    python benchmarks/snapshot.py dump OUT.jsonl DIR [DIR ...]   # one {"id", "result"} line per text
    python benchmarks/snapshot.py diff A.jsonl B.jsonl [--show N]  # what differs, item by item

DIR holds ``*.txt`` files or gold ``*.json`` files with a "text" field (the shared corpora).
``diff`` exits 0 when the two snapshots are identical and 1 otherwise, so a speed or layout
change can be checked byte for byte: ``dump`` before, ``dump`` after, ``diff``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("threats", "priorities", "initiatives", "institutions", "speakers")


def texts_of(folder: Path) -> list[tuple[str, str]]:
    out = [(f"{folder.name}/{p.stem}", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    for p in sorted(folder.glob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and isinstance(doc.get("text"), str):
            out.append((f"{folder.name}/{doc.get('id', p.stem)}", doc["text"]))
    return out


def dump(out: Path, folders: list[Path]) -> int:
    from shos_speech import Extractor

    extractor = Extractor()
    with out.open("w", encoding="utf-8") as fh:
        for folder in folders:
            for doc_id, text in texts_of(folder):
                result = extractor.extract(text).model_dump(mode="json")
                fh.write(json.dumps({"id": doc_id, "result": result}, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def _load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row["result"] for row in rows}


def _key(kind: str, item: dict) -> str:
    if kind in ("institutions", "speakers"):
        return item["name"]
    return f"{item['span']['start']}:{item['span']['end']}"


def _describe(kind: str, item: dict) -> str:
    if kind in ("institutions", "speakers"):
        return f"{item['name']!r} ({len(item.get('mentions', []))} mentions)"
    extra = {k: v for k, v in item.items() if k not in ("span",)}
    return f"{item['span']['text']!r} {json.dumps(extra, ensure_ascii=False, sort_keys=True)}"


def diff(a_path: Path, b_path: Path, show: int) -> int:
    a, b = _load(a_path), _load(b_path)
    lines: list[str] = []
    for doc_id in sorted(set(a) | set(b)):
        ra, rb = a.get(doc_id), b.get(doc_id)
        if ra == rb:
            continue
        if ra is None or rb is None:
            lines.append(f"{doc_id}: only in {'B' if ra is None else 'A'}")
            continue
        for kind in KINDS:
            ia = {_key(kind, x): x for x in ra.get(kind, [])}
            ib = {_key(kind, x): x for x in rb.get(kind, [])}
            for k in sorted(set(ia) | set(ib)):
                if ia.get(k) == ib.get(k):
                    continue
                if k not in ib:
                    lines.append(f"{doc_id} {kind} - {_describe(kind, ia[k])}")
                elif k not in ia:
                    lines.append(f"{doc_id} {kind} + {_describe(kind, ib[k])}")
                else:
                    lines.append(f"{doc_id} {kind} ~ {_describe(kind, ia[k])}\n{'':>{len(doc_id) + len(kind) + 4}}"
                                 f"{_describe(kind, ib[k])}")
    print(f"{len(a)} vs {len(b)} documents; {len(lines)} differences")
    for line in lines[:show]:
        print(line)
    if len(lines) > show:
        print(f"... {len(lines) - show} more")
    return 1 if lines else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", type=Path, nargs="+")
    c = sub.add_parser("diff")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=60)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.folders)
    return diff(args.a, args.b, args.show)


if __name__ == "__main__":
    sys.exit(main())
