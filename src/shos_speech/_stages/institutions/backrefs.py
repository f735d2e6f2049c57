"""Mentions that name a body named before: capitalized heads, lowercase bodies, introduced acronyms.

"Роль Содружества", "данного Центра" (``BACKREF``), "на заседании правительства" (a generic
body of ``generic_bodies.tsv``) and a later "ЦАИП" after "Центральноазиатское
инвестиционное партнерство (ЦАИП)" are the body named before; the rule finds the words,
:func:`refers_to` the body they stand for.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..._core.countries import find_country, word_forms
from ..._core.document import Document
from ..._core.tokens import as_view
from ...grammars.common import anchored_findall, fact_tokens
from ...normalize import nominative
from .mention import Mention, before, overlapping
from .registry import Registry, norm_name
from .resources import Resources

#: "Европейский инвестиционный банк (ЕИБ)": an acronym in parentheses right after a name
_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё0-9+\-]{1,14})\s*\)")


@cache
def name_word_lemmas(word: str) -> frozenset[str]:
    """The lemmas a word of a registry name can have (names are compared word by word)."""
    return word_forms(word)


def refers_to(registry: Registry, lemmas: frozenset[str], prior: Sequence[Mention]) -> Mention | None:
    """The latest earlier mention (or its parent) whose name has the head ``lemmas``.

    A name that starts with the head ("Организация тюркских государств") is preferred
    to one where it comes second ("Международная организация тюркской культуры").
    """
    for depth in (1, 2):
        for x in reversed(prior):
            for c in _with_parent(registry, x):
                if _headed_by(c, lemmas, depth):
                    return c
    return None


def _with_parent(registry: Registry, m: Mention) -> list[Mention]:
    """A mention, and its parent organization as a mention at the same place."""
    parent_name = m.entry.parent if m.entry is not None else m.parent
    parent = registry.lookup(parent_name) if parent_name else None
    return [m] if parent is None else [m, Mention(m.start, m.stop, entry=parent, source="backref")]


def _headed_by(m: Mention, lemmas: frozenset[str], depth: int) -> bool:
    """Is ``m`` a body with one of ``lemmas`` as its head, or among its first ``depth`` words?"""
    if m.head and name_word_lemmas(m.head) & lemmas:
        return True
    words = norm_name(m.entry.name if m.entry else m.name).split(" ")
    return any(name_word_lemmas(w) & lemmas for w in words[:depth])


def backref_matches(toks: list, res: Resources) -> list:
    """``parser(BACKREF)`` matches of a sentence, parsed only at its capitalized heads and the
    demonstratives before them (the matches of ``findall``, without a chart over the sentence)."""
    lex = res.lexicon
    heads = [k for k, t in enumerate(toks) if t.is_cap and t.lemmas & lex.head_lemmas]
    starts = heads + [k - 1 for k in heads if k > 0 and toks[k - 1].lemmas & lex.demonstratives]
    return anchored_findall(res.backref, toks, starts) if heads else []


def capitalized_backrefs(doc: Document, existing: list[Mention], res: Resources) -> list[Mention]:
    """"Роль Содружества", "данного Центра": the capitalized head of a body named before."""
    out: list[Mention] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for m in backref_matches(toks, res):
            start, stop = m.span.start, m.span.stop
            if len(m.tokens) == 1 and start == toks[0].start:
                continue  # a capital at the sentence start says nothing
            if overlapping(existing, start, stop):
                continue
            head = as_view(fact_tokens(m, "head")[0][-1])
            target = refers_to(res.registry, head.lemmas & res.lexicon.head_lemmas, before(existing, start))
            if target is not None:
                out.append(target.same_body(start, stop, "backref"))
    return out


def generic_bodies(doc: Document, existing: list[Mention], res: Resources) -> list[Mention]:
    """"на заседании правительства", "в полиции": lowercase bodies, tied to an earlier name if any."""
    out: list[Mention] = []
    for sent in doc.sentences:
        for i, tok in enumerate(sent.tokens):
            lemmas = tok.lemmas & res.lexicon.generic.keys() if tok.is_word and tok.value[:1].islower() else None
            if not lemmas or not tok.has("NOUN", "sing"):
                continue
            known = [*existing, *out]
            m = None if overlapping(known, tok.start, tok.stop) else _generic_body(doc.text, sent.tokens, i, known, res)
            if m is not None:
                out.append(m)
    return out


def _generic_body(text: str, toks: list, i: int, known: list[Mention], res: Resources) -> Mention | None:
    """The lowercase body ``toks[i]`` (a singular noun of ``generic_bodies.tsv``), or None."""
    tok = toks[i]
    lemmas = tok.lemmas & res.lexicon.generic.keys()
    prev = toks[i - 1] if i else None
    if prev is not None and prev.lemmas & res.lexicon.buildings:
        return None  # "Дом правительства", "здание парламента": a building
    start, country = tok.start, None
    if prev is not None and prev.pos in ("ADJF", "PRTF"):
        # "российское правительство" names one; "инклюзивного правительства" describes one to be
        country = find_country([prev])
        if country is None:
            return None
        start = prev.start
    lemma = next(iter(lemmas))
    body = res.lexicon.generic[lemma]
    target = refers_to(res.registry, body.heads, before(known, start))
    if target is not None:
        return target.same_body(start, tok.stop, "backref")
    if not body.standalone:
        return None
    name = nominative(text, [tok] if country is None else [prev, tok])
    return Mention(start, tok.stop, name=name, kind=body.kind, country=country, source="generic", head=lemma)


def introduced_acronyms(text: str, existing: list[Mention]) -> list[Mention]:
    """"Центральноазиатское инвестиционное партнерство (ЦАИП)": later "ЦАИП" is the same body.

    A body outside the registry takes the acronym as its own (``acronym`` of its mention).
    """
    out: list[Mention] = []
    for m in existing:
        if m.source == "backref":
            continue
        pm = _PAREN_ACRONYM.match(text, m.stop)
        if not pm or not pm.group(1).isupper():
            continue
        acr = pm.group(1)
        if m.entry is None:
            m.acronym = m.acronym or acr
        for hit in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if overlapping([*existing, *out], hit.start(), hit.end()):
                continue
            later = m.same_body(hit.start(), hit.end(), "acronym")
            later.acronym = acr
            out.append(later)
    return out

