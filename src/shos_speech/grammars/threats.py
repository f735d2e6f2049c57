"""Threat rules: the noun phrase of a named danger, its category and its nominative name.

The lexicon ``data/threats.tsv`` maps citation phrases to a ThreatCategory. Each entry is
read the way Russian builds the phrase: the first noun is the HEAD, adjectives before it
are required modifiers, words after it are required complements (matched by lemma, in
order). ``data/threat_generic.txt`` lists phrases that name no phenomenon ("угрозы
безопасности", "Вторая мировая война"); they compete with the threat entries and the
longest entry decides.

The grammar finds candidate phrases; the lexicon decides which of them are threats:

* ``HEAD``  – a noun that heads some lexicon entry, with an optional tight prefix
  ("интернет-мошенничество", "ВИЧ-инфекция");
* ``MODS``  – the adjectives before it, coordinated or not ("экологических и
  техногенных", "непроверенная, а порой и заведомо ложная");
* ``COMPL`` – what follows the head: genitive noun phrases ("незаконного оборота
  наркотиков", "государств-членов"), coordinated ones ("наркотиков и оружия"), the
  instrumental nouns the lexicon asks for ("торговля людьми"), acronyms ("санкций ООН"),
  prepositional phrases ("конфликт на Ближнем Востоке", "война между Россией и
  Украиной", "преступления в сфере ИКТ") and adverbs of the lexicon ("давление извне");
* ``NP_THREAT`` = MODS? HEAD COMPL*, ``SEQUENCE`` = the entries that are fixed word
  sequences ("три зла", "COVID-19"), ``THREAT`` = either.

Compose them in your own parser::

    >>> from shos_speech.grammars import parser, threats
    >>> [m.span for m in parser(threats.THREAT).findall("в условиях обострения геополитических конфликтов")]
    [[22, 48)]

:class:`Finder` runs the grammar on the sentences that contain a head lemma, keeps the
part of each candidate the lexicon supports, expands shared heads and modifiers into one
item per conjunct, leaves out phrases inside institution names and events dated as
history ("наводнения 2022 года"), keeps the number of the text for a bare head whose
form is ambiguous ("засухи, наводнения" stay plural, "от засухи" is singular) and fills
``Result.threats``.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_caseless, is_capitalized

from .._core.tokens import token_lemmas, tokenize
from ..lexicons import data_path, read_lines, read_tsv, word_forms
from ..models import Span, Threat, ThreatCategory
from ..normalize import head_index, nominative_words
from .common import ADJ, COMMA, GENT, HYPHEN, LATIN, NOUN, QUOTE, RU, UPPER_WORD, anchored_match, parser

# ---------------------------------------------------------------------------------------
# The lexicon
# ---------------------------------------------------------------------------------------
_PUNCT = {"-", ",", '"', "«", "»", "“", "”", "„", "(", ")"}
_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "по", "к", "ко", "от", "для", "из", "о", "об",
                           "между", "против", "при", "за", "над", "под", "у"})


def _forms(tok) -> frozenset[str]:
    return token_lemmas(tok)


def _pos(tok, *pos: str) -> bool:
    return any(p in f.grams.values for f in getattr(tok, "forms", []) for p in pos)


def _top_is_noun(tok) -> bool:
    forms = getattr(tok, "forms", None)
    return bool(forms) and "NOUN" in forms[0].grams.values


def _noun_lemmas(tok) -> frozenset[str]:
    return frozenset(f.normalized.replace("ё", "е") for f in getattr(tok, "forms", []) if "NOUN" in f.grams.values)


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
class Lexicon:
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # head lemma -> entries
    sequences: dict[str, tuple[str, ThreatCategory]] = field(default_factory=dict)  # key -> (phrase, cat)
    adverbs: set[str] = field(default_factory=set)  # complement words that are adverbs ("извне")
    compl_words: set[str] = field(default_factory=set)  # lemmas of complement words ("люди", "информация")


def compile_entry(phrase: str, category: ThreatCategory | None, lex: Lexicon) -> None:
    """Split a citation phrase into head, modifiers and complements and file it."""
    toks = tokenize(phrase.replace("ё", "е"))
    head_i = None
    for i, t in enumerate(toks):
        tight_hyphen = i + 1 < len(toks) and toks[i + 1].value == "-"
        if not tight_hyphen and _top_is_noun(t):
            head_i = i
            break
    agreed = head_index([t.value for t in toks])
    if head_i is not None and agreed is not None and agreed > head_i and _pos(toks[head_i], "ADJF", "PRTF"):
        head_i = agreed  # "военные действия": "военные" is the adjective here, not "soldiers"
    numeral_start = bool(toks) and _pos(toks[0], "NUMR") and not _pos(toks[0], "ADJF")
    if head_i is None or numeral_start:
        if category is not None:
            lex.sequences[phrase] = (phrase, category)
        return
    head = toks[head_i]
    prefix = None
    start = head_i
    if head_i >= 2 and toks[head_i - 1].value == "-":
        prefix = toks[head_i - 2].value.lower()
        start = head_i - 2
    mods: list[tuple[str | None, frozenset[str]]] = []
    i = 0
    while i < start:
        t = toks[i]
        if i + 2 < start + 1 and toks[i + 1].value == "-":
            mods.append((t.value.lower(), _forms(toks[i + 2])))
            i += 3
            continue
        if t.value not in _PUNCT:
            mods.append((None, _forms(t)))
        i += 1
    compl = []
    for t in toks[head_i + 1:]:
        if t.value in _PUNCT:
            continue
        compl.append(_forms(t))
        lex.compl_words |= _forms(t)
        if _pos(t, "ADVB") and not _pos(t, "NOUN", "ADJF", "PREP"):
            lex.adverbs.add(t.value.lower())
    lemma = sorted(_noun_lemmas(head) or _forms(head))
    e = Entry(phrase, category, lemma[0], prefix, tuple(mods), tuple(compl))
    for lm in _noun_lemmas(head) or _forms(head):
        lex.entries.setdefault(lm, []).append(e)


def load_lexicon(threats=None, generic=None, extra: Iterable = ()) -> Lexicon:
    """The bundled lexicon (or ``threats``) plus users' TSV files of the same format."""
    lex = Lexicon()
    for path in [threats or data_path("threats.tsv"), *extra]:
        for row in read_tsv(path):
            compile_entry(row["phrase"], ThreatCategory(row["category"]), lex)
    for phrase in read_lines(generic or data_path("threat_generic.txt")):
        compile_entry(phrase, None, lex)
    return lex


