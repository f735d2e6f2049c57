"""A short run of the fuzz target (tests/fuzz/run.py; its 300 s run is the release check)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).with_name("run.py")


@pytest.mark.slow
def test_fuzz_runs_clean_for_a_while():
    out = subprocess.run([sys.executable, str(RUN), "--seconds", "20"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, (out.stdout + out.stderr)[-3000:]
    assert "nothing raised, every Result serialised" in out.stdout
    inputs = int(out.stdout.split("fuzz: ")[1].split()[0])
    assert inputs > 0


def test_the_target_finds_what_it_should(monkeypatch):
    """The target is not vacuous: a Result that cannot be serialised is a finding."""
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.pop(0)

    from collections import Counter

    from shos_speech import Result, Span, Threat

    class Broken:
        def extract(self, text):
            span = Span.model_construct(start=0, end=1, text="\ud800")  # past validation, as a bug would be
            return Result(threats=[Threat.model_construct(span=span, name="x", category="other")])

    with pytest.raises(Exception, match="surrogates not allowed|does not match"):
        run.check({False: Broken()}, "\ud800", False, Counter())
