"""Named members of a group threat: "террористических группировок, включая «Исламское государство –
Хорасан»" — the quoted name after an inclusion word names one of the groups the threat speaks of,
a threat of the same category with the span of the quoted name (ONTOLOGY §6).
"""
from __future__ import annotations

from ..._core.lexicon import word_pairs, words
from .analysis import Candidate, Scope

_OPEN = frozenset("«“„\"")
_CLOSE = frozenset("»”“\"")
#: words a quoted group name may run to
MAX_NAME = 8


def with_members(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and, after each group threat, the quoted groups it includes."""
    out = list(cands)
    for c in cands:
        if not c.head.lemmas & words("threats", "group_heads"):
            continue
        k = _after_inclusion(scope, c.stop)
        while k is not None:
            span = _quoted(scope.tokens, k)
            if span is None:
                break
            a, b = span
            text = scope.text[scope.tokens[a].span.start:scope.tokens[b].span.stop]
            out.append(Candidate(scope.tokens[a].span.start, scope.tokens[b].span.stop, text.strip("«»“”„\""),
                                 c.category, scope.tokens[a + 1]))
            k = b + 2 if b + 2 < len(scope.tokens) and scope.tokens[b + 1].value in {",", "и"} else None
    return out


def _after_inclusion(scope: Scope, stop: int) -> int | None:
    """The token after an inclusion word ("включая", "в том числе") that follows the phrase ending at ``stop``."""
    k = next((i for i, t in enumerate(scope.tokens) if t.span.start >= stop), None)
    if k is not None and k < len(scope.tokens) and scope.tokens[k].value == ",":
        k += 1
    if k is None:
        return None
    for words_ in sorted(word_pairs("threats", "inclusions"), key=len, reverse=True):
        n = len(words_)
        if all(k + j < len(scope.tokens) and scope.tokens[k + j].value.lower() == w for j, w in enumerate(words_)):
            return k + n
    return None


def _quoted(tokens: list, k: int) -> tuple[int, int] | None:
    """Token range ``[k, end]`` of a quoted capitalized name starting at ``k``, or None."""
    if k + 2 >= len(tokens) or tokens[k].value not in _OPEN or not tokens[k + 1].is_cap:
        return None
    for e in range(k + 2, min(len(tokens), k + 2 + MAX_NAME)):
        if tokens[e].value in _CLOSE:
            return k, e
    return None
