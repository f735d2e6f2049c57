"""A person's title from the words before the name: "Президент Казахстана Касым-Жомарт Токаев".

The title is the noun phrase in apposition before the name: its head is the first word of a
post in the chain of nouns, adjectives and prepositions that runs up to the name
("директор Института стратегических и межрегиональных исследований при Президенте
Республики Узбекистан Владимир Норов"), with the adjectives that agree with the head
("официальный представитель", "Первый заместитель"). Punctuation, a verb, an adverb or
another person's name end the chain. The head's case is the case of the name after it.
"""
from __future__ import annotations

from ..._core.agreement import agree
from ..._core.countries import find_country
from ..._core.lexicon import words
from ..._core.tokens import case_of, fold
from ...morph import parse
from ...normalize import join_words, nominative_words
from .grammar import Grammar, tags
from .intervals import Intervals

#: how far before a name its title may begin (tokens)
TITLE_REACH = 16


def _breaks(tok) -> bool:
    """Punctuation other than a hyphen ends a title."""
    return tok.is_punct and tok.value != "-"


def _joins_modifiers(before: list, i: int) -> bool:
    """"стратегических и межрегиональных исследований": "и" between two modifiers of one noun."""
    return 0 < i < len(before) - 1 and before[i - 1].pos in ("ADJF", "PRTF") and before[i + 1].pos in ("ADJF", "PRTF")


def _joins_complements(before: list, i: int, grammar: Grammar) -> bool:
    """"министр торговли и промышленности": "и" between two genitive nouns that complement one post
    (adjectives may stand before the second: "труда и социальной защиты"); not before a post of
    its own ("министр финансов Ирана и министр ...")."""
    j = i + 1
    while j < len(before) - 1 and before[j].pos in ("ADJF", "PRTF"):
        j += 1
    if not 0 < i < j < len(before):
        return False
    left, right = before[i - 1], before[j]
    return (left.pos == "NOUN" and right.pos == "NOUN" and not grammar.is_title(right)
            and "gent" in left.cases("NOUN") and "gent" in right.cases("NOUN"))


def _spaced_dash(before: list, i: int) -> bool:
    """"Президент Беларуси – Александр Лукашенко": a dash with a space beside it is no hyphen."""
    t = before[i]
    if t.value != "-":
        return False
    glued_left = i > 0 and before[i - 1].span.stop == t.span.start
    glued_right = i + 1 < len(before) and before[i + 1].span.start == t.span.stop
    return not (glued_left and glued_right)


def _ends_chain(before: list, i: int, people: Intervals, grammar: Grammar, bodies: Intervals | None = None) -> bool:
    t = before[i]
    inside = bodies is not None and i + 1 < len(before) and bodies.covers(t.span.start)
    if inside and bodies.covers(before[i + 1].span.start):
        return False  # "Глава Комитета по бюджету, налогам и финансам": the body's own comma or "и"
    if _spaced_dash(before, i):
        # "вице-премьер — министр иностранных дел Мурат Нуртлеу": a dash between two posts joins them
        return not (i and grammar.is_title(before[i - 1]))
    if people.covers(t.span.start) or _breaks(t):
        return True
    if fold(t.value) == "и":
        return not (_joins_modifiers(before, i) or _joins_complements(before, i, grammar))
    return t.is_word and t.pos in tags("clause_pos")


def title_start(before: list, people: Intervals, grammar: Grammar, bodies: Intervals | None = None) -> int | None:
    """The index in ``before`` of the head of the title that ends at the name, or None.

    The head is the leftmost word of a post in the chain; "и" joining two modifiers stays in
    it, any other "и" ends it ("секретарь ШОС Владимир Норов и руководитель ..."). A post that
    can only be a nominative is no complement of what stands before it: the chain starts there
    ("На заседании Совета глав государств Президент Узбекистана Шавкат Мирзиёев").
    """
    idx = None
    for i in range(len(before) - 1, max(-1, len(before) - 1 - TITLE_REACH), -1):
        if _ends_chain(before, i, people, grammar, bodies):
            break
        if grammar.is_title(before[i]):
            idx = i
            joined = i >= 2 and _spaced_dash(before, i - 1) and grammar.is_title(before[i - 2])
            if _person_cases(before[_compound_end(before, i)]) == {"nomn"} and not joined:
                break
    return idx


