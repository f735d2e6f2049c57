"""Cues: the PRIORITY_CUE gazetteer (ordinal, inserts), strength, rank, rejected triggers; the
gazetteer and the stage's triggers against the yargy rule on the dev corpora."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.cues import find_cues, strength_of, triggers
from shos_speech.grammars import parser
from shos_speech.grammars import priorities as grammar

CORPORA = [Path(__file__).resolve().parents[3] / "shared" / "corpus" / name for name in ("dev", "dev-wide")]


def cue_texts(text: str) -> list[tuple[str, str, int | None]]:
    toks = tokenize(text)
    return [(text[toks[c.start].start:toks[c.stop - 1].stop], c.strength, c.rank) for c in find_cues(toks)]


@pytest.mark.parametrize("sentence, cues", [
    ("Первоочередной задачей правительства остается модернизация ирригационных сетей.",
     [("Первоочередной задачей", "strong", None)]),
    # an ordinal before the cue ranks it; an adjective may stand inside the cue
    ("Четвертым приоритетом председательства станет цифровая повестка.", [("Четвертым приоритетом", "strong", 4)]),
    ("В качестве второго приоритета министр обозначил водную дипломатию.",
     [("В качестве второго приоритета", "strong", 2)]),
    ("Стороны уделят особое внимание охране горных ледников.", [("уделят особое внимание", "strong", None)]),
    # "одной из": the instrumental a naming verb takes belongs to the cue
    ("Министр назвал одной из главных задач сокращение бедности.", [("одной из главных задач", "strong", None)]),
    ("Развитие водной дипломатии сегодня важно как никогда.", [("важно", "predicate", None)]),
])
def test_cues_of_a_sentence(sentence, cues):
    assert cue_texts(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Важным решением стало выполнение решений саммита.",  # an attribute of the noun after it
    "Соглашение стало важной частью договорной базы.",  # an attribute of the noun after it
    "Стороны обсудили приоритетные вопросы повестки.",
    "Делегации обменялись мнениями о ситуации в регионе.",  # no cue word at all
])
def test_triggers_that_are_no_cue(sentence):
    assert cue_texts(sentence) == []


@pytest.mark.parametrize("sentence, strength", [
    # "уделять внимание" is weak, "приоритетный внимание" strong: the match holds both
    ("Делегации уделяют приоритетное внимание продовольственной безопасности.", "strong"),
    ("Делегации уделяют внимание продовольственной безопасности.", "weak"),
])
def test_the_strongest_phrase_inside_the_match_decides(sentence, strength):
    toks = tokenize(sentence)
    (hit,) = triggers(toks)
    assert strength_of(toks, hit.start, hit.stop) == strength


def test_ties_resolve_as_yargy_does():
    """"важное значение придается" is one cue, not "важное" + "значение придается" (equal coverage)."""
    text = "В экономической повестке важное значение придается упрощению визового режима."
    toks = tokenize(text)
    spans = [(h.start, h.stop) for h in triggers(toks)]
    assert spans == [(3, 6)]
    assert [(m.span.start, m.span.stop) for m in parser(grammar.RULE).findall(toks)] == [
        (toks[3].start, toks[5].stop)]


@pytest.mark.parametrize("sentence", [
    "Третьим приоритетом станет развитие туризма.",
    "Главный акцент будет сделан на подготовке кадров.",
    "Особое внимание было уделено охране лесов.",
    "Стороны подчеркнули особую важность водной дипломатии.",
])
def test_triggers_are_the_rule_matches(sentence):
    toks = tokenize(sentence)
    got = [(toks[h.start].start, toks[h.stop - 1].stop) for h in triggers(toks)]
    assert got and got == [(m.span.start, m.span.stop) for m in parser(grammar.RULE).findall(toks)]


def _sentences() -> list[list]:
    from shos_speech._core.analysis import light_document

    missing = [str(c) for c in CORPORA if not c.is_dir()]
    if missing:
        pytest.skip(f"the shared corpora are not here ({', '.join(missing)}): ../shared is absent in a user's clone")
    out = []
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.json")):
            doc = light_document(json.loads(path.read_text(encoding="utf-8"))["text"])
            out += [s.tokens for s in doc.sentences]
    return out


@pytest.fixture(scope="module")
def rule_matches():
    """Per sentence of dev and dev-wide: its tokens, every span the rule matches (token indices) and
    ``parser(RULE).findall`` — Parser.findall's own steps on one chart, which is the slow part."""
    from yargy.parser import prepare_resolved_matches, prepare_trees

    p = parser(grammar.RULE)
    out = []
    for toks in _sentences():
        trees = sorted(prepare_trees(p.chart(toks).matches(p.rule)))
        spans = {tuple(t.range) for t in trees}
        out.append((toks, spans, [(m.span.start, m.span.stop) for m in prepare_resolved_matches(trees)]))
    return out


@pytest.mark.slow
def test_gazetteer_and_its_rule_match_the_same_spans_on_the_corpora(rule_matches):
    g = grammar.cue_gazetteer()
    assert grammar.RULE is g.rule
    found = 0
    for toks, spans, _ in rule_matches:
        mine = {(h.start, h.stop) for i in range(len(toks)) for h in g.matches_at(toks, i)}
        assert mine == spans, [t.value for t in toks]
        found += len(mine)
    assert found > 100


@pytest.mark.slow
def test_stage_triggers_are_the_rule_findall_on_the_corpora(rule_matches):
    for toks, _, findall in rule_matches:
        assert [(toks[h.start].start, toks[h.stop - 1].stop) for h in triggers(toks)] == findall
