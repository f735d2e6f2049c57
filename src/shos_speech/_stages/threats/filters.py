"""What looks like a threat but is none: past events, body names, nouns that are verbs here.

A dated disaster or war ("наводнения 2022 года") and a conflict after "уроки" / "в годы" are
history; a threat phrase that a capitalized body is named after ("Центр по противодействию
незаконному обороту наркотиков") belongs to the body; a bare head that reads first as
something else ("в селе" is a village, "сели" also a verb) is no threat unless a list or a
verb before it makes it one.
"""
from __future__ import annotations

from functools import cache

from ..._core.lexicon import section_lines, word_pairs, words
from .lexicon import ThreatLexicon, noun_lemmas
from .number import list_follows, top_grams


def ends_dated(toks: list) -> bool:
    """Do the phrase's own last words date it ("противостояние девяностых годов")?"""
    if len(toks) < 3 or "год" not in toks[-1].lemmas or not toks[-1].has("gent"):
        return False
    return toks[-2].has("Anum") and toks[-2].has("gent")


def dated(tokens: list, stop: int) -> bool:
    """Is the phrase ending at ``stop`` dated by a year or a decade ("наводнения 2022 года", "кризиса
    2008–2009 годов", "войны начала девяностых годов")? A dated disaster or war is history."""
    k = next((i for i, t in enumerate(tokens) if t.span.start >= stop), None)
    if k is not None and tokens[k].lemmas & words("threats", "period_words") and tokens[k].has("gent"):
        k += 1  # "начала", "середины", "конца"
    if k is None or k >= len(tokens):
        return False
    if tokens[k].has("Anum") and tokens[k].has("gent"):
        k += 1  # "девяностых"
    elif tokens[k].type == "INT" and len(tokens[k].value) == 4:
        k += 1
        if k + 1 < len(tokens) and tokens[k].value == "-" and tokens[k + 1].type == "INT":
            k += 2
    else:
        return False
    return k < len(tokens) and "год" in tokens[k].lemmas and tokens[k].has_any("gent", "gen2")


def framed(tokens: list, index: dict[int, int], start: int, head=None) -> bool:
    """Does a time frame stand right before the phrase at ``start`` ("после пандемии", "в ходе войны")?
    A hostile act or incident after "после" is the event a statement answers, no history ("после
    ударов по территории Ирана"), unless a year after it dates it ("после терактов в апреле 2019 года")."""
    k = index[start]
    acts = words("threats", "attack_heads") | words("threats", "incident_heads")
    act = head is not None and bool(head.lemmas & acts) and not _year_follows(tokens, k)
    for frame in word_pairs("threats", "time_frames"):
        n = len(frame)
        if act and frame == ("после",):
            continue
        if k >= n and all(frame[j] in tokens[k - n + j].lemmas or frame[j] == tokens[k - n + j].value.lower()
                          for j in range(n)):
            return True
    return False


#: tokens after a phrase's start a year dating it is looked for in ("терактов в апреле 2019 года")
YEAR_WINDOW = 10


def _year_follows(tokens: list, k: int) -> bool:
    """Does a year ("2019 года") stand within a few tokens after token ``k``?"""
    return any(t.type == "INT" and len(t.value) == 4 and "год" in nxt.lemmas
               for t, nxt in zip(tokens[k:k + YEAR_WINDOW], tokens[k + 1:k + YEAR_WINDOW + 1], strict=False))


def in_preposition(tokens: list, index: dict[int, int], start: int) -> bool:
    """Does the phrase at ``start`` open with a noun that is part of a preposition ("применение силы
    в нарушение Устава ООН": "в нарушение" means "against", no violation is named)?"""
    k = index[start]
    return k > 0 and (tokens[k - 1].value.lower(), tokens[k].value.lower()) in word_pairs("threats",
                                                                                           "complex_prepositions")


def sourced_state(tokens: list, index: dict[int, int], start: int, stop: int, head) -> bool:
    """Is the phrase a bare state that a source noun frames ("источником напряжённости", "среди
    источников напряжённости он назвал ...")? The threats are the sources named, not the state;
    a qualified one stays ("источником новых конфликтов в регионе")."""
    k = index[start]
    bare = start == head.span.start and stop == head.span.stop and bool(head.lemmas & words("threats", "framed_states"))
    return bare and k > 0 and bool(tokens[k - 1].lemmas & words("threats", "sources"))


def opposed_undertaking(tokens: list, index: dict[int, int], start: int, head, stop: int | None = None) -> bool:
    """Is the phrase at ``start`` an opponent's undertaking the speaker stands against ("выступаем
    против (планов) размещения американских ракет", "осуждаем оказание военной помощи", "недопустима
    конфискация активов", "считаем неприемлемыми поставки оружия", "размещение ракет недопустимо")? It is
    an Initiative with stance opposes (ONTOLOGY §6), not a threat.

    Only a deliberate step of a class of undertakings ([undertakings], a provision with what is provided)
    is turned so: a phenomenon the speaker calls inadmissible ("недопустимо применение силы", "недопустимы
    санкции") is a named danger and stays a threat (ONTOLOGY §6: "a named danger (a blockade, sanctions) is
    a Threat")."""
    undertaking = head.lemmas & words("threats", "undertakings") or _provision(tokens, index, head)
    if not undertaking:
        return False
    j = index[start] - 1
    if j >= 0 and tokens[j].lemmas & words("threats", "plans"):
        j -= 1
    if j >= 0 and (tokens[j].value.lower() == "против" or tokens[j].lemmas & words("threats", "opposing_words")
                   or tokens[j].lemmas & words("threats", "inadmissible")):
        return True
    if j >= 1 and tokens[j].pos == "PREP" and tokens[j - 1].lemmas & words("threats", "deed_frames"):
        return True  # "выступающие за конфискацию", "причастные к размещению ракет": someone's step, no danger
    return stop is not None and _inadmissible_after(tokens, index, stop)


