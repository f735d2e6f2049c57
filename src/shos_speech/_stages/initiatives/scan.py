"""One sentence under scan, the undertakings found in it, and the token tests every step shares.

A :class:`Scan` is made per sentence of one call: it carries the tokens, the document's
text, the spans of threats and institutions found by the earlier stages, and the stage's
lexicon, so that no step keeps anything of a text on the shared stage.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..._core.stage import DocContext
from ..._core.tokens import _View
from ...grammars.initiatives import NamedInitiative
from .lexicon import Lexicon, Words

#: a token of the core's token view: a word with its readings, or punctuation, a number, a Latin word
Token = _View

OPEN_QUOTES = "«“„"
CLOSE_QUOTES = "»”"


@dataclass(frozen=True)
class Spans:
    """Character spans ``[start, end)`` of what the earlier stages found in the document."""

    threats: tuple[tuple[int, int], ...]
    institutions: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, ctx: DocContext) -> Spans:
        return cls(tuple(ctx.threat_spans()), tuple(ctx.institution_spans()))


@dataclass(frozen=True)
class Scan:
    """A sentence's tokens with what the steps consult about them."""

    toks: list[Token]
    ctx: DocContext
    spans: Spans
    lex: Lexicon

    @property
    def text(self) -> str:
        return self.ctx.text

    @property
    def w(self) -> Words:
        return self.lex.words

    @property
    def n(self) -> int:
        return len(self.toks)

    def in_threat(self, k: int) -> bool:
        """Does token ``k`` start inside a threat?"""
        x = self.toks[k].span.start
        return any(a <= x < b for a, b in self.spans.threats)

    def in_institution(self, k: int) -> bool:
        """Does token ``k`` start inside an institution's mention?"""
        x = self.toks[k].span.start
        return any(a <= x < b for a, b in self.spans.institutions)

    def index_of(self, tok: Token) -> int:
        """The index of a token of this sentence."""
        return next(k for k, t in enumerate(self.toks) if t is tok)

    def lemma(self, k: int) -> str:
        """The lemma of token ``k``, or "" past the end (a look-ahead needs no bounds test)."""
        return self.toks[k].lemma if 0 <= k < len(self.toks) else ""

    def pos(self, k: int) -> str | None:
        return self.toks[k].pos if 0 <= k < len(self.toks) else None

    def value(self, k: int) -> str:
        return self.toks[k].value if 0 <= k < len(self.toks) else ""

    def also_at(self, k: int) -> int:
        """The length of an "also" joiner at token ``k`` ("а также", "равно как и"), or 0."""
        for phrase in self.w.also_joiners:
            if tuple(self.lemma(k + x) for x in range(len(phrase))) == phrase:
                return len(phrase)
        return 0

    def is_joiner(self, k: int) -> bool:
        """A word between conjuncts: ",", "и", "а", "также"."""
        t = self.toks[k]
        return t.value in (",", "и") or t.lemma in self.w.list_joiners

    def tight(self, i: int, j: int) -> bool:
        """No space between tokens ``i`` and ``j`` ("командно-штабные")."""
        return self.toks[i].span.stop == self.toks[j].span.start

    def is_noun(self, k: int) -> bool:
        """A noun by its first reading, or by another one unless the first is a function word or a verb."""
        t = self.toks[k]
        return t.pos == "NOUN" or (t.has("NOUN") and t.pos not in self.w.not_noun_pos)

    def plural(self, h: int) -> bool:
        """A plural head or one counted by a numeral ("три центра") announces an enumeration after a colon."""
        if self.toks[h].has("plur"):
            return True
        return any(self.toks[k].pos == "NUMR" or self.toks[k].is_int for k in range(max(0, h - 3), h))


def is_finite(tok: Token) -> bool:
    """A finite verb ends a phrase; an upper-case word is an acronym ("ТАПИ", parsed as "тапеть"), not a verb."""
    return tok.pos in ("VERB", "PRTS", "GRND") and not tok.is_acronym


def is_quote(tok: Token) -> bool:
    """An opening typographic quote or a straight one."""
    return tok.value in OPEN_QUOTES or tok.value == '"'


def is_noun_start(toks: list[Token]) -> bool:
    return any(t.pos == "NOUN" for t in toks[:4])


@dataclass(eq=False)
class Item:
    """An undertaking found: tokens ``[start, stop)`` of its sentence and what is known of it."""

    start: int
    stop: int
    stance: str
    #: how it was found: np | inf | enum | period | mention
    source: str
    head: int | None = None
    #: the stance predicate's tokens ([-1, -1) when the undertaking is its subject or has none)
    pred: int = -1
    pred_stop: int = -1
    proposer: str | None = None
    #: the head an enumerated item leaves out ("инициативы: в сфере X" -> "инициатива в сфере X")
    enum_head_lemma: str | None = None
    named: NamedInitiative | None = None
    #: the item whose list this one belongs to
    enum_of: Item | None = None
    #: the infinitive of an infinitive phrase
    verb: int | None = None
    #: a kind fixed when found (a declared period is an event, a place list a project)
    kind: str | None = None
    #: where the name of a declared period starts ("объявить 2026 год Годом X" -> "Год X")
    name_from: int | None = None
    #: a document of a list stands as an item even bare ("в том числе Стратегия")
    listed: bool = False
    #: an item whose enumeration replaced it
    replaced: bool = False
    #: an existing body's name: it lends its name to an overlapping item, it is none itself
    link_only: bool = False
    #: "Казахстан примет саммит": hosting an event
    hosting: bool = False
    #: taking part in a planned event ("примем участие в саммите"): it authors nothing
    planned: bool = False
    #: a name made when found ("председательство Кыргызской Республики в Организации")
    fixed_name: str | None = None
    #: the target named when found (who takes the chair)
    target: str | None = None
