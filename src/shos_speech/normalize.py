"""Nominative forms of noun phrases, with agreement, keeping the number of the text.

natasha's normalizer inflects every word of a span ("Организация Объединенные Нации");
official names need only the head noun and the adjectives agreeing with it put in the
nominative, the genitive and prepositional complements staying as written:
"Регионального центра ООН по целям ..." -> "Региональный центр ООН по целям ...",
"финансово-экономических санкций" -> "финансово-экономические санкции".
"""
from __future__ import annotations

import re

from ._core.tokens import CASE_MAP
from .morph import parse

_MODIFIER_POS = {"ADJF", "PRTF", "NUMR"}
_WORD = re.compile(r"[А-Яа-яЁё]+")


def _case(tag) -> str | None:
    c = tag.case
    return CASE_MAP.get(c, c)


def _match_case(word: str, pos: set[str]) -> list:
    return [p for p in parse(word) if p.tag.POS in pos]


def _agree(adj, noun) -> bool:
    if _case(adj.tag) != _case(noun.tag):
        return False
    if noun.tag.number == "plur" or adj.tag.number == "plur":
        return adj.tag.number == noun.tag.number or noun.tag.number is None
    return adj.tag.gender in (None, noun.tag.gender) or noun.tag.gender is None or "ms-f" in noun.tag


def _restore_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _inflect(p, grams: set[str]) -> str | None:
    try:
        r = p.inflect(grams)
    except (ValueError, KeyError):
        return None
    if r is None:
        return None
    if "Supr" in p.tag:
        # suppletive superlatives: "высшего" is "высокий" in the dictionary, and inflect()
        # answers "высочайший"; take the form of the lexeme that keeps the word's stem
        forms = [f for f in p.lexeme if grams <= set(f.tag.grammemes) and "Supr" in f.tag]
        best = max(forms, key=lambda f: _common_prefix(f.word, p.word), default=None)
        if best is not None and _common_prefix(best.word, p.word) > _common_prefix(r.word, p.word):
            return best.word
    return r.word


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def head_index(words: list[str]) -> int | None:
    """Index of the head noun: the first noun not inside a hyphenated compound prefix."""
    for i, w in enumerate(words):
        if not _WORD.fullmatch(w) or (w.isupper() and len(w) > 1):
            continue  # acronyms ("ЕЦВИ", "ШОС") are never inflected
        if i + 1 < len(words) and words[i + 1] == "-":
            continue  # "финансово-", "вице-"
        if any(p.tag.POS == "NOUN" for p in parse(w.lower())[:3]):
            # an adjective reading that agrees with a following noun wins ("Объединенных Наций")
            if any(p.tag.POS in _MODIFIER_POS for p in parse(w.lower())) and _next_noun(words, i):
                continue
            return i
    return None


def _next_noun(words: list[str], i: int) -> bool:
    """A noun follows, past other adjectives ("Гегаркуникском областном управлении")."""
    for w in words[i + 1:i + 5]:
        if not _WORD.fullmatch(w):
            return False
        parses = parse(w.lower())[:2]
        if any(p.tag.POS == "NOUN" for p in parses):
            return True
        if not any(p.tag.POS in _MODIFIER_POS for p in parses):
            return False
    return False


def nominative_words(words: list[str]) -> list[str]:
    """The words of a noun phrase with its head and the agreeing modifiers in the nominative.

    ``words`` are the phrase's tokens (punctuation included, e.g. ``["финансово", "-",
    "экономических", "санкций"]``); the result has the same length.
    """
    h = head_index(words)
    if h is None:
        return list(words)
    heads = _match_case(words[h].lower(), {"NOUN"})
    if not heads:
        return list(words)
    hp, chosen = _best_reading(words, h, heads)
    if _case(hp.tag) == "nomn":
        return list(words)
    number = hp.tag.number or "sing"
    out = list(words)
    new_head = _inflect(hp, {"nomn", number})
    if new_head:
        out[h] = _restore_case(words[h], new_head)
    for i, p in chosen.items():
        new = _inflect(p, _modifier_grams(p, hp, number))
        if new:
            out[i] = _restore_case(words[i], new)
    return out


def _modifiers(words: list[str], h: int) -> list[int]:
    """Indices of the words before the head that may agree with it (no compound prefixes, no acronyms)."""
    return [i for i in range(h) if _WORD.fullmatch(words[i]) and not (i + 1 < len(words) and words[i + 1] == "-")
            and not (words[i].isupper() and len(words[i]) > 1)]


def _best_reading(words: list[str], h: int, heads: list):
    """The head's reading that the most modifiers agree with, and each agreeing modifier's reading."""
    best = None
    for hp in heads:
        chosen = {}
        for i in _modifiers(words, h):
            agreeing = [p for p in _match_case(words[i].lower(), _MODIFIER_POS) if _agree(p, hp)]
            if agreeing:
                chosen[i] = agreeing[0]
        if best is None or len(chosen) > len(best[1]):
            best = (hp, chosen)
    return best


def _modifier_grams(p, hp, number: str) -> set[str]:
    grams = {"nomn", number}
    if number == "sing" and hp.tag.gender and p.tag.POS != "NUMR":
        grams.add(hp.tag.gender)
    if p.tag.animacy and "accs" in grams:
        grams.add(p.tag.animacy)
    return grams


def nominative(text: str, tokens: list) -> str:
    """The nominative form of the phrase whose yargy ``tokens`` cover ``text``.

    ``text`` is the whole source; tokens carry absolute spans. Spacing between tokens is
    kept as written, so "государств - членов" and "государств – членов" survive.
    """
    if not tokens:
        return ""
    return join_words(text, tokens, nominative_words([t.value for t in tokens]))


def join_words(text: str, tokens: list, words: list[str]) -> str:
    """The phrase of ``tokens`` with each token's word replaced by ``words[i]`` where it
    differs from the token's value; what stands between tokens is kept as written."""
    parts = []
    for i, tok in enumerate(tokens):
        if i:
            parts.append(text[tokens[i - 1].span.stop:tok.span.start])
        parts.append(words[i] if words[i] != tok.value else text[tok.span.start:tok.span.stop])
    return "".join(parts)
