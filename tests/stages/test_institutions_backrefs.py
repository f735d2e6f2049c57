"""Mentions of a body named before: capitalized heads, lowercase bodies, acronyms introduced in parentheses."""
from __future__ import annotations

import pytest

from shos_speech._stages.institutions.backrefs import introduced_acronyms, refers_to
from shos_speech._stages.institutions.mention import Mention
from shos_speech._stages.institutions.mentions import find_mentions
from shos_speech._stages.institutions.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.build()


def later_mentions(light, res, text, sources=("backref", "generic", "acronym")):
    return [(text[m.start:m.stop], m.source, m.entry.name if m.entry else m.name)
            for m in find_mentions(light(text), res) if m.source in sources]


@pytest.mark.parametrize("text, mentions", [
    ("Делегации прибыли на саммит СНГ. Возможности Содружества велики.",
     [("Содружества", "backref", "Содружество Независимых Государств")]),
    ("Узбекистан поддерживает ШОС. Этой Организации двадцать лет.",
     [("Этой Организации", "backref", "Шанхайская организация сотрудничества")]),
    # a name opening with the head wins over a later one where it comes second
    ("Организация тюркских государств и Международная организация тюркской культуры провели форум. "
     "Позиция Организации ясна.", [("Организации", "backref", "Организация тюркских государств")]),
    # a capital at the start of a sentence says nothing; nothing named before, nothing referred to
    ("Делегации прибыли на саммит СНГ. Содружество готовит доклад.", []),
    ("Потенциал Организации велик.", []),
])
def test_capitalized_back_references(light, res, text, mentions):
    assert later_mentions(light, res, text) == mentions


@pytest.mark.parametrize("text, mentions", [
    ("Законопроект рассмотрел парламент.", [("парламент", "generic", "парламент")]),
    ("Казахстанское правительство одобрило план.",
     [("Казахстанское правительство", "generic", "Казахстанское правительство")]),
    ("Заседание Кабинета министров Республики Таджикистан прошло в Душанбе. Решение кабмина опубликовано.",
     [("кабмина", "backref", "Кабинет министров Республики Таджикистан")]),
    # not a body of its own without one named before; a building; a government to be formed
    ("Вопрос обсудили на заседании кабмина.", []),
    ("Вопрос обсудили в здании правительства.", []),
    ("Стороны выступили за инклюзивное правительство.", []),
])
def test_lowercase_bodies(light, res, text, mentions):
    assert later_mentions(light, res, text) == mentions


def test_an_acronym_introduced_in_parentheses_names_the_body_wherever_it_recurs(light, res):
    text = "Стороны учредили Каспийский фонд чистой воды (КФЧВ). Средства КФЧВ пойдут на очистку."
    ms = find_mentions(light(text), res)
    fund = ms[0]
    assert (text[fund.start:fund.stop], fund.acronym) == ("Каспийский фонд чистой воды", "КФЧВ")
    assert [(text[m.start:m.stop], m.source, m.name) for m in ms[1:]] == [
        ("КФЧВ", "acronym", "Каспийский фонд чистой воды")] * 2


def test_an_acronym_after_a_back_reference_is_nobodys():
    text = "Центр (ЦМИ) открыт. ЦМИ работает."
    ref = Mention(0, 5, name="Центр", source="backref")
    assert introduced_acronyms(text, [ref]) == []


@pytest.mark.parametrize("lemmas, expected", [
    (frozenset({"организация"}), "Организация Договора о коллективной безопасности"),
    # the parent of a named organ is referred to by its own head
    (frozenset({"совет"}), "Совет министров обороны ОДКБ"),
    (frozenset({"банк"}), None),
])
def test_refers_to_the_latest_body_with_the_head(res, lemmas, expected):
    reg = res.registry
    prior = [Mention(0, 4, entry=reg.lookup("ОДКБ")), Mention(10, 20, entry=reg.lookup("Совет министров обороны ОДКБ"))]
    target = refers_to(reg, lemmas, prior)
    assert (target.entry.name if target else None) == expected
