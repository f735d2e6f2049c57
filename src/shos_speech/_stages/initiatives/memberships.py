"""Joining a body named without a stance: accessions, membership, a status in a body, a body's growth.

ONTOLOGY §5: accession and observer or partner status are Initiatives of kind ``other``. They are
named wherever they stand ("принятие Беларуси в полноправные члены ШОС", "присоединение нашей
страны к Организации", "членство Ирана в ШОС", "обретение статуса полноправного члена",
"завершение процедуры вступления", "расширение состава государств-членов"), not only after a
stance predicate; an item a predicate takes covers the same words and wins (:mod:`.selection`).
"""
from __future__ import annotations

from collections.abc import Sequence

from ...normalize import nominative
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


def _application(s: Scan, i: int) -> int | None:
    """"заявки ряда стран на статус партнера", "заявку Ирана на членство": the application noun before "на" and
    the status or membership applied for (its owner's genitive between), or None."""
    if i < 2 or s.lemma(i - 1) != "на":
        return None
    for k in range(i - 2, max(-1, i - 6), -1):
        t = s.toks[k]
        if t.lemmas & s.w.applications and t.pos == "NOUN":
            return k
        if not (t.is_word and "gent" in t.cases()) or is_finite(t):
            return None
    return None


def _status(s: Scan, i: int) -> bool:
    """"обретение статуса наблюдателя", "предоставление статуса полноправного члена", "заявка на статус
    партнера": a place in a body given, taken or applied for ("имеют статус наблюдателей" is a state held)."""
    if not s.toks[i].lemmas & s.w.status_nouns or not (_changed(s, i) or _application(s, i) is not None):
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
    applied = _application(s, i)
    if applied is not None:
        return applied  # "Заявки ряда стран на статус партнера по диалогу"
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
    return w.accession | w.status_nouns | w.body_growth | w.becoming | w.being | w.entering | w.suspensions


def _becoming_verb(s: Scan, i: int) -> int | None:
    """"стала (десятым) членом", "стать полноправными членами": the verb of becoming before a member noun in
    the instrumental, only modifiers between; "является членом" only with the date of joining before it."""
    k = i - 1
    while k >= 0 and i - k <= 3 and s.toks[k].pos in s.w.member_modifier_pos:
        k -= 1
    if k >= 0 and s.toks[k].lemmas & s.w.being and _dated(s, k):
        return k  # "Иран с 2023 года является полноправным членом ШОС": a membership dated from its accession
    return k if k >= 0 and s.toks[k].lemmas & s.w.becoming else None


def _dated(s: Scan, k: int) -> bool:
    """"с 2023 года" in the few words before the verb at ``k``: since when a membership holds."""
    window = s.toks[max(0, k - 5):k]
    return any(t.lemma == "с" and nxt.is_int for t, nxt in zip(window, window[1:], strict=False))


def _among(s: Scan, i: int) -> int | None:
    """"войти в число (его) учредителей": the verb of entering "в число" before a plural member noun at ``i``,
    a possessive between (the body named before it), or None."""
    k = i - 1
    if k >= 0 and s.toks[k].lemmas & s.w.possessives:
        k -= 1
    if k < 2 or s.toks[k].lemma != "число" or s.lemma(k - 1) != "в" or not s.toks[k - 2].lemmas & s.w.entering:
        return None
    return k - 2


def _body_named(s: Scan, i: int) -> int | None:
    """The end of the body named right after a member noun ("членом Шанхайской организации сотрудничества",
    "членами объединения"), or None when it names none ("стал членом жюри")."""
    j = i + 1
    if j + 1 < s.n and s.lemma(j) in s.w.joined_via and s.in_institution(j + 1):
        j += 1  # "наблюдателем в ОДКБ"
    while j < s.n and s.toks[j].pos == "ADJF" and not s.in_institution(j):
        j += 1
    if j >= s.n or not (s.in_institution(j) or s.toks[j].lemmas & s.w.member_bodies):
        return None
    j += 1
    while j < s.n and (s.in_institution(j) or s.toks[j].is_acronym):
        j += 1
    return j


def _becoming_stance(s: Scan, v: int, preds: Sequence[Predicate]) -> str:
    """A past "стала членом" adopts; an infinitive takes the predicate that governs it ("приняли решение
    пригласить X стать членами", the first predicate of the chain); a future one only mentions."""
    if s.toks[v].pos == "INFN":
        before = [p for p in preds if p.stop <= v and not any(is_finite(t) for t in s.toks[p.stop:v])]
        return before[0].stance if before else "mentions"  # the outermost: "приняли решение пригласить"
    return "adopts" if s.toks[v].has("past") else "mentions"