def load_cues(path=None) -> dict[str, set[str]]:
    """Sections of ``threat_cues.txt``: ``cue`` (default) and ``history``."""
    out: dict[str, set[str]] = {"cue": set(), "history": set()}
    section = "cue"
    for ln in read_lines(path or data_path("threat_cues.txt")):
        if ln.startswith("[") and ln.endswith("]"):
            section = ln[1:-1].strip()
            out.setdefault(section, set())
            continue
        out[section].add(ln.replace("ё", "е"))
    return out


LEXICON = load_lexicon()
CUES = load_cues()

# ---------------------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------------------
#: pronominal and "so-called" words are not part of the threat's name ("сами эти санкции")
DETERMINERS = frozenset({"подобный", "называть", "указанный", "упомянутый", "данный", "вышеупомянутый",
                         "различный", "всякий", "определенный", "некоторый"})
def build_rules(lexicon: Lexicon, cues: dict[str, set[str]]) -> SimpleNamespace:
    """The threat grammar for a lexicon: the bundled one gives the module's public rules;
    ``Extractor(threat_lexicons=[...])`` builds it again over users' entries."""
    HEAD_LEMMAS = frozenset(lexicon.entries)
    HEAD_NOUN = and_(NOUN, dictionary(HEAD_LEMMAS))
    # a word that can head a threat is never taken for a modifier ("оборотом" is also a participle)
    MOD_WORD = and_(ADJ, not_(gram("Apro")), not_(dictionary(DETERMINERS)), not_(HEAD_NOUN))
    MOD = or_(
        rule(MOD_WORD),
        rule(RU, HYPHEN, MOD_WORD),
        rule(QUOTE, MOD_WORD, QUOTE),
    ).named("MOD")
    ALSO = dictionary({"порой", "иногда", "также", "даже", "зачастую", "нередко"})
    SEP = or_(
        rule(COMMA),
        rule(COMMA.optional(), dictionary({"и", "или"})),
        rule(COMMA.optional(), eq("а"), ALSO.optional(), eq("и").optional(), gram("ADVB").optional()),
    ).named("SEP")
    MODS = rule(MOD.repeatable(max=3), rule(SEP, MOD.repeatable(max=3)).repeatable(max=4).optional()).named("MODS")

    HEAD = rule(rule(or_(RU, LATIN), HYPHEN).optional(), HEAD_NOUN).named("HEAD")

    GEN_MOD = or_(rule(and_(ADJ, GENT)), rule(RU, HYPHEN, and_(ADJ, GENT)), rule(QUOTE, and_(ADJ, GENT), QUOTE))
    # a word that reads as a genitive adjective is a modifier, never the noun ("коронавирусной")
    GEN_NOUN = and_(NOUN, GENT, not_(and_(ADJ, GENT)))
    # "государств-членов", "государств – участников": a compound noun stays whole
    GEN_NP = rule(GEN_MOD.repeatable(max=3).optional(), GEN_NOUN, rule(HYPHEN, GEN_NOUN).optional())
    ACRONYM = and_(UPPER_WORD, not_(eq("И")), not_(eq("А")))
    # a complement noun phrase of any case, its adjectives possibly coordinated
    ANY_MOD = or_(rule(ADJ), rule(RU, HYPHEN, ADJ), rule(QUOTE, ADJ, QUOTE), rule(COMMA),
                  rule(dictionary({"и", "или"})))
    ANY_NP = rule(ANY_MOD.repeatable(max=6).optional(), or_(NOUN, ACRONYM), GEN_NP.repeatable(max=2).optional())
    # by value, not lemma: yargy normalizes "к" to "как" too ("терроризм как инструмент")
    PREP = in_caseless(_PREPOSITIONS)
    # "между Россией и Украиной", "на Беларусь и Россию": only proper names are coordinated inside
    CAP_NP = rule(and_(ADJ, is_capitalized()).optional(), and_(NOUN, is_capitalized()))
    PP = rule(PREP, ANY_NP, rule(dictionary({"и"}), CAP_NP).optional())
    # an instrumental complement the lexicon asks for ("торговля людьми", "манипулирование информацией")
    ABLT_NP = rule(and_(ADJ, gram("ablt")).repeatable(max=2).optional(),
                   and_(NOUN, gram("ablt"), dictionary(lexicon.compl_words or {"люди"})))
    COMPL = or_(
        rule(GEN_NP),
        ABLT_NP,
        rule(ACRONYM),
        rule(or_(COMMA, dictionary({"и", "или"})), GEN_NP),
        PP,
        rule(dictionary({"в"}), eq("отношении"), ANY_NP),
        rule(dictionary(lexicon.adverbs or {"извне"})),
    ).named("COMPL")

    NP_THREAT = rule(MODS.optional(), HEAD, COMPL.repeatable(max=5).optional()).named("NP_THREAT")
    SEQUENCE = morph_pipeline(sorted(lexicon.sequences)).named("SEQUENCE")

    # "попытки накалить обстановку и подорвать действующие механизмы взаимодействия"
    ATTEMPT_VERB = and_(gram("INFN"), dictionary(cues.get("attempt", set()) or {"дестабилизировать"}))
    OBJECT = rule(ANY_NP, rule(dictionary({"между", "в", "на"}), ANY_NP).optional())
    VP = rule(ATTEMPT_VERB, OBJECT.optional()).named("VP")
    ATTEMPT = rule(rule(dictionary({"попытка"})).named("ATTEMPT_HEAD"), VP,
                   rule(dictionary({"и"}), VP).optional()).named("ATTEMPT")

    THREAT = or_(SEQUENCE, ATTEMPT, NP_THREAT).named("THREAT")
    return SimpleNamespace(**{k: v for k, v in locals().items() if k.isupper()})


