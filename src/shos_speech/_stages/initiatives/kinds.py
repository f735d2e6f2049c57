"""The kind of an undertaking: its head in ``data/initiative_kinds.tsv``, wrappers taking the kind they wrap.

"Программа сотрудничества" is a strategy, "учения" an event; wrapper nouns ("реализация",
"решение о", "подготовка") take the kind of the first undertaking in their complement,
and an infinitive's verb decides when its object names none ("создать" builds an institution).
"""
from __future__ import annotations

import re

from ...grammars.initiatives import KindEntry
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan

#: the windows a head is looked up in: (tokens before the head, phrase length), in order of preference
_WINDOWS = ((2, 3), (1, 2), (0, 3), (0, 2), (0, 1))
#: deverbal nouns that wrap an undertaking: "завершение", "развитие"
_DEVERBAL = re.compile(r"(ние|тие)$")


def kind_at(s: Scan, i: int) -> KindEntry | None:
    """The entry of the undertaking head at ``i``: a phrase ending there ("дорожная карта"), else one
    starting there ("карта ..."), longest first, else the word alone."""
    for before, length in _WINDOWS:
        start = i - before
        if start < 0 or start + length > s.n:
            continue
        for hit in s.lex.heads.matches_at(s.toks, start):
            if hit.stop == start + length and len(hit.words) == length and _named_if_quoted(s, hit.payload, hit.stop):
                return hit.payload
    return None


def _named_if_quoted(s: Scan, e: KindEntry, stop: int) -> bool:
    """A head of role ``quoted`` names an undertaking only with a quoted name right after it
    ("движение «Миллиард деревьев»", "операция «PROXY»"; not "движение грузов"), not a body's
    ("движение «Талибан»" is an Institution)."""
    if e.role != "quoted":
        return True
    quoted = stop + 1 < s.n and (s.toks[stop].value in OPEN_QUOTES or s.toks[stop].value == '"')
    return quoted and not s.in_institution(stop - 1) and not _body_so_named(s, stop - 1, stop + 1)


def _body_so_named(s: Scan, head: int, k: int) -> bool:
    """Is the quoted name at ``k`` a body's whose own name opens with the head ("Движение «Талибан»" of the
    registry), not a name natasha merely tags ("движение «Миллиард деревьев»")?"""
    x = s.toks[k].span.start
    for inst in s.ctx.institutions:
        if any(m.start <= x < m.end for m in inst.mentions):
            first = inst.name.split()[0].lower().replace("ё", "е")
            return first in s.toks[head].lemmas
    return False


def verb_kind(s: Scan, k: int) -> KindEntry | None:
    """The entry of the infinitive at ``k`` ("создать", "провести"), if it is one of the lexicon."""
    for lem in s.toks[k].lemmas:
        e = s.lex.verbs.get(lem)
        if e is not None:
            return e
    return None


def _date_or_place(s: Scan, k: int) -> int:
    """The end of a date or a place at ``k`` ("в 2027 году", "в мае", "в Самарканде"), else ``k``."""
    if s.lemma(k) != "в" or k + 1 >= s.n:
        return k
    nxt = s.toks[k + 1]
    if nxt.is_int:
        return k + 3 if k + 2 < s.n and s.toks[k + 2].lemmas & s.w.date_nouns else k + 2
    if nxt.lemma in s.w.months:
        # "в августе 2025 года"
        return k + 4 if k + 3 < s.n and s.toks[k + 2].is_int and s.toks[k + 3].lemmas & s.w.date_nouns else k + 2
    if nxt.lemma in s.w.seasons or (nxt.is_cap and nxt.pos == "NOUN"):
        return k + 2
    if nxt.has("ADJF") and k + 2 < s.n and s.toks[k + 2].lemmas & s.w.date_nouns:
        return k + 3  # "в следующем году", "в текущем году"
    return k


def _genitive_chain(s: Scan, h: int, limit: int):
    """Indices of the nouns of the genitive chain after ``h`` (quotes, dashes and acronyms passed, and
    a date or place right after the head: "проведение в 2027 году в Самарканде Форума", "запуск в Ташкенте Центра");
    the chain ends at the first word out of it, which is yielded as None."""
    first = h + 1
    while (nxt := _date_or_place(s, first)) > first:
        first = nxt
    for k in range(first, min(s.n, limit + first - h - 1)):
        t = s.toks[k]
        if t.value in OPEN_QUOTES or t.value in CLOSE_QUOTES or t.value in ('"', "-") or t.is_acronym:
            continue
        if not t.is_word or not (t.pos in ("NOUN", "ADJF", "PRTF") and "gent" in t.cases()):
            yield None
            return
        if t.pos == "NOUN":
            yield k


def accession(s: Scan, j: int) -> bool:
    """A nominalization of joining a body ("вступление", "прием Беларуси"); "принятие" of a document
    and "вступление в силу" (a document's entry into force) are none."""
    if not s.toks[j].lemmas & s.w.accession:
        return False
    if j + 2 < s.n and s.toks[j + 1].value.lower() == "в" and "сила" in s.toks[j + 2].lemmas:
        return False
    if "принятие" in s.toks[j].lemmas:
        nxt = next((k for k in range(j + 1, min(s.n, j + 4)) if s.toks[k].pos == "NOUN"), None)
        e = kind_at(s, nxt) if nxt is not None else None
        return e is None or e.kind != "strategy"
    return True


