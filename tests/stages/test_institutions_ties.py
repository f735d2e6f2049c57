"""Mentions tied to a body by the text: bare ministry acronyms, branches of named groups, organ heads alone."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._stages.institutions import InstitutionsStage


@pytest.fixture(scope="module")
def stage() -> InstitutionsStage:
    return InstitutionsStage()


def entities(light, stage, text: str) -> list[tuple[str, str, list[str]]]:
    ctx = DocContext(light(text))
    stage(ctx)
    for i in ctx.institutions:
        assert all(m.text == text[m.start:m.end] for m in i.mentions)
    return [(i.name, i.kind.value, [m.text for m in i.mentions]) for i in ctx.institutions]


MFA_TJ = "Министерство иностранных дел Республики Таджикистан"
MFA_IN = "Министерство иностранных дел Индии"


@pytest.mark.parametrize("text, expected", [
    # the document named one state's ministry before: the bare acronym is that ministry
    ("Брифинг провела пресс-секретарь МИД Таджикистана. На вопрос, как МИД оценивает итоги визита, она ответила.",
     [(MFA_TJ, "state_body", ["МИД Таджикистана", "МИД"])]),
    # a country adjective before the acronym names the state, and then counts as the one named
    # two ministries named before it: the one the text introduced first is the one it is about
    ("Министерство иностранных дел Таджикистана выразило соболезнования МИД Узбекистана. В МИД напомнили о мерах.",
     [(MFA_TJ, "state_body", ["Министерство иностранных дел Таджикистана", "МИД"]),
      ("Министерство иностранных дел Республики Узбекистан", "state_body", ["МИД Узбекистана"])]),
    ("Делегацию возглавил глава индийского МИД. По словам представителя МИД, переговоры шли трудно.",
     [(MFA_IN, "state_body", ["МИД", "МИД"])]),
])
def test_a_bare_ministry_acronym_is_the_ministry_the_text_names(light, stage, text, expected):
    assert entities(light, stage, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry named only after it is often another state's: the bare acronym stays as written
    ("МИД распространил заявление. Позже глава МИД Таджикистана прибыл в Москву.",
     [("МИД", "state_body", ["МИД"]), (MFA_TJ, "state_body", ["МИД Таджикистана"])]),
    ("В МИД пообещали подробности. Главы МИД Таджикистана и МИД Узбекистана встретятся в Термезе.",
     [("МИД", "state_body", ["МИД"]), (MFA_TJ, "state_body", ["МИД Таджикистана"]),
      ("Министерство иностранных дел Республики Узбекистан", "state_body", ["МИД Узбекистана"])]),
    # no state at all: a state body named by its acronym, not an "other"
    ("Сотрудники МИД подготовили проект ноты.", [("МИД", "state_body", ["МИД"])]),
])
def test_a_bare_ministry_acronym_without_one_state_stays_as_written(light, stage, text, expected):
    assert entities(light, stage, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Особую тревогу вызывает вербовочная активность «ИГИЛ-Хорасан» в приграничье.",
     [("ИГИЛ-Хорасан", "other", ["ИГИЛ-Хорасан"])]),
    ("Ответственность за нападение взяло на себя «Исламское государство – Хорасан».",
     [("Исламское государство – Хорасан", "other", ["Исламское государство – Хорасан"])]),
])
def test_a_dash_and_a_place_name_after_a_group_name_its_branch(light, stage, text, expected):
    assert entities(light, stage, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lowercase word after the dash is the sentence going on, not a branch
    ("ИГИЛ – давний и опасный противник.", [("Исламское государство", "other", ["ИГИЛ"])]),
    # an organization and its partner in a dash make a format, not a branch of the organization
    ("Встреча в формате ШОС – Китай прошла в Пекине.",
     [("Шанхайская организация сотрудничества", "international_organization", ["ШОС"])]),
])
def test_a_dash_after_a_registry_name_is_not_always_a_branch(light, stage, text, expected):
    assert entities(light, stage, text) == expected
