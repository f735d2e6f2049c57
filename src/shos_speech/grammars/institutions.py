"""Institution rules: the registry of named bodies and a grammar for bodies outside it.

``REGISTRY`` matches every name, alias and acronym of the bundled registry
(``data/institutions.json``) in any inflected form; ``BODY`` matches official names
built the way Russian names bodies: a capitalized head ("Совет", "Министерство",
"Региональный центр") followed by genitive complements, acronyms of other bodies and
"по / для / при" phrases ("Совет министров иностранных дел ШОС", "Министерство
иностранных дел Казахстана", "Региональный центр ООН по целям устойчивого развития для
Центральной Азии и Афганистана"). ``INSTITUTION`` is either; ``BACKREF`` a capitalized
head referring back to a body named before ("в рамках Организации", "данного Центра").

Compose them in your own parser::

    >>> from shos_speech.grammars import institutions, parser
    >>> p = parser(institutions.INSTITUTION)
    >>> [m.span for m in p.findall("Заседание Совета министров иностранных дел ШОС прошло в Астане")]
    [[10, 46)]

The word classes the rules use are data (``data/words/institutions.txt``, the heads of
``institution_heads.tsv``): they are read when a parser is built, not when this module is
imported. ``REGISTRY`` is the registry gazetteer's rule (``registry.bundled_gazetteer()``),
built on first access.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gram, in_
from yargy.predicates.constructors import Predicate, PredicateScheme

from .._core.tokens import PREDICATE_POS
from .common import (
    ADJ,
    CAPITALIZED,
    COMMA,
    COMPOUND_PREFIX,
    CONJ,
    GENT,
    HYPHEN,
    NOUN,
    QUOTE,
    RU,
    UPPER_WORD,
    token_test,
)


class lexicon_predicate(PredicateScheme):
    """A predicate over a lexicon, built from its data when yargy activates the rule (when a
    parser is built from it): importing the rules reads no data file."""

    __attributes__ = ["build", "name"]

    def __init__(self, build: Callable[[], Predicate], name: str) -> None:
        self.build = build
        self.name = name

    def activate(self, context) -> Predicate:
        return self.build().activate(context)

    @property
    def label(self) -> str:
        return self.name


def _word_class(section: str) -> lexicon_predicate:
    """yargy's ``dictionary`` over one section of ``data/words/institutions.txt``."""
    def build() -> Predicate:
        from .._stages.institutions.lexicon import word_class

        return dictionary(word_class(section))

    return lexicon_predicate(build, section)


def _head_lemmas() -> Predicate:
    from .._stages.institutions.lexicon import head_lemmas

    return dictionary(head_lemmas())


def _pp_stop() -> Predicate:
    from .._stages.institutions.lexicon import pp_stop

    return dictionary(pp_stop())


def _acronym_heads() -> Predicate:
    from .._stages.institutions.lexicon import acronym_heads

    return in_(frozenset(acronym_heads()))


# -- the head of a name ------------------------------------------------------------------
HEAD_LEMMA = lexicon_predicate(_head_lemmas, "HEAD_LEMMA")
HEAD = and_(NOUN, HEAD_LEMMA)
CAP_ADJ = and_(ADJ, CAPITALIZED)
MOD = or_(rule(ADJ), rule(COMPOUND_PREFIX, ADJ)).named("MOD")
# "Кыргызско-китайский комитет": a compound opens a name only when capitalized
CAP_PREFIX = rule(and_(RU, CAPITALIZED), HYPHEN).named("CAP_PREFIX")

# The name must start with a capital: "Региональный центр ...", "Совет ...".
START_ADJ = rule(or_(rule(CAP_ADJ), rule(CAP_PREFIX, ADJ)), MOD.repeatable(max=3).optional(), HEAD)
START_HEAD = rule(and_(HEAD, CAPITALIZED))

# -- complements ---------------------------------------------------------------------------
GEN_ADJ = and_(ADJ, GENT)
# a word read first as a predicate never continues a name: a verb ("были" = быль, gen.), a short
# adjective or participle ("Секретариат готов к диалогу": "готов" = гот, gen. pl.); "дел" (дело,
# gen. pl., also the past of "деть") and "прав" (право, also "прав" = right) do
NOT_READ_AS_PREDICATE = token_test(lambda tok: tok.pos not in PREDICATE_POS, "not_predicate")
# a word read first as a person's name in the nominative starts the person after the body
# ("Администрации Президента Хикмет Гаджиев"); a name in the genitive stays ("Фонда Назарбаева")
NOT_A_PERSON = token_test(
    lambda tok: not (tok.grams and "nomn" in tok.grams[0] and tok.grams[0] & {"Name", "Surn", "Patr"}),
    "not_a_person")
