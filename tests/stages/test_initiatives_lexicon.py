"""The stage's lexicons: word classes as data, users' registries read and checked when the stage is built."""
from __future__ import annotations

import json
from dataclasses import fields

import pytest
from initiatives_scan import lexicon

from shos_speech._core.tokens import tokenize
from shos_speech._stages.initiatives import InitiativesStage
from shos_speech._stages.initiatives.lexicon import Lexicon, Words
from shos_speech.errors import LexiconError


def test_every_word_class_is_read_from_the_data_file():
    w = lexicon().words
    for f in fields(Words):
        value = getattr(w, f.name)
        assert value, f"section [{f.name}] is empty"
        if f.name.endswith("_pos"):
            assert all(x.isupper() for x in value)  # OpenCorpora tags as written
        elif isinstance(value, frozenset):
            assert all(str(x) == str(x).lower() and "ё" not in str(x) for x in value)
    assert w.negations["supports"] == "opposes"
    assert ("в", "том") in w.stop_pairs
    assert w.cap_projects <= w.place_list_heads


def _registry(tmp_path, entries, name: str = "mine.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"initiatives": entries}, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)


def _named(lex: Lexicon, text: str) -> list[tuple[str, str | None]]:
    return [(h.payload.name, h.payload.proposer) for h in lex.named.findall(tokenize(text))]


def test_a_users_registry_adds_and_replaces_entries(tmp_path):
    path = _registry(tmp_path, [
        {"name": "Памирская водная инициатива", "aliases": ["Памирская инициатива"], "proposer": "Таджикистан"},
        {"name": "Инициатива глобального развития", "proposer": "Китай", "kind": "initiative", "year": 2021},
    ])
    lex = Lexicon.load([path])
    assert _named(lex, "поддержали Памирскую инициативу") == [("Памирская водная инициатива", "Таджикистан")]
    assert _named(lex, "поддержали Инициативу глобального развития") == [("Инициатива глобального развития", "Китай")]
    assert _named(lexicon(), "поддержали Памирскую инициативу") == []


@pytest.mark.parametrize(
    ("entry", "detail"),
    [
        ({"aliases": []}, "name"),
        ({"name": "  "}, "name"),
        ({"name": "План", "kind": "plan"}, "kind"),
        ({"name": "План", "aliases": "план"}, "aliases"),
        ({"name": "План", "aliases": [1]}, "aliases"),
        ({"name": "План", "proposer": 5}, "proposer"),
    ],
)
def test_a_bad_entry_fails_when_the_stage_is_built(tmp_path, entry, detail):
    path = _registry(tmp_path, [{"name": "Хорошая инициатива"}, entry])
    with pytest.raises(LexiconError) as e:
        InitiativesStage([path])
    assert e.value.path == path and e.value.line == 6  # the second entry starts on line 6
    assert detail in e.value.detail


def test_an_entry_that_is_no_object_is_named_by_its_number(tmp_path):
    path = _registry(tmp_path, [{"name": "Хорошая инициатива"}, "План"])
    with pytest.raises(LexiconError, match="entry 2 is str, not an object"):
        InitiativesStage([path])


@pytest.mark.parametrize(
    ("text", "line"),
    [('{"initiatives": [{"name": "План",}]}', 1), ('{"initiatives": {"name": "План"}}', None), ("", None)],
)
def test_a_malformed_file_fails_with_its_path(tmp_path, text, line):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        InitiativesStage([str(path)])
    assert e.value.path == str(path) and e.value.line == line


def test_a_missing_file_fails(tmp_path):
    with pytest.raises(LexiconError, match="no such file"):
        InitiativesStage([str(tmp_path / "absent.json")])


def test_the_extractor_refuses_a_bad_registry(tmp_path):
    from shos_speech import Extractor

    path = _registry(tmp_path, [{"name": "План", "kind": "plan"}])
    with pytest.raises(LexiconError, match="kind"):
        Extractor(initiative_registries=[path])
