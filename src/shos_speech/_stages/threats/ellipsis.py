"""Adjectives standing for their noun after a colon or a dash: "кризисов: продовольственного, энергетического
и финансового", "угрозы – террористические, экстремистские, наркотические".

A noun that heads a lexicon entry or a danger noun of ``[related_heads]``, then a colon or a dash, then
adjectives coordinated that agree with it (a shared case; the gender when an adjective is singular) and
no noun of their own after them: each adjective names one threat with the noun it stands for
("продовольственный кризис"), ONTOLOGY §3 (shared heads expanded, conjuncts after a colon one item each),
each with the span of the whole phrase, from the noun to the last adjective. The adjective and the noun
make a lexicon entry, or the noun is a threat by itself, or, for a danger noun, the adjective names a
category by itself ("террористические угрозы"); else it names none ("угрозы – внешние и внутренние").
A threat found for the bare noun is the phrase's part, not an item of its own.
"""
from __future__ import annotations

from ..._core.agreement import agree
from ..._core.lexicon import words
from ...models import ThreatCategory
from ...morph import parse
from .analysis import Candidate, Scope
from .naming import same_letters

_OPENERS = frozenset({":", "-"})  # the token view reads every dash "-"
_SEPARATORS = frozenset({",", "и", "или"})
#: adjectives after the opener at most
MAX_ADJECTIVES = 6


def with_elliptic_lists(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with the items of each elliptic list of adjectives; a bare head's own item dropped."""
    toks = scope.tokens
    if not any(t.value in _OPENERS for t in toks):
        return cands
    out = list(cands)
    dangers = words("threats", "related_heads")
    for k in range(len(toks) - 2):
        head = toks[k]
        if toks[k + 1].value not in _OPENERS or head.pos != "NOUN" \
                or not (head.lemmas & scope.lexicon.heads or head.lemmas & dangers):
            continue
        adjectives = _adjectives(toks, k + 2, head)
        items = [c for c in (_item(scope, head, toks[a], toks[adjectives[-1]], _prefix(toks, a)) for a in adjectives)
                 if c is not None] if adjectives else []
        if items:
            out = [c for c in out if not (c.head is head and c.stop <= head.span.stop)] + items
    return out


def _adjectives(toks: list, j: int, head) -> list[int]:
    """Indices of the coordinated adjectives from ``j`` on that stand for ``head``, or [] when they are
    not a list of their own (a noun after them: "угрозы: террористические группировки")."""
    out: list[int] = []
    if j < len(toks) and toks[j].value.lower() == "как":
        j += 1  # "кризисами – как финансовыми, так и продовольственными"
    while j < len(toks) and len(out) < MAX_ADJECTIVES:
        if _prefix(toks, j + 2) is not None:
            j += 2  # "военно-политические": the adjective after a tight hyphen
        t = toks[j]
        if t.pos not in ("ADJF", "PRTF") or not _stands_for(t, head):
            break
        out.append(j)
        j += 1
        while j < len(toks) and (toks[j].value.lower() in _SEPARATORS or toks[j].value.lower() == "так"):
            j += 1
    if not out:
        return []
    after = toks[out[-1] + 1] if out[-1] + 1 < len(toks) else None
    if after is not None and (after.pos == "NOUN" or after.has_any("ADJF", "PRTF")):
        return []
    return out


def _prefix(toks: list, j: int) -> str | None:
    """The first part of a compound adjective ending at ``j`` ("военно" of "военно-политические"), or None."""
    if j < 2 or j >= len(toks) or toks[j - 1].value != "-" or not toks[j].has_any("ADJF", "PRTF"):
        return None
    first, dash, adj = toks[j - 2], toks[j - 1], toks[j]
    tight = first.span.stop == dash.span.start and dash.span.stop == adj.span.start
    return first.value.lower() if tight and first.type == "RU" else None


def _stands_for(adj, head) -> bool:
    """Does the adjective agree with the noun it stands for: a shared case; a singular one ("кризисов:
    продовольственного") in gender too, a plural one in number."""
    return agree(adj, head, number=False, gender=True) and (
        agree(adj, head, number=True) or not adj.has("plur"))


def _item(scope: Scope, head, adj, last, prefix: str | None = None) -> Candidate | None:
    if adj.has("Apro") or adj.lemmas & words("threats", "determiners"):
        return None  # "этнические, религиозные и другие": a pronominal word names no kind
    category = _category(scope, head, adj)
    if category is None:
        return None
    name = _name(head, adj)
    if name is None:
        return None
    if prefix is not None:
        name = f"{prefix}-{name}"
    return Candidate(head.span.start, last.span.stop, name, category, head)


def _category(scope: Scope, head, adj) -> ThreatCategory | None:
    entry = scope.lexicon.best_entry(head, None, [[adj]], [])
    if entry is not None and entry.category is not None and (entry.mods or not head.lemmas
                                                              & words("threats", "related_heads")):
        return entry.category
    for lm in sorted(adj.lemmas):
        if lm in scope.lexicon.word_categories:
            return scope.lexicon.word_categories[lm]
    return None


def _name(head, adj) -> str | None:
    """"продовольственного" + "кризисов" -> "продовольственный кризис": the adjective's number decides."""
    number = "plur" if adj.has("plur") else "sing"
    noun = next((p for p in parse(head.value.lower()) if p.tag.POS == "NOUN"), None)
    noun_nom = noun.inflect({"nomn", number}) if noun is not None else None
    if noun_nom is None:
        return None
    grams = {"nomn", number} | ({noun_nom.tag.gender} if number == "sing" and noun_nom.tag.gender else set())
    a = next((p for p in parse(adj.value.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
    a_nom = a.inflect(grams) if a is not None else None
    if a_nom is None:
        return None
    return f"{same_letters(adj.value.lower(), a_nom.word)} {same_letters(head.value.lower(), noun_nom.word)}"
