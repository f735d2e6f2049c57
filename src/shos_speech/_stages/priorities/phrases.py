"""The noun phrase of a priority: its extent at a position (``PRIORITY_NP``), its head, its class.

A phrase starts where the placement of the cue says and is cut at the first token that
cannot continue it: the clause's punctuation, or wherever ``PRIORITY_NP`` stops matching (a
relative or participial clause, a dash, a verb, "прежде всего", "за счет"). The parse of
one start is asked for by several steps, so it is kept in the call's cache.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...grammars.common import TokenMemo, anchored_match, parser
from ...grammars.priorities import rules
from .features import OPEN_QUOTES, animate, quoted_adjective, same_case_and_number
from .lexicon import heads, numbered, vocabulary

#: where a phrase's clause ends for the parser (the phrase never runs past these)
CLAUSE_MARKS = ".;!?:«»\"“”("
#: the longest stretch of tokens a phrase is parsed in
MAX_PHRASE = 40
#: how far after a status its role may stand ("статуса партнера", "статуса государства-партнера")
MAX_ROLE = 4
#: after these a word is capitalized for opening a sentence or a quote, not for being a name
SENTENCE_OPENERS = frozenset(".!?:«\"“„—–-")


@dataclass(frozen=True)
class Sent:
    """One sentence as one call reads it: the document's text (dashes are told by their spaces),
    the sentence's tokens and the call's cache (``ctx.cache("priorities")``)."""

    text: str
    toks: list
    cache: dict

    def memo(self) -> TokenMemo:
        """What the grammars' predicates answered for this text's tokens, shared by its parses."""
        return self.cache.setdefault("token_memo", TokenMemo())

    def upto(self, stop: int) -> Sent:
        """The sentence's tokens before ``stop`` (a phrase named before the cue ends there)."""
        return Sent(self.text, self.toks[:stop], self.cache)


@dataclass
class Phrase:
    """Token indices ``[start, stop)`` of a priority's phrase, its rank in a list, and whether it is
    an infinitive with its object ("удержать темпы роста", ``infinitives``)."""

    start: int
    stop: int
    rank: int | None = None
    verb: bool = False


@cache
def np_parser():
    """The parser of ``PRIORITY_NP``: the rule the stage parses phrases with."""
    return parser(rules().PRIORITY_NP)


def np_at(s: Sent, k: int) -> Phrase | None:
    """The longest ``PRIORITY_NP`` starting at token ``k`` within its clause; None for no phrase
    or one headed by a pronoun, a person or a name."""
    toks = s.toks
    if not _opens_phrase(toks, k):
        return None
    stop = _clause_end(toks, k)
    if stop == k:
        return None
    end = _parsed_end(s, k, stop)
    if end is None:
        return None
    e = k
    while e < stop and toks[e].stop <= end:
        e += 1
    ph = Phrase(k, e)
    h = head(toks, ph)
    if h is None or toks[h].has_any("NPRO") or animate(toks[h]) or _animate_compound(toks, h, e) or any(
            "Name" in g or "Surn" in g for g in toks[h].grams[:1]):
        return None
    if e == k + 1 and toks[k].lemmas & numbered().ordinals.keys():
        return None  # "Первое – ...": an enumerating ordinal, not a phrase
    return ph


def _animate_compound(toks: list, h: int, e: int) -> bool:
    """"премьер-министр", "вице-премьер": a compound whose last noun is a person, when its first is a
    person too (it may have an inanimate reading: "премьера") or a prefix that does not agree with it
    ("вице"); not "государства-участники"."""
    if not (h + 2 < e and toks[h + 1].value == "-" and _person_reading(toks[h + 2])):
        return False
    return _person_reading(toks[h]) or not same_case_and_number(toks[h], toks[h + 2])


def _person_reading(tok) -> bool:
    return any("anim" in g for g in tok.grams if "NOUN" in g)


def _opens_phrase(toks: list, k: int) -> bool:
    """A noun, adjective or participle ("по" of "по-настоящему", «зеленая», the first part of a
    compound: "торгово-экономическому"), not a pronoun or function word, except the pronouns that
    modify ("всех", "нашего")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if compound_start(toks, k):
        return True
    if not (t.has_any("NOUN", "ADJF", "PRTF") or t.value == "по" or quoted_adjective(toks, k)):
        return False
    closed = t.pos in ("NPRO", "PREP", "CONJ") or bool(t.grams and "Apro" in t.grams[0])
    return not closed or bool(t.lemmas & vocabulary().phrase_pronouns)


def compound_start(toks: list, k: int) -> bool:
    """"торгово-", "военно-": a word joined by a hyphen, without spaces, to the adjective after it
    (not "государства-члены": a noun after the hyphen makes a compound noun)."""
    return (k + 2 < len(toks) and toks[k].is_word and toks[k + 1].value == "-"
            and toks[k].stop == toks[k + 1].start and toks[k + 1].stop == toks[k + 2].start
            and toks[k + 2].pos in ("ADJF", "PRTF"))


def _clause_end(toks: list, k: int) -> int:
    stop = k
    while stop < len(toks) and stop - k < MAX_PHRASE:
        if quoted_adjective(toks, stop):
            stop += 3  # «зеленая» энергетика
            continue
        if toks[stop].value in CLAUSE_MARKS:
            break
        stop += 1
    return stop


def _parsed_end(s: Sent, k: int, stop: int) -> int | None:
    """The end offset of the parse of tokens ``[k, stop)``, parsed once per call."""
    key = ("np", s.toks[k].start, s.toks[stop - 1].stop)
    if key not in s.cache:
        m = anchored_match(np_parser(), s.toks[k:stop], s.memo())
        s.cache[key] = m.span.stop if m is not None else None
    return s.cache[key]


def head(toks: list, ph: Phrase) -> int | None:
    """The phrase's head: its first noun that is not an adjective before a noun ("развития", not
    "научно" in "научно-технического", nor "политико" in "политико-дипломатическое")."""
    for k in range(ph.start, ph.stop):
        if not toks[k].noun_cases:
            continue
        if k + 1 < ph.stop and toks[k + 1].value == "-" and (not toks[k].has_any("NOUN") or compound_start(toks, k)):
            continue
        if toks[k].has_any("ADJF", "PRTF") and k + 1 < ph.stop and toks[k + 1].noun_cases:
            continue
        return k
    return None


def head_cases(toks: list, ph: Phrase) -> frozenset[str]:
    """Cases of the phrase's head (of its first word when it has none)."""
    h = head(toks, ph)
    return toks[ph.start if h is None else h].noun_cases


