"""Threats: named dangers, their categories and nominative names (ONTOLOGY §3).

The stage finds the sentences holding a trigger word (``grammars.threats.TRIGGER``),
parses the THREAT rule anchored at each trigger (``scan``), reads each match through the
lexicon (``analysis``: what the lexicon supports, coordination, span, names) and leaves out
phrases inside institution names.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.lexicon import data_path, read_tsv, words
from ..._core.stage import DocContext, Stage
from ...grammars.common import parser
from ...grammars.threats import build_rules, bundled_rules, context_gazetteer, trigger_gazetteer
from ...models import Span, Threat
from .analysis import Candidate, Scope
from .carriers import with_carriers, with_counts
from .context import context_threats, escalation_words, related_hits
from .ellipsis import with_elliptic_lists
from .filters import framed, in_preposition, inside_body_name, opposed_undertaking, sourced_state
from .governing import with_governing_heads
from .lexicon import build_lexicon, bundled_lexicon
from .members import with_members
from .predicates import listing_hits, predicate_hits
from .processes import process_threats, process_verbs
from .scan import find
from .shared import with_shared_dependents
from .spans import with_agents, with_quotes


class ThreatsStage(Stage):
    name = "threats"
    requires = ("document", "institutions", "attribution")
    provides = ("threats",)

    def __init__(self, lexicons: Sequence[str] = ()) -> None:
        """``lexicons``: users' threat TSV files (``phrase<TAB>category``), read and checked here."""
        self.lexicon = build_lexicon(lexicons) if lexicons else bundled_lexicon()
        rules = build_rules(self.lexicon) if lexicons else bundled_rules()
        self.parser = parser(rules.THREAT)
        self.np_parser = parser(rules.NP_THREAT)
        self.context_parser = parser(rules.CONTEXT_NP)
        self.trigger = trigger_gazetteer(self.lexicon)
        self.context_cue = context_gazetteer()
        self.escalation = escalation_words()
        # the words a context threat can hinge on: the cues, escalation and damage nouns, the danger nouns
        # of "связанные с", of lists and of predicates ([predicate_dangers] is within [related_heads])
        self.context_words = self.context_cue.first_forms | self.escalation.keys() | words("threats", "damage_heads") \
            | words("threats", "related_heads") | words("threats", "uncontrolled")
        self.triggers = self.lexicon.triggers
        self.process_words = frozenset(process_verbs())
        self.body_heads = frozenset(r["lemma"].replace("ё", "е") for r in read_tsv(data_path("institution_heads.tsv")))

    def __call__(self, ctx: DocContext) -> None:
        blocked = ctx.institution_spans()
        seen: set[tuple[int, int, str]] = set()
        for sent in ctx.doc.sentences:
            for c in self._sentence(ctx.text, sent, blocked):
                key = (c.start, c.stop, c.name)
                if key in seen:
                    continue
                seen.add(key)
                span = Span.of(ctx.text, c.start, c.stop)
                ctx.threats.append(Threat(span=span, name=c.name, category=c.category,
                                          speaker=ctx.speaker_at(span.start)))

    def _sentence(self, text: str, sent, blocked: list[tuple[int, int]]) -> list[Candidate]:
        lemmas = sent.lemma_set
        by_lexicon = bool(lemmas & self.trigger.first_forms)
        by_context = bool(lemmas & self.context_words)
        by_process = bool(lemmas & self.process_words)
        if not (by_lexicon or by_context or by_process):
            return []
        scope = Scope(text, sent.tokens, sent.index, self.lexicon, self.triggers, self.np_parser)
        found = []
        if by_lexicon:
            triggers = [h.start for h in self.trigger.findall(sent.tokens)]
            found = find(scope, self.parser, triggers, blocked, self.body_heads)
        if by_context:
            covered = [(sent.index[c.head.span.start], sent.index[c.head.span.start] + 1) for c in found]
            covered += [_token_range(sent, c) for c in found]
            hits = sorted([*self.context_cue.findall(sent.tokens), *related_hits(sent.tokens)], key=lambda h: h.stop)
            hits += predicate_hits(sent.tokens) + listing_hits(sent.tokens)
            more = context_threats(scope, self.context_parser, hits, covered, self.escalation)
            found += [c for c in more if not any(a <= c.head.span.start < b for a, b in blocked)
                      and not inside_body_name(sent.tokens, sent.index, c.start, self.body_heads)]
        if by_process:
            found += process_threats(scope, self.context_parser, [_token_range(sent, c) for c in found])
        found = [c for c in found if not framed(sent.tokens, sent.index, c.start, c.head)
                 and not opposed_undertaking(sent.tokens, sent.index, c.start, c.head, c.stop)
                 and not in_preposition(sent.tokens, sent.index, c.start)
                 and not sourced_state(sent.tokens, sent.index, c.start, c.stop, c.head)]
        found = with_quotes(scope, with_counts(scope, with_governing_heads(scope, with_carriers(scope, found))))
        found = with_elliptic_lists(scope, with_shared_dependents(scope, sorted(found, key=lambda c: c.start)))
        return sorted(with_members(scope, with_agents(scope, found)), key=lambda c: c.start)


def _token_range(sent, c: Candidate) -> tuple[int, int]:
    """Token indices ``[a, b)`` of a candidate's span."""
    a = next(k for k, t in enumerate(sent.tokens) if t.span.start >= c.start)
    b = next((k for k, t in enumerate(sent.tokens) if t.span.start >= c.stop), len(sent.tokens))
    return a, b
