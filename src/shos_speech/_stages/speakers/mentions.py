"""One mention of a person: the name's words as written, what kind of naming it is, and what its
context says of its case.

natasha's PER spans are trimmed of the words of a post or of address before the name
("Председатель Си Цзиньпин", "Уважаемый Президент Мирзиёев"); a span that is only such
words ("Президента") or a common word ("Поблагодарив", "Секретариатом") names no one. A
naming is ``full`` (a first name and a surname), ``surname`` (a surname, maybe after
initials: "М.В.Захарова"), or ``address`` (a first name and a patronymic: "Эмомали
Шарипович", a form of address that names no speaker by itself).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..._core.document import Document, NerSpan
from ..._core.lexicon import section_lines, words
from ..._core.tokens import case_of, fold
from ...morph import parse
from .grammar import Grammar, surname_ending, tags
from .intervals import Intervals, tokens_before, tokens_within
from .names import adjective_not_name, is_initial, is_patronymic, name_groups, name_slots
from .titles import title_cases, title_of


@dataclass(frozen=True)
class Naming:
    """A person's name as one mention writes it, before it is given to a person."""

    start: int
    stop: int
    tokens: tuple
    kind: str  # "full", "surname", "address"
    #: the cases the context allows (a title in apposition, a preposition, the verb after), or None
    cases: frozenset[str] | None
    #: the gender the context knows (the past-tense verb the name is the subject of), or None
    gender: str | None
    title: str | None
    country: str | None
    #: the word before the name governs it (a noun, a preposition): no subject without a case
    governed: bool = False

    @property
    def words(self) -> list[str]:
        return [t.value for t in self.tokens]


@cache
def preposition_cases() -> dict[tuple[str, ...], frozenset[str]]:
    """Prepositions (one or more words) -> the cases they govern (``[preposition_cases]``)."""
    out = {}
    for line in section_lines("speakers", "preposition_cases"):
        parts = line.split()
        cut = next(i for i, w in enumerate(parts) if w.isascii())
        out[tuple(fold(w) for w in parts[:cut])] = frozenset(parts[cut:])
    return out


def _preposition(before: Sequence) -> frozenset[str] | None:
    """The cases the preposition right before a name governs ("с Президентом", "со стороны")."""
    table = preposition_cases()
    for n in (2, 1):
        if len(before) >= n:
            key = tuple(fold(t.value) for t in before[-n:])
            if key in table and before[-n].is_word:
                return table[key]
    return None


def _animate_noun(before: Sequence) -> frozenset[str] | None:
    """"с казахстанским коллегой Ержаном Казыханом": a name in apposition to a noun of a person
    takes that noun's case."""
    if not before or not before[-1].is_word or before[-1].pos != "NOUN":
        return None  # read first as a noun: not "и" (a letter's name in the dictionary)
    cases = frozenset(c for g in before[-1].grams if "NOUN" in g and "anim" in g for c in [case_of(g)] if c)
    return cases or None


def _verb_after(after: Sequence) -> tuple[frozenset[str], str | None] | None:
    """"Хурэлсух пригласил", "Захарова подчеркнула": a singular finite verb right after the name
    makes it the subject, a nominative; a past tense gives the gender."""
    if not after or not after[0].is_word:
        return None
    v = after[0]
    g = next((g for g in v.grams if "VERB" in g and "indc" in g), None)
    if g is None or "plur" in g:
        return None
    gender = "femn" if "femn" in g else "masc" if "masc" in g else None
    return frozenset({"nomn"}), gender


def context_cases(doc: Document, before: Sequence, after: Sequence, people: Intervals,
                  grammar: Grammar, bodies: Intervals | None = None) -> tuple[frozenset[str] | None, str | None]:
    """What the words around a name say of its case (and gender)."""
    cases = title_cases(list(before), people, grammar, bodies)
    if cases:
        return cases, None
    cases = _preposition(before)
    if cases:
        return cases, None
    cases = _animate_noun(before)
    if cases:
        return cases, None
    if _speech_noun_before(before) or _according_before(before):
        return frozenset({"gent"}), None  # "Выступление Шахбаза Шарифа было посвящено ...": whose words
    if after and after[0].value == ":" and (not before or doc.text[before[-1].span.stop:after[0].span.start]):
        return frozenset({"nomn"}), None  # "Чжан Мин: ..." a speaker's label
    if _subject_before(before):
        return None, None  # "Позиция Бахтиёра Саидова осталась": the verb agrees with the noun before
    found = _verb_after(after)
    return found if found else (None, None)


def _according_before(before: Sequence) -> bool:
    """"По словам Пезешкиана", "по мнению министра": the name after "по словам" is whose words they
    are, a genitive ([according_prepositions] and [according_bases])."""
    return (len(before) >= 2 and fold(before[-1].value) in words("speakers", "according_bases")
            and fold(before[-2].value) in words("speakers", "according_prepositions"))


