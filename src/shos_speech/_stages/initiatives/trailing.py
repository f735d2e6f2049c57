"""The stance a clause after an undertaking gives it: its own predicate, or a relative clause about it.

An undertaking named without a stance takes one from what is said of it right after: a verb of progress
whose subject it is, alone or joined to others ("строительство железной дороги идет по графику", "модернизация
порта ведется": implements), a modal of obligation ("коридор и строительство дороги должны стать опорой":
calls for), a participle of a stance predicate agreeing with it, with the signatories after it
("Самаркандская декларация, подписанная главами государств": adopts), or a relative clause about it whose
predicate is a stance predicate ("строительство дороги, к которому мы приступили в декабре": implements;
"проект, который мы поддерживаем": supports) or whose subject is work on it going on ("коридор, работы по
которому уже идут": implements).
"""
from __future__ import annotations

from collections.abc import Sequence

from .chunking import np_head
from .kinds import kind_at
from .lexicon import Words
from .objects import agrees_strictly
from .phrases import np_items
from .predicates import Predicate
from .scan import Item, Scan, is_finite

#: how far after an undertaking its relative pronoun may stand ("..., работы по которой")
_PRONOUN_REACH = 4
#: how far after the pronoun the clause's predicate may stand ("к которому мы приступили в декабре")
_CLAUSE_REACH = 6


def _progress(s: Scan, k: int) -> bool:
    """A verb of progress at ``k`` in the present or past ("идет", "ведутся", "продолжалось"), adverbs
    before it stepped over by the caller."""
    t = s.toks[k]
    return t.pos == "VERB" and bool(t.lemmas & s.w.progress_verbs) and "futr" not in t.grams[0]


def _after_adverbs(s: Scan, k: int) -> int:
    while k < s.n and s.toks[k].pos in ("ADVB", "PRCL"):
        k += 1
    return k


def _nominative(s: Scan, it: Item) -> bool:
    """The undertaking, or the action noun right before it, in the nominative: it may be a subject."""
    h = it.head if it.head is not None else it.start
    first = it.start - 1 if it.start > 0 and s.toks[it.start - 1].pos == "NOUN" else it.start
    # "Строительство [газопровода «X»] ведется": the action noun before the item or opening it
    return "nomn" in s.toks[h].cases("NOUN") or (s.toks[first].pos == "NOUN" and "nomn" in s.toks[first].cases("NOUN"))


def _chain_end(s: Scan, it: Item, later: Sequence[Item]) -> int:
    """The end of the undertakings joined to ``it`` by "и" or a comma ("коридор «Север – Юг» и строительство
    железной дороги Решт – Астара"), an action noun before a conjunct allowed: they share a predicate."""
    end = it.stop
    for nxt in later:
        gap = s.toks[end:nxt.start]
        if not gap or len(gap) > 2 or not (s.is_joiner(end) and all(
                s.is_joiner(end + x) or t.pos == "NOUN" for x, t in enumerate(gap))):
            break
        end = nxt.stop
    return end


def _subject_stance(s: Scan, end: int) -> str | None:
    """The stance the predicate right after a subject gives it: a verb of progress ("строительство дороги идет
    по графику": implements), a modal of obligation ("коридор должен стать опорой": calls for)."""
    k = _after_adverbs(s, end)
    if k >= s.n:
        return None
    if _progress(s, k):
        return "implements"
    return "calls_for" if s.toks[k].lemmas & s.w.obligations and s.toks[k].pos == "ADJS" else None


def _progress_before(s: Scan, it: Item) -> str | None:
    """"уже реализуется Целевая программа", "ведется строительство дороги": a verb of progress right before its
    subject (the verb first, as reports put it)."""
    k = it.start - 1
    while k >= 0 and s.toks[k].pos in ("ADVB", "PRCL"):
        k -= 1
    return "implements" if k >= 0 and _progress(s, k) and _nominative(s, it) else None


def _participle_after(s: Scan, it: Item, preds: Sequence[Predicate]) -> str | None:
    """"Самаркандская декларация, подписанная главами государств": a participle of a stance predicate after the
    comma that ends the undertaking, agreeing with its head."""
    k = it.stop + 1
    if it.head is None or k >= s.n or s.toks[it.stop].value != "," or s.toks[k].pos != "PRTF":
        return None
    if it.start > 0 and s.toks[it.start - 1].pos == "PREP":
        return None  # "В Международный год ..., объявленный ООН, ...": a time or a frame, no stance of the speaker
    if not any(t.pos == "NOUN" and "ablt" in t.cases("NOUN") for t in s.toks[k + 1:k + 3]):
        return None  # an outcome names its signatories ("подписанная главами государств"); "принятые по этому
        # вопросу" only describes documents of the past
    p = next((p for p in preds if p.start == k), None)
    return p.stance if p is not None and agrees_strictly(s.toks[k], s.toks[it.head]) else None


