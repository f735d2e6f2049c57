"""Infinitive items: "Главная задача — удержать темпы роста" names its direction by a verb.

After a cue of a goal ("задача", "цель", "главное", "предназначение": ``[goal_words]``) and
after "необходимость" the item may be an infinitive with its object and complements
("ставил перед собой три задачи: повысить эффективность работы Организации, ..."). Its name
puts the verbal noun in the verb's place and the direct object in the genitive ("повышение
эффективности работы Организации"), as an analyst cites a direction; adverbs are left out.
The verbal noun comes from the suffix rules of ``[nominalizations]`` with the consonant
alternations of ``[alternations]``, each candidate checked against the dictionary, or from the
irregular pairs of ``[verbal_nouns]`` (``data/words/priorities.txt``).
"""
from __future__ import annotations

from functools import cache, lru_cache

from ...grammars.common import anchored_match, parser
from ...grammars.priorities import rules
from ...morph import analyzer, parse
from ...normalize import join_words
from .features import animate
from .lexicon import heads, nominalizing, vocabulary
from .phrases import Phrase, Sent, head, np_at

#: what a verb phrase's adverbs are ("совместно противостоять", "активнее вовлекать")
ADVERBS = frozenset({"ADVB", "COMP"})
NEGATOR = "не"
#: the verbal noun that names a goal of keeping ("не потерять темпы" -> "сохранение темпов")
KEEPING = "сохранение"
ACCUSATIVE = frozenset({"accs"})
#: the parts of speech of a direct object that change case with it
INFLECTED = frozenset({"NOUN", "ADJF", "PRTF"}) | {"NPRO"}


@cache
def verb_parser():
    """The parser of ``INFINITIVE_PHRASE``."""
    return parser(rules().INFINITIVE_PHRASE)


def verb_phrase_at(s: Sent, k: int) -> Phrase | None:
    """The infinitive phrase starting at ``k`` (an adverb may come first), within its clause."""
    toks = s.toks
    j = k + 1 if k < len(toks) and (toks[k].pos in ADVERBS or negated_goal(toks, k)) else k
    if j >= len(toks) or toks[j].pos != "INFN":
        return None
    stop = _clause_stop(toks, k)
    key = ("inf", toks[k].start, toks[stop - 1].stop)
    if key not in s.cache:
        m = anchored_match(verb_parser(), toks[k:stop], s.memo())
        s.cache[key] = m.span.stop if m is not None else None
    end = s.cache[key]
    if end is None:
        return None
    e = k
    while e < stop and toks[e].stop <= end:
        e += 1
    return Phrase(k, e, verb=True)


def _clause_stop(toks: list, k: int) -> int:
    stop = k
    while stop < len(toks) and toks[stop].value not in ".;!?:«»\"“”(" and stop - k < 40:
        stop += 1
    return stop


def necessity_content(s: Sent, ph: Phrase) -> Phrase | None:
    """"на необходимости усилить экономическое измерение": the infinitive the necessity governs."""
    h = head(s.toks, ph)
    if h is None or h != ph.stop - 1 or not s.toks[h].lemmas & vocabulary().necessity_heads:
        return None
    return verb_phrase_at(s, ph.stop)


def prevention(toks: list, k: int) -> bool:
    """"не допустить X": "не" at ``k`` before a verb of prevention, the goal of preventing X."""
    return (k + 1 < len(toks) and toks[k].value.lower() == NEGATOR and toks[k + 1].pos == "INFN"
            and bool(toks[k + 1].lemmas & vocabulary().prevention_verbs))


def keeping(toks: list, k: int) -> bool:
    """"не потерять темпы", "не сбавлять обороты": "не" at ``k`` before a verb of loss, the goal of
    keeping its object."""
    return (k + 1 < len(toks) and toks[k].value.lower() == NEGATOR and toks[k + 1].pos == "INFN"
            and bool(toks[k + 1].lemmas & vocabulary().loss_verbs))


