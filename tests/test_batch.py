"""shos-speech batch: inputs, outputs, bad documents reported, resume after a torn write, workers, signals.

The rule every test here checks: each input document is either written exactly once or
reported on stderr with its id, and the exit code says which happened (0 all written,
1 something reported).
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import shos_speech
from shos_speech import SCHEMA_VERSION, BatchRecord, LexiconError, Result
from shos_speech.batch import COLUMNS, BatchError, Progress, done_ids, find_record, result_rows, run_batch

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TEXT_A = ("Президент Казахстана Касым-Жомарт Токаев выступил на саммите СНГ. "
          "«Приоритетом остается борьба с международным терроризмом», — заявил Токаев.")
TEXT_B = "Генеральный секретарь ОДКБ заявил, что наркотрафик остается угрозой для стран Организации."
TEXT_C = ("Министр иностранных дел Кыргызстана выступил на заседании Совета министров иностранных дел ШОС в Бишкеке. "
          "Он отметил, что терроризм, экстремизм, сепаратизм, наркотрафик и киберпреступность по-прежнему угрожают "
          "странам Организации. «Кыргызстан поддерживает создание Центра ШОС по противодействию вызовам и угрозам "
          "безопасности», — подчеркнул министр. Стороны обсудили также взаимодействие ШОС, СНГ и ОДКБ "
          "в борьбе с незаконной миграцией и торговлей людьми.")


def cli(*args, timeout=300, **kw):
    return subprocess.run([sys.executable, "-m", "shos_speech", *map(str, args)], capture_output=True,
                          timeout=timeout, text=True, **kw)


def reported(stderr: str) -> dict[str, str]:
    """``{id: reason}`` of every 'skipped' line."""
    out = {}
    for line in stderr.splitlines():
        if line.startswith("shos-speech: skipped "):
            doc_id, _, reason = line.removeprefix("shos-speech: skipped ").partition(": ")
            out[doc_id] = reason
    return out


def jsonl_ids(out: Path) -> list[str]:
    return [BatchRecord.model_validate_json(line).id for line in out.read_bytes().splitlines()]


def csv_docs(out: Path) -> list[str]:
    """The documents of a long CSV, one entry per contiguous group of rows (a document written twice shows twice)."""
    with out.open(encoding="utf-8", newline="") as fh:
        ids = [r["id"] for r in csv.DictReader(fh)]
    return [i for k, i in enumerate(ids) if k == 0 or ids[k - 1] != i]


def assert_accounted(written: list[str], stderr: str, expected: set[str] | Counter,
                     returncode: int | None = None) -> None:
    """Every input document (``expected``: their ids, with repeats) written exactly once or reported; the
    exit code agrees."""
    expected = Counter(expected)
    counts = Counter(written)
    assert all(n == 1 for n in counts.values()), counts
    skipped = Counter(line.removeprefix("shos-speech: skipped ").split(": ")[0] for line in stderr.splitlines()
                      if line.startswith("shos-speech: skipped "))
    assert counts + skipped == expected, (counts, skipped, expected)
    if returncode is not None:
        assert returncode == (1 if skipped else 0), (returncode, stderr)
    assert "Traceback" not in stderr


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
        assert reason in reported(run.stderr)[doc_id], (doc_id, run.stderr)
    assert jsonl_ids(out) == GOOD  # input order
    assert_accounted(jsonl_ids(out), run.stderr, set(GOOD) | set(BAD), run.returncode)
    texts = {"a.txt": TEXT_A, "j4": TEXT_A, "b.txt": TEXT_B, "j1": TEXT_B}
    for line in out.read_bytes().splitlines():
        record = BatchRecord.model_validate_json(line)
        if record.id in texts:
            record.result.check_spans(texts[record.id])
    assert any("11/11 documents, 5 skipped" in ln and "doc/s" in ln for ln in run.stderr.splitlines())


def test_every_record_carries_the_library_and_schema_version(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run_batch([CORPUS], out, progress=False, extractor=extractor)
    lines = out.read_bytes().splitlines()
    assert len(lines) == len(list(CORPUS.glob("*.txt")))
    for line in lines:
        record = BatchRecord.model_validate_json(line)  # what docs/schema.md says to do with a line
        assert (record.version, record.schema_version) == (shos_speech.__version__, SCHEMA_VERSION)
        assert isinstance(record.result, Result)
    # outputs of 0.1, without the versions, still read
    old = BatchRecord.model_validate_json(json.dumps({"id": "x", "result": {}}))
    assert old.version is None and old.result == Result()


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
    t = result.threats[0]
    threat = next(r for r in a_rows if r["type"] == "threat" and int(r["start"]) == t.span.start)
    assert threat["category"] == t.category.value and threat["speaker"] == (t.speaker or "")


def test_sentence_spans_a_sentence_boundary():
    text = "Первое предложение. Второе предложение."
    result = Result.model_validate({"threats": [{"span": {"start": 7, "end": 27, "text": text[7:27]},
                                                 "name": "x", "category": "other"}]})
    [row] = result_rows("d", text, result)
    assert row["sentence"] == text


# -- lone surrogates ---------------------------------------------------------------------------
def test_surrogates_in_jsonl_input_are_written_to_jsonl_and_csv(tmp_path, extractor):
    """A JSON \\ud800 escape in a text or an id: each document written once, none lost after it."""
    src = tmp_path / "docs.jsonl"
    rows = [{"id": "s1", "text": TEXT_A.replace("Касым-Жомарт", "Касым-Жомарт\ud800")},
            {"id": "s2\udfff", "text": TEXT_B.replace("ОДКБ", "ОДКБ\udc80")},
            {"id": "s2\ud800", "text": TEXT_B},  # the same id as s2 once both are written out
            {"id": "s3", "text": TEXT_C}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="ascii")
    expected = Counter(["s1", "s2\ufffd", "s2\ufffd", "s3"])
    out = tmp_path / "out.jsonl"
    run = cli("batch", src, "-o", out)
    assert_accounted(jsonl_ids(out), run.stderr, expected, run.returncode)
    assert reported(run.stderr) == {"s2\ufffd": "duplicate id"}
    for name in ("out.jsonl", "out.csv"):
        out = tmp_path / name
        for resume in (False, True):  # resume reads the ids back: nothing twice
            if name.endswith(".jsonl") and not resume:
                continue  # written by the command line above
            said: list[str] = []
            summary = run_batch([src], out, resume=resume, progress=False, report=said.append, extractor=extractor)
            written = jsonl_ids(out) if name.endswith(".jsonl") else csv_docs(out)
            assert_accounted(written, "\n".join(said), expected, 1 if summary.skipped else 0)
            assert written == ["s1", "s2\ufffd", "s3"] and len(summary.skipped) == 1
    record = BatchRecord.model_validate_json((tmp_path / "out.jsonl").read_bytes().splitlines()[0])
    record.result.check_spans(rows[0]["text"])
    assert any("\ufffd" in m.text for s in record.result.speakers for m in s.mentions)


# -- resume ----------------------------------------------------------------------------------
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
    assert jsonl_ids(out) == ["a.txt", "b.txt"]


def test_resume_jsonl_cut_inside_a_character(tmp_path, extractor):
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, progress=False, extractor=extractor)
    whole = out.read_bytes()
    last_line = whole[:-1].rfind(b"\n") + 1
    cut = whole.index("Организации".encode(), last_line) + 1  # inside the two bytes of "О"
    out.write_bytes(whole[:cut])
    summary = run_batch([folder], out, resume=True, progress=False, extractor=extractor)
    assert out.read_bytes() == whole and summary.written == 1


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in (("1_a.txt", TEXT_A), ("2_c.txt", TEXT_C), ("3_b.txt", TEXT_B)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _cut_points(whole: bytes) -> dict[str, int]:
    """Where a kill can tear the CSV: inside the last document's rows, at a line end, mid-row, mid-character."""
    lines = whole.splitlines(keepends=True)
    offsets = [sum(len(x) for x in lines[:k]) for k in range(len(lines) + 1)]
    last_doc = next(k for k in range(len(lines) - 1, 0, -1) if not lines[k - 1].startswith(b"3_b.txt"))
    assert lines[last_doc].startswith(b"3_b.txt") and len(lines) - last_doc >= 2, "3_b.txt needs two rows"
    row = offsets[last_doc + 1]
    cyrillic = whole.index("Организации".encode(), row)
    return {"at a line end inside a document": row, "mid-row": row + 12, "mid-character": cyrillic + 1,
            "inside the header": 5, "after the previous document": offsets[last_doc]}


