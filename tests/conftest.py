"""Shared fixtures: one Extractor per test session (models load once), the shared corpora."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "seed" / "000_2cce84dce629b788.txt"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def extractor():
    from shos_speech import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed statement is not here ({SEED}): ../shared is absent in a user's clone")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    path = DEV / "seed.json"
    if not path.exists():
        pytest.skip(f"the dev corpus is not here ({path}): ../shared is absent in a user's clone")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_docs() -> list[dict]:
    if not DEV.exists():
        pytest.skip(f"the dev corpus is not here ({DEV}): ../shared is absent in a user's clone")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]


@pytest.fixture(scope="session")
def light():
    """A Document of one's own sentences without natasha's NER model (razdel sentences, no NER spans)."""
    from shos_speech._core.analysis import light_document

    return light_document


class _Done:
    """What a command run in this process left: exit code and the two streams (as ``run`` gives)."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def in_process(capsys):
    """``shos-speech ARGS`` run by ``cli.main`` in this process: the code path of ``python -m
    shos_speech`` without starting an interpreter and loading the models for every case."""
    from shos_speech.cli import main

    def call(*args) -> _Done:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # argparse's own exit
            code = e.code if isinstance(e.code, int) else 2
        out, err = capsys.readouterr()
        return _Done(code, out, err)
    return call
