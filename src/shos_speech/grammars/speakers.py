"""Speaker rules: the words that report a statement, the words of a post, and the fixed
constructions that say whose words a sentence holds.

- ``SPEECH_VERB`` (``data/speech_verbs.txt``) and ``TITLE`` (``data/speaker_titles.txt``):
  gazetteers of lemmas, any form matching ("заявил", "подчеркивается"; "Президентом", "глава").
- ``MEDIA_VERB``: "сообщает", "передает" report a news agency, not a speaker;
  ``REPORTING_VERB`` is a speech verb that is not one.
- ``ACCORDING``: "по его словам", "по оценке" (fact ``According``: ``pronoun``, ``basis``).
- ``VOICE``: the meeting's voice ("в ходе заседания", ``MEETING_VOICE``) or the document's
  ("в декларации", "говорится в", ``DOCUMENT_VOICE``) (fact ``Voice``: ``kind``).
- ``CONTINUATION``: "Во-первых", "Кроме того", "Вторым приоритетом" open a sentence that goes
  on with the speaker before; ``ABOUT_THIS``: "Об этом (заявил)" hands the sentence before
  to the speaker named.

The words are data (``data/words/speakers.txt``). A rule built from data is made when it is
first asked for (the module's ``__getattr__``), so importing this module reads no file::

    >>> from shos_speech.grammars import parser, speakers
    >>> m = parser(speakers.ACCORDING).find("По его словам, торговля растет.")
    >>> m.fact.pronoun, m.fact.basis
    ('его', 'словам')
    >>> [m.span for m in parser(speakers.REPORTING_VERB).findall("Министр подчеркнул это, сообщает агентство.")]
    [[8, 18)]
    >>> parser(speakers.VOICE).find("В ходе заседания было подчеркнуто, что терроризм остается угрозой.").fact.kind
    'meeting'
    >>> parser(speakers.CONTINUATION).find("Вторым приоритетом станет кооперация").span
    [0, 18)
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import in_

from .._core.lexicon import word_file, word_pairs, words
from .._core.tokens import fold, tokenize
from .common import token_test
from .gazetteer import Gazetteer, Word

#: the marks after an enumerating ordinal ("Первое – X", "Второе: Y")
ENUMERATION_MARKS = frozenset("-–—:")

According = fact("According", ["pronoun", "basis"])
Voice = fact("Voice", ["kind"])

#: rule name -> the builder of the rule, for the rules made from data on first use
_RULES: dict[str, Callable[[], Any]] = {}


def _exports(name: str):
    """Make the ``.rule`` of what the decorated builder returns the module attribute ``name``."""
    def register(build):
        build = cache(build)
        _RULES[name] = lambda: build().rule
        return build
    return register


# -- lexicons of lemmas: gazetteers -------------------------------------------------------------
def _lemma_gazetteer(lemmas: Iterable[str], name: str) -> Gazetteer[str]:
    """One-word entries, the lemma as payload: a token's hits are its lemmas in the list."""
    return Gazetteer((((Word(frozenset({w})),), w) for w in sorted(lemmas)), name=name)


@_exports("SPEECH_VERB")
def speech_verbs() -> Gazetteer[str]:
    """Lemmas that report a statement ("заявить", "подчеркиваться"): ``data/speech_verbs.txt``
    (shared with the other stages) and the ``[reporting_verbs]`` of ``data/words/speakers.txt``
    (acts of speech: "поблагодарить", "пообещать", "подтвердить", "пригласить")."""
    return _lemma_gazetteer(word_file("speech_verbs.txt") | words("speakers", "reporting_verbs"), "SPEECH_VERB")


@_exports("TITLE")
def titles() -> Gazetteer[str]:
    """Lemmas of the words of a post ("президент", "глава", "директор"): ``data/speaker_titles.txt``
    (shared with the other stages) and the ``[posts]`` of ``data/words/speakers.txt``."""
    return _lemma_gazetteer(word_file("speaker_titles.txt") | words("speakers", "posts"), "TITLE")


#: spellings whose answer a one-word predicate keeps (then it starts afresh)
MEMO_SIZE = 100_000


def _one_word(gazetteer: Callable[[], Gazetteer[str]]) -> Callable[[Any], bool]:
    """Does a gazetteer of one-word entries match the token? A token's readings follow from its
    spelling, so the answer is kept per spelling: the stages ask it of every token, often twice."""
    memo: dict[tuple[str, str], bool] = {}

    def test(tok) -> bool:
        key = (tok.value, tok.type)
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[key] = bool(gazetteer().matches_at((tok,), 0))
        return found

    return test


def is_media_verb(tok) -> bool:
    """"сообщает", "передает": a news agency reports (``[media_verbs]``, spellings)."""
    return fold(tok.value) in words("speakers", "media_verbs")


#: token tests over the gazetteers' index (the lexicon is read on the first call)
is_speech_verb = _one_word(speech_verbs)
is_title_word = _one_word(titles)


def is_reporting_verb(tok) -> bool:
    """A speech verb that reports a speaker, not a news agency."""
    return is_speech_verb(tok) and not is_media_verb(tok)


#: the same tests as yargy predicates, for composing rules
speech_verb = token_test(is_speech_verb, "speech_verb")
title_word = token_test(is_title_word, "title_word")
media_verb = token_test(is_media_verb, "media_verb")
reporting_verb = token_test(is_reporting_verb, "reporting_verb")

MEDIA_VERB = rule(media_verb).named("MEDIA_VERB")
REPORTING_VERB = rule(reporting_verb).named("REPORTING_VERB")


# -- fixed constructions: spellings ---------------------------------------------------------------
@dataclass(frozen=True)
class Construction:
    """A fixed construction: its yargy rule and the spellings a match opens with, the tokens
    a stage anchors the rule at instead of predicting it at every token."""

    rule: Any
    openers: frozenset[str]
    #: the most tokens a match spans
    longest: int


