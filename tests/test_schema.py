"""docs/schema.json is what ``Result.model_json_schema()`` generates today."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from shos_speech import Result

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_committed_schema_is_current():
    committed = json.loads((DOCS / "schema.json").read_text(encoding="utf-8"))
    assert committed == Result.model_json_schema(), "run: python docs/make_schema.py"


def test_make_schema_check_passes():
    run = subprocess.run([sys.executable, str(DOCS / "make_schema.py"), "--check"], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
