"""Priority rules: the cue that marks a direction as a priority and the noun phrase it marks.

A Priority (ONTOLOGY.md §3) is declared by a cue (``data/priority_cues.tsv``: "приоритетом
является", "в качестве первого приоритета", "ключевой задачей остается", "подчеркнул
важность", "особое внимание уделил", "в центре внимания окажется" ...) and names its
content by a noun phrase before or after the cue. The rules are public yargy rules:

* ``PRIORITY_CUE`` — any cue phrase of the lexicon, after an optional ordinal ("Третьим
  приоритетом"), with one adverb, adjective or "быть" allowed between its words ("в качестве
  первого приоритета", "главный акцент будет сделан на"). It is the rule of the gazetteer
  :func:`cue_gazetteer` (a first-lemma index over the same phrases), which the stage runs;
* ``PRIORITY_NP`` — the noun phrase of a priority: modifiers, a head noun, capped genitive,
  prepositional and dative complements and "и"-coordination ("укрепление стратегического
  партнерства и взаимной поддержки в рамках Организации");
* ``INFINITIVE_PHRASE`` — an infinitive with its object and complements, the item after a goal
  cue ("Главная задача — удержать темпы экономического роста");
* ``PRIORITY`` — the plain "cue + phrase" order ("подчеркнул важность укрепления
  сотрудничества в сфере безопасности"), interpreted as :data:`PriorityFact`;
* ``RULE`` — the stage's trigger: its cue matches are ``parser(RULE).findall(sentence)``.

    >>> from shos_speech.grammars import parser
    >>> from shos_speech.grammars.priorities import PRIORITY_CUE, PRIORITY_NP
    >>> [m.span for m in parser(PRIORITY_NP).findall("развитие южных коридоров")]
    [[0, 24)]
    >>> [m.span for m in parser(PRIORITY_CUE).findall("Третьим приоритетом станет туризм")]
    [[0, 19)]

The rules that test words against a lexicon (the cues, ``PP``, ``QUANTITY_PP``, ``ABLT_NP``
and the rules built on them) are made on first use from ``data/priority_cues.tsv`` and
``data/words/priorities.txt``; importing this module reads no file. Where the phrase goes
relative to the cue, how lists split, ranks and areas: ``shos_speech._stages.priorities``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from types import SimpleNamespace

from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gram, is_upper

from .._core.lexicon import Row, data_path, numbers, read_tsv, words
from .._core.tokens import fold
from ..errors import LexiconError
from .common import ADJ, COMMA, CONJ, GENT, HYPHEN, INT, NOUN, QUOTE, RU, token_test
from .gazetteer import Gap, Gazetteer, Word

KIND = "priorities"


class Strength(str, Enum):
    """How a cue row of ``data/priority_cues.tsv`` marks its phrase, strongest first."""

    STRONG = "strong"
    #: only as a predicate ("X сегодня важно"): the phrase stands before it
    PREDICATE = "predicate"
    #: a phrase after it only where a verb, a copula or a dash links them
    WEAK = "weak"
    #: a naming verb and a generic head: only the list after a colon or the enumeration after them
    #: ("выделены шесть направлений: ...")
    LIST = "list"

    @property
    def rank(self) -> int:
        """Higher for a stronger cue (the strongest phrase inside a match decides)."""
        members = list(Strength)
        return len(members) - members.index(self)


class HeadClass(str, Enum):
    """The non-cue rows of ``data/priority_cues.tsv``: classes of a phrase's head."""

    GENERIC = "generic"
    UNDERTAKING = "undertaking"
    CONCRETE = "concrete"
    DANGER = "danger"


#: the rows of data/priority_cues.tsv that are cues ...
CUE_STRENGTHS = tuple(m.value for m in Strength)
#: ... and those that classify the head of a phrase found after a cue
HEAD_CLASSES = tuple(m.value for m in HeadClass)

#: what a ``PRIORITY`` match means: the cue, and the phrase it marks
PriorityFact = fact("Priority", ["cue", "phrase"])


# ---------------------------------------------------------------------------------------
# The cue lexicon as a gazetteer
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CuePhrase:
    """The payload of a cue match: the lexicon phrase (lemmas) and how strongly it marks a priority."""

    words: tuple[str, ...]
    strength: str


@dataclass(frozen=True)
class CueWord(Word):
    """A word of a cue phrase; ``insert`` tells whether an insert may stand before it
    (never between the ordinal and the phrase: "Вторым важным направлением" is ordinal + phrase),
    ``subject`` whether the clause's subject may ("Отдельно *министр* остановился на": after a
    fronted adverb of the cue)."""

    insert: bool = True
    subject: bool = False