@pytest.mark.parametrize("where", ["at a line end inside a document", "mid-row", "mid-character",
                                   "inside the header", "after the previous document"])
def test_resume_repairs_a_torn_csv(tmp_path, extractor, where):
    folder = _folder(tmp_path)
    out = tmp_path / "out.csv"
    run_batch([folder], out, progress=False, extractor=extractor)
    whole = out.read_bytes()
    out.write_bytes(whole[:_cut_points(whole)[where]])
    summary = run_batch([folder], out, resume=True, progress=False, extractor=extractor)
    assert out.read_bytes() == whole  # every row back, none twice, whatever the tear
    assert csv_docs(out) == ["1_a.txt", "2_c.txt", "3_b.txt"]
    assert summary.written + summary.resumed == 3


def test_resume_a_csv_whose_sentences_hold_line_breaks(tmp_path, extractor):
    """Windows line ends and bare carriage returns inside quoted sentence fields are not row ends."""
    folder = tmp_path / "crlf"
    folder.mkdir()
    for name, text in (("1.txt", TEXT_C.replace(", ", ",\r\n")), ("2.txt", TEXT_A.replace("Токаев ", "Токаев\r")),
                       ("3.txt", TEXT_B)):
        (folder / name).write_bytes(text.encode("utf-8"))
    out = tmp_path / "out.csv"
    run_batch([folder], out, progress=False, extractor=extractor)
    whole = out.read_bytes()
    with out.open(encoding="utf-8", newline="") as fh:
        sentences = [r["sentence"] for r in csv.DictReader(fh)]
    assert any("\r\n" in x for x in sentences) and any("\r" in x and "\n" not in x for x in sentences)
    assert done_ids(out) == {"1.txt", "2.txt"}
    summary = run_batch([folder], out, resume=True, progress=False, extractor=extractor)
    assert out.read_bytes() == whole and (summary.resumed, summary.written) == (2, 1)


