"""Write docs/schema.json from ``shos_speech.Result.model_json_schema()``.

    python docs/make_schema.py            # (re)write docs/schema.json
    python docs/make_schema.py --check    # exit 1 when the committed file is out of date
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parent / "schema.json"


def generate() -> str:
    """The schema as committed: indented JSON, keys in pydantic's order, a final newline."""
    from shos_speech import Result

    return json.dumps(Result.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = generate()
    if "--check" in argv:
        if not SCHEMA.exists() or SCHEMA.read_text(encoding="utf-8") != text:
            print(f"{SCHEMA} is out of date: run python docs/make_schema.py", file=sys.stderr)
            return 1
        print(f"{SCHEMA} is up to date")
        return 0
    SCHEMA.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
