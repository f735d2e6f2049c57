"""The stage's lexicons, read once when the stage is built: word classes, stances, kinds, registries.

Every class of words the stage tests tokens against is a section of
``data/words/initiatives.txt``; the big lexicons are the gazetteers of
``grammars/initiatives.py``, so the stage runs exactly the public rules.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import partial

from ..._core.lexicon import section_lines, word_file, word_pairs, words
from ...grammars.gazetteer import Gazetteer
from ...grammars.initiatives import (
    VERB_ROLES,
    KindEntry,
    NamedInitiative,
    StancePhrase,
    head_gazetteer,
    kind_entries,
    registry,
    stance_gazetteer,
)

_words = partial(words, "initiatives")


def _pairs(section: str) -> frozenset[tuple[str, ...]]:
    return word_pairs("initiatives", section)


def _mapping(section: str) -> dict[str, str]:
    """Two words a line: a key and its value ("supports opposes")."""
    return {k: v for k, v in _pairs(section)}


def _tags(section: str) -> frozenset[str]:
    """A class of parts of speech, as written ("ADVB")."""
    return frozenset(section_lines("initiatives", section))


def _place_list_heads(section: str) -> frozenset[str]:
    return _words("cap_projects") | _words(section)


def _section(read=_words):
    return field(metadata={"read": read})


@dataclass(frozen=True)
class Words:
    """The word classes of ``data/words/initiatives.txt``: one field per section (see the file)."""

    loose_pos: frozenset[str] = _section(_tags)
    not_noun_pos: frozenset[str] = _section(_tags)
    clause_pos: frozenset[str] = _section(_tags)
    wrapper_gap_pos: frozenset[str] = _section(_tags)
    after_subject_pos: frozenset[str] = _section(_tags)
    after_title_pos: frozenset[str] = _section(_tags)
    member_modifier_pos: frozenset[str] = _section(_tags)
    negations: dict[str, str] = _section(_mapping)
    failure: frozenset[str] = _section()
    hosting: frozenset[str] = _section()
    holding: frozenset[str] = _section()
    sittings: frozenset[str] = _section()
    time_nouns: frozenset[str] = _section()
    stop_words: frozenset[str] = _section()
    stop_pairs: frozenset[tuple[str, ...]] = _section(_pairs)
    so_called: frozenset[tuple[str, ...]] = _section(_pairs)
    predicatives: frozenset[str] = _section()
    threat_heads: frozenset[str] = _section()
    dash_continuers: frozenset[str] = _section()
    date_nouns: frozenset[str] = _section()
    months: frozenset[str] = _section()
    seasons: frozenset[str] = _section()
    time_modifiers: frozenset[str] = _section()
    date_openers: frozenset[str] = _section()
    modals: frozenset[str] = _section()
    copulas: frozenset[str] = _section()
    undertaking_sets: frozenset[str] = _section()
    title_prepositions: frozenset[str] = _section()
    naming_verbs: frozenset[str] = _section()
    comparatives: frozenset[str] = _section()
    generic: frozenset[str] = _section()
    not_actions: frozenset[str] = _section()
    hosting_nouns: frozenset[str] = _section()
    domain_growth: frozenset[str] = _section()
    loose_adverbs: frozenset[str] = _section()
    generic_sets: frozenset[str] = _section()
    set_heads: frozenset[str] = _section()
    counted_proposals: frozenset[str] = _section()
    reject_heads: frozenset[str] = _section()
    actors: frozenset[str] = _section()
    back_references: frozenset[str] = _section()
    purpose_heads: frozenset[str] = _section()
    purpose_modifiers: frozenset[str] = _section()
    inf_reject: frozenset[str] = _section()
    agent_verbs: frozenset[str] = _section()
    action_wrappers: frozenset[str] = _section()
    strict_wrappers: frozenset[str] = _section()
    addressees: frozenset[str] = _section()
    addressee_preps: dict[str, str] = _section(_mapping)
    order_generic: frozenset[str] = _section()
    including: frozenset[tuple[str, ...]] = _section(_pairs)
    norm_references: frozenset[tuple[str, ...]] = _section(_pairs)
    list_verbs: frozenset[str] = _section()
    quantifiers: frozenset[str] = _section()
    enum_prefixes: frozenset[tuple[str, ...]] = _section(_pairs)
    pp_enum: frozenset[str] = _section()
    list_joiners: frozenset[str] = _section()
    also_joiners: frozenset[tuple[str, ...]] = _section(_pairs)
    ordinals: frozenset[str] = _section()
    bullets: frozenset[str] = _section(_tags)
    proposal_heads: frozenset[str] = _section()
    cataphors: frozenset[str] = _section()
    chair_heads: frozenset[str] = _section()
    chair_handovers: frozenset[str] = _section()
    chair_takeovers: frozenset[str] = _section()
    chair_batons: frozenset[str] = _section()
    time_clauses: frozenset[str] = _section()
    becoming: frozenset[str] = _section()
    importance_cues: frozenset[tuple[str, ...]] = _section(_pairs)
    carried_on: frozenset[str] = _section()
    complicity: frozenset[tuple[str, ...]] = _section(_pairs)
    restrictions: frozenset[str] = _section()
    deed_wrappers: frozenset[tuple[str, ...]] = _section(_pairs)
    being: frozenset[str] = _section()
    suspensions: frozenset[str] = _section()
    suspended_places: frozenset[str] = _section()
    activities: frozenset[str] = _section()
    entering: frozenset[str] = _section()
    founders: frozenset[str] = _section()
    possessives: frozenset[str] = _section()
    by_author: frozenset[str] = _section()
    country_sides: frozenset[str] = _section()
    aspectual: frozenset[str] = _section()
    readiness: frozenset[str] = _section()
    progress_verbs: frozenset[str] = _section()
    obligations: frozenset[str] = _section()
    participle_stances: frozenset[str] = _section()
    relative_pronouns: frozenset[str] = _section()
    works: frozenset[str] = _section()
    applications: frozenset[str] = _section()
    joined_as: frozenset[str] = _section()
    member_bodies: frozenset[str] = _section()
    recalls: frozenset[str] = _section()
    creating: frozenset[str] = _section()
    wrapped_kinds: frozenset[str] = _section()
    accession: frozenset[str] = _section()
    joined_via: frozenset[str] = _section()
    member_nouns: frozenset[str] = _section()
    status_nouns: frozenset[str] = _section()
    procedures: frozenset[str] = _section()
    states_held: frozenset[str] = _section()
    correlatives: frozenset[str] = _section()
    upcoming: frozenset[str] = _section()
    meetings: frozenset[str] = _section()
    meeting_marks: frozenset[str] = _section()
    current_meetings: frozenset[str] = _section()
    meeting_preparations: frozenset[str] = _section()
    invitations: frozenset[str] = _section()
    aspect_openers: frozenset[str] = _section()
    set_openers: frozenset[str] = _section()
    time_preps: frozenset[str] = _section()
    since_nouns: frozenset[str] = _section()
    body_growth: frozenset[str] = _section()
    body_parts: frozenset[str] = _section()
    bare_generic: frozenset[str] = _section()
    mottos: frozenset[str] = _section()
    quoted_heads: frozenset[str] = _section()
    missions: frozenset[str] = _section()
    cap_projects: frozenset[str] = _section()
    place_list_heads: frozenset[str] = _section(_place_list_heads)
    compass: frozenset[str] = _section()
    transformations: frozenset[str] = _section()
    mention_openers: frozenset[str] = _section()
    authored: frozenset[str] = _section()
    authoring_stances: frozenset[str] = _section()
    authorship_verbs: frozenset[str] = _section()
    threat_wrappers: frozenset[str] = _section()
    first_person: frozenset[str] = _section()
    speaker_pronouns: frozenset[str] = _section()
    asides: frozenset[str] = _section()
    reported_by: frozenset[str] = _section()
    strip_wrappers: frozenset[str] = _section()
    clause_verbs: dict[str, str] = _section(_mapping)
    clause_openers: frozenset[str] = _section()
    reason_openers: frozenset[str] = _section()
    format_heads: frozenset[str] = _section()
    clause_results: frozenset[str] = _section()
    zero_suffix_actions: frozenset[str] = _section()
    intent_nouns: frozenset[str] = _section()
    inverted_nouns: frozenset[str] = _section()
    inverted_authors: frozenset[str] = _section()
    inverted_verbs: frozenset[str] = _section()
    re_mention_pronouns: frozenset[str] = _section()
    receiving: frozenset[str] = _section()
    received: frozenset[str] = _section()
    subject_pronouns: frozenset[str] = _section()
    frame_nouns: frozenset[str] = _section()
    excluding_preps: frozenset[str] = _section()
    conditionals: frozenset[str] = _section()
    wished: frozenset[str] = _section()

    @classmethod
    def load(cls) -> Words:
        return cls(**{f.name: f.metadata["read"](f.name) for f in fields(cls)})




@dataclass(frozen=True)
class Lexicon:
    """Everything the stage looks words up in; built once per Extractor, never changed."""

    words: Words
    stances: Gazetteer[StancePhrase]
    heads: Gazetteer[KindEntry]
    #: single-lemma verbs of data/initiative_kinds.tsv: "создать" makes an institution_building step
    verbs: dict[str, KindEntry]
    named: Gazetteer[NamedInitiative]
    #: lemmas that put a sentence in someone's words ("заявил", "по его словам", "мы")
    speech: frozenset[str]
    titles: frozenset[str]

    @classmethod
    def load(cls, registries: Sequence[str] = ()) -> Lexicon:
        """The bundled lexicons and users' registries (checked here: a bad file raises LexiconError)."""
        verbs = {key[0]: e for key, e in kind_entries().items() if len(key) == 1 and e.role in VERB_ROLES}
        stances = stance_gazetteer()
        _ = stances.first_forms  # computed now: nothing the stage holds changes once it is frozen
        heads = head_gazetteer()
        _ = heads.first_forms
        return cls(words=Words.load(), stances=stances, heads=heads, verbs=verbs,
                   named=registry(registries), speech=word_file("speech_verbs.txt") | {"мы", "я"},
                   titles=word_file("speaker_titles.txt"))