_RULES = build_rules(LEXICON, CUES)
HEAD_LEMMAS = _RULES.HEAD_LEMMAS
HEAD_NOUN = _RULES.HEAD_NOUN
MOD_WORD = _RULES.MOD_WORD
MOD = _RULES.MOD
ALSO = _RULES.ALSO
SEP = _RULES.SEP
MODS = _RULES.MODS
HEAD = _RULES.HEAD
GEN_MOD = _RULES.GEN_MOD
GEN_NOUN = _RULES.GEN_NOUN
GEN_NP = _RULES.GEN_NP
ACRONYM = _RULES.ACRONYM
ANY_MOD = _RULES.ANY_MOD
ANY_NP = _RULES.ANY_NP
PREP = _RULES.PREP
CAP_NP = _RULES.CAP_NP
PP = _RULES.PP
ABLT_NP = _RULES.ABLT_NP
COMPL = _RULES.COMPL
NP_THREAT = _RULES.NP_THREAT
SEQUENCE = _RULES.SEQUENCE
ATTEMPT_VERB = _RULES.ATTEMPT_VERB
OBJECT = _RULES.OBJECT
VP = _RULES.VP
ATTEMPT = _RULES.ATTEMPT
THREAT = _RULES.THREAT

# ---------------------------------------------------------------------------------------
# From a grammar match to threats
# ---------------------------------------------------------------------------------------
_LOC_PREP = frozenset({"в", "во", "на"})
_TARGET_PREP = frozenset({"против", "между", "на", "из"})
_LOC_NOUNS = frozenset({"граница", "регион", "континент", "сектор", "территория", "полуостров", "зона",
                        "берег", "побережье", "район", "провинция", "область", "пространство", "страна"})
_CASE = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}


def _parts(match) -> list[tuple[str, list]]:
    """The outermost named parts (MOD, SEP, HEAD, COMPL, SEQUENCE) of a match, in order."""
    out: list[tuple[str, list]] = []

    def walk(node) -> None:
        name = getattr(node.rule, "name", None) if hasattr(node, "rule") else None
        if name in ("MOD", "SEP", "HEAD", "COMPL", "SEQUENCE", "ATTEMPT_HEAD", "VP"):
            from yargy.tree import Leaf
            toks = [n.token for n in _dfs(node) if isinstance(n, Leaf)]
            out.append((name, toks))
            return
        for ch in getattr(node, "children", []):
            walk(ch)

    walk(match.tree.root)
    return out


def _dfs(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(getattr(n, "children", [])))


def _cases(tok, pos: tuple[str, ...]) -> set[tuple[str, str | None]]:
    out = set()
    for f in getattr(tok, "forms", []):
        g = f.grams.values
        if any(p in g for p in pos):
            case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2", "acc2", "voct")
                         if c in g), None)
            num = "plur" if "plur" in g else "sing" if "sing" in g else None
            out.add((_CASE.get(case, case), num))
    return out


def _agrees(mod_tok, head_tok, coordinated: bool) -> bool:
    hc = _cases(head_tok, ("NOUN",))
    mc = _cases(mod_tok, ("ADJF", "PRTF"))
    for c, n in mc:
        for hc_c, hn in hc:
            if c == hc_c and (coordinated or n == hn or None in (n, hn)):
                return True
    return False


@dataclass
class _Compl:
    kind: str  # gen, coord, acr, loc, target, pp, adv
    tokens: list
    sep: str | None = None  # coord: "и" / ","


@dataclass
class Candidate:
    """A threat phrase found in a sentence: its tokens, name tokens and category."""

    start: int
    stop: int
    name: str
    category: ThreatCategory
    head: object
    #: the cases the head reads in here; a bare conjunct after it shares them
    cases: frozenset[str] = frozenset()


