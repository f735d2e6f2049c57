"""The threat lexicon: citation phrases read the way Russian builds them, and the look-up of a phrase.

``data/threats.tsv`` maps citation phrases to a ThreatCategory. Each entry is read as a
noun phrase: the first noun is the HEAD, adjectives before it are required modifiers, words
after it are required complements (matched by lemma, in order). ``data/threat_generic.txt``
lists phrases that name no phenomenon ("угрозы безопасности"); they compete with the threat
entries and the longest entry decides. ``data/threat_cues.txt`` holds the words around a
threat: ``[history]`` (a conflict after them is a past event), ``[intensifier]`` (left out of
a name), ``[attempt]`` (the verbs of "попытки дестабилизировать ...").
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..._core.compiled import compiled
from ..._core.countries import word_forms
from ..._core.lexicon import LexiconError, data_path, read_lines, read_sections, read_tsv
from ..._core.tokens import fold, tokenize
from ...models import ThreatCategory
from ...normalize import head_index

#: punctuation a lexicon phrase may contain; never a word of the entry
PUNCT = '-,"«»“”„()'
#: first readings of verb forms whose noun reading heads an entry ("наплыв" reads first as a gerund)
VERBAL = frozenset({"GRND", "VERB", "INFN", "PRTS"})


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: head lemma, required modifiers and complement words."""

    phrase: str
    category: ThreatCategory | None  # None: a generic phrase that names no threat
    head: str
    prefix: str | None  # "интернет" of "интернет-мошенничество"
    mods: tuple[tuple[str | None, frozenset[str]], ...]
    compl: tuple[frozenset[str], ...]

    @property
    def size(self) -> int:
        return 1 + len(self.mods) + len(self.compl)


@dataclass
class ThreatLexicon:
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # head lemma -> entries
    sequences: dict[str, tuple[str, ThreatCategory]] = field(default_factory=dict)  # key -> (phrase, cat)
    adverbs: set[str] = field(default_factory=set)  # complement words that are adverbs ("извне")
    compl_words: set[str] = field(default_factory=set)  # lemmas of complement words ("люди", "информация")
    history: frozenset[str] = frozenset()  # "уроки", "годы": a conflict after them is history
    intensifiers: frozenset[str] = frozenset()  # forms of words left out of a name ("растущий")
    attempt_verbs: frozenset[str] = frozenset()  # infinitives of "попытки дестабилизировать ..."
    #: lemma -> the category its entries agree on ("террористический" -> terrorism): how a threat
    #: found by its context, with a head outside the lexicon, is categorised
    word_categories: dict[str, ThreatCategory] = field(default_factory=dict)

    @property
    def heads(self) -> frozenset[str]:
        return frozenset(self.entries)

    @property
    def triggers(self) -> frozenset[str]:
        """Lemmas a threat can hinge on: entry heads, words of fixed sequences, "попытка"."""
        seq = {lm for phrase in self.sequences for t in tokenize(phrase) for lm in t.lemmas
               if len(lm) > 2 or t.is_acronym}
        return self.heads | seq | {"попытка"}

    # -- look-up -------------------------------------------------------------------------
    def best_entry(self, head, prefix: str | None, mods: list[list], compl_tokens: list) -> Entry | None:
        """The longest entry the phrase satisfies (generic entries included)."""
        mod_keys = [(_mod_prefix(m), m[-1].lemmas) for m in mods]
        comp = [t.lemmas for t in compl_tokens if t.value not in PUNCT]
        entries = self._entries_of(head)
        # a tight prefix no entry has qualifies the head's own entries ("онлайн-вербовка", "зимы-дзуды")
        known = prefix is None or any(e.prefix == prefix for e in entries)
        best = None
        for e in entries:
            if e.prefix != (prefix if known else None) or not _mods_present(e, mod_keys) \
                    or not subsequence(e.compl, comp):
                continue
            if best is None or e.size > best.size or (e.size == best.size and _displaces(e, best)):
                best = e
        return best

    def _entries_of(self, head) -> list[Entry]:
        seen: dict[int, Entry] = {}
        for lm in noun_lemmas(head) or head.lemmas:
            for e in self.entries.get(lm, ()):
                seen.setdefault(id(e), e)
        return list(seen.values())

    def category_of(self, head, others: list) -> ThreatCategory:
        """The category of a phrase outside the lexicon: its head's, else the first other word's
        whose entries agree on one ("финансирование террористических ячеек" -> terrorism), else other."""
        verbal = head.lemma.endswith(("ние", "тие"))  # "применение", "распространение": their object decides
        for tok in ([*others, head] if verbal else [head, *others]):
            if tok.has("Anum"):
                continue  # an ordinal ("Второй мировой войны") names no category
            for lm in sorted(noun_lemmas(tok) or tok.lemmas):
                if lm in self.word_categories:
                    return self.word_categories[lm]
        return ThreatCategory.other

    def heads_entry(self, toks: list) -> bool:
        """Does a coordinated genitive head a threat that takes its own complement
        ("гонки вооружений и раскола мира")? It starts a new threat then."""
        nouns = [t for t in toks if t.has("NOUN")]
        return bool(nouns) and any(e.compl for lm in noun_lemmas(nouns[-1]) for e in self.entries.get(lm, ()))

    def match_sequence(self, toks: list) -> str | None:
        """The fixed sequence ("три зла", "COVID-19") these tokens spell."""
        words = [t.lemmas for t in toks if t.value not in PUNCT or t.value == "-"]
        for phrase in self.sequences:
            pw = [t.lemmas for t in tokenize(phrase) if t.value not in PUNCT or t.value == "-"]
            if len(pw) == len(words) and all(a & b for a, b in zip(pw, words, strict=True)):
                return phrase
        return None


