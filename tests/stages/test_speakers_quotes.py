"""Quoted passages (outermost, contents only) and where their author is named."""
from __future__ import annotations

import pytest
from speakers_support import context

from shos_speech._stages.speakers.quotes import author_region, document_quotes, quote_spans


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text)]


@pytest.mark.parametrize("text, passages", [
    ("«Мы открыты к диалогу», — заявил министр.", ["Мы открыты к диалогу"]),
    # nested quotes belong to the outer passage
    ("«Проект „Один пояс — один путь“ отвечает нашим интересам», — сказал он.",
     ["Проект „Один пояс — один путь“ отвечает нашим интересам"]),
    ('"Угрозы, включая "кибератаки", можно отразить только сообща", - сказал посол.',
     ['Угрозы, включая "кибератаки", можно отразить только сообща']),
    # two passages, in text order
    ("«Да», — сказал он. «Нет», — ответила она.", ["Да", "Нет"]),
    # an unclosed quote is no passage
    ("Министр назвал «исторической встречу лидеров.", []),
    # a straight quote after a word closes nothing and opens nothing
    ('Размер 5" не указан.', []),
    ("Саммит прошел в Астане.", []),
])
def test_quote_spans(text, passages):
    assert quoted(text) == passages


@pytest.mark.parametrize("text, author", [
    ("«Мы за диалог», — заявил Президент Таджикистана.", "заявил Президент Таджикистана"),
    ("«Мы за диалог»,- подчеркнул министр", "подчеркнул министр"),
    ("Министр иностранных дел Монголии заявил: «Мы за диалог».", "Министр иностранных дел Монголии заявил"),
    ("Делегация отметила важность встречи. Посол сказал: «Мы за диалог».", " Посол сказал"),
    # the quote on the lines after the colon ("написал:\n\n«...»"): the clause before the colon
    ("Посол в своем Telegram-канале написал:\n«Мы за диалог».", "Посол в своем Telegram-канале написал"),
    ("Итоги встречи.\nМинистр заявил:\n\n«Мы за диалог».", "Министр заявил"),
])
def test_author_region(text, author):
    qa, qb = quote_spans(text)[0]
    a, b = author_region(text, qa, qb)
    assert text[a:b] == author


def test_a_quote_with_no_dash_after_and_no_colon_before_has_no_author_region():
    text = "Стороны назвали «Шанхайский дух» основой отношений."
    qa, qb = quote_spans(text)[0]
    assert author_region(text, qa, qb) is None


def test_document_quotes_are_found_once_per_call():
    ctx = context("«Да», — сказал он. «Нет», — ответила она.")
    quotes = document_quotes(ctx)
    assert document_quotes(ctx) is quotes
    assert quotes.contains(ctx.text.index("Нет"), ctx.text.index("Нет") + 3)
    assert not quotes.contains(ctx.text.index("сказал"), ctx.text.index("сказал") + 6)
