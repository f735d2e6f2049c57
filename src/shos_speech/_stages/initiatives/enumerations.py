"""Lists of undertakings: conjuncts after "и" / ", а также", enumerations after a colon, documents after a set.

"инициативы Председателя Китая: в сфере глобального развития, глобальной безопасности"
makes one item per conjunct, each named with the head it leaves out; "подписан пакет
документов, в том числе X и Y" one per document; "приняли декларацию, в которой ..., а
также заявление о X" the conjunct after the relative clause.
"""
from __future__ import annotations

from . import phrases
from .chunking import chunk_end, np_head, trim
from .kinds import kind_at
from .names import counted_name
from .scan import Item, Scan


def continuations(s: Scan, end: int, why: str, stance: str, head_case: frozenset[str] | None,
                  first: Item | None) -> list[Item]:
    """The items after a phrase that ended at ``end`` for reason ``why`` (a colon's list, a conjunct)."""
    if why == "colon" and first is not None and first.head is not None and _announces_list(s, first.head, end):
        enum = enumeration(s, end + 1, stance, first)
        if enum:
            first.replaced = True
            return enum
    if why != "split":
        return []
    return _conjunct(s, end, stance)


def _announces_list(s: Scan, h: int, end: int) -> bool:
    """A plural head, or a noun of its phrase counted or announced, before the colon announces a list:
    "инициативы:", "создании четырех новых структур:", "учреждение следующих центров:"."""
    if s.plural(h):
        return True
    return any(s.toks[k].pos == "NOUN" and s.toks[k].has("plur") and _counted(s, k) for k in range(h + 1, end))


def _counted(s: Scan, k: int) -> bool:
    """A numeral or "следующие" before the noun at ``k`` ("четырех новых структур", "следующих центров")."""
    return any(t.pos == "NUMR" or t.is_int or t.lemmas & s.w.cataphors for t in s.toks[max(0, k - 3):k])


def _conjunct(s: Scan, end: int, stance: str) -> list[Item]:
    """The second undertaking after "и" / ", а также": an infinitive phrase or a noun phrase."""
    toks, n = s.toks, s.n
    j = end
    while j < n and (s.is_joiner(j) or s.also_at(j)):
        j += s.also_at(j) or 1
    if j >= n:
        return []
    while j < n and toks[j].pos in ("ADVB", "COMP") and j + 1 < n and toks[j + 1].pos == "INFN":
        j += 1
    if toks[j].pos == "INFN":
        start = end + 1
        while toks[start].pos != "ADVB" and start < j:
            start += 1
        return phrases.inf_items(s, min(start, j), j, stance)
    if toks[j].pos == "PREP":
        j += 1
    h = np_head(s, j)
    if h is None:
        return []
    return phrases.np_items(s, j, h, stance)


def _skip_joiners(s: Scan, j: int) -> int:
    while j < s.n and s.is_joiner(j):
        j += 1
    return j


def _pp_conjuncts(s: Scan, j: int, stance: str, head: Item, head_lemma: str) -> list[Item]:
    """"три центра сотрудничества: по сокращению бедности, по обмену студентами и по борьбе с засухой"."""
    toks, n = s.toks, s.n
    out: list[Item] = []
    while j < n and len(out) < 8:
        prep = toks[j].lemma
        if prep not in s.w.pp_enum:
            break
        end, _why = chunk_end(s, j + 1, None, False)
        k = j + 1
        while k < end and toks[k].value != "," and not (toks[k].value == "и" and s.lemma(k + 1) == prep):
            k += 1
        end = trim(s, j, k)
        out.append(Item(j, end, stance, "enum", head=j, enum_head_lemma=head_lemma, proposer=head.proposer,
                        enum_of=head))
        j = _skip_joiners(s, end)
        if j >= n or toks[j].value in (".", ";"):
            break
    return out


def _past_clause(s: Scan, j: int) -> int:
    """Past a relative or participial clause after a conjunct: ", который ...", ", призванный ..."."""
    toks, n = s.toks, s.n
    if j + 1 < n and toks[j].value == "," and (toks[j + 1].lemma == "который" or toks[j + 1].pos == "PRTF"):
        j += 1
        while j < n and toks[j].value not in (",", ".", ";"):
            j += 1
    return j


def _np_conjuncts(s: Scan, j: int, stance: str, head: Item | None, prefixed: bool) -> list[Item]:
    """"глобального развития, глобальной безопасности": one item per noun phrase, a comma ends each."""
    toks, n = s.toks, s.n
    head_lemma = toks[head.head].lemma if head and head.head is not None else None
    out: list[Item] = []
    while j < n and len(out) < 8:
        h = np_head(s, j)
        if h is None:
            break
        # "расширению проекта X и возобновлению работы Y": "и" before a head of the same case ends a conjunct
        end, _why = chunk_end(s, h + 1, s.toks[h].cases("NOUN"), False)
        k = j
        while k < end and toks[k].value != ",":
            k += 1
        end = trim(s, j, min(end, k))
        it = Item(j, end, stance, "enum", head=h)
        if head is not None:
            it.proposer = head.proposer
            it.enum_of = head
            if prefixed or (head.head is not None and not toks[h].cases("NOUN") & toks[head.head].cases("NOUN")):
                it.enum_head_lemma = head_lemma  # a conjunct in another case than the head leaves it out
        out.append(it)
        j = _skip_joiners(s, _past_clause(s, end))
        if j >= n or toks[j].value in (".", ";") or not toks[j].is_word:
            break
    return out


