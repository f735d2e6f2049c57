"""Threats found by their context, whatever their head: "противодействие кибершпионажу",
"осуждаем удары по ядерным объектам", "дальнейшая эскалация".

A threat-context cue (``grammars.threats.CONTEXT_CUE``) governs a noun phrase in a given
case; that phrase is a threat even when the lexicon lacks its head, unless it is a generic
word ("угрозы безопасности") — categorised by the words it shares with lexicon entries, or
``other``. Conjuncts in the same case share the cue ("противодействие X и Y"). A framing
noun of escalation with no threat after it is the threat itself ("вооруженная эскалация
между Израилем и Ираном").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold
from ...grammars.common import anchored_match
from ...models import ThreatCategory
from .analysis import Candidate, Scope, analyse
from .predicates import PredicateHit, no_phenomenon
from .scan import WINDOW, modifiers_start

#: conjuncts after the first phrase a context cue governs, at most
MAX_CONJUNCTS = 6
_CONJUNCTION = frozenset({",", "и", "или"})


@dataclass(frozen=True)
class RelatedHit:
    """A context cue read from the token view: the phrase it governs begins at ``stop``, in ``payload``."""

    stop: int
    payload: str


def related_hits(tokens: list) -> list[RelatedHit]:
    """"риски, связанные с X": a generic danger of ``[related_heads]``, a comma, a form of "связанный"
    and "с" govern the phrase after them in the instrumental."""
    out = []
    heads = words("threats", "related_heads")
    for k in range(len(tokens) - 4):
        if tokens[k].lemmas & heads and tokens[k + 1].value == "," and "связанный" in tokens[k + 2].lemmas \
                and tokens[k + 3].value.lower() in ("с", "со"):
            out.append(RelatedHit(k + 4, "ablt"))
    return out + uncontrolled_hits(tokens)


def uncontrolled_hits(tokens: list) -> list[RelatedHit]:
    """"бесконтрольное развитие искусственного интеллекта": an adjective of ``[uncontrolled]`` opens a threat
    phrase of its own, whatever its head, even a value it makes dangerous (see ``_parse``)."""
    marks = words("threats", "uncontrolled")
    return [RelatedHit(k, "") for k, t in enumerate(tokens) if t.pos in ("ADJF", "PRTF") and t.lemmas & marks]


def damaged_values() -> dict[str, ThreatCategory]:
    """What damage is done to (``[damaged_values]``): the lemma of the value and the threat's category."""
    out = {}
    for line in section_lines("threats", "damaged_values"):
        word, category = line.split()
        out[fold(word)] = ThreatCategory(category)
    return out


def escalation_words() -> dict[str, ThreatCategory]:
    out = {}
    for line in section_lines("threats", "escalation"):
        word, category = line.split()
        out[fold(word)] = ThreatCategory(category)
    return out


def context_threats(scope: Scope, np_parser, hits: list, covered: list[tuple[int, int]],
                    escalation: dict[str, ThreatCategory]) -> list[Candidate]:
    """Candidates of the context cues ``hits`` (gazetteer hits: token range, governed case) and of
    escalation nouns, wherever the lexicon's scan (``covered`` token ranges) found nothing."""
    taken = list(covered)
    out: list[Candidate] = []
    done: set[int] = set()  # predicate verbs whose subject was found
    for hit in hits:
        until = getattr(hit, "until", None)
        if until in done:
            continue
        found = _governed(scope, np_parser, hit.stop, hit.payload, taken)
        if until is not None:
            if not found or not _ends_at(scope.tokens, found[-1][1], until):
                continue  # the subject must end at its verb ("X представляет угрозу")
            done.add(until)
        if isinstance(hit, PredicateHit) and any(no_phenomenon(c) for c, _stop in found):
            continue
        for c, stop in found:
            out.append(c)
            taken.append((hit.stop, stop))
    for k, tok in enumerate(scope.tokens):
        category = next((escalation[lm] for lm in tok.lemmas if lm in escalation), None)
        if category is None or _inside(k, taken) or _inside(k + 1, taken):
            continue
        cands, stop = _parse(scope, np_parser, modifiers_start(scope.tokens, k, 0), category)
        if cands and cands[0].head is tok:
            out.extend(cands)
            taken.append((k, stop))
    for c, span in damage_threats(scope, np_parser, taken):
        out.append(c)
        taken.append(span)
    return out


def damage_threats(scope: Scope, np_parser, taken: list) -> list[tuple[Candidate, tuple[int, int]]]:
    """"подрыв доверия", "ослабление режима нераспространения": a noun of damage with a value of the
    ``[damaged_values]`` class in the genitive right after it (its own modifiers between) is a threat."""
    out = []
    values = damaged_values()
    for k, tok in enumerate(scope.tokens):
        if tok.pos != "NOUN" or not tok.lemmas & words("threats", "damage_heads") or _inside(k, taken):
            continue
        value = _damaged_value(scope.tokens, k, values)
        if value is None:
            continue
        cands, stop = _parse(scope, np_parser, modifiers_start(scope.tokens, k, 0), value)
        if cands and cands[0].head is tok:  # the value decides the category, not the words around it
            out += [(replace(c, category=value), (k, stop)) for c in cands]
    return out


def _damaged_value(tokens: list, k: int, values: dict[str, ThreatCategory]) -> ThreatCategory | None:
    """The category of the value in the genitive after the damage noun at ``k``, if it is one; a more
    specific value further down the genitive chain wins ("режима нераспространения": WMD)."""
    found = None
    for t in tokens[k + 1:k + 6]:
        if t.pos == "NOUN":
            hit = next((values[lm] for lm in t.lemmas if lm in values), None)
            if not t.has_any("gent", "gen2", "ablt") or (hit is None and found is None):
                break
            if hit is not None and (found is None or found is ThreatCategory.other):
                found = hit
        elif not t.has_any("ADJF", "PRTF"):
            break
    return found


