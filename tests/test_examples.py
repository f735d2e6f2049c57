"""Every script in examples/ runs (as a user would run it) and prints what it should, and the
docs' command lines and code blocks run as written."""
from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import shos_speech

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

EXPECTED = {
    "extract_one.py": ["speaker: Садыр Жапаров", "threat: международный терроризм [terrorism] said by Садыр Жапаров",
                       "initiative: создание Антинаркотического центра ШОС в Душанбе [institution_building, supports]",
                       "institution: Шанхайская организация сотрудничества [international_organization]"],
    "batch_folder.py": ["written: 6, skipped: 0", "documents: 6", "threats by category", "by speaker",
                        "most named institutions"],
    "to_pandas.py": ["pandas DataFrame with", "from 6 documents", "threat:", "institution:", "threat category "],
    "add_registry_entry.py": ["with my_bodies.json:",
                              "Евразийский центр водных исследований | acronym=ЕЦВИ | kind=center | country=Казахстан"],
    "compose_grammar.py": ["meeting: заседание | body: Совета министров иностранных дел ШОС",
                           "meeting: саммит | body: СНГ", "незаконной миграции"],
}


def test_every_example_is_checked():
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs(script, tmp_path):
    run = subprocess.run([sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path)  # from anywhere, not only the repository root
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    for line in EXPECTED[script]:
        assert line in run.stdout, (line, run.stdout)


def test_to_pandas_without_pandas_says_what_to_install(tmp_path):
    code = ("import runpy, sys; sys.modules['pandas'] = None; "
            f"runpy.run_path({str(EXAMPLES / 'to_pandas.py')!r}, run_name='__main__')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.strip() == "this example needs pandas: pip install 'shos_speech[pandas]'"


@pytest.mark.slow
def test_batch_folder_progress_on_stderr():
    run = subprocess.run([sys.executable, str(EXAMPLES / "batch_folder.py")], capture_output=True, text=True,
                         timeout=300)
    assert "6/6 documents" in run.stderr and "doc/s" in run.stderr


# -- the docs, run as written -----------------------------------------------------------------------
def _block(doc: Path, after: str, lang: str) -> str:
    """The first ``lang`` code block after the heading or line ``after`` in ``doc``."""
    text = doc.read_text(encoding="utf-8").split(after, 1)[1]
    return text.split(f"```{lang}\n", 1)[1].split("```", 1)[0]


def _repo_copy(tmp_path: Path) -> Path:
    """What the commands read, where they may write: the examples under a scratch 'repository'."""
    (tmp_path / "examples").symlink_to(EXAMPLES, target_is_directory=True)
    return tmp_path


def _command_lines(doc: Path, after: str) -> list[str]:
    lines = [ln.split("  #")[0].strip() for ln in _block(doc, after, "bash").splitlines()]
    return [ln for ln in lines if ln]


COMMAND_BLOCKS = {"README": (ROOT / "README.md", "### Command line"),
                  "quickstart": (ROOT / "docs" / "quickstart.md", "## An archive of statements")}


@pytest.mark.parametrize("doc", sorted(COMMAND_BLOCKS))
def test_the_command_lines_name_files_that_exist(doc):
    for line in _command_lines(*COMMAND_BLOCKS[doc]):
        for word in shlex.split(line.replace("|", " ")):
            if word.startswith("examples/"):
                assert list(ROOT.glob(word)), (word, line)


def _run_lines(lines: list[str], cwd: Path) -> None:
    python = shlex.quote(sys.executable) + " -m shos_speech"
    for line in lines:
        command = re.sub(r"(^|\| )shos-speech", lambda m: m.group(1) + python, line)
        run = subprocess.run(command, shell=True, executable="/bin/bash", cwd=cwd, capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, (line, run.stderr[-2000:])
        assert "Traceback" not in run.stderr, line


@pytest.mark.slow
def test_the_readme_command_lines_run_as_written(tmp_path):
    cwd = _repo_copy(tmp_path)
    _run_lines(_command_lines(*COMMAND_BLOCKS["README"]), cwd)
    for made in ("results.jsonl", "out.jsonl", "items.csv", "summary.png", "report.html", "stored.html"):
        assert (cwd / made).stat().st_size > 0, made
    assert sum(1 for _ in (cwd / "out.jsonl").open(encoding="utf-8")) == 6 + 3 + 2  # corpus, jsonl, csv


@pytest.mark.slow
def test_the_quickstart_command_lines_run_as_written(tmp_path):
    cwd = _repo_copy(tmp_path)
    _run_lines(_command_lines(*COMMAND_BLOCKS["quickstart"]), cwd)
    assert "cica-2024-01" in (cwd / "stored.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_dask_example_in_scaling_md_runs(tmp_path):
    script = tmp_path / "dask_example.py"
    script.write_text(_block(ROOT / "docs" / "scaling.md", "## Dask", "python"), encoding="utf-8")
    cwd = _repo_copy(tmp_path)
    run = subprocess.run([sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": "error"})
    assert run.returncode == 0, run.stderr[-3000:]
    counts = ast.literal_eval(run.stdout.strip().splitlines()[-1])  # the dict the example prints
    assert sorted(counts) == sorted(p.name for p in (EXAMPLES / "corpus").glob("*.txt"))
    parts = sorted((cwd / "results").glob("part-*.jsonl"))
    records = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(counts)  # whole files, not their lines
    assert sum(len(shos_speech.Result.model_validate_json(r).threats) for r in records) == sum(counts.values())


def test_the_quickstart_python_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(_block(ROOT / "docs" / "quickstart.md", "## From Python", "python"), {})
    printed = capsys.readouterr().out.splitlines()
    text = (EXAMPLES / "statement.txt").read_text(encoding="utf-8")
    assert len(printed) == len(shos_speech.extract(text).threats) > 0


def test_ontology_proposer_comes_from_the_text(extractor):
    """The Initiative example of docs/ontology.md; a registry's initiative gets no proposer the text does not name."""
    doc = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    quote = doc.split("## Initiative", 1)[1].split("> ", 1)[1].split("\n\n", 1)[0].replace("\n> ", " ")
    [initiative] = [i for i in extractor.extract(quote).initiatives if "агентство" in i.name]
    assert initiative.proposer == "Казахстан" and initiative.stance.value == "proposes"
    assert "Казахстан" in quote[:initiative.span.start]  # named in the text, before the undertaking
    registered = extractor.extract("Стороны поддержали инициативу «Один пояс, один путь».").initiatives
    assert [(i.stance.value, i.proposer) for i in registered] == [("supports", None)]
    unnamed = extractor.extract("Стороны поддержали создание регионального центра по борьбе с терроризмом.")
    assert [i.proposer for i in unnamed.initiatives] == [None]


def test_the_dev_extra_brings_every_optional_dependency():
    """CI installs [dev]: with it no test may skip for a missing extra (tests/test_dask.py would)."""
    import importlib.util

    dev = re.search(r'^dev = \[.*"shos_speech\[([a-z,]+)\]"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"),
                    re.MULTILINE)  # tomllib is 3.11+, the project supports 3.10
    assert dev is not None and set(dev.group(1).split(",")) == {"pandas", "parquet", "plot", "dask"}
    for module in ("pandas", "pyarrow.parquet", "matplotlib", "dask.bag", "dask.dataframe", "distributed", "tqdm",
                   "hypothesis"):
        assert importlib.util.find_spec(module) is not None, f"{module} missing: pip install -e '.[dev]'"


def test_the_changelog_has_this_version_and_the_package_is_typed():
    release = re.match(r"\d+\.\d+\.\d+", shos_speech.__version__).group(0)
    assert re.search(rf"^## {re.escape(release)}\b", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    package = Path(shos_speech.__file__).parent
    assert (package / "py.typed").is_file()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # shipped in the wheel too