class ThreatMatcher:
    """Decides which grammar matches are threats; builds spans, names and categories."""

    def __init__(self, lexicon: Lexicon = LEXICON, cues: dict[str, set[str]] = CUES) -> None:
        rules = _RULES if lexicon is LEXICON and cues is CUES else build_rules(lexicon, cues)
        self.lex = lexicon
        self.history = frozenset(cues.get("history", ()))
        self.intensifiers = frozenset(f for w in cues.get("intensifier", ()) for f in word_forms(w))
        self.parser = parser(rules.THREAT)
        self.np_parser = parser(rules.NP_THREAT)
        seq = {lm for phrase in lexicon.sequences for t in tokenize(phrase) for lm in _forms(t) if len(lm) > 2}
        self.triggers = frozenset(lexicon.entries) | seq | {"попытка"}

    # -- lexicon look-up ---------------------------------------------------------------
    def best_entry(self, head, prefix: str | None, mods: list[list], compl_tokens: list) -> Entry | None:
        """The longest entry the phrase satisfies (generic entries included)."""
        lemmas = _noun_lemmas(head) or _forms(head)
        mod_keys = [(pfx, _forms(t)) for pfx, t in ((_mod_prefix(m), m[-1]) for m in mods)]
        comp = [_forms(t) for t in compl_tokens if t.value not in _PUNCT]
        best = None
        seen = set()
        for lm in lemmas:
            for e in self.lex.entries.get(lm, ()):
                if id(e) in seen:
                    continue
                seen.add(id(e))
                if e.prefix != prefix:
                    continue
                if not all(any(rf & tf and (rp is None or rp == tp) for tp, tf in mod_keys) for rp, rf in e.mods):
                    continue
                if not _subsequence(e.compl, comp):
                    continue
                if best is None or e.size > best.size or (e.size == best.size and e.category is not None):
                    best = e
        return best

    # -- one match ---------------------------------------------------------------------
    def analyse(self, text: str, tokens: list, index: dict[int, int], match,
                prev: Candidate | None = None) -> tuple[list[Candidate], int]:
        """Threats of one match and the token index where scanning resumes.

        ``prev`` is the threat found just before in the sentence: a bare conjunct after it
        takes its case and number ("группировки и наркокартели" stay plural).
        """
        parts = _parts(match)
        last = index[match.tokens[-1].span.start]
        if parts and parts[0][0] == "SEQUENCE":
            toks = parts[0][1]
            key = _match_sequence(self.lex, toks)
            if key is None:
                return [], last + 1
            phrase, cat = self.lex.sequences[key]
            return [Candidate(toks[0].span.start, toks[-1].span.stop, phrase, cat, toks[0])], last + 1
        if parts and parts[0][0] == "ATTEMPT_HEAD":
            return self._attempt(text, tokens, index, parts), last + 1
        head_toks = next(t for n, t in parts if n == "HEAD")
        head = head_toks[-1]
        head_i = index[head.span.start]
        prefix = None
        if len(head_toks) == 3 and head_toks[0].span.stop == head_toks[1].span.start == head_toks[2].span.start - 1:
            prefix = head_toks[0].value.lower()
        elif len(head_toks) == 3:
            head_toks = [head]
        # modifier conjuncts, right to left, while they agree with the head
        groups: list[list[list]] = [[]]
        seps: list[str] = []
        for name, toks in parts:
            if name == "HEAD":
                break
            if name == "MOD":
                groups[-1].append(_after_clause_dash(toks))
            elif name == "SEP":
                seps.append(" ".join(t.value.lower() for t in toks))
                groups.append([])
        coordinated = len(groups) > 1
        kept: list[list[list]] = []
        for g in reversed(groups):
            ok = list(g)
            cut = False
            for k in range(len(ok) - 1, -1, -1):
                if not _agrees(_mod_word(ok[k]), head, coordinated):
                    ok = ok[k + 1:]
                    cut = True
                    break
            if ok:
                kept.insert(0, ok)
            if cut:
                break
        seps = seps[len(seps) - (len(kept) - 1):] if len(kept) > 1 else []
        mod_groups = [g for g in kept if g]
        while mod_groups and mod_groups[0] and _forms(_mod_word(mod_groups[0][0])) & self.intensifiers:
            mod_groups[0] = mod_groups[0][1:]
            if not mod_groups[0]:
                mod_groups.pop(0)
                seps = seps[1:]
        complements = _before_clause_dash(self._complements(parts, head, tokens, index))
        # the base phrase: all modifiers (no expansion), complements up to the first coordination
        base_compl = []
        for c in complements:
            if c.kind == "coord":
                break
            base_compl.append(c)
        all_mods = [m for g in mod_groups for m in g]
        base_tokens = [t for c in base_compl for t in c.tokens]
        entry = self.best_entry(head, prefix, all_mods, base_tokens)
        after_head = head_i + 1
        if entry is None or entry.category is None:
            return [], after_head
        if entry.category == ThreatCategory.armed_conflict and self._historical(tokens, index, all_mods, head_toks):
            return [], after_head
        bare = not all_mods and head_toks == [head]
        listed = _listed(tokens, index, head, prev)
        if entry.size == 1 and not self._plain_noun(head, tokens, index, listed, bare):
            return [], after_head
        number = _bare_number(tokens, index, head, prev if listed else None) if bare else None
        cases = _head_cases(head, all_mods, number)
        # complements kept in the span
        need = len(entry.compl)
        keep: list[_Compl] = []
        matched = 0
        for c in base_compl:
            words = [_forms(t) for t in c.tokens if t.value not in _PUNCT]
            if matched < need:
                keep.append(c)
                matched += _count_prefix(entry.compl[matched:], words)
                continue
            if c.kind in ("loc", "target", "acr") or (c.kind == "gen" and _surely_genitive(c.tokens, tokens, index)):
                keep.append(c)
                continue
            break
        # coordinated complements: expansion or absorption
        coords: list[_Compl] = []
        rest = complements[len(base_compl):]
        stop_at = None
        if rest and need and keep and keep[-1].kind == "gen" and len(keep) == len(base_compl):
            for c in rest:
                if c.kind != "coord":
                    break
                coords.append(c)
        elif rest:
            stop_at = rest[0]
        variants: list[tuple[list, Entry]] = []
        absorbed: list[_Compl] = []
        for c in coords:
            alt = [t for k in keep[:-1] for t in k.tokens] + c.tokens[1:]
            e = self.best_entry(head, prefix, all_mods, alt)
            if e is not None and e.category is not None and len(e.compl) == need:
                variants.append((c.tokens[1:], e))
            elif c.sep == "и" and not absorbed and not self._is_threat_np(c.tokens[1:]) \
                    and not self._heads_entry(c.tokens[1:]):
                absorbed.append(c)
            else:
                stop_at = c
                break
            if e is None or e.category is None:
                break
        used_coords = coords[:len(variants) + len(absorbed)]
        # the span
        span_toks = [t for g in mod_groups for m in g for t in m] + head_toks
        span_toks += [t for c in keep for t in c.tokens] + [t for c in used_coords for t in c.tokens]
        start = span_toks[0].span.start
        stop = max(t.span.stop for t in span_toks)
        resume = index[span_toks[-1].span.start] + 1 if stop_at is None else index[stop_at.tokens[0].span.start]
        if stop_at is not None and stop_at.kind == "coord":
            resume = index[stop_at.tokens[0].span.start] + 1
        resume = max(resume, after_head)
        if _dated(tokens, index, stop):
            return [], resume
        out: list[Candidate] = []
        keep_toks = [t for c in keep for t in c.tokens]
        no_expand = any(s.startswith("а") or s.startswith(", а") for s in seps)
        if variants:
            base_name_toks = [t for m in all_mods for t in m] + head_toks
            out.append(Candidate(start, stop, self._name(text, tokens, index, base_name_toks + keep_toks, head,
                                                         number=number), entry.category, head, cases))
            for alt_toks, e in variants:
                name_toks = base_name_toks + [t for c in keep[:-1] for t in c.tokens] + alt_toks
                out.append(Candidate(start, stop, self._name(text, tokens, index, name_toks, head, number=number),
                                     e.category, head, cases))
            return out, resume
        tail = keep_toks + [t for c in absorbed for t in c.tokens]
        if len(mod_groups) > 1 and not no_expand:
            hits = []
            generic = 0  # conjuncts that name no threat ("экономические" of "экологические и экономические проблемы")
            for g in mod_groups:
                e = self.best_entry(head, prefix, g, base_tokens)
                if e is not None and e.category is not None:
                    hits.append((g, e))
                elif e is not None:
                    generic += 1
            if len(hits) > 1 or (hits and len(hits) + generic == len(mod_groups)):
                for g, e in hits:
                    name_toks = [t for m in g for t in m] + head_toks + tail
                    name = self._name(text, tokens, index, name_toks, head, singular=_singular_mods(g, head))
                    out.append(Candidate(start, stop, name, e.category, head, cases))
                return out, resume
        if no_expand and mod_groups:
            name_toks = self._last_conjunct(tokens, index, mod_groups, head_toks) + tail
        else:
            name_toks = [t for m in all_mods for t in m] + head_toks + tail
        for name in self._loc_expansion(text, tokens, index, name_toks, keep, head, number):
            out.append(Candidate(start, stop, name, entry.category, head, cases))
        return out, resume

    def _plain_noun(self, head, tokens: list, index: dict[int, int], listed: bool, bare: bool) -> bool:
        """A bare head is a threat when it reads first as the lexicon's noun ("в селе" is a
        village, not a mudflow) and, if it also reads as a verb ("сели"), stands in a list or
        after another verb ("угрожают сели"), where it cannot be the verb itself."""
        forms = getattr(head, "forms", None) or []
        top = forms[0] if forms else None
        if top is None or "NOUN" not in top.grams.values or top.normalized.replace("ё", "е") not in self.lex.entries:
            return False
        if bare and _pos(head, "VERB", "INFN"):
            j = index[head.span.start] - 1
            after_verb = j >= 0 and bool({"VERB", "PREP"} & _top_grams(tokens[j]))  # "угрожают сели"
            return listed or after_verb or _list_follows(tokens, index, head, self.triggers)
        return True

    def _attempt(self, text: str, tokens: list, index: dict[int, int], parts) -> list[Candidate]:
        """One item per coordinated infinitive, each with the span of the whole phrase."""
        head = parts[0][1][0]
        vps = [t for n, t in parts if n == "VP"]
        start, stop = head.span.start, vps[-1][-1].span.stop
        head_word = _same_letters(head.value, nominative_words([head.value])[0])
        if _sentence_initial(tokens, index, head):
            head_word = head_word.lower()
        out = []
        for vp in vps:
            phrase = text[vp[0].span.start:vp[-1].span.stop]
            out.append(Candidate(start, stop, f"{head_word} {phrase}", ThreatCategory.other, head))
        return out

    def _last_conjunct(self, tokens, index, mod_groups, head_toks) -> list:
        """"непроверенная, а порой и заведомо ложная информация" -> "заведомо ложная информация"."""
        g = mod_groups[-1]
        first = index[g[0][0].span.start]
        j = first - 1
        lead = []
        while j >= 0 and _pos(tokens[j], "ADVB") and not _pos(tokens[j], "ADJF", "CONJ", "PRCL"):
            lead.insert(0, tokens[j])
            j -= 1
        return lead + [t for m in g for t in m] + head_toks

    def _complements(self, parts, head, tokens, index) -> list[_Compl]:
        out = []
        seen_head = False
        for name, toks in parts:
            if name == "HEAD":
                seen_head = True
                continue
            if not seen_head or name != "COMPL":
                continue
            w0 = toks[0].value.lower()
            if w0 in (",", "и", "или"):
                out.append(_Compl("coord", toks, "и" if w0 in ("и", "или") else ","))
            elif len(toks) == 1 and toks[0].value in self.lex.adverbs:
                out.append(_Compl("adv", toks))
            elif len(toks) == 1 and toks[0].value.isupper() and len(toks[0].value) > 1:
                # "катастроф ШОС должна стать": the acronym is the subject of the next verb
                nxt = index[toks[0].span.start] + 1
                subject = nxt < len(tokens) and _pos(tokens[nxt], "VERB", "ADJS", "PRTS", "INFN")
                out.append(_Compl("subject" if subject else "acr", toks))
            elif w0 in _PREPOSITIONS or w0 == "в":
                out.append(_Compl(self._pp_kind(toks), toks))
            elif not _pos(toks[-1], "gent", "gen2") and _pos(toks[-1], "ablt"):
                out.append(_Compl("ablt", toks))
            else:
                out.append(_Compl("gen", toks))
        return out

    @staticmethod
    def _pp_kind(toks) -> str:
        prep = toks[0].value.lower()
        words = [t for t in toks[1:] if t.value not in _PUNCT]
        capital = any(t.value[:1].isupper() for t in words)
        if prep in _LOC_PREP and any("loct" in f.grams.values or "loc2" in f.grams.values
                                     for t in words for f in getattr(t, "forms", [])):
            if capital or any(_noun_lemmas(t) & _LOC_NOUNS for t in words):
                return "loc"
        if prep in _TARGET_PREP and capital:
            return "target"
        if prep == "в" and len(words) > 1 and words[0].value.lower() == "отношении" and capital:
            return "target"
        return "pp"

    def _heads_entry(self, toks) -> bool:
        """Is a coordinated genitive the head of a threat that takes its own complement
        ("гонки вооружений и раскола мира", "героизации пособников и сноса памятников")?
        It starts a new threat then, never joins the complement before it."""
        nouns = [t for t in toks if _pos(t, "NOUN")]
        return bool(nouns) and any(e.compl for lm in _noun_lemmas(nouns[-1]) for e in self.lex.entries.get(lm, ()))

    def _is_threat_np(self, toks) -> bool:
        """Is this genitive phrase a threat of its own ("... терроризма и экстремизма")?"""
        for m in self.np_parser.findall(toks):
            parts = _parts(m)
            head = next(t for n, t in parts if n == "HEAD")[-1]
            mods = [t for n, t in parts if n == "MOD"]
            after = [t for t in m.tokens if t.span.start > head.span.start]
            e = self.best_entry(head, None, mods, after)
            if e is not None and e.category is not None:
                return True
        return False

    def _historical(self, tokens, index, mods, head_toks) -> bool:
        first = mods[0][0] if mods else head_toks[0]
        j = index[first.span.start] - 1
        while j >= 0 and tokens[j].value.lower() in _PREPOSITIONS:
            j -= 1
        return j >= 0 and bool(_forms(tokens[j]) & self.history)

    @staticmethod
    def _name(text: str, tokens: list, index: dict[int, int], name_toks: list, head=None,
              singular: bool = False, number: str | None = None) -> str:
        words = [t.value for t in name_toks]
        if singular:  # "финансового и экономического кризисов" -> "финансовый кризис"
            words = [_singular(t) if t is head else w for t, w in zip(name_toks, words, strict=True)]
        # only the head and what precedes it change; complements stay as written
        h = next((k for k, t in enumerate(name_toks) if t is head), len(words) - 1)
        new = nominative_words(words[:h + 1]) + words[h + 1:]
        _keep_number(name_toks, words, new, number)
        out = []
        for k, t in enumerate(name_toks):
            if k:
                prev = name_toks[k - 1]
                if index[t.span.start] == index[prev.span.start] + 1:
                    out.append(text[prev.span.stop:t.span.start])
                else:
                    out.append(" ")
            original = text[t.span.start:t.span.stop]  # a token's value may differ: "–" reads "-"
            out.append(original if new[k] == t.value else _same_letters(original, new[k]))
        if name_toks and _sentence_initial(tokens, index, name_toks[0]):
            out[0] = out[0][:1].lower() + out[0][1:]
        return "".join(out)

    def _loc_expansion(self, text, tokens, index, name_toks, keep, head, number: str | None = None) -> list[str]:
        """"напряженность на армяно-азербайджанской и кыргызско-таджикской границах" -> one name per border."""
        base = self._name(text, tokens, index, name_toks, head, number=number)
        loc = next((c for c in keep if c.kind == "loc" and any(t.value.lower() == "и" for t in c.tokens)), None)
        if loc is None:
            return [base]
        words = [t for t in loc.tokens[1:]]
        nouns = [k for k, t in enumerate(words) if t.value.lower() not in ("и", ",")
                 and {"NOUN", "plur"} <= _grams_of(t, "NOUN")]
        if not nouns or nouns[-1] != len(words) - 1:
            return [base]
        noun = words[nouns[-1]]
        groups: list[list] = [[]]
        for t in words[:nouns[-1]]:
            if t.value.lower() in ("и", ","):
                groups.append([])
            else:
                groups[-1].append(t)
        if len(groups) < 2 or not all(groups):
            return [base]
        from ..morph import parse
        np_ = next((p for p in parse(noun.value.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
        if np_ is None:
            return [base]
        sing = np_.inflect({"sing", np_.tag.case})
        if sing is None:
            return [base]
        prefix_toks = [t for t in name_toks if t.span.start < loc.tokens[0].span.start]
        prefix = self._name(text, tokens, index, prefix_toks, head, number=number)
        names = []
        for g in groups:
            adj_words = []
            for t in g:
                if t.value == "-" or not _pos(t, "ADJF", "PRTF"):
                    adj_words.append(t.value)
                    continue
                p = next((p for p in parse(t.value.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
                inf = p.inflect({"sing", sing.tag.gender, np_.tag.case}) if p else None
                adj_words.append(inf.word if inf else t.value)
            adj = "".join(w if w == "-" or k == 0 or adj_words[k - 1] == "-" else " " + w
                          for k, w in enumerate(adj_words))
            names.append(f"{prefix} {loc.tokens[0].value} {adj} {sing.word}")
        return names


def _spaced_dash(toks: list, k: int) -> bool:
    """Is ``toks[k]`` a dash set off by spaces on both sides ("в Европе — прямое следствие")?
    Such a dash ends a clause; a compound's hyphen is tight ("финансово-экономических")."""
    return (toks[k].value == "-" and 0 < k < len(toks) - 1
            and toks[k - 1].span.stop < toks[k].span.start and toks[k].span.stop < toks[k + 1].span.start)


def _clause_dash(toks: list) -> int | None:
    """Index of a spaced dash that is no compound noun ("государств – членов" is one)."""
    for k in range(1, len(toks) - 1):
        if _spaced_dash(toks, k) and not (_pos(toks[k + 1], "NOUN") and _pos(toks[k - 1], "NOUN")
                                          and not _pos(toks[k + 1], "ADJF", "PRTF")):
            return k
    return None


def _before_clause_dash(complements: list) -> list:
    """The complements up to a clause dash inside one of them."""
    for n, c in enumerate(complements):
        k = _clause_dash(c.tokens)
        if k is not None:
            head = c.tokens[:k - 1] if k > 1 and _pos(c.tokens[k - 1], "ADJF", "PRTF") else c.tokens[:k]
            return complements[:n] + ([_Compl(c.kind, head, c.sep)] if head and c.kind != "coord" else [])
    return complements


def _after_clause_dash(toks: list) -> list:
    """A modifier "X — Y" is only Y: the dash ends the clause before it."""
    k = _clause_dash(toks)
    return toks[k + 1:] if k is not None else toks


#: pymorphy's share of the plural nominative reading below which a noun reads singular
PLURAL_SCORE = 0.1
_LIST_SEPS = frozenset({",", "и", "или", "а", "также"})
_OPENERS = frozenset({",", ":", ";", "-", "«", '"', "“", "„", "(", "и", "или", "а", "но"})


def _top_grams(tok) -> set[str]:
    forms = getattr(tok, "forms", None) or []
    return set(forms[0].grams.values) if forms and forms[0].grams else set()


def _listed(tokens: list, index: dict[int, int], head, prev: Candidate | None) -> bool:
    """Does the head follow ``prev`` as the next conjunct of a list ("группировки и наркокартели")?"""
    if prev is None:
        return False
    j = index[head.span.start] - 1
    gap = 0
    while j >= 0 and tokens[j].span.start >= prev.stop:
        if tokens[j].value.lower() not in _LIST_SEPS or gap > 2:
            return False
        gap += 1
        j -= 1
    return gap > 0


def _list_follows(tokens: list, index: dict[int, int], head, triggers: frozenset[str]) -> bool:
    """Is the head followed by a separator and another threat word ("засухи, сели и оползни")?"""
    k = index[head.span.start] + 1
    return (k + 1 < len(tokens) and tokens[k].value.lower() in _LIST_SEPS
            and bool(_forms(tokens[k + 1]) & triggers))


def _bare_number(tokens: list, index: dict[int, int], head, prev: Candidate | None) -> str | None:
    """The number of a bare head whose form is ambiguous: "засухи", "наводнения" read both as a
    singular genitive and a plural nominative. A conjunct takes the case of the one before it;
    after a preposition or a noun it is a singular oblique case ("в период пандемии"); as a
    subject or a list item it is plural ("Засухи, наводнения и таяние ледников угрожают")."""
    from ..morph import parse

    parses = [p for p in parse(head.value.lower()) if p.tag.POS == "NOUN"]
    if _plural_conjunct_follows(tokens, index, head) and any(p.tag.number == "plur" for p in parses):
        return "plur"  # "Войны и конфликты"
    # a mass noun is hardly ever plural ("гибели", "коррупции"): its plural reading is rare
    plural = sum(p.score for p in parses if p.tag.number == "plur" and p.tag.case == "nomn") >= PLURAL_SCORE
    singular = any(p.tag.number == "sing" and p.tag.case not in ("nomn", "accs") for p in parses)
    if not (plural and singular):
        return None
    if prev is not None and prev.cases:
        direct = bool(prev.cases & {"nomn", "accs"})
        oblique = bool(prev.cases - {"nomn", "accs"})
        if direct != oblique:
            return "plur" if direct else "sing"
    j = index[head.span.start] - 1
    if j >= 0 and {"PREP", "NOUN"} & _top_grams(tokens[j]):
        return "sing"
    if j < 0 or tokens[j].value.lower() in _OPENERS or all(t.type == "PUNCT" for t in tokens[:j + 1]):
        return "plur"
    return None


def _plural_conjunct_follows(tokens: list, index: dict[int, int], head) -> bool:
    """Is the next conjunct a plain nominative plural ("войны и конфликты", "засухи, пыльные бури")?"""
    k = index[head.span.start] + 1
    if k >= len(tokens) or tokens[k].value.lower() not in {",", "и", "или"}:
        return False
    for t in tokens[k + 1:k + 4]:
        readings = _cases(t, ("NOUN", "ADJF", "PRTF"))
        if not readings:
            return False
        if readings - {("nomn", "plur"), ("accs", "plur")}:
            if _pos(t, "NOUN"):
                return False
            continue
        if _pos(t, "NOUN"):
            return True
    return False


def _head_cases(head, mods: list[list], number: str | None) -> frozenset[str]:
    """The cases the head reads in, narrowed by its number or by agreement with its modifiers."""
    readings = _cases(head, ("NOUN",))
    if number == "plur":
        readings = {(c, n) for c, n in readings if n == "plur" and c in ("nomn", "accs")}
    elif number == "sing":
        readings = {(c, n) for c, n in readings if n == "sing" and c not in ("nomn", "accs")}
    if mods:
        mod_readings = [_cases(_mod_word(m), ("ADJF", "PRTF")) for m in mods]
        agreeing = {(c, n) for c, n in readings
                    if all(any(mc == c and (mn == n or None in (mn, n)) for mc, mn in mr) for mr in mod_readings)}
        readings = agreeing or readings
    return frozenset(c for c, _ in readings if c)


def _keep_number(name_toks: list, words: list[str], new: list[str], number: str | None) -> None:
    """Put a bare head in the nominative of the number its context gives (see _bare_number)."""
    from ..morph import parse

    h = next((k for k, t in enumerate(name_toks) if _pos(t, "NOUN")), None)
    if h is None or h > 0 or number is None:
        return
    parses = [p for p in parse(words[h].lower()) if p.tag.POS == "NOUN"]
    if number == "plur":
        if any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses):
            new[h] = words[h]
        return
    sing = next((p for p in parses if p.tag.number == "sing" and p.tag.case != "nomn"), None)
    try:
        inf = sing.inflect({"nomn", "sing"}) if sing else None
    except ValueError:
        inf = None
    if inf:
        new[h] = words[h][:1] + inf.word[1:] if words[h][:1].isupper() else inf.word


_YEAR = frozenset({"год"})


def _dated(tokens: list, index: dict[int, int], stop: int) -> bool:
    """Is the phrase ending at ``stop`` dated by a year ("наводнения 2022 года", "кризиса
    2008–2009 годов")? A dated disaster, war or crisis is a past event named as history."""
    k = next((i for i, t in enumerate(tokens) if t.span.start >= stop), None)
    if k is None or tokens[k].type != "INT" or len(tokens[k].value) != 4:
        return False
    k += 1
    if k + 1 < len(tokens) and tokens[k].value == "-" and tokens[k + 1].type == "INT":
        k += 2
    return k < len(tokens) and bool(_forms(tokens[k]) & _YEAR) and _pos(tokens[k], "gent", "gen2")


def _singular_mods(group: list[list], head) -> bool:
    """Do the modifiers of one conjunct read singular while the shared head is plural?"""
    if "plur" not in {g for f in getattr(head, "forms", []) if "NOUN" in f.grams.values for g in f.grams.values}:
        return False
    return all(not _cases(_mod_word(m), ("ADJF", "PRTF")) & _cases(head, ("NOUN",)) for m in group)


def _singular(tok) -> str:
    from ..morph import parse

    p = next((p for p in parse(tok.value.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
    try:
        inf = p.inflect({"sing", p.tag.case}) if p else None
    except ValueError:
        inf = None
    return inf.word if inf else tok.value


def _surely_genitive(toks: list, tokens: list, index: dict[int, int]) -> bool:
    """A genitive complement beyond the entry is kept unless it may be the subject of the
    next verb ("пандемии коронавируса государства объединили": "государства" is nominative)."""
    nouns = [t for t in toks if _pos(t, "NOUN")]
    if not nouns:
        return False
    if not any("nomn" in f.grams.values for f in getattr(nouns[-1], "forms", [])):
        return True
    nxt = index[toks[-1].span.start] + 1
    return not (nxt < len(tokens) and _pos(tokens[nxt], "VERB", "ADJS", "PRTS", "INFN"))


def _sentence_initial(tokens: list, index: dict[int, int], tok) -> bool:
    """A capital that only marks the start of a sentence ("Война не нужна никому")."""
    if not tok.value[:1].isupper() or tok.value.isupper():
        return False
    if any(p in f.grams.values for f in getattr(tok, "forms", [])[:1] for p in ("Geox", "Name", "Surn", "Orgn")):
        return False
    return all(t.type == "PUNCT" for t in tokens[:index[tok.span.start]])


def _same_letters(original: str, new: str) -> str:
    """Keep the text's spelling when only ё differs; never add ё the text does not use."""
    if new.replace("ё", "е") == original.replace("ё", "е"):
        return original
    return new if "ё" in original else new.replace("ё", "е")


def _grams_of(tok, pos: str) -> set[str]:
    out: set[str] = set()
    for f in getattr(tok, "forms", []):
        if pos in f.grams.values:
            out |= set(f.grams.values)
    return out


def _mod_word(mod_toks: list):
    return next(t for t in reversed(mod_toks) if t.value not in _PUNCT)


def _mod_prefix(mod_toks: list) -> str | None:
    words = [t for t in mod_toks if t.value not in ('"', "«", "»", "“", "”", "„")]
    if len(words) == 3 and words[1].value == "-":
        return words[0].value.lower()
    return None


def _subsequence(required: tuple[frozenset[str], ...], words: list[frozenset[str]]) -> bool:
    k = 0
    for w in words:
        if k < len(required) and required[k] & w:
            k += 1
    return k == len(required)


def _count_prefix(required: tuple[frozenset[str], ...], words: list[frozenset[str]]) -> int:
    k = 0
    for w in words:
        if k < len(required) and required[k] & w:
            k += 1
    return max(k, 1) if required else 0


def _match_sequence(lex: Lexicon, toks) -> str | None:
    words = [_forms(t) for t in toks if t.value not in _PUNCT or t.value == "-"]
    for phrase in lex.sequences:
        pw = [_forms(t) for t in tokenize(phrase) if t.value not in _PUNCT or t.value == "-"]
        if len(pw) == len(words) and all(a & b for a, b in zip(pw, words, strict=True)):
            return phrase
    return None


_NAME_LINK = frozenset({"по", "с", "со", "борьба", "противодействие", "вопрос", "предупреждение", "пресечение",
                        "профилактика", "искоренение", "предотвращение"})


def inside_body_name(tokens: list, index: dict[int, int], start: int, heads: frozenset[str]) -> bool:
    """Is the phrase at ``start`` the object of a capitalized body's name that the institution
    finder did not list ("Центра по противодействию незаконному обороту наркотиков")?"""
    j = index[start] - 1
    seen_po = False
    while j >= 0 and _forms(tokens[j]) & _NAME_LINK:
        seen_po = seen_po or tokens[j].value.lower() == "по"
        j -= 1
    if not seen_po:
        return False
    for k in range(j, max(j - 4, -1), -1):
        t = tokens[k]
        if t.value[:1].isupper() and not t.value.isupper() and _noun_lemmas(t) & heads:
            return True
        if t.type == "PUNCT":
            break
    return False


# ---------------------------------------------------------------------------------------
# The pipeline hook
# ---------------------------------------------------------------------------------------
#: tokens an anchored parse may cover (a threat phrase with coordinated modifiers and
#: complements stays well under it)
WINDOW = 48
#: anchored parses per sentence before the rest of a run-on sentence is given up (with a
#: warning); a real sentence of this genre needs a few dozen at most
MAX_PARSES = 400
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})


def _modifiers_start(tokens: list, h: int, floor: int) -> int:
    """The first token of the modifiers before the trigger at ``h`` (coordinated ones too)."""
    s = h
    while s - 1 >= floor and h - s < 20:
        t = tokens[s - 1]
        forms = getattr(t, "forms", None) or []
        if t.value in {",", "-"} or t.value.lower() in {"и", "или", "а"}:
            s -= 1
        elif any(f.grams and _MODIFIER_POS & set(f.grams.values) for f in forms[:2]) or _pos(t, "ADJF"):
            # "долговой" reads first as a surname: any adjective reading makes a modifier
            s -= 1
        elif forms and forms[0].grams and ({"ADVB", "PRCL"} & set(forms[0].grams.values)):
            # "непроверенная, а порой и заведомо ложная"; never below the floor, where an
            # earlier phrase ended ("опасность финансово-экономических санкций")
            s = max(s - 2, floor)
        elif t.type in ("RU", "LATIN") and s < len(tokens) and tokens[s].value == "-":
            s -= 1  # "финансово-" of "финансово-экономических", "DDoS-" of "DDoS-атак"
        else:
            break
    while s < h and (tokens[s].value in {",", "-"} or tokens[s].value.lower() in {"и", "или", "а"}
                     or (_is_adverb(tokens[s]) and tokens[s + 1].value != "-")):
        s += 1
    return s


def _is_adverb(t) -> bool:
    forms = getattr(t, "forms", None) or []
    return bool(forms) and forms[0].grams is not None and bool({"ADVB", "PRCL"} & set(forms[0].grams.values))




class Finder:
    """Fills ``Result.threats``; built once per Extractor."""

    def __init__(self, lexicons: Iterable = ()) -> None:
        """``lexicons``: users' threat TSV files (``phrase<TAB>category``) added to the bundled one."""
        lexicons = list(lexicons)
        self.matcher = ThreatMatcher(load_lexicon(extra=lexicons)) if lexicons else ThreatMatcher()
        self.body_heads = frozenset(r["lemma"].replace("ё", "е") for r in read_tsv(data_path("institution_heads.tsv")))

    def find(self, text: str, tokens: list, blocked: list[tuple[int, int]] = ()) -> list[Candidate]:
        """Threats of one sentence's tokens; heads inside ``blocked`` spans are skipped.

        The parser is anchored: for each trigger word (a lexicon head, a word of a fixed
        sequence) it parses from the first modifier before it, predicting the rule at that
        token only. Parsing cost then follows the phrases, not the sentence length, and a
        run-on list of hundreds of conjuncts stays linear.
        """
        index = {t.span.start: k for k, t in enumerate(tokens)}
        triggers = [k for k, t in enumerate(tokens) if _forms(t) & self.matcher.triggers]
        out: list[Candidate] = []
        n = len(tokens)
        pos = 0
        parses = 0
        for h in triggers:
            if h < pos:
                continue
            match = None
            for start in range(_modifiers_start(tokens, h, pos), h + 1):
                parses += 1
                match = anchored_match(self.matcher.parser, tokens[start:min(n, start + WINDOW)])
                if match is not None:
                    break
            if parses > MAX_PARSES:
                warnings.warn(f"shos_speech: threats of a run-on sentence at offset {tokens[0].span.start} "
                              f"searched up to offset {tokens[h].span.start} only ({MAX_PARSES} parses)",
                              RuntimeWarning, stacklevel=2)
                break
            if match is None:
                continue
            cands, resume = self.matcher.analyse(text, tokens, index, match, out[-1] if out else None)
            for c in cands:
                hs = c.head.span.start
                if any(a <= hs < b for a, b in blocked):
                    continue
                if inside_body_name(tokens, index, c.start, self.body_heads):
                    continue
                out.append(c)
            end = index[match.tokens[-1].span.start] + 1
            pos = resume if resume < end else end
        return out

    def fill(self, doc, result, attribution) -> None:
        blocked = [(m.start, m.end) for inst in result.institutions for m in inst.mentions]
        seen: set[tuple[int, int, str]] = set()
        for sent in doc.sentences:
            if not {lm.replace("ё", "е") for lm in sent.lemmas()} & self.matcher.triggers:
                continue
            for c in self.find(doc.text, sent.tokens, blocked):
                key = (c.start, c.stop, c.name)
                if key in seen:
                    continue
                seen.add(key)
                span = Span.of(doc.text, c.start, c.stop)
                result.threats.append(Threat(span=span, name=c.name, category=c.category,
                                             speaker=attribution.speaker_at(span.start)))
