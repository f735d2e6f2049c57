"""The sentence under scan: spans of earlier stages, the token tests the steps share, items."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan

from shos_speech._core.stage import DocContext
from shos_speech._stages.initiatives.scan import Item, Spans, is_finite, is_quote
from shos_speech.models import Institution, Span, Threat, ThreatCategory


def test_spans_come_from_the_earlier_stages(light):
    text = "Секретариат ШОС обеспокоен ростом наркотрафика."
    ctx = DocContext(light(text))
    ctx.institutions.append(Institution(name="Секретариат ШОС", mentions=[Span.of(text, 0, 15)]))
    ctx.threats.append(Threat(span=Span.of(text, 34, 46), name="наркотрафик", category=ThreatCategory.drug_trafficking))
    spans = Spans.of(ctx)
    assert spans.institutions == ((0, 15),) and spans.threats == ((34, 46),)


@pytest.mark.parametrize(
    ("word", "in_threat", "in_institution"),
    [("Секретариат", False, True), ("ШОС", False, True), ("наркотрафика", True, False), ("ростом", False, False)],
)
def test_a_token_inside_a_span(light, word, in_threat, in_institution):
    s = scan(light, "Секретариат ШОС обеспокоен ростом наркотрафика.", threats=["наркотрафика"],
             institutions=["Секретариат ШОС"])
    k = index(s, word)
    assert (s.in_threat(k), s.in_institution(k)) == (in_threat, in_institution)


@pytest.mark.parametrize(("word", "expected"),
                         [(",", True), ("и", True), ("а", True), ("также", True), ("фонд", False)])
def test_joiners(light, word, expected):
    s = scan(light, "Создан фонд, и банк, а также центр.")
    assert s.is_joiner(index(s, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Созданы центры.", "центры", True),
        ("Созданы три центра.", "центра", True),
        ("Созданы 3 центра.", "центра", True),
        ("Создан центр.", "центр", False),
    ],
)
def test_plural_heads_announce_lists(light, text, word, expected):
    s = scan(light, text)
    assert s.plural(index(s, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "noun", "finite"),
    [
        ("Стороны строят мост.", "мост", True, False),
        ("Стороны строят мост.", "строят", False, True),
        ("Стороны строят мост при поддержке.", "при", False, False),
        # "ТАПИ" read as a form of "тапеть": an acronym is no verb (nor a noun by a verb's first reading)
        ("Проект ТАПИ реализуется.", "ТАПИ", False, False),
    ],
)
def test_nouns_and_finite_verbs(light, text, word, noun, finite):
    s = scan(light, text)
    k = index(s, word)
    assert (s.is_noun(k), is_finite(s.toks[k])) == (noun, finite)


@pytest.mark.parametrize(("word", "expected"), [("«", True), ('"', True), ("»", False), ("Мост", False)])
def test_quotes(light, word, expected):
    s = scan(light, 'Проект «Мост» и "Путь" завершены.')
    assert is_quote(s.toks[index(s, word)]) is expected


def test_an_item_knows_nothing_until_told():
    it = Item(2, 5, "supports", "np")
    assert (it.head, it.pred, it.enum_of, it.kind, it.listed, it.planned) == (None, -1, None, None, False, False)
