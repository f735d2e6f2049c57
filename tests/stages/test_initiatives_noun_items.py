"""Noun-phrase undertakings without a stance verb of their own (issue 11, half B), on sentences of our own
through the whole pipeline: kinds of placements, drafts of documents, counted documents of a body, named
operations and missions, specific meetings, infrastructure named by its proper name, membership gained."""
from __future__ import annotations

import pytest


def _items(extractor, text: str) -> list[tuple[str, str, str]]:
    return [(i.span.text, i.kind.value, i.stance.value) for i in extractor.extract(text).initiatives]


def _kinds(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.kind.value) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a placement takes the kind of what is placed: weapons or forces deployed are other,
        # a body placed is set up
        ("Москва выступает против размещения иностранных ракет у своих границ.",
         [("размещения иностранных ракет у своих границ", "other")]),
        ("Мы выступаем против развертывания военных баз третьих стран в регионе.",
         [("развертывания военных баз третьих стран в регионе", "other")]),
        ("Стороны поддержали размещение в Душанбе регионального центра по ледникам.",
         [("размещение в Душанбе регионального центра по ледникам", "institution_building")]),
        ("Мы предлагаем разместить штаб-квартиру нового фонда в Ташкенте.",
         [("разместить штаб-квартиру нового фонда в Ташкенте", "institution_building")]),
    ],
)
def test_placements_take_the_kind_of_what_is_placed(extractor, text, expected):
    assert _kinds(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft of a capitalized document names the document, as the document alone does
        ("Делегация изучила проект Концепции сотрудничества в области энергетики.",
         [("Концепции сотрудничества в области энергетики", "strategy")]),
        ("Секретариат сообщил, что проект Программы действий до 2030 года почти согласован.",
         [("проект Программы действий до 2030 года", "strategy")]),
        # a draft of a lowercase document or of "документ" names none by itself
        ("Проект документа обсуждался долго.", []),
        ("Эксперты долго спорили, и проект программы так и остался на бумаге.", []),
    ],
)
def test_a_draft_of_a_named_document(extractor, text, expected):
    assert _kinds(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a security operation with a quoted name, or a mission or contingent of a body named after it
        ("Генсек отметил, что антитеррористическая операция «Граница-2025» дала результаты.",
         [("антитеррористическая операция «Граница-2025»", "cooperation", "mentions")]),
        ("Он сообщил, что миротворческая миссия ООН в регионе будет продлена.",
         [("миротворческая миссия ООН в регионе", "cooperation", "mentions")]),
        # a bare operation (a bank's, a trade one) or a mission of no body names none
        ("Банк провел операцию с валютой.", []),
        ("Эта миссия оказалась непростой для всех.", []),
        ("Миротворческая миссия в таких условиях невозможна.", []),
    ],
)
def test_operations_and_missions(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a port, an airport or a terminal named by a capitalized adjective is a project, with the action
        # noun that governs it
        ("Эксперты обсудили модернизацию Туркменбашинского международного морского порта.",
         [("модернизацию Туркменбашинского международного морского порта", "project", "mentions")]),
        ("Стороны договорились о строительстве Навоийского грузового терминала.",
         [("строительстве Навоийского грузового терминала", "project", "adopts")]),
        # a port named by no proper name is none
        ("Порт работает круглосуточно.", []),
        ("Делегация осмотрела морской порт и склады.", []),
    ],
)
def test_named_ports(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # documents counted and issued by the body named after them are one undertaking
        ("Две резолюции Генеральной Ассамблеи ООН, принятые по этому вопросу, не выполняются.",
         [("резолюции Генеральной Ассамблеи ООН", "strategy", "mentions")]),
        # a counted set of documents of no body is none
        ("Стороны подписали 23 документа о сотрудничестве.", []),
        ("Были приняты три резолюции, и работа продолжается.", []),
    ],
)
def test_counted_documents_of_a_body(extractor, text, expected):
    assert _items(extractor, text) == expected
