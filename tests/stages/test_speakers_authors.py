"""The author of a quote: named after it past a dash, before it with a colon, or a title referring back."""
from __future__ import annotations

import pytest
from speakers_support import attributed, context, grammar

from shos_speech._stages.speakers.authors import quote_authors
from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import find_persons
from shos_speech._stages.speakers.quotes import document_quotes
from shos_speech._stages.speakers.sentences import sentence_speakers


def authors_of(text: str, *names: str) -> list[tuple[str, str]]:
    """(quoted passage, author) of every quote with an author."""
    ctx = context(text, *names)
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    quotes = document_quotes(ctx)
    whos = sentence_speakers(ctx.doc, quotes, cast, grammar())
    return [(text[a:b], who) for a, b, who in quote_authors(ctx.doc, quotes, whos, cast, grammar())]


@pytest.mark.parametrize("text, names, authors", [
    ("«Транзит через регион растет», — заявил Президент Туркменистана Сердар Бердымухамедов.",
     ("Сердар Бердымухамедов",), [("Транзит через регион растет", "Сердар Бердымухамедов")]),
    ("Глава МИД Монголии Батмунхийн Батцэцэг заявила: «Мы поддерживаем диалог».", ("Батмунхийн Батцэцэг",),
     [("Мы поддерживаем диалог", "Батмунхийн Батцэцэг")]),
    # a title after the dash refers back to the speaker so far
    ("Президент Туркменистана Сердар Бердымухамедов выступил первым. «Транзит растет», — подчеркнул глава "
     "государства.", ("Сердар Бердымухамедов",), [("Транзит растет", "Сердар Бердымухамедов")]),
])
def test_quote_authors(text, names, authors):
    assert authors_of(text, *names) == authors


@pytest.mark.parametrize("text", [
    # the words after the dash report nothing
    "«Шанхайский дух» — основа отношений.",
    # no dash after, no colon before
    "Стороны назвали «Шанхайский дух» основой отношений.",
])
def test_a_quote_with_no_author(text):
    assert authors_of(text) == []


@pytest.mark.parametrize("text, names, authors", [
    # a pronoun after the dash is the person the sentence before named
    ("Глава МИД Казахстана Мурат Нуртлеу выступил первым. «Транзит растет. Мы строим новые дороги», — сказал он.",
     ("Мурат Нуртлеу",), [("Транзит растет. Мы строим новые дороги", "Мурат Нуртлеу")]),
    ("Министр иностранных дел Монголии Батмунхийн Батцэцэг напомнила о транзите. «Мы открыты для партнеров», – "
     "отметила она.", ("Батмунхийн Батцэцэг",), [("Мы открыты для партнеров", "Батмунхийн Батцэцэг")]),
])
def test_a_quote_whose_author_is_a_pronoun(text, names, authors):
    assert authors_of(text, *names) == authors


def test_a_pronoun_with_no_one_named_before_is_no_author():
    assert authors_of("«Транзит растет», — сказал он.") == []


@pytest.mark.parametrize("text, fragment, speaker", [
    # an item that opens with the quote's opening mark is inside the quote
    # (a quote of two sentences: the first has no verb of speech of its own)
    ("Глава МИД Казахстана Мурат Нуртлеу выступил первым. «Транзитный коридор – это проект мира. Мы "
     "приглашаем всех к участию», — сказал Нуртлеу.", "«Транзитный", "Мурат Нуртлеу"),
    # a quoted name in the narrator's words stays the narrator's
    ("Глава МИД Казахстана Мурат Нуртлеу выступил первым. «Транзит растет», — сказал Нуртлеу.\n\n"
     "Коридор «Север – Юг» откроют в мае.", "«Север", None),
])
def test_the_speaker_at_an_opening_quotation_mark(text, fragment, speaker):
    ctx = attributed(text, "Мурат Нуртлеу", "Нуртлеу")
    assert ctx.speaker_at(text.index(fragment)) == speaker
