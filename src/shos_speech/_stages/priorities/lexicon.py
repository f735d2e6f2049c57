"""The word classes the priorities stage tests words against, read when the stage is built.

Each class is a section of ``data/words/priorities.txt`` (a field of :class:`Vocabulary` of
the same name); the head classes come from the non-cue rows of ``data/priority_cues.tsv``
and the areas from ``data/areas.tsv``. A missing section or a bad row fails when the
Extractor is built, not at the first text that needs it.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from ..._core import lexicon
from ..._core.tokens import fold
from ...errors import LexiconError
from ...grammars.priorities import KIND, cue_rows
from ...models import Area


@dataclass(frozen=True)
class Vocabulary:
    """The word classes of ``data/words/priorities.txt`` (see the file for what each holds)."""

    counted_openers: frozenset[str]
    copulas: frozenset[str]
    linking_infinitives: frozenset[str]
    link_verbs: frozenset[str]
    modal_verbs: frozenset[str]
    locative_cue_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    dative_cue_verbs: frozenset[str]
    drawing_verbs: frozenset[str]
    placing_verbs: frozenset[str]
    copular_naming: frozenset[str]
    time_nouns: frozenset[str]
    time_prepositions: frozenset[str]
    fillers: frozenset[str]
    parenthetical_nouns: frozenset[str]
    parenthetical_verbs: frozenset[str]
    parenthetical_words: frozenset[str]
    degree_words: frozenset[str]
    manner_words: frozenset[str]
    clause_stops: frozenset[str]
    asides: frozenset[str]
    circumstance_words: frozenset[str]
    clause_openers: frozenset[str]
    demonstratives: frozenset[str]
    phrase_pronouns: frozenset[str]
    task_heads: frozenset[str]
    focus_nouns: frozenset[str]
    named_project_heads: frozenset[str]
    status_heads: frozenset[str]
    membership_roles: frozenset[str]
    goal_words: frozenset[str]
    importance_nouns: frozenset[str]
    rankless_nouns: frozenset[str]
    fronting_pronouns: frozenset[str]
    actor_nouns: frozenset[str]
    partnership_heads: frozenset[str]
    necessity_heads: frozenset[str]
    negation_exceptions: frozenset[str]
    double_negators: frozenset[str]
    explaining_verbs: frozenset[str]
    possessives: frozenset[str]
    as_nouns: frozenset[str]
    prevention_verbs: frozenset[str]
    loss_verbs: frozenset[str]
    momentum_nouns: frozenset[str]
    neglect_verbs: frozenset[str]
    neglect_negators: frozenset[str]
    overrating_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    hypothetical_words: frozenset[str]
    noting_verbs: frozenset[str]
    duty_words: frozenset[str]
    proposal_words: frozenset[str]
    relative_adverbs: frozenset[str]
    #: "в том, чтобы": what an explaining verb opens before a goal's item, as written
    explaining_openers: frozenset[tuple[str, ...]]
    #: "так и", "но и": the second part of a correlative pair, after its comma, as written
    correlative_seconds: frozenset[tuple[str, ...]]
    #: "в первую очередь": fillers of several words, as written (lowercase)
    filler_phrases: frozenset[tuple[str, ...]]
    #: "прежде всего": the opening of an answer that names the first of several, as written
    first_openers: frozenset[tuple[str, ...]]
    #: "речь идет": the opening of a sentence that spells out the priority before it, as written
    elaborating_openers: frozenset[tuple[str, ...]]
    #: "включая", "в том числе": the words that open an aside inside a list, as written
    aside_openers: frozenset[tuple[str, ...]]
    #: "прежде всего", "в первую очередь": a restriction a cue holds before its preposition, as written
    restricting_phrases: frozenset[tuple[str, ...]]
    #: "Среди них – X, Y": the opening of a sentence that lists the items of the cue before it
    anaphoric_openers: frozenset[tuple[str, ...]]
    #: "Далее — X", "И наконец, X": the opening of a sentence that names the open list's next item, as written
    continuing_openers: frozenset[tuple[str, ...]]
    #: ", а также" before a cue's preposition repeated: what joins its next object, as written
    preposition_joiners: frozenset[tuple[str, ...]]
    #: "из виду", "без внимания": the fixed complements of the verbs of neglect, as written
    neglect_complements: frozenset[tuple[str, ...]]
    #: "среди которых": a relative clause of inclusion that lists a cue noun's items, as written
    inclusive_relatives: frozenset[tuple[str, ...]]

    @property
    def linking(self) -> frozenset[str]:
        """Infinitives that link a cue to its phrase: the copulas and "уделить", "сосредоточиться" ..."""
        return self.copulas | self.linking_infinitives

    @property
    def linking_verbs(self) -> frozenset[str]:
        """Verbs that link a phrase before a cue to it: "X является / находится приоритетом"."""
        return self.copulas | self.link_verbs


@dataclass(frozen=True)
class Numbers:
    """The numbered word classes: ranks and counts."""

    ordinals: dict[str, int]
    enumerators: dict[str, int]
    counts: dict[str, int]


@dataclass(frozen=True)
class Heads:
    """Classes of a phrase's head from ``data/priority_cues.tsv`` (its non-cue rows)."""

    #: "направления", "вопросы": no content of their own
    generic: frozenset[str]
    #: "подписание", "реализация": a concrete undertaking when what they govern is concrete
    undertaking: frozenset[str]
    #: "соглашение", "программа", "форум": a document, body, project or event
    concrete: frozenset[str]
    #: "проблема", "угроза": a danger (a Threat), not a direction of activity
    danger: frozenset[str]