def _displaces(e: Entry, best: Entry) -> bool:
    """Does entry ``e`` win over ``best`` of the same size? A threat entry wins over a generic one, and
    ``other`` never over a category ("санкционное давление Запада": sanctions, not "давление Запада")."""
    if e.category is None:
        return False
    return not (e.category is ThreatCategory.other and best.category not in (None, ThreatCategory.other))


def noun_lemmas(tok) -> frozenset[str]:
    return frozenset(f.normalized.replace("ё", "е") for f in getattr(tok, "forms", ()) if "NOUN" in f.grams.values)


def _mods_present(e: Entry, mod_keys: list[tuple[str | None, frozenset[str]]]) -> bool:
    return all(any(rf & tf and (rp is None or rp == tp) for tp, tf in mod_keys) for rp, rf in e.mods)


def _mod_prefix(mod_toks: list) -> str | None:
    words = [t for t in mod_toks if t.value not in '"«»“”„']
    if len(words) == 3 and words[1].value == "-":
        return words[0].value.lower()
    return None


def _in_order(required: tuple[frozenset[str], ...], words: list[frozenset[str]]) -> int:
    """How many of the required words appear in ``words`` in order."""
    k = 0
    for w in words:
        if k < len(required) and required[k] & w:
            k += 1
    return k


def subsequence(required: tuple[frozenset[str], ...], words: list[frozenset[str]]) -> bool:
    return _in_order(required, words) == len(required)


def count_prefix(required: tuple[frozenset[str], ...], words: list[frozenset[str]]) -> int:
    """How many required words a complement covers (at least one counted when any are required)."""
    return max(_in_order(required, words), 1) if required else 0


# -- compiling ------------------------------------------------------------------------------
def compile_entry(phrase: str, category: ThreatCategory | None, lex: ThreatLexicon) -> None:
    """Split a citation phrase into head, modifiers and complements and file it."""
    toks = tokenize(phrase.replace("ё", "е"))
    head_i = _head_of(toks)
    numeral_start = bool(toks) and toks[0].has("NUMR") and not toks[0].has("ADJF")
    if head_i is None or numeral_start:
        if category is not None:
            lex.sequences[phrase] = (phrase, category)
        return
    head = toks[head_i]
    prefix, start = None, head_i
    if head_i >= 2 and toks[head_i - 1].value == "-":
        prefix, start = toks[head_i - 2].value.lower(), head_i - 2
    compl = _complement_words(toks[head_i + 1:], lex)
    lemmas = noun_lemmas(head) or head.lemmas
    e = Entry(phrase, category, sorted(lemmas)[0], prefix, _modifier_words(toks, start), compl)
    for lm in lemmas:
        lex.entries.setdefault(lm, []).append(e)


def _head_of(toks: list) -> int | None:
    """The head noun: the first noun reading first as a noun ("военные действия": the agreeing one)."""
    head_i = None
    for i, t in enumerate(toks):
        tight_hyphen = i + 1 < len(toks) and toks[i + 1].value == "-"
        # a noun by its first reading, or a noun read first as a verb form ("наплыв", "сели")
        if not tight_hyphen and (t.pos == "NOUN" or (t.has("NOUN") and t.pos in VERBAL)):
            head_i = i
            break
    agreed = head_index([t.value for t in toks])
    if head_i is not None and agreed is not None and agreed > head_i and toks[head_i].has_any("ADJF", "PRTF"):
        head_i = agreed  # "военные действия": "военные" is the adjective here, not "soldiers"
    return head_i