def _pronoun(s: Scan, it: Item) -> int | None:
    """The relative pronoun of a clause right after the undertaking (", к которому", ", работы по которой")."""
    if it.stop >= s.n or s.toks[it.stop].value != ",":
        return None
    for k in range(it.stop + 1, min(s.n, it.stop + 1 + _PRONOUN_REACH)):
        if s.toks[k].lemmas & s.w.relative_pronouns:
            return k
        if is_finite(s.toks[k]) or not s.toks[k].is_word:
            return None
    return None


def _relative_stance(s: Scan, it: Item, preds: Sequence[Predicate]) -> str | None:
    """The stance the relative clause after the undertaking gives it, or None."""
    k = _pronoun(s, it)
    if k is None:
        return None
    end = next((x for x in range(k + 1, s.n) if s.toks[x].value in ",;:.!?()"), s.n)
    end = min(end, k + 1 + _CLAUSE_REACH)
    own = next((p for p in preds if k < p.start < end), None)
    if own is not None and own.phrase.words[0] in s.w.hosting:
        return None  # "конференция, которую Баку примет в ноябре": its host named, no stance
    if own is not None and own.stance != "mentions":
        return own.stance  # "который мы поддерживаем"
    fronted = _fronted_preposition(s, k, end)
    if fronted is not None:
        return fronted  # "к которому мы приступили"
    work = any(s.toks[x].lemmas & s.w.works for x in range(it.stop + 1, k))
    verb = _after_adverbs(s, k + 1)
    if work and verb < end and _progress(s, verb):
        return "implements"  # "работы по которой уже идут"
    return None


def _fronted_preposition(s: Scan, k: int, end: int) -> str | None:
    """"к которому мы приступили": the preposition fronted with the pronoun put back after the clause's verb
    ("приступили к"), the stance of the predicate they make."""
    if k == 0 or s.toks[k - 1].pos != "PREP":
        return None
    for x in range(k + 1, end):
        if s.toks[x].pos not in ("VERB", "INFN"):
            continue
        hits = [h for h in s.lex.stances.matches_at([s.toks[x], s.toks[k - 1]], 0) if h.stop == 2]
        if hits:
            return hits[0].payload.stance
    return None


def trailing_words(w: Words) -> frozenset[str]:
    """The words one of which a sentence must hold for a clause after an undertaking to give it a stance."""
    return w.progress_verbs | w.relative_pronouns | w.obligations | w.participle_stances


def trailing_stances(s: Scan, preds: Sequence[Predicate], items: Sequence[Item]) -> None:
    """Give the undertakings named without a stance the stance of the clause right after them."""
    ordered = sorted(items, key=lambda it: it.start)
    for n, it in enumerate(ordered):
        if it.stance != "mentions" or it.stop >= s.n:
            continue
        stance = _subject_stance(s, _chain_end(s, it, ordered[n + 1:])) if _nominative(s, it) else None
        stance = stance or _progress_before(s, it) or _relative_stance(s, it, preds) or _participle_after(s, it, preds)
        if stance is not None:
            it.stance = stance


def _fronted_end(s: Scan, p: Predicate) -> int | None:
    """"X мы полностью поддерживаем", "X лидеры подписали": the end of what stands before the personal or plural
    subject of a verbal predicate, or None when no such subject stands right before it."""
    if s.toks[p.start].pos != "VERB":
        return None
    k = p.start - 1
    while k > 0 and s.toks[k].pos in ("ADVB", "PRCL"):
        k -= 1
    if k <= 0:
        return None
    if s.toks[k].lemma in s.w.first_person:
        return k
    return k if _plural_subject(s, k, p.start) else None


def _plural_subject(s: Scan, k: int, v: int) -> bool:
    """"Решение о завершении процедуры лидеры подписали": a plural nominative subject right before a plural verb,
    the object before it singular (it cannot be the subject)."""
    t = s.toks[k]
    if t.pos != "NOUN" or not any(c == "nomn" and n == "plur" for c, n, _g in t.readings("NOUN")):
        return False
    return s.toks[v].has("plur") and not s.toks[v].has("sing")


def fronted_objects(s: Scan, preds: Sequence[Predicate]) -> list[Item]:
    """"Инициативу Казахстана о создании центра мы полностью поддерживаем": an undertaking opening its clause in
    the accusative, the speaker's pronoun and a stance verb after it (the object put first), takes its stance."""
    out: list[Item] = []
    for p in preds:
        end = _fronted_end(s, p)
        if end is None or p.stance == "mentions":
            continue
        c = next((x + 1 for x in range(end - 1, -1, -1) if s.toks[x].value in ",;:.!?()"), 0)
        h = np_head(s, c)
        if h is None or h >= end or "accs" not in s.toks[h].cases("NOUN") or kind_at(s, h) is None:
            continue
        if s.toks[end].lemma not in s.w.first_person and s.toks[h].has("plur"):
            continue  # a plural object before a plural subject: which is which is not told
        for it in np_items(s, c, h, p.stance)[:1]:
            it.stop = min(it.stop, end)  # the phrase runs on to the pronoun ("Соглашение о транзите мы")
            it.pred, it.pred_stop = p.start, p.stop
            out.append(it)
    return out
