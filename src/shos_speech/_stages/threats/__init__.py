"""Threats: named dangers, their categories and nominative names (ONTOLOGY §3).

The stage finds the sentences holding a trigger word (``grammars.threats.TRIGGER``),
parses the THREAT rule anchored at each trigger (``scan``), reads each match through the
lexicon (``analysis``: what the lexicon supports, coordination, span, names) and leaves out
phrases inside institution names.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..._core.lexicon import data_path, read_tsv
from ..._core.stage import DocContext, Stage
from ...grammars.common import parser
from ...grammars.threats import build_rules, bundled_rules, trigger_gazetteer
from ...models import Span, Threat
from .analysis import Scope
from .lexicon import build_lexicon, bundled_lexicon
from .scan import find


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
        self.trigger = trigger_gazetteer(self.lexicon)
        self.triggers = self.lexicon.triggers
        self.body_heads = frozenset(r["lemma"].replace("ё", "е") for r in read_tsv(data_path("institution_heads.tsv")))

    def __call__(self, ctx: DocContext) -> None:
        blocked = ctx.institution_spans()
        seen: set[tuple[int, int, str]] = set()
        for sent in ctx.doc.sentences:
            if not sent.lemma_set & self.trigger.first_forms:
                continue
            triggers = [h.start for h in self.trigger.findall(sent.tokens)]
            scope = Scope(ctx.text, sent.tokens, sent.index, self.lexicon, self.triggers, self.np_parser)
            for c in find(scope, self.parser, triggers, blocked, self.body_heads):
                key = (c.start, c.stop, c.name)
                if key in seen:
                    continue
                seen.add(key)
                span = Span.of(ctx.text, c.start, c.stop)
                ctx.threats.append(Threat(span=span, name=c.name, category=c.category,
                                          speaker=ctx.speaker_at(span.start)))
