"""Persons from natasha's PER spans: one per surname, with a title and country; not in institutions."""
from __future__ import annotations

import pytest
from speakers_support import context, grammar

from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import Cast, find_persons


def cast_of(text: str, *names: str, taken: tuple[str, ...] = ()) -> Cast:
    ctx = context(text, *names)
    spans = Intervals((text.index(t), text.index(t) + len(t)) for t in taken)
    return find_persons(ctx.doc, spans, grammar())


def test_one_person_whatever_the_case_and_gender_reading():
    text = ("Официальный представитель МИД России Мария Захарова провела брифинг. Захаровой задали вопрос о "
            "Судане. Захарова ответила.")
    cast = cast_of(text, "Мария Захарова", "Захаровой", "Захарова")
    assert [(p.name, p.title, p.country) for p in cast.persons] == [
        ("Мария Захарова", "Официальный представитель МИД России", "Россия")]
    assert [text[a:b] for a, b in cast.persons[0].mentions] == ["Мария Захарова", "Захаровой", "Захарова"]


def test_the_longest_name_is_the_persons_name():
    text = "Лукашенко прибыл в Минск. Президент Беларуси Александр Лукашенко открыл форум."
    cast = cast_of(text, "Лукашенко", "Александр Лукашенко")
    assert [p.name for p in cast.persons] == ["Александр Лукашенко"]
    # the title comes from the first mention that has one
    assert cast.persons[0].title == "Президент Беларуси"


def test_a_name_in_another_case_is_put_in_the_nominative():
    text = "Делегация встретилась с Президентом Монголии Ухнаагийном Хурэлсухом и Шавкатом Мирзиёевым."
    cast = cast_of(text, "Шавкатом Мирзиёевым")
    assert [p.name for p in cast.persons] == ["Шавкат Мирзиёев"]


@pytest.mark.parametrize("text, name, taken", [
    # natasha's PER inside an institution's name is that institution
    ("Фонд Нурсултана Назарбаева провел конференцию.", "Нурсултана Назарбаева", ("Фонд Нурсултана Назарбаева",)),
    # a country adjective tagged as a person is no one
    ("Кыргызский лидер заявил о поддержке.", "Кыргызский", ()),
])
def test_no_person(text, name, taken):
    assert cast_of(text, name, taken=taken).persons == []


TEXT = "Министр Сергей Лавров выступил. Ван И заявил о поддержке. Лавров добавил, что санкции незаконны."


def test_mentions_found_by_offset():
    cast = cast_of(TEXT, "Сергей Лавров", "Ван И", "Лавров")
    lavrov, wang = cast.persons
    assert [m.person for m in cast.starting_in(0, TEXT.index("Ван"))] == [lavrov]
    assert [m.person for m in cast.starting_in(TEXT.index("Ван"), len(TEXT))] == [wang, lavrov]
    assert cast.last_before(TEXT.index("заявил")) is wang
    assert cast.last_before(TEXT.index("Сергей")) is None
    assert cast.last_speaker_before(len(TEXT)) is None  # no one has spoken yet
    wang.speaks = True
    assert cast.last_speaker_before(len(TEXT)) is wang
    assert cast.speakers(TEXT)[0].name == "Ван И" and [s.name for s in cast.speakers(TEXT)] == ["Ван И"]
