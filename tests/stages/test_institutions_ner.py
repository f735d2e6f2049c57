"""natasha's ORG spans: registry names, bodies of their own, and what is no body (given spans, no model)."""
from __future__ import annotations

import pytest

from shos_speech._core.document import NerSpan
from shos_speech._stages.institutions.mention import Mention
from shos_speech._stages.institutions.ner import ner_mentions
from shos_speech._stages.institutions.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.build()


def org(text: str, words: str) -> NerSpan:
    start = text.index(words)
    return NerSpan(start, start + len(words), "ORG")


def from_ner(light, res, text, words, existing=()):
    doc = light(text, [org(text, words)])
    return [m for m in ner_mentions(doc, list(existing), res) if m.source == "ner"]


@pytest.mark.parametrize("text, words, name, kind", [
    ("Как передаёт Жахон, переговоры прошли в Ташкенте.", "Жахон", "Жахон", "media"),
    ("Переговоры прошли в Ташкенте, сообщает «Дунё».", "Дунё", "Дунё", "media"),
    ("Контракт получила фирма Памирэнергострой.", "Памирэнергострой", "Памирэнергострой", "other"),
    ("Грант выделил Исламский банк развития.", "Исламский банк развития", "Исламский банк развития", "center"),
])
def test_an_org_span_is_a_body(light, res, text, words, name, kind):
    found = from_ner(light, res, text, words)
    assert [(m.name or m.entry.name, m.kind if m.entry is None else m.entry.kind) for m in found] == [(name, kind)]


def test_a_registry_name_natasha_found_is_the_entry(light, res):
    text = "Вопрос обсуждался в Организации Объединенных Наций."
    found = from_ner(light, res, text, "Организации Объединенных Наций")
    assert [m.entry.name for m in found] == ["Организация Объединенных Наций"]


@pytest.mark.parametrize("text, words", [
    ("Концерт прошёл во Дворце Независимости.", "Дворце Независимости"),
    ("В Бишкеке пройдёт форум «Иссык-Куль+10».", "Иссык-Куль+10"),
    ("Видео опубликовали в Telegram.", "Telegram"),
    ("Об этом писали СМИ.", "СМИ"),
    ("Премию вручил Президент Узбекистана.", "Президент Узбекистана"),
    # a capitalized head and lowercase words: a back-reference, resolved by the back-references
    ("Потенциал Организации в борьбе с терроризмом велик.", "Организации в борьбе"),
    ("Доклад подготовил Центр исследований пустынь.", "Центр исследований пустынь"),
])
def test_an_org_span_that_is_no_body(light, res, text, words):
    assert from_ner(light, res, text, words) == []


def test_an_acronym_introduced_in_the_span_is_cut_off(light, res):
    text = "Доклад подготовил Центр изучения Каспия (ЦИК) в Ашхабаде."
    found = from_ner(light, res, text, "Центр изучения Каспия (ЦИК)")
    assert [(text[m.start:m.stop], m.kind) for m in found] == [("Центр изучения Каспия", "center")]


def test_a_span_overlapping_a_mention_is_left_out(light, res):
    text = "Доклад опубликовал Евразийский банк развития в Алматы."
    start = text.index("Евразийский")
    known = Mention(start, start + len("Евразийский банк развития"), name="Евразийский банк развития")
    doc = light(text, [org(text, "банк развития в Алматы")])
    assert ner_mentions(doc, [known], res) == [known]


def test_a_span_running_on_in_latin_replaces_the_registry_name(light, res):
    text = "Интервью опубликовало агентство Associated Press of Pakistan."
    start = text.index("Associated")
    known = Mention(start, start + len("Associated Press"), source="registry")
    doc = light(text, [org(text, "Associated Press of Pakistan")])
    out = ner_mentions(doc, [known], res)
    assert known not in out
    assert [(text[m.start:m.stop], m.kind) for m in out] == [("Associated Press of Pakistan", "media")]
