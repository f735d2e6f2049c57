"""A dependent shared by coordinated heads: "незаконным производством и оборотом наркотиков".

Bare heads coordinated before a threat whose head has a complement share that complement when
the lexicon has the head with it as an entry ("производство наркотиков", "контрабанда оружия",
"пропаганда терроризма"): each is a threat of its own, named with the complement, and every
item of the list takes the span of the whole coordinated phrase (ONTOLOGY §3, §6: shared heads
and dependents are expanded). A head the complement does not make an entry with keeps its own
item ("вербовка и финансирование терроризма": no "вербовка терроризма"), and so do the heads before it.
"""
from __future__ import annotations

from dataclasses import replace

from ..._core.agreement import agree
from ..._core.lexicon import words
from .analysis import Candidate, Scope

#: bare heads coordinated before the one with the complement, at most
MAX_SHARED = 4


def with_shared_dependents(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, bare heads coordinated before a complement made threats with it."""
    out = list(cands)
    for k in range(len(out) - 1, 0, -1):
        last = out[k]
        compl = _complement(scope, last)
        if not compl:
            continue
        chain = []
        j = k - 1
        while j >= 0 and len(chain) < MAX_SHARED and _coordinated(scope, out[j], out[j + 1]) \
                and _bare(out[j]) and out[j].head.noun_cases & last.head.noun_cases:
            chain.append(j)
            j -= 1
        named = []
        for i in chain:  # nearest first: the heads next to the complement share it, up to one that cannot
            c = _with(scope, out[i], compl)
            if c is None:
                break  # "вербовке, финансированию и пропаганде терроризма": "вербовка" keeps its own item
            named.append((i, c))
        if not named:
            continue
        start = out[named[-1][0]].start
        mods = _modifiers(scope, out[named[-1][0]])
        for i, c in named:
            out[i] = _with_modifiers(scope, replace(c, start=start, stop=last.stop), mods, compl)
        out[k] = _with_modifiers(scope, replace(last, start=start), mods, compl)
    return out


def _modifiers(scope: Scope, c: Candidate) -> list:
    """The adjectives before the first conjunct's head ("незаконным" of "незаконным производством")."""
    first, h = scope.index[c.start], scope.index[c.head.span.start]
    return [t for t in scope.tokens[first:h] if t.has_any("ADJF", "PRTF")]


def _with_modifiers(scope: Scope, c: Candidate, mods: list, compl: list) -> Candidate:
    """A conjunct with no adjective of its own shares those of the first ("незаконным производством и оборотом
    наркотиков": "незаконный оборот наркотиков"), when they agree with its head (ONTOLOGY §6)."""
    h = scope.index[c.head.span.start]
    if not mods or scope.tokens[h - 1].has_any("ADJF", "PRTF") or not all(agree(m, c.head) for m in mods):
        return c
    own = [t for t in scope.tokens[h:] if t.span.stop <= c.stop]
    tail = own if own[-1] is compl[-1] else [scope.tokens[h]] + compl
    return replace(c, name=scope.name(mods + tail, c.head))


def _complement(scope: Scope, c: Candidate) -> list:
    """The tokens after the head inside the candidate's span ("наркотиков" of "оборотом наркотиков")."""
    h = scope.index.get(c.head.span.start)
    if h is None:
        return []
    toks = [t for t in scope.tokens[h + 1:] if t.span.stop <= c.stop]
    return toks if toks and toks[0].has_any("gent", "gen2", "ADJF") else []


def _coordinated(scope: Scope, a: Candidate, b: Candidate) -> bool:
    """Is only a conjunction or a comma between the two candidates?"""
    between = [t for t in scope.tokens if a.stop <= t.span.start and t.span.stop <= b.start]
    return len(between) == 1 and between[0].value.lower() in words("threats", "list_separators")


def _bare(c: Candidate) -> bool:
    """Does the candidate end with its head (modifiers before it at most)?"""
    return c.stop == c.head.span.stop


def _with(scope: Scope, c: Candidate, compl: list) -> Candidate | None:
    """The bare candidate named with the shared complement, when the lexicon has it so; else None."""
    first = scope.index[c.start]
    mods = [[t] for t in scope.tokens[first:scope.index[c.head.span.start]] if t.has_any("ADJF", "PRTF")]
    own = scope.lexicon.best_entry(c.head, None, mods, [])
    if own is not None and own.category is not None and own.mods:
        return None  # named whole by its own modifier ("блоковое мышление и менталитет холодной войны")
    e = scope.lexicon.best_entry(c.head, None, mods, compl)
    if e is None or e.category is None or not e.compl:
        return None
    toks = [t for t in scope.tokens[first:] if t.span.stop <= c.stop] + compl
    return replace(c, name=scope.name(toks, c.head), category=e.category)
