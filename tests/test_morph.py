"""pymorphy3 behind natasha's and yargy's hooks: nothing needs pkg_resources."""
from __future__ import annotations

import subprocess
import sys

BLOCK_PKG_RESOURCES = """
import sys
sys.modules["pkg_resources"] = None  # any 'import pkg_resources' now raises ImportError
import shos_speech
from shos_speech.morph import MorphVocab
import yargy
from yargy.pipelines import morph_pipeline
r = shos_speech.extract("Президент Казахстана выступил на саммите Шанхайской организации сотрудничества.")
print(r.institutions[0].name)
print(MorphVocab()("санкций")[0].normal)
print([m.span for m in yargy.Parser(morph_pipeline(["санкция"])).findall("против санкций")])
"""


def test_works_where_pkg_resources_cannot_be_imported():
    """setuptools >= 81 and venvs without setuptools have no pkg_resources; pymorphy2 needed it."""
    out = subprocess.run([sys.executable, "-c", BLOCK_PKG_RESOURCES], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Шанхайская организация сотрудничества"
    assert lines[1] == "санкция"
    assert lines[2] == "[[7, 14)]"


def test_natasha_morph_vocab_is_backed_by_pymorphy3():
    import pymorphy3

    from shos_speech.morph import MorphVocab

    vocab = MorphVocab()
    assert isinstance(vocab, pymorphy3.MorphAnalyzer)
    form = vocab("терроризма")[0]
    assert form.normal == "терроризм" and form.pos == "NOUN" and form.feats["Case"] == "Gen"


def test_yargy_default_analyzer_is_pymorphy3():
    import pymorphy3
    import yargy.morph

    assert yargy.morph.MorphAnalyzer().raw.__class__ is pymorphy3.MorphAnalyzer
