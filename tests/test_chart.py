"""The ChartParser finds what yargy's own parser finds, on grammars that exercise its pruning:
optional and repeatable openings (rules that can match nothing), a rule opening with another
rule, left recursion through a forward rule, a gazetteer pipeline opening a rule."""
from __future__ import annotations

import pytest
from yargy import Parser, forward, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram

from shos_speech._core.tokens import tokenize, tokenizer
from shos_speech.grammars.common import TokenMemo, anchored_match, parser

ADJ = gram("ADJF")
NOUN = gram("NOUN")
ORGAN = morph_pipeline(["совет министров", "исполнительный комитет", "секретариат"])

NP = rule(ADJ.repeatable(max=3).optional(), NOUN)
GEN = rule(NOUN, NP.optional())


def _list():
    """Right recursion. yargy normalises a forward rule in place: each parser gets its own."""
    items = forward()
    items.define(or_(rule(NP, eq(","), items), rule(NP, dictionary({"и"}), items), NP))
    return items


def _left():
    """Left recursion (yargy needs its rules named)."""
    items = forward().named("LEFT")
    items.define(or_(rule(items, eq(","), NP), NP).named("LEFT_BODY"))
    return items


OPENED = rule(rule(dictionary({"новый", "старый"}).optional(), ORGAN), rule(eq("по"), NP).optional())
EMPTY_FIRST = rule(rule(eq("«").optional(), ADJ.optional()), NOUN, eq("»").optional())
GRAMMARS = {"np": lambda: NP, "gen": lambda: GEN, "list": _list, "left": _left, "opened": lambda: OPENED,
            "empty_first": lambda: EMPTY_FIRST}
TEXTS = [
    "Международный терроризм и трансграничная преступность угрожают региону.",
    "Стороны обсудили работу Совета министров по вопросам транспорта.",
    "новый исполнительный комитет по делам молодежи, секретариат и совет министров",
    "«Зеленый» пояс, «пояс» и просто пояс.",
    "Быстро, очень быстро и решительно.",
    "",
    ", , и и по",
]


@pytest.mark.parametrize("name", sorted(GRAMMARS))
@pytest.mark.parametrize("text", TEXTS)
def test_findall_is_yargys(name, text):
    ours = [m.span for m in parser(GRAMMARS[name]()).findall(text)]
    theirs = [m.span for m in Parser(GRAMMARS[name]()).findall(text)]
    assert ours == theirs


@pytest.mark.parametrize("name", sorted(GRAMMARS))
@pytest.mark.parametrize("text", TEXTS)
def test_an_anchored_match_is_the_longest_match_from_its_first_token(name, text):
    """yargy's ``Parser.match`` of each prefix (a match of the whole prefix) gives the longest one."""
    theirs = Parser(GRAMMARS[name](), tokenizer=tokenizer())
    ours_parser = parser(GRAMMARS[name]())
    tokens = tokenize(text)
    for start in range(len(tokens)):
        ours = anchored_match(ours_parser, tokens[start:])
        stops = [stop for stop in range(start + 1, len(tokens) + 1) if theirs.match(tokens[start:stop]) is not None]
        assert (None if ours is None else start + len(ours.tokens)) == max(stops, default=None), (start, text)


@pytest.mark.parametrize("name", sorted(GRAMMARS))
@pytest.mark.parametrize("text", TEXTS)
def test_a_shared_token_memo_changes_no_match(name, text):
    """The parses of one sentence may share what the predicates answered for its tokens."""
    p = parser(GRAMMARS[name]())
    tokens = tokenize(text)
    memo = TokenMemo()
    for start in range(len(tokens)):
        alone, shared = anchored_match(p, tokens[start:]), anchored_match(p, tokens[start:], memo)
        assert (None if alone is None else alone.span) == (None if shared is None else shared.span)
    assert memo.tested or not tokens
