"""Chairmanships handed over: "Председательство в Организации перешло к Кыргызской Республике".

A handover of a chairmanship stated as an outcome is an Initiative (kind ``other``, stance
``adopts``; ONTOLOGY §6): the chairmanship noun with a handover word in its clause — it
passes to the next chair ("перешло к", "переходит к"), is handed over ("передача
председательства ... Узбекистану", "передать председательство"), taken over from the last
one ("председательство в ОТГ Азербайджан принимает от Кыргызстана") or passed on as a baton
("Эстафету председательства принимает Казахстан"). The span is the clause from the first of
these words to the recipient; a bare mention ("в период председательства Казахстана"), an
announced chair of one's own ("Казахстан примет председательство"), a handover in a relative
clause ("Белоруссии, к которой председательство переходит") or recalled as history
("Напомним, ...") are none.
"""
from __future__ import annotations

from collections.abc import Sequence

from ...normalize import nominative
from .names import genitive
from .predicates import Predicate, adjacent
from .scan import Item, Scan, is_finite

#: how far from the chairmanship noun a handover word may stand in its clause
_WINDOW = 8
#: the cases a body's name after "в" is not in ("в Организации Договора"; "Азербайджан" is the subject)
_DIRECT = frozenset({"nomn", "accs"})


def _clause(s: Scan, h: int) -> tuple[int, int]:
    """The clause around token ``h``: between marks that end one (",", ";", ":", ".", a dash between words)."""
    toks = s.toks
    a = h
    while a > 0 and toks[a - 1].value not in ",;:.!?«»\"" and not toks[a - 1].is_dash and toks[a - 1].type != "EOL":
        a -= 1
    b = h + 1
    while b < s.n and toks[b].value not in ",;:.!?«»\"" and toks[b].type != "EOL" \
            and not (toks[b].pos == "CONJ" and b + 1 < s.n and is_finite(toks[b + 1])):
        b += 1  # "... Кыргызской Республике и желаю успехов": a conjunction before a verb opens another clause
    return a, b


def _handover(s: Scan, a: int, b: int) -> int | None:
    """The handover word of the clause ``[a, b)``, if any: a verb of passing or handing over, the baton,
    or taking over "from" the last chair."""
    toks = s.toks
    baton = any(t.lemmas & s.w.chair_batons for t in toks[a:b])
    for k in range(a, b):
        lem = toks[k].lemmas
        if lem & s.w.chair_handovers:
            return k
        if lem & s.w.chair_takeovers and (baton or any(t.lemma == "от" for t in toks[k + 1:b]) or _taken(s, a, k)):
            return k
    return None


def _taken(s: Scan, a: int, k: int) -> bool:
    """"Азербайджан принял председательство в СВМДА": a chair taken in the past, its body named after it, the
    taker the subject before the verb; not a time clause ("до того, как Казахстан принял председательство")
    nor an announcement ("примет председательство": a chair of one's own announced, no outcome yet)."""
    toks = s.toks
    if not toks[k].has("past") or toks[k].pos != "VERB" or k + 3 > s.n:
        return False
    if not (toks[k + 1].lemmas & s.w.chair_heads and toks[k + 2].lemma == "в"):
        return False
    if not (toks[k + 3].is_cap or toks[k + 3].is_acronym or s.in_institution(k + 3)):
        return False  # "принял председательство в заседании": presiding over a sitting
    return bool(_taker(s, a, k)) and not any(t.lemmas & s.w.time_clauses for t in toks[max(0, a - 2):k])


def _taker(s: Scan, a: int, k: int) -> list:
    """The subject before a verb of taking the chair ("Азербайджан принял председательство"): a capitalized
    nominative noun in ``[a, k)``, with the capitalized words after it."""
    for j in range(k - 1, a - 1, -1):
        t = s.toks[j]
        if t.is_cap and t.is_word and "nomn" in t.cases("NOUN"):
            return _name(s, j, k)
    return []


