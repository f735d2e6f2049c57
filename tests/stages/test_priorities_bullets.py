"""Bulleted priority lists laid out on lines, and a restriction a cue holds.

A dash bullet followed by an enumerator takes the enumerator's rank ("– во-первых, X;"); an aside inside an
item that holds a quoted name ("в том числе коридора «Восток – Запад»") closes at its semicolon and lets the
list go on; "делаем ставку прежде всего на X": the cue holds the restriction before its preposition."""
from __future__ import annotations

import pytest
from priorities_support import found

_HEAD = "Приоритеты нашего председательства:\n"


@pytest.mark.parametrize("lines, expected", [
    ("– во-первых, снятие барьеров во взаимной торговле;\n– во-вторых, развитие транспортного потенциала;\n"
     "– в-третьих, цифровая трансформация экономик.",
     [("снятие барьеров во взаимной торговле", 1), ("развитие транспортного потенциала", 2),
      ("цифровая трансформация экономик", 3)]),
    # a dash alone gives no rank
    ("– снятие барьеров во взаимной торговле;\n– охрана горных лесов.",
     [("снятие барьеров во взаимной торговле", None), ("охрана горных лесов", None)]),
])
def test_a_dash_bullet_with_an_enumerator(light, lines, expected):
    assert found(light, _HEAD + lines) == expected


@pytest.mark.parametrize("aside", [
    "в том числе коридора «Восток – Запад» и Южного маршрута",
    "прежде всего по линии проекта «Великий шелковый путь»",
])
def test_an_aside_with_a_quoted_name_lets_the_list_go_on(light, aside):
    text = (_HEAD + "– во-первых, снятие барьеров во взаимной торговле;\n– во-вторых, развитие транспортного "
            f"потенциала, {aside};\n– в-третьих, цифровая трансформация экономик;\n– в-четвертых, охрана горных лесов.")
    assert [r for _s, r in found(light, text)] == [1, 2, 3, 4]


def test_an_aside_that_opens_a_clause_ends_the_list(light):
    text = (_HEAD + "– во-первых, снятие барьеров во взаимной торговле;\n– во-вторых, развитие транспортного "
            "потенциала, который мы обсуждали. Потом был обед. Затем мы поехали в музей.")
    assert [r for _s, r in found(light, text)] == [1, 2]


# ---- a restriction a cue holds between its noun and its preposition ---------------------------------
@pytest.mark.parametrize("text, spans", [
    ("Мы делаем ставку прежде всего на цифровизацию таможни.", ["цифровизацию таможни"]),
    ("В ЕАЭС мы делаем ставку в первую очередь на промышленную кооперацию и логистику.",
     ["промышленную кооперацию", "логистику"]),
])
def test_a_cue_holds_a_restriction(light, text, spans):
    assert [s for s, _r in found(light, text)] == spans


@pytest.mark.parametrize("text", [
    "Прежде всего на встрече обсудили погоду.",  # no cue noun before the restriction
    "Ставки прежде всего на бирже выросли.",  # "ставка" of a market: no cue phrase around the gap
])
def test_a_restriction_without_a_cue(light, text):
    assert found(light, text) == []
