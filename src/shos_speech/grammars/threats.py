"""Threat rules: the noun phrase of a named danger.

The rules are built from the threat lexicon (``data/threats.tsv``; see
``shos_speech._stages.threats.lexicon``), whose entries are noun phrases with a head noun:

* ``HEAD``  – a noun that heads some lexicon entry, with an optional tight prefix
  ("интернет-мошенничество", "ВИЧ-инфекция");
* ``MODS``  – the adjectives before it, coordinated or not ("экологических и
  техногенных", "непроверенная, а порой и заведомо ложная");
* ``COMPL`` – what follows the head: genitive noun phrases ("незаконного оборота
  наркотиков", "государств-членов"), coordinated ones ("наркотиков и оружия"), the
  instrumental nouns the lexicon asks for ("торговля людьми"), acronyms ("санкций ООН"),
  prepositional phrases ("конфликт на Ближнем Востоке", "война между Россией и
  Украиной"), quoted names in apposition ("боевики «ИГИЛ-Хорасан»") and adverbs of the
  lexicon ("давление извне");
* ``NP_THREAT`` = MODS? HEAD COMPL*, ``SEQUENCE`` = the entries that are fixed word
  sequences ("три зла", "COVID-19"), ``ATTEMPT`` = "попытки (внешних сил) дестабилизировать ...",
  ``THREAT`` = any of them, interpreted as a :data:`ThreatPhrase` fact (the tokens of each
  part: :func:`grammars.common.fact_tokens`).
* ``TRIGGER`` – the words a threat hinges on: the stage parses from the modifiers before
  each of them (a gazetteer of the head lemmas);
* ``CONTEXT_CUE`` – the cues of a threat context ("угроза", "борьба с", "противодействие",
  "осуждаем" …, ``data/words/threats.txt [context]``) and ``CONTEXT_NP``, the noun phrase
  after one, whose head need not be in the lexicon ("противодействие кибершпионажу");
  ``CONTEXT`` = the two in a row.

Compose them in your own parser::

    >>> from shos_speech.grammars import parser, threats
    >>> [m.span for m in parser(threats.THREAT).findall("в условиях обострения геополитических конфликтов")]
    [[22, 48)]

The module's rules are built from the bundled lexicon on first access; :func:`build_rules`
builds them over another lexicon (``Extractor(threat_lexicons=[...])`` does).
"""
from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from yargy import and_, not_, or_, rule
from yargy.interpretation import attribute, fact
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_capitalized

from .._core.lexicon import words
from .common import ADJ, COMMA, GENT, HYPHEN, INT, LATIN, NOUN, QUOTE, RU, UPPER_WORD, token_test
from .gazetteer import Gazetteer, Word

#: What a THREAT match means: a noun phrase (its modifiers, the separators between coordinated
#: ones, the head, the complements), a fixed sequence of the lexicon ("три зла"), or an attempt
#: ("попытки накалить обстановку и подорвать ...": the word "попытка" and each verb phrase).
ThreatPhrase = fact("ThreatPhrase", [attribute("mods").repeatable(), attribute("seps").repeatable(), "head",
                                     attribute("compls").repeatable(), "sequence", "attempt", "agent",
                                     attribute("vps").repeatable()])


