"""The items a noun phrase or an infinitive phrase makes: where it starts, where it ends, what follows.

"создание Энергетического клуба СНГ" is one item; "строительство ГЭС и подписание
соглашения" two; "учредить орган ШОС по борьбе с ..." an infinitive item whose object is
"орган"; "объединить усилия для создания X" stands for its purpose, X.
"""
from __future__ import annotations

import re

from . import coordination, enumerations
from .authors import ablt_to_nomn
from .chunking import chunk_end, comma_conjunct, head_noun, name_end, np_head, paren_end, pp_end, trim
from .documents import counted_documents, set_end
from .kinds import kind_at, verb_kind, wraps_kind
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan

#: wrappers a genitive conjunct shares ("строительство Рогунской ГЭС, а также ряда малых ГЭС")
_SHARED_WRAPPER = re.compile(r"(ние|тие|ство)$")
#: an action noun on a thing named before ("его учреждение", "ее ратификация", "их строительство")
_ACTION = re.compile(r"(ние|тие|ство|ция)$")


# -- noun phrases ------------------------------------------------------------------------------
def _agent_before_head(s: Scan, i: int, h: int) -> tuple[int, str | None]:
    """"выдвинутой Си Цзиньпином инициативы": the author, and the span starts after it."""
    toks = s.toks
    for k in range(i, h):
        if toks[k].pos == "PRTF" and toks[k].lemma in s.w.agent_verbs:
            b = k + 1
            while b < h and (toks[b].is_acronym or (toks[b].is_cap and "ablt" in toks[b].cases())):
                b += 1
            if b > k + 1:
                return b, ablt_to_nomn(toks[k + 1:b])
            break
    return i, None


def named_effort(s: Scan, h: int) -> bool:
    """"усилия Генерального секретаря ООН по деэскалации", "усилия Азербайджана по восстановлению": the
    efforts of a named actor toward a step are an undertaking (not "объединить усилия", "усилия по борьбе")."""
    toks = s.toks
    if "усилие" not in toks[h].lemmas:
        return False
    k = h + 1
    named = False
    while k < s.n and k < h + 8 and toks[k].is_word and toks[k].lemma != "по" and "gent" in toks[k].cases():
        named = named or toks[k].is_cap or toks[k].is_acronym or bool(toks[k].lemmas & s.w.actors)
        k += 1
    return named and k < s.n and toks[k].lemma == "по"


def _split_after_stop_pair(s: Scan, end: int, head_case: frozenset[str]) -> tuple[str, int]:
    """After an adverbial ("в качестве ..."), a second undertaking of the head's case may follow:
    "о присоединении Кувейта к СВМДА в качестве ..., а также о предоставлении ..."."""
    toks, n = s.toks, s.n
    k = end
    while k < n and k < end + 25 and toks[k].value not in (",", ".", ";"):
        hk = np_head(s, k + 1) if toks[k].value == "и" and k < end + 10 else None
        if hk is not None and kind_at(s, hk) and head_case & toks[hk].cases("NOUN"):
            return "split", k  # "... в качестве полноправного члена и подписание ..."
        k += 1
    if k + 2 < n and toks[k].value == "," and s.also_at(k + 1):
        return "split", k
    if k < n and toks[k].value == "," and comma_conjunct(s, k, head_case):
        return "split", k  # "заявление по итогам встречи, обращение к ..."
    return "stop_pair", end


def _no_undertaking(s: Scan, i: int, h: int, end: int, source: str) -> bool:
    """A phrase that names nothing: a bare wrapper, routine work, a report, a back-reference."""
    toks, w = s.toks, s.w
    e = kind_at(s, h)
    if e is not None and e.role == "defer" and end == h + 1 and source != "enum":
        return True  # "решения нужно воплощать": a wrapper with nothing to wrap
    if toks[h].lemma in w.strict_wrappers and not wraps_kind(s, h):
        return True  # "подготовка энергосистемы к зиме": routine work, no undertaking wrapped
    if h + 2 < s.n and toks[h + 1].lemma == "о" and toks[h + 2].lemma == "тот":
        return True  # "опубликовал заявление о том, что ...": a report, not a document of the genre
    # "не поддерживаем этот проект": a back-reference, not a named undertaking
    return end == h + 1 and any(t.lemma in w.back_references or t.value.lower() in w.back_references
                                for t in toks[i:h])


