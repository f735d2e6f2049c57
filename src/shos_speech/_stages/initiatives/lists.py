"""Proposal lists: the items after "предлагаю:", "предложил следующее:", bullets, numbers, "первое – …".

A stance predicate (or a plural proposal noun: "Предложения стороны выглядели так:") that
ends its clause with a colon heads a list; each item of the list — a segment between ";"
and the line-initial bullets, numbers and ordinals ("– …", "1) …", "второе – …",
"во-первых, …") — is read as if the head's predicate stood before it, so every item takes
the head's stance ("предлагаю: – создать …" proposes, not implements). A colon that ends
the sentence opens the list for the sentences after it ("Исходя из этого, предлагаю:" and
then "первое – …;" each on a line of its own): the list goes on while a sentence is an
item — it opens with a marker, follows an item that ended with ";", starts in lower case,
or is a verbless noun phrase ("Создание регионального центра …") — and the first sentence
that is none closes it. What was open is kept in the call's cache (``ctx.cache``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...grammars.initiatives import StancePhrase
from . import objects
from .authors import subject_proposer
from .chunking import np_head
from .documents import set_end
from .kinds import kind_at, kind_of
from .scan import Item, Scan, Token, is_finite

if TYPE_CHECKING:
    from .predicates import Predicate

#: the ctx.cache key of the list a sentence ending in a colon opened
OPEN = "open_list"
#: at most this many items in one list
_MAX_ITEMS = 12


@dataclass
class OpenList:
    """A list whose head ended its sentence: the stance and the author its items take."""

    phrase: StancePhrase
    stance: str
    proposer: str | None
    #: the last item ended with ";": the next sentence goes on with the list
    semicolon: bool = False
    #: the items are numbered ("Первое – ...", "2) ..."): only numbered sentences are items, others between them
    numbered: bool = False
    #: sentences passed since the last item
    gap: int = 0
    #: the kind of the set that announced the list ("ряд инфраструктурных проектов:"), for items naming none
    kind: str | None = None


# -- the markers that open an item -------------------------------------------------------------
def _line_start(s: Scan, j: int) -> bool:
    """Does token ``j`` open a line of the text?"""
    return j == 0 or s.toks[j - 1].type == "EOL"


def _ordinal(s: Scan, j: int) -> int | None:
    """Past an ordinal opening an item ("первое –", "во-первых,", "В-третьих:"), or None."""
    toks, n = s.toks, s.n
    k = j
    if k + 2 < n and toks[k].lemma == "в" and toks[k + 1].is_dash and s.tight(k, k + 1):
        k += 2  # "во-первых"
    if k >= n or not toks[k].lemmas & s.w.ordinals:  # "второе" is read as a noun first
        return None
    if k + 1 < n and (toks[k + 1].is_dash or toks[k + 1].value in ",.:)"):
        return k + 2
    return None


def marker_end(s: Scan, j: int) -> int | None:
    """Past the marker opening an item at ``j`` (a bullet, "1)", "2.", an ordinal), or None when none."""
    toks, n = s.toks, s.n
    while j < n and toks[j].type == "EOL":
        j += 1
    if j >= n:
        return None
    t = toks[j]
    if t.is_dash or t.value in s.w.bullets:
        k = j + 1
        return _ordinal(s, k) or k
    if t.is_int and j + 1 < n and toks[j + 1].value in ").":
        return j + 2
    return _ordinal(s, j)


def _numbered(s: Scan, j: int) -> bool:
    """A number or an ordinal opens the item at ``j``, not a bullet."""
    t = s.toks[j]
    return marker_end(s, j) is not None and not (t.is_dash or t.value in s.w.bullets or t.type == "EOL")


def _opens_item(s: Scan, j: int) -> bool:
    """A marker at the start of a line, or a numbered or ordinal one after a clause mark (", во-вторых,")."""
    if s.toks[j].is_dash or s.toks[j].value in s.w.bullets:
        return _line_start(s, j)
    return marker_end(s, j) is not None and (_line_start(s, j) or s.toks[j - 1].value in ";:,")


def segments(s: Scan, i: int) -> list[tuple[int, int]]:
    """The items of the list from token ``i`` to the end of the sentence: cut at ";" and at markers."""
    out: list[tuple[int, int]] = []
    start = i
    for j in range(i, s.n):
        if s.toks[j].value == ";":
            out.append((start, j))
            start = j + 1
        elif j > start and _opens_item(s, j):
            out.append((start, j))
            start = j
    out.append((start, s.n))
    return [(a, b) for a, b in out if a < b]


# -- the items of one segment ------------------------------------------------------------------
def _item_start_index(s: Scan, a: int) -> int:
    """The first token of a segment that is no line break."""
    while a < s.n - 1 and s.toks[a].type == "EOL":
        a += 1
    return a


def _item_start(s: Scan, a: int) -> int:
    """Past the segment's marker and the joiners after it."""
    k = marker_end(s, a)
    k = a if k is None else k
    while k < s.n and (s.toks[k].value in ",:" or s.toks[k].type == "EOL" or s.toks[k].pos in ("CONJ", "PRCL")) \
            and s.toks[k].lemma not in s.w.reason_openers:
        k += 1
    return _past_reason(s, k)


