"""A head over a genitive whose modifiers are coordinated: "распространение ядерного и химического оружия".

The coordinated modifiers of one genitive give one threat each ("ядерного и химического оружия":
two, with the span of the whole phrase, ONTOLOGY §3). When a noun governs that genitive right
before it, and it is a carrier of a threat ("финансирование", "деятельность", ``[carriers]``) or
a lexicon head the conjuncts make an entry with ("незаконный оборот психотропных веществ",
"распространение ядерного оружия"), every item keeps it: one threat per conjunct, named with the
governing noun ("распространение ядерного оружия", "распространение химического оружия"), each
with the span of the whole phrase; a threat found for the governing noun alone ("незаконный
оборот", "деятельность") is that phrase's part, not an item of its own. Framing cues ("угроза",
"рост", "эскалация") govern no item: they stay outside, as the carriers module leaves them.
"""
from __future__ import annotations

from dataclasses import replace

from ..._core.lexicon import words
from ...models import ThreatCategory
from .analysis import Candidate, Scope
from .carriers import _modifiers_of, after_cue
from .context import _cue_words
from .number import singular, singular_mods

_SEPARATORS = frozenset({",", "и", "или"})


def with_governing_heads(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, the items of a coordinated genitive extended over the noun that governs it."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(cands):
        groups.setdefault((c.start, c.stop), []).append(i)
    out = list(cands)
    parts: list[tuple[int, int]] = []  # the governing phrases, whose own items are dropped
    for (start, _stop), members in groups.items():
        gov = _governing(scope, [cands[i] for i in members]) if len(members) > 1 else None
        if gov is None:
            continue
        extended = _extended(scope, [cands[i] for i in members], gov)
        for i, c in zip(members, extended or [], strict=False):
            out[i] = c
        if extended is not None or _no_threat_alone(scope, gov):
            parts.append((scope.tokens[_modifiers_of(scope, gov)].span.start, start))
    return [c for c in out if not any(a <= c.start and c.stop <= b for a, b in parts)]


def _governing(scope: Scope, items: list[Candidate]) -> int | None:
    """The index of the noun governing the items' genitive right before them, or None."""
    head = items[0].head
    first = scope.index.get(items[0].start)
    if any(c.head is not head for c in items) or not first or not scope.tokens[first].has_any("gent", "gen2"):
        return None  # not the modifier groups of one head in the genitive
    gov = scope.tokens[first - 1]
    if gov.pos != "NOUN" or gov.lemmas & (_cue_words() | words("threats", "growth_frames")):
        return None  # "угроза ...", "рост ...": a frame, no part of the threats
    return first - 1


def _no_threat_alone(scope: Scope, k: int) -> bool:
    """Is the governing noun no threat by itself ("повторения", "финансированию" after a cue)?"""
    tok = scope.tokens[k]
    start = _modifiers_of(scope, k)
    e = scope.lexicon.best_entry(tok, None, [[t] for t in scope.tokens[start:k]], [])
    return e is None or e.category is None or e.category is ThreatCategory.other


def _extended(scope: Scope, items: list[Candidate], k: int) -> list[Candidate] | None:
    """The items named with the noun at ``k`` governing their genitive, or None when it makes no entry
    with them and is no carrier (or a carrier a cue governs)."""
    head, gov = items[0].head, scope.tokens[k]
    h = scope.index[head.span.start]
    groups = _modifier_groups(scope.tokens[k + 1:h])
    if len(groups) != len(items):
        return None
    start = _modifiers_of(scope, k)
    tail = [t for t in scope.tokens[h + 1:] if t.span.stop <= items[0].stop]
    mods = [[t] for t in scope.tokens[start:k]]
    gov_name = scope.name(scope.tokens[start:k + 1], gov)
    rest = scope.text[head.span.stop:items[0].stop]  # the head's own complements, as written
    out, entries = [], 0
    for c, g in zip(items, groups, strict=True):
        head_word = singular(head) if singular_mods([[t] for t in g], head) else head.value
        e = scope.lexicon.best_entry(gov, None, mods, g + [head] + tail)
        category = c.category
        if e is not None and e.category is not None and e.compl:
            entries += 1
            category = e.category
        name = f"{gov_name} {scope.text[g[0].span.start:g[-1].span.stop]} {head_word}{rest}"
        out.append(replace(c, start=scope.tokens[start].span.start, name=name, category=category))
    carrier = bool(gov.lemmas & words("threats", "carriers"))
    if not entries and (not carrier or after_cue(scope.tokens, start)):
        return None  # "противодействие деятельности ...": the cue acts on the activity, whose object is the threat
    return out


def _modifier_groups(toks: list) -> list[list]:
    """The coordinated modifier groups before a head ("ядерного, химического и биологического")."""
    groups: list[list] = [[]]
    for t in toks:
        if t.value.lower() in _SEPARATORS:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(t)
    return [g for g in groups if g]