def negated_goal(toks: list, k: int) -> bool:
    """A goal named by "не" and its verb: preventing ("не допустить X") or keeping ("не потерять X")."""
    return prevention(toks, k) or keeping(toks, k)


def momentum(toks: list, ph: Phrase) -> bool:
    """"не потерять темпы, набранные за последние годы", "сохранить набранную динамику": a verb phrase
    that keeps the qualified pace of the work spoken of names that work's direction though it names no
    domain; a bare pace ("начать строительство и не потерять темп") is the step's before it."""
    k = next((i for i in range(ph.start, ph.stop) if toks[i].lemmas & vocabulary().momentum_nouns), None)
    if not ph.verb or k is None:
        return False
    if k + 1 < ph.stop or toks[k - 1].has_any("ADJF", "PRTF"):
        return True  # "набранный темп", "темпы инвестиций"
    return qualifying_clause(toks, ph) is not None  # "темпы, набранные за последние годы"


def qualifying_clause(toks: list, ph: Phrase) -> int | None:
    """"не потерять темпы, набранные за последние годы": index after the participial clause that is
    all a bare pace at the end of a keeping goal is qualified by (the item keeps it); None otherwise."""
    e = ph.stop
    if not (ph.verb and e + 1 < len(toks) and toks[e].value == "," and toks[e + 1].has_any("PRTF")
            and toks[e - 1].lemmas & vocabulary().momentum_nouns):
        return None
    stop = _clause_stop(toks, e + 1)
    return next((j for j in range(e + 1, stop) if toks[j].value == ","), stop)


def verb_index(toks: list, ph: Phrase) -> int:
    """Index of the phrase's infinitive."""
    return next(k for k in range(ph.start, ph.stop) if toks[k].pos == "INFN")


def concrete_verb(toks: list, ph: Phrase) -> bool:
    """"создать центр", "подписать соглашение": the verb of an undertaking with a concrete object,
    any verb whose object is a document, body or project, or one whose object is an undertaking
    itself ("начать строительство"); and one whose object is a person."""
    v = verb_index(toks, ph)
    noun = verbal_noun(toks[v].lemma)
    rest = toks[v + 1:min(ph.stop, v + 7)]
    has_concrete = any(t.lemmas & heads().concrete for t in rest)
    obj = next((k for k in range(v + 1, ph.stop) if toks[k].noun_cases), None)
    if obj is None:
        return False
    if _person_object(toks, v, ph.stop):
        return True  # "поставить на ноги младшего сына": a person is no direction
    if toks[obj].lemmas & heads().undertaking and not any(t.noun_cases for t in toks[obj + 1:ph.stop]):
        return True
    return has_concrete and (noun in heads().undertaking or bool(toks[obj].lemmas & heads().concrete))


def _person_object(toks: list, v: int, stop: int) -> bool:
    """Is the verb's object (its first noun outside the verb's own prepositional phrase) a person?"""
    k = _past_own_pp(toks, v + 1, stop)
    obj = next((x for x in range(k, stop) if toks[x].noun_cases and not toks[x].has_any("ADJF", "PRTF")), None)
    return obj is not None and animate(toks[obj])


def _past_own_pp(toks: list, k: int, stop: int) -> int:
    """Index after the verb's own prepositional phrase at ``k`` (a preposition, adjectives, a noun), or ``k``."""
    while k < stop and toks[k].pos in ADVERBS:
        k += 1
    if k < stop and toks[k].has_any("PREP"):
        k += 1
        while k < stop and toks[k].has_any("ADJF", "PRTF") and not toks[k].has_any("NOUN"):
            k += 1
        k += 1
    return k


@lru_cache(maxsize=4096)
def verbal_noun(verb: str) -> str | None:
    """The verbal noun of an infinitive ("повысить" -> "повышение"), or None when none is known."""
    rules_ = nominalizing()
    base = verb[:-2] if verb.endswith(("ся", "сь")) else verb
    for v in (verb, base):
        if v in rules_.irregular:
            return rules_.irregular[v]
    for suffix, noun_suffix in rules_.suffixes:
        if not base.endswith(suffix):
            continue
        stem = base[:-len(suffix)]
        for candidate in _candidates(stem, noun_suffix, rules_.alternations):
            if _known_noun(candidate):
                return candidate
    return None


