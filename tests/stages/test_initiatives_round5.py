"""Classes of the language the fifth round of the initiatives work covers (issue 11), on sentences of our
own through the whole pipeline: meetings announced, documents being prepared, an opponent's undertaking
opposed in a predicative frame."""
from __future__ import annotations

import pytest


def _items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


def _events(extractor, text: str) -> list[str]:
    return [i.span.text for i in extractor.extract(text).initiatives if i.kind.value == "event"]


# ---- 1. a meeting set apart (ordinal, attribute, body, place) and announced is an event -------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a relative clause in the future right after it
        ("Убежден, что восьмой саммит организации, который Монголия проведет в 2027 году, станет важным событием.",
         "восьмой саммит организации"),
        ("Журналисты спросили о подготовке к заседанию Совета министров, которое пройдет в Бишкеке в мае.",
         "заседанию Совета министров"),
        # the subject of a future verb, or the place of one
        ("Министр подчеркнул, что главным событием года станет 12-е заседание межправительственной комиссии.",
         "12-е заседание межправительственной комиссии"),
        ("Новые правила будут утверждены на весенней сессии парламентской ассамблеи в Минске.",
         "весенней сессии парламентской ассамблеи в Минске"),
        ("В Бишкеке откроется заседание Совета глав правительств.", "заседание Совета глав правительств"),
        ("На третьем заседании комиссии стороны обсудят энергетику.", "третьем заседании комиссии"),
        ("Внеочередная сессия ассамблеи в следующем году рассмотрит бюджет.", "Внеочередная сессия ассамблеи"),
        # a conjunct whose verb is left out after a dash takes the future of the clause before it
        ("Согласно плану, пятая встреча министров обороны состоится в 2025 году, а третий саммит – в 2026 году.",
         "третий саммит"),
        # an invitation or a preparation
        ("Президент пригласил коллег на третий форум регионов в Оренбурге.", "третий форум регионов в Оренбурге"),
    ],
)
def test_a_meeting_announced_is_an_event(extractor, text, span):
    assert span in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the meeting of the statement itself, or one unset apart
        "На этом заседании мы примем важные решения.",
        "На встрече министры обсудят торговлю.",
        "На заседании Совета министров мы обсудим торговлю.",
        # a meeting in the past or the present tense is the one reported on
        "Шестой саммит прошел в Астане.",
        "Участники третьей конференции, которая проходит в столице, обсудили экологию.",
        "Делегаты второго форума, состоявшегося в мае, приняли резолюцию.",
        "Пятая встреча министров прошла в 2023 году, а третий саммит – в 2024 году.",
        "Самарканд принял первый саммит «Центральная Азия – Африка».",
        "Первый саммит «Центральная Азия – Африка» прошел в Ташкенте.",
        "Президент провел встречу с коллегой в кулуарах второго саммита «Центральная Азия – Россия».",
    ],
)
def test_a_meeting_reported_on_is_none(extractor, text):
    assert _events(extractor, text) == []


def test_a_quoted_meeting_to_come_stays(extractor):
    assert _events(extractor, "Третий саммит «Центральная Азия – Африка» состоится в 2027 году в Каире.") == [
        "Третий саммит «Центральная Азия – Африка»"]


# ---- 2. a document being prepared, presented or brought in -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр представил концепцию председательства и план мероприятий по ее реализации.",
         [("концепцию председательства", "proposes"), ("план мероприятий по ее реализации", "proposes")]),
        ("Мы готовим программу сотрудничества на 2026–2028 годы.",
         [("программу сотрудничества на 2026–2028 годы", "implements")]),
        ("Стороны готовят проект совместного заявления о продовольственной безопасности.",
         [("проект совместного заявления о продовольственной безопасности", "implements")]),
        ("Делегация представит проект Концепции сотрудничества в области энергетики.",
         [("проект Концепции сотрудничества в области энергетики", "proposes")]),
        ("Председательство внесло на рассмотрение проект концепции военного сотрудничества.",
         [("проект концепции военного сотрудничества", "proposes")]),
        ("Мы предложим утвердить программу сотрудничества и обновленный перечень мер по охране границы.",
         [("утвердить программу сотрудничества", "proposes"),
          ("обновленный перечень мер по охране границы", "proposes")]),
    ],
)
def test_a_document_prepared_or_presented(extractor, text, expected):
    assert _items(extractor, text) == expected


def test_a_draft_is_a_document(extractor):
    r = extractor.extract("Стороны готовят проект совместного заявления о продовольственной безопасности.")
    assert [i.kind.value for i in r.initiatives] == ["strategy"]


@pytest.mark.parametrize(
    "text",
    [
        # presenting anything but a document, and no verb after it
        "Президент представил свое видение развития организации.",
        "Депутат представляет интересы избирателей.",
        "Организация должна представлять и отстаивать свои интересы на глобальном уровне.",
        "Он представил нового министра коллективу.",
        "Стороны внесли вклад в урегулирование.",
        "Мы готовим спортсменов к олимпиаде.",
        # a schedule without a stance
        "Каждый сотрудник получает график работы.",
    ],
)
def test_presenting_no_document_is_none(extractor, text):
    assert _items(extractor, text) == []
