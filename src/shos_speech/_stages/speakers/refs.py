"""The possible subjects of a reporting sentence, in text order.

- ``per``: a person's name in the nominative ("Лавров заявил");
- ``author``: a person after a word of speech, in the genitive ("выступление Касым-Жомарта
  Токаева", "статью Путина, в которой он рассказал"): whose words the sentence is about;
- ``pron``: "он", the speaker so far; ``dem``: "тот", the person named last ("с коллегой Ван И.
  Тот отметил");
- ``group``: a plural group doing something ("главы государств подписали"): the narrator;
- ``title``: a singular post ("Президент подчеркнул"), referring back;
- ``body``: a body in the nominative ("МИД назвал", "Ведомство выразило"): the body's voice;
- ``country``: a country, its capital or its side ("Казахстан осуждает", "Минск намерен",
  "казахстанская сторона"), or a word of speech of one ("Предложения пакистанской стороны"):
  the speaker so far when that is the country's speaker.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..._core.countries import find_country
from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold
from .grammar import Grammar
from .intervals import Intervals
from .persons import Mention, Person
from .subjects import governed, is_nominative, is_verb, opens_name, plural_noun_nominative, plural_verb_after

#: kinds of subject that give way to a name or a title after them ("Казахстан, отметил Токаев, ...")
SECONDARY = ("country", "body")


@dataclass(frozen=True)
class Ref:
    """A possible subject at character ``start``: its kind, the person or country it names, and
    the index of its word among the sentence's tokens outside quotes."""

    start: int
    kind: str
    person: Person | None = None
    index: int = 0
    country: str | None = None
    #: the subject is a word of speech itself ("Позиция Лаврова: ...", "Предложения пакистанской стороны")
    said: bool = False


@cache
def capitals() -> dict[str, str]:
    """Lemma of a capital -> its country (``[capitals]``): "Минск намерен" is Belarus speaking."""
    out = {}
    for line in section_lines("speakers", "capitals"):
        city, _, country = line.partition(" ")
        out[fold(city)] = country.strip()
    return out


def _not_subject(tokens: Sequence, i: int) -> bool:
    return bool(i) and tokens[i - 1].is_word and tokens[i - 1].pos == "PREP"


def country_of(tokens: Sequence, i: int) -> str | None:
    """The country the nominative noun ``tokens[i]`` names: a country ("Казахстан", "КНР"), a
    capital ("Минск"), or a side with a country's adjective ("казахстанская сторона")."""
    t = tokens[i]
    if not t.is_word and not t.is_acronym or _not_subject(tokens, i) or not is_nominative(t, singular=True):
        return None
    if t.lemmas & words("speakers", "side_nouns"):
        return find_country([tokens[i - 1]]) if i and tokens[i - 1].pos == "ADJF" else None
    city = next((capitals()[lem] for lem in t.lemmas if lem in capitals()), None)
    if city:
        return city
    return find_country([t]) if t.pos == "NOUN" or t.is_acronym else None


def _speech_word(tok) -> bool:
    """A word of speech as the subject: "Предложения", "Позиция" in the nominative."""
    return bool(tok.lemmas & words("speakers", "speech_nouns")) and is_nominative(tok)


def _speech_owner(tokens: Sequence, i: int) -> str | None:
    """"Предложения пакистанской стороны", "Позиция Казахстана": the country whose word of speech
    is the subject, named in the genitive after it."""
    t = tokens[i]
    if not (i and "gent" in t.cases("NOUN")):
        return None
    if t.lemmas & words("speakers", "side_nouns"):
        if i >= 2 and _speech_word(tokens[i - 2]) and tokens[i - 1].pos == "ADJF":
            return find_country([tokens[i - 1]])
        return None
    return find_country([t]) if _speech_word(tokens[i - 1]) and t.pos == "NOUN" else None


def _body(tokens: Sequence, i: int, bodies: Intervals) -> bool:
    """"МИД назвал", "Ведомство выразило": a body in the nominative, not after a preposition."""
    t = tokens[i]
    if _not_subject(tokens, i):
        return False
    if t.is_acronym:  # no case to read: a subject opens the sentence or a clause
        if i and tokens[i - 1].is_word and tokens[i - 1].pos != "CONJ":
            return False
    elif not is_nominative(t, singular=True):
        return False
    starts_body = bodies.covers(t.span.start) and not (i and bodies.covers(tokens[i - 1].span.start))
    return starts_body or bool(t.lemmas & words("speakers", "voice_bodies"))


def _dateline_source(tokens: Sequence, i: int) -> bool:
    """"КАЗИНФОРМ – Официальный представитель ...": a word in capitals that opens a sentence
    before a dash is the agency of a dateline, not the sentence's subject."""
    t = tokens[i]
    return i == 0 and t.value.isupper() and len(tokens) > 2 and tokens[1].value in _DASHES \
        and tokens[2].value[:1].isupper()