GEN_NOUN = and_(NOUN, GENT, NOT_READ_AS_PREDICATE, NOT_A_PERSON)
GEN_MOD = or_(rule(GEN_ADJ), rule(COMPOUND_PREFIX, GEN_ADJ))
# coordinated modifiers of one noun: "природного и техногенного характера"
GEN_MODS = rule(GEN_MOD.repeatable(max=3), rule(CONJ, GEN_MOD).optional())
GEN_NP = rule(GEN_MODS.optional(), GEN_NOUN).named("GEN_NP")
# a coordinated genitive that is not itself a new body: "экономики и коммерции"
GEN_COORD = rule(CONJ, GEN_ADJ.repeatable(max=3).optional(), and_(GEN_NOUN, not_(HEAD_LEMMA)))
ACRONYM = and_(UPPER_WORD, not_(eq("И")))
# "государств - членов", "государств-участников"
MEMBER = rule(HYPHEN, _word_class("member_nouns"))
NP = rule(MOD.repeatable(max=3).optional(), NOUN)
# "по итогам", "по словам", "при поддержке" introduce circumstances, never part of a name
# ... and "при Комитете секретарей" names another body: the name stops before it
PP_NOUN = and_(NOUN, not_(lexicon_predicate(_pp_stop, "PP_STOP")), not_(and_(CAPITALIZED, HEAD_LEMMA)))
PP_NP = or_(
    rule(and_(ADJ, not_(CAPITALIZED)), MOD.repeatable(max=2).optional(), PP_NOUN),
    # "по экономическим и социальным вопросам": coordinated modifiers of one noun
    rule(and_(ADJ, not_(CAPITALIZED)), CONJ, and_(ADJ, not_(CAPITALIZED)), PP_NOUN),
    rule(PP_NOUN),
    # "по Нижегородской области", "по Алматинской области"
    rule(CAP_ADJ, and_(PP_NOUN, not_(CAPITALIZED))),
)
# "по вопросам борьбы с терроризмом и экстремизмом"; "по реагированию на компьютерные инциденты":
# what a deverbal noun acts on, in the accusative ("на своей сессии" is a circumstance)
ACC_NP = rule(and_(ADJ, gram("accs")).repeatable(max=2).optional(), and_(NOUN, gram("accs"), not_(CAPITALIZED)))
WITH = or_(
    rule(_word_class("with_prepositions"), NP, GEN_NP.repeatable(max=2).optional(), rule(CONJ, NP).optional()),
    rule(eq("на"), ACC_NP, GEN_NP.optional()),
)
# "по противодействию незаконному обороту наркотиков": a deverbal noun governs the dative
DAT_NP = rule(and_(ADJ, gram("datv")).repeatable(max=2).optional(), and_(NOUN, gram("datv"), not_(CAPITALIZED)))
# "по бюджету, налогам и финансам", "по делам СНГ, евразийской интеграции и связям с
# соотечественниками": the domains of a committee listed with commas, closed by "и" (a comma
# with no "и" after its list ends the name)
DOMAIN = or_(
    rule(DAT_NP, or_(GEN_NP, rule(ACRONYM)).repeatable(max=3).optional(), WITH.optional()),
    rule(GEN_NP.repeatable(max=3)),
)
DOMAIN_LIST = rule(rule(COMMA, DOMAIN).repeatable(max=3), CONJ, DOMAIN)
PP = rule(
    _word_class("name_prepositions"),
    PP_NP,
    DAT_NP.optional(),
    or_(GEN_NP, rule(ACRONYM)).repeatable(max=4).optional(),
    WITH.optional(),
    or_(DOMAIN_LIST, rule(CONJ, NP, GEN_NP.repeatable(max=3).optional())).optional(),
).named("PP")
# "в Азии", "в Центральной Азии"
LOC = rule(eq("в"), rule(CAP_ADJ.optional(), and_(NOUN, CAPITALIZED, _word_class("macro_regions"))))
QUOTED = rule(QUOTE, rule(or_(NOUN, ADJ, HYPHEN, CAPITALIZED)).repeatable(max=6), QUOTE)
# "Республики Таджикистан": the state's name stands in apposition, in the nominative
STATE_NAME = rule(GEN_ADJ.optional(), and_(GEN_NOUN, _word_class("state_nouns")), and_(NOUN, CAPITALIZED))
# "Совета министров иностранных дел (СМИД) ОДКБ": the body's own acronym, given inside its name
PAREN_ACRONYM = rule(eq("("), ACRONYM, eq(")"))
COMPLEMENT = or_(
    STATE_NAME, PAREN_ACRONYM, GEN_NP, GEN_COORD, rule(ACRONYM), MEMBER, PP, LOC, QUOTED,
).named("COMPLEMENT")

