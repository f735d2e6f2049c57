"""The public rules of grammars/initiatives.py are the ones the stage runs, and they agree with their gazetteers."""
from __future__ import annotations

import doctest
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from shos_speech.grammars import initiatives, parser

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _spans(text: str, rule) -> list[str]:
    return [text[m.span.start:m.span.stop] for m in parser(rule).findall(text)]


def test_docstring_examples():
    failed, attempted = doctest.testmod(initiatives, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert attempted > 0 and failed == 0


def test_importing_the_rules_reads_no_data_file():
    code = ("import shos_speech.grammars.initiatives as g\n"
            "from shos_speech._core import lexicon\n"
            "assert lexicon._bundled_sections.cache_info().currsize == 0\n"
            "assert g.stance_phrases.cache_info().currsize == 0 and g.kind_entries.cache_info().currsize == 0\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_stance_is_one_gazetteer_of_every_row():
    g = initiatives.stance_gazetteer()
    assert len(g) == len(initiatives.stance_phrases())
    assert initiatives.STANCE is g.rule and initiatives.RULE is g.rule
    assert {p.stance for _w, p in g.entries} == {"proposes", "supports", "welcomes", "calls_for", "implements",
                                                  "adopts", "opposes", "mentions"}


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        # the rows of "mentions" are in the rule too
        ("Встреча министров состоялась в Астане.", "STANCE", ["состоялась"]),
        ("Встреча министров состоялась в Астане.", "MENTIONS", ["состоялась"]),
        ("Встреча министров состоялась в Астане.", "SUPPORTS", []),
        # gap words between the words of a phrase; adjectives before a noun of it
        ("Мы решительно выступаем также за снятие блокады.", "SUPPORTS", ["выступаем также за"]),
        ("Считаем важной полную реализацию соглашения.", "SUPPORTS", ["Считаем важной полную реализацию"]),
        # a one-word predicate only as the word's most probable reading
        ("Мы открыли центр открытого диалога.", "IMPLEMENTS", ["открыли"]),
        ("Предлагаем провести форум.", "PROPOSES", ["Предлагаем"]),
        ("Мы не поддерживаем эту идею.", "OPPOSES", ["не поддерживаем"]),
    ],
)
def test_stance_rules(text, rule, expected):
    assert _spans(text, getattr(initiatives, rule)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Утверждена дорожная карта сотрудничества.", ["дорожная карта", "сотрудничества"]),
        ("Стороны провели совместные учения.", ["учения"]),
        ("Погода была теплой.", []),
    ],
)
def test_initiative_heads(text, expected):
    assert _spans(text, initiatives.INITIATIVE) == expected


def test_named_initiatives():
    assert _spans("Стороны поддержали Инициативу глобального развития.", initiatives.NAMED) == [
        "Инициативу глобального развития"]
    assert _spans("Стороны поддержали инициативу развития.", initiatives.NAMED) == []


def _corpus_texts() -> list[str]:
    folders = [CORPORA / "dev", CORPORA / "dev-wide"]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"the shared corpora are not here ({CORPORA}): ../shared is absent in a user's clone")
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for f in folders for p in sorted(f.glob("*.json"))]


def _corpus_sentences() -> list[list]:
    from shos_speech._core.analysis import light_document

    return [s.tokens for text in _corpus_texts() for s in light_document(text).sentences if s.tokens]


def _rule_spans(p, toks) -> list[tuple[int, int]]:
    return [(m.span.start, m.span.stop) for m in p.findall(toks)]


def _hit_spans(hits, toks) -> list[tuple[int, int]]:
    return [(toks[h.start].span.start, toks[h.stop - 1].span.stop) for h in hits]


def _may_match(g, toks) -> bool:
    """Can the gazetteer's rule match in the sentence at all? Its first word needs one of the first forms."""
    return any(t.value in g.first_forms or t.lemmas & g.first_forms for t in toks)


@pytest.mark.slow
@pytest.mark.parametrize("gazetteer", ["head_gazetteer", "bundled_named"])
def test_gazetteer_and_rule_agree_on_the_corpora(gazetteer):
    """Every sentence: the same spans (the stance gazetteer is checked through the stage, below)."""
    g = getattr(initiatives, gazetteer)()
    p = parser(g.rule)
    for toks in _corpus_sentences():
        if _may_match(g, toks):
            assert _hit_spans(g.findall(toks), toks) == _rule_spans(p, toks), toks
        else:
            assert g.findall(toks) == []


class _Recording:
    """The stage's stance gazetteer, recording the matches the stage asks it for."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.first_forms = gazetteer.first_forms
        self.matches_at = gazetteer.matches_at  # a probe at one token ("хотел бы поблагодарить"), not a scan
        self.calls: list[tuple[list, list]] = []

    def findall(self, toks):
        hits = self.gazetteer.findall(toks)
        self.calls.append((toks, hits))
        return hits


@pytest.mark.slow
def test_the_stages_trigger_matches_are_the_rules():
    """Sentence by sentence, the stance predicates the stage finds are ``parser(RULE).findall``; the
    sentences it does not ask about (no predicate's first word) hold no match of the rule either."""
    from shos_speech._core.analysis import light_document
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    stage = InitiativesStage()
    assert stage.lex.stances is initiatives.stance_gazetteer()
    recording = _Recording(stage.lex.stances)
    stage.lex = replace(stage.lex, stances=recording)
    docs = [light_document(text) for text in _corpus_texts()]
    for doc in docs:
        stage(DocContext(doc))
    assert len(recording.calls) > 100
    p = parser(initiatives.RULE)
    for toks, hits in recording.calls:
        assert _hit_spans(hits, toks) == _rule_spans(p, toks), toks
    asked = {id(toks) for toks, _hits in recording.calls}
    for doc in docs:
        for sent in doc.sentences:
            if sent.tokens and id(sent.tokens) not in asked:
                assert _rule_spans(p, sent.tokens) == [], sent.text
