"""Threats named by a clause: a verb of a harmful process and its subject ("тают ледники", "горные
ледники Кыргызстана тают", "мелеет Арал", "растут цены на продовольствие").

A verb of ``[process_verbs]`` has a noun that names its process ("таять" -> "таяние"); with the
subject of the verb, a nominative noun phrase right after or right before it that agrees in number,
the clause names the threat the lexicon has for that noun and subject ("таяние ледников"): the span is
the clause (subject and verb), the name the noun with the subject in the genitive ("таяние горных
ледников Кыргызстана"). A subject that is a threat by itself ("распространяется исламофобия") is found
as one; a subject the lexicon has no entry with ("растут доходы") names none.
"""
from __future__ import annotations

from functools import cache

from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold, tokenize
from ...grammars.common import anchored_match, fact_tokens
from ...models import ThreatCategory
from ...morph import parse
from .analysis import Candidate, Scope
from .context import damaged_values
from .naming import sentence_initial

#: tokens before the verb a subject may begin at, at most
MAX_BEFORE = 5


@cache
def process_verbs() -> dict[str, str]:
    """Verb lemma -> the noun of its process (``[process_verbs]``)."""
    out = {}
    for line in section_lines("threats", "process_verbs"):
        verb, noun = line.split()
        out[fold(verb)] = fold(noun)
    return out


@cache
def _noun_token(noun: str):
    return tokenize(noun)[0]


def process_threats(scope: Scope, np_parser, taken: list[tuple[int, int]]) -> list[Candidate]:
    """The threats the process clauses of the sentence name, outside the token ranges ``taken``."""
    verbs = process_verbs()
    out = []
    for k, tok in enumerate(scope.tokens):
        noun = next((verbs[lm] for lm in tok.lemmas if lm in verbs), None) if tok.pos in ("VERB", "INFN") else None
        if noun is None or (k and scope.tokens[k - 1].value.lower() == "не"):
            continue
        for a, b, subject in _subjects(scope, np_parser, k):
            if any(x < b and a < y for x, y in taken):
                continue
            cand = _candidate(scope, noun, tok, subject, a, b)
            if cand is not None:
                out.append(cand)
                taken.append((a, b))
                break
    return out


def _subjects(scope: Scope, np_parser, verb: int):
    """(first token, end token, the subject's head and tokens) of the subjects the verb may have: after it,
    then ending right before it (adverbs between: "ледники стремительно тают"), the longest first."""
    toks = scope.tokens
    after = _phrase(scope, np_parser, verb + 1)
    if after is not None:
        yield verb, verb + 1 + len(after[1]), after
    end = verb
    while end > 0 and toks[end - 1].pos == "ADVB":
        end -= 1
    first = end
    while first > 0 and end - first < MAX_BEFORE and not toks[first - 1].is_punct and toks[first - 1].value != "-":
        first -= 1
    for s in range(first, end):
        before = _phrase(scope, np_parser, s)
        if before is not None and s + len(before[1]) == end:
            yield s, verb + 1, before


def _phrase(scope: Scope, np_parser, k: int):
    """The noun phrase at ``k`` (its head and tokens) when it reads as a nominative, else None."""
    if k >= len(scope.tokens) or scope.tokens[k].is_punct or any(t.value == "-" for t in scope.tokens[k:k + 2]):
        return None  # "экология – горные ледники": a spaced dash is no tight prefix of the subject
    match = anchored_match(np_parser, scope.tokens[k:k + 12], scope.memo)
    if match is None:
        return None
    head_start = fact_tokens(match, "head")[0][-1].span.start
    head = scope.tokens[scope.index[head_start]]
    if "nomn" not in head.cases("NOUN"):
        return None
    stop = scope.index[match.tokens[-1].span.start] + 1
    return head, scope.tokens[k:stop]


def _candidate(scope: Scope, noun: str, verb, subject, a: int, b: int) -> Candidate | None:
    head, toks = subject
    if not _agrees(verb, head):
        return None
    entry = scope.lexicon.best_entry(_noun_token(noun), None, [], toks)
    category = entry.category if entry is not None else None  # a bare entry too: "мелеет Арал" -> "обмеление Арала"
    qualified = any(t is not head and t.has_any("ADJF", "PRTF", "gent") for t in toks)
    if category is None and noun in words("threats", "damage_heads") and qualified:
        # the value named by its modifier or genitive only ("режим нераспространения"; "связи между людьми": none)
        # damage done to a value ("деградирует система контроля над вооружениями"), as "деградация системы"
        values = damaged_values()
        category = next((values[lm] for lm in sorted(head.lemmas) if lm in values), None)
        if category is ThreatCategory.other:  # a more specific value or word of the subject decides
            specific = [values[lm] for t in toks for lm in sorted(t.lemmas) if values.get(lm, ThreatCategory.other)
                        is not ThreatCategory.other]
            category = specific[0] if specific else scope.lexicon.category_of(head, [t for t in toks if t is not head])
    if category is None:
        return None
    name = _name(scope, noun, head, toks)
    if name is None:
        return None
    return Candidate(scope.tokens[a].span.start, scope.tokens[b - 1].span.stop, name, category, head)


def _agrees(verb, head) -> bool:
    """A verb in the plural takes a plural subject, one in the singular a singular one."""
    numbers = {n for case, n, _g in head.readings("NOUN") if case == "nomn"}
    verb_numbers = {n for g in verb.grams[:1] for n in ("sing", "plur") if n in g}
    return not verb_numbers or not numbers or None in numbers or bool(numbers & verb_numbers)


def _name(scope: Scope, noun: str, head, toks: list) -> str | None:
    """"таяние" + "горные ледники Кыргызстана" -> "таяние горных ледников Кыргызстана"."""
    h = toks.index(head)
    number = "plur" if head.has("plur") and not head.has("sing") or _plural_here(head) else "sing"
    hp = next((p for p in parse(head.value.lower()) if p.tag.POS == "NOUN" and "nomn" in p.tag), None)
    gen = hp.inflect({"gent", number}) if hp is not None else None
    if gen is None:
        return None
    words = []
    for t in toks[:h]:
        p = next((p for p in parse(t.value.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
        grams = {"gent", number} | ({gen.tag.gender} if number == "sing" and gen.tag.gender else set())
        inf = p.inflect(grams) if p is not None else None
        words.append(inf.word if inf is not None else t.value)
    head_word = gen.word
    if head.value[:1].isupper() and not sentence_initial(scope.tokens, scope.index, head):
        head_word = head_word[:1].upper() + head_word[1:]
    tail = scope.text[toks[h].span.stop:toks[-1].span.stop] if h + 1 < len(toks) else ""
    return " ".join([noun, *words, head_word]) + tail


def _plural_here(head) -> bool:
    return any(n == "plur" for case, n, _g in head.readings("NOUN") if case == "nomn") and \
        not any(n == "sing" for case, n, _g in head.readings("NOUN") if case == "nomn")
