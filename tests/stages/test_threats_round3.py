"""Threats, third quality round: classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


def names(stage, text: str) -> list[str]:
    return [n for _s, n, _c in threats_of(stage, text)]


# -- the number of an ambiguous bare head ("кибератаки": genitive singular or plural) by its verb --
@pytest.mark.parametrize("text, name", [
    ("Мы решительно осуждаем бомбардировки жилых кварталов.", "бомбардировки жилых кварталов"),  # object
    ("Союзники научатся предотвращать вспышки опасных инфекций.", "вспышки опасных инфекций"),  # infinitive
    ("Нас тревожат кибератаки на больницы.", "кибератаки на больницы"),  # subject after a plural verb
    ("Не прекращаются атаки беспилотников на порты.", "атаки беспилотников на порты"),
    ("Говорят, что кибератаки на энергосети стали обыденностью.", "кибератаки на энергосети"),  # verb after
    ("Стороны осуждают также нападения на журналистов.", "нападения на журналистов"),  # an adverb between
])
def test_a_verb_makes_an_ambiguous_head_plural(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text, name", [
    ("Соседи опасаются войны.", "война"),  # a verb that governs the genitive
    ("Важно не допустить эскалации.", "эскалация"),  # a negated transitive verb
    ("Удалось избежать засухи.", "засуха"),
    ("Возрастает угроза эпидемии.", "эпидемия"),  # after a noun: the genitive
])
def test_a_genitive_verb_keeps_the_singular(stage, text, name):
    assert name in names(stage, text)


# -- neutral nouns name no phenomenon, even after a threat cue -----------------------------------
@pytest.mark.parametrize("text", [
    "Министры выразили обеспокоенность сложившейся ситуацией.",
    "Мы осуждаем решение апелляционного суда.",
    "Недопущение ошибок прошлого - наш общий долг.",
    "Делегаты осудили такие шаги.",
    "Стороны выразили обеспокоенность этим заявлением.",
    "Обеспокоенность положением дел высказали многие.",
])
def test_a_neutral_noun_after_a_cue_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


@pytest.mark.parametrize("text, name", [
    ("Жители готовятся к чрезвычайным ситуациям.", "чрезвычайные ситуации"),  # an entry with a modifier
    ("Мы осуждаем агрессивные действия соседа.", "агрессивные действия соседа"),
    ("Сохраняется обострение обстановки на границе.", "обострение обстановки на границе"),  # an escalation
])
def test_an_entry_over_a_neutral_noun_stands(stage, text, name):
    assert name in names(stage, text)
