"""A person's title and country from the words before the name, and the case the title gives it."""
from __future__ import annotations

import pytest
from speakers_support import grammar

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.intervals import Intervals, tokens_before
from shos_speech._stages.speakers.titles import title_case, title_of


def before(text: str, name: str) -> list:
    return tokens_before(tokenize(text), text.index(name))


def names(text: str, *names: str) -> Intervals:
    return Intervals((text.index(n), text.index(n) + len(n)) for n in names)


@pytest.mark.parametrize("text, name, title, country", [
    ("Посол Японии Такаси Накамура вручил верительные грамоты.", "Такаси", "Посол Японии", "Япония"),
    # the title is put in the nominative, its complements kept
    ("Встреча с министром иностранных дел Ирана Аббасом Аракчи прошла в Москве.", "Аббасом",
     "министр иностранных дел Ирана", "Иран"),
    # a capitalized adjective before the title word is part of it
    ("Первый Президент Казахстана Нурсултан Назарбаев выступил.", "Нурсултан", "Первый Президент Казахстана",
     "Казахстан"),
    ("Председатель Исполкома СНГ Сергей Лебедев выступил.", "Сергей", "Председатель Исполкома СНГ", None),
])
def test_title_of(text, name, title, country):
    assert title_of(text, before(text, name), names(text, name), grammar()) == (title, country)


@pytest.mark.parametrize("text, name, others", [
    # another person's name stands between: "Чжан Мин" has the title, not Лебедев
    ("Генеральный секретарь ШОС Чжан Мин и Сергей Лебедев выступили.", "Сергей", ["Чжан Мин"]),
    ("Президент Казахстана и Касым-Жомарт Токаев", "Касым", []),  # "и" ends a title
    ("Секретарь Совбеза, Александр Венедиктов, выступил.", "Александр", []),  # so does punctuation
    ("Накануне Александр Венедиктов выступил.", "Александр", []),
])
def test_no_title(text, name, others):
    assert title_of(text, before(text, name), names(text, name, *others), grammar()) == (None, None)


@pytest.mark.parametrize("text, name, case", [
    ("Посол Японии Такаси Накамура вручил грамоты.", "Такаси", "nomn"),
    ("Глава МИД Ирана Аббас Аракчи заявил.", "Аббас", "nomn"),
    # "Послу": the title is no nominative, the name's own readings decide
    ("Послу Японии Такаси Накамуре вручили орден.", "Такаси", None),
    # "министра" / "министру": not a nominative either
    ("Визит министра иностранных дел Ирана Аббаса Аракчи завершился.", "Аббаса", None),
    ("Накануне Александр Венедиктов выступил.", "Александр", None),
])
def test_title_case(text, name, case):
    assert title_case(before(text, name), grammar()) == case
