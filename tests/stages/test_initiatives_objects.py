"""What a stance predicate governs: the walk to its object, the objects it accepts, participles."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan, words

from shos_speech._stages.initiatives.objects import agrees_strictly, object_of
from shos_speech._stages.initiatives.predicates import stance_predicates


def _objects(light, text: str, predicate: str, **spans) -> list[tuple[str, str]]:
    s = scan(light, text, **spans)
    (p,) = [p for p in stance_predicates(s) if words(s, p.start, p.stop) == predicate]
    return [(words(s, it.start, it.stop), it.source) for it in object_of(s, p.start, p.stop, p.phrase)]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # an addressee is stepped over, the preposition after it opens the undertaking
        ("Мы поддерживаем Кыргызстан в проведении саммита.", "поддерживаем", [("проведении саммита", "np")]),
        ("Призываем стороны к скорейшему подписанию соглашения.", "Призываем",
         [("скорейшему подписанию соглашения", "np")]),
        ("Мы поддерживаем партнеров в этом вопросе.", "поддерживаем", []),
        # "any" predicates take an action noun unless it is generic
        ("Москва выступает за демократизацию совета.", "выступает за", [("демократизацию совета", "np")]),
        ("Мы выступаем за уважение суверенитета.", "выступаем за", []),
        ("Москва согласна на демократизацию совета.", "согласна на", [("демократизацию совета", "np")]),
        # an infinitive phrase; an order names its step unless a routine one
        ("Президент поручил правительству ускорить строительство дороги.", "поручил",
         [("ускорить строительство дороги", "inf")]),
        ("Президент поручил правительству принять меры.", "поручил", []),
        ("Лидеры предлагают в 2027 году провести саммит в Бишкеке.", "предлагают",
         [("провести саммит в Бишкеке", "inf")]),
        # a modal verb is stepped over, a back-reference is no undertaking, a clause is none
        ("Мы хотим поддержать строительство ГЭС.", "поддержать", [("строительство ГЭС", "np")]),
        ("Мы поддерживаем этот проект.", "поддерживаем", []),
        ("Стороны высоко оценили, что проект завершен.", "высоко оценили", []),
    ],
)
def test_object_of(light, text, predicate, expected):
    assert _objects(light, text, predicate) == expected


def test_the_author_named_after_a_participle(light):
    s = scan(light, "Мы поддерживаем выдвинутую Президентом Узбекистана инициативу о создании водного консорциума.")
    p = stance_predicates(s)[0]
    (it,) = object_of(s, p.start, p.stop, p.phrase)
    assert words(s, it.start, it.stop) == "инициативу о создании водного консорциума"
    assert it.proposer == "Президент Узбекистана"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Подписан пакет документов, включая Соглашение о свободной торговле и Протокол о таможне.",
         ["Соглашение о свободной торговле", "Протокол о таможне"]),
        # a generic set without a list is no undertaking
        ("Стороны подписали пакет документов в Астане.", []),
    ],
)
def test_documents_after_a_generic_set(light, text, expected):
    s = scan(light, text)
    p = stance_predicates(s)[0]
    assert [words(s, it.start, it.stop) for it in object_of(s, p.start, p.stop, p.phrase)] == expected


@pytest.mark.parametrize(
    ("text", "institutions", "expected"),
    [
        ("Мы поддерживаем работу Секретариата ШОС.", (), [("работу Секретариата ШОС", "np")]),
        # an existing body at work is no undertaking
        ("Мы поддерживаем работу Секретариата ШОС.", ("Секретариата ШОС",), []),
    ],
)
def test_an_existing_body_at_work(light, text, institutions, expected):
    assert _objects(light, text, "поддерживаем", institutions=institutions) == expected


@pytest.mark.parametrize(
    ("text", "threats", "expected"),
    [
        # a threat is no undertaking, unless a deliberate step the speaker opposes
        ("Мы поддерживаем размещение ракет в регионе.", ("размещение ракет",), []),
        ("Мы выступаем против размещения ракет в регионе.", ("размещения ракет",),
         [("размещения ракет в регионе", "np")]),
    ],
)
def test_threats_as_objects(light, text, threats, expected):
    s = scan(light, text, threats=threats)
    p = stance_predicates(s)[0]
    assert [(words(s, it.start, it.stop), it.source) for it in object_of(s, p.start, p.stop, p.phrase)] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Принятая Душанбинская декларация", "Душанбинская", True),
        ("Принятая Душанбинская декларация", "декларация", True),
        ("Принятая соглашения", "соглашения", False),
        ("Принятые декларации", "декларации", True),
        ("Принятые декларация", "декларация", False),
    ],
)
def test_participle_agreement(light, text, word, expected):
    s = scan(light, text)
    assert agrees_strictly(s.toks[0], s.toks[index(s, word)]) is expected


def test_a_participle_takes_the_noun_it_agrees_with(light):
    s = scan(light, "Одобренная главами государств Стратегия развития ШОС вступает в силу.")
    p = stance_predicates(s)[0]
    assert words(s, p.start, p.stop) == "Одобренная"
    assert [words(s, it.start, it.stop) for it in object_of(s, p.start, p.stop, p.phrase)] == ["Стратегия развития ШОС"]
