"""Spans that reach past their phrase: a quote it opens, the agent of the act it names.

"сценарии так называемых «цветных революций»": the name ends inside the quotes, the span
with them. Quotes that enclose the whole phrase stay outside it ("«три зла»" is "три зла").
"вербовка молодежи радикальными группировками": a threat of agents in the instrumental right
after an act of the ``[agentive_heads]`` class is who does it; the two are one threat.
"""
from __future__ import annotations

from dataclasses import replace

from ..._core.lexicon import words
from .analysis import Candidate, Scope

_OPEN = frozenset("«“„")
_CLOSE = frozenset("»”“")
_STRAIGHT = '"'


def with_quotes(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each span closing the quote it opens."""
    return [_quoted(scope, c) for c in cands]


def _quoted(scope: Scope, c: Candidate) -> Candidate:
    first = scope.index.get(c.start)
    if first is None:
        return c
    tokens = scope.tokens
    last = next((k for k in range(first, len(tokens)) if tokens[k].span.stop >= c.stop), None)
    if last is None:
        return c
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    closes = nxt is not None and (nxt.value in _CLOSE or nxt.value == _STRAIGHT) and nxt.span.start == c.stop
    if closes and _open_quotes(tokens[first:last + 1]) > 0:
        return replace(c, stop=nxt.span.stop)
    return c


def _open_quotes(toks: list) -> int:
    """Quotes opened and not closed within ``toks`` (straight quotes alternate)."""
    depth, straight = 0, 0
    for t in toks:
        if t.value in _OPEN and not (t.value == "“" and depth > 0):
            depth += 1
        elif t.value in _CLOSE and depth > 0:
            depth -= 1
        elif t.value == _STRAIGHT:
            straight ^= 1
    return depth + straight


def with_agents(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, an act and the agents right after it in the instrumental made one."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _agent_of(scope, prev, c) and _single(cands, prev) and _single(cands, c):
            out[-1] = replace(prev, stop=c.stop, name=f"{prev.name} {scope.text[c.start:c.stop]}",
                              category=c.category)
            continue
        out.append(c)
    return out


def _agent_of(scope: Scope, act: Candidate, agent: Candidate) -> bool:
    k = scope.index.get(agent.start)
    if k is None or k == 0 or scope.tokens[k - 1].span.stop != act.stop:
        return False
    return bool(act.head.lemmas & words("threats", "agentive_heads")) and scope.tokens[k].has("ablt") \
        and not scope.tokens[k].has_any("nomn", "gent", "accs")


def _single(cands: list[Candidate], c: Candidate) -> bool:
    """Is ``c`` the only item of its span (no expanded conjuncts share it)?"""
    return sum(1 for o in cands if (o.start, o.stop) == (c.start, c.stop)) == 1
