"""A gazetteer: a large lexicon of phrases matched by a first-lemma index, and its yargy rule.

The big lexicons (the institution registry, named initiatives, stance predicates, priority
cues, threat heads) hold hundreds of phrases. As one yargy ``or_`` they make the Earley chart
predict every phrase at every token; indexed by the lemmas of their first word they cost a
dictionary look-up per token. :class:`Gazetteer` matches the phrases that way and
:attr:`Gazetteer.rule` is the same lexicon as a yargy rule, for composing into one's own
grammars: ``parser(g.rule).findall(tokens)`` and ``g.findall(tokens)`` give the same spans
(``tests/test_gazetteer.py`` checks it on the corpora).

A phrase is a tuple of :class:`Word`: a set of lemmas (any inflection matches), or exact
spellings (acronyms, Latin names), optionally required to be capitalized, or to be the
token's most probable reading. A :class:`Gap` lets a few words of a class stand between the
phrase's words ("выступаем *также* за", "подчеркнул *особую* важность").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import product
from typing import Generic, TypeVar

from yargy import and_, or_
from yargy.pipelines import PipelineBNFRule, PipelineProduction
from yargy.predicates import eq, is_capitalized
from yargy.record import Record
from yargy.rule.constructors import PipelineRule
from yargy.span import resolve_spans

from .._core.tokens import as_view
from .common import token_test

P = TypeVar("P")


@dataclass(frozen=True)
class Word:
    """One word of a phrase."""

    forms: frozenset[str]
    #: compare the token's spelling, not its lemmas (acronyms, Latin and numbers)
    exact: bool = False
    #: the token must start with a capital ("Совет" is a body, "совет" advice)
    cap: bool = False
    #: the lemma must be the token's most probable reading ("открытого" is открытый, not открыть)
    first_reading: bool = False

    def test(self, tok) -> bool:
        if self.cap and not tok.value[:1].isupper():
            return False
        if self.exact:
            return tok.value in self.forms
        if self.first_reading:
            return tok.lemma in self.forms
        return bool(tok.lemmas & self.forms)

    @cached_property
    def predicate(self):
        if not self.exact:
            return token_test(self.test, "word")  # lemma sets compared as the gazetteer does (ё folded)
        base = or_(*[eq(f) for f in sorted(self.forms)]) if len(self.forms) > 1 else eq(next(iter(self.forms)))
        return and_(base, is_capitalized()) if self.cap else base


@dataclass(frozen=True)
class Gap:
    """Up to ``max`` tokens passing ``test`` may stand before a phrase word."""

    test: Callable[[object], bool]
    max: int = 1

    @cached_property
    def predicate(self):
        return token_test(self.test, "gap")


@dataclass(frozen=True)
class Hit(Generic[P]):
    """A match: tokens ``[start, stop)`` of the list given, and the phrase's payload."""

    start: int
    stop: int
    payload: P
    words: tuple[Word, ...]