def re_mention(s: Scan, i: int, h: int) -> bool:
    """"поддерживаем ее строительство", "приветствуем его учреждение": a possessive pronoun right before the
    phrase stands for the undertaking named before, and the head is an action on it — a re-mention with a
    stance of its own, an item (ONTOLOGY §6); a demonstrative ("этот проект") stays none."""
    pronoun = s.toks[i - 1] if i > 0 else None
    if pronoun is None or pronoun.pos == "NOUN" \
            or pronoun.value.lower().replace("ё", "е") not in s.w.re_mention_pronouns:
        return False
    t = s.toks[h]
    if t.lemmas & s.w.chair_heads:
        return False
    return bool(t.lemmas & s.w.zero_suffix_actions or (kind_at(s, h) is not None and _ACTION.search(t.lemma)))


def _antecedent_kind(s: Scan, h: int, end: int) -> str | None:
    """A wrapper with nothing to wrap ("ускорить его учреждение") takes the kind of the undertaking named last
    before its sentence, which the pronoun stands for; a head of its own keeps its kind."""
    e = kind_at(s, h)
    if e is not None and (e.role != "defer" or e.kind != "other"):
        return None
    if any(s.toks[k].pos == "NOUN" and kind_at(s, k) for k in range(h + 1, end)):
        return None
    return s.ctx.initiatives[-1].kind.value if s.ctx.initiatives else None


def _share_wrapper(s: Scan, h: int, head_case: frozenset[str], more: list[Item]) -> None:
    """"строительство Рогунской ГЭС, а также ряда малых ГЭС": a genitive conjunct shares the wrapper."""
    toks = s.toks
    if not (h + 1 < s.n and "gent" in toks[h + 1].cases() and _SHARED_WRAPPER.search(toks[h].lemma)):
        return
    for it in more:
        if it.head is not None and it.source == "np" and not (head_case & toks[it.head].cases("NOUN")) \
                and toks[it.head].cases("NOUN") == {"gent"}:
            it.enum_head_lemma = toks[h].lemma


def np_items(s: Scan, i: int, h: int, stance: str, source: str = "np") -> list[Item]:
    """The items of the noun phrase at ``i`` headed by ``h``: the phrase and the conjuncts after it."""
    toks = s.toks
    while i < h and (toks[i].lemma in s.w.loose_adverbs or toks[i].pos in ("PRCL", "CONJ")) \
            and (toks[i].lemma, s.lemma(i + 1)) not in s.w.so_called:
        i += 1
    if toks[h].lemmas & s.w.reject_heads and not named_effort(s, h):
        return []
    i, proposer = _agent_before_head(s, i, h)
    head_case = toks[h].cases("NOUN")
    end, why = chunk_end(s, h + 1, head_case, False)
    split_at = end
    if why == "stop_pair":
        why, split_at = _split_after_stop_pair(s, end, head_case)
    end = trim(s, i, end)
    ref = source == "np" and re_mention(s, i, h)
    if not ref and _no_undertaking(s, i, h, end, source):
        return []
    first = Item(i - 1 if ref else i, end, stance, source, head=h, proposer=proposer)
    if ref:
        first.kind = _antecedent_kind(s, h, end)
    if why == "split":
        more = enumerations.continuations(s, split_at, why, stance, head_case, first)
        _share_wrapper(s, h, head_case, more)
        return [first, *more]
    items = [first, *enumerations.continuations(s, end, why, stance, head_case, first)]
    if why == "" and source == "np":
        items += enumerations.after_clause(s, split_at, stance, first)
    if end < s.n and toks[end].value == "," and toks[h].has("plur") and toks[h].lemmas & s.w.undertaking_sets:
        items += enumerations.including(s, end, stance)  # "инициативы X, включая A и B": A and B too
    return items + quoted_conjuncts(s, end, h, first)


def quoted_conjuncts(s: Scan, end: int, h: int, first: Item) -> list[Item]:
    """"учений «Взаимодействие», «Поиск» и «Эшелон»": quoted names after the first, one item each, named
    with the head they share."""
    toks, out = s.toks, []
    k = end
    if not (end > 0 and toks[end - 1].value in CLOSE_QUOTES):
        return out
    q = next((x for x in range(end - 2, first.start - 1, -1) if toks[x].value in OPEN_QUOTES), None)
    if q is not None and q > 0 and toks[q - 1].pos == "NOUN":
        h = q - 1  # the head the names share: "учений" before «Взаимодействие»
    while k + 1 < s.n and (toks[k].value in (",", "и") or s.also_at(k)) and toks[k + 1].value in OPEN_QUOTES:
        stop = name_end(s, k + 1)
        if stop <= k + 2 or toks[stop - 1].value not in CLOSE_QUOTES:
            break
        out.append(Item(k + 1, stop, first.stance, "enum", head=h, enum_head_lemma=toks[h].lemma, enum_of=first))
        k = stop
    return out