def _governed(scope: Scope, np_parser, k: int, case: str, taken: list) -> list[tuple[Candidate, int]]:
    """The phrases a cue governs from token ``k`` on: the first, then conjuncts in the same case."""
    out = []
    for _ in range(MAX_CONJUNCTS):
        if k >= len(scope.tokens):
            break
        found = next((b for a, b in taken if a <= k < b), None)  # a threat the lexicon's scan found
        if found is not None:
            stop = found
        else:
            k, case = _past_growth(scope.tokens, k, case)
            cands, stop = _parse(scope, np_parser, k, ThreatCategory.other, case)
            reach = _over_adverbs(scope.tokens, stop)
            if not cands or _frames_next(scope.tokens, k, cands[0], taken) \
                    or any(a < reach and k < b for a, b in taken) or _drawing(scope.tokens, cands[0].head, stop):
                break  # nothing here, or a phrase around a threat the lexicon found
                # ("распространение идеологии терроризма": the lexicon's threat stands alone)
            out += [(c, stop) for c in cands]
        if case == "" or stop >= len(scope.tokens) or scope.tokens[stop].value.lower() not in _CONJUNCTION:
            break  # an uncontrolled-adjective hit names its own phrase only
        k = stop + 1
    return out


def _frames_next(tokens: list, k: int, cand, taken: list) -> bool:
    """Does a threat the lexicon found stand in the genitive right after the phrase from ``k``? Then the
    phrase frames it ("риск новой волны пандемии": the wave of the pandemic) and names none itself."""
    end = next((j for j in range(k, len(tokens)) if tokens[j].span.start >= cand.stop), len(tokens))
    return end < len(tokens) and tokens[end].has_any("gent", "gen2") and any(a == end for a, _b in taken)


def _ends_at(tokens: list, stop: int, verb: int) -> bool:
    """Does a phrase ending before ``stop`` reach the verb at ``verb``, adverbs between ("X всё ещё остается")?"""
    return stop <= verb and all(t.pos in ("ADVB", "PRCL") for t in tokens[stop:verb])


def _drawing(tokens: list, head, stop: int) -> bool:
    """"не допустить втягивания наших государств в большую войну": a cue governs the drawing, and the
    threat is what they are drawn into ("в" + the threat after the phrase), not the drawing itself."""
    return bool(head.lemmas & words("threats", "drawing_heads")) and stop < len(tokens) \
        and tokens[stop].value.lower() in ("в", "во")


def _past_growth(tokens: list, k: int, case: str) -> tuple[int, str]:
    """Where the governed phrase begins and its case, past a noun of growth and its adjectives
    ("усилением кибершпионажа": the genitive after "усилением")."""
    j = k
    while j < len(tokens) and tokens[j].pos in ("ADJF", "PRTF"):
        j += 1
    if j + 1 < len(tokens) and tokens[j].pos == "NOUN" and tokens[j].lemmas & words("threats", "growth_frames") \
            and case in tokens[j].cases("NOUN") and tokens[j + 1].has_any("gent", "gen2", "ADJF", "PRTF"):
        return j + 1, "gent"
    return k, case


def _over_adverbs(tokens: list, stop: int) -> int:
    """The end of a phrase read on over the adverbs after it and one word more: "распространения
    особо опасных инфекций" reaches the threat the adverb hid from the phrase."""
    k = stop
    while k < len(tokens) and tokens[k].grams and {"ADVB"} & tokens[k].grams[0]:
        k += 1
    return k + 1 if k > stop else stop


def _parse(scope: Scope, np_parser, k: int, category: ThreatCategory,
           case: str | None = None) -> tuple[list[Candidate], int]:
    match = anchored_match(np_parser, scope.tokens[k:k + WINDOW], scope.memo)
    if match is None:
        return [], k
    head = scope.tokens[scope.index[_head_start(match)]]
    case = case or None  # an uncontrolled-adjective hit: the phrase is in any case
    if case is not None and case not in head.cases("NOUN"):
        return [], k
    governed_cue = case is not None and bool(head.lemmas & _cue_words())
    protected = head.lemma in words("threats", "protected") and not _uncontrolled(scope.tokens[k:scope.index[
        head.span.start]])
    if head.pos != "NOUN" or protected or governed_cue \
            or (case is not None and head.lemma in words("threats", "no_danger_heads")):
        return [], k  # "угроза безопасности": the value at stake; "противодействие угрозам": a cue again;
        # "угроз, исходящих ...": a participle, not a noun
    cands, resume = analyse(scope, match, None, context=category)
    return cands, resume


def _uncontrolled(mods: list) -> bool:
    """Does an adjective of ``[uncontrolled]`` qualify the head ("бесконтрольное развитие": a value turned a
    danger)?"""
    return any(t.lemmas & words("threats", "uncontrolled") for t in mods)


@cache
def _cue_words() -> frozenset[str]:
    """Lemmas of the context cues and escalation nouns: never a threat's head in a context."""
    from ...grammars.threats import context_cues

    return frozenset(cue[0] for cue, _case in context_cues()) | frozenset(escalation_words())


def _head_start(match) -> int:
    from ...grammars.common import fact_tokens

    return fact_tokens(match, "head")[0][-1].span.start


def _inside(k: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= k < b for a, b in ranges)
