"""The disk cache of compiled lexicons: loads what was built, never fails, never serves stale data."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shos_speech._core import compiled as cc


class _Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"терроризм": ("terrorism", 1)}


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SHOS_SPEECH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_second_load_reads_what_the_first_built(folder):
    build = _Builder()
    first = cc.compiled("lex", build)
    second = cc.compiled("lex", build)
    assert first == second == {"терроризм": ("terrorism", 1)}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == [f"lex-{cc.package_digest()}.pickle"]


def test_a_corrupt_file_is_built_again_and_replaced(folder):
    build = _Builder()
    cc.compiled("lex", build)
    (path,) = folder.glob("lex-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cc.compiled("lex", build) == {"терроризм": ("terrorism", 1)}
    assert build.calls == 2
    cc.compiled("lex", build)
    assert build.calls == 2  # the file written the second time is read


def test_versions_of_other_code_are_removed(folder):
    folder.mkdir(parents=True)
    stale = folder / "lex-0000000000.pickle"
    stale.write_bytes(b"old")
    other = folder / "other-0000000000.pickle"
    other.write_bytes(b"old")
    cc.compiled("lex", _Builder())
    assert not stale.exists() and other.exists()


@pytest.mark.parametrize("value", ["off", "0", "no", "OFF"])
def test_off_builds_every_time_and_writes_nothing(tmp_path, monkeypatch, value):
    monkeypatch.setenv("SHOS_SPEECH_CACHE", value)
    monkeypatch.chdir(tmp_path)
    build = _Builder()
    cc.compiled("lex", build)
    cc.compiled("lex", build)
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv("SHOS_SPEECH_CACHE", str(blocker / "cache"))
    assert cc.compiled("lex", _Builder()) == {"терроризм": ("terrorism", 1)}
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_default_place_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("SHOS_SPEECH_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cc.cache_dir() == tmp_path / "shos_speech"


_SCRIPT = """
import json, shos_speech
text = ("Министр подчеркнул, что международный терроризм и незаконный оборот наркотиков угрожают "
        "региону, и предложил учредить в Ташкенте центр ШОС по противодействию киберпреступности.")
print(shos_speech.extract(text).model_dump_json())
"""


@pytest.mark.slow
def test_extraction_is_the_same_built_stored_and_loaded(tmp_path):
    """Three fresh processes: no cache, a cache written, a cache read — one and the same Result."""
    outs = []
    for cache in ("off", str(tmp_path), str(tmp_path)):
        env = {**os.environ, "SHOS_SPEECH_CACHE": cache}
        run = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True)
        outs.append(json.loads(run.stdout))
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]["threats"] and outs[0]["institutions"]
    assert sorted(p.name.split("-")[0] for p in tmp_path.glob("*.pickle")) == ["institution", "threat"]