def test_resume_a_torn_csv_from_the_command_line(tmp_path, extractor):
    folder = _folder(tmp_path)
    out = tmp_path / "out.csv"
    run_batch([folder], out, progress=False, extractor=extractor)
    whole = out.read_bytes()
    out.write_bytes(whole[:_cut_points(whole)["mid-character"]])
    run = cli("batch", folder, "-o", out, "--resume")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert out.read_bytes() == whole
    assert_accounted(csv_docs(out), run.stderr, {"1_a.txt", "2_c.txt", "3_b.txt"}, run.returncode)


def test_resume_keeps_the_last_document_when_it_is_not_among_the_inputs(tmp_path, extractor):
    """Appending other documents to an output: the rows already there are never dropped."""
    folder = _folder(tmp_path)
    out = tmp_path / "out.csv"
    run_batch([folder], out, progress=False, extractor=extractor)
    whole = out.read_bytes()
    other = tmp_path / "other.txt"
    other.write_text(TEXT_A.replace("СНГ", "ШОС"), encoding="utf-8")
    summary = run_batch([other], out, resume=True, progress=False, extractor=extractor)
    assert summary.written == 1 and out.read_bytes().startswith(whole)
    assert csv_docs(out) == ["1_a.txt", "2_c.txt", "3_b.txt", "other.txt"]


