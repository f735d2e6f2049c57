"""Undertakings stated by verb phrases (issue 11, half A): the verbs of a clause a cue opens, an infinitive
joined after the first one's adverbials, adverbial participles, and the verb families the lexicon lacked.
Sentences of our own, through the whole pipeline."""
from __future__ import annotations

import pytest


def _items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expectation, a hope, a promise: each verb phrase of the clause is a step with the cue's stance
        ("Мы рассчитываем, что соседняя сторона тщательно расследует нападение на консульство и накажет "
         "организаторов.",
         [("тщательно расследует нападение на консульство", "calls_for"), ("накажет организаторов", "calls_for")]),
        ("Надеемся, что партнеры построят новый автомобильный мост через пограничную реку.",
         [("построят новый автомобильный мост через пограничную реку", "calls_for")]),
        ("Министр пообещал, что в следующем году будет восстановлено паромное сообщение между портами.",
         [("будет восстановлено паромное сообщение между портами", "proposes")]),
        ("Делегация выступила за то, чтобы члены союза согласовывали тарифы на транзит грузов.",
         [("согласовывали тарифы на транзит грузов", "supports")]),
        # a modal of possibility inside the clause lets its infinitive through
        ("Посол выразил надежду, что сторонам удастся выстроить систему коллективного реагирования на кризисы.",
         [("выстроить систему коллективного реагирования на кризисы", "calls_for")]),
        # no clause after the cue, a result rather than a step, a set of documents: nothing
        ("Мы рассчитываем на поддержку наших партнеров.", []),
        ("Правительство рассчитывает представить результаты проверки до конца года.", []),
        ("Надеемся, что этот визит даст новый импульс отношениям.", []),
        ("Президент пообещал, что в столице будет подписано много документов.", []),
    ],
)
def test_clause_after_cue(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive joined by "и" after the first phrase's adverbials takes the same cue
        ("Призываем соседей не закрывать границы для гуманитарных грузов, особенно зимой, и вовлекать "
         "молодежь в совместные проекты.",
         [("вовлекать молодежь в совместные проекты", "calls_for")]),
        # an infinitive of a relative clause is no second step of the cue
        ("Предлагаем поддержать фонд, который будет помогать фермерам и развивать орошение.", []),
    ],
)
def test_joined_infinitive(extractor, text, expected):
    found = _items(extractor, text)
    assert [x for x in found if x in expected] == expected
    assert not any("развивать орошение" in span for span, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial participle of a verb of undertaking with a concrete object: an item of the cue's stance
        ("Министр предложил уделять больше внимания экологии, создав региональный центр мониторинга климата.",
         [("создав региональный центр мониторинга климата", "proposes")]),
        # the means stated with a bare noun is none
        ("Министр предложил уделять больше внимания экологии, используя опыт соседних стран.", []),
    ],
)
def test_adverbial_participles(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb families of undertaking: building a joint system, drawing a party in, a figure brought to a target,
        # joint monitoring
        ("Нужно выстраивать общую систему раннего предупреждения о паводках.",
         [("выстраивать общую систему раннего предупреждения о паводках", "calls_for")]),
        ("Предлагаем вовлечь соседние государства в проекты по очистке рек.",
         [("вовлечь соседние государства в проекты по очистке рек", "proposes")]),
        ("Лидеры намерены довести взаимный товарооборот до десяти миллиардов долларов.",
         [("довести взаимный товарооборот до десяти миллиардов долларов", "proposes")]),
        ("Министр призвал соседей вести совместный мониторинг качества воды.",
         [("вести совместный мониторинг качества воды", "calls_for")]),
        # a verb of the family with no object names nothing
        ("Нам предстоит многое выстраивать заново.", []),
    ],
)
def test_verb_families(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfective of "считать важным/целесообразным", intent and readiness stated as nouns
        ("Министры сочли целесообразным открыть торговое представительство в столице.",
         [("открыть торговое представительство в столице", "proposes")]),
        ("Компании заявили о намерении учредить совместный фонд.", [("учредить совместный фонд", "proposes")]),
        ("Министерство готово к консультациям с соседями по водным вопросам.",
         [("консультациям с соседями по водным вопросам", "proposes")]),
        # no undertaking after the cue
        ("Министры сочли важным этот вопрос.", []),
        ("Мы готовы к любому развитию событий.", []),
    ],
)
def test_stance_families(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # action nouns without the suffixes -ние/-ция/-ка after "выступаем за"
        ("Делегация выступила за поэтапный переход на расчеты в национальных валютах.",
         [("поэтапный переход на расчеты в национальных валютах", "supports")]),
        ("Выступаем за переход.", []),
        # the infinitive of an attempt the speaker opposes names the step; a danger it names is a threat
        ("Мы против попыток отдельных государств закрыть транзит через свою территорию.",
         [("закрыть транзит через свою территорию", "opposes")]),
        ("Нельзя допустить попыток радикалов совершить теракты в столице.", []),
    ],
)
def test_action_objects(extractor, text, expected):
    assert _items(extractor, text) == expected
