"""The institutions stage's word lists: data files, read on first use, never at import."""
from __future__ import annotations

import subprocess
import sys

import pytest

from shos_speech._core.tokens import fold, tokenize
from shos_speech._stages.institutions.lexicon import Lexicon, acronym_heads, generic_bodies, heads, word_class


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize("section, word", [
    ("organ_heads", "комиссия"),
    ("building_heads", "резиденция"),
    ("macro_regions", "азия"),
    ("demonstratives", "указанный"),
    ("member_nouns", "участник"),
    ("with_prepositions", "над"),
    ("name_prepositions", "при"),
    ("state_nouns", "султанат"),
    ("media_before", "со ссылкой на"),
    ("media_after", "пишет"),
])
def test_word_classes_are_data(section, word):
    assert word in word_class(section)
    assert all(w == w.lower() and "ё" not in w for w in word_class(section))


@pytest.mark.parametrize("lemma, kind, role", [
    ("организация", "international_organization", "org"),
    ("министерство", "state_body", "body"),
    ("центр", "center", "center"),
])
def test_heads_and_their_kinds(lemma, kind, role):
    assert (heads()[lemma].kind, heads()[lemma].role) == (kind, role)


def test_acronym_heads_and_generic_bodies():
    assert acronym_heads()["МИД"] == "Министерство иностранных дел"
    police = generic_bodies()["полиция"]
    assert police.standalone and police.kind == "state_body"
    assert not generic_bodies()["кабмин"].standalone


@pytest.mark.parametrize("word, head", [
    ("Комиссии", "комиссия"),
    ("министерством", "министерство"),
    ("Ташкента", None),
    (",", None),
])
def test_head_of_a_token(lex, word, head):
    assert lex.head_of(tokenize(word)[0]) == head


@pytest.mark.parametrize("before, media", [
    ("Как передаёт ", True),
    ("как сообщило информагентство «", True),
    ("Об этом говорится в материале портала ", True),
    ("В переговорах участвовала делегация ", False),
    ("Министр встретился с руководством ", False),
])
def test_media_cue_before_a_name(lex, before, media):
    assert bool(lex.media_before.search(fold(before))) == media


@pytest.mark.parametrize("after, media", [
    (", сообщает", True),
    ("» пишет, что", True),
    (" подписал соглашение", False),
])
def test_media_cue_after_a_name(lex, after, media):
    assert bool(lex.media_after.match(after)) == media


def test_importing_the_rules_and_the_stage_reads_no_data_file():
    code = (
        "import shos_speech._core.lexicon as L\n"
        "def refuse(path):\n"
        "    raise AssertionError(f'read {path} at import')\n"
        "L.read_text = refuse\n"
        "from shos_speech.grammars import institutions\n"
        "import shos_speech._stages.institutions\n"
        "institutions.BODY, institutions.BACKREF\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