@cache
def context_cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(cue words, governed case) of ``data/words/threats.txt [context]`` ("борьба с" -> ablt)."""
    from .._core.lexicon import section_lines
    from .._core.tokens import fold

    out = []
    for line in section_lines("threats", "context"):
        *cue, case = line.split()
        out.append((tuple(fold(w) for w in cue), case))
    return tuple(out)


def context_gazetteer() -> Gazetteer:
    """The threat-context cues; a payload is the case of the noun phrase the cue governs."""
    from .._core.countries import word_forms

    entries = []
    for cue, case in context_cues():
        words_ = tuple(Word(word_forms(w) if k == 0 else frozenset({w}), exact=k > 0) for k, w in enumerate(cue))
        entries.append((words_, case))
    return Gazetteer(entries, name="CONTEXT_CUE")


def trigger_gazetteer(lexicon) -> Gazetteer:
    """One-word phrases of the lemmas a threat hinges on (heads, words of fixed sequences, "попытка")."""
    return Gazetteer([((Word(frozenset({lm})),), lm) for lm in sorted(lexicon.triggers)], name="TRIGGER")


def build_rules(lexicon) -> SimpleNamespace:
    """The threat grammar for a lexicon (its heads, complement words, adverbs, sequences)."""
    r = SimpleNamespace()
    # a lexicon head may also read as a parenthetic word ("право силы": "право" is also "право же");
    # a preposition is never one
    r.HEAD_NOUN = and_(gram("NOUN"), not_(gram("PREP")), dictionary(lexicon.heads))
    # a word that can head a threat is never taken for a modifier ("оборотом" is also a participle)
    r.MOD_WORD = and_(ADJ, not_(gram("Apro")), not_(dictionary(words("threats", "determiners"))), not_(r.HEAD_NOUN))
    # "особо опасные", "финансово-экономические", «цветные»
    r.MOD = or_(rule(r.MOD_WORD), rule(RU, HYPHEN, r.MOD_WORD), rule(QUOTE, r.MOD_WORD, QUOTE),
                rule(gram("ADVB"), r.MOD_WORD)).named("MOD")
    r.ALSO = dictionary(words("threats", "also"))
    r.SEP = or_(
        rule(COMMA),
        rule(COMMA.optional(), dictionary({"и", "или"})),
        rule(COMMA.optional(), eq("а"), r.ALSO.optional(), eq("и").optional(), gram("ADVB").optional()),
    ).named("SEP")
    r.MODS = rule(r.MOD.interpretation(ThreatPhrase.mods).repeatable(max=3),
                  rule(r.SEP.interpretation(ThreatPhrase.seps),
                       r.MOD.interpretation(ThreatPhrase.mods).repeatable(max=3)).repeatable(max=4).optional(),
                  ).named("MODS")
    r.HEAD = rule(rule(or_(RU, LATIN), HYPHEN).optional(), r.HEAD_NOUN).named("HEAD")
    _complements(r, lexicon)
    r.NP_THREAT = rule(r.MODS.optional(), r.HEAD.interpretation(ThreatPhrase.head),
                       r.COMPL.interpretation(ThreatPhrase.compls).repeatable(max=5).optional(),
                       ).interpretation(ThreatPhrase).named("NP_THREAT")
    r.SEQUENCE = morph_pipeline(sorted(lexicon.sequences)).interpretation(ThreatPhrase.sequence).named("SEQUENCE")
    _attempt(r, lexicon)
    r.THREAT = or_(r.SEQUENCE, r.ATTEMPT, r.NP_THREAT).interpretation(ThreatPhrase).named("THREAT")
    r.TRIGGER = trigger_gazetteer(lexicon).rule
    _context(r)
    return r


def _context(r: SimpleNamespace) -> None:
    # any noun may head a threat in a threat context; pronouns and persons' names do not
    any_head = and_(NOUN, not_(gram("NPRO")), not_(gram("Name")), not_(gram("Surn")), not_(gram("Patr")))
    r.ANY_HEAD = rule(rule(or_(RU, LATIN), HYPHEN).optional(), any_head).named("ANY_HEAD")
    r.CONTEXT_NP = rule(r.MODS.optional(), r.ANY_HEAD.interpretation(ThreatPhrase.head),
                        r.COMPL.interpretation(ThreatPhrase.compls).repeatable(max=5).optional(),
                        ).interpretation(ThreatPhrase).named("CONTEXT_NP")
    r.CONTEXT_CUE = context_gazetteer().rule
    r.CONTEXT = rule(r.CONTEXT_CUE, r.CONTEXT_NP).named("CONTEXT")


def _complements(r: SimpleNamespace, lexicon) -> None:
    gen_mod = or_(rule(and_(ADJ, GENT)), rule(RU, HYPHEN, and_(ADJ, GENT)), rule(QUOTE, and_(ADJ, GENT), QUOTE))
    # a word that reads as a genitive adjective is a modifier, never the noun ("коронавирусной"),
    # unless it reads first as a noun ("данных": данные, not данный)
    r.GEN_NOUN = and_(NOUN, GENT, or_(not_(and_(ADJ, GENT)), token_test(lambda t: t.pos == "NOUN", "noun first")),
                      # "кибератаки на системы стали мишенью": a word read first as a verb is the verb
                      token_test(lambda t: t.pos != "VERB", "not a verb first"))
    # "государств-членов", "государств – участников": a compound noun stays whole
    r.GEN_NP = rule(gen_mod.repeatable(max=3).optional(), r.GEN_NOUN, rule(HYPHEN, r.GEN_NOUN).optional())
    r.ACRONYM = and_(UPPER_WORD, not_(eq("И")), not_(eq("А")))
    # a complement noun phrase of any case, its adjectives possibly coordinated
    any_mod = or_(rule(ADJ), rule(RU, HYPHEN, ADJ), rule(QUOTE, ADJ, QUOTE), rule(COMMA),
                  rule(dictionary({"и", "или"})))
    # "Шри-Ланке", "Нью-Йорке": a hyphenated proper name is one noun
    compound_name = rule(and_(RU, is_capitalized()), HYPHEN, and_(NOUN, is_capitalized()))
    # "из колл-центров", "через интернет-мессенджеры": a compound common noun is one noun too
    compound_noun = rule(and_(RU, NOUN), HYPHEN, NOUN)
    r.ANY_NP = rule(any_mod.repeatable(max=6).optional(),
                    or_(compound_noun, rule(NOUN), rule(r.ACRONYM), compound_name),
                    r.GEN_NP.repeatable(max=2).optional())
    # by value, not lemma: yargy normalizes "к" to "как" too ("терроризм как инструмент")
    r.PREP = in_caseless(words("threats", "prepositions"))
    # "между Россией и Украиной", "на Беларусь и Россию": only proper names are coordinated inside
    cap_np = rule(and_(ADJ, is_capitalized()).optional(), and_(NOUN, is_capitalized()))
    # "насилие в отношении дипломатов и их семей", "цены на продовольствие и удобрения": a common
    # noun conjunct too (the stage keeps it only in the case of the noun before it)
    conj_np = rule(ADJ.repeatable(max=3).optional(), NOUN)
    # "боевики «ИГИЛ-Хорасан»", "группировка «Исламское государство»": a quoted name in apposition
    r.QUOTED_NAME = rule(in_(set('«“„"')), and_(or_(RU, LATIN), is_capitalized()),
                         not_(QUOTE).repeatable(max=5).optional(), in_(set('»”“"')))
    # "теракт в «Крокус Сити Холле»", "атака на «Северный поток»": a quoted name after the preposition
    r.PP_ONE = or_(rule(r.PREP, r.ANY_NP, rule(dictionary({"и"}), or_(cap_np, conj_np)).optional()),
                   rule(r.PREP, r.QUOTED_NAME))
    # "паводки на Урале и в Западном Казахстане": coordinated places
    r.PP = rule(r.PP_ONE, rule(dictionary({"и"}), r.PP_ONE).optional())
    # an instrumental or dative complement the lexicon asks for ("торговля людьми", "манипулирование
    # информацией", "торговля несовершеннолетними", "пособничество терроризму")
    asked = dictionary(lexicon.compl_words or {"люди"})
    r.ABLT_NP = rule(and_(ADJ, gram("ablt")).repeatable(max=2).optional(), and_(or_(NOUN, ADJ), gram("ablt"), asked))
    r.DAT_NP = rule(and_(ADJ, gram("datv")).repeatable(max=2).optional(), and_(NOUN, gram("datv"), asked))
    # "вирус Зика", "лихорадка Эбола": a name in apposition
    r.NAME = rule(and_(NOUN, is_capitalized(), gram("nomn"), not_(GENT)))
    r.COMPL = or_(
        rule(r.GEN_NP),
        r.ABLT_NP,
        r.DAT_NP,
        r.NAME,
        r.QUOTED_NAME,
        rule(r.ACRONYM, rule(HYPHEN, INT).optional()),  # "ООН", "COVID-19"
        rule(or_(COMMA, dictionary({"и", "или"})), r.GEN_NP),
        r.PP,
        rule(dictionary({"в"}), eq("отношении"), r.ANY_NP),
        # "использование торговли как оружия": what a misuse makes of a thing (only a misuse keeps it)
        rule(eq("как"), r.ANY_NP),
        rule(dictionary(lexicon.adverbs or {"извне"})),
    ).named("COMPL")


def _attempt(r: SimpleNamespace, lexicon) -> None:
    # "попытки накалить обстановку и подорвать действующие механизмы взаимодействия"
    verb = and_(gram("INFN"), dictionary(lexicon.attempt_verbs))
    place = rule(in_caseless(words("threats", "attempt_places")), r.ANY_NP)
    obj = or_(rule(r.ANY_NP, place.optional()), place)  # "вмешиваться во внутренние дела"
    r.VP = rule(verb, obj.optional()).named("VP")
    # "попытки внешних сил вмешиваться ...": whose attempt, in the genitive, before the verb
    agent = rule(r.GEN_NP, r.GEN_NP.optional())
    r.ATTEMPT = rule(rule(dictionary({"попытка"})).interpretation(ThreatPhrase.attempt),
                     agent.interpretation(ThreatPhrase.agent).optional(),
                     r.VP.interpretation(ThreatPhrase.vps),
                     rule(dictionary({"и"}), r.VP.interpretation(ThreatPhrase.vps)).optional(),
                     ).named("ATTEMPT")


@cache
def bundled_rules() -> SimpleNamespace:
    from .._stages.threats.lexicon import bundled_lexicon

    return build_rules(bundled_lexicon())


def __getattr__(name: str):
    """``threats.THREAT`` and the other rules, built from the bundled lexicon on first access."""
    rules = bundled_rules()
    if name.isupper() and hasattr(rules, name):
        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