def inserted(tok) -> bool:
    """"главный акцент *будет* сделан", "в качестве *первого* приоритета", "ставил перед собой *три*
    задачи", "отдельно *он* выделил": an adverb, adjective, numeral, subject pronoun or "быть"."""
    if tok.has_any("ADVB", "ADJF", "PRTF", "NUMR") or "быть" in tok.lemmas:
        return True
    return tok.pos == "NPRO" and "nomn" in tok.grams[0]


INSERT = Gap(inserted, max=1)


def subject_word(tok) -> bool:
    """A word of a short subject between a fronted adverb and its verb ("Отдельно *глава МИД*
    остановился", "Особо *Мирзиёев* выделил", "Отдельно *премьер-министр* остановился"): a nominative
    noun, pronoun or adjective, a name, the hyphen of a compound; a modal of wish ("Особо *хочу* отметить")."""
    if (tok.is_cap and tok.is_word) or tok.value == "-":
        return True  # (the hyphen of "премьер-министр")
    if tok.lemmas & words(KIND, "wish_words"):
        return True  # "Особо хочу отметить X", "Отдельно хотел бы остановиться на X": the speaker's wish
    return any("nomn" in g and g & {"NOUN", "NPRO", "ADJF"} for g in tok.grams)


SUBJECT = Gap(subject_word, max=4)


def _gap_before(word: Word) -> Gap | None:
    if getattr(word, "subject", False):
        return SUBJECT
    return INSERT if getattr(word, "insert", False) else None


@cache
def cue_rows() -> tuple[Row, ...]:
    """The rows of ``data/priority_cues.tsv``: cue phrases and the head classes the stage rejects."""
    path = data_path("priority_cues.tsv")
    rows = tuple(read_tsv(path, required=("phrase", "strength")))
    for row in rows:
        if row["strength"] not in CUE_STRENGTHS + HEAD_CLASSES:
            raise LexiconError(path, f"unknown strength {row['strength']!r}", row.line)
    return rows


@cache
def cue_phrases() -> tuple[CuePhrase, ...]:
    """The cue phrases of the lexicon (a later row of the same phrase wins, as in a dict)."""
    phrases: dict[tuple[str, ...], str] = {}
    for row in cue_rows():
        if row["strength"] in CUE_STRENGTHS:
            phrases[tuple(words_of(row["phrase"]))] = row["strength"]
    return tuple(CuePhrase(ws, strength) for ws, strength in phrases.items())


def words_of(phrase: str) -> list[str]:
    """A lexicon phrase as folded lemmas."""
    return [fold(w) for w in phrase.split()]


@cache
def cue_gazetteer() -> Gazetteer[CuePhrase]:
    """Every cue phrase, plain and after an ordinal; an insert may stand between the phrase's words."""
    ordinal = Word(frozenset(numbers(KIND, "ordinals")))
    fronted = words(KIND, "fronted_adverbs")
    entries: list[tuple[tuple[Word, ...], CuePhrase]] = []
    for phrase in cue_phrases():
        ws = [CueWord(frozenset({w})) for w in phrase.words]
        if len(ws) > 1 and phrase.words[0] in fronted:
            ws[1] = replace(ws[1], subject=True)  # "Отдельно министр остановился на"
        entries.append((tuple(ws), phrase))
    for words_, phrase in list(entries):
        first = replace(words_[0], insert=False)
        entries.append(((ordinal, first, *words_[1:]), phrase))
    return Gazetteer(entries, gap=_gap_before, name="PRIORITY_CUE")


# ---------------------------------------------------------------------------------------
# The noun phrase: rules without a lexicon
# ---------------------------------------------------------------------------------------
# "по-настоящему общего", "взаимовыгодно" before an adjective
PO_ADVERB = rule(eq("по"), HYPHEN, RU)
#: the endings of the adverbs made from relative adjectives ("критически", "экологически", "социально")
DEGREE_ENDINGS = ("ски", "льно")


def degree_adverb(tok) -> bool:
    """"критически важных объектов", "экологически чистой энергии", "наиболее уязвимых слоев": an
    adverb of degree or of a relation that qualifies the adjective after it."""
    return tok.pos == "ADVB" and (tok.value.lower().endswith(DEGREE_ENDINGS)
                                  or bool(tok.lemmas & words(KIND, "degree_words")))