def _past_reason(s: Scan, k: int) -> int:
    """Past a clause of reason or condition that opens the item ("поскольку засуха угрожает урожаю, провести
    ..."), when an infinitive follows its comma; else ``k``."""
    if k >= s.n or s.toks[k].lemma not in s.w.reason_openers:
        return k
    for j in range(k + 1, s.n - 1):
        if s.toks[j].value == ";":
            break
        if s.toks[j].value == "," and (s.toks[j + 1].pos == "INFN" or s.toks[j + 1].pos == "ADVB"
                                       and j + 2 < s.n and s.toks[j + 2].pos == "INFN"):
            return j + 1
    return k


def _goes_on(s: Scan, k: int, b: int) -> bool:
    """After an item: does another undertaking of the segment follow ("X, провести Y")?"""
    if k >= b:
        return False
    if s.toks[k].pos == "INFN":
        return True
    h = np_head(s, k)
    return h is not None and h < b and kind_at(s, h) is not None


def segment_items(s: Scan, a: int, b: int, ph: StancePhrase, stance: str) -> list[Item]:
    """The undertakings of the segment ``[a, b)``, each read as the head predicate's object."""
    out: list[Item] = []
    k = _item_start(s, a)
    while k < b and len(out) < _MAX_ITEMS:
        found = [it for it in objects.walk_from(s, k, ph) if it.start < b]
        if not found:
            break
        for it in found:
            it.stance = stance
            it.stop = min(it.stop, b)
        out.extend(found)
        k = max(it.stop for it in found)
        while k < b and s.is_joiner(k):
            k += 1
        if not _goes_on(s, k, b):
            break
    return out


def list_items(s: Scan, i: int, ph: StancePhrase, stance: str) -> list[Item]:
    """The items of the list from token ``i``: one segment after another."""
    out: list[Item] = []
    for a, b in segments(s, i):
        out.extend(segment_items(s, a, b, ph, stance))
        if len(out) >= _MAX_ITEMS:
            break
    return out


# -- a list after a colon, in the sentence or after it -----------------------------------------
def _at_end(s: Scan, j: int) -> bool:
    return all(not t.is_word and not t.is_int for t in s.toks[j + 1:])


def opens_list(s: Scan, j: int) -> bool:
    """Does the mark at ``j`` open the list a predicate's walk reached: a colon, a full stop after
    "следующее" ending the sentence ("Конкретно предлагаю следующее."), or a comma before an ordinal
    ("Предлагаем, во-первых, создать ...")?"""
    v = s.toks[j].value
    if v == ":":
        return True
    if v == "." and j > 0 and s.toks[j - 1].lemma in s.w.cataphors:
        return _at_end(s, j)
    return v == "," and j + 1 < s.n and _numbered(s, j + 1)


def after_mark(s: Scan, j: int, a: int, ph: StancePhrase, stance: str, kind: str | None = None) -> list[Item]:
    """The list a predicate at ``a`` heads from the mark at ``j``: its items, or none for now when
    the mark ends the sentence (the list is opened for the sentences after it)."""
    open_list = OpenList(ph, stance, subject_proposer(s, a, stance), kind=kind)
    s.ctx.cache("initiatives")[OPEN] = open_list  # the sentences after this one may go on with the list
    if _at_end(s, j):
        return []
    parts = segments(s, j + 1)
    open_list.semicolon = s.toks[-1].value == ";"
    open_list.numbered = _numbered(s, _item_start_index(s, parts[-1][0])) if parts else False
    return _of_kind(s, list_items(s, j + 1, ph, stance), kind)


def _of_kind(s: Scan, items: list[Item], kind: str | None) -> list[Item]:
    """An item of a set's list whose own words name no kind takes the set's ("ряд проектов: – возведение X")."""
    if kind is not None:
        for it in items:
            if kind_of(s, it) == "other" and not it.kind:
                it.kind = kind
    return items


def _set_noun(s: Scan, h: int, end: int) -> int | None:
    """The plural undertaking noun of a counted set at ``h``: the head itself when a numeral, a quantifier or
    "следующие" counts it ("несколько инициатив", "три проекта", "следующие проекты"), the genitive after a
    generic set ("ряд инфраструктурных проектов", "целый ряд мер")."""
    toks = s.toks
    if toks[h].lemmas & s.w.generic_sets:
        return next((k for k in range(h + 1, end) if toks[k].pos == "NOUN"), None)
    before = toks[max(0, h - 3):h]
    counted = any(t.is_int or t.pos == "NUMR" or t.lemma in s.w.quantifiers or t.lemma in s.w.cataphors
                  for t in before)
    return h if counted else None