# -- infinitive phrases ----------------------------------------------------------------------
def _object_start(s: Scan, v: int) -> int | None:
    """Where the infinitive's object may start: after adverbs; None when a nominative phrase follows
    (its subject: "внести выдвинутая ... инициатива") or nothing a phrase can start with."""
    toks, n = s.toks, s.n
    k = v + 1
    while k < n and toks[k].pos == "ADVB":
        k += 1
    if k >= n or (not toks[k].is_word and toks[k].value not in OPEN_QUOTES + '"'):
        return None
    if toks[k].pos in ("NOUN", "ADJF", "PRTF") and toks[k].cases() <= {"nomn"}:
        return None
    return k


def _skip(s: Scan, j: int, k: int) -> int | None:
    """Past what stands between an infinitive and its object (dates, places, parentheses, seasons)."""
    toks, n = s.toks, s.n
    t = toks[j]
    if t.value == "," and j > k and toks[j - 1].pos == "ADJF":
        return j + 1
    if t.is_int and j + 1 < n and toks[j + 1].lemmas & s.w.date_nouns:
        return j + 2  # "провести в 2026 году учения": a date, not the object
    if t.value == "(":
        return paren_end(s, j)  # "на базе Антитеррористического центра СНГ (АТЦ СНГ)"
    if t.pos == "PREP" and j + 1 < n:
        h = np_head(s, j + 1)
        if h is None or kind_at(s, h) is None:
            return pp_end(s, j)  # "провести в мае в Минске": places are no object
    if t.is_dash and j > k and s.tight(j - 1, j):
        return j + 1  # "командно-штабные"
    return None


def _object_head(s: Scan, k: int) -> int | None:
    """The head noun of the infinitive's object starting at ``k``."""
    toks, n, w = s.toks, s.n, s.w
    j = k
    while j < n and j < k + 14:
        nxt = _skip(s, j, k)
        if nxt is not None:
            j = nxt
            continue
        t = toks[j]
        if not t.is_word and t.value not in OPEN_QUOTES and t.value != '"':
            return None
        if t.lemma in w.seasons and "ablt" in t.cases():
            j += 1
            continue
        if head_noun(s, j) and not (
                t.lemmas & w.date_nouns and j > k and toks[j - 1].lemma in w.date_openers):
            return j
        j += 1
    return None


def _back_reference(s: Scan, k: int, obj: int) -> bool:
    """"принять в нем участие", "участвовать в ее реализации": the object refers back."""
    toks, w = s.toks, s.w
    if toks[obj].lemmas & w.inf_reject:
        return True
    before = obj > k and (toks[obj - 1].lemma in w.back_references or toks[obj - 1].value.lower() in w.back_references)
    if before and (obj + 1 >= s.n or not toks[obj + 1].is_word):
        return True
    # "проработать её правовые параметры": an aspect of an undertaking named before, none of its own
    opener = toks[k].value.lower().replace("ё", "е") in w.aspect_openers and toks[k].pos != "NOUN"
    return opener and obj > k and kind_at(s, obj) is None


def _purpose(s: Scan, obj: int, stance: str) -> list[Item] | None:
    """"объединить усилия для создания X": the purpose is the undertaking (None: no purpose named)."""
    toks, n = s.toks, s.n
    p = obj + 1
    # "завершить процедуры, необходимые для вступления в силу Соглашения"
    while p < n and p < obj + 4 and (toks[p].value == "," or toks[p].lemma in s.w.purpose_modifiers):
        p += 1
    if p < n and toks[p].lemma == "для":
        h = np_head(s, p + 1)
        if h is not None:
            return np_items(s, p + 1, h, stance)
    return None


def _lexical(s: Scan, v: int, end: int, obj: int, any_object: bool) -> bool:
    """Does the infinitive phrase name an undertaking: a verb or a noun of the lexicon? An order names
    its step whatever the noun ("поручил завершить переход на ..."), unless a routine one ("принять меры")."""
    if any_object:
        t = s.toks[obj]
        return not (t.lemmas & (s.w.generic | s.w.order_generic)) and t.pos == "NOUN"
    return verb_kind(s, v) is not None or any(s.is_noun(x) and kind_at(s, x) for x in range(v + 1, end))


def _of_documents(s: Scan, h: int) -> bool:
    """"пакет документов", "ряд соглашений": a set of documents (not "серию учений")."""
    k = next((x for x in range(h + 1, min(s.n, h + 4)) if s.toks[x].pos == "NOUN"), None)
    e = kind_at(s, k) if k is not None else None
    return e is not None and e.kind == "strategy"


