"""pymorphy3 behind natasha's and yargy's morphology hooks.

natasha 1.6 and yargy 0.16 are written against pymorphy2, whose dictionary lookup
imports ``pkg_resources``. That module is gone from setuptools >= 81 and absent from
venvs created without setuptools, so ``MorphVocab()`` and ``yargy.Parser`` fail there
with ``ModuleNotFoundError``. pymorphy3 is the maintained fork with the same API and
finds its dictionaries without ``pkg_resources``.

Rather than aliasing modules, we use the hooks both libraries expose:

* yargy: ``MorphTokenizer(morph=...)`` takes any analyzer; :func:`yargy_morph` wraps a
  pymorphy3 analyzer in yargy's own :class:`yargy.morph.MorphAnalyzer`. We also point
  yargy's default at pymorphy3 so that a plain ``yargy.Parser(rule)`` built by a user
  around our grammars works too.
* natasha: ``Doc.lemmatize`` / ``Span.normalize`` take a ``morph_vocab`` argument;
  :class:`MorphVocab` is natasha's class rebuilt on pymorphy3.
"""
from __future__ import annotations

from functools import lru_cache

import pymorphy3
import yargy.morph
from pymorphy3.analyzer import Parse as _Parse

_ANALYZER: pymorphy3.MorphAnalyzer | None = None


def analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide pymorphy3 analyzer (dictionaries load once, ~15 MB)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@lru_cache(maxsize=200_000)
def parse(word: str) -> tuple:
    """Cached pymorphy3 parses of one word (tuple, so callers cannot mutate the cache)."""
    return tuple(analyzer().parse(word))


class _CachedYargyMorph(yargy.morph.MorphAnalyzer):
    """yargy's analyzer over pymorphy3 with a large cache: archives repeat words a lot."""

    def __init__(self, raw: pymorphy3.MorphAnalyzer | None = None) -> None:
        super().__init__(raw or analyzer())
        self._cached = lru_cache(maxsize=200_000)(super().__call__)

    def __call__(self, word: str):  # type: ignore[override]
        return self._cached(word)


_YARGY_MORPH: _CachedYargyMorph | None = None


def yargy_morph() -> _CachedYargyMorph:
    """The shared yargy analyzer (pymorphy3-backed)."""
    global _YARGY_MORPH
    if _YARGY_MORPH is None:
        _YARGY_MORPH = _CachedYargyMorph()
    return _YARGY_MORPH


# yargy's default analyzer (used by ``yargy.Parser(rule)`` without a tokenizer) builds
# ``PymorphyAnalyzer()`` from this module global: make it pymorphy3's.
yargy.morph.PymorphyAnalyzer = pymorphy3.MorphAnalyzer


def _natasha_morph_vocab_class():
    """natasha's MorphVocab rebuilt on pymorphy3 (same methods, same MorphForm API)."""
    from natasha.morph import vocab as nv

    class MorphForm(_Parse):
        def __new__(cls, *args):
            self = _Parse.__new__(cls, *args)
            self.normal = self.normal_form
            self.pos = nv.ud_pos(self.tag)
            self.feats = dict(nv.ud_feats(self.tag))
            return self

        def inflect(self, grams):
            return _Parse.inflect(self, set(nv.oc_grams(grams)))

    class MorphVocab(pymorphy3.MorphAnalyzer):
        def __init__(self) -> None:
            pymorphy3.MorphAnalyzer.__init__(self, result_type=MorphForm)

        parse = lru_cache(10_000)(pymorphy3.MorphAnalyzer.parse)
        __call__ = parse

        def lemmatize(self, word, pos, feats):
            from natasha.morph.lemma import lemmatize

            return lemmatize(self, word, pos, feats)

    return MorphVocab


MorphVocab = _natasha_morph_vocab_class()
