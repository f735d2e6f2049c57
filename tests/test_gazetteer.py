"""The gazetteer: big lexicons by a first-lemma index, and the same lexicon as a yargy rule."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from yargy import rule
from yargy.predicates import gram

from shos_speech._core.tokens import tokenize
from shos_speech.grammars import parser
from shos_speech.grammars.gazetteer import Gap, Gazetteer, Word, name_words

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def lemma(*forms: str, **kw) -> Word:
    return Word(frozenset(forms), **kw)


ADVERB_GAP = Gap(lambda t: t.pos in ("ADVB", "PRCL"), 2)
STANCES = Gazetteer([
    ((lemma("выступать"), lemma("за")), "supports"),
    ((lemma("выступать"), lemma("против")), "opposes"),
    ((lemma("поддерживать"),), "supports"),
    ((lemma("открыть", first_reading=True),), "implements"),
], gap=lambda w: ADVERB_GAP)


def spans_of(g: Gazetteer, text: str) -> tuple[list, list]:
    toks = tokenize(text)
    mine = [(toks[h.start].span.start, toks[h.stop - 1].span.stop) for h in g.findall(toks)]
    theirs = [tuple(m.span) for m in parser(g.rule).findall(toks)]
    return mine, theirs


@pytest.mark.parametrize("text, payloads", [
    ("Мы выступаем за снятие барьеров.", ["supports"]),
    ("Мы выступаем также решительно против блокады.", ["opposes"]),
    ("Казахстан поддерживает эту инициативу и выступает за диалог.", ["supports", "supports"]),
    ("Президент открыл новый терминал.", ["implements"]),
    ("Это открытого типа площадка.", []),  # "открытого" reads first as the adjective, not a form of "открыть"
    ("Выступаем ли мы вообще сегодня за это?", []),  # three words between: more than the gap allows
])
def test_phrases_with_gap_words_and_first_readings(text, payloads):
    toks = tokenize(text)
    assert [h.payload for h in STANCES.findall(toks)] == payloads


@pytest.mark.parametrize("text", [
    "Мы выступаем также решительно против блокады и поддерживаем диалог.",
    "Президент открыл новый терминал, а министр выступил за продолжение работы.",
    "Ничего из лексикона здесь нет.",
])
def test_rule_and_index_agree(text):
    mine, theirs = spans_of(STANCES, text)
    assert mine == theirs


def test_rule_composes_into_a_larger_rule():
    toks = tokenize("Мы выступаем за диалог.")
    [m] = parser(rule(STANCES.rule, gram("NOUN"))).findall(toks)
    assert m.span == (3, 22)


def test_registry_names_need_the_capital_and_the_acronym_spelling():
    g = Gazetteer([(name_words("Консультативная встреча"), "body"), (name_words("ШОС"), "sco")])
    toks = tokenize("Консультативной встречи глав ШОС и консультативные встречи экспертов, а также шос.")
    assert [(h.start, h.payload) for h in g.findall(toks)] == [(0, "body"), (3, "sco")]


def test_longest_cover_wins_like_yargy():
    g = Gazetteer([((lemma("совет"), lemma("министр")), "a"), ((lemma("министр"), lemma("иностранный"),
                                                                  lemma("дело")), "b")])
    mine, theirs = spans_of(g, "Совет министров иностранных дел собрался.")
    assert mine == theirs == [(6, 31)]


def _corpus_sentences() -> list[str]:
    folders = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev-wide"]
    if not all(f.exists() for f in folders):
        pytest.skip(f"the dev corpora are not here ({SHARED}): ../shared is absent in a user's clone")
    from razdel import sentenize

    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for f in folders for p in sorted(f.glob("*.json"))]
    return [s.text for t in texts for s in sentenize(t)]


@pytest.mark.slow
def test_threat_trigger_rule_equals_its_gazetteer_on_the_corpora():
    from shos_speech._stages.threats.lexicon import bundled_lexicon
    from shos_speech.grammars.threats import trigger_gazetteer

    g = trigger_gazetteer(bundled_lexicon())
    bad = [s for s in _corpus_sentences() if spans_of(g, s)[0] != spans_of(g, s)[1]]
    assert bad == []


def test_a_registry_entry_with_a_lone_surrogate_fails_when_the_extractor_is_built(tmp_path):
    from shos_speech import Extractor, LexiconError

    path = tmp_path / "bodies.json"
    path.write_text('{"institutions": [\n  {"name": "Совет \\ud800 мира", "kind": "other"}\n]}', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Extractor(registries=[path])
    assert err.value.line == 2 and "surrogate" in err.value.detail