def set_list(s: Scan, j: int, h: int, a: int, ph: StancePhrase, stance: str) -> list[Item] | None:
    """A counted set of undertakings before a colon ("реализует целый ряд инфраструктурных проектов:",
    "предлагаем несколько инициатив:", "поддерживаем следующие проекты:") names none itself and heads a list:
    each item (a segment between ";", bullets, numbers, or a conjunct) is an undertaking with the predicate's
    stance, its kind the set's when its own words name none; None when the phrase at ``j`` is no such set."""
    noun = _set_noun(s, h, min(s.n, h + 4))  # the cheap tests first: a counted set, then a colon after it
    if noun is None:
        return None
    end = set_end(s, j)
    if end >= s.n or s.toks[end].value != ":" or noun >= end:
        return None
    e = kind_at(s, noun) if noun is not None else None
    if e is None or not s.toks[noun].has("plur"):
        return None
    kind = e.kind if e.role != "defer" and e.kind != "initiative" else None
    return after_mark(s, end, a, replace(ph, any_object=True), stance, kind)


def _verbless(toks: list[Token]) -> bool:
    return not any(is_finite(t) for t in toks)


def _is_item(s: Scan, open_list: OpenList) -> bool:
    """Does the sentence continue an open list?"""
    if open_list.numbered:
        return _numbered(s, 0)
    first = s.toks[0]
    if marker_end(s, 0) is not None or open_list.semicolon:
        return True
    if first.is_word and first.value[:1].islower():
        return True
    h = np_head(s, 0)
    return h is not None and _verbless(s.toks) and kind_at(s, h) is not None


def carried(s: Scan) -> list[Item]:
    """The items of a sentence that continues a list opened before it. The list closes at the first
    sentence that is none of its items; between numbered items ("Первое – ...") two sentences may stand."""
    cache = s.ctx.cache("initiatives")
    open_list: OpenList | None = cache.get(OPEN)
    if open_list is None:
        return []
    if not _is_item(s, open_list):
        open_list.gap += 1
        if not open_list.numbered or open_list.gap > 2:
            cache.pop(OPEN, None)
        return []
    open_list.gap = 0
    open_list.numbered = open_list.numbered or _numbered(s, 0)
    open_list.semicolon = s.toks[-1].value == ";"
    items = _of_kind(s, list_items(s, 0, open_list.phrase, open_list.stance), open_list.kind)
    for it in items:
        it.proposer = it.proposer or open_list.proposer
    return items


def _proposal_set_at_end(s: Scan) -> int | None:
    """The plural proposal noun of a counted set that ends the sentence ("Хотел бы внести ряд предложений.",
    "У нас три конкретные инициативы."), or None: such a set names nothing, the numbered sentences after it
    are its items."""
    toks = s.toks
    k = s.n - 1
    while k > 0 and not toks[k].is_word:
        k -= 1
    if toks[-1].value != "." or not toks[k].lemmas & s.w.counted_proposals or not toks[k].has("plur"):
        return None
    j = k - 1
    while j >= 0 and toks[j].pos in ("ADJF", "PRTF") and toks[j].lemma not in s.w.cataphors:
        j -= 1  # "ряд конкретных предложений"
    counted = j >= 0 and (toks[j].has("NUMR") or toks[j].is_int
                          or bool(toks[j].lemmas & s.w.generic_sets))
    return k if counted else None


def _set_head(s: Scan, preds: list[Predicate]) -> list[Item]:
    """A counted set of proposals ending the sentence opens a list with the stance of the predicate before it,
    or as proposals when none stands there ("У нас есть несколько предложений.")."""
    k = _proposal_set_at_end(s)
    if k is None:
        return []
    before = [p for p in preds if p.stop <= k]
    if before:
        return after_mark(s, s.n - 1, before[-1].start, before[-1].phrase, before[-1].stance)
    if not s.toks[k].lemmas & s.w.proposal_heads:
        return []
    return after_mark(s, s.n - 1, k, StancePhrase((s.toks[k].lemma,), "proposes", False), "proposes")


def proposal_head(s: Scan, preds: list[Predicate]) -> list[Item]:
    """"Предложения пакистанской стороны выглядели так:": a plural proposal noun in the nominative before
    a colon heads a list of proposals; a counted set of them ending the sentence heads the list after it."""
    toks = s.toks
    colon = next((j for j, t in enumerate(toks) if t.value == ":"), None)
    if colon is None:
        return _set_head(s, preds)
    if any(hit.payload.object != "infinitive" for hit in s.lex.stances.findall(toks[:colon])):
        return []  # a stance verb heads its own list (``after_mark``); a proposal noun heads it only with a verb
    head = next((k for k in range(colon) if toks[k].lemmas & s.w.proposal_heads and toks[k].has("plur")
                 and "nomn" in toks[k].cases("NOUN")), None)
    if head is None:
        return []
    ph = StancePhrase((toks[head].lemma,), "proposes", False)
    return after_mark(s, colon, head, ph, "proposes")
