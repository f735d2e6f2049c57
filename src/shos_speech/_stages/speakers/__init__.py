"""Speakers and attribution: who is speaking at each character of the text.

A Speaker is a person whose statement is reported: the subject of a speech verb (заявил,
подчеркнул, поблагодарил ...), the author of a quote ("...", — заявил Токаев), the person
behind "По его словам" and a title referring back ("Президент подчеркнул", "глава российской
дипломатии"), the speaker a transcript's heading names, the interviewee who answers. The stage
reads one text so:

- lines in capitals are read in sentence case (:mod:`.casing`), and a sentence the segmenter
  joined after a name like "Ван И." is cut there (:mod:`.units`);
- the persons (:mod:`.persons`): natasha's PER spans and the names it misses (:mod:`.apposition`),
  each naming (:mod:`.mentions`) put in the nominative (:mod:`.names`) with its title
  (:mod:`.titles`) and given to a person once the whole text is read;
- who holds the floor by the layout (:mod:`.floor`): a transcript's speech (:mod:`.transcript`),
  the questions and answers of a dialogue (:mod:`.turns`);
- the speaker of each other sentence (:mod:`.sentences`, :mod:`.reporter`, :mod:`.refs`), the
  author of each quote (:mod:`.authors`), relative clauses that report (:mod:`.clauses`).

:class:`~.attribution.Attribution` then answers, for any offset, the name of the speaker whose
words stand there, or ``None`` for the text's own voice.
"""
from __future__ import annotations

from ..._core.stage import DocContext, Stage
from .attribution import Attribution
from .authors import quote_authors
from .casing import sentence_case
from .clauses import relative_speakers
from .grammar import Grammar
from .intervals import Intervals
from .persons import find_persons
from .quotes import document_quotes
from .sentences import sentence_speakers
from .units import split_after_short_names

__all__ = ["Attribution", "SpeakersStage"]


class SpeakersStage(Stage):
    name = "speakers"
    requires = ("document", "institutions")
    provides = ("speakers", "attribution")

    def __init__(self) -> None:
        self.grammar = Grammar.load()

    def __call__(self, ctx: DocContext) -> None:
        # lines in capitals are read in sentence case (same offsets); spans keep the text as given
        acronyms = [i.acronym for i in ctx.institutions if i.acronym]
        doc = split_after_short_names(sentence_case(ctx.doc, acronyms))
        bodies = Intervals(ctx.institution_spans())
        cast = find_persons(doc, bodies, self.grammar)
        quotes = document_quotes(ctx)
        whos = sentence_speakers(doc, quotes, cast, self.grammar, bodies)
        sentences = [(s.start, s.stop, who.name if who else None) for s, who in zip(doc.sentences, whos, strict=True)]
        authored = quote_authors(doc, quotes, whos, cast, self.grammar)
        clauses = relative_speakers(doc, quotes, cast, self.grammar)
        ctx.speakers = cast.speakers(ctx.doc.text)
        ctx.attribution = Attribution(sentences, authored, clauses)
