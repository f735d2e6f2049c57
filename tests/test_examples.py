"""Every script in examples/ runs (as a user would run it) and prints what it should."""
from __future__ import annotations

import importlib.util
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
    "to_pandas.py": ["threat:", "institution:", "threat category "],
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


def test_to_pandas_says_which_path_it_took(tmp_path):
    run = subprocess.run([sys.executable, str(EXAMPLES / "to_pandas.py")], capture_output=True, text=True,
                         timeout=300)
    has_pandas = importlib.util.find_spec("pandas") is not None
    assert ("pandas DataFrame with" in run.stdout) == has_pandas
    assert ("pandas is not installed" in run.stdout) != has_pandas


def test_batch_folder_progress_on_stderr():
    run = subprocess.run([sys.executable, str(EXAMPLES / "batch_folder.py")], capture_output=True, text=True,
                         timeout=300)
    assert "6/6 documents" in run.stderr and "doc/s" in run.stderr
