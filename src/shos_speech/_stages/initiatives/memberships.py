"""Joining a body named without a stance: accessions, membership, a status in a body, a body's growth.

ONTOLOGY §5: accession and observer or partner status are Initiatives of kind ``other``. They are
named wherever they stand ("принятие Беларуси в полноправные члены ШОС", "присоединение нашей
страны к Организации", "членство Ирана в ШОС", "обретение статуса полноправного члена",
"завершение процедуры вступления", "расширение состава государств-членов"), not only after a
stance predicate; an item a predicate takes covers the same words and wins (:mod:`.selection`).
"""
from __future__ import annotations

from collections.abc import Sequence

from .kinds import accession
from .lexicon import Words
from .predicates import Predicate
from .scan import Item, Scan, is_finite

#: how far after the accession noun the body joined may stand ("вступления Республики Беларусь в ШОС")
_REACH = 6


def _body_after(s: Scan, i: int) -> bool:
    """"в ШОС", "к Организации", "в полноправные члены": the body or the place joined, within reach."""
    for k in range(i + 1, min(s.n, i + _REACH)):
        t = s.toks[k]
        if t.is_punct or is_finite(t):
            return False
        if t.lemma in s.w.joined_via:
            j = k + 1
            while j < s.n and s.toks[j].pos == "ADJF" and not s.in_institution(j):
                j += 1
            return j < s.n and (s.in_institution(j) or bool(s.toks[j].lemmas & s.w.member_nouns))
    return False


def _changed(s: Scan, i: int) -> bool:
    """An action noun before ``i`` ("обретение статуса", "предоставление статуса", "начало процедуры")."""
    t = s.toks[i - 1] if i > 0 else None
    return t is not None and t.pos == "NOUN" and bool(t.lemmas & s.w.action_wrappers or t.lemma.endswith("ние"))


def _status(s: Scan, i: int) -> bool:
    """"обретение статуса наблюдателя", "предоставление статуса полноправного члена": a place in a body
    given or taken ("имеют статус наблюдателей" is a state held)."""
    if not s.toks[i].lemmas & s.w.status_nouns or not _changed(s, i):
        return False
    for k in range(i + 1, min(s.n, i + 4)):
        if s.toks[k].lemmas & s.w.member_nouns:
            return True
        if s.toks[k].pos != "ADJF":
            return False
    return False


def _growth(s: Scan, i: int) -> bool:
    """"расширение ШОС", "расширение состава государств-членов": a body taking new members."""
    return bool(s.toks[i].lemmas & s.w.body_growth) and i + 1 < s.n and (
        s.in_institution(i + 1) or bool(s.toks[i + 1].lemmas & s.w.body_parts))


def _start(s: Scan, i: int) -> int:
    """The procedure, the action noun and the adjectives before the phrase ("начало процедуры приема",
    "предстоящее расширение")."""
    start = i
    if start > 0 and s.toks[start - 1].lemmas & s.w.procedures:
        start -= 1
    if _changed(s, start):
        start -= 1  # "завершение процедуры вступления", "обретение статуса"
    while start > 0 and s.toks[start - 1].pos == "ADJF" and not s.toks[start - 1].has("PRTF"):
        start -= 1
    return start


def _joining(s: Scan, i: int) -> bool:
    t = s.toks[i]
    w = s.w
    # the cheap test first: one of the class's words
    if not (t.lemmas & w.accession or t.lemmas & w.status_nouns or t.lemmas & w.body_growth) or t.pos != "NOUN" \
            or s.in_institution(i):
        return False
    if i > 1 and s.toks[i - 1].lemmas & s.w.since_nouns and s.lemma(i - 2) == "с":
        return False  # "с момента присоединения": a date
    if accession(s, i):
        if t.lemmas & s.w.states_held and not (_changed(s, i) or s.toks[i + 1 if i + 1 < s.n else i].pos != "PREP"):
            return False  # "членство в ОДКБ не удержало": a state held
        return _body_after(s, i) or (i > 0 and bool(s.toks[i - 1].lemmas & s.w.procedures))
    return _status(s, i) or _growth(s, i)


def _chain_word(s: Scan, j: int) -> bool:
    """A word of the genitive chain: a genitive, a body's name, an acronym, a tight hyphen, a name's second
    capital ("Республики Беларусь")."""
    t = s.toks[j]
    if t.lemma in s.w.joined_via:
        return False
    if s.in_institution(j) or t.is_acronym or (t.value == "-" and s.tight(j - 1, j)):
        return True
    if t.pos in ("NOUN", "ADJF", "PRTF") and "gent" in t.cases():
        return True
    return t.is_cap and s.toks[j - 1].is_cap and s.toks[j - 1].is_word


def _end(s: Scan, i: int) -> int:
    """The genitive chain after the head, then the body joined ("в полноправные члены ШОС", "к Организации")."""
    j = i + 1
    while j < s.n and _chain_word(s, j):
        j += 1
    if j < s.n and s.lemma(j) in s.w.joined_via:
        k = j + 1
        while k < s.n and s.toks[k].pos == "ADJF" and not s.in_institution(k):
            k += 1
        if k < s.n and (s.in_institution(k) or s.toks[k].lemmas & s.w.member_nouns):
            j = k + 1
            while j < s.n and _chain_word(s, j):
                j += 1
    return j


def _reaching(s: Scan, start: int, preds: Sequence[Predicate]) -> str:
    """The stance of a predicate shortly before, with only words of one clause between ("поддерживаем
    консенсус о начале процедуры приема", "поздравил Иран с обретением статуса"), else mentions."""
    for p in reversed(preds):
        if p.stop > start:
            continue
        between = s.toks[p.stop:start]
        if len(between) <= _REACH and not any(t.is_punct or is_finite(t) or t.pos == "INFN" for t in between):
            return p.stance
        break
    return "mentions"


def joining_words(w: Words) -> frozenset[str]:
    """The words one of which a sentence must hold to name a joining (the stage's cheap test)."""
    return w.accession | w.status_nouns | w.body_growth


def memberships(s: Scan, preds: Sequence[Predicate] = ()) -> list[Item]:
    """Every accession, membership, status or growth of a body the sentence names."""
    out: list[Item] = []
    for i in range(s.n):
        if out and i < out[-1].stop or not _joining(s, i):
            continue
        start = _start(s, i)
        out.append(Item(start, _end(s, i), _reaching(s, start, preds), "mention", head=i, kind="other"))
    return out
