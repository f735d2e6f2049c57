"""Every script in examples/ runs (as a user would run it) and prints what it should."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

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


def test_batch_folder_progress_on_stderr():
    run = subprocess.run([sys.executable, str(EXAMPLES / "batch_folder.py")], capture_output=True, text=True,
                         timeout=300)
    assert "6/6 documents" in run.stderr and "doc/s" in run.stderr