class Gazetteer(Generic[P]):
    """Phrases indexed by the forms of their first word; see the module docstring."""

    def __init__(self, entries: Iterable[tuple[Sequence[Word], P]], gap: Callable[[Word], Gap | None] | None = None,
                 name: str = "GAZETTEER") -> None:
        self.name = name
        self._gap = gap
        self.entries: list[tuple[tuple[Word, ...], P]] = []
        self._index: dict[str, list[int]] = {}
        for words, payload in entries:
            words = tuple(words)
            if not words:
                continue
            k = len(self.entries)
            self.entries.append((words, payload))
            for f in words[0].forms:
                self._index.setdefault(f, []).append(k)
        # longer phrases first: at one start the longest decides
        for ks in self._index.values():
            ks.sort(key=lambda k: -len(self.entries[k][0]))

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def first_forms(self) -> frozenset[str]:
        """Forms a phrase can begin with: the cheap test of whether a sentence can hold a match."""
        return frozenset(self._index)

    def _candidates(self, tok) -> Sequence[int]:
        """Entries whose first word may be ``tok``, longer phrases first, then in file order (the
        order of each index list). Most tokens open no phrase: that answer costs two lookups."""
        index = self._index
        # a word by its spelling and lemmas; a non-word's lemma is its lowercased spelling
        found = [ks for key in (tok.value, *tok.lemmas) if (ks := index.get(key))]
        if not found:
            return ()
        if len(found) == 1:
            return found[0]  # read only
        return sorted(set().union(*found), key=lambda k: (-len(self.entries[k][0]), k))

    def _ends(self, words: tuple[Word, ...], tokens: Sequence, i: int) -> list[int]:
        """Every end (exclusive) of an alignment of ``words`` starting at ``tokens[i]``."""
        if not words[0].test(tokens[i]):
            return []
        ends = [i + 1]
        for w in words[1:]:
            gap = self._gap(w) if self._gap else None
            nxt: set[int] = set()
            for e in ends:
                j, skipped = e, 0
                while j < len(tokens):
                    if w.test(tokens[j]):
                        nxt.add(j + 1)
                    if gap is None or skipped >= gap.max or not gap.test(tokens[j]):
                        break
                    j += 1
                    skipped += 1
            ends = sorted(nxt)
            if not ends:
                return []
        return ends

    def matches_at(self, tokens: Sequence, i: int) -> list[Hit[P]]:
        """Every match starting at ``tokens[i]``, longest span first (ties: longer phrase, then file order)."""
        out = []
        for k in self._candidates(tokens[i]):
            words, payload = self.entries[k]
            for e in self._ends(words, tokens, i):
                out.append(Hit(i, e, payload, words))
        out.sort(key=lambda h: -h.stop)
        return out

    def longest_at(self, tokens: Sequence, i: int) -> Hit[P] | None:
        hits = self.matches_at(tokens, i)
        return hits[0] if hits else None

    def findall(self, tokens: Sequence) -> list[Hit[P]]:
        """Non-overlapping matches covering the most tokens: yargy's ``Parser.findall`` resolution."""
        best: dict[tuple[int, int], Hit[P]] = {}
        for i in range(len(tokens)):
            for h in self.matches_at(tokens, i):
                best.setdefault((h.start, h.stop), h)
        spans = sorted(best, key=lambda s: (s[0], -s[1]))  # yargy's order: by start, the longer first
        return [best[s] for s in resolve_spans(spans)]

    def greedy(self, tokens: Sequence) -> list[Hit[P]]:
        """Left to right, the longest match at each start: the resolution of a trigger scan."""
        out, i = [], 0
        while i < len(tokens):
            h = self.longest_at(tokens, i)
            if h is None:
                i += 1
                continue
            out.append(h)
            i = h.stop
        return out

    def productions(self) -> Iterator[tuple[Word, list]]:
        """Each phrase as yargy predicate sequences, one per number of gap words at each joint."""
        for words, _payload in self.entries:
            options = []
            for w in words[1:]:
                gap = self._gap(w) if self._gap else None
                options.append(range(gap.max + 1) if gap else range(1))
            for counts in product(*options):
                terms = [words[0].predicate]
                for w, n in zip(words[1:], counts, strict=True):
                    gap = self._gap(w) if self._gap else None
                    terms += [gap.predicate] * n if gap else []
                    terms.append(w.predicate)
                yield words[0], terms

    @cached_property
    def rule(self):
        """The lexicon as one yargy rule: a pipeline indexed like the gazetteer, for composing."""
        return PipelineRule(_GazetteerPipeline(self)).named(self.name)


class _GazetteerPipeline(Record):
    """yargy's pipeline protocol (``activate``, ``as_bnf``) over a gazetteer's phrases."""

    __attributes__ = ["gazetteer"]
    label = "gazetteer"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def activate(self, _context):
        return self

    @property
    def as_bnf(self):
        return _GazetteerBNF(self.gazetteer)


class _GazetteerBNF(PipelineBNFRule):
    """Predicts only the phrases whose first word's forms the next token has (the gazetteer's index)."""

    abbr = "gazetteer"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        super().__init__([PipelineProduction(first, terms) for first, terms in gazetteer.productions()])

    def build_index(self, productions):
        index: dict[str, list] = {}
        for production in productions:
            for form in production.value.forms:
                index.setdefault(form, []).append(production)
        return index

    def predict(self, token):
        tok = as_view(token)
        seen = set()
        for key in {tok.value} | tok.lemmas:
            for production in self.index.get(key, ()):
                if id(production) not in seen:
                    seen.add(id(production))
                    yield production


def name_words(name: str) -> tuple[Word, ...]:
    """A registry name as gazetteer words: inflected words by their lemmas, acronyms, Latin
    and numbers by their spelling; a capitalized name must start with a capital in the text
    ("Консультативная встреча" is a body, "консультативные встречи" an event)."""
    from .._core.tokens import tokenize

    out = []
    for k, tok in enumerate(tokenize(name)):
        exact = not tok.is_word or tok.is_acronym
        forms = frozenset({tok.value}) if exact else tok.lemmas
        out.append(Word(forms, exact=exact, cap=k == 0 and not exact and tok.is_cap))
    return tuple(out)
