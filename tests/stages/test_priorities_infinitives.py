"""Infinitive items after a goal cue: the verb phrase, its verbal-noun name, what is no item."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.infinitives import verbal_noun
from shos_speech._stages.priorities.sentences import fill


def found(light, text: str) -> list[tuple[str, str]]:
    ctx = DocContext(light(text))
    fill(ctx)
    return [(p.span.text, p.name) for p in ctx.priorities]


@pytest.mark.parametrize("verb, noun", [
    # the suffix rules, a consonant alternation where the stem asks for one
    ("повысить", "повышение"), ("снизить", "снижение"), ("сократить", "сокращение"), ("упростить", "упрощение"),
    ("углубить", "углубление"), ("укрепить", "укрепление"), ("вовлекать", "вовлечение"),
    ("удержать", "удержание"), ("расширять", "расширение"), ("преодолеть", "преодоление"),
    ("привлечь", "привлечение"), ("довести", "доведение"), ("раскрыть", "раскрытие"),
    ("модернизировать", "модернизация"), ("диверсифицировать", "диверсификация"),
    ("финансировать", "финансирование"), ("совершенствовать", "совершенствование"),
    ("противодействовать", "противодействие"),
    # irregular pairs, and a rule's noun of another sense replaced ("противостояние", "строение")
    ("вернуть", "возвращение"), ("развивать", "развитие"), ("противостоять", "противодействие"),
    ("построить", "строительство"), ("подготовить", "подготовка"),
    ("зюзюкать", None),
])
def test_verbal_noun(verb, noun):
    assert verbal_noun(verb) == noun


@pytest.mark.parametrize("text, items", [
    ("Главная задача Союза — сократить издержки малого бизнеса.",
     [("сократить издержки малого бизнеса", "сокращение издержек малого бизнеса")]),
    ("Перед нами стоит задача упростить таможенные процедуры.",
     [("упростить таможенные процедуры", "упрощение таможенных процедур")]),
    # a counted goal noun before the colon ("на трех задачах: повысить ...")
    ("Нужно сосредоточить усилия на двух задачах: снизить тарифы и расширить экспорт.",
     [("снизить тарифы", "снижение тарифов"), ("расширить экспорт", "расширение экспорта")]),
    # a list of infinitives after a colon
    ("Правительство поставило перед собой две задачи: диверсифицировать экспорт и привлечь инвестиции в регионы.",
     [("диверсифицировать экспорт", "диверсификация экспорта"),
      ("привлечь инвестиции в регионы", "привлечение инвестиций в регионы")]),
    # an adverb stays in the span, not in the name; an object in another case keeps it
    ("Главное сейчас — совместно противостоять кибератакам.",
     [("совместно противостоять кибератакам", "противодействие кибератакам")]),
    # the verb's prepositional phrase before its object; "как" before the infinitive
    ("Главный вопрос сегодня — как вернуть в регион инвестиции.",
     [("вернуть в регион инвестиции", "возвращение в регион инвестиций")]),
    # a time phrase before the infinitive; after a necessity's infinitive the list goes on with infinitives
    ("Перед нами стоит задача за три года удвоить экспорт.", [("удвоить экспорт", "удвоение экспорта")]),
    ("Министр заострил внимание на необходимости снизить тарифы и упростить визовый режим.",
     [("снизить тарифы", "снижение тарифов"), ("упростить визовый режим", "упрощение визового режима")]),
    # a necessity after a cue: the infinitive it governs; the cue's preposition repeated separates items
    ("Министр сделал акцент на подготовке кадров и на необходимости модернизировать систему образования.",
     [("подготовке кадров", "подготовка кадров"),
      ("модернизировать систему образования", "модернизация системы образования")]),
])
def test_infinitive_items(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Главная задача — подписать соглашение о свободной торговле.",  # a concrete undertaking: an Initiative
    "Наша задача — начать строительство.",  # the object is an undertaking itself
    "Важно усилить контакты между секретариатами.",  # no goal cue: a call to act
    "А главное — мы научились работать вместе.",  # "главное" as a parenthesis before a clause
    "Главное — не снижать темпы.",  # a negated verb names no direction (but "не допустить X" is a goal of prevention)
    "Его главная задача — поставить на ноги младшего сына.",  # a person is no direction
])
def test_no_infinitive_item(light, text):
    assert found(light, text) == []
