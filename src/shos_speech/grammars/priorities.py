"""Priority rules: the cue that marks a direction as a priority and the noun phrase it marks.

A Priority (ONTOLOGY.md §3) is declared by a cue (``data/priority_cues.tsv``: "приоритетом
является", "в качестве первого приоритета", "ключевой задачей остается", "подчеркнул
важность", "особое внимание уделил", "в центре внимания окажется" ...) and names its
content by a noun phrase before or after the cue. The rules are public yargy rules:

* ``PRIORITY_CUE`` — any cue phrase of the lexicon, with an ordinal or intensifier allowed
  between its words ("в качестве первого приоритета", "подчеркнул особую важность");
* ``PRIORITY_NP`` — the noun phrase of a priority: modifiers, a head noun, capped genitive,
  prepositional and dative complements and "и"-coordination ("укрепление стратегического
  партнерства и взаимной поддержки в рамках Организации");
* ``PRIORITY`` — the plain "cue + phrase" order ("подчеркнул важность укрепления
  сотрудничества в сфере безопасности").

    >>> from shos_speech.grammars import parser
    >>> from shos_speech.grammars.priorities import PRIORITY_NP
    >>> [m.span for m in parser(PRIORITY_NP).findall("развитие южных коридоров")]
    [[0, 24)]

:class:`Finder` places the phrase relative to the cue (after the verb that follows a
fronted cue, before a predicative cue, after a colon for lists, in the sentence before
for "это направление становится приоритетным", between a naming verb and an instrumental
cue in "считаем X главным приоритетом", in the "Во-первых, X. Во-вторых, Y." sentences
after a cue that named nothing), ranks it from ordinals and "во-первых", and gives it an
area from ``data/areas.tsv``. Coordination: commas and a list's last "и" separate items
(a count before the colon decides when items are pairs themselves); outside lists "X и Y"
with heads of their own is two items only when they belong to different areas; adjectives
coordinated under one noun ("энергетической и продовольственной безопасности") never split.
A participle after a comma that agrees with the noun before it opens a clause, not an item;
"Первым приоритетом является X, вторым — Y" ranks the elliptical items;
once a cue is found, the phrase that starts where the priority should start is reported cut at
the first token that cannot continue it (a relative or participial clause, a dash, a verb,
"прежде всего", "за счет", "в том числе"), never dropped, and a list goes on after a short
tail that opens no clause ("рост товарооборота в два раза, развитие туризма"); plural cue nouns as a
topic ("рассказал о приоритетах") or with their owner ("изложил приоритеты председательства")
name no content.
"""
from __future__ import annotations

from dataclasses import dataclass

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, is_upper, normalized
from yargy.predicates.constructors import Predicate

from .._core.tokens import token_lemmas
from ..lexicons import data_path, read_tsv
from ..models import Area, Priority, Result, Span
from ..normalize import nominative
from .common import ADJ, CONJ, GENT, HYPHEN, INT, NOUN, QUOTE, RU, anchored_findall, anchored_match, parser


def _e(word: str) -> str:
    return word.replace("ё", "е")


# ---------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------
_ROWS = read_tsv(data_path("priority_cues.tsv"))
CUE_STRENGTH: dict[tuple[str, ...], str] = {
    tuple(_e(w) for w in r["phrase"].split()): r["strength"]
    for r in _ROWS if r["strength"] in ("strong", "weak", "predicate")
}
GENERIC = frozenset(_e(r["phrase"]) for r in _ROWS if r["strength"] == "generic")
UNDERTAKING = frozenset(_e(r["phrase"]) for r in _ROWS if r["strength"] == "undertaking")
CONCRETE = frozenset(_e(r["phrase"]) for r in _ROWS if r["strength"] == "concrete")

AREA_WEIGHTS: dict[str, tuple[str, int]] = {
    _e(r["lemma"]): (r["area"], int(r["weight"] or 1)) for r in read_tsv(data_path("areas.tsv"))
}

ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6,
            "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10}
# "во-первых", "в-третьих": the enumerator word after "во"/"в" and a hyphen
ENUMERATORS = {"первых": 1, "вторых": 2, "третьих": 3, "четвертых": 4, "пятых": 5, "шестых": 6}
COPULAS = frozenset({"являться", "оставаться", "становиться", "стать", "быть", "должный", "мочь"})
# infinitives that link a cue to its phrase ("следует уделить особое внимание X")
LINKING = COPULAS | frozenset({"уделить", "уделять", "придать", "придавать", "сосредоточиться", "сосредотачиваться",
                               "сделать", "делать", "оставаться", "находиться", "стоять"})
# "X является / остается / находится приоритетом": verbs linking a phrase before a cue to it
LINK_VERBS = COPULAS | frozenset({"находиться", "стоять", "оказаться"})
# verbs that take a fronted cue as a predicate: "считаем приоритетом X", "назвал ключевыми направлениями X"
NAMING = frozenset({"считать", "назвать", "называть", "видеть", "определить", "определять", "обозначить",
                    "обозначать", "объявить", "объявлять", "выделить", "выделять", "признать", "признавать"})
# "на ближайшие годы", "на период председательства": circumstances between a cue and its phrase
TIME_NOUNS = frozenset({"год", "период", "время", "срок", "перспектива", "десятилетие", "пятилетка", "этап",
                        "месяц", "будущее"})
TIME_PREPS = frozenset({"на", "в", "до", "к"})
# "назвал три направления: ..." — the count of a list's items
COUNTS = {"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
          "десять": 10}
DEMONSTRATIVES = frozenset({"этот", "данный", "такой", "указанный", "подобный"})
# a fronted cue's clause: words that end it before any verb was seen
_CLAUSE_STOP = frozenset({"который", "что", "чтобы", "если", "когда", "где", "как"})
_FILLER = frozenset({"также", "еще", "сегодня", "ныне", "теперь", "по-прежнему", "прежде", "всего",
                     "именно", "же", "вновь", "снова", "отныне", "впредь"})
# "прежде всего", "в том числе", "за счет", "а также": an aside or elaboration, never a list's tail
_ASIDE = frozenset({"прежде", "всего", "том", "тот", "число", "счет", "также", "например", "частности"})
_CLAUSE_OPENERS = frozenset({"что", "и", "а", "но", "ведь", "поэтому", "однако", "также", "именно", "ныне",
                             "сегодня", "теперь", "при", "этом"})
_PARENTHETICAL = frozenset({"слово", "мнение", "оценка", "данные", "убеждение"})


# ---------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------
# "главный акцент будет сделан на": an adverb, adjective or the auxiliary may stand inside a cue
_INSERT = or_(gram("ADVB"), ADJ, normalized("быть"))


def cue_rule(words: tuple[str, ...]):
    """One cue phrase of lemmas; an adverb, adjective or "быть" may stand between its words."""
    parts = []
    for k, w in enumerate(words):
        if k:
            parts.append(_INSERT.optional())
        parts.append(normalized(w))
    return rule(*parts)


