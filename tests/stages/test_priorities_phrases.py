"""Phrases: the extent of PRIORITY_NP at a position, where it is cut, its head and class, the call's cache."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities import phrases
from shos_speech._stages.priorities.phrases import Phrase, Sent, concrete, generic, head, np_at


def sent(text: str) -> Sent:
    return Sent(text, tokenize(text), {})


def extent(s: Sent, ph: Phrase | None) -> str | None:
    return None if ph is None else s.text[s.toks[ph.start].start:s.toks[ph.stop - 1].stop]


@pytest.mark.parametrize("text, phrase", [
    ("развитие трансграничной торговли в национальных валютах",
     "развитие трансграничной торговли в национальных валютах"),
    ("подготовка врачей для сельских больниц", "подготовка врачей для сельских больниц"),
    ("расширение экспорта до 3 млрд долларов", "расширение экспорта до 3 млрд долларов"),
    ("обмен опытом", "обмен опытом"),
    ("всех форм терроризма", "всех форм терроризма"),
    # cut where the phrase cannot go on: a relative clause, "за счет", "прежде всего", a dated tail
    ("сохранение ледников, которые питают реки", "сохранение ледников"),
    ("модернизация сетей за счет инвестиций", "модернизация сетей"),
    ("развитие туризма прежде всего паломнического", "развитие туризма"),
    ("снижение тарифов с 2027 года", "снижение тарифов"),
    ("защита «зеленой» экономики. Далее", "защита «зеленой» экономики"),
    # adjectives coordinated with commas under one noun
    ("развитие возобновляемых, малых и средних гидроэлектростанций",
     "развитие возобновляемых, малых и средних гидроэлектростанций"),
    ("сотрудничество в культурном, научном и спортивном измерениях",
     "сотрудничество в культурном, научном и спортивном измерениях"),
    ("цифровую экономику, зеленую энергетику", "цифровую экономику"),
    # a phrase may open with the first part of a compound adjective
    ("военно-техническому сотрудничеству.", "военно-техническому сотрудничеству"),
    ("культурно-гуманитарные связи", "культурно-гуманитарные связи"),
    ("политико-дипломатическое урегулирование, у которого", "политико-дипломатическое урегулирование"),
])
def test_extent(text, phrase):
    s = sent(text)
    assert extent(s, np_at(s, 0)) == phrase


@pytest.mark.parametrize("text, k", [
    ("министр иностранных дел", 0),  # a person heads no direction
    ("он поддержал инициативу", 0),  # a pronoun
    ("и развитие туризма", 0),  # a conjunction opens no phrase
    ("развитие туризма", 5),  # past the end
])
def test_no_phrase(text, k):
    assert np_at(sent(text), k) is None


def test_the_parse_of_a_start_is_kept_in_the_call_cache(monkeypatch):
    s = sent("Приоритетом остается развитие туризма и спорта.")
    calls = []
    real = phrases.anchored_match
    monkeypatch.setattr(phrases, "anchored_match", lambda p, toks, memo=None: calls.append(1) or real(p, toks, memo))
    first, again = np_at(s, 2), np_at(s, 2)
    assert (first.start, first.stop) == (again.start, again.stop) == (2, 6)
    assert len(calls) == 1 and len([k for k in s.cache if k != "token_memo"]) == 1
    other = Sent(s.text, s.toks, {})  # another call parses for itself
    assert np_at(other, 2) is not None and len(calls) == 2


@pytest.mark.parametrize("text, word", [
    ("развитие научно-технического сотрудничества", "развитие"),
    ("научно-технического сотрудничества", "сотрудничества"),
    ("энергетической и продовольственной безопасности", "безопасности"),
])
def test_head(text, word):
    s = sent(text)
    assert s.toks[head(s.toks, Phrase(0, len(s.toks)))].value == word


@pytest.mark.parametrize("text, is_generic, is_concrete", [
    ("приоритетные направления", True, False),
    ("эти вопросы", True, False),
    ("реализация стратегии", False, True),
    ("подписание соглашения", False, True),
    ("проект газопровода", False, True),
    ("реализация потенциала", False, False),
    ("развитие туризма", False, False),
    # an undertaking deeper in the phrase; a status is an Initiative
    ("согласование условий учреждения категории партнеров", False, True),
    ("предоставление статуса наблюдателя", False, True),
    ("расширение проекта «Цифровая школа»", False, True),
    ("расширение взаимной торговли", False, False),
    ("модернизация железных дорог", False, False),
    # a project with a proper name is concrete, a class of projects is not
    ("развитие Транссибирской магистрали", False, True),
    ("использование коридора «Север – Юг»", False, True),
    ("развитие международных транспортных коридоров", False, False),
    ("завершение строительства Рогунской ГЭС", False, True),
    ("развитие коридора Китай – Кыргызстан – Узбекистан", False, True),
    ("Транспортные коридоры региона", False, False),  # capitalized for opening the sentence
])
def test_classes_of_a_head(text, is_generic, is_concrete):
    s = sent(text)
    ph = Phrase(0, len(s.toks))
    assert (generic(s.toks, ph), concrete(s.toks, ph)) == (is_generic, is_concrete)
