"""The name of an undertaking: its phrase in the nominative, as a nominalization, or with the head a list leaves out.

"создать региональный банк семян" is named "создание регионального банка семян", "Программы
сотрудничества" "Программа сотрудничества", an enumerated "в сфере глобального развития"
"инициатива в сфере глобального развития". The token view has no inflection: inflected
forms come from pymorphy's parses (``morph.parse``), as in ``normalize``.
"""
from __future__ import annotations

from pymorphy3.analyzer import Parse

from ...morph import parse
from ...normalize import head_index, join_words, nominative
from .chunking import past_adverbials
from .kinds import verb_kind
from .scan import Item, Scan, Token, is_noun_start


def _adjective_nominative(tok: Token, gender: str | None) -> str:
    """An adjective or participle in the nominative singular of the head's gender (as written if it cannot be)."""
    adj = next((p for p in parse(tok.value) if {"ADJF"} & set(p.tag.grammemes) or "PRTF" in p.tag), None)
    form = adj.inflect({"nomn", "sing", gender} if gender else {"nomn", "sing"}) if adj is not None else None
    return form.word if form is not None else tok.value


def counted_name(s: Scan, h: int, stop: int) -> str:
    """The head phrase of an enumeration in the nominative singular, numeral left out: "три региональных центра
    сотрудничества" -> "региональный центр сотрудничества" (each conjunct's name starts with it)."""
    toks = s.toks
    noun = next((p for p in parse(toks[h].value) if "NOUN" in p.tag), None)
    head = noun.inflect({"nomn", "sing"}) if noun is not None else None
    words = [head.word if head is not None else toks[h].lemma]
    gender = head.tag.gender if head is not None else None
    k = h - 1
    while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
        words.insert(0, _adjective_nominative(toks[k], gender))
        k -= 1
    stop = min(stop, next((x for x in range(h + 1, stop) if toks[x].value == ":"), stop))
    tail = s.text[toks[h + 1].span.start:toks[stop - 1].span.stop] if stop > h + 1 else ""
    return " ".join(w for w in (" ".join(words), tail) if w)


def _inflect_genitive(p: Parse, number: str) -> Parse | None:
    try:
        return p.inflect({"gent", number})
    except (ValueError, KeyError):
        return None


def genitive(text: str, toks: list[Token]) -> str:
    """The phrase with its head and agreeing modifiers put in the genitive (nominalized names)."""
    words = [t.value for t in toks]
    h = head_index(words)
    as_written = text[toks[0].span.start:toks[-1].span.stop]
    if h is None:
        return as_written
    heads = [p for p in parse(words[h].lower()) if p.tag.POS == "NOUN"]
    if not heads or heads[0].tag.case == "gent":
        return as_written
    hp = heads[0]
    number = hp.tag.number or "sing"
    out = list(words)
    for i in range(h + 1):
        out[i] = _genitive_word(words[i], hp.tag.case, number, i < h) or words[i]
    return join_words(text, toks, out)


def _genitive_word(w: str, case: str, number: str, before_head: bool) -> str | None:
    """The head or an agreeing modifier (in the head's ``case``) put in the genitive; None for other words."""
    ps = [p for p in parse(w.lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == case]
    if not ps or (before_head and ps[0].tag.POS == "NOUN"):
        return None
    r = _inflect_genitive(ps[0], number)
    if not r:
        return None
    return r.word[:1].upper() + r.word[1:] if w[:1].isupper() else r.word


def _enum_name(s: Scan, it: Item) -> str:
    """"в сфере глобального развития" after "инициативы:" -> "инициатива в сфере глобального развития"."""
    words = s.toks[it.start:it.stop]
    if len(words) > 1 and words[0].lemmas & s.w.generic_sets:
        words = words[1:]  # "строительство ряда малых ГЭС" -> "строительство малых ГЭС"
    return f"{it.enum_head_lemma} {s.text[words[0].span.start:words[-1].span.stop]}"


def _inf_name(s: Scan, it: Item) -> str:
    """"создать региональный банк семян" -> "создание регионального банка семян" (the verb's nominalization
    and its object in the genitive), adverbials left out; without a nominalization the object alone."""
    toks, text = s.toks, s.text
    assert it.verb is not None
    obj = list(toks[past_adverbials(s, it.verb + 1, it.stop):it.stop])
    if len(obj) > 1 and obj[0].pos == "PREP" and is_noun_start(obj[1:]):
        obj = obj[1:]  # "приступить к модернизации пунктов пропуска" -> "модернизация пунктов пропуска"
    if not obj:
        return text[toks[it.start].span.start:toks[it.stop - 1].span.stop]
    entry = verb_kind(s, it.verb)
    obj_text = text[obj[0].span.start:obj[-1].span.stop]
    if entry is not None and entry.noun:
        first_noun = next((t for t in obj if t.pos == "NOUN"), None)
        if first_noun is not None and "accs" in first_noun.cases("NOUN"):
            return f"{entry.noun} {genitive(text, obj)}"
        return f"{entry.noun} {obj_text}"
    return nominative(text, obj) if is_noun_start(obj) else obj_text


def name_of(s: Scan, it: Item) -> str:
    """The name of an item (see the module docstring)."""
    if it.fixed_name:
        return it.fixed_name
    if it.named is not None and it.source == "mention":
        return it.named.name
    if it.enum_head_lemma:
        return _enum_name(s, it)
    if it.source == "period":
        assert it.name_from is not None
        return nominative(s.text, list(s.toks[it.name_from:it.stop]))
    if it.source == "inf":
        return _inf_name(s, it)
    return nominative(s.text, list(s.toks[it.start:it.stop]))