def _modifier_words(toks: list, start: int) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """The required modifiers before ``toks[start]``; "финансово-экономические" is one (prefix, word)."""
    mods: list[tuple[str | None, frozenset[str]]] = []
    i = 0
    while i < start:
        t = toks[i]
        if i + 2 <= start and toks[i + 1].value == "-":
            mods.append((t.value.lower(), toks[i + 2].lemmas))
            i += 3
            continue
        if t.value not in PUNCT and t.pos != "ADVB":  # "социально обусловленные": the adverb qualifies a modifier
            mods.append((None, t.lemmas))
        i += 1
    return tuple(mods)


def _complement_words(toks: list, lex: ThreatLexicon) -> tuple[frozenset[str], ...]:
    compl = []
    for t in toks:
        if t.value in PUNCT:
            continue
        compl.append(t.lemmas)
        lex.compl_words |= t.lemmas
        if t.has("ADVB") and not t.has_any("NOUN", "ADJF", "PREP"):
            lex.adverbs.add(t.value.lower())
    return tuple(compl)


# -- loading -------------------------------------------------------------------------------
def read_threat_rows(path) -> list[tuple[str, ThreatCategory]]:
    """(phrase, category) rows of a threat TSV (``phrase<TAB>category``), checked: a bad
    category or an empty phrase names its file and line."""
    out = []
    for row in read_tsv(path, required=("phrase", "category")):
        try:
            out.append((row["phrase"], ThreatCategory(row["category"])))
        except ValueError:
            valid = ", ".join(c.value for c in ThreatCategory)
            raise LexiconError(path, f"unknown category {row['category']!r} (one of: {valid})", row.line) from None
    return out


def build_lexicon(extra: Iterable = ()) -> ThreatLexicon:
    """The bundled lexicon plus users' TSV files of the same format (read and checked here)."""
    lex = ThreatLexicon()
    for path in [data_path("threats.tsv"), *extra]:
        for phrase, category in read_threat_rows(path):
            compile_entry(phrase, category, lex)
    for phrase in read_lines(data_path("threat_generic.txt")):
        compile_entry(phrase, None, lex)
    cues = {name: {fold(ln) for _n, ln in lines} for name, lines in read_sections(data_path("threat_cues.txt")).items()}
    lex.history = frozenset(cues.get("history", ()))
    lex.intensifiers = frozenset(f for w in cues.get("intensifier", ()) for f in word_forms(w))
    lex.attempt_verbs = frozenset(cues.get("attempt", ())) or frozenset({"дестабилизировать"})
    lex.word_categories = _word_categories(lex)
    return lex


#: a word names a category when at least this share of the entries it occurs in have that category
CATEGORY_AGREEMENT = 0.8


def _word_categories(lex: ThreatLexicon) -> dict[str, ThreatCategory]:
    """Lemmas whose entries agree on a category: heads, modifiers and complements of the lexicon."""
    votes: dict[str, dict[ThreatCategory, int]] = {}
    heads: set[str] = set()
    seen: set[int] = set()
    for entries in lex.entries.values():
        for e in entries:
            if id(e) in seen or e.category is None or e.category is ThreatCategory.other:
                continue
            seen.add(id(e))
            if not e.mods and not e.compl:
                heads.add(e.head)  # a bare entry: the head names its category by itself
            words = {e.head} | {lm for _p, forms in e.mods for lm in forms} | {lm for forms in e.compl for lm in forms}
            for lm in words:
                votes.setdefault(lm, {}).setdefault(e.category, 0)
                votes[lm][e.category] += 1
    out = {}
    for lm, counts in votes.items():
        best = max(counts, key=lambda c: (counts[c], c.value))
        total = sum(counts.values())
        # a dependent word, or a head that needs one ("ухудшение" of "ухудшение экологической обстановки"),
        # names a category only when two entries or more agree on it
        if counts[best] / total >= CATEGORY_AGREEMENT and len(lm) > 3 and (lm in heads or counts[best] >= 2):
            out[lm] = best
    return out


@cache
def bundled_lexicon() -> ThreatLexicon:
    """The bundled lexicon, compiled once per installed version (see ``_core.compiled``)."""
    return compiled("threat-lexicon", build_lexicon)