def _recipient(s: Scan, a: int, b: int) -> list:
    """The tokens naming who takes the chair: after "к", a dative name, or a nominative one."""
    toks = s.toks
    for k in range(a, b - 1):
        if toks[k].lemma == "к" and toks[k + 1].is_cap:
            return _name(s, k + 1, b)
    for case in ("datv", "nomn"):
        for k in range(a, b):
            t = toks[k]
            if t.is_cap and k > a and case in t.cases("NOUN") and toks[k - 1].lemma not in ("в", "от", "на"):
                return _name(s, k, b)
    return []


def _name(s: Scan, k: int, b: int) -> list:
    """The capitalized words from ``k`` on (an adjective and its noun: "Кыргызской Республике")."""
    toks = s.toks
    j = k
    while j < b and toks[j].is_word and (toks[j].is_cap or toks[j].is_acronym):
        j += 1
    if j == k and k > 0 and toks[k - 1].pos == "ADJF":
        return [toks[k - 1], toks[k]]
    return list(toks[k:j])


def _history(s: Scan, k: int) -> bool:
    """"Напомним, эстафету председательства Казахстан принял ...": a past handover recalled as background
    ("Напомним, председательство Азербайджан принимает от Кыргызстана" is today's)."""
    return bool(s.toks[0].lemmas & s.w.recalls) and s.toks[k].has("past")


def _stance(s: Scan, start: int, preds: Sequence[Predicate]) -> str:
    """"поддерживаю передачу председательства": the predicate right before the handover decides, else adopts."""
    before = [p for p in preds if p.stop <= start and adjacent(s, p.stop, start)]
    return before[-1].stance if before else "adopts"


def handovers(s: Scan, preds: Sequence[Predicate] = ()) -> list[Item]:
    """The chairmanships the sentence hands over, one item each; none in a relative clause ("к которой
    председательство переходит") or in a sentence recalling history."""
    out: list[Item] = []
    for h, t in enumerate(s.toks):
        if not t.lemmas & s.w.chair_heads:
            continue
        a, b = _clause(s, h)
        k = _handover(s, max(a, h - _WINDOW), min(b, h + _WINDOW))
        if k is None or _history(s, k) or any(x.lemma == "который" for x in s.toks[a:min(h, k)]):
            continue
        start = min(h, k)
        if start > a and s.toks[start - 1].lemmas & s.w.chair_batons:
            start -= 1  # "Эстафету председательства"
        it = Item(start, b, _stance(s, start, preds), "mention", head=h, kind="other")
        taken = k < h and s.toks[k].lemmas & s.w.chair_takeovers  # "Азербайджан принял председательство"
        who = _recipient(s, start, b) or (_taker(s, a, k) if taken else [])
        it.fixed_name = _chair_name(s, h, who)
        it.target = nominative(s.text, who) if who else None  # who takes the chair
        out.append(it)
    return out


def _chair_name(s: Scan, h: int, who: list) -> str:
    """"председательство Кыргызской Республики в Организации": the chair in the genitive, the body after."""
    toks = s.toks
    parts = ["председательство"]
    if who:
        parts.append(genitive(s.text, who))
    if h + 2 < s.n and toks[h + 1].lemma == "в" and toks[h + 2].is_cap:
        end = h + 2
        stop = s.n if not who or who[0].span.start < toks[h].span.start else s.index_of(who[0])
        while end < stop and (toks[end].is_acronym or (toks[end].is_word and toks[end].cases() - _DIRECT)) \
                and (end == h + 2 or toks[end].is_cap or toks[end].pos == "ADJF"):
            end += 1  # "в Организации", "в СВМДА" (not the subject after it: "в СВМДА Азербайджан принимает")
        parts.append(s.text[toks[h + 1].span.start:toks[max(end, h + 3) - 1].span.stop])
    return " ".join(parts)