def enumeration(s: Scan, i: int, stance: str, head: Item | None) -> list[Item]:
    """Conjuncts after a colon: one item per conjunct (the head's proposer and kind passed on)."""
    j = i
    prefixed = j + 1 < s.n and (s.toks[j].lemma, s.toks[j + 1].lemma) in s.w.enum_prefixes
    if prefixed:
        j += 2  # "инициативы: в сфере X, Y": the opening every conjunct leaves out
    if head is not None and head.head is not None and j < s.n and s.toks[j].lemma in s.w.pp_enum:
        return _pp_conjuncts(s, j, stance, head, counted_name(s, head.head, head.stop))
    return _np_conjuncts(s, j, stance, head, prefixed)


def _clause_opens(s: Scan, end: int) -> bool:
    """A relative or participial clause after the comma at ``end``: ", который", ", в которой", ", ведущей"."""
    toks = s.toks
    nxt = toks[end + 1]
    return nxt.lemma == "который" or nxt.pos in ("PRTF", "GRND") or nxt.has("PRTF") or (
        nxt.pos == "PREP" and toks[end + 2].lemma == "который")


def after_clause(s: Scan, end: int, stance: str, first: Item) -> list[Item]:
    """Conjuncts after a relative or participial clause: "приняли декларацию, в которой ...,
    а также заявления о X" and "заявления о X, ведущей к ..., и о Y" (the head left out)."""
    toks, n = s.toks, s.n
    if end + 2 >= n or toks[end].value != "," or first.head is None or not _clause_opens(s, end):
        return []
    h0 = first.head
    prep = toks[h0 + 1].lemma if h0 + 1 < n and toks[h0 + 1].pos == "PREP" else None
    for k in range(end + 2, min(n - 2, end + 30)):
        v = toks[k].value
        if v in ".;:!?":
            return []
        if v != ",":
            continue
        a, b = toks[k + 1].lemma, toks[k + 2].lemma
        also = s.also_at(k + 1)
        if also:
            found = _also_conjunct(s, k + 1 + also, stance, toks[h0].cases("NOUN"))
            if found is not None:
                return found
        elif a == "и" and prep is not None and b == prep:
            return _prep_conjunct(s, k + 2, stance, first, toks[h0].lemma)
    return []


def _also_conjunct(s: Scan, j: int, stance: str, head_case: frozenset[str]) -> list[Item] | None:
    """", а также заявления о X": a second undertaking in the first one's case (None: there is none)."""
    h = np_head(s, j) if j < s.n else None
    if h is not None and kind_at(s, h) and head_case & s.toks[h].cases("NOUN") and not s.in_threat(h):
        return phrases.np_items(s, j, h, stance)
    return None


def _prep_conjunct(s: Scan, j: int, stance: str, first: Item, head_lemma: str) -> list[Item]:
    """"заявления о X, ведущей к ..., и о Y": the conjunct "о Y", named with the first item's head."""
    h = np_head(s, j + 1)
    if h is None:
        return []
    stop, _why = chunk_end(s, h + 1, s.toks[h].cases("NOUN"), False)
    return [Item(j, trim(s, j, stop), stance, "enum", head=h, enum_head_lemma=head_lemma, enum_of=first)]


def _past_participle_clause(s: Scan, k: int) -> int:
    """Past ", утвержденных по итогам заседания," after a set: the clause is the set's, the list follows."""
    toks, n = s.toks, s.n
    if k + 1 < n and toks[k].value == "," and toks[k + 1].has("PRTF"):
        end = next((x for x in range(k + 2, min(n, k + 15)) if toks[x].value in ",.;:"), None)
        if end is not None and toks[end].value == ",":
            return end + 1
    return k + 1 if k < n and toks[k].value == "," else k


def _list_start(s: Scan, k: int) -> int | None:
    """Past what opens the list after a generic set (", в том числе", ", среди которых", "включая", ":",
    a dash, "вошли"), or None."""
    toks, n = s.toks, s.n
    k = _past_participle_clause(s, k)
    dashed = k < n and toks[k].is_dash
    k += dashed
    for opener in s.w.including:
        if tuple(t.lemma for t in toks[k:k + len(opener)]) == opener:
            return k + len(opener)
    if k < n and (toks[k].value.lower() == "включая" or toks[k].value == ":" or toks[k].lemma in s.w.list_verbs):
        return k + 1
    return k if dashed else None


def including(s: Scan, k: int, stance: str) -> list[Item]:
    """The documents after a generic set: "пакет документов, в том числе X и Y", "ряд соглашений: X, Y",
    "15 документов, среди которых X", "В числе документов, утвержденных ..., – X", "в пакет вошли X"."""
    toks, n = s.toks, s.n
    start = _list_start(s, k)
    if start is None:
        return []
    k = start
    out: list[Item] = []
    cases: frozenset[str] | None = None  # the listed documents share the first one's case
    while k < n and len(out) < 8:
        h = np_head(s, k)
        if h is None or kind_at(s, h) is None or (cases is not None and not cases & toks[h].cases("NOUN")):
            break  # "…, в том числе Соглашение X, а Исполкому поручено …": the dative opens a clause of its own
        cases = toks[h].cases("NOUN") if cases is None else cases
        its = phrases.np_items(s, k, h, stance)
        if not its:
            break
        for it in its:
            it.listed = True  # a document of a list stands as an item even bare
        out.extend(its)
        k = _skip_joiners(s, max(it.stop for it in its))
        if k >= n or not toks[k].is_word:
            break
    return out
