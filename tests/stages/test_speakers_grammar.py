"""The speaker rules and the stage's use of them: the stage runs exactly ``grammars.speakers``."""
from __future__ import annotations

import doctest
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from speakers_support import grammar

from shos_speech._core.analysis import light_document
from shos_speech._core.tokens import tokenize
from shos_speech.grammars import parser
from shos_speech.grammars import speakers as rules
from shos_speech.grammars.common import fact_tokens

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def spans(matches) -> list[tuple[int, int]]:
    return [(m.span.start, m.span.stop) for m in matches]


def test_docstring_examples():
    failed, attempted = doctest.testmod(rules, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert attempted > 0 and failed == 0


def test_importing_the_rules_reads_no_lexicon():
    code = ("import shos_speech.grammars.speakers, shos_speech._core.lexicon as lx; "
            "print(lx.words.cache_info().currsize + lx.word_file.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_an_unknown_rule_is_an_attribute_error():
    with pytest.raises(AttributeError):
        rules.NO_SUCH_RULE  # noqa: B018


@pytest.mark.parametrize("word, reporting", [
    ("заявил", True),
    ("подчеркивается", True),
    ("отметила", True),
    ("информирует", False),  # a news agency reports
    ("информировал", True),
    ("заявление", False),
    ("прибыл", False),
])
def test_reporting_verb(word, reporting):
    tok = tokenize(word)[0]
    assert grammar().is_reporting(tok) is reporting
    assert bool(parser(rules.REPORTING_VERB).find(word)) is reporting


def test_a_media_verb_is_a_speech_verb_all_the_same():
    # "информирует" reports no speaker in a sentence, but still makes a quote's author region a report
    tok = tokenize("информирует")[0]
    assert grammar().is_speech(tok) and not grammar().is_reporting(tok)
    assert bool(parser(rules.MEDIA_VERB).find("Сообщает агентство")) and not parser(rules.MEDIA_VERB).find("сообщил")


@pytest.mark.parametrize("word, titles", [
    ("Президентом", {"президент"}),
    ("главы", {"глава"}),
    ("Генсек", {"генсек"}),
    ("заявил", set()),
])
def test_title_words(word, titles):
    assert grammar().title_words(tokenize(word)[0]) == titles
    assert grammar().is_title(tokenize(word)[0]) is bool(titles)


@pytest.mark.parametrize("text, pronoun, basis", [
    ("По его словам, транзит вырос.", "его", "словам"),
    ("Как отметил министр, по ее оценке, транзит вырос.", "ее", "оценке"),
    ("По мнению экспертов, транзит вырос.", None, "мнению"),
    # the source's preposition, with its own bases
    ("С его слов, транзит вырос.", "его", "слов"),
    ("Со слов министра, транзит вырос.", None, "слов"),
])
def test_according(text, pronoun, basis):
    match = grammar().according.first(tokenize(text))
    assert (match.fact.pronoun, match.fact.basis) == (pronoun, basis)
    assert bool(fact_tokens(match, "pronoun")) is (pronoun is not None)


@pytest.mark.parametrize("text", ["По итогам встречи транзит вырос.", "По его поручению создана комиссия.",
                                  # "с" goes with "слов" only
                                  "С данным предложением согласились все.", "С его мнением согласились все."])
def test_no_according(text):
    assert grammar().according.first(tokenize(text)) is None


@pytest.mark.parametrize("text, kind", [
    ("В ходе переговоров было подчеркнуто значение транзита.", "meeting"),
    ("На саммите было отмечено значение транзита.", "meeting"),
    ("Во итоговом документе отмечается значение транзита.", "document"),
    ("В декларации говорится о значении транзита.", "document"),
    ("Как говорится в заявлении, транзит важен.", "document"),
    ("Министр подчеркнул значение транзита.", None),
    ("На заседаниях было отмечено значение транзита.", None),  # spellings, not lemmas
])
def test_voice(text, kind):
    match = grammar().voice.first(tokenize(text))
    assert (match.fact.kind if match else None) == kind


@pytest.mark.parametrize("text, continues", [
    ("Во-первых, транзит растет.", True),
    ("«Кроме того, транзит растет».", True),
    ("Третьим шагом станет цифровизация.", True),
    ("Ещё одной задачей остается энергетика.", False),  # "ещё одной" is not written in the list
    ("Транзит, во-первых, растет.", False),  # only at the start
    ("Вторая встреча прошла в Баку.", False),
])
def test_continues(text, continues):
    assert grammar().continues(tokenize(text)) is continues


@pytest.mark.parametrize("text, hands_back", [
    ("Об этом заявил министр.", True),
    ("Такую оценку дал министр.", True),
    ("Так считает министр.", True),
    ("Таким образом, транзит растет.", False),
    ("«Об этом заявил министр».", False),
])
def test_hands_back(text, hands_back):
    assert grammar().hands_back(tokenize(text)) is hands_back


# -- on the corpora: the stage's matches are the rules' ---------------------------------------------
@cache
def corpus_sentences() -> list:
    if not SHARED.exists():
        pytest.skip(f"the shared corpora are not here ({SHARED}): ../shared is absent in a user's clone")
    out = []
    for folder in ("dev", "dev-wide"):
        for path in sorted((SHARED / folder).glob("*.json")):
            out += light_document(json.loads(path.read_text(encoding="utf-8"))["text"]).sentences
    return out


@pytest.mark.slow
@pytest.mark.parametrize("gazetteer", [rules.speech_verbs, rules.titles])
def test_gazetteer_and_its_rule_give_the_same_spans(gazetteer):
    g = gazetteer()
    p = parser(g.rule)
    for sent in corpus_sentences():
        toks = sent.tokens
        by_index = [(toks[h.start].span.start, toks[h.stop - 1].span.stop) for h in g.findall(toks)]
        assert by_index == spans(p.findall(toks)), sent.text


@pytest.mark.slow
@pytest.mark.parametrize("rule_name, test", [("REPORTING_VERB", "is_reporting"), ("TITLE", "is_title")])
def test_the_stages_word_triggers_are_the_rules_matches(rule_name, test):
    p = parser(getattr(rules, rule_name))
    ask = getattr(grammar(), test)
    for sent in corpus_sentences():
        assert [(t.span.start, t.span.stop) for t in sent.tokens if ask(t)] == spans(p.findall(sent.tokens)), sent.text


@pytest.mark.slow
@pytest.mark.parametrize("rule_name, anchored", [("ACCORDING", "according"), ("VOICE", "voice")])
def test_the_stages_construction_matches_are_the_rules_matches(rule_name, anchored):
    p = parser(getattr(rules, rule_name))
    found = getattr(grammar(), anchored)
    hits = 0
    for sent in corpus_sentences():
        expected = spans(p.findall(sent.tokens))
        assert spans(found.findall(sent.tokens)) == expected, sent.text
        hits += len(expected)
    assert hits > 0


@pytest.mark.slow
@pytest.mark.parametrize("rule_name, test", [("CONTINUATION", "continues"), ("ABOUT_THIS", "hands_back")])
def test_the_stages_sentence_openings_are_the_rules_matches(rule_name, test):
    p = parser(getattr(rules, rule_name))
    ask = getattr(grammar(), test)
    hits = 0
    for sent in corpus_sentences():
        toks = sent.tokens
        first = next((t for t in toks if test == "hands_back" or t.value not in '«"„'), None)
        opening = first is not None and any(m.span.start == first.span.start for m in p.findall(toks))
        assert ask(toks) is opening, sent.text
        hits += opening
    assert hits > 0
