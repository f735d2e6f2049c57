"""The stage's lexicons: every word class is a section of data/words/priorities.txt; bad rows fail early."""
from __future__ import annotations

from dataclasses import fields

import pytest

from shos_speech._stages.priorities import lexicon
from shos_speech.errors import LexiconError
from shos_speech.grammars.priorities import HEAD_CLASSES
from shos_speech.models import Area


def test_every_word_class_is_a_non_empty_section():
    words = lexicon.vocabulary()
    for f in fields(words):
        assert getattr(words, f.name), f.name
    assert "являться" in words.copulas and "являться" in words.linking and "уделить" in words.linking
    assert words.linking_verbs >= words.copulas | {"находиться"}


def test_numbered_classes():
    numbers = lexicon.numbered()
    assert numbers.ordinals["четвертый"] == 4 and sorted(numbers.ordinals.values()) == list(range(1, 11))
    assert numbers.enumerators["третьих"] == 3
    assert numbers.counts["пять"] == 5


def test_head_classes_come_from_the_cue_lexicon():
    heads = lexicon.heads()
    assert [f.name for f in fields(heads)] == list(HEAD_CLASSES)
    assert "направление" in heads.generic and "подписание" in heads.undertaking and "соглашение" in heads.concrete
    assert not heads.generic & heads.concrete


def test_area_weights():
    weights = lexicon.area_weights()
    assert weights["оборона"] == (Area.security, 3)
    assert all(isinstance(a, Area) and w >= 0 for a, w in weights.values())


@pytest.mark.parametrize("row", ["оборона\tdefence\t3", "оборона\tsecurity\tthree"])
def test_a_bad_area_row_names_its_file_and_line(tmp_path, monkeypatch, row):
    path = tmp_path / "areas.tsv"
    path.write_text(f"lemma\tarea\tweight\n# a comment\n{row}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon.lexicon, "data_path", lambda name: path)
    lexicon.area_weights.cache_clear()
    try:
        with pytest.raises(LexiconError) as err:
            lexicon.area_weights()
        assert (err.value.path, err.value.line) == (str(path), 3)
    finally:
        monkeypatch.undo()
        lexicon.area_weights.cache_clear()
    assert lexicon.area_weights()["оборона"] == (Area.security, 3)


def test_a_cue_row_of_unknown_strength_names_its_line(tmp_path, monkeypatch):
    from shos_speech.grammars import priorities as grammar

    path = tmp_path / "priority_cues.tsv"
    path.write_text("phrase\tstrength\nприоритет\tstrong\nглавный задача\tstorng\n", encoding="utf-8")
    monkeypatch.setattr(grammar, "data_path", lambda name: path)
    grammar.cue_rows.cache_clear()
    try:
        with pytest.raises(LexiconError) as err:
            grammar.cue_rows()
        assert (err.value.path, err.value.line) == (str(path), 3)
    finally:
        monkeypatch.undo()
        grammar.cue_rows.cache_clear()
    assert grammar.cue_rows()