DEGREE_ADVERB = token_test(degree_adverb, "degree_adverb")
PLAIN_MODIFIER = or_(
    rule(PO_ADVERB.optional(), rule(RU, HYPHEN).repeatable(max=2).optional(), ADJ),
    rule(DEGREE_ADVERB, ADJ),
)
# «зеленая» энергетика: a quoted adjective used as a term
QUOTED_MODIFIER = rule(QUOTE, ADJ, QUOTE)
MODIFIER = or_(PLAIN_MODIFIER, QUOTED_MODIFIER).named("MODIFIER")
# "по" has an Abbr NOUN reading: acronyms must be upper case
HEAD_NOUN = or_(and_(NOUN, not_(gram("Abbr"))), and_(NOUN, is_upper()))
COMPOUND_NOUN = or_(rule(HEAD_NOUN), rule(HEAD_NOUN, HYPHEN, HEAD_NOUN))  # "государствами-наблюдателями"
# "мировые экономические и транспортно-транзитные коридоры", "в экономическом, экологическом и
# гуманитарном измерениях"
MODIFIERS = or_(
    MODIFIER.repeatable(max=4),
    rule(MODIFIER.repeatable(max=3), CONJ, MODIFIER.repeatable(max=2)),
    rule(MODIFIER, rule(COMMA, MODIFIER).repeatable(max=3), CONJ, MODIFIER),
)
BASIC_NP = or_(rule(COMPOUND_NOUN), rule(MODIFIERS, COMPOUND_NOUN)).named("BASIC_NP")
# acronyms pymorphy does not know ("ШОС" is UNKN) complement a noun as a genitive would
ACRONYM = and_(is_upper(), not_(eq("И")), not_(gram("PREP")), not_(gram("CONJ")))

GEN_MODIFIER = or_(
    rule(PO_ADVERB.optional(), rule(RU, HYPHEN).repeatable(max=2).optional(), and_(ADJ, GENT)),
    rule(DEGREE_ADVERB, and_(ADJ, GENT)),  # "защита критически важных объектов"
    rule(QUOTE, and_(ADJ, GENT), QUOTE),  # "развитие «зеленой» экономики"
)
GEN_NOUN = or_(
    rule(and_(HEAD_NOUN, GENT)),
    rule(and_(HEAD_NOUN, GENT), HYPHEN, and_(HEAD_NOUN, GENT)),  # "государств – членов"
)
GEN_NP = or_(
    GEN_NOUN,
    rule(GEN_MODIFIER.repeatable(max=3), and_(HEAD_NOUN, GENT)),
    rule(GEN_MODIFIER.repeatable(max=2), CONJ, GEN_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, GENT)),
    # "возобновляемых, безуглеродных и низкоуглеродных источников"
    rule(GEN_MODIFIER, rule(COMMA, GEN_MODIFIER).repeatable(max=3), CONJ, GEN_MODIFIER, and_(HEAD_NOUN, GENT)),
).named("GEN_NP")
DAT_MODIFIER = or_(
    rule(PO_ADVERB.optional(), rule(RU, HYPHEN).repeatable(max=2).optional(), and_(ADJ, gram("datv"))),
    rule(QUOTE, and_(ADJ, gram("datv")), QUOTE),
)
DAT_NP = or_(
    rule(and_(HEAD_NOUN, gram("datv"))),
    rule(DAT_MODIFIER.repeatable(max=3), and_(HEAD_NOUN, gram("datv"))),
    rule(DAT_MODIFIER.repeatable(max=2), CONJ, DAT_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, gram("datv"))),
).named("DAT_NP")


def verbal_noun(tok) -> bool:
    """"развитие", "обеспечение": a noun whose normal form ends in -ние/-тие (a purpose, not a beneficiary)."""
    return tok.is_word and any(lemma.endswith(("ние", "тие")) for lemma in tok.lemmas)


VERBAL_NOUN = token_test(verbal_noun, "verbal_noun")
NUMBER = or_(INT, gram("NUMR"))


# ---------------------------------------------------------------------------------------
# The noun phrase: rules over the word classes, and the rules built on them
# ---------------------------------------------------------------------------------------
def _prepositional(pp_noun, modifiers):
    """``PP``: a preposition and the noun it governs, when that noun complements the head."""
    preposition = and_(gram("PREP"), not_(dictionary(words(KIND, "not_complement_prepositions"))))
    # "подготовка кадров для атомной энергетики": "для" + whom it serves belongs to the phrase;
    # "для обеспечения ..." (a purpose, a verbal noun) does not
    beneficiary = and_(pp_noun, not_(VERBAL_NOUN))
    # "подготовка энергосистемы к осенне-зимнему периоду": after "к" a qualified time noun is the
    # goal the head governs, not a circumstance ("в период председательства", "на ближайшие годы")
    goal_time = and_(HEAD_NOUN, dictionary(words(KIND, "goal_time_nouns")))
    return or_(
        rule(eq("для"), beneficiary),
        rule(eq("для"), modifiers, beneficiary),
        rule(preposition, pp_noun),
        rule(preposition, and_(ACRONYM, not_(gram("NOUN")))),  # "сотрудничество в ШОС"
        rule(preposition, pp_noun, HYPHEN, HEAD_NOUN),
        rule(preposition, modifiers, pp_noun),
        rule(eq("к"), modifiers, goal_time),
    ).named("PP")


