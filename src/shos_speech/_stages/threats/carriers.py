"""Carriers: the activity, channel or agent of a threat, which the threat keeps.

"финансирования террористических ячеек", "каналы наркотрафика", "насильственными
проявлениями экстремизма", "лагерей подготовки террористов": a noun of the
``[carriers]`` class right before a threat in the genitive (a ``[campaigns]`` noun before
"по" and a threat in the dative: "кампании по искажению истории") names the danger together with
it, so the span and the name start at the carrier (and the adjectives agreeing with it); a
frame of the ``[frames]`` class ("сценарий") starts the span, not the name.
Framing cues ("рост", "угроза", "борьба") are no carriers: they stay outside the span, and so
does a carrier a threat-context cue governs ("противодействие распространению идеологии
терроризма", "риски распространения радикальных идеологий"): the cue acts on the activity,
whose object is the threat.
"""
from __future__ import annotations

from dataclasses import replace

from ..._core.agreement import agree
from ..._core.lexicon import words
from ...normalize import nominative
from .analysis import Candidate, Scope
from .naming import sentence_initial

#: carriers stacked before one threat at most ("лагерей подготовки террористов": two)
MAX_CARRIERS = 2


def with_carriers(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each single threat of its span extended over the carriers before it."""
    spans: dict[tuple[int, int], int] = {}
    for c in cands:
        spans[(c.start, c.stop)] = spans.get((c.start, c.stop), 0) + 1
    out = [_extended(scope, c) if spans[(c.start, c.stop)] == 1 else c for c in cands]
    grown = [(n.start, n.stop) for n, c in zip(out, cands, strict=True) if n.start != c.start]
    # a carrier the lexicon knows by itself ("вербовщики") is no threat of its own inside the grown one
    return [c for c in out if not any(a <= c.start and c.stop <= b and (a, b) != (c.start, c.stop)
                                      for a, b in grown)]


def _extended(scope: Scope, c: Candidate) -> Candidate:
    for _ in range(MAX_CARRIERS):
        first = scope.index.get(c.start)
        if first is None or first == 0:
            return c
        k = first - 1
        drawn = _drawn_into(scope.tokens, first)
        if drawn is not None:
            k = drawn  # "вовлечение граждан в интернет-мошенничество": drawing people into the threat
        elif k >= 1 and scope.tokens[k].value.lower() == "по" and scope.tokens[first].has("datv") \
                and scope.tokens[k - 1].lemmas & words("threats", "campaigns"):
            k -= 1  # "кампании по искажению истории": the campaign carries the threat
        elif not _case_word(scope.tokens, first).has_any("gent", "gen2"):
            return c
        if k >= 1 and scope.tokens[k].value in "«“„\"" and _so_called(scope.tokens, k - 1):
            k -= 1  # the quote opening the name after "так называемых"
        if k >= 1 and _so_called(scope.tokens, k):
            k -= 2  # "сценарии так называемых «цветных революций»"
        carrier = scope.tokens[k]
        if carrier.pos != "NOUN" or not carrier.lemmas & (words("threats", "carriers") | words("threats", "campaigns")
                                                          | words("threats", "drawing_heads")):
            return c
        start = _modifiers_of(scope, k)
        if after_cue(scope.tokens, start):
            return c
        if carrier.lemmas & words("threats", "frames"):  # the span only: "сценарий третьей мировой войны"
            c = replace(c, start=scope.tokens[start].span.start)
            continue
        c = replace(c, start=scope.tokens[start].span.start,
                    name=f"{_carrier_words(scope, start, first)} {scope.text[c.start:c.stop]}")
    return c


#: genitive words between a drawing noun and "в" ("вовлечение несовершеннолетних граждан в ..."), at most
MAX_DRAWN = 3


def _drawn_into(tokens: list, first: int) -> int | None:
    """The drawing noun ("вовлечение", "втягивание") before "в" + the threat at ``first`` in the
    accusative, over whom it draws in the genitive, or None."""
    if first < 2 or tokens[first - 1].value.lower() not in ("в", "во") or not tokens[first].has("accs"):
        return None
    j = first - 2
    while j > 0 and first - 2 - j < MAX_DRAWN and tokens[j].has_any("gent", "gen2") \
            and tokens[j].has_any("NOUN", "ADJF", "PRTF") and not tokens[j].lemmas & words("threats", "drawing_heads"):
        j -= 1
    tok = tokens[j]
    return j if tok.pos == "NOUN" and tok.lemmas & words("threats", "drawing_heads") else None


def _case_word(tokens: list, first: int):
    """The word that shows a threat's case: its first one, or the adjective after a degree adverb
    ("распространение особо опасных инфекций")."""
    tok = tokens[first]
    if tok.grams and "ADVB" in tok.grams[0] and first + 1 < len(tokens):
        return tokens[first + 1]
    return tok


def after_cue(tokens: list, k: int) -> bool:
    """Does a nominal threat-context cue ("противодействие", "борьба с", "риски") end right before token ``k``?"""
    from ...grammars.threats import context_cues

    for cue, case in context_cues():
        n = len(cue)
        if k < n or case == "accs":  # a verb's object is the danger with its activity ("осуждаем политику запугивания")
            continue
        window = tokens[k - n:k]
        if cue[0] in window[0].lemmas and all(t.value.lower() == w for t, w in zip(window[1:], cue[1:], strict=True)):
            return True
    return False


def _so_called(tokens: list, k: int) -> bool:
    """Do ``tokens[k-1:k+1]`` read "так называемых"?"""
    return tokens[k - 1].value.lower() == "так" and "называть" in tokens[k].lemmas


def with_counts(scope: Scope, cands: list[Candidate]) -> list[Candidate]:
    """A count right before a threat belongs to its span, not to its name ("порядка шести тысяч боевиков")."""
    out = []
    for c in cands:
        k = scope.index.get(c.start)
        start = k
        while start is not None and start > 0 and _count_word(scope.tokens[start - 1]):
            start -= 1
        if start is not None and start < k and any(t.has("NUMR") or t.is_int for t in scope.tokens[start:k]):
            c = replace(c, start=scope.tokens[start].span.start)
        out.append(c)
    return out


def _count_word(tok) -> bool:
    return tok.is_int or tok.has("NUMR") or bool(tok.lemmas & words("threats", "quantity_words"))


def _carrier_words(scope: Scope, start: int, stop: int) -> str:
    """The carrier in the nominative, in the number of the text ("лагеря подготовки" stays plural)."""
    toks = [t for t in scope.tokens[start:stop]
            if not (t.value.lower() == "так" or "называть" in t.lemmas or t.value in "«“„\"")]
    before = scope.tokens[start - 1] if start else None
    governed = before is not None and bool(before.pos_all & {"PREP", "NOUN", "ADJF"})
    if toks[-1].has("nomn") and not governed:  # the subject: as written ("лагеря подготовки ... ликвидированы")
        out = scope.text[toks[0].span.start:toks[-1].span.stop]
    else:
        out = nominative(scope.text, toks)
    if sentence_initial(scope.tokens, scope.index, toks[0]):
        out = out[:1].lower() + out[1:]
    return out


def _modifier(tok) -> bool:
    """An adjective that qualifies the carrier; pronominal ones ("иные", "эти") do not belong to a name."""
    return tok.has_any("ADJF", "PRTF") and not tok.has("Apro") and not tok.lemmas & words("threats", "determiners")


def _modifiers_of(scope: Scope, k: int) -> int:
    """The first token of the adjectives agreeing with the noun at ``k`` ("насильственными проявлениями")."""
    s = k
    while s > 0 and _modifier(scope.tokens[s - 1]) and agree(scope.tokens[s - 1], scope.tokens[k]):
        s -= 1
    return s