def spelled(forms: Iterable[str], name: str) -> token_test:
    """A token written as one of ``forms`` (case and ё aside): constructions are spellings, not lemmas."""
    spellings = frozenset(fold(f) for f in forms)
    return token_test(lambda tok: fold(tok.value) in spellings, name)


def stem(stems: Iterable[str], name: str) -> token_test:
    """A token whose spelling begins with one of ``stems`` ("задач": задача, задачи, задачей)."""
    prefixes = tuple(sorted(fold(s) for s in stems))
    return token_test(lambda tok: fold(tok.value).startswith(prefixes), name)


def _tokens_of(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words as the tokens see them: "во-первых" is "во", "-", "первых"."""
    return tuple(fold(t.value) for t in tokenize(" ".join(phrase)))


def phrases(section: str, stem_last: bool = False) -> Construction:
    """The phrases of one section of ``data/words/speakers.txt`` as one rule; with ``stem_last``
    the last word of each is a stem.

    Phrases that differ only in their last word share one production ("во-первых",
    "во-вторых"): the parser predicts a production per alternative at every start.
    """
    endings: dict[tuple[str, ...], set[str]] = {}
    for phrase in word_pairs("speakers", section):
        parts = _tokens_of(phrase)
        endings.setdefault(parts[:-1], set()).add(parts[-1])
    alternatives = []
    for lead, lasts in sorted(endings.items()):
        last = stem(lasts, section) if stem_last else spelled(lasts, section)
        alternatives.append(rule(*[spelled({w}, section) for w in lead], last))
    body = or_(*alternatives) if len(alternatives) > 1 else alternatives[0]
    openers = frozenset(lead[0] if lead else w for lead, lasts in endings.items() for w in lasts)
    longest = max(len(lead) + 1 for lead in endings)
    return Construction(body.named(section.upper()), openers, longest)


def _section(section: str) -> token_test:
    return spelled(words("speakers", section), section)


@_exports("ACCORDING")
def according() -> Construction:
    """"по его словам", "по оценке", "с его слов", "со слов министра": whose words follow (a
    pronoun refers back to the speaker)."""
    body = or_(*(rule(
        _section(prepositions),
        _section("according_pronouns").interpretation(According.pronoun).optional(),
        _section(bases).interpretation(According.basis),
    ) for prepositions, bases in _ACCORDING_FORMS)).interpretation(According)
    longest = 3  # preposition, pronoun, basis: one word each
    openers = frozenset().union(*(words("speakers", prepositions) for prepositions, _b in _ACCORDING_FORMS))
    return Construction(body.named("ACCORDING"), openers, longest)


#: the sections of the prepositions and the bases that go together ("по словам", "со слов")
_ACCORDING_FORMS = (("according_prepositions", "according_bases"), ("according_from", "according_from_bases"))


def _meeting() -> Construction:
    opener = phrases("meeting_openers")
    body = rule(opener.rule, _section("meetings")).interpretation(Voice.kind.const("meeting"))
    return Construction(body, opener.openers, opener.longest + 1)


def _document() -> Construction:
    says, documents = phrases("document_says"), phrases("documents")
    inside = rule(_section("document_openers"), documents.rule)
    body = or_(inside, says.rule).interpretation(Voice.kind.const("document"))
    return Construction(body, words("speakers", "document_openers") | says.openers,
                        max(says.longest, documents.longest + 1))


@_exports("MEETING_VOICE")
def meeting_voice() -> Construction:
    """"в ходе заседания", "по итогам встречи", "на саммите": a meeting speaks, not one speaker."""
    meeting = _meeting()
    return Construction(meeting.rule.interpretation(Voice).named("MEETING_VOICE"), meeting.openers, meeting.longest)


@_exports("DOCUMENT_VOICE")
def document_voice() -> Construction:
    """"в декларации", "в совместном заявлении", "говорится в": a document speaks."""
    document = _document()
    return Construction(document.rule.interpretation(Voice).named("DOCUMENT_VOICE"), document.openers,
                        document.longest)


@_exports("VOICE")
def voice() -> Construction:
    """A meeting's or a document's voice."""
    meeting, document = _meeting(), _document()
    body = or_(meeting.rule, document.rule).interpretation(Voice)
    return Construction(body.named("VOICE"), meeting.openers | document.openers,
                        max(meeting.longest, document.longest))


@_exports("CONTINUATION")
def continuation() -> Construction:
    """"Во-первых", "Кроме того", "Вторым приоритетом", "Еще одним направлением": an
    enumeration goes on (the last word is a stem, as the forms that follow vary)."""
    fixed = phrases("continuations", stem_last=True)
    ordinals = phrases("continuation_ordinals")
    ordinal = rule(ordinals.rule, stem(words("speakers", "continuation_heads"), "continuation_heads"))
    # "Первое – учредить X", "Второе: Y": an ordinal that enumerates, before its dash or colon
    items = phrases("enumerating_ordinals")
    enumerating = rule(items.rule, in_(ENUMERATION_MARKS))
    return Construction(or_(fixed.rule, ordinal, enumerating).named("CONTINUATION"),
                        fixed.openers | ordinals.openers | items.openers,
                        max(fixed.longest, ordinals.longest + 1, items.longest + 1))


@_exports("ABOUT_THIS")
def about_this() -> Construction:
    """"Об этом (заявил)", "Такое мнение (высказал)", "Так (оценил)": the words before were his."""
    return phrases("about_this")


def __getattr__(name: str) -> Any:
    """The rules built from data, made on first use (PEP 562)."""
    build = _RULES.get(name)
    if build is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return build()


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_RULES))
