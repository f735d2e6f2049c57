"""Mentions merged into entities: one per body, in order of first mention."""
from __future__ import annotations

import pytest

from shos_speech._stages.institutions.mention import Mention
from shos_speech._stages.institutions.merge import institutions_from_mentions, lead_of
from shos_speech._stages.institutions.registry import Registry


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry()


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


@pytest.mark.parametrize("name, lead", [
    ("Совет министров обороны ОДКБ", "совет министров обороны"),
    ("Совет старейшин ОТГ", "совет старейшин"),
    ("Совет ОТГ", None),
    ("Комитет по делам молодёжи", None),
])
def test_lead_of(name, lead):
    assert lead_of(name) == lead


def test_registry_mentions_merge_by_entry(reg):
    text = "ШОС и Шанхайская организация сотрудничества: одно и то же."
    sco = reg.lookup("ШОС")
    ms = [Mention(*at(text, "Шанхайская организация сотрудничества"), entry=sco),
          Mention(*at(text, "ШОС"), entry=sco, source="registry")]
    [inst] = institutions_from_mentions(text, ms)
    assert (inst.name, inst.acronym, inst.kind, inst.name_en) == (sco.name, "ШОС", "international_organization",
                                                                  sco.name_en)
    assert [m.text for m in inst.mentions] == ["ШОС", "Шанхайская организация сотрудничества"]


def test_a_bare_organ_name_is_the_organ_named_in_full_before():
    text = "Совет старейшин ОТГ собрался в Баку. Совет старейшин одобрил план."
    ms = [Mention(*at(text, "Совет старейшин ОТГ"), name="Совет старейшин ОТГ", kind="organization_body",
                  parent="Организация тюркских государств", source="grammar"),
          Mention(*at(text, "Совет старейшин", 1), name="Совет старейшин", kind="organization_body",
                  source="grammar")]
    [inst] = institutions_from_mentions(text, ms)
    assert inst.name == "Совет старейшин ОТГ"
    assert [m.text for m in inst.mentions] == ["Совет старейшин ОТГ", "Совет старейшин"]


def test_a_lone_acronym_is_the_body_that_introduced_it():
    text = "Создан Фонд чистой воды (ФЧВ). ФЧВ начал работу."
    fund = Mention(*at(text, "Фонд чистой воды"), name="Фонд чистой воды", kind="center", acronym="ФЧВ")
    lone = Mention(*at(text, "ФЧВ", 1), name="ФЧВ", source="ner")
    [inst] = institutions_from_mentions(text, [lone, fund])
    assert (inst.name, inst.acronym, [m.text for m in inst.mentions]) == ("Фонд чистой воды", "ФЧВ",
                                                                          ["Фонд чистой воды", "ФЧВ"])


def test_bodies_of_other_names_stay_apart_and_one_start_is_one_mention():
    text = "Парламент и правительство заседали вместе."
    ms = [Mention(*at(text, "Парламент"), name="Парламент", kind="state_body", source="generic"),
          Mention(*at(text, "Парламент"), name="Парламент", kind="state_body", source="backref"),
          Mention(*at(text, "правительство"), name="Правительство", kind="state_body", source="generic")]
    insts = institutions_from_mentions(text, ms)
    assert [(i.name, len(i.mentions)) for i in insts] == [("Парламент", 1), ("Правительство", 1)]
