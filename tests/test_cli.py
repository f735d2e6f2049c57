"""The command line: JSON out, one-line errors with exit code 2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shos_speech import Result

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "statement.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "shos_speech.cli", *args], input=stdin,
                          capture_output=True, timeout=180)


def test_extract_prints_a_result_that_validates():
    out = run("extract", str(EXAMPLE))
    assert out.returncode == 0, out.stderr.decode()
    result = Result.model_validate_json(out.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    result.check_spans(text)
    assert any(i.acronym == "ШОС" for i in result.institutions)


def test_stdin_and_jsonl():
    out = run("extract", "-", "--format", "jsonl", stdin="Саммит СНГ прошел в Душанбе.".encode())
    assert out.returncode == 0
    row = json.loads(out.stdout)
    assert row["id"] == "-"
    assert row["result"]["institutions"][0]["acronym"] == "СНГ"


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing.txt", "no such file"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: _write(tmp / "latin1.txt", "Саммит ШОС".encode("cp1251")), "not UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    out = run("extract", str(make(tmp_path)))
    err = out.stderr.decode()
    assert out.returncode == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