# "МИД Бразилии", "МВД Кыргызстана": a ministry's customary acronym and its state; or the bare
# acronym ("Как МИД оценивает …"), whose state the text names elsewhere
ACRONYM_HEAD = lexicon_predicate(_acronym_heads, "ACRONYM_HEAD")
STATE_BODY_ACRONYM = rule(ACRONYM_HEAD, or_(STATE_NAME, GEN_NP).optional()).named("STATE_BODY_ACRONYM")

# "Посольство Российской Федерации в Кабуле", "Миссия Европейского союза в Армении": a body that
# is a state's or an organization's presence somewhere names its seat (a capitalized place)
SEAT_HEAD = and_(HEAD, _word_class("seat_heads"))
SEAT = rule(eq("в"), CAP_ADJ.optional(), CAP_PREFIX.optional(), and_(NOUN, CAPITALIZED, gram("loct")))  # "в Нью-Йорке"
SEATED = rule(
    or_(rule(and_(SEAT_HEAD, CAPITALIZED)),
        rule(or_(rule(CAP_ADJ), rule(CAP_PREFIX, ADJ)), MOD.repeatable(max=3).optional(), SEAT_HEAD)),
    COMPLEMENT.repeatable(max=6).optional(),
    SEAT,
).named("SEATED")

# "пресс-служба президента Кыргызской Республики": an office's press service, in lowercase too,
# named by whose it is
# named by whose it is, by a name ("президента Кыргызстана", "МИД Казахстана"); "пресс-служба главы
# государства" describes one, "пресс-служба слова Мирзиёева" is no name at all
PRESS = token_test(lambda tok: tok.value.lower() == "пресс", "press")
NO_PERSON_NAME = token_test(lambda tok: not (tok.grams and tok.grams[0] & {"Name", "Surn", "Patr"}), "no_person")
NAMED_OWNER = or_(
    STATE_NAME, rule(ACRONYM),
    rule(GEN_ADJ.repeatable(max=2).optional(), and_(GEN_NOUN, CAPITALIZED, NO_PERSON_NAME)),
)
PRESS_SERVICE = rule(
    PRESS, HYPHEN, _word_class("press_heads"), GEN_NP.repeatable(max=3).optional(), NAMED_OWNER,
    COMPLEMENT.repeatable(max=4).optional(),
).named("PRESS_SERVICE")

# -- names of bodies -------------------------------------------------------------------------
BODY = or_(
    rule(START_ADJ, COMPLEMENT.repeatable(max=8).optional()),
    rule(START_HEAD, COMPLEMENT.repeatable(max=8)),
    STATE_BODY_ACRONYM,
    SEATED,
    PRESS_SERVICE,
).named("BODY")

# Capitalized back-references: "в рамках Организации", "данного Центра".
#: what a back-reference says: the demonstrative, if any, and the head that names the body
BackRef = fact("BackRef", ["demonstrative", "head"])
DEMONSTRATIVE = _word_class("demonstratives")
BACKREF = rule(
    DEMONSTRATIVE.interpretation(BackRef.demonstrative).optional(),
    and_(HEAD, CAPITALIZED).interpretation(BackRef.head),
).interpretation(BackRef).named("BACKREF")


@cache
def _institution():
    return or_(__getattr__("REGISTRY"), BODY).named("INSTITUTION")


def __getattr__(name: str):
    """``REGISTRY`` and ``INSTITUTION``: built from the registry on first access."""
    if name == "REGISTRY":
        from .._stages.institutions.registry import bundled_gazetteer

        return bundled_gazetteer().rule
    if name == "INSTITUTION":
        return _institution()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

