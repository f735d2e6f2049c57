"""The author of a quote: named after it past a dash, before it with a colon, or a title referring back."""
from __future__ import annotations

import pytest
from speakers_support import context, grammar

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
