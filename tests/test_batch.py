"""shos-speech batch: inputs, outputs, bad documents skipped and reported, resume, workers."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shos_speech import Result
from shos_speech.batch import COLUMNS, BatchError, Progress, done_ids, result_rows, run_batch

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TEXT_A = ("Президент Казахстана Касым-Жомарт Токаев выступил на саммите СНГ. "
          "«Приоритетом остается борьба с международным терроризмом», — заявил Токаев.")
TEXT_B = "Генеральный секретарь ОДКБ заявил, что наркотрафик остается угрозой для стран Организации."


def cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "shos_speech.cli", *map(str, args)], capture_output=True,
                          timeout=timeout, text=True)


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> list[Path]:
    """A folder with two good statements, an empty file and a cp1251 one; a JSONL with a
    corrupt line and a row without text; a CSV with a non-UTF-8 row."""
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cp1251.txt").write_bytes("Саммит ШОС прошел в Астане.".encode("cp1251"))
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("\n".join([
        json.dumps({"id": "j1", "text": TEXT_B}, ensure_ascii=False),
        '{"id": "j2", "text": "оборвано',
        json.dumps({"id": "j3"}),
        json.dumps({"id": "j4", "text": TEXT_A}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    table = tmp_path / "docs.csv"
    table.write_bytes("id,text\nc1,Саммит СНГ прошел в Ашхабаде.\n".encode()
                      + b"c2," + "Саммит ОДКБ".encode("cp1251") + b"\n"
                      + 'c3,"Министры обороны СНГ обсудили борьбу с терроризмом, сообщает ТАСС."\n'.encode())
    return [folder, jsonl, table]


GOOD = ["a.txt", "b.txt", "j1", "j4", "c1", "c3"]
BAD = {"empty.txt": "empty", "cp1251.txt": "not UTF-8", "docs.jsonl:2": "not a JSON object", "j3": "no 'text'",
       "c2": "not UTF-8"}


def test_bad_documents_are_reported_and_skipped_the_rest_written(bad_inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    run = cli("batch", *bad_inputs, "-o", out)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    for doc_id, reason in BAD.items():
        line = next((ln for ln in run.stderr.splitlines() if f"skipped {doc_id}:" in ln), None)
        assert line is not None and reason in line, (doc_id, run.stderr)
    rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == GOOD  # input order
    texts = {"a.txt": TEXT_A, "j4": TEXT_A, "b.txt": TEXT_B, "j1": TEXT_B}
    for r in rows:
        result = Result.model_validate(r["result"])
        if r["id"] in texts:
            result.check_spans(texts[r["id"]])
    assert any("11/11 documents, 5 skipped" in ln and "doc/s" in ln for ln in run.stderr.splitlines())


def test_all_good_exits_0(tmp_path):
    out = tmp_path / "out.jsonl"
    run = cli("batch", CORPUS, "-o", out)
    assert run.returncode == 0, run.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(CORPUS.glob("*.txt")))
    assert "documents" in run.stderr and "doc/s" in run.stderr


def test_csv_long_table_rows_match_the_results(bad_inputs, tmp_path, extractor):
    out = tmp_path / "out.csv"
    summary = run_batch(bad_inputs[:1], out, progress=False, report=lambda s: None, extractor=extractor)
    assert summary.written == 2 and len(summary.skipped) == 2
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == COLUMNS
    result = extractor.extract(TEXT_A)
    a_rows = [r for r in rows if r["id"] == "a.txt"]
    assert sum(r["type"] == "threat" for r in a_rows) == len(result.threats) > 0
    assert sum(r["type"] == "priority" for r in a_rows) == len(result.priorities)
    assert sum(r["type"] == "institution" for r in a_rows) == sum(len(i.mentions) for i in result.institutions)
    assert sum(r["type"] == "speaker" for r in a_rows) == sum(len(s.mentions) for s in result.speakers)
    for r in a_rows:
        start, end = int(r["start"]), int(r["end"])
        assert TEXT_A[start:end] == r["text"]
        assert r["text"] in r["sentence"] and r["sentence"] in TEXT_A
    threat = next(r for r in a_rows if r["type"] == "threat")
    assert threat["category"] == "terrorism" and threat["speaker"] == "Касым-Жомарт Токаев"
    assert threat["sentence"].startswith("«Приоритетом")


def test_sentence_spans_a_sentence_boundary():
    text = "Первое предложение. Второе предложение."
    result = Result.model_validate({"threats": [{"span": {"start": 7, "end": 27, "text": text[7:27]},
                                                 "name": "x", "category": "other"}]})
    [row] = result_rows("d", text, result)
    assert row["sentence"] == text


def test_resume_skips_done_ids_and_cuts_a_half_line(bad_inputs, tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    first = bad_inputs[0] / "a.txt"
    run_batch([first], out, progress=False, extractor=extractor)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "b.txt", "resu')  # a run killed mid-line
    assert done_ids(out) == {"a.txt"}
    summary = run_batch(bad_inputs[:1], out, resume=True, progress=False, report=lambda s: None,
                        extractor=extractor)
    assert summary.resumed == 1 and summary.written == 1
    assert [json.loads(ln)["id"] for ln in out.read_text(encoding="utf-8").splitlines()] == ["a.txt", "b.txt"]


def test_resume_csv(bad_inputs, tmp_path, extractor):
    out = tmp_path / "out.csv"
    run_batch([bad_inputs[0] / "a.txt"], out, progress=False, extractor=extractor)
    before = out.read_text(encoding="utf-8")
    summary = run_batch(bad_inputs[:1], out, resume=True, progress=False, report=lambda s: None,
                        extractor=extractor)
    assert summary.resumed == 1 and summary.written == 1
    after = out.read_text(encoding="utf-8")
    assert after.startswith(before) and after.count("id,type,name") == 1
    assert {r["id"] for r in csv.DictReader(io.StringIO(after))} == {"a.txt", "b.txt"}


def test_workers_keep_input_order(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli("batch", CORPUS, "-o", one, "-q").returncode == 0
    run = cli("batch", CORPUS, "-o", two, "-q", "--workers", "2")
    assert run.returncode == 0, run.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_csv_columns_options(tmp_path, extractor):
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "body"])
        w.writerow(["d1", TEXT_B])
    out = tmp_path / "out.jsonl"
    with pytest.raises(BatchError, match="no column 'text'"):
        run_batch([src], out, progress=False, extractor=extractor)
    run_batch([src], out, id_column="doc", text_column="body", progress=False, extractor=extractor)
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "d1"


@pytest.mark.parametrize("args, message", [
    (["missing_folder", "-o", "{tmp}/o.jsonl"], "no such file"),
    (["{corpus}", "-o", "{tmp}/o.txt"], ".jsonl, .csv or .parquet"),
    (["{corpus}/../statement.txt", "-o", "{tmp}/o.jsonl", "--workers", "0"], "at least 1"),
    (["{tmp}/data.xml", "-o", "{tmp}/o.jsonl"], "expected a folder"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    (tmp_path / "data.xml").write_text("<x/>")
    args = [a.format(tmp=tmp_path, corpus=CORPUS) for a in args]
    run = cli("batch", *args)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr


def test_parquet(tmp_path, extractor):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (extra [parquet])")
    out = tmp_path / "out.parquet"
    run_batch([CORPUS], out, progress=False, extractor=extractor)
    table = pq.read_table(out)
    assert tuple(table.column_names) == COLUMNS and table.num_rows > 0


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path, monkeypatch):
    import shos_speech.batch as batch

    monkeypatch.setattr(batch, "have_pyarrow", lambda: False)
    with pytest.raises(BatchError, match=r"shos_speech\[parquet\]"):
        run_batch([CORPUS], tmp_path / "o.parquet", progress=False)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_tty_and_plain():
    tty = _Tty()
    bar = Progress(3, stream=tty)
    for _ in range(3):
        bar.update()
    bar.message("shos-speech: skipped x: empty text")
    bar.close()
    text = tty.getvalue()
    assert "\r" in text and "3/3 documents" in text and "doc/s" in text and "left" in text
    plain = io.StringIO()
    bar = Progress(2, stream=plain, every=0)
    bar.update()
    bar.update()
    bar.close()
    lines = plain.getvalue().splitlines()
    assert "\r" not in plain.getvalue() and lines[0].startswith("[") and "2/2 documents" in lines[-1]