#: the dashes after a dateline's agency
_DASHES = frozenset("—–-")


def _reports_news(tokens: Sequence, i: int) -> bool:
    """"Как сообщает пресс-служба Президента, ...": a body next to a verb of the news (``[media_verbs]``)
    is a source, not a subject that speaks."""
    media = words("speakers", "media_verbs")
    for step in (-1, 1):  # the verb of the body's clause, before or after it
        k = i + step
        while 0 <= k < len(tokens) and not (tokens[k].is_punct and tokens[k].value != "-"):
            if fold(tokens[k].value) in media:
                return True
            if is_verb(tokens[k]):
                break
            k += step
    return False


def _word_ref(tokens: Sequence, i: int, name_starts: frozenset[int], grammar: Grammar,
              bodies: Intervals | None = None) -> str | None:
    """"pron" for "он", "dem" for "тот", "group" for a plural group doing something, "title" for
    a singular title."""
    t = tokens[i]
    value = fold(t.value)
    if value in grammar.subject_pronouns:
        return "pron"
    if value in words("speakers", "demonstratives") and not _not_subject(tokens, i) and is_nominative(t):
        return "dem"
    title = grammar.is_title(t)
    if (title or t.lemmas & grammar.groups) and plural_noun_nominative(t) and plural_verb_after(tokens, i) \
            and not governed(tokens, i):
        return "group"  # "главы государств подписали": the narrator; not "председательство своей страны"
    if title and is_nominative(t, singular=True) and not opens_name(tokens, i, name_starts, grammar.is_title, bodies) \
            and not (i and fold(tokens[i - 1].value) in grammar.role_markers):
        return "title"  # not "Казахстан как председатель": a role, not a reference
    return None


#: how far before a name the word of speech it is the author of may stand, past the name's post
#: ("Ответ официального представителя МИД России М.В.Захаровой")
SPEECH_REACH = 8


def _speech_head(tokens: Sequence, k: int) -> int | None:
    """The index of the word of speech whose author the name at ``k`` is: right before it, or
    before the post in apposition to it (no verb, preposition or punctuation between)."""
    speech_nouns = words("speakers", "speech_nouns")
    for i in range(k - 1, max(-1, k - 1 - SPEECH_REACH), -1):
        t = tokens[i]
        if t.lemmas & speech_nouns:
            return i
        if (t.is_punct and t.value != "-") or is_verb(t) or t.pos == "PREP":
            return None
    return None


def _mention_refs(outside: Sequence, mine: list[Mention]) -> list[Ref]:
    index = {t.span.start: k for k, t in enumerate(outside)}
    out = []
    for m in mine:
        k = index.get(m.start, 0)
        if m.subject:
            out.append(Ref(m.start, "per", m.person, k))
            continue
        head = _speech_head(outside, k) if k else None
        if head is not None:
            out.append(Ref(m.start, "author", m.person, k, said=_speech_word(outside[head])))
    return out


def find_refs(outside: Sequence, mine: list[Mention], grammar: Grammar, bodies: Intervals) -> list[Ref]:
    """The possible subjects of a sentence (its tokens ``outside`` quotes, its mentions ``mine``)."""
    refs = _mention_refs(outside, mine)
    name_starts = frozenset(m.start for m in mine)
    for i, t in enumerate(outside):
        kind = _word_ref(outside, i, name_starts, grammar, bodies)
        if kind:
            refs.append(Ref(t.span.start, kind, index=i))
        elif _dateline_source(outside, i):
            continue
        elif _body(outside, i, bodies) and not _reports_news(outside, i) \
                and not opens_name(outside, i, name_starts, grammar.is_title, bodies):
            # not a body in the post of the name it opens ("Официальный представитель МИД России Мария Захарова")
            refs.append(Ref(t.span.start, "body", index=i))
        else:
            country = country_of(outside, i)
            owner = None if country else _speech_owner(outside, i)
            if country or owner:
                refs.append(Ref(t.span.start, "country", index=i, country=country or owner, said=bool(owner)))
    refs.sort(key=lambda r: r.start)
    return [r for r in refs if not in_relative_clause(outside, r.index)]


def in_relative_clause(tokens: Sequence, i: int) -> bool:
    """Is ``tokens[i]`` in a relative clause ("..., идею которого выдвинул Путин"): after a form of
    "который" with no punctuation between?"""
    for t in reversed(tokens[:i]):
        if t.is_punct:
            return False
        if "который" in t.lemmas:
            return True
    return False


def subject_ref(refs: list[Ref]) -> Ref | None:
    """The sentence's subject: the first ref, unless it is a country and a name or a title follows
    ("Казахстан, отметил Токаев, ...")."""
    if not refs:
        return None
    first = refs[0]
    if first.kind == "country":
        return next((r for r in refs if r.kind not in SECONDARY), first)
    return first
