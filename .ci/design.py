#!/usr/bin/env python3
"""Design gate: functions a reader can hold in mind, modules of readable size, lexicons in data files.

    python .ci/design.py [--list]

Fails (exit 1) when a function of ``src/shos_speech`` has cyclomatic complexity above
MAX_CC (radon), a module has more than MAX_LINES lines, or more than MAX_COLLECTIONS
collections of four or more string literals are left in Python code (word lists belong in
``src/shos_speech/data``). ``--list`` prints every offender.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

MAX_CC = 25
MAX_LINES = 600
MAX_COLLECTIONS = 20
ROOT = Path(__file__).resolve().parent.parent / "src" / "shos_speech"


def string_collections(tree: ast.AST) -> list[int]:
    """Line numbers of set/list/tuple/dict literals holding four or more string constants."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        strings = [x for x in items if isinstance(x, ast.Constant) and isinstance(x.value, str)]
        if len(strings) >= 4:
            out.append(node.lineno)
    return out


def main(argv: list[str]) -> int:
    from radon.complexity import cc_visit

    show = "--list" in argv
    long_modules, complex_functions, collections = [], [], []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent.parent)
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n") + 1
        if lines > MAX_LINES:
            long_modules.append(f"{rel}: {lines} lines")
        seen = set()
        for block in cc_visit(source):
            for fn in [block, *getattr(block, "methods", [])]:
                if hasattr(fn, "methods") or (fn.lineno, fn.name) in seen:
                    continue  # a class: its methods are counted one by one
                seen.add((fn.lineno, fn.name))
                if fn.complexity > MAX_CC:
                    complex_functions.append(f"{rel}:{fn.lineno} {fn.name}: CC {fn.complexity}")
        collections += [f"{rel}:{n}" for n in string_collections(ast.parse(source))]
    ok = not long_modules and not complex_functions and len(collections) <= MAX_COLLECTIONS
    print(f"design: {len(long_modules)} modules over {MAX_LINES} lines, {len(complex_functions)} functions over "
          f"CC {MAX_CC}, {len(collections)} string collections of 4+ literals (at most {MAX_COLLECTIONS})")
    if show or not ok:
        for line in long_modules + complex_functions + (collections if show or len(collections) > MAX_COLLECTIONS
                                                         else []):
            print("  " + line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
