"""Lists: comma and colon lists, the last "и", counts, enumerators, tails, elliptical ordinals."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.lists import (
    after_tail,
    count_before,
    enumerated_items,
    enumerated_rank,
    enumerator,
    lead,
    list_at,
    next_item,
)
from shos_speech._stages.priorities.phrases import Sent
from shos_speech._stages.priorities.sentences import fill


def sent(text: str) -> Sent:
    return Sent(text, tokenize(text), {})


def items(text: str, start_after: str | None = None) -> list[tuple[str, int | None]]:
    s = sent(text)
    k = 0 if start_after is None else next(i + 1 for i, t in enumerate(s.toks) if t.value == start_after)
    return [(text[s.toks[p.start].start:s.toks[p.stop - 1].stop], p.rank) for p in list_at(s, k)]


@pytest.mark.parametrize("text, after, expected", [
    ("технологии, образование и финансы", None, ["технологии", "образование", "финансы"]),
    # earlier items are pairs: the last "и" joins a pair too
    ("наука и образование, медицина, туризм и культура", None,
     ["наука и образование", "медицина", "туризм и культура"]),
    # a count before the colon settles it
    ("Названы пять сфер: наука и образование, медицина, спорт, туризм и культура.", ":",
     ["наука и образование", "медицина", "спорт", "туризм", "культура"]),
    # an unparsed tail cuts the item; the list goes on after the comma
    ("Стороны определили приоритеты: рост товарооборота в два раза, развитие туризма и охрана лесов.", ":",
     ["рост товарооборота", "развитие туризма", "охрана лесов"]),
    # a relative clause ends the list
    ("развитие туризма, которое поддерживают все", None, ["развитие туризма"]),
    # a new clause after a comma
    ("развитие туризма, мировое сообщество должно помочь", None, ["развитие туризма"]),
])
def test_list_items(text, after, expected):
    assert [t for t, _ in items(text, after)] == expected


def test_enumerators_rank_the_items():
    assert items("во-первых, развитие туризма, во-вторых, охрана лесов и, в-третьих, защита рек") == [
        ("развитие туризма", 1), ("охрана лесов", 2), ("защита рек", 3)]


def test_elliptical_ordinals_rank_the_items():
    assert items("Первым приоритетом является борьба с засухой, вторым — охрана рек.", "является") == [
        ("борьба с засухой", None), ("охрана рек", 2)]


@pytest.mark.parametrize("text, expected", [
    ("во-первых", (1, 3)), ("в-четвертых", (4, 3)), ("в-четвёртых", (4, 3)), ("во-вторых,", (2, 3)),
    ("в-целом", None), ("во время", None),
])
def test_enumerator(text, expected):
    assert enumerator(tokenize(text), 0) == expected


@pytest.mark.parametrize("text, k", [
    ("«Во-первых, это развитие туризма.", 1),
    ("— Во-первых, развитие туризма.", 1),
    ("Во-первых, развитие туризма.", 0),
])
def test_lead(text, k):
    assert lead(sent(text)) == k


def test_enumerated_rank_of_a_cue_clause():
    toks = tokenize("Во-вторых, в центре внимания окажется туризм.")
    assert enumerated_rank(toks, 4) == 2
    toks = tokenize("Во-вторых, мы договорились; в центре внимания окажется туризм.")
    assert enumerated_rank(toks, 7) is None  # a semicolon ends the clause


@pytest.mark.parametrize("text, ranks", [
    ("Во-вторых, защита ледников и рациональное водопользование.", [2]),
    ("Во-первых, Казахстан предлагает создать фонд.", []),  # a clause, not a direction
])
def test_enumerated_items(text, ranks):
    assert [p.rank for p in enumerated_items(sent(text), 0)] == ranks


@pytest.mark.parametrize("text, e, k", [
    ("туризм, спорт", 1, 2),
    ("туризм, а также спорт", 1, 4),
    ("туризм а также спорт", 1, 3),
    ("туризм и, во-вторых, спорт", 1, 3),
    ("туризм и спорт", 1, None),
    ("туризм.", 1, None),
])
def test_next_item(text, e, k):
    assert next_item(tokenize(text), e) == k


@pytest.mark.parametrize("text, k", [
    ("рост товарооборота в два раза, развитие туризма", 6),
    ("развитие торговли в том числе электронной, рост туризма", None),  # an aside, not a tail
    ("развитие туризма за счет инвестиций, рост экспорта", None),
    ("снижение тарифов, развитие туризма", None),  # no tail at all: the comma is the list's own
])
def test_after_tail(text, k):
    s = sent(text)
    assert after_tail(s, 2) == k


@pytest.mark.parametrize("text, count", [
    ("назвал три направления: туризм", 3),
    ("назвал 4 направления: туризм", 4),
    ("назвал направления: туризм", None),
    ("назвал три направления туризм", None),
])
def test_count_before(text, count):
    toks = tokenize(text)
    k = next((i + 1 for i, t in enumerate(toks) if t.value == ":"), len(toks) - 1)
    assert count_before(toks, k) == count


@pytest.mark.parametrize("sentence, items", [
    # an aside set off by commas or dashes inside a list: the list goes on after it
    ("Приоритетами министр назвал энергетику, включая атомную генерацию, переработку сырья и туризм.",
     ["энергетику", "переработку сырья", "туризм"]),
    ("В центре внимания окажутся охрана лесов – прежде всего в горных районах – и развитие туризма.",
     ["охрана лесов", "развитие туризма"]),
    # an aside at the end closes the list
    ("Приоритетом остается энергетика, в том числе возобновляемая.", ["энергетика"]),
])
def test_asides_inside_a_list(light, sentence, items):
    ctx = DocContext(light(sentence))
    fill(ctx)
    assert [p.span.text for p in ctx.priorities] == items


@pytest.mark.parametrize("text, items", [
    # bullets after a colon: a dash or a sign opens a line; a number ranks its item
    ("Министр назвал ключевые направления:\n- охрана лесов;\n- развитие туризма;\n- подготовка врачей.",
     [("охрана лесов", None), ("развитие туризма", None), ("подготовка врачей", None)]),
    ("Приоритетными направлениями остаются:\n1) охрана лесов;\n2) развитие туризма.",
     [("охрана лесов", 1), ("развитие туризма", 2)]),
    # bullets that the sentence splitter cut off go on; a line that is no bullet ends them
    ("Ключевыми направлениями названы:\n- охрана лесов.\n- развитие туризма.\nСтороны обсудили погоду.\n"
     "- подготовка врачей.", [("охрана лесов", None), ("развитие туризма", None)]),
])
def test_bulleted_lists(light, text, items):
    ctx = DocContext(light(text))
    fill(ctx)
    assert [(p.span.text, p.rank) for p in ctx.priorities] == items