def noun_after(toks: list, a: int, stop: int) -> int | None:
    """The first noun in ``[a, stop)`` that is not an adjective before a noun."""
    for x in range(a, stop):
        if toks[x].noun_cases and not (toks[x].has_any("ADJF", "PRTF") and x + 1 < stop and toks[x + 1].noun_cases):
            return x
    return None


def generic(toks: list, ph: Phrase) -> bool:
    """"три сферы", "следующие направления", "приоритетные задачи": no content of their own."""
    h = head(toks, ph)
    return h is not None and bool(toks[h].lemmas & heads().generic)


def danger(toks: list, ph: Phrase) -> bool:
    """"проблема экономических преступлений", "угрозы терроризма": a danger, a Threat's phrase."""
    h = head(toks, ph)
    return h is not None and bool(toks[h].lemmas & heads().danger)


def concrete(toks: list, ph: Phrase) -> bool:
    """A concrete undertaking (ONTOLOGY §3, §5: an Initiative, not a Priority): "заключение
    соглашения", "реализация стратегии", "проект ...", an undertaking deeper in the phrase
    ("согласование модальностей учреждения категории государств-партнеров"), a named project
    ("развитие Транскаспийского маршрута", "расширение проекта «Телемедицина»")."""
    h = head(toks, ph)
    if h is None:
        return False
    if _concrete_at(toks, h, ph.stop):
        return True
    if toks[h].lemmas & heads().undertaking and h + 1 >= ph.stop:
        return True  # "полную реализацию" + a participial phrase naming the document
    for k in range(h, ph.stop):
        if toks[k].lemmas & heads().undertaking and any(
                _concrete_at(toks, j, ph.stop) for j in range(k + 1, min(ph.stop, k + 6))):
            return True
    return named_project(toks, ph)


def _concrete_at(toks: list, k: int, stop: int) -> bool:
    """A document, body, project or event noun at ``k``, or a status in a body: one with a role after
    it ("статуса наблюдателя", "статуса партнера по диалогу"; not "нейтральный статус")."""
    lemmas = toks[k].lemmas
    if lemmas & heads().concrete:
        return True
    words = vocabulary()
    return bool(lemmas & words.status_heads) and any(
        t.lemmas & words.membership_roles for t in toks[k + 1:min(stop, k + 1 + MAX_ROLE)])


def named_project(toks: list, ph: Phrase) -> bool:
    """A project head with a proper name: a capitalized adjective before it ("Транскаспийского
    международного транспортного маршрута", "Среднего коридора"), a quoted name after it
    ("коридор «Север – Юг»") or the names of its ends ("коридор Китай – Кыргызстан – Узбекистан")."""
    words = vocabulary().named_project_heads
    for k in range(ph.start, ph.stop):
        if not toks[k].lemmas & words:
            continue
        if k + 1 < len(toks) and toks[k + 1].value in OPEN_QUOTES:
            return True
        if k + 3 < len(toks) and toks[k + 1].is_cap and toks[k + 2].is_dash and toks[k + 3].is_cap:
            return True  # "коридора Китай – Кыргызстан – Узбекистан": a route named by its ends
        if any(_proper_adjective(toks, j) for j in range(max(ph.start, k - 4), k)):
            return True
    return False


def _proper_adjective(toks: list, j: int) -> bool:
    """A capitalized adjective inside a sentence (not capitalized for opening it or a quote)."""
    t = toks[j]
    return (t.is_cap and t.has_any("ADJF") and not t.is_acronym and j > 0
            and toks[j - 1].value not in SENTENCE_OPENERS)


def past_purpose(s: Sent, k: int) -> int:
    """"назвал приоритетными сферами для индийских инвестиций горнодобывающую промышленность": a
    "для" phrase between a naming verb's cue and its object says what the direction is for; index
    after it when the object in the accusative follows, else ``k``."""
    toks = s.toks
    if k + 2 >= len(toks) or toks[k].value.lower() != "для":
        return k
    what = np_at(s, k + 1)
    if what is None or "gent" not in head_cases(toks, what) or what.stop >= len(toks):
        return k
    obj = np_at(s, what.stop)
    return what.stop if obj is not None and "accs" in head_cases(toks, obj) else k


def range_items(s: Sent, k: int) -> list[Phrase]:
    """"ставит конкретные цели – от построения общего рынка до позиционирования ЕАЭС": the two ends
    of a range are the items."""
    toks = s.toks
    if k >= len(toks) or toks[k].value.lower() != "от":
        return []
    first = np_at(s, k + 1)
    if first is None or first.stop >= len(toks) or toks[first.stop].value.lower() != "до":
        return []
    last = np_at(s, first.stop + 1)
    return [first, last] if last is not None else []
