"""Scanning a sentence for threats: at each trigger word, parse from the modifiers before it.

The parser is anchored: for each trigger (a lexicon head, a word of a fixed sequence) it
parses from the first modifier before it, predicting the rule at that token only, so the
cost follows the phrases, not the sentence length, and a run-on list of hundreds of
conjuncts stays linear.
"""
from __future__ import annotations

import warnings

from ..._core.lexicon import words
from ...grammars.common import anchored_match
from .analysis import Candidate, Scope, analyse
from .filters import inside_body_name

#: tokens an anchored parse may cover (a threat phrase with coordinated modifiers and
#: complements stays well under it)
WINDOW = 48
#: anchored parses per sentence before the rest of a run-on sentence is given up (with a
#: warning); a real sentence of this genre needs a few dozen at most
MAX_PARSES = 400
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})
_LINKS = frozenset({"и", "или", "а"})


def modifiers_start(tokens: list, h: int, floor: int) -> int:
    """The first token of the modifiers before the trigger at ``h`` (coordinated ones too)."""
    s = h
    while s - 1 >= floor and h - s < 20:
        t = tokens[s - 1]
        if t.value in {",", "-"} or t.value.lower() in _LINKS:
            s -= 1
        elif any(_MODIFIER_POS & g for g in t.grams[:2]) or t.has("ADJF"):
            # "долговой" reads first as a surname: any adjective reading makes a modifier
            s -= 1
        elif t.grams and {"ADVB", "PRCL"} & t.grams[0]:
            # "непроверенная, а порой и заведомо ложная"; never below the floor, where an
            # earlier phrase ended ("опасность финансово-экономических санкций")
            before = tokens[s - 2] if s - 2 >= floor else None
            if before is not None and before.pos == "NOUN" and not before.lemmas & words("threats", "also"):
                s -= 1  # "распространения особо опасных": the noun before the adverb is no modifier
            else:
                s = max(s - 2, floor)
        elif t.type in ("RU", "LATIN") and s < len(tokens) and tokens[s].value == "-":
            s -= 1  # "финансово-" of "финансово-экономических", "DDoS-" of "DDoS-атак"
        elif _quoted_adjective(tokens, s - 1, floor):
            s -= 3  # «беловоротничковой» преступности
        else:
            break
    while s < h and (tokens[s].value in {",", "-"} or tokens[s].value.lower() in _LINKS
                     or (_is_adverb(tokens[s]) and tokens[s + 1].value != "-" and not _degree(tokens, s))):
        s += 1
    return s


def _degree(tokens: list, k: int) -> bool:
    """Is the adverb at ``k`` a degree word of the adjective after it ("особо опасных", "крайне
    опасные"), not a sentence adverb of the [also] class ("также", "даже")?"""
    adverb = tokens[k]
    # a degree word is made from an adjective ("крайне", "социально") or is one of [degree_adverbs]; a time,
    # place or predicative adverb ("сегодня", "здесь", "налицо") opens the clause, not the phrase
    degree = adverb.has("ADJS") or bool(adverb.lemmas & words("threats", "degree_adverbs"))
    return degree and tokens[k + 1].has_any("ADJF", "PRTF") and not adverb.lemmas & words("threats", "also")


def _quoted_adjective(tokens: list, k: int, floor: int) -> bool:
    """Is ``tokens[k]`` the closing quote of one quoted adjective («зеленая»)?"""
    return (k - 2 >= floor and tokens[k].value in "»”\"" and tokens[k - 2].value in "«“„\""
            and tokens[k - 1].has_any("ADJF", "PRTF"))


def _is_adverb(t) -> bool:
    return bool(t.grams) and bool({"ADVB", "PRCL"} & t.grams[0])


def find(scope: Scope, parser, triggers: list[int], blocked: list[tuple[int, int]],
         body_heads: frozenset[str]) -> list[Candidate]:
    """Threats of one sentence; heads inside ``blocked`` spans (institution names) are skipped."""
    tokens, n = scope.tokens, len(scope.tokens)
    out: list[Candidate] = []
    pos = parses = 0
    for h in triggers:
        if h < pos:
            continue
        match = None
        for start in range(modifiers_start(tokens, h, pos), h + 1):
            parses += 1
            match = anchored_match(parser, tokens[start:min(n, start + WINDOW)], scope.memo)
            if match is not None:
                break
        if parses > MAX_PARSES:
            warnings.warn(f"shos_speech: threats of a run-on sentence at offset {tokens[0].span.start} "
                          f"searched up to offset {tokens[h].span.start} only ({MAX_PARSES} parses)",
                          RuntimeWarning, stacklevel=2)
            break
        if match is None:
            continue
        cands, resume = analyse(scope, match, out[-1] if out else None)
        for c in cands:
            if any(a <= c.head.span.start < b for a, b in blocked):
                continue
            if inside_body_name(tokens, scope.index, c.start, body_heads):
                continue
            out.append(c)
        end = scope.index[match.tokens[-1].span.start] + 1
        pos = resume if resume < end else end
    return out
