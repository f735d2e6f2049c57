"""Mentions of one document: the registry and the BODY rule per sentence, then the other finders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.institutions.mentions import body_matches, find_mentions, may_open_name
from shos_speech._stages.institutions.resources import Resources
from shos_speech.grammars import institutions
from shos_speech.grammars.common import parser

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.build()


def found(light, res, text):
    return [(text[m.start:m.stop], m.source) for m in find_mentions(light(text), res)]


@pytest.mark.parametrize("text, mentions", [
    # a registry name holding the whole body wins over the grammar
    ("Итоги подвёл Совет министров иностранных дел ШОС на встрече в Бишкеке.",
     [("Совет министров иностранных дел ШОС", "registry")]),
    # a body's name holding a registry name is the body
    ("В Душанбе открылось Представительство ШОС по делам молодёжи.",
     [("Представительство ШОС по делам молодёжи", "grammar")]),
    # a registry name at the start of a longer grammar match stays the registry's
    ("Организации Объединенных Наций в Таджикистане передали оборудование.",
     [("Организации Объединенных Наций", "registry")]),
    ("Делегацию принял Комитет по чрезвычайным ситуациям Республики Узбекистан.",
     [("Комитет по чрезвычайным ситуациям Республики Узбекистан", "grammar")]),
    ("Соглашение подписали Министерство финансов Казахстана и Евразийский банк развития.",
     [("Министерство финансов Казахстана", "registry"), ("Евразийский банк развития", "registry")]),
    ("В Оше собралась Кыргызско-казахстанская межправительственная комиссия.",
     [("Кыргызско-казахстанская межправительственная комиссия", "grammar")]),
    ("В Оше собралась кыргызско-казахстанская межправительственная комиссия.", []),
])
def test_registry_and_grammar_per_sentence(light, res, text, mentions):
    assert found(light, res, text) == mentions


def test_later_finders_see_what_came_before(light, res):
    text = "Генеральный секретарь ООН посетил Бишкек. Секретариат Организации подготовил доклад."
    ms = find_mentions(light(text), res)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert [(text[m.start:m.stop], m.entry.name) for m in ms] == [
        ("ООН", "Организация Объединенных Наций"), ("Секретариат Организации", "Секретариат ООН")]


@pytest.mark.parametrize("words, k, opens", [
    ("Региональный центр", 0, True),
    ("Совет директоров", 0, True),
    ("Минфин Казахстана", 0, True),
    ("Кыргызско - китайский", 0, True),
    ("совет директоров", 0, False),
    ("Москва приняла", 0, False),
    ("Asian Development Bank", 0, False),
    ("Иван Петров", 0, False),
])
def test_may_open_name(res, words, k, opens):
    assert may_open_name(tokenize(words), k, res) == opens


def corpus_sentences() -> list:
    from shos_speech._core.analysis import light_document

    folders = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev-wide"]
    if not all(f.exists() for f in folders):
        pytest.skip(f"the dev corpora are not here ({SHARED}/corpus): ../shared is absent in a user's clone")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for f in folders for p in sorted(f.glob("*.json"))]
    return [s for t in texts for s in light_document(t).sentences if s.tokens]


@pytest.mark.slow
def test_the_stages_trigger_matches_are_the_rules_on_the_corpora(res):
    """BODY parsed from the words that can open a name, and BACKREF where a later capitalized
    head stands, give exactly ``parser(rule).findall`` (the registry: test_institutions_registry)."""
    from shos_speech._stages.institutions.backrefs import backref_matches

    body, backref = parser(institutions.BODY), parser(institutions.BACKREF)
    sentences = corpus_sentences()
    n_body = n_backref = 0
    for sent in sentences:
        toks = sent.tokens
        got = [m.span for m in body_matches(toks, res)]
        assert got == [m.span for m in body.findall(toks)], sent.text
        refs = [m.span for m in backref_matches(toks, res)]
        assert refs == [m.span for m in backref.findall(toks)], sent.text
        n_body, n_backref = n_body + len(got), n_backref + len(refs)
    assert n_body > 100 and n_backref > 20, (n_body, n_backref)  # the corpora exercise both