# ordinals before a cue belong to it ("Третьим приоритетом", "Вторым важным направлением")
ORDINAL = dictionary(set(ORDINALS))
PRIORITY_CUE = rule(
    ORDINAL.optional(),
    or_(*[cue_rule(words) for words in sorted(CUE_STRENGTH)]),
).named("PRIORITY_CUE")

# "по-настоящему общего", "взаимовыгодно" before an adjective
PO_ADVERB = rule(eq("по"), HYPHEN, RU)
PLAIN_MODIFIER = rule(
    PO_ADVERB.optional(),
    rule(RU, HYPHEN).repeatable(max=2).optional(),
    ADJ,
)
# «зеленая» энергетика: a quoted adjective used as a term
QUOTED_MODIFIER = rule(QUOTE, ADJ, QUOTE)
MODIFIER = or_(PLAIN_MODIFIER, QUOTED_MODIFIER).named("MODIFIER")
# "по" has an Abbr NOUN reading: acronyms must be upper case
HEAD_NOUN = or_(and_(NOUN, not_(gram("Abbr"))), and_(NOUN, is_upper()))
COMPOUND_NOUN = or_(rule(HEAD_NOUN), rule(HEAD_NOUN, HYPHEN, HEAD_NOUN))  # "государствами-наблюдателями"
# "мировые экономические и транспортно-транзитные коридоры"
MODIFIERS = or_(
    MODIFIER.repeatable(max=4),
    rule(MODIFIER.repeatable(max=3), CONJ, MODIFIER.repeatable(max=2)),
)
BASIC_NP = or_(rule(COMPOUND_NOUN), rule(MODIFIERS, COMPOUND_NOUN)).named("BASIC_NP")
# acronyms pymorphy does not know ("ШОС" is UNKN) complement a noun as a genitive would
ACRONYM = and_(is_upper(), not_(eq("И")), not_(gram("PREP")), not_(gram("CONJ")))

GEN_MODIFIER = or_(
    rule(PO_ADVERB.optional(), rule(RU, HYPHEN).repeatable(max=2).optional(), and_(ADJ, GENT)),
    rule(QUOTE, and_(ADJ, GENT), QUOTE),  # "развитие «зеленой» экономики"
)
GEN_NOUN = or_(
    rule(and_(HEAD_NOUN, GENT)),
    rule(and_(HEAD_NOUN, GENT), HYPHEN, and_(HEAD_NOUN, GENT)),  # "государств – членов"
)
GEN_NP = or_(
    GEN_NOUN,
    rule(GEN_MODIFIER.repeatable(max=3), and_(HEAD_NOUN, GENT)),
    rule(GEN_MODIFIER.repeatable(max=2), CONJ, GEN_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, GENT)),
).named("GEN_NP")
DAT_MODIFIER = or_(
    rule(PO_ADVERB.optional(), rule(RU, HYPHEN).repeatable(max=2).optional(), and_(ADJ, gram("datv"))),
    rule(QUOTE, and_(ADJ, gram("datv")), QUOTE),
)
DAT_NP = or_(
    rule(and_(HEAD_NOUN, gram("datv"))),
    rule(DAT_MODIFIER.repeatable(max=3), and_(HEAD_NOUN, gram("datv"))),
    rule(DAT_MODIFIER.repeatable(max=2), CONJ, DAT_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, gram("datv"))),
).named("DAT_NP")
class normal_suffix(Predicate):
    """A token with a normal form ending in one of ``suffixes`` (verbal nouns: "-ние", "-тие")."""

    __attributes__ = ["suffixes"]

    def __init__(self, suffixes: tuple[str, ...]) -> None:
        self.suffixes = suffixes

    def __call__(self, token) -> bool:
        return any(f.normalized.endswith(self.suffixes) for f in getattr(token, "forms", ()))


# circumstances of the clause, never the priority's own complement
PP_STOP = frozenset({"учет", "условие", "ход", "фон", "итог", "цель", "связь", "отношение", "число",
                     "слово", "мнение", "оценка", "данные", "год", "время", "период", "момент",
                     "размер", "сумма", "объём", "объем",  # "в размере 12 млрд евро"
                     "счет", "счёт", "том"})  # "за счет X" (the means), "в том числе" (an elaboration)
PREPOSITION = and_(gram("PREP"), not_(dictionary({"для", "из", "после", "до", "кроме", "вместо"})))
PP_NOUN = and_(HEAD_NOUN, not_(dictionary(PP_STOP)))
# "подготовка энергосистемы к осенне-зимнему периоду": after "к" a qualified time noun is the
# goal the head governs, not a circumstance ("в период председательства", "на ближайшие годы")
TIME_STOP = frozenset({"год", "время", "период", "момент", "сезон"})
# "подготовка кадров для атомной энергетики": "для" + whom it serves belongs to the phrase;
# "для обеспечения ..." (a purpose, a verbal noun) does not
BENEFICIARY = and_(PP_NOUN, not_(normal_suffix(("ние", "тие"))))
PP = or_(
    rule(eq("для"), BENEFICIARY),
    rule(eq("для"), MODIFIERS, BENEFICIARY),
    rule(PREPOSITION, PP_NOUN),
    rule(PREPOSITION, and_(ACRONYM, not_(gram("NOUN")))),  # "сотрудничество в ШОС"
    rule(PREPOSITION, PP_NOUN, HYPHEN, HEAD_NOUN),
    rule(PREPOSITION, MODIFIERS, PP_NOUN),
    rule(eq("к"), MODIFIERS, and_(HEAD_NOUN, dictionary(TIME_STOP))),
).named("PP")
# "снятие сохраняющихся на общем рынке барьеров": a participle with its own complement stands
# between the head and its genitive
PARTICIPIAL_GEN_NP = or_(
    rule(and_(gram("PRTF"), GENT), PP, and_(HEAD_NOUN, GENT)),
    rule(and_(gram("PRTF"), GENT), PP, GEN_MODIFIER.repeatable(max=2), and_(HEAD_NOUN, GENT)),
).named("PARTICIPIAL_GEN_NP")
# "увеличение товарооборота до 5 миллиардов долларов": a target quantity
NUMBER = or_(INT, gram("NUMR"))
MEASURE = or_(HEAD_NOUN, dictionary({"млрд", "млн", "трлн", "тыс"}))
QUANTITY_PP = or_(
    rule(dictionary({"до", "на"}), NUMBER, MEASURE),
    rule(dictionary({"до", "на"}), NUMBER, MEASURE, and_(HEAD_NOUN, GENT)),
).named("QUANTITY_PP")
# an instrumental governed by the noun before it ("управления искусственным интеллектом", "обмен
# опытом"); cue and adverbial nouns never are ("приоритетом", "путем", "образом")
ABLT_STOP = frozenset({"приоритет", "задача", "направление", "цель", "сфера", "область", "основа", "путь",
                       "образ", "счет", "часть", "пример", "фактор", "элемент", "условие", "инструмент",
                       "год", "время", "период", "раз", "ряд", "итог", "помощь", "средство", "член",
                       "председатель", "участник", "партнер", "лидер", "глава", "президент", "министр"})
ABLT_NOUN = and_(HEAD_NOUN, gram("ablt"), not_(gram("anim")), not_(gram("Geox")),
                 not_(dictionary(ABLT_STOP | {"счёт", "партнёр"})))