#: the sections read as word sequences, not single words: the fields typed as sets of tuples
_SEQUENCES = frozenset(f.name for f in fields(Vocabulary) if "tuple" in str(f.type))


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(**{f.name: (lexicon.word_pairs if f.name in _SEQUENCES else lexicon.words)(KIND, f.name)
                         for f in fields(Vocabulary)})


@dataclass(frozen=True)
class Nominalizing:
    """How an infinitive becomes its verbal noun (``data/words/priorities.txt``)."""

    #: (verb suffix, noun suffix), tried in order: "ить ение"
    suffixes: tuple[tuple[str, str], ...]
    #: (stem end, its alternant), tried in order: "с ш" (повысить -> повышение)
    alternations: tuple[tuple[str, str], ...]
    #: verb -> noun where no rule gives it: "вернуть возвращение"
    irregular: dict[str, str]


@cache
def nominalizing() -> Nominalizing:
    def pairs(section: str) -> list[tuple[str, str]]:
        out = []
        for line in lexicon.section_lines(KIND, section):
            a, _, b = line.partition(" ")
            if not b.strip():
                raise LexiconError(lexicon.data_path(f"words/{KIND}.txt"), f"[{section}]: two words a line: {line!r}")
            out.append((fold(a), fold(b.strip())))
        return out

    return Nominalizing(tuple(pairs("nominalizations")), tuple(pairs("alternations")),
                        dict(pairs("verbal_nouns")))


@cache
def numbered() -> Numbers:
    return Numbers(**{f.name: lexicon.numbers(KIND, f.name) for f in fields(Numbers)})


@cache
def heads() -> Heads:
    rows = cue_rows()
    return Heads(**{f.name: frozenset(fold(r["phrase"]) for r in rows if r["strength"] == f.name)
                    for f in fields(Heads)})


@cache
def area_weights() -> dict[str, tuple[Area, int]]:
    """lemma -> (area, weight): the area a word speaks for and how strongly (``data/areas.tsv``)."""
    path = lexicon.data_path("areas.tsv")
    out: dict[str, tuple[Area, int]] = {}
    for row in lexicon.read_tsv(path, required=("lemma", "area")):
        try:
            out[fold(row["lemma"])] = (Area(row["area"]), int(row.get("weight") or 1))
        except ValueError as e:
            raise LexiconError(path, f"bad area or weight: {e}", row.line) from None
    return out


def load() -> None:
    """Read every lexicon of the stage now (when the Extractor is built)."""
    from ...grammars.priorities import rules
    from .infinitives import verb_parser
    from .phrases import np_parser

    vocabulary()
    numbered()
    nominalizing()
    heads()
    area_weights()
    rules()
    np_parser()
    verb_parser()
