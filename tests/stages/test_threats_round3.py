"""Threats, third quality round: classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import names, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


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


# -- what a hostile act is against, or what a danger is about, belongs to it ----------------------
@pytest.mark.parametrize("text, span", [
    ("Растет насилие против мирного населения.", "насилие против мирного населения"),
    ("Мы осуждаем дискриминацию против мигрантов.", "дискриминацию против мигрантов"),
    ("Новые санкции против предприятий оборонного сектора вступили в силу.",
     "Новые санкции против предприятий оборонного сектора"),
    ("Напряженность вокруг Тайваня растет.", "Напряженность вокруг Тайваня"),
    ("Не утихает конфликт вокруг Нагорного Карабаха.", "конфликт вокруг Нагорного Карабаха"),
])
def test_the_target_of_a_danger_is_in_its_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    # a target that needs its clause, or holds a pronoun, defines nothing: left out
    ("Осуждаем государственный терроризм против народов, живущих под оккупацией.", "государственный терроризм"),
    ("Они ведут торговые войны против неугодных им режимов.", "торговые войны"),
    ("Возникла напряженность вокруг этого вопроса.", "напряженность"),  # no proper name
    ("Мы продолжим борьбу против терроризма.", "терроризма"),  # the cue's "против" is no target
])
def test_a_target_that_defines_nothing_stays_out(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


def test_a_numbered_acronym_stays_whole(stage):
    assert threats_of(stage, "Пандемия COVID-19 обнажила слабые места.") == [
        ("Пандемия COVID-19", "пандемия COVID-19", "health")]


# -- a misuse: a thing used as a weapon or an instrument of pressure ------------------------------
@pytest.mark.parametrize("text, span", [
    ("Недопустимо использование энергоносителей как оружия.", "использование энергоносителей как оружия"),
    ("Мы против использования продовольствия как инструмента давления.",
     "использования продовольствия как инструмента давления"),
    ("Применение зерна в качестве рычага шантажа недопустимо.", "Применение зерна в качестве рычага шантажа"),
    ("Мы против превращения валюты в орудие давления.", "превращения валюты в орудие давления"),
])
def test_a_use_as_a_weapon_is_a_threat(stage, text, span):
    assert (span, "other") in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Важно использование технологий как инструмента развития.",
    "Использование спутников как средства связи растет.",
])
def test_a_use_as_a_harmless_instrument_is_none(stage, text):
    assert threats_of(stage, text) == []


def test_a_quoted_or_acronym_name_after_a_group_noun(stage):
    found = threats_of(stage, "В провинции действуют ячейки ИГИЛ.")
    assert ("ячейки ИГИЛ", "terrorism") in [(s, c) for s, _n, c in found]
    assert threats_of(stage, "В городе созданы ячейки общества.") == []