ABLT_NP = or_(
    rule(ABLT_NOUN),
    rule(and_(ADJ, gram("ablt")).repeatable(max=3), ABLT_NOUN),
).named("ABLT_NP")
COMPLEMENT = or_(GEN_NP, PARTICIPIAL_GEN_NP, DAT_NP, PP, QUANTITY_PP, ABLT_NP, rule(ACRONYM),
                 rule(CONJ, or_(GEN_NP, DAT_NP, PP, ABLT_NP))).named("COMPLEMENT")
# No trailing optional parts: yargy's chart loses long matches of "X (и X)?" when X ends
# in a nullable repetition, so each rule lists its alternatives explicitly.
NP_UNIT = or_(BASIC_NP, rule(BASIC_NP, COMPLEMENT.repeatable(max=7))).named("NP_UNIT")
PRIORITY_NP = or_(NP_UNIT, rule(NP_UNIT, rule(CONJ, NP_UNIT).repeatable(max=3))).named("PRIORITY_NP")

PRIORITY = rule(PRIORITY_CUE, PRIORITY_NP).named("PRIORITY")


# ---------------------------------------------------------------------------------------
# Token helpers
# ---------------------------------------------------------------------------------------
def lemmas(tok) -> frozenset[str]:
    return token_lemmas(tok)


def _grams(tok) -> list[set[str]]:
    return [set(f.grams.values) for f in getattr(tok, "forms", [])]


def _has_pos(tok, *pos: str) -> bool:
    return any(g & set(pos) for g in _grams(tok))


def _first_pos(tok) -> str | None:
    for g in _grams(tok):
        for p in ("NOUN", "ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PREP", "CONJ", "PRCL",
                  "NPRO", "NUMR", "COMP", "Apro"):
            if p in g:
                return p
    return None


_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2", "acc2"}


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})