def becoming_members(s: Scan, preds: Sequence[Predicate] = ()) -> list[Item]:
    """A country becoming a member of a body: an accession (ONTOLOGY §5, kind other), the span from the verb
    to the body ("Беларусь стала десятым членом ШОС"); a membership held ("является членом") is none."""
    out: list[Item] = []
    for i, t in enumerate(s.toks):
        among = _among(s, i) if t.lemmas & s.w.founders and "gent" in t.cases("NOUN") else None
        if among is not None:  # "выразил готовность войти в число его учредителей"
            end = _body_named(s, i) or i + 1
            it = Item(among, end, _becoming_stance(s, among, preds), "mention", head=i, kind="other")
            it.fixed_name = "вхождение " + s.text[s.toks[among + 1].span.start:s.toks[end - 1].span.stop]
            out.append(it)
            continue
        if not t.lemmas & s.w.joined_as or "ablt" not in t.cases("NOUN"):
            continue
        v = _becoming_verb(s, i)
        end = _body_named(s, i) if v is not None else None
        if end is not None:
            it = Item(v, end, _becoming_stance(s, v, preds), "mention", head=i, kind="other")
            it.fixed_name = nominative(s.text, s.toks[v + 1:end])  # "десятый член Шанхайской организации ..."
            who = _subject(s, v)
            it.target = nominative(s.text, who) if who else None  # who joins
            out.append(it)
            gapped = _gapped_body(s, end)
            if gapped is not None:
                body = s.text[s.toks[gapped[1] - 1].span.start:s.toks[gapped[1] - 1].span.stop]
                out.append(Item(gapped[0], gapped[1], it.stance, "mention", head=gapped[1] - 1, kind="other",
                                target=it.target, fixed_name=f"{t.lemma} {body}" if gapped[1] - gapped[0] else None))
    return out


def _gapped_body(s: Scan, end: int) -> tuple[int, int] | None:
    """", а с 2024 года – БРИКС": a second body joined, the verb and the member noun left out after a dash
    (tokens ``[start, stop)`` from the date to the body), or None."""
    if end + 3 >= s.n or s.toks[end].value != "," or s.lemma(end + 1) != "а":
        return None
    k = end + 2
    while k < s.n and k < end + 7 and _date_word(s, k):
        k += 1
    if k == end + 2 or k + 1 >= s.n or not s.toks[k].is_dash or not s.in_institution(k + 1):
        return None
    stop = k + 2
    while stop < s.n and s.in_institution(stop) and s.toks[stop].is_word:
        stop += 1
    return end + 2, stop


def _date_word(s: Scan, k: int) -> bool:
    """A word of a date before the verb: "с", the year, "года"."""
    t = s.toks[k]
    return t.is_int or t.lemma == "с" or bool(t.lemmas & s.w.date_nouns)


def _subject(s: Scan, v: int) -> list:
    """The capitalized nominative right before a finite verb of becoming ("Беларусь (официально) стала")."""
    if s.toks[v].pos == "INFN":
        return []
    k = v - 1
    while k >= 0 and (s.toks[k].pos in ("ADVB", "PRCL") or _date_word(s, k)):
        k -= 1  # "Беларусь официально стала", "Иран с 2023 года является"
    if k < 0 or not (s.toks[k].is_cap and "nomn" in s.toks[k].cases("NOUN")):
        return []
    a = k
    while a > 0 and s.toks[a - 1].is_cap and s.toks[a - 1].pos in ("ADJF", "NOUN") and a - 1 > 0:
        a -= 1  # "Республика Беларусь", "Объединенные Арабские Эмираты" (not the sentence's first word)
    return list(s.toks[a:k + 1])


def memberships(s: Scan, preds: Sequence[Predicate] = ()) -> list[Item]:
    """Every accession, membership, status or growth of a body the sentence names."""
    out: list[Item] = []
    for i in range(s.n):
        if out and i < out[-1].stop or not _joining(s, i):
            continue
        start = _start(s, i)
        out.append(Item(start, _end(s, i), _reaching(s, start, preds), "mention", head=i, kind="other"))
    lemmas = frozenset(t.lemma for t in s.toks)
    if s.w.suspensions & lemmas:
        out += [it for it in suspended(s) if not any(o.start < it.stop and it.start < o.stop for o in out)]
    if (s.w.becoming | s.w.being | s.w.entering) & lemmas:
        out += [it for it in becoming_members(s, preds) if not any(o.start < it.stop and it.start < o.stop
                                                                      for o in out)]
    return out


def _participation_end(s: Scan, i: int) -> int | None:
    """"участие Армении в деятельности организации", "свое участие в ОДКБ": the end of the body a country takes
    part in after the noun at ``i`` (its genitive owner, a generic activity between), or None."""
    j = i + 1
    if j < s.n and s.toks[j].is_cap and "gent" in s.toks[j].cases():
        j += 1
    if s.lemma(j) not in s.w.joined_via:
        return None
    j += 1
    if j < s.n and s.toks[j].lemmas & s.w.activities:
        j += 1  # "в деятельности организации"
    if j >= s.n or not (s.in_institution(j) or s.toks[j].lemmas & s.w.member_bodies):
        return None
    j += 1
    while j < s.n and (s.in_institution(j) or s.toks[j].is_acronym) and s.toks[j].is_word:
        j += 1
    return j


def suspended(s: Scan) -> list[Item]:
    """A country's membership or participation in a body frozen or suspended ("Участие Армении в деятельности
    организации остается замороженным", "заморозил свое участие в ОДКБ"): a status in a body changed, an
    undertaking of kind other (ONTOLOGY §5) named without a stance."""
    out: list[Item] = []
    for i, t in enumerate(s.toks):
        if not t.lemmas & s.w.suspended_places or t.pos != "NOUN":
            continue
        if not any(x.lemmas & s.w.suspensions for x in s.toks[max(0, i - 4):i + 9]):
            continue
        end = _participation_end(s, i)
        if end is None:
            continue
        start = i - 1 if i > 0 and s.toks[i - 1].pos == "ADJF" else i  # "свое участие"
        owner = s.toks[i + 1] if s.toks[i + 1].is_cap else None
        out.append(Item(start, end, "mentions", "mention", head=i, kind="other",
                        target=nominative(s.text, [owner]) if owner is not None else None))
    return out