def test_resume_refuses_a_csv_it_did_not_write(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("name,count\nШОС,3\n", encoding="utf-8")
    with pytest.raises(BatchError, match="needs a CSV written by shos-speech batch"):
        run_batch([CORPUS], out, resume=True, progress=False)
    assert out.read_text(encoding="utf-8") == "name,count\nШОС,3\n"


# -- folders ---------------------------------------------------------------------------------
def test_broken_links_and_special_files_in_a_folder_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "fifo.txt").parent.mkdir(exist_ok=True)
    os.mkfifo(folder / "fifo.txt")  # reading it would wait forever
    (tmp_path / "elsewhere.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    (folder / "sub.txt").mkdir()  # a folder named *.txt: its files are documents, it is not
    (folder / "sub.txt" / "c.txt").write_text(TEXT_C, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = cli("batch", folder, "-o", out, timeout=120)
    assert_accounted(jsonl_ids(out), run.stderr, {"a.txt", "broken.txt", "fifo.txt", "link.txt", "sub.txt/c.txt"},
                     run.returncode)
    assert reported(run.stderr) == {"broken.txt": f"broken symbolic link (to {tmp_path / 'gone.txt'})",
                                    "fifo.txt": "not a regular file"}


# -- options and usage errors ---------------------------------------------------------------------
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


def test_a_csv_field_longer_than_csvs_limit_is_read_and_resumed(tmp_path):
    """csv stops at 131,072 characters a field by default: a long statement, or its sentence, is one field."""
    from shos_speech.batch import open_sources, resume_state

    long_text = " ".join([TEXT_B] * 1600)
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "text"], ["long", long_text], ["short", TEXT_A]])
    [source] = open_sources([str(src)])
    assert [(d.id, d.text) for d in source.read()] == [("long", long_text), ("short", TEXT_A)]
    out = tmp_path / "out.csv"
    row = dict.fromkeys(COLUMNS, "") | {"type": "threat", "start": 0, "end": 1, "text": "Г", "sentence": long_text}
    out.write_text(",".join(COLUMNS) + "\r\n", encoding="utf-8")
    with out.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=list(COLUMNS)).writerows([row | {"id": "long"}, row | {"id": "short"}])
    assert resume_state(out).done == {"long"}


LONG = "x" * 300


@pytest.mark.parametrize("args, message", [
    (["missing_folder", "-o", "{tmp}/o.jsonl"], "no such file"),
    (["{corpus}", "-o", "{tmp}/o.txt"], ".jsonl, .csv or .parquet"),
    (["{corpus}/../statement.txt", "-o", "{tmp}/o.jsonl", "--workers", "0"], "at least 1"),
    (["{tmp}/data.xml", "-o", "{tmp}/o.jsonl"], "expected a folder"),
    ([f"{{tmp}}/{LONG}.txt", "-o", "{tmp}/o.jsonl"], "File name too long"),
    (["{corpus}", "-o", f"{{tmp}}/{LONG}.jsonl"], "File name too long"),
    (["{corpus}", "-o", "{tmp}/data.xml/o.jsonl"], "cannot write"),
    (["{corpus}", "-o", "{tmp}/o.jsonl", "--registry", f"{{tmp}}/{LONG}.json"], "File name too long"),
    (["{corpus}", "-o", "{tmp}/o.jsonl", "--threat-lexicon", "{tmp}/none.tsv"], "no such threat lexicon file"),
])
def test_usage_errors_exit_2(tmp_path, in_process, args, message):
    (tmp_path / "data.xml").write_text("<x/>")
    args = [a.format(tmp=tmp_path, corpus=CORPUS) for a in args]
    run = in_process("batch", *args)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_a_bad_data_file_fails_before_any_document(tmp_path, monkeypatch):
    """The Extractor is built (and the user's files validated) before anything is written or forked."""
    def refuse(**options):
        raise LexiconError(options["registries"][0], "an entry without a name", line=3)

    reg = tmp_path / "mine.json"
    reg.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(shos_speech, "Extractor", refuse)
    with pytest.raises(LexiconError, match="mine.json:3: an entry without a name"):
        run_batch([CORPUS], tmp_path / "o.jsonl", registries=[str(reg)], workers=2, progress=False)
    assert not (tmp_path / "o.jsonl").exists()