def wraps(s: Scan, h: int) -> bool:
    """An action noun ("завершение", "начало", "развитие") whose genitive chain names a
    concrete undertaking: a project, a document, a body or an event of the lexicon."""
    lem = s.toks[h].lemma
    w = s.w
    if not (lem in w.action_wrappers or lem in w.strict_wrappers or _DEVERBAL.search(lem)) or lem in w.reject_heads:
        return False
    for k in _genitive_chain(s, h, h + 8):
        if k is None or s.in_threat(k):
            return False
        e = kind_at(s, k)
        if e is not None and e.role != "defer" and e.kind in w.wrapped_kinds:
            return True
        if accession(s, k):
            return True  # "запуск процедуры принятия Лаоса в члены": an accession
    return False


def wraps_kind(s: Scan, h: int) -> bool:
    """A genitive chain after ``h`` holding a noun of any kind of the lexicon ("подготовка саммита")."""
    for k in _genitive_chain(s, h, h + 8):
        if k is None:
            return False
        e = kind_at(s, k)
        if (e is not None and e.role != "defer" or accession(s, k)) and not s.in_threat(k):
            return True
    return False


def time_noun(s: Scan, j: int) -> bool:
    """"до конца года", "в 2026 году", "в следующем году": a time adverbial, not the event "год"."""
    t = s.toks[j]
    if not (t.lemmas & s.w.date_nouns) or t.is_cap:
        return False
    return j > 0 and (s.toks[j - 1].is_int or s.toks[j - 1].lemma in s.w.time_modifiers)


def _creating(s: Scan, it: Item, verb: KindEntry | None) -> bool:
    """Is the item about setting a body up ("создать", "учреждение")?"""
    if verb is not None and verb.kind == "institution_building":
        return True
    return any(t.lemmas & s.w.creating for t in s.toks[it.start:it.stop])


def _body_at_work(s: Scan, j: int, e: KindEntry, it: Item, creating: bool, verb: KindEntry | None) -> bool:
    """An existing body named at ``j`` that the item works with: a body's head in an institution's name
    ("привлечь ЕИБ"; a named format is its own kind), or an event's head in one that a verb of work on it
    governs ("укрепить Женский форум ШОС"; "провести Форум ШОС", "участие в форуме" stay events)."""
    if creating or not s.in_institution(j):
        return False
    if e.kind == "institution_building":
        return not s.toks[j].lemmas & s.w.format_heads
    return e.kind == "event" and it.verb is not None and (verb is None or verb.kind != "event") \
        and not s.toks[it.verb].lemmas & s.w.hosting  # "принять у себя Форум молодежи ШОС": hosted, an event


def _noun_kind(s: Scan, it: Item, verb: KindEntry | None) -> tuple[str | None, str | None]:
    """(the kind of the first undertaking noun of the item, the fallback of wrappers and existing bodies)."""
    start = it.head if it.head is not None and it.source != "inf" else it.start
    creating = _creating(s, it, verb)
    fallback = None
    for j in range(start, it.stop):
        if not s.is_noun(j) or time_noun(s, j):
            continue
        if accession(s, j):
            return "other", fallback  # "запуск процедуры принятия Лаоса в члены Организации"
        e = kind_at(s, j)
        if e is None:
            continue
        if _body_at_work(s, j, e, it, creating, verb):
            fallback = fallback or "cooperation"  # "привлечь ЕИБ", "укрепить Женский форум": an existing body
            continue
        if e.role == "defer":
            fallback = fallback or e.kind
            continue
        return e.kind, fallback
    return None, fallback


def kind_of(s: Scan, it: Item) -> str:
    """The InitiativeKind value of an item."""
    if it.kind:
        return it.kind
    if it.named is not None and it.source == "mention":
        return it.named.kind.value
    if it.enum_head_lemma and it.enum_of is not None:
        return kind_of(s, it.enum_of)  # "инициативы: в сфере водного сотрудничества"
    verb = verb_kind(s, it.verb) if it.verb is not None else None
    if verb is not None and verb.role == "verb_strong" and not any(accession(s, j) for j in range(it.start, it.stop)):
        return verb.kind  # "использовать механизм"; "обсудить вопрос о присоединении X к Y" is the accession's
    kind, fallback = _noun_kind(s, it, verb)
    if it.named is not None and kind != "strategy":
        return it.named.kind.value  # a registry undertaking wrapped ("поддержку Инициативы X"), no document on it
    if kind is not None:
        return kind
    if fallback is not None:
        return fallback
    if it.source == "enum" and it.enum_of is not None:
        return kind_of(s, it.enum_of)
    if verb is not None:
        return verb.kind
    return "other"


def bare_document(s: Scan, it: Item) -> bool:
    """"приняли декларацию", "подписали соглашение", "в том числе Стратегия": a document noun alone is
    a document when adopted or listed among documents (not "подписали документы")."""
    if it.head is None or it.source not in ("np", "enum") or not (it.stance == "adopts" or it.listed):
        return False
    e = kind_at(s, it.head)
    return e is not None and e.kind == "strategy" and e.role != "defer" and not (
        s.toks[it.head].lemmas & s.w.bare_generic)
