"""Shared building blocks of the grammars: small named rules over yargy morph tokens.

Every ``repeatable`` is capped: yargy's Earley chart grows explosively on ambiguous,
unbounded repetition.
"""
from __future__ import annotations

from yargy import Parser, and_, not_, or_, rule
from yargy.parser import Chart, Column, State, prepare_match, prepare_resolved_matches, prepare_trees
from yargy.predicates import (
    dictionary,
    eq,
    gram,
    in_,
    is_capitalized,
    is_upper,
)
from yargy.predicates import (
    type as token_type,
)
from yargy.predicates.constructors import Predicate
from yargy.rule.bnf import is_rule
from yargy.tree import Leaf, Node

from .._core.tokens import as_view, tokenizer
from ._starts import Starts


class token_test(Predicate):
    """A predicate over the token view (lemmas, readings, capitalisation) rather than the bare value.

    yargy's ``custom`` sees only a token's value; the lexicon predicates of this library
    compare ё-folded lemma sets and first readings, so they need the token itself.
    """

    __attributes__ = ["function", "name"]

    def __init__(self, function, name: str = "token_test") -> None:
        self.function = function
        self.name = name

    def __call__(self, token) -> bool:
        return bool(self.function(as_view(token)))

    @property
    def label(self) -> str:
        return f"token_test({self.name})"

ADJ = or_(gram("ADJF"), gram("PRTF"))
# "в", "и", "с" have rare noun readings (abbreviations): a function word is never a noun here
FUNCTION_WORD = or_(gram("PREP"), gram("CONJ"), gram("PRCL"), gram("INTJ"))
NOUN = and_(gram("NOUN"), not_(FUNCTION_WORD))
GENT = or_(gram("gent"), gram("gen2"))

CONJ = dictionary({"и"})
COMMA = eq(",")
HYPHEN = eq("-")
QUOTE = in_(set('"«»“”„'))
CAPITALIZED = is_capitalized()
UPPER_WORD = is_upper()
RU = token_type("RU")
LATIN = token_type("LATIN")
INT = token_type("INT")

# "финансово-экономических", "транспортно-коммуникационных": yargy splits at the hyphen
COMPOUND_PREFIX = rule(RU, HYPHEN).named("COMPOUND_PREFIX")


def adjective(*grams: str):
    """An adjective or participle, optionally constrained by grammemes ("gent", "plur" ...)."""
    preds = [gram(g) for g in grams]
    if not preds:
        return ADJ
    return and_(ADJ, *preds)


def noun(*grams: str):
    return and_(NOUN, *[gram(g) for g in grams]) if grams else NOUN