def _of_proposals(s: Scan, h: int) -> bool:
    """"ряд предложений", "пакет инициатив": a set of proposals, which names none of them."""
    k = next((x for x in range(h + 1, min(s.n, h + 4)) if s.toks[x].pos == "NOUN"), None)
    return k is not None and bool(s.toks[k].lemmas & s.w.counted_proposals) and s.toks[k].has("plur")


def _inf_object(s: Scan, v: int, stance: str) -> tuple[int, int | None] | list[Item]:
    """(the object's first token, its head) of the infinitive at ``v``, or the items the phrase stands
    for ([] for none)."""
    if s.toks[v].lemma in s.w.copulas:
        return []
    k = _object_start(s, v)
    if k is None:
        return []
    obj = _object_head(s, k)
    if obj is None:
        return k, None
    if _back_reference(s, k, obj):
        return []
    lems = s.toks[obj].lemmas
    if lems & s.w.generic_sets and _of_documents(s, obj) or counted_documents(s, obj):
        # "поддержать весь пакет документов, включая X": the set names none, its list does
        return enumerations.including(s, set_end(s, obj), stance)
    if lems & s.w.generic_sets and _of_proposals(s, obj):
        return []  # "внести ряд предложений": the list after it names them (lists.proposal_head)
    if lems & s.w.purpose_heads:
        purpose = _purpose(s, obj, stance)
        if purpose is not None:
            return purpose
        if obj + 1 < s.n and not s.toks[obj + 1].is_word:
            return []  # "утверждать документы", "завершить процедуры": nothing concrete named
    if s.toks[obj].lemma in s.w.strict_wrappers and not wraps_kind(s, obj):
        return []  # "поручил завершить подготовку энергосистемы к зиме": routine work
    return k, obj


def inf_items(s: Scan, start: int, v: int, stance: str, any_object: bool = False) -> list[Item]:
    """An infinitive phrase: "учредить орган ШОС по борьбе с ...", "помочь Таджикистану укрепить ..."."""
    found = _inf_object(s, v, stance)
    if isinstance(found, list):
        return found or _conjunct_after(s, v, stance) or _participle_after(s, v, stance)
    _k, obj = found
    head_case = s.toks[obj].cases("NOUN") if obj is not None else None
    end, why = chunk_end(s, v + 1, head_case, True)
    end = trim(s, start, end)
    if end <= v + 1 or obj is None or obj >= end:
        return []
    threat = s.in_threat(obj) and verb_kind(s, v) is None
    lexical = _lexical(s, v, end, obj, any_object)
    items = [] if threat or not lexical else [Item(start, end, stance, "inf", head=obj, verb=v)]
    return _after_infinitive(s, end, why, stance, obj, head_case, items)


def _conjunct_after(s: Scan, v: int, stance: str) -> list[Item]:
    """"использовать ее возможности, равно как и коридор «Север – Юг»": a phrase that names nothing, the
    undertaking joined to it after a comma still governed."""
    end, why = chunk_end(s, v + 1, None, True)
    if why != "split" or end >= s.n or s.toks[end].value != ",":
        return []
    return enumerations.continuations(s, end, why, stance, None, None)


def _participle_after(s: Scan, v: int, stance: str) -> list[Item]:
    """"уделять внимание правам женщин, укрепив Женский форум": a phrase that names nothing, the participle
    phrase after it that does."""
    end, why = chunk_end(s, v + 1, None, True)
    return coordination.gerund_items(s, end, stance) if why == "" and end < s.n else []


def _after_infinitive(s: Scan, end: int, why: str, stance: str, obj: int, head_case: frozenset[str] | None,
                      items: list[Item]) -> list[Item]:
    """What follows the infinitive phrase: an enumeration, a second undertaking, an event's place."""
    first = items[0] if items else None
    if why == "colon" and s.plural(obj):
        enum = enumerations.enumeration(s, end + 1, stance, first)
        if enum:
            return enum
    if why == "split":
        more = enumerations.continuations(s, end, why, stance, head_case, first)
        if any(x.source == "enum" for x in more):
            items = []  # "сформировать площадки и механизмы: X, Y" -> X, Y
        items = items + more
    if why == "pp":
        h = np_head(s, end + 1)
        if h is not None:
            pp = np_items(s, end + 1, h, stance)
            for it in pp:
                it.enum_of = first
            items = items + pp
    if why == "":
        items = items + (coordination.gerund_items(s, end, stance) or coordination.joined_infinitive(s, end, stance))
    return items
