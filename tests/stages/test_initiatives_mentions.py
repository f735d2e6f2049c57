"""Undertakings named without a stance: registry names, documents, quoted names, place lists."""
from __future__ import annotations

import pytest
from initiatives_scan import scan, words

from shos_speech._stages.initiatives.mentions import named_mentions, without_stance


def _mentions(light, text: str, **spans) -> list[tuple[str, str | None, str | None]]:
    s = scan(light, text, **spans)
    return [(words(s, it.start, it.stop), it.named.name if it.named else None, it.kind) for it in without_stance(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a registry name in any case form
        ("Делегации обсудили Инициативу глобального развития и ее итоги.",
         [("Инициативу глобального развития", "Инициатива глобального развития", None)]),
        # a document's proper name; a bare document noun is none
        ("Делегации обсудили Бишкекскую декларацию.", [("Бишкекскую декларацию", None, None)]),
        ("Делегации обсудили декларацию.", []),
        # a quoted or Latin name after a strategy head ends the mention; a motto is none
        ("Делегации обсудили стратегию «Зеленые ворота» и ее итоги.", [("стратегию «Зеленые ворота»", None, None)]),
        ("Делегации обсудили концепцию SECURE в Пекине.", [("концепцию SECURE", None, None)]),
        ("Делегации обсудили девиз «Вместе к миру».", []),
        ("Делегации обсудили инициативу о создании банка семян.", [("инициативу о создании банка семян", None, None)]),
        ("Делегации обсудили преобразование СВМДА в полноформатную организацию.",
         [("преобразование СВМДА в полноформатную организацию", None, None)]),
        # "по инициативе X" names who proposed, not an undertaking
        ("Делегации выступили по инициативе Казахстана.", []),
        # directions are not one project
        ("Делегации обсудили маршруты Север – Юг и Восток – Запад.", []),
        ("Делегации обсудили три стратегии: Стратегию развития, Стратегию безопасности.",
         [("Стратегию развития", None, None), ("Стратегию безопасности", None, None)]),
    ],
)
def test_without_stance(light, text, expected):
    assert _mentions(light, text) == expected


def test_infrastructure_named_by_its_places_is_a_project(light):
    s = scan(light, "Делегации обсудили будущую автодорогу Ош – Иркештам до границы.")
    (it,) = without_stance(s)
    assert (words(s, it.start, it.stop), it.kind) == ("будущую автодорогу Ош – Иркештам", "project")


def test_a_body_among_the_institutions_is_no_mention(light):
    text = "Делегации обсудили Бишкекскую декларацию ШОС."
    assert _mentions(light, text) == [("Бишкекскую декларацию ШОС", None, None)]
    assert _mentions(light, text, institutions=["Бишкекскую декларацию ШОС"]) == []


def test_a_registry_name_inside_an_institution_only_lends_its_entry(light):
    text = "Делегации обсудили Инициативу глобального развития."
    s = scan(light, text)
    assert [it.link_only for it in named_mentions(s)] == [False]
    s = scan(light, text, institutions=["Инициативу глобального развития"])
    assert [it.link_only for it in named_mentions(s)] == [True]


def test_a_quoted_registry_name_takes_its_head_and_quotes(light):
    s = scan(light, "Делегации обсудили инициативу «Один пояс, один путь» в Пекине.")
    (it,) = named_mentions(s)
    assert words(s, it.start, it.stop) == "инициативу «Один пояс, один путь»"
    assert it.named is not None and it.named.proposer


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a place adjective the analyzer reads first as a noun or a verb still opens the document's name
        ("Делегация не присоединилась к абзацу Циндаоской декларации о торговле.", "Циндаоской декларации о торговле"),
        ("Стороны вспомнили Циндаоскую декларацию о торговле.", "Циндаоскую декларацию о торговле"),
    ],
)
def test_a_capitalized_adjective_opens_a_documents_name(light, text, span):
    s = scan(light, text)
    assert [s.text[s.toks[it.start].span.start:s.toks[it.stop - 1].span.stop] for it in without_stance(s)] == [span]


def _stage(light, text):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light(text))
    InitiativesStage()(ctx)
    return [(i.span.text, i.kind.value, i.stance.value) for i in ctx.initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named projects in quotes, with the stance of what governs them
        ("Россия поддерживает развитие коридора «Север – Юг».",
         [("развитие коридора «Север – Юг»", "project", "supports")]),
        ("Казахстан реализует проект «Зеленый мост».", [("проект «Зеленый мост»", "project", "implements")]),
        # "равно как и", "а также" join a second undertaking, governed as the first
        ("Мы предлагаем партнерам активнее использовать ее возможности, равно как и транспортный коридор "
         "«Север – Юг».", [("транспортный коридор «Север – Юг»", "project", "proposes")]),
        # the action noun governing a named project is in its span
        # (a verb of progress after it makes it implemented: tests/stages/test_initiatives_round6.py)
        ("Строительство газопровода «Сила Сибири – 2» продолжается.",
         [("Строительство газопровода «Сила Сибири – 2»", "project", "implements")]),
        # a motto in quotes is none
        ("Саммит прошел под девизом «Вместе к миру».", []),
    ],
)
def test_named_projects_in_quotes(light, text, expected):
    assert _stage(light, text) == expected