def _speech_noun_before(before: Sequence) -> bool:
    """Is the word before a name a word of speech ("Выступление", "Слова", "Предложение") that no
    preposition governs? The name is whose words they are, in the genitive; after a preposition
    the name may be the subject ("В своем выступлении Токаев отметил")."""
    if not before or not before[-1].is_word or not before[-1].lemmas & words("speakers", "speech_nouns"):
        return False
    return not any(t.is_word and t.pos == "PREP" for t in before[-3:-1])


def _subject_before(before: Sequence) -> bool:
    """Is the word before a name what the verb after it agrees with: a preposition's or a modifier's
    phrase, or a noun that can only be a nominative ("Позиция Бахтиёра Саидова осталась"; not the
    object put first: "Афганистан Моди назвал")?"""
    if not _governed(before):
        return False
    prev = before[-1]
    return prev.pos != "NOUN" or "accs" not in prev.cases("NOUN")


def _governed(before: Sequence) -> bool:
    """Does the word before a name govern it (a noun, a preposition, an adjective)?"""
    return bool(before) and before[-1].is_word and before[-1].pos in tags("governing_pos")


def _not_the_name(tok, grammar: Grammar) -> bool:
    """A word natasha takes into a name that belongs to a post or an address ("Председатель Си
    Цзиньпин", "Уважаемый Президент Мирзиёев"), a known verb ("Беседовала Анна Смирнова"), or a
    lowercase word."""
    if not tok.is_word or not tok.is_cap:
        return True
    if tok.has_any("Name", "Surn", "Patr"):
        return False
    if grammar.is_title(tok) or tok.lemmas & words("speakers", "address_openers"):
        return True
    parses = parse(tok.value.lower())  # a known adjective or verb, not one guessed for a foreign name
    return tok.pos in ("ADJF", "VERB") and bool(parses) and parses[0].is_known


def trimmed(toks: list, grammar: Grammar) -> list:
    """The tokens of a PER span without the leading words of a post or an address, nor what
    stands before a bracket it opens ("Председательствующий (Касым-Жомарт Токаев"): a name holds none."""
    brackets = [k for k, t in enumerate(toks) if t.value == "("]
    if brackets:
        toks = toks[brackets[-1] + 1:]
    i = 0
    while i < len(toks) and _not_the_name(toks[i], grammar):
        i += 1
    out = toks[i:]
    while out and not out[-1].is_word:
        out = out[:-1]
    return out


def common_word(tok) -> bool:
    """A dictionary word with no name reading ("Секретариатом", "Поблагодарив", "Хан"): as a
    one-word name, someone only when it is the surname of a person named in full. A noun with
    a surname's ending is a surname ("Токаев" is no "токай")."""
    if tok.has_any("Name", "Surn", "Patr"):
        return False
    parses = parse(tok.value.lower())
    if not parses or not parses[0].is_known:
        return False
    return not (parses[0].tag.POS == "NOUN" and surname_ending().search(fold(tok.value)))


def naming_kind(values: list[str]) -> str:
    groups = name_groups(values)
    slots = name_slots(values, groups)
    if "first" in slots:
        if len(groups) == 2 and is_patronymic(values[groups[-1][-1]]):
            return "address"
        return "full"
    return "surname"


def _first_name_denies(toks: Sequence, cases: frozenset[str]) -> bool:
    """"... и связям с соотечественниками Олег Смирнов поддержал": a first name pymorphy knows, none
    of whose readings has the cases the words before suggest, is in no apposition to them."""
    first = next((t for t in toks if t.is_word), None)
    if first is None or not first.grams or "Name" not in first.grams[0] or len(toks) < 2:
        return False  # only the naming's first word, read first as a first name ("Олег", not "Бердымухамедов")
    parses = parse(first.value.lower())
    if not parses or not parses[0].is_known:
        return False  # a foreign name pymorphy guesses ("Ухнаагийн" as a plural genitive) says no case
    return bool(first.cases("NOUN")) and not first.cases("NOUN") & cases


def read_naming(doc: Document, sp: NerSpan, people: Intervals, grammar: Grammar,
                bodies: Intervals | None = None) -> Naming | None:
    """The naming of one PER span, or None when it names no one."""
    sent = doc.sentence_at(sp.start)
    if sent is None:
        return None
    toks = trimmed(tokens_within(sent.tokens, sp.start, sp.stop), grammar)
    if not toks or all(adjective_not_name(t) for t in toks if t.is_word):
        return None  # "Президента", "Кыргызский лидер"
    if not any(t.is_word and t.value[:1].isupper() and not is_initial(t.value) for t in toks):
        return None
    start, stop = toks[0].span.start, toks[-1].span.stop
    before = tokens_before(sent.tokens, start)
    after = [t for t in sent.tokens if t.span.start >= stop]
    cases, gender = context_cases(doc, before, after, people, grammar, bodies)
    if cases and _first_name_denies(toks, cases):
        cases, gender = _verb_after(after) or (None, None)
    title, country = title_of(doc.text, before, people, grammar, bodies)
    values = [t.value for t in toks]
    kind = naming_kind(values)
    if kind == "address" and title is not None:
        kind = "full"  # "секретаря Совета Безопасности Александра Вольфовича": after a post, a surname in -ович
    return Naming(start, stop, tuple(toks), kind, cases, gender, title, country, _governed(before))
