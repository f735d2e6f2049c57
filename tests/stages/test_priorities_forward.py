"""The phrase after a cue: direct cues, fronted cues and their verb, skipped circumstances, lists opened."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.cues import find_cues
from shos_speech._stages.priorities.forward import forward, parenthesis_end, pivot, skip_fillers, time_phrase_end
from shos_speech._stages.priorities.phrases import Sent


def sent(text: str) -> Sent:
    return Sent(text, tokenize(text), {})


def after_cue(text: str) -> list[str]:
    s = sent(text)
    (cue,) = find_cues(s.toks)
    return [text[s.toks[p.start].start:s.toks[p.stop - 1].stop] for p in forward(s, cue)]


@pytest.mark.parametrize("sentence, items", [
    # the cue's own verb: what follows it
    ("Президент подчеркнул важность развития трансграничной торговли.", ["развития трансграничной торговли"]),
    ("Особое внимание следует уделить цифровизации таможни.", ["цифровизации таможни"]),
    # a fronted cue: after its verb, past its genitive, a time phrase, a parenthesis
    ("Главной задачей Содружества на ближайшие годы остается развитие туризма.", ["развитие туризма"]),
    ("Ключевой задачей, по мнению экспертов, является защита лесов.", ["защита лесов"]),
    ("Президент назвал развитие туризма ключевым направлением.", []),  # the phrase stands before the cue
    # a weak cue needs a copula or a naming verb
    ("Важным направлением остается развитие туризма.", ["развитие туризма"]),
    ("Важным направлением мы видим развитие туризма.", ["развитие туризма"]),
    # a colon after the cue's own complement opens a list
    ("Стороны обозначили ключевые направления совместной работы: энергетику, транспорт и цифровизацию.",
     ["энергетику", "транспорт", "цифровизацию"]),
    # a plural cue noun as a topic or with its owner names nothing
    ("Министр рассказал о приоритетах страны в сфере энергетики.", []),
    ("Президент изложил приоритеты кыргызского председательства.", []),
    # a relative clause on the cue noun before the verb is looked across; another clause is not
    ("Главной задачей Союза, которую поставили лидеры, остается снятие барьеров.", ["снятие барьеров"]),
    ("Главной задачей Союза, выступая на форуме, назвал снятие барьеров.", []),
])
def test_forward(sentence, items):
    assert after_cue(sentence) == items


@pytest.mark.parametrize("text, rest", [
    ("на ближайшие годы развитие", "развитие"),
    ("на 2026–2030 годы развитие", "развитие"),
    ("на период председательства Беларуси развитие", "развитие"),  # the time noun's genitive
    ("на встрече министров", None),
    ("в целом развитие", None),
])
def test_time_phrase_end(text, rest):
    s = sent(text)
    end = time_phrase_end(s, 0)
    assert (None if end is None else s.toks[end].value) == rest


@pytest.mark.parametrize("text, end", [
    (", по его словам, развитие", 5),
    (", как отметил министр, развитие", 5),
    (", по итогам встречи, развитие", None),
    (", который развитие", None),
])
def test_parenthesis_end(text, end):
    assert parenthesis_end(tokenize(text), 0) == end


@pytest.mark.parametrize("text, rest", [
    ("Союза остается развитие", "развитие"),
    ("Союза, по его словам, остается развитие", "развитие"),
    ("Союза — развитие", "развитие"),
    ("Союза (ЕАЭС) остается развитие", "развитие"),
    ("Союза, которую поставили лидеры, остается развитие", "развитие"),
    ("Союза, которую поставили лидеры. Остается", None),
    ("Союза, выступая на форуме, назвал развитие", None),
])
def test_pivot(text, rest):
    s = sent(text)
    k = pivot(s, 0)
    assert (None if k is None else s.toks[k].value) == rest


@pytest.mark.parametrize("text, rest", [
    ("также сегодня развитие", "развитие"),
    ("следует уделить развитию", "развитию"),
    (", во-первых, развитие", "во"),
    ("важно усилить контакты", None),  # an undertaking, not a domain
])
def test_skip_fillers(text, rest):
    s = sent(text)
    k = skip_fillers(s, 0)
    assert (s.toks[k].value if k < len(s.toks) else None) == rest
