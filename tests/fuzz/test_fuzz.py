"""Runs the atheris fuzz target for a bounded time where the [fuzz] extra is installed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="the [fuzz] extra (atheris) is not installed")

TARGET = Path(__file__).with_name("fuzz_extract.py")


def test_fuzz_target_runs_clean_for_a_while(tmp_path):
    out = subprocess.run([sys.executable, str(TARGET), "-max_total_time=20", "-rss_limit_mb=4096",
                          f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Done" in out.stderr or "done" in out.stderr.lower()