def _inadmissible_after(tokens: list, index: dict[int, int], stop: int) -> bool:
    """"размещение ракет (было бы) недопустимо": a predicative of inadmissibility right after the phrase."""
    k = next((x for x, t in enumerate(tokens) if t.span.start >= stop), len(tokens))
    while k < len(tokens) and tokens[k].lemmas & words("threats", "inadmissible_gap"):
        k += 1
    return k < len(tokens) and tokens[k].pos in ("ADJS", "ADVB", "PRED") \
        and bool(tokens[k].lemmas & words("threats", "inadmissible"))


def _provision(tokens: list, index: dict[int, int], head) -> bool:
    """"оказание военной помощи": a providing head with what is provided after it (an adjective between)."""
    if not head.lemmas & words("threats", "provisions"):
        return False
    k = index[head.span.start] + 1
    while k < len(tokens) and tokens[k].pos == "ADJF":
        k += 1
    return k < len(tokens) and bool(tokens[k].lemmas & words("threats", "provided"))


def historical(tokens: list, index: dict[int, int], first, history: frozenset[str]) -> bool:
    """Is the phrase starting at ``first`` governed by a word of history ("уроки войны")?"""
    j = index[first.span.start] - 1
    while j >= 0 and tokens[j].value.lower() in words("threats", "prepositions"):
        j -= 1
    return j >= 0 and bool(tokens[j].lemmas & history)


def inside_body_name(tokens: list, index: dict[int, int], start: int, heads: frozenset[str]) -> bool:
    """Is the phrase at ``start`` the object of a body's name the institution stage did not list
    ("Центра по противодействию незаконному обороту наркотиков", "Межгосударственного совета по
    чрезвычайным ситуациям", "центр по реагированию на чрезвычайные ситуации", "Министра ... по
    делам гражданской обороны, чрезвычайным ситуациям и ...")?"""
    po = _po_before(tokens, index[start])
    if po is None:
        return False
    for k in range(po - 1, max(po - 5, -1), -1):
        t = tokens[k]
        if t.is_punct or t.pos in ("VERB", "INFN"):
            break  # "Министры обсудили меры по борьбе с ...": a verb ends the name before it
        if not noun_lemmas(t) & heads and not t.lemmas & words("threats", "named_bodies"):
            continue
        if t.value[:1].isupper() and not t.value.isupper():
            return True
        named = bool(t.lemmas & words("threats", "named_bodies"))
        if named or (k > 0 and tokens[k - 1].is_cap and tokens[k - 1].has("ADJF")):
            return True  # a lowercase centre named after its task, a body after a capitalized adjective
    return False


def _po_before(tokens: list, k: int) -> int | None:
    """The "по" that opens the task of a body's name before token ``k``: through the link words
    ("по противодействию незаконному ...", "по реагированию на"), or a list of tasks ("по делам
    гражданской обороны, чрезвычайным ситуациям"); None when there is none."""
    j = k - 1
    while j >= 0 and tokens[j].lemmas & words("threats", "body_name_links"):
        if tokens[j].value.lower() == "по":
            return j
        j -= 1
    for j in range(k - 1, max(k - 13, -1), -1):
        t = tokens[j]
        if t.value.lower() == "по":
            return j
        if not (t.value in {",", "и"} or t.has_any("NOUN", "ADJF", "PRTF")) or t.has_any("VERB", "INFN", "PREP"):
            return None
    return None


def plain_noun(lexicon: ThreatLexicon, triggers: frozenset[str], head, tokens: list, index: dict[int, int],
               is_listed: bool, bare: bool) -> bool:
    """A bare head is a threat when it reads first as the lexicon's noun and, if it also reads as a
    verb ("сели"), stands in a list or after another verb ("угрожают сели")."""
    if not head.grams or not (("NOUN" in head.grams[0] and head.lemma in lexicon.entries) or _short_relational(
            head, lexicon)):
        return False
    if bare and head.has_any("VERB", "INFN"):
        j = index[head.span.start] - 1
        after_verb = j >= 0 and bool({"VERB", "PREP"} & top_grams(tokens[j]))
        return is_listed or after_verb or list_follows(tokens, index, head, triggers)
    return True


def _short_relational(head, lexicon: ThreatLexicon) -> bool:
    """"паводков", "шоков", "сбросов": a genitive plural of an entry's head that reads first as the short form
    of a relational adjective ("паводковый"), which the genre never uses; the noun is meant."""
    return "ADJS" in head.grams[0] and "Qual" in head.grams[0] and head.value.lower().endswith(("ов", "ев")) \
        and bool(noun_lemmas(head) & lexicon.heads) and head.has("gent")


@cache
def _formulas():
    from ..._core.countries import word_forms
    from ...grammars.gazetteer import Gazetteer, Word

    return Gazetteer([(tuple(Word(word_forms(w)) for w in ln.split()), ln)
                      for ln in section_lines("threats", "formula")], name="FORMULA")


def formula_end(tokens: list, k: int) -> int | None:
    """End of a fixed formula that starts at token ``k`` ("во всех его формах и проявлениях")."""
    if k >= len(tokens):
        return None
    hit = _formulas().longest_at(tokens, k)
    return hit.stop if hit is not None else None