def _person_cases(head) -> frozenset[str]:
    """The cases of a post's readings as a person ("посол" the salting is no one)."""
    return frozenset(c for g in head.grams if "NOUN" in g and "anim" in g for c in [case_of(g)] if c)


def _modifiers_before(before: list, idx: int) -> int:
    """Extend the title left over the adjectives that agree with its head ("официальный
    представитель", "Первый Президент"); words of address ("Уважаемый") are no part of it."""
    address = words("speakers", "address_openers")
    head = before[idx]
    while idx > 0:
        t = before[idx - 1]
        if t.pos != "ADJF" or t.lemmas & address or not agree(t, head, ("ADJF",), ("NOUN",), gender=True):
            break
        idx -= 1
    return idx


def title_cases(before: list, people: Intervals, grammar: Grammar,
                bodies: Intervals | None = None) -> frozenset[str] | None:
    """"посол Японии Такаси Накамура": a name in apposition takes the case of its title's head.

    The head's noun cases ("Президента": genitive or accusative), or None with no title.
    """
    idx = title_start(before, people, grammar, bodies)
    if idx is None:
        return None
    head = before[_compound_end(before, idx)]  # "Премьер-министр": the compound's last part has its case
    # a post is a person; a participle as a post ("заведующий отделом") has its own cases
    return _person_cases(head) or head.cases("NOUN") or head.cases() or None


def _compound_end(before: list, idx: int) -> int:
    """The index of the last part of the compound post at ``idx`` ("Премьер-министра")."""
    while idx + 2 < len(before) and before[idx + 1].value == "-" and not _spaced_dash(before, idx + 1):
        idx += 2
    return idx


def title_of(text: str, before: list, people: Intervals, grammar: Grammar,
             bodies: Intervals | None = None) -> tuple[str | None, str | None]:
    """The title and country of the person whose name follows ``before``: the head and its
    modifiers put in the nominative, its complements as written ("заведующий отделом ...",
    "министра иностранных дел" -> "министр иностранных дел")."""
    idx = title_start(before, people, grammar, bodies)
    if idx is None:
        return None, None
    while idx >= 2 and before[idx - 1].value == "-" and not _spaced_dash(before, idx - 1) and before[idx - 2].is_word:
        idx -= 2  # "вице-президент": the compound's first part belongs to the post
    start, head = _modifiers_before(before, idx), _compound_end(before, idx)
    stop = len(before)
    while stop > head + 1 and (before[stop - 1].lemmas & words("speakers", "ranks") or before[stop - 1].value == "-"):
        stop -= 1  # "Министр обороны ... генерал-лейтенант Виктор Хренин": a rank is no part of the post
    toks = before[start:stop]
    nom = nominative_words([t.value for t in before[start:head + 1]])
    nom[-1] = _person_nominative(before[head]) or nom[-1]
    title = join_words(text, before[start:head + 1], nom) + text[before[head].span.stop:toks[-1].span.stop]
    return title, find_country(toks)


def _person_nominative(tok) -> str | None:
    """The head of a post read as a person ("вице-премьера" is no "премьера", a premiere) in the
    nominative of its number, or None when it is one already or has no such reading."""
    p = next((p for p in parse(tok.value.lower()) if "NOUN" in p.tag and "anim" in p.tag), None)
    if p is None or p.tag.case == "nomn":
        return None
    try:
        found = p.inflect({"nomn", p.tag.number or "sing"})
    except ValueError:
        return None
    if found is None:
        return None
    return found.word[:1].upper() + found.word[1:] if tok.value[:1].isupper() else found.word
