"""The examples in the public docstrings run and print what they say."""
from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["shos_speech", "shos_speech.grammars", "shos_speech.grammars.institutions"])
def test_docstring_examples(module):
    mod = importlib.import_module(module)
    failed, attempted = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert attempted > 0, f"{module} has no example"
    assert failed == 0