class ChartParser(Parser):
    """yargy's Earley parser, predicting less: the same matches in a fraction of the chart.

    yargy predicts a rule every time a state waits for it and adds every production of it,
    even one whose first word cannot be the next token. This parser predicts a rule once per
    column, leaves out the productions whose first term is a predicate the next token fails
    (those states could never scan), and tries each predicate once per token; no match
    changes (the snapshot of every corpus checks it). What one parse remembers lives in that
    parse: a parser is shared by every call and thread.
    """

    def __init__(self, rule, tokenizer=None, tagger=None) -> None:
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        self.starts = Starts(self.rule)

    def chart(self, text, all=True):  # noqa: A002  (yargy's signature)
        tokens = list(self.tagger(self.tokenizer(text)))
        if not all:
            return self.anchored_chart(tokens)
        chart = Chart(tokens)
        run = _Run()
        for column, next_column in chart:
            self._predict(run, column, next_column, self.rule)
            self._fill(run, column, next_column)
        return chart

    def anchored_chart(self, tokens: list, memo: TokenMemo | None = None) -> Chart:
        """The chart of a parse predicted at the first token only, its columns made as it goes:
        once a column scans nothing into the next, the parse is over (a window of 48 tokens
        usually ends after a few). ``memo`` carries what the predicates answered for these
        tokens from earlier parses of the same sentence."""
        chart = Chart(())
        chart.tokens = tokens
        run = _Run(memo)
        for index in range(len(tokens) + 1):
            column = chart.columns[index]
            next_column = Column(index + 1, tokens[index]) if index < len(tokens) else None
            if next_column is not None:
                chart.columns.append(next_column)
            if index == 0:
                self._predict(run, column, next_column, self.rule)
            self._fill(run, column, next_column)
            if next_column is None or not next_column.states:
                break
        return chart

    def _fill(self, run: _Run, column, next_column) -> None:
        for state in column:  # yargy's loop: the column grows while it is read
            terms, dot = state.production.terms, state.dot_index
            if dot >= len(terms):
                self._complete(column, state)
            elif is_rule(terms[dot]):
                self._predict(run, column, next_column, terms[dot])
            elif next_column:
                self._scan(run, next_column, terms[dot], state)

    def _predict(self, run: _Run, column, next_column, rule) -> None:
        if not run.first_time(column, rule):
            return  # the same rule in the same column gives the same states: they are there already
        token = next_column.token if next_column else None
        productions = rule.predict(token) if next_column else rule.productions
        for index, production in enumerate(productions):
            terms = production.terms
            if token is not None and terms and not (
                    self.starts.may_begin(run, terms, token) if is_rule(terms[0]) else run.test(terms[0], token)):
                continue  # it cannot begin with the next token: a state that would never scan
            node = Node(rule, production, rank=index, children=[])
            _add(column, State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    @staticmethod
    def _scan(run: _Run, column, predicate, state) -> None:
        token = column.token
        if run.test(predicate, token):
            leaf = Leaf(predicate, predicate.constrain(token))
            _add(column, State(state.rule, state.production, dot_index=state.dot_index + 1,
                               start_column=state.start_column, stop_column=column,
                               node=state.node.attached(leaf)))

    @staticmethod
    def _complete(column, completed) -> None:
        for state in completed.parents:
            _add(column, State(state.rule, state.production, dot_index=state.dot_index + 1,
                               start_column=state.start_column, stop_column=column,
                               node=state.node.attached(completed.node)))


def _add(column, state) -> None:
    """Add a state to its column without yargy's duplicate check: every state here is new. A rule
    is predicted once per column (so its dot-0 states are new); a scan or a completion extends
    one state by one new node, each state once; yargy's hash of a state (its children's ids) only
    ever matched the repeated predictions this parser does not make."""
    column.states.append(state)
    terms, dot = state.production.terms, state.dot_index
    if dot < len(terms) and is_rule(terms[dot]):
        column.states_index[id(terms[dot])].append(state)


class TokenMemo:
    """Each predicate's answer per token, and which rules can begin at it: shared by the
    parses of one sentence (a caller's, never the parser's: parsers are shared by threads).
    Answers are keyed by object identity, so a memo must not outlive its tokens."""

    __slots__ = ("tested", "begins")

    def __init__(self) -> None:
        self.tested: dict[tuple[int, int], bool] = {}
        self.begins: dict[tuple[int, int], bool] = {}


class _Run:
    """What one parse remembers: the rules predicted in each column, and a token memo."""

    __slots__ = ("predicted", "tested", "begins")

    def __init__(self, memo: TokenMemo | None = None) -> None:
        memo = memo or TokenMemo()
        self.predicted: set[tuple[int, int]] = set()
        self.tested = memo.tested
        self.begins = memo.begins

    def first_time(self, column, rule) -> bool:
        key = (column.index, id(rule))
        if key in self.predicted:
            return False
        self.predicted.add(key)
        return True

    def test(self, predicate, token) -> bool:
        key = (id(predicate), id(token))
        hit = self.tested.get(key)
        if hit is None:
            hit = self.tested[key] = bool(predicate(token))
        return hit


def parser(rule_, tok=None) -> Parser:
    """A parser of ``rule_`` that accepts both strings and shared sentence token lists."""
    return ChartParser(rule_, tokenizer=tok or tokenizer())


def fact_tokens(match, attribute: str) -> list[list]:
    """The tokens of each value of a fact's ``attribute`` (one list per value; ``[]`` if unset).

    A fact's attributes are strings; the stages need the tokens behind them (to map back
    into the sentence by offset), which yargy keeps in the interpretation's chains.
    """
    fact = match.__dict__.get("_shos_fact")
    if fact is None:  # interpreting a match walks its whole tree: once per match, not per attribute
        fact = match.__dict__["_shos_fact"] = match.fact
    value = fact._raw.attributes.get(attribute)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [list(_chain_tokens(v)) for v in values]


def _chain_tokens(result):
    tokens = getattr(result, "tokens", None)
    if tokens is not None:
        yield from tokens
        return
    for key in ("value", "input"):
        inner = getattr(result, key, None)
        if inner is not None:
            yield from _chain_tokens(inner)
            return


def anchored_match(parser_: Parser, tokens: list, memo: TokenMemo | None = None):
    """The longest match of the parser's rule that starts at ``tokens[0]``, or None.

    yargy's ``findall`` predicts the rule at every token, so its cost grows with the text
    given; predicting at the first token only makes the cost follow the match. Callers
    find candidate starts cheaply (a trigger lemma) and parse from there; several parses
    over one sentence share a ``memo`` of what the predicates answered.
    """
    if memo is not None and isinstance(parser_, ChartParser):
        chart = parser_.anchored_chart(list(parser_.tagger(parser_.tokenizer(tokens))), memo)
    else:
        chart = parser_.chart(tokens, all=False)
    try:
        return _longest(sorted(prepare_trees(chart.matches(parser_.rule))))
    finally:
        _break_chart(chart)


def _longest(trees: list):
    """yargy's resolved match of an anchored chart (the longest one), preparing only the trees
    it needs: when every tree starts at the first token, yargy's resolution (maximum coverage)
    keeps the longest span whose first tree in order passes its relations, so shorter spans
    are prepared only when every tree of the longer ones fails; a recursive rule's inner
    matches start later, and then yargy's own resolution runs."""
    if any(tree.range[0] != 0 for tree in trees):
        return max(prepare_resolved_matches(trees), key=lambda m: len(m.tokens), default=None)
    by_span: dict[tuple[int, int], list] = {}
    for tree in trees:
        by_span.setdefault(tree.range, []).append(tree)
    for span in sorted(by_span, key=lambda r: r[0] - r[1]):
        for tree in by_span[span]:
            match = prepare_match(tree)
            if match:
                return match
    return None


def _break_chart(chart) -> None:
    """Drop the chart's states: a column holds states that point back to it, a cycle only the
    cyclic garbage collector would free (a fifth of the run time on long texts). The match
    keeps its own tree of nodes, which holds no state."""
    for column in chart.columns:
        column.states = []
        column.states_index.clear()
        column.hashes.clear()
    chart.columns = []


def anchored_findall(parser_: Parser, tokens: list, starts, window: int = 48) -> list:
    """Non-overlapping longest matches starting at the given token indices, left to right."""
    out = []
    last = 0
    memo = TokenMemo()
    for s in sorted(set(starts)):
        if s < last:
            continue
        m = anchored_match(parser_, tokens[s:s + window], memo)
        if m is not None:
            out.append(m)
            last = s + len(m.tokens)
    return out
