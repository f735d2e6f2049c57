"""shos-speech summary: counts from JSONL and CSV batch outputs, the plot, the errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shos_speech.batch import run_batch
from shos_speech.summary import count, have_matplotlib

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, extractor) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("summary")
    jsonl, table, parquet = tmp / "out.jsonl", tmp / "out.csv", tmp / "out.parquet"
    for out in (jsonl, table, parquet):
        run_batch([CORPUS], out, progress=False, extractor=extractor)
    return jsonl, table, parquet


def cli(*args):
    return subprocess.run([sys.executable, "-m", "shos_speech.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=120)


def test_counts_match_the_results(outputs):
    jsonl, table, _ = outputs
    results = [json.loads(ln)["result"] for ln in jsonl.read_text(encoding="utf-8").splitlines()]
    c = count(jsonl)
    assert c.documents == len(results)
    assert sum(c.threat_categories.values()) == sum(len(r["threats"]) for r in results) > 0
    assert sum(c.priority_areas.values()) == sum(len(r["priorities"]) for r in results)
    assert sum(c.initiative_stances.values()) == sum(len(r["initiatives"]) for r in results)
    assert sum(sum(v.values()) for v in c.by_speaker.values()) == sum(
        len(r["threats"]) + len(r["priorities"]) + len(r["initiatives"]) for r in results)
    # the long CSV gives the same tallies (documents with no item leave no row)
    t = count(table)
    assert (t.threat_categories, t.priority_areas, t.initiative_stances) == (
        c.threat_categories, c.priority_areas, c.initiative_stances)
    assert t.institution_documents == c.institution_documents


def test_parquet_gives_the_same_counts_as_csv(outputs):
    _, table, parquet = outputs
    assert count(parquet).to_dict() == count(table).to_dict()
    run = cli("summary", parquet, "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == count(table).to_dict()


def test_cli_prints_all_sections(outputs):
    run = cli("summary", outputs[0])
    assert run.returncode == 0, run.stderr
    for head in ("threats by category", "priorities by area", "initiatives by stance", "by speaker",
                 "most named institutions"):
        assert head in run.stdout
    as_json = json.loads(cli("summary", outputs[0], "--json").stdout)
    assert as_json["documents"] == len(list(CORPUS.glob("*.txt")))


def test_bad_line_is_skipped_exit_1(outputs, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(outputs[0].read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    run = cli("summary", broken)
    assert run.returncode == 1 and "skipped broken.jsonl:" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "none.jsonl", "no such file"),
    (lambda tmp: tmp / ("x" * 300 + ".jsonl"), "File name too long"),
    (lambda tmp: _write(tmp / "out.parquet", b"PAR1 not really"), "not a Parquet file"),
    (lambda tmp: _write(tmp / "other.csv", b"name,count\n"), "not a table written by shos-speech batch"),
    (lambda tmp: _write(tmp / "out.csv", b"id,type,name\n\xff\xfe"), "not UTF-8"),
    (lambda tmp: _write(tmp / "out.txt", b""), "expected a .jsonl, .csv or .parquet"),
])
def test_usage_errors(tmp_path, make, message):
    run = cli("summary", make(tmp_path))
    assert run.returncode == 2 and message in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_odd_json_lines_are_skipped_not_fatal(tmp_path):
    odd = tmp_path / "odd.jsonl"
    odd.write_text("\n".join(['{"id": "a", "result": {"threats": [1, {"category": ["x"]}], "institutions": "ШОС"}}',
                              "[" * 100_000, '"just a string"', '{"id": "b", "result": []}']) + "\n",
                   encoding="utf-8")
    run = cli("summary", odd, "--json")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert json.loads(run.stdout)["documents"] == 1
    assert [ln.split(":")[2] for ln in run.stderr.splitlines()] == ["2", "3", "4"]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.slow
def test_plot(outputs, tmp_path):
    assert have_matplotlib(), "matplotlib comes with the [dev] extra (through [plot])"
    png = tmp_path / "summary.png"
    run = cli("summary", outputs[0], "--plot", png)
    assert run.returncode == 0, run.stderr
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000


def test_plot_without_matplotlib_is_one_line(outputs, tmp_path, monkeypatch, capsys):
    import shos_speech.summary as sm
    from shos_speech.cli import main

    monkeypatch.setattr(sm, "have_matplotlib", lambda: False)
    assert main(["summary", str(outputs[0]), "--plot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["shos-speech: --plot needs matplotlib: pip install 'shos_speech[plot]'"]
    assert not (tmp_path / "x.png").exists()