def _candidates(stem: str, suffix: str, alternations: tuple[tuple[str, str], ...]):
    yield stem + suffix
    for a, b in alternations:
        if stem.endswith(a):
            yield stem[:-len(a)] + b + suffix


def _known_noun(word: str) -> bool:
    return analyzer().word_is_known(word) and any(
        p.tag.POS == "NOUN" and p.normal_form == word for p in parse(word))


def verb_name(s: Sent, ph: Phrase) -> str:
    """"повысить эффективность работы" -> "повышение эффективности работы"; as written when the verb
    has no known verbal noun."""
    toks, text = s.toks, s.text
    v = verb_index(toks, ph)
    # "не потерять темпы" -> "сохранение темпов"
    noun = KEEPING if keeping(toks, ph.start) else verbal_noun(toks[v].lemma)
    if noun is None:
        return text[toks[ph.start].start:toks[ph.stop - 1].stop]
    if prevention(toks, ph.start):
        noun = NEGATOR + noun  # "не допустить X" -> "недопущение X"
    a = v + 1
    while a < ph.stop and toks[a].pos in ADVERBS:
        a += 1
    if a >= ph.stop:
        return noun
    rest = toks[a:ph.stop]
    words = [t.value for t in rest]
    if toks[v].has("tran") and not (prevention(toks, ph.start) and _genitive_object(s, a, ph.stop)):
        _object_to_genitive(s, a, ph.stop, words)  # (after "не допустить" the object may be genitive already)
    for i in range(a + 2, ph.stop):
        if toks[i].has_any("PRTF") and toks[i - 1].value == "," and toks[i - 2].lemmas & vocabulary().momentum_nouns:
            words[i - a] = _genitive(toks[i].value, ACCUSATIVE) or words[i - a]  # "темпов, набранных за ..."
    return noun + " " + join_words(text, rest, words)


def _genitive_object(s: Sent, a: int, stop: int) -> bool:
    """Can the object after ``a`` be read as a genitive ("не допустить гуманитарной катастрофы")?"""
    obj = np_at(s, _past_own_pp(s.toks, a, stop))
    h = head(s.toks, obj) if obj is not None else None
    return h is not None and "gent" in s.toks[h].noun_cases


def _object_to_genitive(s: Sent, a: int, stop: int, words: list[str]) -> None:
    """The direct object in ``words`` (the tokens from ``a``) put in the genitive: its head, the
    words agreeing with it before it, the second noun of a hyphenated compound."""
    toks = s.toks
    k = _past_own_pp(toks, a, stop)  # "вернуть в международные отношения доверие": the verb's own PP
    obj = np_at(s, k)
    if obj is None or obj.stop > stop:
        return
    h = head(toks, obj)
    if h is None or "accs" not in toks[h].noun_cases:
        return
    for i in range(obj.start, h + 1):
        new = _genitive(toks[i].value, ACCUSATIVE)
        if new is not None:
            words[i - a] = new
    if h + 2 < obj.stop and toks[h + 1].value == "-" and toks[h + 2].noun_cases:
        new = _genitive(toks[h + 2].value, ACCUSATIVE | {"nomn"})  # "государства-участники"
        if new is not None:
            words[h + 2 - a] = new


def _genitive(word: str, cases: frozenset[str]) -> str | None:
    """``word`` (noun, adjective, participle, pronoun) in one of ``cases`` put in the genitive of its number."""
    if word.isupper():
        return None  # "ЕАЭС": an acronym does not inflect
    for p in parse(word.lower()):
        if p.tag.case not in cases or p.tag.POS not in INFLECTED or "Fixd" in p.tag:
            continue
        try:
            r = p.inflect({"gent", p.tag.number or "sing"})
        except (ValueError, KeyError):
            r = None
        if r is not None:
            return r.word[:1].upper() + r.word[1:] if word[:1].isupper() else r.word
    return None
