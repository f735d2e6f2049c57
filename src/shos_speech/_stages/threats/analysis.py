"""From one THREAT match to threats: what the lexicon supports, coordination, span, names.

A noun-phrase match goes through named steps:

1. the modifier groups that agree with the head (intensifiers dropped);
2. the lexicon entry the phrase satisfies (generic, historical, and bare heads that are no
   nouns here are rejected);
3. the complements kept in the span: those the entry requires, then places, targets,
   acronyms and surely-genitive dependents;
4. coordinated complements: each one that forms an entry of its own gives a variant
   ("незаконный оборот наркотиков и оружия"), a plain one joins the phrase;
5. the span and where scanning resumes; a dated phrase is history;
6. the items: one per variant, per coordinated modifier group ("экологических и
   техногенных катастроф"), per coordinated place ("на ... и ... границах"), or one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..._core.agreement import agree
from ..._core.lexicon import words
from ...grammars.common import TokenMemo, fact_tokens
from ...models import ThreatCategory
from ...normalize import nominative_words
from .entries import constructed_entry
from .filters import dated, ends_dated, formula_end, historical, plain_noun
from .lexicon import PUNCT, Entry, ThreatLexicon, count_prefix, subsequence
from .naming import last_conjunct, name, place_names, same_letters, sentence_initial
from .number import bare_number, head_cases, listed, singular_mods
from .phrase import Compl, Parts, mod_word, read_parts, sentence_tokens
from .subjects import surely_genitive


@dataclass
class Candidate:
    """A threat found in a sentence: its character span, name and category."""

    start: int
    stop: int
    name: str
    category: ThreatCategory
    head: object
    #: the cases the head reads in here; a bare conjunct after it shares them
    cases: frozenset[str] = frozenset()


@dataclass
class Scope:
    """One sentence being read: what every step needs (built per sentence, never shared)."""

    text: str
    tokens: list
    index: dict[int, int]
    lexicon: ThreatLexicon
    triggers: frozenset[str]
    np_parser: object
    #: what the grammars' predicates answered for these tokens, shared by the sentence's parses
    memo: TokenMemo = field(default_factory=TokenMemo)

    def name(self, name_toks: list, head=None, **kw) -> str:
        return name(self.text, self.tokens, self.index, name_toks, head, **kw)


def analyse(scope: Scope, match, prev: Candidate | None,
            context: ThreatCategory | None = None) -> tuple[list[Candidate], int]:
    """Threats of one match and the token index where scanning resumes.

    ``context``: the match stands in a threat context ("противодействие X"), so a head the
    lexicon lacks is a threat too, of this category (``other``: the phrase's words decide).
    """
    last = scope.index[match.tokens[-1].span.start]
    if fact_tokens(match, "sequence"):
        return _sequence(scope, match), last + 1
    if fact_tokens(match, "attempt"):
        return _attempt(scope, match), last + 1
    return _noun_phrase(scope, read_parts(match, scope.tokens, scope.index, scope.lexicon), prev, context)


def _sequence(scope: Scope, match) -> list[Candidate]:
    toks = sentence_tokens(fact_tokens(match, "sequence")[0], scope.tokens, scope.index)
    key = scope.lexicon.match_sequence(toks)
    if key is None:
        return []
    phrase, cat = scope.lexicon.sequences[key]
    return [Candidate(toks[0].span.start, toks[-1].span.stop, phrase, cat, toks[0])]


def _attempt(scope: Scope, match) -> list[Candidate]:
    """One item per coordinated infinitive, each with the span of the whole phrase."""
    head = sentence_tokens(fact_tokens(match, "attempt")[0], scope.tokens, scope.index)[0]
    vps = [sentence_tokens(t, scope.tokens, scope.index) for t in fact_tokens(match, "vps")]
    start, stop = head.span.start, vps[-1][-1].span.stop
    head_word = same_letters(head.value, nominative_words([head.value])[0])
    if sentence_initial(scope.tokens, scope.index, head):
        head_word = head_word.lower()
    agent = [t for toks in fact_tokens(match, "agent") for t in toks]
    if agent:  # "попытки внешних сил вмешиваться": whose attempt belongs to the name
        head_word += " " + scope.text[agent[0].span.start:agent[-1].span.stop]
    return [Candidate(start, stop, f"{head_word} {scope.text[vp[0].span.start:vp[-1].span.stop]}",
                      ThreatCategory.other, head) for vp in vps]


# -- 1. modifiers ------------------------------------------------------------------------------
def agreeing_groups(parts: Parts, intensifiers: frozenset[str]) -> tuple[list[list[list]], list[str]]:
    """Modifier groups, right to left, while they agree with the head; intensifiers ("растущий") dropped."""
    coordinated = len(parts.mod_groups) > 1
    kept: list[list[list]] = []
    for g in reversed(parts.mod_groups):
        ok, cut = list(g), False
        for k in range(len(ok) - 1, -1, -1):
            if not agree(mod_word(ok[k]), parts.head, number=not coordinated):
                ok, cut = ok[k + 1:], True
                break
        if ok:
            kept.insert(0, ok)
        if cut:
            break
    seps = parts.seps[len(parts.seps) - (len(kept) - 1):] if len(kept) > 1 else []
    groups = [g for g in kept if g]
    while groups and groups[0] and mod_word(groups[0][0]).lemmas & intensifiers:
        groups[0] = groups[0][1:]
        if not groups[0]:
            groups.pop(0)
            seps = seps[1:]
    return groups, seps


# -- 3. complements kept ----------------------------------------------------------------------
def kept_complements(scope: Scope, entry: Entry, base: list[Compl], head) -> list[Compl]:
    """The complements the entry requires, then places, targets, acronyms and sure genitives, and
    where a threat of movement comes from ("возвращение боевиков из зон конфликтов")."""
    need, matched, keep = len(entry.compl), 0, []
    noun = head  # the noun the next complement depends on
    for c in base:
        if matched < need:
            keep.append(c)
            matched += count_prefix(entry.compl[matched:], [t.lemmas for t in c.tokens if t.value not in PUNCT])
        elif c.kind in ("loc", "target", "acr") \
                or (c.kind == "gen" and surely_genitive(c.tokens, scope.tokens, scope.index)) \
                or (c.kind == "quoted" and head.lemmas & words("threats", "group_heads")) \
                or (_origin(c) and head.lemmas & words("threats", "movement_heads")) \
                or (_aim(c) and head.lemmas & words("threats", "attack_heads")) or _object(c, noun) \
                or _means(c) or _channel(c) or (_scene(c) and head.lemmas & words("threats", "incident_heads")):
            keep.append(c)
        else:
            break
        noun = next((t for t in reversed(c.tokens) if t.has("NOUN")), noun)
    return keep


def _channel(c: Compl) -> bool:
    """The channel a threat goes through: "отмывание доходов через цифровые активы", "вербовка через
    интернет", "транзит наркотиков через южные рубежи"."""
    return c.kind in ("pp", "target") and c.tokens[0].value.lower() == "через" and len(c.tokens) > 1


def _means(c: Compl) -> bool:
    """The means a crime is done by: "мошенничество с использованием подложных подписей"."""
    return c.kind == "pp" and len(c.tokens) > 2 and c.tokens[0].value.lower() in ("с", "со") \
        and bool(c.tokens[1].lemmas & words("threats", "means_nouns"))


def _scene(c: Compl) -> bool:
    """Where an incident took place: "теракт на пассажирском вокзале", "взрыв у здания посольства"."""
    prep = c.tokens[0].value.lower()
    if c.kind == "pp" and len(c.tokens) > 3 and c.tokens[1].value in "«“„\"":
        # a named scene: "теракт в «Крокус Сити Холле»"
        return prep in ("в", "во", "на") or prep in ("у", "возле", "около")
    noun = next((t for t in c.tokens[1:] if t.has("NOUN")), None)
    if c.kind != "pp" or noun is None or noun.lemmas & words("threats", "time_nouns"):
        return False  # "теракты в апреле 2019 года": a time, not a scene
    return (prep in ("в", "во", "на") and noun.has_any("loct", "loc2")) or (prep in ("у", "возле", "около")
                                                                          and noun.has_any("gent", "gen2"))


def _object(c: Compl, noun) -> bool:
    """What a price, a ban or a duty is on: "цены на продовольствие", "запрет на поставки газа"."""
    if c.kind not in ("pp", "target") or c.tokens[0].value.lower() != "на":
        return False
    first = next((t for t in c.tokens[1:] if t.has("NOUN")), None)
    return first is not None and first.has("accs") and bool(noun.lemmas & words("threats", "object_nouns"))


def _origin(c: Compl) -> bool:
    """Where a threat of movement comes from or goes through: "из", "с территории", "через"."""
    return c.kind == "pp" and c.tokens[0].value.lower() in words("threats", "route_prepositions")


def _aim(c: Compl) -> bool:
    """What an attack strikes: "на" + accusative, "по" + dative."""
    prep = c.tokens[0].value.lower()
    # the first noun is what is struck ("давление на страны региона": "региона" depends on it)
    noun = next((t for t in c.tokens[1:] if t.has("NOUN")), c.tokens[-1])
    return c.kind == "pp" and ((prep == "на" and noun.has("accs")) or (prep == "по" and noun.has("datv")))


# -- 4. coordinated complements ----------------------------------------------------------------
@dataclass
class Coordination:
    variants: list[tuple[list, Entry]]  # (tokens of the conjunct, the entry it makes)
    absorbed: list[Compl]  # plain conjuncts that join the phrase
    used: list[Compl]  # every coordinated complement inside the span
    stop_at: Compl | None  # the complement where the phrase ends


def coordination(scope: Scope, parts: Parts, mods: list, keep: list[Compl], base: list[Compl],
                 entry: Entry) -> Coordination:
    rest = parts.complements[len(base):]
    coords: list[Compl] = []
    stop_at = None
    if rest and entry.compl and keep and keep[-1].kind == "gen" and len(keep) == len(base):
        coords = _leading_coords(rest)
    elif rest:
        stop_at = rest[0]
    variants: list[tuple[list, Entry]] = []
    absorbed: list[Compl] = []
    for c in coords:
        alt = [t for k in keep[:-1] for t in k.tokens] + c.tokens[1:]
        e = scope.lexicon.best_entry(parts.head, parts.prefix, mods, alt)
        if e is not None and e.category is not None and _conjunct_entry(e, entry, c):
            variants.append((c.tokens[1:], e))
        elif c.sep == "и" and not absorbed and not _is_threat_np(scope, c.tokens[1:]) \
                and not scope.lexicon.heads_entry(c.tokens[1:]) and not _protected(c.tokens[1:c.own]):
            absorbed.append(c)
        else:
            stop_at = c
            break
        if e is None or e.category is None:
            break
    return Coordination(variants, absorbed, coords[:len(variants) + len(absorbed)], stop_at)


def _conjunct_entry(e: Entry, entry: Entry, c: Compl) -> bool:
    """Does entry ``e`` make a variant of ``entry`` with the conjunct ``c``: as many complement words,
    or its last complement word in the conjunct ("незаконный оборот оружия и взрывчатых веществ",
    "... наркотических средств и их прекурсоров")?"""
    if len(e.compl) == len(entry.compl):
        return True
    own = [t.lemmas for t in c.tokens[1:] if t.value not in PUNCT]
    return bool(e.compl) and subsequence(e.compl[-1:], own)


def _protected(toks: list) -> bool:
    """A value at stake ("и продовольственной безопасности") is no conjunct of a threat's complement."""
    nouns = [t for t in toks if t.has("NOUN")]
    return bool(nouns) and nouns[-1].lemma in words("threats", "protected")


def _leading_coords(rest: list[Compl]) -> list[Compl]:
    """The coordinated complements after the base phrase, each with the genitives that depend on it
    ("... и проявлений | экстремизма", "... и вредителей | растений")."""
    out: list[Compl] = []
    for c in rest:
        if c.kind == "coord":
            out.append(c)
        elif c.kind == "gen" and out:
            own = out[-1].own or len(out[-1].tokens)
            out[-1] = Compl("coord", out[-1].tokens + c.tokens, out[-1].sep, own)
        else:
            break
    return out


def _is_threat_np(scope: Scope, toks: list) -> bool:
    """Is this genitive phrase a threat of its own ("... терроризма и экстремизма"), or a carrier
    of one ("... и проявлений экстремизма")?"""
    if len(toks) > 1 and toks[0].pos == "NOUN" and toks[0].lemmas & words("threats", "carriers") \
            and _is_threat_np(scope, toks[1:]):
        return True
    for m in scope.np_parser.findall(toks):
        parts = read_parts(m, scope.tokens, scope.index, scope.lexicon)
        mods = [m for g in parts.mod_groups for m in g]
        after = [t for t in sentence_tokens(m.tokens, scope.tokens, scope.index)
                 if t.span.start > parts.head.span.start]
        e = scope.lexicon.best_entry(parts.head, None, mods, after)
        if e is not None and e.category is not None:
            return True
    return False


# -- 5. span ---------------------------------------------------------------------------------
def span_and_resume(scope: Scope, span_toks: list, co: Coordination, after_head: int) -> tuple[int, int, int]:
    start = span_toks[0].span.start
    stop = max(t.span.stop for t in span_toks)
    if co.stop_at is None:
        resume = scope.index[span_toks[-1].span.start] + 1
    else:
        resume = scope.index[co.stop_at.tokens[0].span.start] + (1 if co.stop_at.kind == "coord" else 0)
    return start, stop, max(resume, after_head)


# -- the noun phrase ----------------------------------------------------------------------------
def _noun_phrase(scope: Scope, parts: Parts, prev: Candidate | None,
                 context: ThreatCategory | None = None) -> tuple[list[Candidate], int]:
    after_head = scope.index[parts.head.span.start] + 1
    groups, seps = agreeing_groups(parts, scope.lexicon.intensifiers)
    mods = [m for g in groups for m in g]
    base = _base_complements(parts.complements)
    entry = _entry(scope, parts, mods, base, prev, context)
    if entry is None:
        return [], after_head
    keep = kept_complements(scope, entry, base, parts.head)
    co = coordination(scope, parts, mods, keep, base, entry)
    span_toks = [t for m in mods for t in m] + parts.head_toks
    span_toks += [t for c in keep for t in c.tokens] + [t for c in co.used for t in c.tokens]
    start, stop, resume = span_and_resume(scope, span_toks, co, after_head)
    if dated(scope.tokens, stop) or ends_dated(span_toks):
        return [], resume
    formula = formula_end(scope.tokens, resume)
    if formula is not None:  # "терроризм во всех его формах и проявлениях": the span, not the name
        stop, resume = scope.tokens[formula - 1].span.stop, formula
    bare = not mods and parts.head_toks == [parts.head]
    prev_conjunct = prev if listed(scope.tokens, scope.index, parts.head, prev) else None
    after = next((k for k in range(after_head, len(scope.tokens)) if scope.tokens[k].span.start >= stop),
                 len(scope.tokens))
    number = bare_number(scope.tokens, scope.index, parts.head, prev_conjunct, after) if bare else None
    items = Items(scope, parts, start, stop, head_cases(parts.head, mods, number), number)
    return items.of_phrase(groups, seps, base, keep, co, entry), resume


def _entry(scope: Scope, parts: Parts, mods: list, base: list[Compl], prev: Candidate | None,
           context: ThreatCategory | None) -> Entry | None:
    """The lexicon entry the phrase is a threat by (or one its context makes), or None."""
    entry = scope.lexicon.best_entry(parts.head, parts.prefix, mods, [t for c in base for t in c.tokens])
    uncontrolled = context is not None and any(m[-1].lemmas & words("threats", "uncontrolled") for m in mods)
    if uncontrolled and entry is not None and entry.category is None and entry.size == 1:
        entry = None  # "неуправляемая миграция": lack of control makes the generic head a danger
    if _frames_a_threat(scope, parts, base) and not (entry is not None and entry.compl):
        return None  # "эскалация конфликта": the conflict is the threat, found next
    made = constructed_entry(scope.lexicon, parts, base, entry)
    if made is not None:  # "группировка «ИГИЛ-Хорасан»", "нестабильность в Афганистане", a misuse
        return made
    if entry is None and context is not None:
        if parts.head.lemmas & words("threats", "misuse_heads") and not uncontrolled \
                and not any(c.tokens[0].value.lower() == "против" for c in base):
            return None  # "не допустить превращения его территории": a use is a threat only as a misuse
            # or against someone ("применение беспилотников против мирных жителей")
        return _context_entry(scope, parts, mods, base, context)
    if entry is None or entry.category is None or not _accepted(scope, parts, entry, mods, prev):
        return None
    return entry


def _frames_a_threat(scope: Scope, parts: Parts, base: list[Compl]) -> bool:
    """Is the head an escalation noun followed by a threat in the genitive ("дальнейшая эскалация
    конфликта")? Then it only frames that threat, unless an entry names the pair ("эскалация
    напряженности")."""
    if not parts.head.lemmas & words("threats", "escalation_heads") or not base or base[0].kind != "gen":
        return False
    # "обострение обстановки": a generic word after it is no threat, so the escalation is one
    return any(t.lemmas & scope.lexicon.heads for t in base[0].tokens) and _is_threat_np(scope, base[0].tokens)


def _context_entry(scope: Scope, parts: Parts, mods: list, base: list[Compl], context: ThreatCategory) -> Entry:
    """An entry for a head the lexicon lacks, standing in a threat context: categorised by its words."""
    category = context
    if context is ThreatCategory.other:
        # where a danger is, or whom it strikes, does not say what it is ("столкновения на границе")
        # nor does a lack of control ("неконтролируемый рост долга": the debt, not migration)
        others = [t for c in base if c.kind not in ("loc", "scope", "target") for t in c.tokens] \
            + [m[-1] for m in mods if not m[-1].lemmas & words("threats", "uncontrolled")]
        category = scope.lexicon.category_of(parts.head, others)
    return Entry(parts.head.lemma, category, parts.head.lemma, parts.prefix, (), ())


def _base_complements(complements: list[Compl]) -> list[Compl]:
    """All modifiers go into the base phrase; complements only up to the first coordination."""
    out = []
    for c in complements:
        if c.kind == "coord":
            break
        out.append(c)
    return out


def _accepted(scope: Scope, parts: Parts, entry: Entry, mods: list, prev: Candidate | None) -> bool:
    """Not history ("уроки войны"), and a bare head only where it is the lexicon's noun."""
    first = mods[0][0] if mods else parts.head_toks[0]
    if entry.category == ThreatCategory.armed_conflict and historical(scope.tokens, scope.index, first,
                                                                      scope.lexicon.history):
        return False
    bare = not mods and parts.head_toks == [parts.head]
    is_listed = listed(scope.tokens, scope.index, parts.head, prev)
    return entry.size > 1 or plain_noun(scope.lexicon, scope.triggers, parts.head, scope.tokens, scope.index,
                                        is_listed, bare)


@dataclass
class Items:
    """Builds the candidates of one phrase: they share its span, head and cases."""

    scope: Scope
    parts: Parts
    start: int
    stop: int
    cases: frozenset[str]
    number: str | None

    def of_phrase(self, groups: list[list[list]], seps: list[str], base: list[Compl], keep: list[Compl],
                  co: Coordination, entry: Entry) -> list[Candidate]:
        """One item per variant, per modifier group, per coordinated place, or one."""
        mods = [m for g in groups for m in g]
        if co.variants:
            return self.variants(mods, keep, co, entry)
        tail = [t for c in keep for t in c.tokens] + [t for c in co.absorbed for t in c.tokens]
        no_expand = any(s.startswith("а") or s.startswith(", а") for s in seps)
        if len(groups) > 1 and not no_expand:
            expanded = self.per_group(groups, [t for c in base for t in c.tokens], tail)
            if expanded:
                return expanded
        if no_expand and groups:
            name_toks = last_conjunct(self.scope.tokens, self.scope.index, groups, self.parts.head_toks) + tail
        else:
            name_toks = [t for m in mods for t in m] + self.parts.head_toks + tail
        return self.per_place(name_toks, keep, entry)

    def _make(self, name_: str, category: ThreatCategory) -> Candidate:
        return Candidate(self.start, self.stop, name_, category, self.parts.head, self.cases)

    def variants(self, mods: list, keep: list[Compl], co: Coordination, entry: Entry) -> list[Candidate]:
        """"незаконный оборот наркотиков и оружия": the base phrase, then one per coordinated complement."""
        base_toks = [t for m in mods for t in m] + self.parts.head_toks
        keep_toks = [t for c in keep for t in c.tokens]
        head = self.parts.head
        out = [self._make(self.scope.name(base_toks + keep_toks, head, number=self.number), entry.category)]
        for alt_toks, e in co.variants:
            name_toks = base_toks + [t for c in keep[:-1] for t in c.tokens] + alt_toks
            out.append(self._make(self.scope.name(name_toks, head, number=self.number), e.category))
        return out

    def per_group(self, groups: list[list[list]], base_tokens: list, tail: list) -> list[Candidate]:
        """"экологических и техногенных катастроф": one threat per modifier group that makes an entry."""
        hits, generic = [], 0  # generic: conjuncts that name no threat ("экономические" of "... проблемы")
        for g in groups:
            e = self.scope.lexicon.best_entry(self.parts.head, self.parts.prefix, g, base_tokens)
            if e is not None and e.category is not None:
                hits.append((g, e))
            elif e is not None:
                generic += 1
        if not (len(hits) > 1 or (hits and len(hits) + generic == len(groups))):
            return []
        head = self.parts.head
        return [self._make(self.scope.name([t for m in g for t in m] + self.parts.head_toks + tail, head,
                                           as_singular=singular_mods(g, head)), e.category) for g, e in hits]

    def per_place(self, name_toks: list, keep: list[Compl], entry: Entry) -> list[Candidate]:
        names = place_names(self.scope.text, self.scope.tokens, self.scope.index, name_toks, keep,
                            self.parts.head, self.number)
        return [self._make(n, entry.category) for n in names]
