"""The command line: records out, the Extractor's options, one-line errors with exit code 2."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import shos_speech
from shos_speech import SCHEMA_VERSION, BatchRecord, LexiconError
from shos_speech.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "statement.txt"
LONG = "x" * 300
WATER = ("Делегация Евразийского центра водных исследований провела в Алматы консультации с экспертами СНГ. "
         "По итогам встречи ЕЦВИ подготовит доклад о трансграничных реках.")
REGISTRY = {"institutions": [{"name": "Евразийский центр водных исследований", "acronyms": ["ЕЦВИ"],
                              "kind": "center", "country": "Казахстан"}]}


def run(*args, stdin=None, **kw):
    return subprocess.run([sys.executable, "-m", "shos_speech", *map(str, args)], input=stdin,
                          capture_output=True, timeout=180, **kw)


def one_line_error(proc, message: str) -> None:
    err = proc.stderr.decode() if isinstance(proc.stderr, bytes) else proc.stderr
    assert proc.returncode == 2, err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_extract_prints_a_record_that_validates():
    out = run("extract", EXAMPLE)
    assert out.returncode == 0, out.stderr.decode()
    record = BatchRecord.model_validate_json(out.stdout)
    assert (record.id, record.version, record.schema_version) == (str(EXAMPLE), shos_speech.__version__,
                                                                  SCHEMA_VERSION)
    record.result.check_spans(EXAMPLE.read_text(encoding="utf-8"))
    assert any(i.acronym == "ШОС" for i in record.result.institutions)


def test_stdin_and_jsonl():
    out = run("extract", "-", "--format", "jsonl", stdin="Саммит СНГ прошел в Душанбе.".encode())
    assert out.returncode == 0
    record = BatchRecord.model_validate_json(out.stdout)
    assert record.id == "-" and record.result.institutions[0].acronym == "СНГ"


def test_extract_to_a_file(tmp_path, in_process):
    target = tmp_path / "result.json"
    out = in_process("extract", EXAMPLE, "-o", target)
    assert out.returncode == 0 and out.stdout == "", out.stderr
    assert BatchRecord.model_validate_json(target.read_bytes()).result.threats


def test_version_and_python_m_help():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.decode().strip() == f"shos-speech {shos_speech.__version__} (schema {SCHEMA_VERSION})"
    assert shos_speech.__version__ == __import__("importlib.metadata").metadata.version("shos_speech")
    helped = run("--help")
    text = helped.stdout.decode()
    assert helped.returncode == 0 and text.startswith("usage: shos-speech ")
    assert "``" not in text and "exit codes" in text  # plain text, not the module's reST
    for command in ("extract", "batch", "show", "summary"):
        assert command in text
    for command in ("extract", "batch", "show"):
        sub = run(command, "--help").stdout.decode()
        for flag in ("--registry", "--threat-lexicon", "--initiative-registry", "--strip-html"):
            assert flag in sub, (command, flag)


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing.txt", "no such file"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: _write(tmp / "latin1.txt", "Саммит ШОС".encode("cp1251")), "not UTF-8"),
    (lambda tmp: tmp / f"{LONG}.txt", "File name too long"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, in_process, make, message):
    one_line_error(in_process("extract", make(tmp_path)), message)


@pytest.mark.parametrize("args, message", [
    (["extract", EXAMPLE, "-o", "{tmp}/missing/dir/out.json"], "cannot write: No such file or directory"),
    (["extract", EXAMPLE, "-o", "{tmp}"], "is a directory"),
    (["extract", EXAMPLE, "--registry", "{tmp}/none.json"], "no such registry file"),
    (["extract", EXAMPLE, "--initiative-registry", f"{{tmp}}/{LONG}.json"], "File name too long"),
    (["show", f"{{tmp}}/{LONG}.txt", "-o", "{tmp}/r.html"], "File name too long"),
    (["show", EXAMPLE, "-o", f"{{tmp}}/{LONG}.html"], "File name too long"),
    (["show", "-o", "{tmp}/r.html"], "needs a FILE"),
    (["summary", f"{{tmp}}/{LONG}.jsonl"], "File name too long"),
    (["batch", EXAMPLE], "the following arguments are required: -o/--output"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_are_one_line(tmp_path, in_process, args, message):
    one_line_error(in_process(*[str(a).format(tmp=tmp_path) for a in args]), message)


def test_a_usage_error_in_a_process_of_its_own_is_one_line_and_exit_2(tmp_path):
    one_line_error(run("extract", tmp_path / "missing.txt"), "no such file")
    one_line_error(run("frobnicate"), "invalid choice")


def _shell(command: str):
    return subprocess.run(command, shell=True, capture_output=True, timeout=180, executable="/bin/bash")


def test_closed_stdin_and_stdout():
    python = f'"{sys.executable}" -m shos_speech extract'
    one_line_error(_shell(f"{python} - <&-"), "<stdin>: standard input is closed")
    one_line_error(_shell(f'{python} "{EXAMPLE}" >&-'), "<stdout>: standard output is closed")
    one_line_error(_shell(f'{python} "{EXAMPLE}" > /dev/full'), "<stdout>: cannot write: No space left on device")


def test_a_reader_that_goes_away_is_not_an_error():
    proc = _shell(f'"{sys.executable}" -m shos_speech extract "{EXAMPLE}" | head -c 5')
    assert proc.stdout == b"{\n  \"" and proc.stderr == b""


# -- the Extractor's options on extract, show, batch ---------------------------------------------------
@pytest.mark.slow
def test_registry_threat_lexicon_and_initiative_registry_reach_the_extractor(tmp_path):
    reg = tmp_path / "bodies.json"
    reg.write_text(json.dumps(REGISTRY, ensure_ascii=False), encoding="utf-8")
    lexicon = tmp_path / "threats.tsv"
    lexicon.write_text("phrase\tcategory\nподрыв газопровода\ttechnogenic\n", encoding="utf-8")
    initiatives = tmp_path / "initiatives.json"
    initiatives.write_text(json.dumps({"initiatives": [{"name": "Памирская водная инициатива", "kind": "initiative",
                                                        "proposer": "Таджикистан"}]}, ensure_ascii=False),
                           encoding="utf-8")
    text = tmp_path / "water.txt"
    text.write_text(WATER + " Эксперты осудили подрыв газопровода и поддержали "
                    "Памирскую водную инициативу.", encoding="utf-8")
    plain = BatchRecord.model_validate_json(run("extract", text).stdout).result
    out = run("extract", text, "--registry", reg, "--threat-lexicon", lexicon, "--initiative-registry", initiatives)
    assert out.returncode == 0, out.stderr.decode()
    extended = BatchRecord.model_validate_json(out.stdout).result
    water = next(i for i in extended.institutions if i.acronym == "ЕЦВИ")
    assert water.country == "Казахстан" and len(water.mentions) == 2
    new = {(t.name, t.category.value) for t in extended.threats} - {(t.name, t.category.value) for t in plain.threats}
    assert ("подрыв газопровода", "technogenic") in new
    assert "Памирская водная инициатива" in {i.name for i in extended.initiatives}
    page = tmp_path / "page.html"
    assert run("show", text, "-o", page, "--registry", reg).returncode == 0
    assert "Institution: Евразийский центр водных исследований" in page.read_text(encoding="utf-8")


def test_strip_html(tmp_path, in_process):
    html = tmp_path / "page.html"
    page = ("<html><body><p>Министр иностранных дел <b>Сергей Лавров</b> заявил, что санкции&nbsp;и "
            "терроризм угрожают странам <a href='/sng'>СНГ</a>.</p></body></html>")
    html.write_text(page, encoding="utf-8")
    result = BatchRecord.model_validate_json(in_process("extract", html, "--strip-html").stdout).result
    result.check_spans(page)
    assert result.threats and all("<" not in t.span.text for t in result.threats)
    assert [i.acronym for i in result.institutions] == ["СНГ"]
    report = tmp_path / "report.html"
    assert in_process("show", html, "--strip-html", "-o", report).returncode == 0
    assert "Institution: Содружество Независимых Государств" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["extract", "show", "batch"])
@pytest.mark.parametrize("error, message", [
    (LexiconError("mine.json", "an entry without a name", line=3), "shos-speech: mine.json:3: an entry without a name"),
    (LexiconError("mine.tsv", "empty file"), "shos-speech: mine.tsv: empty file"),
    (UnicodeDecodeError("utf-8", b"\xe9", 0, 1, "invalid continuation byte"), "shos-speech: a data file cannot be"),
    (IsADirectoryError(21, "Is a directory", "/"), "shos-speech: /: cannot read: Is a directory"),
])
def test_a_bad_data_file_is_one_line_on_every_command(tmp_path, monkeypatch, capsys, command, error, message):
    """The core raises LexiconError from Extractor(...); every command turns it into one line and exit 2."""
    def refuse(**options):
        raise error

    monkeypatch.setattr(shos_speech, "Extractor", refuse)
    before = signal.getsignal(signal.SIGTERM)
    args = {"extract": ["extract", str(EXAMPLE)], "show": ["show", str(EXAMPLE), "-o", str(tmp_path / "r.html")],
            "batch": ["batch", str(EXAMPLE), "-o", str(tmp_path / "o.jsonl"), "-q"]}[command]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [err.strip()] and err.startswith(message), err
    assert signal.getsignal(signal.SIGTERM) == before  # main() leaves the process as it found it
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "r.html").exists()


# -- show --from ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("stored") / "out.jsonl"
    assert run("batch", EXAMPLE, ROOT / "examples" / "corpus", "-o", out, "-q").returncode == 0
    return out


def test_show_from_a_stored_result(stored, tmp_path, monkeypatch):
    from test_report import parse

    page = tmp_path / "page.html"
    proc = run("show", EXAMPLE, "--from", stored, "-o", page)  # the id defaults to FILE's name
    assert proc.returncode == 0, proc.stderr.decode()
    record = next(BatchRecord.model_validate_json(ln) for ln in stored.read_bytes().splitlines()
                  if json.loads(ln)["id"] == "statement.txt")
    shown = parse(page.read_text(encoding="utf-8"))
    assert "".join(shown.text_parts) == EXAMPLE.read_text(encoding="utf-8")
    assert sum(len(v) for v in shown.marks.values()) == (
        len(record.result.threats) + len(record.result.priorities) + len(record.result.initiatives)
        + sum(len(i.mentions) for i in record.result.institutions)
        + sum(len(s.mentions) for s in record.result.speakers))
    bare = tmp_path / "bare.html"
    assert run("show", "--from", stored, "--id", "sco_astana.txt", "-o", bare).returncode == 0
    assert "does not hold its text" in bare.read_text(encoding="utf-8")


def test_show_from_does_not_extract(stored, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(shos_speech, "Extractor", lambda **kw: pytest.fail("show --from extracted again"))
    assert main(["show", str(EXAMPLE), "--from", str(stored), "-o", str(tmp_path / "p.html")]) == 0


@pytest.mark.parametrize("args, message", [
    (["--id", "nope.txt"], "no record with id 'nope.txt'"),
    (["--id", "sco_astana.txt"], "not the text of 'sco_astana.txt'"),
    (["--registry", str(EXAMPLE)], "--from shows a stored result as it is"),
])
def test_show_from_errors(stored, tmp_path, args, message):
    one_line_error(run("show", EXAMPLE, "--from", stored, "-o", tmp_path / "p.html", *args), message)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