def noun_cases(tok) -> set[str]:
    """Cases of a token's noun readings; a function word ("и", "по": abbreviation readings) has none."""
    out: set[str] = set()
    grams = _grams(tok)
    if grams and grams[0] & _FUNCTION_POS:
        return out
    for g in grams:
        if "NOUN" in g:
            out |= {{"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(c, c) for c in g & _CASES}
    return out


def _case_numbers(tok) -> set[tuple[str, str]]:
    """(case, number) pairs of a noun's readings: agreement test between conjuncts."""
    out = set()
    for g in _grams(tok):
        if "NOUN" in g:
            number = "plur" if "plur" in g else "sing"
            out |= {({"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(c, c), number) for c in g & _CASES}
    return out


_GENDERS = ("masc", "femn", "neut")


def _agreement(tok) -> set[tuple[str, str, str]]:
    """(case, number, gender or animacy) of a noun's, adjective's or participle's readings; the
    third slot tells "обеспечивающих" (accs only when animate) from "потребности" (inanimate)."""
    out = set()
    for g in _grams(tok):
        if g & {"NOUN", "ADJF", "PRTF"}:
            number = "plur" if "plur" in g else "sing"
            for c in g & _CASES:
                c = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(c, c)
                if c == "accs" and number == "plur":
                    third = "inan" if "NOUN" in g and "inan" in g else "anim" if "anim" in g else "inan"
                elif number == "sing":
                    third = next((x for x in _GENDERS if x in g), "")
                else:
                    third = ""
                out.add((c, number, third))
    return out


def _agree(a, b) -> bool:
    """Two words could stand in one noun phrase: a shared case and number (gender, animacy)."""
    return any(x[:2] == y[:2] and (not x[2] or not y[2] or x[2] == y[2] or "ms-f" in (x[2], y[2]))
               for x in _agreement(a) for y in _agreement(b))


def _adjectival(tok) -> bool:
    """An adjective or participle by its first reading ("энергетической", "связывающих")."""
    gs = _grams(tok)
    return bool(gs) and bool(gs[0] & {"ADJF", "PRTF"})


def _all_animate(tok) -> bool:
    """A person noun ("министр", "партнеры"): never the head of a direction of activity."""
    nouns = [g for g in _grams(tok) if "NOUN" in g]
    return bool(nouns) and all("anim" in g for g in nouns)


def _is_verbal(tok) -> bool:
    gs = _grams(tok)
    if not gs:
        return False
    first = gs[0]
    if first & {"VERB", "INFN", "PRTS"}:
        return True
    return "ADJS" in first and "должный" in lemmas(tok)


def _passive(tok) -> bool:
    """A short passive participle ("названо", "признана"): its subject is the named phrase."""
    gs = _grams(tok)
    return bool(gs) and "PRTS" in gs[0]


def _is_dash(text: str, tok) -> bool:
    if tok.value != "-":
        return False
    a, b = tok.span.start, tok.span.stop
    if a > 0 and text[a - 1].isdigit() and text[b:b + 1].isdigit():
        return False  # "на 2026–2030 годы": a range, not a clause dash
    return (a > 0 and text[a - 1].isspace()) or (b < len(text) and text[b:b + 1].isspace()) or text[a:b] != "-"


_OPEN_QUOTES = frozenset('«"“„')
_CLOSE_QUOTES = frozenset('»"”“')


def _quoted_word(toks: list, k: int) -> bool:
    """«зеленая»: one adjective in quotes, a term inside a noun phrase."""
    return (k + 2 < len(toks) and toks[k].value in _OPEN_QUOTES and toks[k + 2].value in _CLOSE_QUOTES
            and _has_pos(toks[k + 1], "ADJF", "PRTF"))


def _enumerator(toks: list, k: int) -> tuple[int, int] | None:
    """(rank, tokens used) of "во-первых" / "в-третьих" starting at ``k``."""
    if k + 2 < len(toks) and toks[k].value.lower() in ("во", "в") and toks[k + 1].value == "-":
        r = ENUMERATORS.get(_e(toks[k + 2].value.lower()))
        if r:
            return r, 3
    return None


def _lead(text: str, toks: list) -> int:
    """Index of a sentence's first word after opening quotes and a dialogue dash ("«Во-первых, ...")."""
    k = 0
    while k < len(toks) and (toks[k].value in _OPEN_QUOTES or _is_dash(text, toks[k])):
        k += 1
    return k


@dataclass
class Cue:
    start: int  # token indices [start, stop)
    stop: int
    strength: str
    rank: int | None


@dataclass
class Phrase:
    start: int  # token indices [start, stop)
    stop: int
    rank: int | None = None


class Finder:
    """Finds Priorities sentence by sentence; the pipeline calls :meth:`fill` per document."""

    def __init__(self) -> None:
        self._cue_parser = parser(PRIORITY_CUE)
        # the words a cue can begin with (an ordinal, or a cue phrase's first lemma)
        self._cue_starts = frozenset(ORDINALS) | {words[0] for words in CUE_STRENGTH}
        self._np_parser = parser(PRIORITY_NP)
        self._np_cache: dict[tuple[int, int], object] = {}  # per document: (start, stop) offsets -> match
        self._triggers = [set(w) - {"в", "на", "из", "во", "среди", "номер"} for w in CUE_STRENGTH]

    # -- document level ----------------------------------------------------------------
    def fill(self, doc, result: Result, attribution) -> None:
        text = doc.text
        self._np_cache = {}
        taken: list[tuple[int, int]] = []
        prev_sentence = None
        prev_had = False
        # a cue that named no phrase ("выделил три приоритета"): "Во-первых, X. Во-вторых, Y." follow
        pending: tuple[Cue, list] | None = None
        for sent in doc.sentences:
            toks = sent.tokens
            has = False
            lead = _lead(text, toks)
            if pending is not None and _enumerator(toks, lead):
                cue, cue_toks = pending
                for ph in self._enumerated_items(text, toks, lead):
                    has = self._add(text, toks, ph, cue, cue_toks, attribution, result, taken) or has
                if has:
                    prev_sentence, prev_had = sent, has
                    continue
            pending = None
            lem = {_e(x) for x in sent.lemmas()}
            if any(t <= lem for t in self._triggers):
                for cue in self._cues(toks):
                    phrases, backref = self._phrases(text, toks, cue)
                    if backref and not phrases:
                        if prev_had or has or prev_sentence is None:
                            continue
                        phrases = self._object_of(text, prev_sentence.tokens)
                        toks_of = prev_sentence.tokens
                    else:
                        toks_of = toks
                    if not phrases:
                        pending = (cue, toks)
                    if len(phrases) == 1 and phrases[0].rank is None and cue.rank is None and (
                            self._enumerated(toks, cue) is None):
                        phrases = self._by_area(toks_of, phrases[0])
                    for ph in phrases:
                        has = self._add(text, toks_of, ph, cue, toks, attribution, result, taken) or has
            if has:
                pending = None
            prev_sentence, prev_had = sent, has

    def _add(self, text: str, toks: list, ph: Phrase, cue: Cue, cue_toks: list, attribution, result: Result,
             taken: list[tuple[int, int]]) -> bool:
        """Append the item of a phrase unless it overlaps one already found; True when the place is taken."""
        item = self._item(text, toks, ph, cue, cue_toks, attribution)
        if item is None:
            return False
        span = (item.span.start, item.span.end)
        if any(a < span[1] and span[0] < b for a, b in taken):
            return True
        taken.append(span)
        result.priorities.append(item)
        return True

    def _enumerated_items(self, text: str, toks: list, lead: int = 0) -> list[Phrase]:
        """"Во-вторых, адаптация к изменению климата." after a cue sentence: the ranked phrases."""
        phrases = [ph for ph in self._list(text, toks, lead) if ph.rank is not None]
        for ph in phrases:
            if ph.stop < len(toks) and (_is_verbal(toks[ph.stop]) or _is_dash(text, toks[ph.stop])):
                return []  # "Во-первых, Казахстан предлагает ...": a clause, not a named direction
        return phrases

    # -- cues --------------------------------------------------------------------------
    def _cues(self, toks: list) -> list[Cue]:
        out = []
        index = {t.span.start: i for i, t in enumerate(toks)}
        starts = [k for k, t in enumerate(toks) if lemmas(t) & self._cue_starts]
        for m in anchored_findall(self._cue_parser, toks, starts):
            i = index.get(m.span.start)
            if i is None:
                continue
            j = i
            while j < len(toks) and toks[j].span.stop <= m.span.stop:
                j += 1
            seq = [lemmas(t) for t in toks[i:j]]
            strength = self._strength(seq)
            if strength is None:
                continue
            rank = None
            for t in toks[max(0, i - 1):j]:
                for lm in lemmas(t):
                    if lm in ORDINALS and _has_pos(t, "ADJF"):
                        rank = rank or ORDINALS[lm]
            if strength == "predicate" and not self._predicative(toks, i, j):
                continue
            if i >= 2 and toks[i - 1].value.lower() == "из" and "один" in lemmas(toks[i - 2]):
                i -= 2  # "одной из главных задач": the instrumental a naming verb takes
            if strength != "predicate" and _has_pos(toks[j - 1], "ADJF") and j < len(toks) and (
                    noun_cases(toks[j]) & self._adj_cases(toks[j - 1])):
                continue  # "важной частью", "приоритетных вопросов": an attribute, not a cue
            out.append(Cue(i, j, strength, rank))
        return out

    @staticmethod
    def _adj_cases(tok) -> set[str]:
        out = set()
        for g in _grams(tok):
            if "ADJF" in g:
                out |= {{"gen2": "gent", "loc2": "loct"}.get(c, c) for c in g & _CASES}
        return out

    @staticmethod
    def _strength(seq: list[set[str]]) -> str | None:
        """The strongest lexicon phrase whose words appear in order in the match."""
        best: tuple[int, int, str] | None = None
        rank = {"strong": 3, "predicate": 2, "weak": 1}
        for words, strength in CUE_STRENGTH.items():
            k = 0
            for lm in seq:
                if k < len(words) and words[k] in lm:
                    k += 1
            key = (len(words), rank[strength], strength)
            if k == len(words) and (best is None or key > best):
                best = key
        return best[2] if best else None

    @staticmethod
    def _predicative(toks: list, i: int, j: int) -> bool:
        """"X важно" but not "важно + infinitive", "важно, чтобы", "важную роль"."""
        tok = toks[i]
        if not any(g & {"ADJS", "ADVB"} for g in _grams(tok)[:2]):
            return False
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (_has_pos(nxt, "INFN") or nxt.value == ","):
            return False
        return True

    # -- phrases -----------------------------------------------------------------------
    def _phrases(self, text: str, toks: list, cue: Cue) -> tuple[list[Phrase], bool]:
        """The phrases a cue marks, and whether it points back ("это направление")."""
        if cue.strength != "predicate":
            forward = self._forward(text, toks, cue)
            if forward:
                return forward, False
        return self._backward(text, toks, cue)

    def _forward(self, text: str, toks: list, cue: Cue) -> list[Phrase]:
        last = toks[cue.stop - 1]
        direct = any(_has_pos(t, "VERB", "INFN", "GRND", "PRTS") for t in toks[cue.start:cue.stop]) or _has_pos(
            last, "PREP")
        # "отнес к приоритетным задачам X", "включил в число приоритетов X": the verb precedes
        p = cue.start - 1 if cue.start and _has_pos(toks[cue.start - 1], "PREP") else cue.start
        if _has_pos(toks[p], "PREP") and p > 0 and _is_verbal(toks[p - 1]):
            direct = True
        # "назвал одним из приоритетов X": the instrumental may be the cue's first word
        if cue.start and _is_verbal(toks[cue.start - 1]) and lemmas(toks[cue.start - 1]) & NAMING and any(
                "ablt" in g for t in (toks[cue.start], last) for g in _grams(t)) and not _passive(toks[cue.start - 1]):
            direct = True  # "X названо ключевым направлением": the passive's subject stands before it
        # "обозначили ключевые направления совместной работы: X, Y"
        if cue.stop < len(toks) and toks[cue.stop].value == ":":
            return self._list(text, toks, cue.stop + 1)
        own = self._np_at(toks, cue.stop)
        if own is not None and own.stop < len(toks) and toks[own.stop].value == ":" and "gent" in noun_cases(
                toks[self._head(toks, own) or own.start]):
            return self._list(text, toks, own.stop + 1)
        # "рассказал о приоритетах (страны)", "обсудили приоритеты сотрудничества": plural cue nouns
        # as a topic or with their owner's genitive name no content unless a list follows
        plural = bool(_grams(last)) and {"NOUN", "plur"} <= _grams(last)[0]
        if plural and cue.start and toks[cue.start - 1].value.lower() in ("о", "об", "обо"):
            return []
        k: int | None = cue.stop
        if not direct:
            k = self._pivot(text, toks, cue.stop)
            if k is None:
                return []
        k = self._skip_fillers(text, toks, k)
        if k >= len(toks):
            return []
        if toks[k].value == ":":
            return self._list(text, toks, k + 1)
        if _enumerator(toks, k):
            return self._list(text, toks, k)
        if _has_pos(toks[k], "NUMR") or lemmas(toks[k]) & {"следующий", "такой", "несколько", "ряд"}:
            counted = self._np_at(toks, k + 1)
            if counted and counted.stop < len(toks) and toks[counted.stop].value == ":":
                return self._list(text, toks, counted.stop + 1)  # "назвал три сферы: ..."
        first = self._np_at(toks, k)
        if first is None:
            return []
        if direct and first.stop < len(toks) and self._cue_complement(toks, first):
            # "отнес к приоритетным задачам Организации X": the genitive belongs to the cue
            k = self._time_pp(toks, first.stop) or first.stop
            first = self._np_at(toks, k)
            if first is None:
                return []
        if direct and plural and k == cue.stop:
            head_cases = noun_cases(toks[self._head(toks, first) or first.start])
            if "gent" in head_cases and not head_cases & {"nomn", "accs"}:
                return []  # "изложил приоритеты казахстанского председательства"
        if first.stop < len(toks) and toks[first.stop].value == ":" and self._generic(toks, first):
            return self._list(text, toks, first.stop + 1)
        if cue.strength == "weak" and not direct and not self._after_copula(toks, k):
            return []
        return self._list(text, toks, k)

    def _time_pp(self, toks: list, k: int) -> int | None:
        """Index after "на ближайшие годы" / "на 2026–2030 годы" / "на период председательства" at ``k``."""
        if k >= len(toks) or toks[k].value.lower() not in TIME_PREPS:
            return None
        for e in range(k + 1, min(len(toks), k + 6)):
            t = toks[e]
            if lemmas(t) & TIME_NOUNS and noun_cases(t):
                e += 1
                if e < len(toks) and "gent" in noun_cases(toks[e]):
                    gen = self._np_at(toks, e)  # "на период председательства Беларуси"
                    head = self._head(toks, gen) if gen else None
                    if gen is not None and head is not None and "gent" in noun_cases(toks[head]):
                        e = gen.stop
                return e
            if not (t.type == "INT" or t.value == "-" or _has_pos(t, "ADJF", "NUMR", "PRTF")):
                return None
        return None

    def _cue_complement(self, toks: list, ph: Phrase) -> bool:
        """A genitive right after a cue noun, followed by the phrase itself."""
        head = self._head(toks, ph)
        if ph.stop - ph.start > 5 or head is None or "gent" not in noun_cases(toks[head]) or (
                "gent" not in noun_cases(toks[ph.stop - 1]) and not toks[ph.stop - 1].value.isupper()):
            return False  # "приоритетов сотрудничества (в ШОС)" before the phrase
        nxt = self._np_at(toks, self._time_pp(toks, ph.stop) or ph.stop)
        return nxt is not None and bool(noun_cases(toks[self._head(toks, nxt) or nxt.start]) & {"nomn", "accs"})

    def _after_copula(self, toks: list, k: int) -> bool:
        for t in toks[max(0, k - 3):k]:
            if lemmas(t) & (COPULAS | {"назвать", "называть", "считать", "обозначить", "определить", "видеть"}):
                return True
        return False

    def _pivot(self, text: str, toks: list, k: int) -> int | None:
        """Index after the verb (or dash) that links a fronted cue to its phrase."""
        n = 0
        while k < len(toks) and n < 12:
            t = toks[k]
            if t.value == "(":
                close = next((e for e in range(k + 1, min(len(toks), k + 6)) if toks[e].value == ")"), None)
                if close is None:
                    return None
                k = close + 1  # "Региональной антитеррористической структуры (РАТС)"
                continue
            if t.value in ".;!?()\"«»“”":
                return None
            if t.value == ":":
                return k
            if t.value == ",":
                after = self._parenthetical(toks, k)
                if after is None:
                    return None
                k = after
                continue
            if _is_dash(text, t):
                return k + 1
            if lemmas(t) & _CLAUSE_STOP or _has_pos(t, "GRND") and _grams(t)[0] & {"GRND"}:
                return None
            if _is_verbal(t):
                return k + 1
            k += 1
            n += 1
        return None

    @staticmethod
    def _parenthetical(toks: list, k: int) -> int | None:
        """Index after ", по его словам," / ", как отметил президент," starting at comma ``k``."""
        for e in range(k + 1, min(len(toks), k + 8)):
            if toks[e].value == ",":
                seg = toks[k + 1:e]
                lm = set().union(*[lemmas(t) for t in seg]) if seg else set()
                if ("по" in lm and lm & _PARENTHETICAL) or "как" in lm or lm & {"подчеркнуть", "отметить",
                                                                                   "заявить", "сказать"}:
                    return e + 1
                return None
        return None

    def _skip_fillers(self, text: str, toks: list, k: int) -> int:
        while k < len(toks):
            t = toks[k]
            if t.value == "," and _enumerator(toks, k + 1):
                return k + 1  # "определили, во-первых, X, во-вторых, Y"
            timed = self._time_pp(toks, k)
            if timed is not None:
                k = timed
                continue
            if t.value == ",":
                after = self._parenthetical(toks, k)
                if after is None:
                    return k
                k = after
                continue
            if _is_dash(text, t) or lemmas(t) & _FILLER:
                k += 1
                continue
            if _grams(t) and _grams(t)[0] & {"INFN"}:
                if not lemmas(t) & LINKING:
                    return len(toks)  # "считаем важным усилить ...": an undertaking, not a domain
                k += 1
                continue
            if _grams(t) and _grams(t)[0] & {"ADVB", "PRCL"} and not (k + 1 < len(toks) and toks[k + 1].value == "-"):
                k += 1
                continue
            if _is_verbal(t):
                k += 1
                continue
            return k
        return k

    def _np_at(self, toks: list, k: int) -> Phrase | None:
        """The longest PRIORITY_NP starting at token ``k`` (within the clause)."""
        if k >= len(toks) or not _has_pos(toks[k], "NOUN", "ADJF", "PRTF") and toks[k].value != "по" and not (
                _quoted_word(toks, k)):
            return None
        if _grams(toks[k]) and _grams(toks[k])[0] & {"NPRO", "PREP", "CONJ", "Apro"} and not lemmas(toks[k]) & {
                "весь", "наш", "свой", "этот", "данный"}:
            return None
        stop = k
        while stop < len(toks) and stop - k < 40:
            if _quoted_word(toks, stop):
                stop += 3  # «зеленая» энергетика
                continue
            if toks[stop].value in ".;!?:«»\"“”(":
                break
            stop += 1
        if stop == k:
            return None
        key = (toks[k].span.start, toks[stop - 1].span.stop)
        if key not in self._np_cache:  # the same start is asked for by several steps
            self._np_cache[key] = anchored_match(self._np_parser, toks[k:stop])
        for m in filter(None, [self._np_cache[key]]):
            e = k
            while e < stop and toks[e].span.stop <= m.span.stop:
                e += 1
            ph = Phrase(k, e)
            head = self._head(toks, ph)
            if head is None or _has_pos(toks[head], "NPRO") or _all_animate(toks[head]) or any(
                    "Name" in g or "Surn" in g for g in _grams(toks[head])[:1]):
                return None
            return ph
        return None

    def _list(self, text: str, toks: list, k: int, only: set[str] | None = None) -> list[Phrase]:
        """One phrase or a comma list of them starting at ``k``; conjunct groups as written.

        The list's own "и" before the last item separates items ("технологии, образование и
        финансы"), unless earlier items are themselves pairs ("науку и образование, торговлю и
        логистику"); a count before the colon ("пять направлений:") settles it. Enumerators
        ("во-первых, X, во-вторых, Y и, в-третьих, Z") rank the items. ``only`` restricts the
        first item's cases (a subject is nominative).
        """
        groups: list[Phrase] = []
        first_cases: set[str] = set()
        count = self._count_before(toks, k)
        while k < len(toks):
            rank = None
            en = _enumerator(toks, k)
            if en:
                rank, used = en
                k += used
                if k < len(toks) and toks[k].value == ",":
                    k += 1
                if k + 1 < len(toks) and toks[k].value.lower() == "это" and self._np_at(toks, k + 1):
                    k += 1  # "во-первых, это X"
            elif groups and k + 1 < len(toks) and _is_dash(text, toks[k + 1]) and _has_pos(toks[k], "ADJF") and (
                    lemmas(toks[k]) & set(ORDINALS)):
                # "Первым приоритетом является X, вторым — Y": the cue noun left out after an ordinal
                rank = next(ORDINALS[lm] for lm in lemmas(toks[k]) if lm in ORDINALS)
                k += 2
            ph = self._np_at(toks, k)
            if ph is None:
                break
            if groups and rank is None and self._participial(toks, groups[-1], ph):
                break
            cases = self._group_cases(toks, ph)
            if groups and not (cases & first_cases):
                last = groups[-1]
                if rank is None and cases & self._tail_cases(toks, last):
                    last.stop = ph.stop  # "в ООН, ОБСЕ и других структурах": the list goes on inside a PP
                    k = self._next_item(toks, ph.stop)
                    if k is None:
                        break
                    continue
                break
            e = ph.stop
            nxt = toks[e] if e < len(toks) else None
            if groups and nxt is not None and _is_verbal(nxt) and only is None:
                break  # ", мировое сообщество должно ...": a new clause (a subject list ends at its verb)
            ph.rank = rank
            if not groups:
                first_cases = cases & only if only is not None else cases
                if not first_cases:
                    break  # a subject must be nominative
            groups.append(ph)
            k = self._next_item(toks, e)
            if k is None:
                k = self._after_tail(text, toks, e)
            if k is None:
                break
        if len(groups) > 1 and groups[-1].rank is None:
            if count:
                need = count - len(groups)
                if need > 0:
                    last = groups.pop()
                    groups.extend(self._split(toks, last, need))
            elif not any(self._splits(toks, g) for g in groups[:-1]):
                last = groups.pop()
                groups.extend(self._split(toks, last))
        return groups

    def _participial(self, toks: list, prev: Phrase, ph: Phrase) -> bool:
        """", связывающих Центральную Азию с портами", "укрепление доверия, обеспечивающее ...": a
        participle that agrees with the noun before the comma or with the head of the phrase before
        it, and not with the words after it, opens a clause, not a list item."""
        p = toks[ph.start]
        if not _has_pos(p, "PRTF") or ph.start + 1 >= len(toks):
            return False
        nxt = toks[ph.start + 1]
        own = _first_pos(nxt) in ("NOUN", "ADJF", "PRTF") and _agree(p, nxt)
        head = self._head(toks, prev)
        return (_agree(p, toks[prev.stop - 1]) or (head is not None and _agree(p, toks[head]))) and not own

    def _after_tail(self, text: str, toks: list, e: int) -> int | None:
        """"рост товарооборота в два раза, развитие туризма": the item is cut where the grammar stops,
        and the list goes on after a short tail that opens no clause (no verb, dash, "который",
        "прежде всего", "в том числе", "за счет")."""
        for c in range(e, min(len(toks), e + 7)):
            t = toks[c]
            if t.value == ",":
                return self._next_item(toks, c) if c > e else None
            if (t.value in ".;:!?()\"«»“”" or _is_dash(text, t) or _is_verbal(t) or lemmas(t) & (_CLAUSE_STOP | _ASIDE)
                    or (_grams(t) and _grams(t)[0] & {"GRND", "PRTF", "INFN", "CONJ"})):
                return None
        return None

    @staticmethod
    def _next_item(toks: list, e: int) -> int | None:
        """Where the next list item starts after a group ending at ``e``, or None."""
        if e >= len(toks):
            return None
        v = toks[e].value.lower()
        if v in (",", ";"):
            k = e + 1
            if k + 1 < len(toks) and toks[k].value == "а" and "также" in lemmas(toks[k + 1]):
                return k + 2
            if k < len(toks) and toks[k].value.lower() in ("и", "а") and _enumerator(toks, k + 1):
                return k + 1  # ", и во-вторых", ", а во-вторых"
            return k
        if v == "а" and e + 1 < len(toks) and "также" in lemmas(toks[e + 1]):
            return e + 2
        if v == "и":
            k = e + 2 if e + 1 < len(toks) and toks[e + 1].value == "," else e + 1
            if _enumerator(toks, k):
                return k  # "X и, в-третьих, Z"
        return None

    @staticmethod
    def _count_before(toks: list, k: int) -> int | None:
        """"назвал три направления: ..." — the number of items announced before the colon at ``k - 1``."""
        if k == 0 or toks[k - 1].value != ":":
            return None
        for t in toks[max(0, k - 6):k - 1]:
            for lm in lemmas(t):
                if lm in COUNTS and _has_pos(t, "NUMR"):
                    return COUNTS[lm]
            if t.value.isdigit() and len(t.value) == 1:
                return int(t.value)
        return None

    def _group_cases(self, toks: list, ph: Phrase) -> set[str]:
        """Cases of a phrase's head; an indeclinable head ("ОБСЕ") takes those of its conjuncts."""
        head = self._head(toks, ph)
        if head is None:
            return set()
        cases = noun_cases(toks[head])
        for p in self._conj_points(toks, ph):
            nxt = next((x for x in range(p + 1, ph.stop) if noun_cases(toks[x]) and not (
                _has_pos(toks[x], "ADJF", "PRTF") and x + 1 < ph.stop and noun_cases(toks[x + 1]))), None)
            if nxt is not None and cases & noun_cases(toks[nxt]):
                cases = cases & noun_cases(toks[nxt])
        if toks[head].value.isupper() or any("Fixd" in g for g in _grams(toks[head])):
            # an acronym declines by its conjunct: "БРИКС и других форматах" is prepositional
            for x in range(head + 1, ph.stop):
                if toks[x].value.lower() == "и":
                    more = next((y for y in range(x + 1, ph.stop) if noun_cases(toks[y]) and not (
                        _has_pos(toks[y], "ADJF", "PRTF") and y + 1 < ph.stop and noun_cases(toks[y + 1]))), None)
                    if more is not None:
                        cases = noun_cases(toks[more])
                    break
        return cases

    def _tail_cases(self, toks: list, ph: Phrase) -> set[str]:
        """Cases of the complement a phrase ends with: the noun governed by its last preposition
        ("... в ООН") or its last dependent noun ("развитии туризма")."""
        head = self._head(toks, ph)
        for x in range(ph.stop - 1, ph.start, -1):
            if _has_pos(toks[x], "PREP") and _grams(toks[x])[0] & {"PREP"}:
                noun = next((y for y in range(x + 1, ph.stop) if noun_cases(toks[y]) and not (
                    _has_pos(toks[y], "ADJF", "PRTF") and y + 1 < ph.stop and noun_cases(toks[y + 1]))), None)
                return (noun_cases(toks[noun]) - {"nomn"}) if noun is not None else set()
        last = ph.stop - 1
        if head is not None and last > head and _has_pos(toks[last], "NOUN"):
            return noun_cases(toks[last]) - {"nomn"}
        return set()

    # -- backward ----------------------------------------------------------------------
    def _backward(self, text: str, toks: list, cue: Cue) -> tuple[list[Phrase], bool]:
        """"X является приоритетом", "X — главная задача", "X сегодня важно как никогда"."""
        b = cue.start - 1
        linked = cue.strength == "predicate"
        number: str | None = None  # of the linking verb: a singular one takes a single subject
        while b >= 0:
            t = toks[b]
            if _is_dash(text, t) or (_is_verbal(t) and lemmas(t) & LINK_VERBS) or (_passive(t) and lemmas(t) & NAMING):
                linked = True
                if number is None and _grams(t):
                    number = next((n for n in ("sing", "plur") if n in _grams(t)[0]), None)
                b -= 1
                continue
            if lemmas(t) & _FILLER or (_grams(t) and _grams(t)[0] & {"ADVB", "PRCL"}):
                b -= 1
                continue
            if b > 1 and toks[b - 1].value.lower() == "для" and _has_pos(t, "NPRO"):
                b -= 2  # "остается для нас приоритетным"
                continue
            break
        if b < 0:
            return [], False
        if not linked:
            return self._named_before(toks, cue), False
        s = b
        while s > 0 and toks[s - 1].value not in ",;:.!?«»\"“”(" and not _is_dash(text, toks[s - 1]):
            s -= 1
        while s < b and lemmas(toks[s]) & _CLAUSE_OPENERS:
            s += 1
        if s > 0 and (toks[s - 1].value == "," or toks[s - 1].value in _CLOSE_QUOTES):
            groups = self._subject_list(text, toks, s, b, number)
            if groups and groups[0].start < s:
                return groups, False
        ph = self._np_at(toks, s)
        if ph is not None and ph.stop == b + 1:
            head = self._head(toks, ph)
            if head is not None and "nomn" in noun_cases(toks[head]):
                if lemmas(toks[ph.start]) & DEMONSTRATIVES:
                    return [], True
                return [ph], False
        return self._subject_list(text, toks, s, b, number), False

    def _subject_list(self, text: str, toks: list, s: int, b: int, number: str | None = None) -> list[Phrase]:
        """"Наращивание инвестиций в машиностроение, «зеленую» энергетику и сельское хозяйство названо
        ...": a subject whose complement is a comma list; it starts before the comma at ``s``. After a
        singular verb ("признано") the list is the complement of one subject, never items of its own."""
        while s > 0:
            t = toks[s - 1]
            if t.value == "," or t.value in _OPEN_QUOTES | _CLOSE_QUOTES:
                s -= 1
                continue
            if t.value in ";:.!?()" or _is_dash(text, t) or lemmas(t) & _CLAUSE_STOP or _is_verbal(t):
                break
            s -= 1
        while s < b and (lemmas(toks[s]) & _CLAUSE_OPENERS or toks[s].value in _OPEN_QUOTES | {","}):
            s += 1
        groups = self._list(text, toks, s, only={"nomn"})
        if len(groups) > 1 and number == "sing":
            head = self._head(toks, groups[0])
            if head is not None and "sing" in _grams(toks[head])[0]:
                groups = [Phrase(groups[0].start, groups[-1].stop, groups[0].rank)]
        if not groups or groups[0].start != s or groups[-1].stop != b + 1:
            return []
        if any(lemmas(toks[g.start]) & DEMONSTRATIVES for g in groups):
            return []
        return groups

    def _named_before(self, toks: list, cue: Cue) -> list[Phrase]:
        """"Мы считаем развитие торговли главным приоритетом": naming verb, object, instrumental cue."""
        if not any("ablt" in g for g in _grams(toks[cue.stop - 1])):
            return []
        b = cue.start - 1
        for v in range(b - 1, max(-1, b - 12), -1):
            t = toks[v]
            if t.value in ",;:.!?«»\"“”()":
                return []
            if _is_verbal(t) and lemmas(t) & NAMING:
                ph = self._np_at(toks[:cue.start], v + 1)
                head = self._head(toks, ph) if ph is not None else None
                if ph is not None and ph.stop == b + 1 and head is not None and "accs" in noun_cases(toks[head]):
                    return [ph]
                return []
        return []

    def _object_of(self, text: str, toks: list) -> list[Phrase]:
        """The direction named in the sentence before a back-reference: the phrase after its verb."""
        for k, t in enumerate(toks):
            if _is_verbal(t) or (_has_pos(t, "PREP") and t.value.lower() in ("о", "об")):
                k += 1
                if k < len(toks) and _has_pos(toks[k], "PREP"):
                    k += 1  # "выступает за реформирование ООН"
                ph = self._np_at(toks, k)
                if ph is not None and not self._generic(toks, ph) and not self._concrete(toks, ph):
                    return [ph]
        return []

    # -- phrase analysis ---------------------------------------------------------------
    @staticmethod
    def _head(toks: list, ph: Phrase) -> int | None:
        for k in range(ph.start, ph.stop):
            if noun_cases(toks[k]) and not (k + 1 < ph.stop and toks[k + 1].value == "-" and not
                                             _has_pos(toks[k], "NOUN")):
                if _has_pos(toks[k], "ADJF", "PRTF") and k + 1 < ph.stop and noun_cases(toks[k + 1]):
                    continue
                return k
        return None

    def _generic(self, toks: list, ph: Phrase) -> bool:
        """"три сферы", "следующие направления", "приоритетные задачи": no content of their own."""
        head = self._head(toks, ph)
        return head is not None and bool(lemmas(toks[head]) & GENERIC)

    def _conj_points(self, toks: list, ph: Phrase) -> list[int]:
        """Indices of "и" that join head-level conjuncts ("торговлю и логистику")."""
        head = self._head(toks, ph)
        if head is None:
            return []
        hcases = noun_cases(toks[head])
        out = []
        for k in range(head + 1, ph.stop):
            if toks[k].value.lower() != "и":
                continue
            nxt = next((x for x in range(k + 1, ph.stop) if noun_cases(toks[x]) and not (
                _has_pos(toks[x], "ADJF", "PRTF") and x + 1 < ph.stop and noun_cases(toks[x + 1]))), None)
            prev = next((x for x in range(k - 1, head - 1, -1) if noun_cases(toks[x])), None)
            if nxt is None or prev is None or _has_pos(toks[k + 1], "PREP"):
                continue
            if _adjectival(toks[k - 1]) and _adjectival(toks[k + 1]):
                continue  # "энергетической и продовольственной безопасности": one shared noun
            ncases = noun_cases(toks[nxt])
            if not ncases & hcases:
                continue
            # "развитие энергетики и формирование коридоров": "формирование" does not agree with
            # the genitive "энергетики" in case and number, so it is the head's conjunct
            shared = ncases & noun_cases(toks[prev])
            if prev == head or not shared or (not shared - {"nomn", "accs"} and not (
                    _case_numbers(toks[nxt]) & _case_numbers(toks[prev]))):
                out.append(k)
        return out

    def _splits(self, toks: list, ph: Phrase) -> bool:
        return bool(self._conj_points(toks, ph))

    def _split(self, toks: list, ph: Phrase, most: int | None = None) -> list[Phrase]:
        """Head-level conjuncts as phrases of their own (only the last ``most`` joints when given)."""
        points = self._conj_points(toks, ph)
        if most is not None:
            points = points[len(points) - most:] if most < len(points) else points
        out, start = [], ph.start
        for p in points:
            out.append(Phrase(start, p, ph.rank if start == ph.start else None))
            start = p + 1
        out.append(Phrase(start, ph.stop, ph.rank if start == ph.start else None))
        return out

    def _by_area(self, toks: list, ph: Phrase) -> list[Phrase]:
        """"расширение торговли и укрепление транспортной связанности": conjuncts with heads of their
        own in different areas are separate priorities; "промышленная кооперация и импортозамещение"
        (one area) stays one."""
        pieces = self._split(toks, ph)
        if len(pieces) < 2:
            return [ph]
        areas = [self._area(toks, p) for p in pieces]
        if Area.other in areas or any(a == b for a, b in zip(areas, areas[1:], strict=False)):
            return [ph]
        return pieces

    def _concrete(self, toks: list, ph: Phrase) -> bool:
        """A concrete undertaking: "заключение соглашения", "реализация стратегии", "проект ..."."""
        head = self._head(toks, ph)
        if head is None:
            return False
        hl = lemmas(toks[head])
        if hl & CONCRETE:
            return True
        if hl & UNDERTAKING:
            if head + 1 >= ph.stop:
                return True  # "полную реализацию" + a participial phrase naming the document
            for t in toks[head + 1:min(ph.stop, head + 6)]:
                if lemmas(t) & CONCRETE:
                    return True
        return False

    def _name(self, text: str, toks: list, ph: Phrase) -> str:
        points = self._conj_points(toks, ph)
        bounds, start = [], ph.start
        for p in points:
            bounds.append((start, p))
            start = p + 1
        bounds.append((start, ph.stop))
        parts = []
        for n, (a, b) in enumerate(bounds):
            if n:
                parts.append(text[toks[a - 2].span.stop:toks[a].span.start])
            parts.append(nominative(text, toks[a:b]))
        return "".join(parts)

    @staticmethod
    def _area(toks: list, ph: Phrase) -> Area:
        scores: dict[str, int] = {}
        first: dict[str, int] = {}
        skip = -1
        for k in range(ph.start, ph.stop):
            if k <= skip:
                continue
            if k + 2 < ph.stop and toks[k + 1].value == "-" and toks[k].span.stop == toks[k + 1].span.start:
                prefix = toks[k].value.lower() + "-"
                hit = next((AREA_WEIGHTS[prefix + lm] for lm in sorted(lemmas(toks[k + 2]))
                            if prefix + lm in AREA_WEIGHTS), None)
                if hit:  # "научно-технического" is one word of the lexicon
                    scores[hit[0]] = scores.get(hit[0], 0) + hit[1]
                    first.setdefault(hit[0], k)
                    skip = k + 2
                    continue
            for lm in sorted(lemmas(toks[k])):
                hit = AREA_WEIGHTS.get(lm)
                if hit:
                    area, w = hit
                    scores[area] = scores.get(area, 0) + w
                    first.setdefault(area, k)
                    break
        if not scores:
            return Area.other
        best = max(scores, key=lambda a: (scores[a], -first[a]))
        return Area(best)

    def _item(self, text: str, toks: list, ph: Phrase, cue: Cue, cue_toks: list, attribution) -> Priority | None:
        if ph.stop <= ph.start or self._concrete(toks, ph):
            return None
        head = self._head(toks, ph)
        if self._generic(toks, ph) and ph.stop - ph.start <= 2 and (
                head is None or self._area(toks, Phrase(head + 1, ph.stop)) is Area.other):
            return None  # "эти вопросы", "финансовая повестка"; "вопросы экологии" names its domain
        if head == ph.start and head + 1 < ph.stop and lemmas(toks[head]) & {"задача", "цель"} and (
                "gent" in noun_cases(toks[head + 1]) | self._adj_cases(toks[head + 1])):
            ph = Phrase(head + 1, ph.stop, ph.rank)  # "остается задача обеспечения роста": the task's content
        start, end = toks[ph.start].span.start, toks[ph.stop - 1].span.stop
        e = ph.stop
        if e + 2 < len(toks) and toks[e].value == "(" and toks[e + 2].value == ")" and toks[e + 1].value.isupper():
            end = toks[e + 2].span.stop  # "сил оперативного реагирования (КСОР)": the acronym is part of the phrase
        rank = ph.rank or cue.rank or self._enumerated(cue_toks, cue)
        cue_text = text[cue_toks[cue.start].span.start:cue_toks[cue.stop - 1].span.stop]
        return Priority(span=Span.of(text, start, end), name=self._name(text, toks, ph), rank=rank,
                        area=self._area(toks, ph), speaker=attribution.speaker_at(start), cue=cue_text)

    @staticmethod
    def _enumerated(toks: list, cue: Cue) -> int | None:
        """"Во-вторых, в центре внимания окажется X": the enumerator opening the cue's clause."""
        for k in range(cue.start - 1, -1, -1):
            en = _enumerator(toks, k)
            if en:
                return en[0]
            if toks[k].value in ";:":
                return None
        return None