def test_parquet(tmp_path, extractor):
    out = tmp_path / "out.parquet"
    run_batch([CORPUS], out, progress=False, extractor=extractor)
    table = pq.read_table(out)
    assert tuple(table.column_names) == COLUMNS and table.num_rows > 0


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path, monkeypatch):
    import shos_speech.batch.run as run

    monkeypatch.setattr(run, "have_pyarrow", lambda: False)
    with pytest.raises(BatchError, match=r"shos_speech\[parquet\]"):
        run_batch([CORPUS], tmp_path / "o.parquet", progress=False)


def test_find_record(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run_batch([_folder(tmp_path)], out, progress=False, extractor=extractor)
    record = find_record(out, "2_c.txt")
    record.result.check_spans(TEXT_C)
    with pytest.raises(BatchError, match="no record with id 'nope'"):
        find_record(out, "nope")
    with pytest.raises(BatchError, match="3 records; choose one with --id"):
        find_record(out, None)


# -- progress ----------------------------------------------------------------------------------
class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_tty_and_plain():
    tty = _Tty()
    bar = Progress(3, stream=tty)
    for _ in range(2):
        bar.update()
    bar.update(skipped=True)
    bar.message("shos-speech: skipped x: empty text")
    bar.close()
    text = tty.getvalue()
    assert "\r" in text and "3/3 documents, 1 skipped" in text and "doc/s" in text and "left" in text
    assert "shos-speech: skipped x: empty text\n" in text
    plain = io.StringIO()
    bar = Progress(2, stream=plain, every=0)
    bar.update()
    bar.update()
    bar.close()
    lines = plain.getvalue().splitlines()
    assert "\r" not in plain.getvalue() and "1/2 documents" in lines[0] and "2/2 documents" in lines[-1]
    assert all(line.isascii() for line in lines)  # a log file gets '#' bars, not block characters
    quiet = io.StringIO()
    bar = Progress(2, stream=quiet, enabled=False)
    bar.update()
    bar.close()
    assert quiet.getvalue() == ""


# -- worker processes and signals (slow) -------------------------------------------------------------
@pytest.mark.slow
def test_workers_keep_input_order_and_get_every_option(tmp_path):
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("phrase\tcategory\nподрыв газопровода\ttechnogenic\n", encoding="utf-8")
    doc = tmp_path / "in" / "pipeline.txt"
    doc.parent.mkdir()
    doc.write_text("<p>Стороны осудили подрыв газопровода и терроризм, заявили в СНГ.</p>", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    common = [CORPUS, doc.parent, "-q", "--threat-lexicon", lexicon, "--strip-html"]
    assert cli("batch", *common, "-o", one).returncode == 0
    run = cli("batch", *common, "-o", two, "--workers", "2")
    assert run.returncode == 0, run.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    last = BatchRecord.model_validate_json(two.read_bytes().splitlines()[-1])
    assert "technogenic" in {t.category.value for t in last.result.threats}  # the lexicon reached the workers
    assert all(m.text != "<p>" for i in last.result.institutions for m in i.mentions)


@pytest.fixture()
def many(tmp_path) -> Path:
    """102 documents: long enough a run with two workers to be stopped in the middle."""
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(17):
        for f in sorted(CORPUS.glob("*.txt")):
            (folder / f"{k:03d}_{f.name}").write_bytes(f.read_bytes())
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("sig, code, word", [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")])
def test_a_signal_stops_batch_with_workers_cleanly(many, tmp_path, sig, code, word):
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "shos_speech", "batch", str(many), "-o", str(out), "--workers",
                             "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size < 3_000) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be stopped"
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole process group
    else:
        proc.send_signal(sig)  # a plain kill PID reaches the main process only
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Error" not in err, err
    [stop] = [ln for ln in err.splitlines() if word in ln]
    assert stop.startswith(f"shos-speech: {word}; every document in")
    done = jsonl_ids(out)  # every line a complete record
    assert 0 < len(done) < 102
    again = cli("batch", many, "-o", out, "--workers", "2", "--resume")
    assert_accounted(jsonl_ids(out), again.stderr, {p.name for p in many.glob("*.txt")}, again.returncode)
