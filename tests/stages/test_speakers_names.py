"""Person names: put in the nominative, one key per surname, country adjectives that are no name."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.names import adjective_not_name, person_nominative, surname_key


@pytest.mark.parametrize("words, expected", [
    (["Касым", "-", "Жомарта", "Токаева"], ["Касым", "-", "Жомарт", "Токаев"]),
    (["Сергея", "Лаврова"], ["Сергей", "Лавров"]),
    (["Токаеву"], ["Токаев"]),
    (["Владимиром", "Путиным"], ["Владимир", "Путин"]),
    (["Мурат", "Нуртлеу"], ["Мурат", "Нуртлеу"]),
    (["Садыр", "Жапаров"], ["Садыр", "Жапаров"]),
    # a woman's name: the case and gender are chosen for both words together
    (["Марии", "Захаровой"], ["Мария", "Захарова"]),
    (["Ильхамом", "Алиевым"], ["Ильхам", "Алиев"]),
    # words with no name reading stay as written
    (["Ван", "И"], ["Ван", "И"]),
])
def test_person_names_in_the_nominative(words, expected):
    assert person_nominative(words) == expected


def test_a_title_in_the_nominative_keeps_the_name_as_written():
    # "посол Японии Такаси Накамура": the title says the name is a nominative already
    assert person_nominative(["Нурсултана", "Назарбаева"], "nomn") == ["Нурсултана", "Назарбаева"]


@pytest.mark.parametrize("a, b", [
    ("Захарова", "Захаров"),
    ("Алиева", "Алиев"),
    ("Ильина", "Ильин"),
    ("Мирзиёев", "Мирзиеев"),  # ё folded
])
def test_one_surname_key_for_a_woman_and_a_man(a, b):
    assert surname_key(a) == surname_key(b)


@pytest.mark.parametrize("a, b", [("Лавров", "Лаврентьев"), ("Матвиенко", "Матвеев")])
def test_different_surnames_have_different_keys(a, b):
    assert surname_key(a) != surname_key(b)


@pytest.mark.parametrize("word, adjective", [
    ("Кыргызский", True),
    ("Российский", True),
    ("Садыр", False),
    ("Мирзиёев", False),
    ("Ташкент", False),
])
def test_adjective_not_name(word, adjective):
    assert adjective_not_name(tokenize(word)[0]) is adjective
