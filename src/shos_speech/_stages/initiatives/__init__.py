"""Initiatives: undertakings a speaker takes a stance on, with kind, proposer and target.

One sentence at a time: the stance predicates (``grammars.initiatives.STANCE``) and what
each governs (:mod:`.predicates`, :mod:`.objects`; lists of proposals :mod:`.lists`, sets
of documents :mod:`.documents`), the items of a list an earlier sentence opened, the
undertakings named without a stance (:mod:`.mentions`) and the chairmanships handed over
(:mod:`.chairs`), the choice among overlapping items (:mod:`.selection`), then each item
as an Initiative (:mod:`.output`: kind, name, proposer, target, speaker).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.stage import DocContext, Stage
from . import chairs, lists, meetings
from .complicity import complicit, complicity_words
from .inverted import inverted, inverted_words
from .lexicon import Lexicon
from .memberships import joining_words, memberships
from .mentions import without_stance
from .output import to_initiative
from .predicates import carried_to_mentions, governed, reported, stance_predicates
from .scan import Item, Scan, Spans
from .selection import select
from .trailing import fronted_objects, trailing_stances, trailing_words

#: what earlier stages found that an undertaking is not: bodies and threats
_NOT_UNDERTAKINGS = ("institutions", "threats")


class InitiativesStage(Stage):
    name = "initiatives"
    #: the speakers: whose side "мы предлагаем" is (a country the text gives them)
    requires = ("document", "attribution", "speakers", *_NOT_UNDERTAKINGS)
    provides = ("initiatives",)

    def __init__(self, registries: Sequence[str] = ()) -> None:
        """``registries``: users' JSON files of named initiatives, read and checked now."""
        self.lex = Lexicon.load(registries)
        self.joining = joining_words(self.lex.words)
        self.trailing = trailing_words(self.lex.words)
        self.complicity = complicity_words(self.lex.words)
        self.inverted = inverted_words(self.lex.words)

    def __call__(self, ctx: DocContext) -> None:
        spans = Spans.of(ctx)
        before: frozenset[str] = frozenset()  # the lemmas of the sentence before
        for sent in ctx.doc.sentences:
            if not sent.tokens:
                continue
            s = Scan(sent.tokens, ctx, spans, self.lex)
            listed = lists.carried(s)  # the items of a list an earlier sentence opened, with its stance
            # no predicate can start in a sentence without one of their first words: the cheap test first
            preds = stance_predicates(s) if sent.lemma_set & self.lex.stances.first_forms else []
            found = listed + [it for p in preds for it in governed(s, p)] + lists.proposal_head(s, preds)
            found += fronted_objects(s, preds)
            if sent.lemma_set & self.inverted:
                found += inverted(s)  # "С инициативой X выступила российская сторона": the author after the verb
            if sent.lemma_set & self.complicity:
                # the deeds of those a measure names come first: "выступающие за X" there opposes X
                found = complicit(s, bool((sent.lemma_set | before) & self.lex.words.restrictions)) + found
            before = sent.lemma_set
            joins = memberships(s, preds) if sent.lemma_set & self.joining else []
            mentions = self._mentions(s, sent.lemma_set) + joins + chairs.handovers(s, preds)
            carried_to_mentions(s, preds, mentions)
            if sent.lemma_set & self.trailing:
                trailing_stances(s, preds, mentions)
            kept = select(s, found, mentions)
            for it in kept:
                if it.stance == "mentions" and s.toks[it.start].lemma in self.lex.words.wished and reported(s):
                    it.stance = "supports"  # "Особое значение имеет скорейший запуск центра": a step wished done
            ctx.initiatives.extend(to_initiative(s, it) for it in kept)

    def _mentions(self, s: Scan, lemmas: frozenset[str]) -> list[Item]:
        """The undertakings named without a stance, with the meetings announced; a meeting named by its
        quoted format and reported on is none (:mod:`.meetings`)."""
        named = without_stance(s)
        if not lemmas & self.lex.words.meetings:
            return named
        return [it for it in named if not meetings.narrated(s, it)] + meetings.announced(s)


def found_by_predicates(s: Scan) -> list[Item]:
    """The objects of the sentence's stance predicates, in the order of the predicates."""
    return [it for p in stance_predicates(s) for it in governed(s, p)]
