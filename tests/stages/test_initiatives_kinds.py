"""Kinds: heads of the lexicon (longest phrase first), infinitives, wrappers taking the kind they wrap."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan

from shos_speech._stages.initiatives.kinds import (
    bare_document,
    kind_at,
    kind_of,
    time_noun,
    verb_kind,
    wraps,
    wraps_kind,
)
from shos_speech._stages.initiatives.scan import Item


@pytest.mark.parametrize(
    ("text", "word", "kind", "role"),
    [
        ("Утверждена дорожная карта сотрудничества.", "карта", "strategy", "doc"),
        # a phrase starting at the word counts too: "дорожная" heads "дорожная карта"
        ("Утверждена дорожная карта сотрудничества.", "дорожная", "strategy", "doc"),
        ("Стороны провели совместные учения.", "учения", "event", "noun"),
        ("Обсуждалась реализация решений.", "реализация", "other", "defer"),
        ("Страны оказали гуманитарную помощь.", "помощь", "assistance", "noun"),
    ],
)
def test_kind_at(light, text, word, kind, role):
    s = scan(light, text)
    e = kind_at(s, index(s, word))
    assert e is not None and (e.kind, e.role) == (kind, role)


@pytest.mark.parametrize(("text", "word"), [("Погода была теплой.", "Погода"),
                                            ("Стороны обсудили ситуацию.", "ситуацию")])
def test_no_kind(light, text, word):
    s = scan(light, text)
    assert kind_at(s, index(s, word)) is None


@pytest.mark.parametrize(
    ("word", "kind", "noun"),
    [("создать", "institution_building", ""), ("провести", "event", ""), ("оказать", "assistance", "оказание")],
)
def test_verb_kind(light, word, kind, noun):
    s = scan(light, f"Решено {word} все необходимое.")
    e = verb_kind(s, 1)
    assert e is not None and (e.kind, e.noun) == (kind, noun)


def test_a_noun_is_no_verb_kind(light):
    s = scan(light, "Решено фонд.")
    assert verb_kind(s, 1) is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a deverbal noun wraps a project named in its genitive chain
        ("Стороны приветствовали завершение модернизации железной дороги.", "завершение", True),
        ("Стороны приветствовали завершение переговоров.", "завершение", False),
        # a struggle against a threat wraps nothing
        ("Стороны приветствовали борьбу с терроризмом.", "борьбу", False),
    ],
)
def test_wraps(light, text, word, expected):
    s = scan(light, text)
    assert wraps(s, index(s, word)) is expected


def test_a_threat_in_the_chain_is_no_wrapped_undertaking(light):
    text = "Стороны приветствовали завершение модернизации железной дороги."
    s = scan(light, text, threats=["модернизации железной дороги"])
    assert not wraps(s, index(s, "завершение"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Начата подготовка саммита.", True), ("Начата подготовка кадров.", False)],
)
def test_strict_wrappers_need_an_undertaking(light, text, expected):
    s = scan(light, text)
    assert wraps_kind(s, index(s, "подготовка")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Форум пройдет в следующем году.", True),
        ("Форум пройдет в 2026 году.", True),
        ("Объявлен Год народных ремесел.", False),
        ("Объявлен год народных ремесел.", False),
    ],
)
def test_time_nouns(light, text, expected):
    s = scan(light, text)
    k = next(i for i, t in enumerate(s.toks) if "год" in t.lemmas)
    assert time_noun(s, k) is expected


def _np(s, first: str, head: str, stop: str | None = None, source: str = "np") -> Item:
    end = index(s, stop) if stop else len(s.toks) - 1
    return Item(index(s, first), end, "supports", source, head=index(s, head))


@pytest.mark.parametrize(
    ("text", "first", "head", "kind"),
    [
        ("Мы поддерживаем реализацию программы сотрудничества.", "реализацию", "реализацию", "strategy"),
        ("Мы поддерживаем реализацию решений.", "реализацию", "реализацию", "other"),
        ("Мы поддерживаем проведение совместных учений.", "проведение", "проведение", "event"),
    ],
)
def test_a_wrapper_takes_the_kind_it_wraps(light, text, first, head, kind):
    s = scan(light, text)
    assert kind_of(s, _np(s, first, head)) == kind


def test_an_existing_body_is_cooperation_unless_set_up(light):
    text = "Мы поддерживаем привлечение ресурсов Евразийского банка развития."
    s = scan(light, text, institutions=["Евразийского банка развития"])
    assert kind_of(s, _np(s, "привлечение", "привлечение")) == "cooperation"
    text = "Мы поддерживаем создание Евразийского банка развития."
    s = scan(light, text, institutions=["Евразийского банка развития"])
    assert kind_of(s, _np(s, "создание", "создание")) == "institution_building"


def test_an_infinitive_decides_when_its_object_names_no_kind(light):
    s = scan(light, "Решено оказать поддержку соседям.")
    it = Item(1, 4, "adopts", "inf", head=3, verb=1)
    assert kind_of(s, it) == "assistance"


@pytest.mark.parametrize(
    ("text", "stance", "expected"),
    [
        ("Стороны подписали декларацию.", "adopts", True),
        ("Стороны поддержали декларацию.", "supports", False),
        ("Стороны подписали документы.", "adopts", False),
    ],
)
def test_bare_documents(light, text, stance, expected):
    s = scan(light, text)
    it = Item(2, 3, stance, "np", head=2)
    assert bare_document(s, it) is expected