def _instrumental():
    """``ABLT_NP``: an instrumental governed by the noun before it ("обмен опытом"); cue and
    adverbial nouns never are ("приоритетом", "путем", "образом")."""
    noun = and_(HEAD_NOUN, gram("ablt"), not_(gram("anim")), not_(gram("Geox")),
                not_(dictionary(words(KIND, "not_instrumental_complements"))))
    return or_(
        rule(noun),
        rule(and_(ADJ, gram("ablt")).repeatable(max=3), noun),
    ).named("ABLT_NP")


@cache
def rules() -> SimpleNamespace:
    """The rules that test words against the word classes, and those built on them (made once)."""
    pp_noun = and_(HEAD_NOUN, not_(dictionary(words(KIND, "circumstance_nouns"))))
    pp = _prepositional(pp_noun, MODIFIERS)
    # "снятие сохраняющихся на общем рынке барьеров": a participle with its own complement stands
    # between the head and its genitive
    participial_gen_np = or_(
        rule(and_(gram("PRTF"), GENT), pp, and_(HEAD_NOUN, GENT)),
        rule(and_(gram("PRTF"), GENT), pp, GEN_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, GENT)),
    ).named("PARTICIPIAL_GEN_NP")
    # "увеличение товарооборота до 5 миллиардов долларов": a target quantity
    measure = or_(HEAD_NOUN, dictionary(words(KIND, "measure_words")))
    quantity_pp = or_(
        rule(dictionary({"до", "на"}), NUMBER, measure),
        rule(dictionary({"до", "на"}), NUMBER, measure, and_(HEAD_NOUN, GENT)),
    ).named("QUANTITY_PP")
    ablt_np = _instrumental()
    complement = or_(GEN_NP, participial_gen_np, DAT_NP, pp, quantity_pp, ablt_np, rule(ACRONYM),
                     rule(CONJ, or_(GEN_NP, DAT_NP, pp, ablt_np))).named("COMPLEMENT")
    # No trailing optional parts: yargy's chart loses long matches of "X (и X)?" when X ends
    # in a nullable repetition, so each rule lists its alternatives explicitly.
    np_unit = or_(BASIC_NP, rule(BASIC_NP, complement.repeatable(max=7))).named("NP_UNIT")
    priority_np = or_(np_unit, rule(np_unit, rule(CONJ, np_unit).repeatable(max=3))).named("PRIORITY_NP")
    # "удержать темпы экономического роста", "совместно противостоять трафику опиатов", "вернуть в
    # международные отношения доверие": an infinitive item after a goal cue
    # (and "не" before a verb of prevention: "не допустить гуманитарной катастрофы"; the stage decides which)
    adverb = or_(gram("ADVB"), gram("COMP"), eq("не"))
    verb = gram("INFN")
    # the verb's own prepositional phrase before its object (any noun: "в международные отношения")
    verb_pp = or_(rule(gram("PREP"), HEAD_NOUN), rule(gram("PREP"), MODIFIERS, HEAD_NOUN))
    # "превратить ШОС в пространство развития": an acronym object (no reading of its own) and its complements
    acronym_object = or_(rule(ACRONYM), rule(ACRONYM, complement.repeatable(max=7))).named("ACRONYM_OBJECT")
    infinitive_phrase = or_(
        rule(verb, priority_np),
        rule(verb, acronym_object),
        rule(adverb, verb, acronym_object),
        rule(adverb, verb, priority_np),
        rule(verb, adverb, priority_np),
        rule(verb, verb_pp, priority_np),
        rule(adverb, verb, verb_pp, priority_np),
    ).named("INFINITIVE_PHRASE")
    cue = cue_gazetteer().rule
    priority = rule(
        cue.interpretation(PriorityFact.cue),
        priority_np.interpretation(PriorityFact.phrase),
    ).interpretation(PriorityFact).named("PRIORITY")
    return SimpleNamespace(PP=pp, PARTICIPIAL_GEN_NP=participial_gen_np, QUANTITY_PP=quantity_pp, ABLT_NP=ablt_np,
                           COMPLEMENT=complement, NP_UNIT=np_unit, PRIORITY_NP=priority_np,
                           INFINITIVE_PHRASE=infinitive_phrase, PRIORITY_CUE=cue,
                           PRIORITY=priority, RULE=cue)


def __getattr__(name: str):
    """``PRIORITY_CUE``, ``PRIORITY_NP``, ``PRIORITY``, ``RULE`` ...: made on first use (they need the lexicons)."""
    if not name.startswith("_"):
        try:
            return getattr(rules(), name)
        except AttributeError:
            pass
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
