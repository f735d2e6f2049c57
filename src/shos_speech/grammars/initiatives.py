"""Initiative rules: stance predicates, the undertakings they govern, kinds and authors.

An Initiative is an undertaking (a named initiative, a document, a body to set up, a
project, aid, an event, a concrete cooperation step) toward which the speaker takes a
stance. Official prose states the stance with a predicate ("предлагаем", "поддерживаем",
"приветствовал", "подписали", "выступаем против") followed by the undertaking as a noun
phrase or an infinitive phrase ("предлагаем учредить орган ШОС ..."), so the finder
works in two steps:

* ``STANCE`` (yargy, from ``data/stances.tsv``) finds the predicates in any form, with
  adverbs and particles allowed between their words ("высказавшись также за");
* the object after the predicate is cut by punctuation-driven chunking over the same
  tokens: official noun phrases run to the next comma, dash, relative clause or finite
  verb, which is where the gold spans end; coordination with "и" / ", а также" splits
  two undertakings of the same case, and a colon after a plural head opens an
  enumeration ("инициативы Председателя Китая: в сфере глобального развития, ...").

Some predicates take the undertaking elsewhere: after an addressee ("поддержит Кыргызстан в
подготовке саммита", "призвал партнеров к разработке"), as an order's infinitive ("поручил
ведомству завершить переход на ..."), as their subject when an event is announced in someone's
words ("очередной саммит пройдет в Душанбе"), or after a generic set ("подписан пакет
документов, в том числе X и Y").

Documents with capitalized names, named initiatives of ``data/named_initiatives.json``
and "инициатива о ..." phrases are undertakings even without a stance (``mentions``).
Kinds come from ``data/initiative_kinds.tsv``; wrapper nouns ("реализация", "решение о",
"подготовка") take the kind of what they wrap.

The yargy rules are public for composition::

    >>> from shos_speech.grammars import initiatives, parser
    >>> [m.span for m in parser(initiatives.STANCE).findall("Мы выступаем за снятие блокады")]
    [[3, 15)]
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from yargy import or_, rule
from yargy.predicates import dictionary, gram

from ..lexicons import InstitutionEntry, data_path, find_country, read_lines, read_tsv
from ..models import Initiative, InitiativeKind, Span, Stance
from ..morph import parse
from ..normalize import head_index, join_words, nominative
from .common import ADJ, NOUN, QUOTE
from .institutions import RegistryMatcher

# ---------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------


def _e(s: str) -> str:
    return s.lower().replace("ё", "е")


@dataclass(frozen=True)
class StancePhrase:
    words: tuple[str, ...]
    stance: str
    any_object: bool
    #: "subject": the undertaking is the predicate's subject ("саммит пройдет в Астане");
    #: "planned" and "subject" hold only for a plan (no past tense) stated by a speaker
    object: str = ""


@dataclass(frozen=True)
class KindEntry:
    kind: str
    role: str  # noun | defer | verb | verb_strong
    noun: str


@dataclass(frozen=True)
class NamedInitiative:
    name: str
    proposer: str | None
    kind: str


@cache
def stance_phrases() -> tuple[StancePhrase, ...]:
    out = []
    for r in read_tsv(data_path("stances.tsv")):
        words = tuple(_e(w) for w in r["phrase"].split())
        if words:
            obj = r.get("object", "")
            out.append(StancePhrase(words, r["stance"], obj == "any", obj))
    return tuple(out)


@cache
def kind_lexicon() -> dict[tuple[str, ...], KindEntry]:
    out: dict[tuple[str, ...], KindEntry] = {}
    for r in read_tsv(data_path("initiative_kinds.tsv")):
        key = tuple(_e(w) for w in r["lemma"].split())
        out[key] = KindEntry(r["kind"], r.get("role") or "noun", r.get("noun") or "")
    return out


def load_named_initiatives(path=None) -> list[tuple[NamedInitiative, list[str]]]:
    """Named initiatives of one JSON file (``{"initiatives": [...]}``) with their aliases."""
    raw = json.loads(Path(path or data_path("named_initiatives.json")).read_text(encoding="utf-8"))
    return [(NamedInitiative(it["name"], it.get("proposer"), it.get("kind") or "initiative"),
             list(it.get("aliases") or [])) for it in raw["initiatives"]]


@cache
def named_initiatives() -> tuple[NamedInitiative, ...]:
    return tuple(ni for ni, _ in load_named_initiatives())


def _named_matcher(extra: Iterable = ()) -> tuple[RegistryMatcher, dict[str, NamedInitiative]]:
    """The bundled registry plus users' files (a user's entry wins over a bundled one)."""
    by_name: dict[str, NamedInitiative] = {}
    aliases: dict[str, list[str]] = {}
    for ni, al in [*load_named_initiatives(), *(x for path in extra for x in load_named_initiatives(path))]:
        by_name[ni.name] = ni
        aliases[ni.name] = al
    entries = [InstitutionEntry(name=name, aliases=aliases[name]) for name in by_name]
    return RegistryMatcher(entries), by_name


NOUN_ROLES = ("noun", "defer", "doc")
TITLE_LEMMAS = frozenset(_e(w) for w in read_lines(data_path("speaker_titles.txt")))

# ---------------------------------------------------------------------------------------
# Yargy rules (public)
# ---------------------------------------------------------------------------------------

#: words allowed inside a stance phrase: "выступаем и за", "высказавшись также за"
GAP = or_(gram("ADVB"), gram("PRCL"), dictionary({"и", "также", "же", "уже"}))


def phrase_rule(words: Iterable[str]):
    """A stance phrase as a yargy rule: its lemmas in order, up to two gap words between."""
    words = list(words)
    parts = [rule(dictionary({words[0]}))]
    for w in words[1:]:
        gap = GAP.repeatable(max=2).optional()
        if any(p.tag.POS == "NOUN" for p in parse(w)[:1]):
            gap = or_(GAP, ADJ).repeatable(max=2).optional()  # "важной полную реализацию"
        parts.append(rule(gap, dictionary({w})))
    return rule(*parts)


def _stance_rule(stance: str):
    return or_(*[phrase_rule(p.words) for p in stance_phrases() if p.stance == stance]).named(stance.upper())


PROPOSES = _stance_rule("proposes")
SUPPORTS = _stance_rule("supports")
WELCOMES = _stance_rule("welcomes")
CALLS_FOR = _stance_rule("calls_for")
IMPLEMENTS = _stance_rule("implements")
ADOPTS = _stance_rule("adopts")
OPPOSES = _stance_rule("opposes")
#: any stance predicate of ``data/stances.tsv``
STANCE = or_(PROPOSES, SUPPORTS, WELCOMES, CALLS_FOR, IMPLEMENTS, ADOPTS, OPPOSES).named("STANCE")

#: the head noun of an undertaking (``data/initiative_kinds.tsv``)
UNDERTAKING_HEAD = dictionary({k[-1] for k, v in kind_lexicon().items() if v.role in NOUN_ROLES}).named(
    "UNDERTAKING_HEAD")
_GEN = or_(gram("gent"), gram("gen2"))
_COMPLEMENT = or_(
    rule(ADJ.repeatable(max=3).optional(), NOUN, _GEN),
    rule(dictionary({"о", "об", "по", "с", "между", "в", "для", "на"}), ADJ.repeatable(max=3).optional(), NOUN),
    rule(QUOTE, or_(NOUN, ADJ, gram("CONJ"), gram("PREP")).repeatable(max=6), QUOTE),
).named("COMPLEMENT")
#: an undertaking noun phrase: "Программа сотрудничества в противодействии терроризму"
INITIATIVE = rule(ADJ.repeatable(max=3).optional(), UNDERTAKING_HEAD, _COMPLEMENT.repeatable(max=6).optional()).named(
    "INITIATIVE")

# ---------------------------------------------------------------------------------------
# Token helpers
# ---------------------------------------------------------------------------------------


def _forms(tok) -> list:
    return list(getattr(tok, "forms", None) or [])


def _lem(tok) -> frozenset[str]:
    """Normal forms of a token (ё as е), computed once per token: the stance and kind
    look-ups ask for them many times per sentence."""
    cached = tok.__dict__.get("_shos_lem")
    if cached is None:
        fs = _forms(tok)
        cached = frozenset(_e(f.normalized) for f in fs) if fs else frozenset({_e(tok.value)})
        tok.__dict__["_shos_lem"] = cached
    return cached


def _lem0(tok) -> str:
    fs = _forms(tok)
    return _e(fs[0].normalized) if fs else _e(tok.value)


def _pos0(tok) -> str | None:
    fs = _forms(tok)
    if not fs:
        return None
    for p in ("NOUN", "ADJF", "ADJS", "PRTF", "PRTS", "VERB", "INFN", "GRND", "ADVB", "PREP", "CONJ", "PRCL", "NPRO",
              "NUMR", "COMP", "PRED", "INTJ"):
        if p in fs[0].grams.values:
            return p
    return None


def _has(tok, *grams: str) -> bool:
    return any(all(g in f.grams.values for g in grams) for f in _forms(tok))


def _cases(tok, pos: str | None = None) -> set[str]:
    out = set()
    for f in _forms(tok):
        v = f.grams.values
        if pos and pos not in v:
            continue
        for c in ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2"):
            if c in v:
                out.add({"gen2": "gent", "loc2": "loct"}.get(c, c))
    return out


def _is_word(tok) -> bool:
    return tok.type == "RU"


def _is_acronym(tok) -> bool:
    v = tok.value
    return len(v) > 1 and v.isupper() and tok.type in ("RU", "LATIN")


def _is_cap(tok) -> bool:
    return tok.value[:1].isupper()


def _is_noun(tok) -> bool:
    return _pos0(tok) == "NOUN" or (_has(tok, "NOUN") and _pos0(tok) not in ("PREP", "CONJ", "PRCL", "VERB", "INFN"))


def _is_finite(tok) -> bool:
    """A finite verb ends a phrase; an upper-case word is an acronym ("ТАПИ", parsed as "тапеть"), not a verb."""
    return _pos0(tok) in ("VERB", "PRTS", "GRND") and not _is_acronym(tok)


OPEN_QUOTES = "«“„"
CLOSE_QUOTES = "»”"
STOP_WORDS = frozenset({"который", "чтобы", "если", "что", "а", "но", "где", "когда", "поскольку", "хотя", "ибо",
                        "однако", "включая", "так", "тогда", "как", "причем", "притом", "для", "дабы"})
STOP_PAIRS = frozenset({("в", "качество"), ("за", "счет"), ("с", "цель"), ("в", "том"), ("с", "учет"),
                        ("по", "инициатива"), ("в", "целое"), ("в", "интерес"), ("по", "слово"), ("по", "итог"),
                        ("в", "ход"), ("при", "этом"), ("в", "частность")})
MODALS = frozenset({"хотеть", "мочь", "стремиться", "собираться", "планировать", "намереваться", "пытаться"})
#: action nouns too generic to be an undertaking even after "выступаем за"
GENERIC = frozenset({"развитие", "процветание", "укрепление", "углубление", "сохранение", "повышение", "обеспечение",
                     "мир", "стабильность", "безопасность", "решение", "позиция", "принцип", "понимание",
                     "взаимопонимание", "уважение", "соблюдение", "использование", "продвижение", "урегулирование"})
PREDICATIVES = frozenset({"нужно", "необходимо", "надо", "важно", "должный", "следует", "можно", "нельзя"})
COPULAS = frozenset({"стать", "быть", "являться", "оставаться", "остаться", "становиться"})
#: adverbs of time and focus that open no undertaking ("сегодня десятилетней стратегии")
LOOSE_ADVERBS = frozenset({"сегодня", "ныне", "теперь", "уже", "также", "еще", "вчера", "завтра", "впервые", "сейчас",
                           "прежде", "всего", "вновь", "снова", "тоже", "лишь", "только", "именно"})
GENERIC_SETS = frozenset({"ряд", "пакет", "комплекс", "серия", "перечень"})
#: heads that name a struggle against a threat, not an undertaking
REJECT_HEADS = frozenset({"борьба", "противодействие", "противостояние", "усилие", "попытка"})
#: a demonstrative or a possessive pronoun with a bare head refers back: "этот проект", "в ее реализации"
BACK_REFERENCES = frozenset({"этот", "данный", "такой", "подобный", "тот", "он", "она", "оно", "они", "его", "ее",
                             "их", "свой"})
#: words that set a body up: with them a body's name is an institution_building undertaking
CREATING = frozenset({"создание", "учреждение", "создать", "учредить", "сформировать", "открыть", "открытие",
                      "формирование", "образование", "основание", "начало", "запуск", "запустить"})
#: seasons in the instrumental are time adverbials ("провести осенью"), not objects
SEASONS = frozenset({"осень", "весна", "лето", "зима"})
#: "принять саммит" is hosting it, not adopting a document
HOSTING = frozenset({("принять",), ("принимать",)})
#: infinitive objects that stand for the purpose they serve ("усилия для создания X")
PURPOSE_HEADS = frozenset({"усилие", "процедура", "документ", "условие"})
#: infinitive objects that name no undertaking: "принять участие", "сыграть роль"
INF_REJECT = frozenset({"участие", "роль", "внимание", "вклад"})
AGENT_VERBS = frozenset({"выдвинуть", "предложить", "выдвигать", "предлагать", "инициировать"})
DATE_NOUNS = frozenset({"год", "месяц", "неделя", "квартал"})
TIME_NOUNS = frozenset({"годовщина", "юбилей", "десятилетие", "летие"})
AUTHORED = frozenset({"инициатива", "идея", "предложение", "план", "концепция", "формула", "видение", "кандидатура"})
#: action nouns that stand for the undertaking they govern ("начало работы фонда")
ACTION_WRAPPERS = frozenset({"начало", "запуск", "ход", "итог", "старт", "ввод", "пуск", "успех"})
#: a quoted phrase after these is a motto or a theme, not the name of an undertaking
MOTTOS = frozenset({"девиз", "лозунг", "тема", "тезис"})
#: event and project heads whose quoted name makes an undertaking ("учения «Взаимодействие-2025»"); festivals,
#: channels and plants with quoted names are cultural events and companies
QUOTED_HEADS = frozenset({"учение", "маневр", "маневры", "саммит", "форум", "конференция", "проект", "коридор",
                          "маршрут", "газопровод", "нефтепровод", "трубопровод", "магистраль", "автомагистраль",
                          "мост", "тоннель"})
#: infrastructure heads whose capitalized name makes an undertaking ("Трансафганская железная дорога")
CAP_PROJECTS = frozenset({"коридор", "маршрут", "магистраль", "дорога", "автодорога", "газопровод", "нефтепровод",
                          "трубопровод", "гэс", "аэс", "мост", "тоннель"})
#: infrastructure heads named by the places they join ("линия Бахты – Аягоз", "дорога Китай – Кыргызстан –
#: Узбекистан"); "линия" alone ("по линии ШОС") is no project, so it counts only before such a list
PLACE_LIST_HEADS = CAP_PROJECTS | frozenset({"линия", "трасса", "лэп", "газопровод", "нефтепровод", "автомагистраль"})
COMPASS = frozenset({"север", "юг", "восток", "запад"})
WRAPPED_KINDS = frozenset({"project", "strategy", "institution_building", "event", "assistance"})
#: nouns that only frame a threat ("практика «цветных революций»", "политика санкций")
THREAT_WRAPPERS = frozenset({"практика", "политика", "проявление", "применение", "использование", "распространение"})
#: prepositions opening each conjunct of an enumeration of one head ("центры: по ..., по ...")
PP_ENUM = frozenset({"по", "для"})
ENUM_PREFIX = (("в", "сфера"), ("в", "область"), ("в", "часть"))
#: the preposition that opens the undertaking after an addressee: "поддержит Кыргызстан в подготовке саммита",
#: "призвал партнеров к разработке месторождений"
ADDRESSEE_PREPS = {"supports": "в", "calls_for": "к"}
#: lowercase addressees of support and calls ("призвал стороны к ...")
ADDRESSEES = frozenset({"сторона", "государство", "страна", "партнер", "сообщество", "правительство", "ведомство",
                        "министерство", "коллега", "участник", "член", "власть"})
#: wrappers that make an undertaking only around one ("подготовка саммита"), never alone: "подготовка
#: энергосистемы к зиме", "подготовка кадров" are routine work
STRICT_WRAPPERS = frozenset({"подготовка", "проведение"})
#: infinitive objects of an order too generic to be a step: "поручил принять меры", "обеспечить безопасность"
ORDER_GENERIC = frozenset({"мера", "работа", "задача", "вопрос", "контроль", "порядок", "условие", "исполнение",
                           "предложение", "надзор", "мониторинг", "проверка"})
#: bare document nouns that name no document even after "подписали": "подписали документы"
BARE_GENERIC = frozenset({"документ", "обязательство", "мера", "договоренность"})


# ---------------------------------------------------------------------------------------
# The finder
# ---------------------------------------------------------------------------------------
@dataclass
class _Item:
    start: int  # token indexes into the sentence, [start, stop)
    stop: int
    stance: str
    source: str  # np | inf | mention | enum
    pred: int = -1  # index of the predicate's first token
    pred_stop: int = -1
    proposer: str | None = None
    name: str | None = None
    kind: str | None = None
    head: int | None = None
    inherited_kind: str | None = None
    enum_head_lemma: str | None = None
    named: NamedInitiative | None = None
    extra: dict = field(default_factory=dict)


class Finder:
    """Fills ``Result.initiatives``: stance predicates with their objects, plus named undertakings."""

    def __init__(self, named_registries: Iterable = ()) -> None:
        """``named_registries``: users' JSON files of named initiatives, over the bundled one."""
        self.phrases = stance_phrases()
        self.kinds = kind_lexicon()
        self._first: dict[str, list[StancePhrase]] = {}
        for p in self.phrases:
            self._first.setdefault(p.words[0], []).append(p)
        for lst in self._first.values():
            lst.sort(key=lambda p: -len(p.words))
        self.triggers = frozenset(self._first)
        self._named, self._named_by = _named_matcher(named_registries)
        self._heads = {k[-1] for k, v in self.kinds.items() if v.role in NOUN_ROLES}
        self.speech = frozenset(_e(w) for w in read_lines(data_path("speech_verbs.txt"))) | {"мы", "я"}

    # -- lexicon lookups ----------------------------------------------------------------
    def kind_at(self, toks: list, i: int) -> KindEntry | None:
        """The lexicon entry of the head at ``i``, longest phrase ending (or starting) there."""
        best = None
        for n in (3, 2):
            if i - n + 1 >= 0:
                window = toks[i - n + 1:i + 1]
                for key in _keys(window):
                    if key in self.kinds and self.kinds[key].role in NOUN_ROLES:
                        return self.kinds[key]
            if i + n <= len(toks):
                window = toks[i:i + n]
                for key in _keys(window):
                    if key in self.kinds and self.kinds[key].role in NOUN_ROLES:
                        best = best or self.kinds[key]
        if best:
            return best
        for lem in _lem(toks[i]):
            e = self.kinds.get((lem,))
            if e and e.role in NOUN_ROLES:
                return e
        return None

    def verb_kind(self, tok) -> KindEntry | None:
        for lem in _lem(tok):
            e = self.kinds.get((lem,))
            if e and e.role in ("verb", "verb_strong"):
                return e
        return None

    # -- stance predicates --------------------------------------------------------------
    def predicates(self, toks: list) -> list[tuple[int, int, StancePhrase]]:
        """``(first token, end token, phrase)`` of every stance predicate.

        The semantics of ``STANCE`` (lemmas in order, up to two gap words between them,
        longest phrase first, left to right) walked directly over the tokens: the Earley
        chart of two hundred alternatives costs tens of milliseconds a sentence.
        """
        out = []
        i, n = 0, len(toks)
        while i < n:
            best = None
            lem0 = _lem0(toks[i])
            for lem in _lem(toks[i]) & self.triggers:
                for ph in self._first[lem]:
                    if best and len(ph.words) <= len(best[1].words):
                        continue
                    if len(ph.words) == 1 and lem != lem0:
                        continue  # "открытого" is the adjective открытый, not a form of открыть
                    end = _align(toks, i, ph.words)
                    if end is not None:
                        best = (end, ph)
            if best:
                out.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return out

    def which(self, toks: list) -> StancePhrase | None:
        """The stance phrase a ``STANCE`` match spells."""
        for lem in _lem(toks[0]):
            for ph in self._first.get(lem, []):
                k = 1
                for t in toks[1:]:
                    if k < len(ph.words) and ph.words[k] in _lem(t):
                        k += 1
                if k == len(ph.words):
                    return ph
        return None

    # -- chunking -----------------------------------------------------------------------
    def chunk_end(self, toks: list, text: str, i: int, head_case: set[str] | None, inf_mode: bool) -> tuple[int, str]:
        """End (exclusive) of the phrase starting at ``i`` and why it ended ("", "split", "colon")."""
        n = len(toks)
        j = i
        straight_open = False
        while j < n:
            t = toks[j]
            v = t.value
            if v in OPEN_QUOTES or (v == '"' and not straight_open and _opens(toks, j, text)):
                close = _closing(toks, j)
                if close is None:
                    return j, ""
                j = close + 1
                continue
            if v in CLOSE_QUOTES or v == '"':
                return j, ""
            if v == "(":
                close = next((k for k in range(j + 1, min(n, j + 6)) if toks[k].value == ")"), None)
                if close is None:
                    return j, ""
                j = close + 1
                continue
            if v == "-" or (t.type == "OTHER" and v in "‐‑‒–—―−"):
                if _tight_or_named_dash(toks, j, text):
                    j += 1
                    continue
                return j, ""
            if v == ",":
                if j + 1 < n and _comma_continues(toks, j):
                    j += 1
                    continue
                if j + 2 < n and toks[j + 1].value.lower() == "а" and toks[j + 2].value.lower() == "также":
                    return j, "split"
                return j, ""
            if v == ":":
                return j, "colon"
            if t.type == "PUNCT" or v in ".;!?…":
                return j, ""
            if t.type == "RU":
                low = _lem0(t)
                if low in STOP_WORDS or low in PREDICATIVES:
                    return j, ""
                if j + 1 < n and (low, _lem0(toks[j + 1])) in STOP_PAIRS:
                    return j, "stop_pair"
                if low == "и" and j + 1 < n:
                    k = j + 1
                    while k + 1 < n and _pos0(toks[k]) in ("ADVB", "PRCL", "COMP"):
                        k += 1
                    nxt = toks[k]
                    if _pos0(nxt) in ("INFN", "ADJS", "PRTS") or _is_finite(nxt) or _lem0(nxt) in PREDICATIVES:
                        return j, "split" if _pos0(nxt) == "INFN" else ""
                    h = self._np_head(toks, j + 1)
                    if h is not None and head_case is not None and self.kind_at(toks, h) and j > 0 \
                            and _pos0(toks[j - 1]) != "ADJF" \
                            and head_case & _cases(toks[h], "NOUN") and not (_lem(toks[h]) & {"угроза", "вызов"}):
                        return j, "split"
                if _is_finite(t):
                    return j, ""
                if inf_mode and low in ("на", "в") and j > i:
                    h = self._np_head(toks, j + 1)
                    e = self.kind_at(toks, h) if h is not None else None
                    if e is not None and e.kind == "event" and h + 1 < n and toks[h + 1].type == "RU":
                        return j, "pp"
            j += 1
        return j, ""

    def _np_head(self, toks: list, i: int) -> int | None:
        """Index of the head noun of a noun phrase starting at ``i`` (modifiers first)."""
        j = i
        n = len(toks)
        while j < n and j < i + 6:
            t = toks[j]
            p = _pos0(t)
            if t.value in OPEN_QUOTES or t.value == '"':
                j += 1
                continue
            if p in ("ADJF", "PRTF", "NUMR") or (p == "ADVB" and j + 1 < n and _pos0(toks[j + 1]) in ("ADJF", "PRTF")) \
                    or (_has(t, "ADJF") and j + 1 < n and _pos0(toks[j + 1]) in ("NOUN", "ADJF") and t.type == "RU"):
                j += 1
                continue
            if t.type in ("RU",) and j + 1 < n and toks[j + 1].value == "-" and _tight(toks, j, j + 1):
                j += 2
                continue
            if t.value == ",":
                if j > i and _pos0(toks[j - 1]) == "ADJF" and j + 1 < n and _pos0(toks[j + 1]) == "ADJF":
                    j += 1
                    continue
                return None
            if p == "NOUN" and not _is_acronym(t):
                return j
            return None
        return None

    def _pp_end(self, toks: list, j: int) -> int:
        """End of the prepositional phrase at ``j`` ("в 2026 году", "в Республике Казахстан")."""
        n = len(toks)
        k = j + 1
        if k < n and toks[k].type == "INT":
            k += 1
            while k < n and (toks[k].value in ("-", "–", "—") or toks[k].type == "INT"):
                k += 1
            return k + 1 if k < n and _lem(toks[k]) & DATE_NOUNS else k
        h = self._np_head(toks, k)
        if h is not None and _is_cap(toks[h]):
            # a place name ("в Беларуси встречи", "в Республике Казахстан"): no genitive chain
            h += 1
            while h < n and toks[h].type == "RU" and _is_cap(toks[h]) and "nomn" in _cases(toks[h]):
                h += 1
            return h
        return self._minimal_np_end(toks, k)

    def _minimal_np_end(self, toks: list, i: int) -> int:
        h = self._np_head(toks, i)
        if h is None:
            return i + 1
        j = h + 1
        n = len(toks)
        while j < n:
            t = toks[j]
            if _is_acronym(t) or (_pos0(t) in ("NOUN", "ADJF") and "gent" in _cases(t)):
                j += 1
            elif t.value == "и" and j + 1 < n and _pos0(toks[j + 1]) in ("NOUN", "ADJF") \
                    and "gent" in _cases(toks[j + 1]):
                j += 1
            else:
                break
        return j

    # -- objects ------------------------------------------------------------------------
    def object_of(self, toks: list, text: str, a: int, b: int, ph: StancePhrase, ctx: dict) -> list[_Item]:
        """The undertakings a predicate at ``toks[a:b]`` governs."""
        n = len(toks)
        last = ph.words[-1]
        governs = {last} if _pos0(toks[b - 1]) == "PREP" else set()
        stance = ph.stance
        if ph.object in ("subject", "planned") and _past(toks, a):
            return []  # "саммит прошел", "принял участие": narrated history, not a plan
        if ph.object == "subject":
            return self._event_subject(toks, text, a, b, stance, ctx)
        if _pos0(toks[a]) == "PRTF" or (_pos0(toks[a]) == "ADJF" and len(ph.words) == 1 and _has(toks[a], "PRTF")):
            return self._participle_object(toks, text, a, b, ph, ctx)
        j = b
        budget = 12
        skipped = 0
        addressed = False  # an addressee was passed: "поддержит Кыргызстан в ...", "призвал партнеров к ..."
        while j < n and budget > 0:
            budget -= 1
            t = toks[j]
            v = t.value
            if v in ".;!?" or v in CLOSE_QUOTES or v == ":" or v == "(":
                break
            if v == ",":
                if j + 1 < n and _lem0(toks[j + 1]) == "что":
                    j += 2
                    h = self._np_head(toks, j)
                    if h is not None and "nomn" in _cases(toks[h], "NOUN"):
                        j = self._minimal_np_end(toks, j)  # the subject of the clause
                    continue
                break
            if v == "-":
                j += 1
                continue
            if t.type == "INT":
                period = self._period(toks, text, j, stance)
                if period:
                    return period
                j = self._date_end(toks, j)  # "предлагаем в 2026 году провести", "подписано 15 документов"
                continue
            if t.type != "RU" and not (v in OPEN_QUOTES or v == '"'):
                break
            p = _pos0(t)
            if _is_finite(t):
                if _lem0(t) in MODALS or _lem0(t) in COPULAS or p == "GRND":
                    j += 1
                    continue
                if _lem0(t) in {"назвать", "называть"}:
                    j += 1
                    continue
                break
            if p == "PRTF" and _lem0(t) in AGENT_VERBS:
                k = j + 1
                while k < n and (_is_acronym(toks[k]) or (_is_cap(toks[k]) and toks[k].type == "RU" and (
                        "ablt" in _cases(toks[k]) or not _forms(toks[k]) or _has(toks[k], "Fixd")
                        or (k > j + 1 and "gent" in _cases(toks[k]))))):
                    k += 1
                if k > j + 1:
                    agent = _ablt_to_nomn(toks[j + 1:k])
                    h = self._np_head(toks, k)
                    if h is not None and self._acceptable(toks, k, h, ph, ctx, governed=True):
                        its = self._np_items(toks, text, k, h, stance, ctx)
                        if its and not its[0].proposer:
                            its[0].proposer = agent
                        return its
            if p == "INFN":
                start = j
                while start - 1 >= b and _pos0(toks[start - 1]) == "ADVB":
                    start -= 1
                items = self._inf_items(toks, text, start, j, stance, ctx,
                                        any_object=ph.any_object and stance == "calls_for")
                if not items and j == b:
                    items = self._fronted(toks, text, a, j, stance, ctx)
                return items
            if p in ("ADVB", "PRCL", "CONJ", "NPRO") and _lem0(t) not in ("более", "наиболее"):
                if p == "ADVB" and j + 1 < n and _pos0(toks[j + 1]) in ("ADJF", "PRTF"):
                    pass
                else:
                    j += 1
                    continue
            if p == "PREP":
                prep = _lem0(t)
                h = self._np_head(toks, j + 1)
                if h is None:
                    j += 1
                    continue
                entry = self.kind_at(toks, h)
                ok = prep in governs or (entry is not None and entry.role == "doc"
                                         and (_is_cap(toks[j + 1]) or stance == "adopts"))
                if not ok and (prep == ADDRESSEE_PREPS.get(stance) and addressed
                               or prep == "к" and stance == "calls_for") \
                        and (entry is not None or self._wraps(toks, h, ctx)):
                    ok = True  # "поддержит Кыргызстан в подготовке саммита", "призвал (партнеров) к разработке"
                    governs = {prep}
                if ok and self._acceptable(toks, j + 1, h, ph, ctx, governed=prep in governs):
                    return self._np_items(toks, text, j + 1, h, stance, ctx)
                j = self._minimal_np_end(toks, j + 1)
                continue
            h = self._np_head(toks, j)
            if h is None:
                j += 1
                continue
            if _lem(toks[h]) & GENERIC_SETS or (_lem0(toks[h]) == "документ" and _has(toks[h], "plur")):
                # "подписан пакет документов, в том числе X и Y": one item per document named
                listed = self._including(toks, text, self._minimal_np_end(toks, j), stance, ctx)
                if listed or _lem(toks[h]) & GENERIC_SETS:
                    return listed
            # "выступаем за X": the first phrase after the preposition is its object
            if self._acceptable(toks, j, h, ph, ctx, governed=not governs or skipped == 0):
                return self._np_items(toks, text, j, h, stance, ctx)
            skipped += 1
            if skipped > 2:
                break
            addressed = addressed or _addressee(toks, h)
            if not governs and _cases(toks[h], "NOUN") & {"nomn", "accs"} \
                    and re.search(r"(ние|тие|ция)$", _lem0(toks[h])):
                break  # "остается полноценное встраивание в ...": the slot holds no undertaking
            j = self._minimal_np_end(toks, j)
        return []

    def _acceptable(self, toks, i, h, ph: StancePhrase, ctx: dict, governed: bool) -> bool:
        tok = toks[h]
        absolute = tok.span.start
        if any(a <= absolute < b for a, b in ctx["threats"]):
            # "выступаем против размещения ракет": a deliberate step may be opposed as an undertaking
            entry = self.kind_at(toks, h)
            if not (ph.stance == "opposes" and governed and entry is not None and entry.role != "doc"
                    and re.search(r"(ние|тие)$", _lem0(tok))):
                return False
        lems = _lem(tok)
        if lems & {"ряд", "пакет", "комплекс", "серия"}:
            return False
        entry = self.kind_at(toks, h)
        if entry is not None and "работа" in lems and h + 1 < len(toks) and any(
                a <= toks[h + 1].span.start < b for a, b in ctx["institutions"]):
            return False  # "высоко оцениваем работу Секретариата": an existing body at work
        if entry is not None:
            if lems & {"инициатива", "предложение", "идея", "мера", "шаг"} and "plur" in {
                    g for f in _forms(tok) for g in f.grams.values if g in ("sing", "plur")} \
                    and _has(tok, "plur") and not _has(tok, "sing"):
                # "пакет инициатив", "ряд предложений": generic unless an enumeration follows
                end, why = self.chunk_end(toks, ctx["text"], h + 1, None, False)
                if why != "colon":
                    return False
            if _is_cap(toks[i]) and any(a <= absolute < b for a, b in ctx["institutions"]) \
                    and ph.stance not in ("proposes", "calls_for") \
                    and not (ph.object == "planned" and entry.kind == "event"):  # "примем участие в Форуме X"
                return False
            return True
        if governed and self._wraps(toks, h, ctx):
            return True  # "приветствуем завершение модернизации железной дороги ..."
        if ph.any_object and governed:
            lem = _lem0(tok)
            if _cases(tok, "NOUN") == {"datv"}:
                return False  # "поручил правительству ...", "поддержит партнерам": the addressee
            action = bool(re.search(r"(ние|тие|ция|ка|ство)$", lem))
            if action and ph.stance == "opposes" and _org_agent(toks, h + 1, ctx):
                return True  # "против продвижения НАТО в ...": an undertaking of others, however generic its noun
            return lem not in GENERIC and action
        return False

    def _wraps(self, toks: list, h: int, ctx: dict) -> bool:
        """An action noun ("завершение", "начало", "развитие") whose genitive chain names a
        concrete undertaking: a project, a document, a body or an event of the lexicon."""
        lem = _lem0(toks[h])
        if not (lem in ACTION_WRAPPERS or lem in STRICT_WRAPPERS or re.search(r"(ние|тие)$", lem)) \
                or lem in REJECT_HEADS:
            return False
        n = len(toks)
        k = h + 1
        while k < n and k <= h + 7:
            t = toks[k]
            if t.value in OPEN_QUOTES or t.value in CLOSE_QUOTES or t.value in ('"', "-") or _is_acronym(t):
                k += 1
                continue
            if t.type != "RU" or not (_pos0(t) in ("NOUN", "ADJF", "PRTF") and "gent" in _cases(t)):
                return False
            if _pos0(t) == "NOUN":
                if any(a <= t.span.start < b for a, b in ctx["threats"]):
                    return False
                e = self.kind_at(toks, k)
                if e is not None and e.role != "defer" and e.kind in WRAPPED_KINDS:
                    return True
            k += 1
        return False

    def _wraps_kind(self, toks: list, h: int, ctx: dict) -> bool:
        """A genitive chain after ``h`` holding a noun of any kind of the lexicon ("подготовка саммита")."""
        n = len(toks)
        for k in range(h + 1, min(n, h + 8)):
            t = toks[k]
            if t.value in OPEN_QUOTES or t.value in CLOSE_QUOTES or t.value in ('"', "-") or _is_acronym(t):
                continue
            if t.type != "RU" or not (_pos0(t) in ("NOUN", "ADJF", "PRTF") and "gent" in _cases(t)):
                return False
            if _pos0(t) == "NOUN":
                e = self.kind_at(toks, k)
                if e is not None and e.role != "defer" and not any(a <= t.span.start < b for a, b in ctx["threats"]):
                    return True
        return False

    def _date_end(self, toks: list, j: int) -> int:
        """End of a date or a count at ``j``: "2025 году", "2022–2024 годы", "15 октября", "15"."""
        n = len(toks)
        k = j + 1
        while k + 1 < n and toks[k].value in ("-", "–", "—") and toks[k + 1].type == "INT":
            k += 2
        if k < n and (_lem(toks[k]) & DATE_NOUNS or _has(toks[k], "Mnth") or _lem0(toks[k]) in MONTHS):
            k += 1
            if k + 1 < n and toks[k].type == "INT" and _lem(toks[k + 1]) & DATE_NOUNS:
                k += 2  # "15 октября 2025 года"
        return k

    def _including(self, toks, text, k, stance, ctx) -> list[_Item]:
        """The documents after a generic set: "пакет документов, в том числе X и Y", "ряд соглашений: X, Y"."""
        n = len(toks)
        if k < n and toks[k].value == ",":
            k += 1
        if k + 2 < n and [_lem0(t) for t in toks[k:k + 3]] == ["в", "тот", "число"]:
            k += 3
        elif k < n and _lem0(toks[k]) == "включая":
            k += 1
        elif k < n and toks[k].value == ":":
            k += 1
        else:
            return []
        out: list[_Item] = []
        while k < n and len(out) < 8:
            h = self._np_head(toks, k)
            if h is None or self.kind_at(toks, h) is None:
                break
            its = self._np_items(toks, text, k, h, stance, ctx)
            if not its:
                break
            for it in its:
                it.extra["listed"] = True  # a document of a list stands as an item even bare
            out.extend(its)
            k = max(it.stop for it in its)
            while k < n and (toks[k].value in (",", "и") or _lem0(toks[k]) in ("а", "также")):
                k += 1
            if k >= n or toks[k].type != "RU":
                break
        return out

    def _event_subject(self, toks, text, a, b, stance, ctx) -> list[_Item]:
        """"Очередной саммит пройдет в Душанбе", "В октябре состоится заседание Совета": the event announced
        is the subject, before the predicate or after its adverbials."""
        fronted = self._fronted(toks, text, a, b - 1, stance, ctx)
        items = fronted
        if not items:
            n = len(toks)
            k = b
            while k < n and toks[k].type in ("RU", "INT") and k < b + 12:
                if toks[k].type == "INT":
                    k = self._date_end(toks, k)
                elif _pos0(toks[k]) == "PREP":
                    k = self._pp_end(toks, k)
                elif _pos0(toks[k]) in ("ADVB", "PRCL", "CONJ"):
                    k += 1
                else:
                    break
            h = self._np_head(toks, k) if k < n else None
            if h is None or "nomn" not in _cases(toks[h], "NOUN"):
                return []
            items = self._np_items(toks, text, k, h, stance, ctx)[:1]
        for it in items:
            e = self.kind_at(toks, it.head) if it.head is not None else None
            if e is None or e.kind != "event" or e.role == "defer":
                return []
        return items

    def _np_items(self, toks, text, i, h, stance, ctx, source="np") -> list[_Item]:
        while i < h and (_lem0(toks[i]) in LOOSE_ADVERBS or _pos0(toks[i]) in ("PRCL", "CONJ")):
            i += 1
        if _lem(toks[h]) & REJECT_HEADS:
            return []
        proposer = None
        # "выдвинутой Си Цзиньпином инициативы": the author, and the span starts after it
        for k in range(i, h):
            if _pos0(toks[k]) == "PRTF" and _lem0(toks[k]) in AGENT_VERBS:
                a = k + 1
                b = a
                while b < h and (_is_acronym(toks[b]) or (_is_cap(toks[b]) and "ablt" in _cases(toks[b]))):
                    b += 1
                if b > a:
                    proposer = _ablt_to_nomn(toks[a:b])
                    i = b
                break
        head_case = _cases(toks[h], "NOUN")
        end, why = self.chunk_end(toks, text, h + 1, head_case, False)
        if why == "stop_pair":
            # "о присоединении Кувейта к СВМДА в качестве ..., а также о предоставлении ..."
            k = end
            end2 = end
            while k < len(toks) and k < end + 10 and toks[k].value not in (",", ".", ";"):
                hk = self._np_head(toks, k + 1) if toks[k].value == "и" else None
                if hk is not None and self.kind_at(toks, hk) and head_case & _cases(toks[hk], "NOUN"):
                    why, end2 = "split", k  # "... в качестве полноправного члена и подписание ..."
                    break
                k += 1
            if why != "split" and k + 2 < len(toks) and toks[k].value == "," \
                    and (_lem0(toks[k + 1]), _lem0(toks[k + 2])) == ("а", "также"):
                why = "split"
                end2 = k
        else:
            end2 = end
        end = _trim(toks, i, end)
        e = self.kind_at(toks, h)
        if e is not None and e.role == "defer" and end == h + 1 and source != "enum":
            return []  # "решения нужно воплощать": a wrapper with nothing to wrap
        if _lem0(toks[h]) in STRICT_WRAPPERS and not self._wraps_kind(toks, h, ctx):
            return []  # "подготовка энергосистемы к зиме": routine work, no undertaking wrapped
        if h + 2 < len(toks) and _lem0(toks[h + 1]) == "о" and _lem0(toks[h + 2]) == "тот":
            return []  # "опубликовал заявление о том, что ...": a report, not a document of the genre
        if end == h + 1 and any(_lem0(t) in BACK_REFERENCES or t.value.lower() in BACK_REFERENCES
                                for t in toks[i:h]):
            return []  # "не поддерживаем этот проект": a back-reference, not a named undertaking
        items = [_Item(i, end, stance, source, head=h, proposer=proposer)]
        if why == "split":
            more = self._continuations(toks, text, end2, why, stance, ctx, head_case, items[0])
            for it in more:
                # "строительство Рогунской ГЭС, а также ряда малых ГЭС": a genitive conjunct shares the wrapper
                if it.head is not None and it.source == "np" and h + 1 < len(toks) \
                        and "gent" in _cases(toks[h + 1]) and not (head_case & _cases(toks[it.head], "NOUN")) \
                        and _cases(toks[it.head], "NOUN") == {"gent"} and re.search(r"(ние|тие|ство)$", _lem0(toks[h])):
                    it.enum_head_lemma = _lem0(toks[h])
            items += more
            return items
        items += self._continuations(toks, text, end, why, stance, ctx, head_case, items[0])
        if why == "" and source == "np":
            items += self._after_clause(toks, text, end2, stance, ctx, items[0])
        return items

    def _after_clause(self, toks, text, end, stance, ctx, first: _Item) -> list[_Item]:
        """Conjuncts after a relative or participial clause: "приняли декларацию, в которой ...,
        а также заявления о X" and "заявления о X, ведущей к ..., и о Y" (the head left out)."""
        n = len(toks)
        if end + 2 >= n or toks[end].value != "," or first.head is None:
            return []
        nxt = toks[end + 1]
        if not (_lem0(nxt) == "который" or _pos0(nxt) in ("PRTF", "GRND") or _has(nxt, "PRTF")
                or (_pos0(nxt) == "PREP" and _lem0(toks[end + 2]) == "который")):
            return []
        h0 = first.head
        prep = _lem0(toks[h0 + 1]) if h0 + 1 < n and _pos0(toks[h0 + 1]) == "PREP" else None
        head_case = _cases(toks[h0], "NOUN")
        for k in range(end + 2, min(n - 2, end + 30)):
            v = toks[k].value
            if v in (".", ";", ":", "!", "?"):
                return []
            if v != ",":
                continue
            a, b = _lem0(toks[k + 1]), _lem0(toks[k + 2])
            if (a, b) == ("а", "также"):
                j = k + 3
                h = self._np_head(toks, j) if j < n else None
                if h is not None and self.kind_at(toks, h) and head_case & _cases(toks[h], "NOUN") \
                        and not any(x <= toks[h].span.start < y for x, y in ctx["threats"]):
                    return self._np_items(toks, text, j, h, stance, ctx)
            elif a == "и" and prep is not None and b == prep:
                h = self._np_head(toks, k + 3)
                if h is None:
                    return []
                stop, _why = self.chunk_end(toks, text, h + 1, _cases(toks[h], "NOUN"), False)
                it = _Item(k + 2, _trim(toks, k + 2, stop), stance, "enum", head=h)
                it.enum_head_lemma = _lem0(toks[h0])
                it.extra["enum_of"] = first
                return [it]
        return []

    def _period(self, toks, text, i, stance) -> list[_Item]:
        """"объявили 2026 год Годом тюркской литературы", "2023–2027 годы Пятилеткой действий":
        a period declared a year (decade, five-year plan) of something is an event."""
        n = len(toks)
        k = i + 1
        while k + 1 < n and toks[k].value in ("-", "–", "—") and toks[k + 1].type == "INT":
            k += 2
        if k >= n or not _lem(toks[k]) & DATE_NOUNS:
            return []
        h = self._np_head(toks, k + 1)
        if h is None or "ablt" not in _cases(toks[h], "NOUN"):
            return []
        end, _why = self.chunk_end(toks, text, h + 1, _cases(toks[h], "NOUN"), False)
        end = _trim(toks, k + 1, end)
        return [_Item(i, end, stance, "period", head=h, extra={"name_from": k + 1, "kind": "event"})]

    def _fronted(self, toks, text, a, v, stance, ctx) -> list[_Item]:
        """"Очередной саммит решено провести в 2026 году в Казахстане": the object opens the clause
        when the infinitive has none after it."""
        n = len(toks)
        k = v + 1
        while k < n and toks[k].type == "RU":
            if _pos0(toks[k]) == "PREP":
                k = self._pp_end(toks, k)
            elif _pos0(toks[k]) in ("ADVB", "PRCL", "CONJ") or (
                    _lem0(toks[k]) in SEASONS and "ablt" in _cases(toks[k])):
                k += 1
            else:
                return []
        start = a
        while start > 0 and toks[start - 1].value not in (",", ":", ";", "—", "-", ".", "(") \
                and toks[start - 1].value not in OPEN_QUOTES + CLOSE_QUOTES + '"':
            start -= 1
        while start < a and (toks[start].type == "INT" or _pos0(toks[start]) in ("CONJ", "PRCL")):
            start += 1  # ", а очередной саммит решено провести", "что следующее заседание пройдет"
        h = self._np_head(toks, start)
        if h is None or h >= a or not (_cases(toks[h], "NOUN") & {"accs", "nomn"}):
            return []
        e = self.kind_at(toks, h)
        if e is None or e.role == "defer" or any(x <= toks[h].span.start < y for x, y in ctx["threats"]):
            return []
        end, _why = self.chunk_end(toks, text, h + 1, None, False)
        end = min(end, a)
        while end > h + 1 and _lem0(toks[end - 1]) in COPULAS | {"не", "уже"}:
            end -= 1
        return [_Item(start, _trim(toks, start, end), stance, "np", head=h)]

    def _inf_items(self, toks, text, start, v, stance, ctx, any_object: bool = False) -> list[_Item]:
        """An infinitive phrase: "учредить орган ШОС по борьбе с ...", "помочь Таджикистану укрепить ..."."""
        n = len(toks)
        if _lem0(toks[v]) in COPULAS:
            return []
        k = v + 1
        # "внести выдвинутая ... инициатива": a nominative phrase after the verb is its subject
        while k < n and _pos0(toks[k]) == "ADVB":
            k += 1
        if k >= n or (toks[k].type != "RU" and toks[k].value not in OPEN_QUOTES + '"') or (
                _pos0(toks[k]) in ("NOUN", "ADJF", "PRTF") and _cases(toks[k]) <= {"nomn"}):
            return []
        obj_head = None
        j = k
        while j < n and j < k + 14:
            if toks[j].value == "," and j > k and _pos0(toks[j - 1]) == "ADJF":
                j += 1
                continue
            if toks[j].type == "INT" and j + 1 < n and _lem(toks[j + 1]) & DATE_NOUNS:
                j += 2  # "провести в 2026 году учения": a date, not the object
                continue
            if toks[j].value == "(":
                j = _paren_end(toks, j)  # "на базе Антитеррористического центра СНГ (АТЦ СНГ)"
                continue
            if _pos0(toks[j]) == "PREP" and j + 1 < n:
                ph_ = self._np_head(toks, j + 1)
                if ph_ is None or self.kind_at(toks, ph_) is None:
                    j = self._pp_end(toks, j)  # "провести в мае в Минске": places are no object
                    continue
            if toks[j].value == "-" and j > k and _tight(toks, j - 1, j):
                j += 1  # "командно-штабные"
                continue
            if toks[j].type != "RU" and toks[j].value not in OPEN_QUOTES and toks[j].value != '"':
                break
            if _lem0(toks[j]) in SEASONS and "ablt" in _cases(toks[j]):
                j += 1
                continue
            if _pos0(toks[j]) == "NOUN" and not _is_acronym(toks[j]) and not (
                    _lem(toks[j]) & DATE_NOUNS and j > k and _lem0(toks[j - 1]) in ("в", "на", "этот", "следующий")):
                obj_head = j
                break
            j += 1
        if obj_head is not None and (_lem(toks[obj_head]) & INF_REJECT or obj_head > k and (
                _lem0(toks[obj_head - 1]) in BACK_REFERENCES or toks[obj_head - 1].value.lower() in BACK_REFERENCES)
                and (obj_head + 1 >= n or toks[obj_head + 1].type != "RU")):
            return []  # "принять в нем участие", "участвовать в ее реализации"
        head_case = _cases(toks[obj_head], "NOUN") if obj_head is not None else None
        # "объединить усилия для создания X": the purpose is the undertaking
        if obj_head is not None and _lem(toks[obj_head]) & PURPOSE_HEADS:
            p = obj_head + 1
            # "завершить процедуры, необходимые для вступления в силу Соглашения"
            while p < n and p < obj_head + 4 and (toks[p].value == "," or _lem0(toks[p]) in ("необходимый", "нужный")):
                p += 1
            if p < n and _lem0(toks[p]) == "для":
                h = self._np_head(toks, p + 1)
                if h is not None:
                    its = self._np_items(toks, text, p + 1, h, stance, ctx)
                    for it in its:
                        it.extra["outer_start"] = start
                    return its
        if obj_head is not None and _lem(toks[obj_head]) & PURPOSE_HEADS and obj_head + 1 < n \
                and toks[obj_head + 1].type != "RU":
            return []  # "утверждать документы", "завершить процедуры": nothing concrete named
        if obj_head is not None and _lem0(toks[obj_head]) in STRICT_WRAPPERS and not self._wraps_kind(
                toks, obj_head, ctx):
            return []  # "поручил завершить подготовку энергосистемы к зиме": routine work
        end, why = self.chunk_end(toks, text, v + 1, head_case, True)
        end = _trim(toks, start, end)
        if end <= v + 1 or obj_head is None or obj_head >= end:
            return []
        lexical = self.verb_kind(toks[v]) is not None or any(
            _is_noun(toks[x]) and self.kind_at(toks, x) for x in range(v + 1, end))
        if any_object:
            # an order names its step whatever the noun ("поручил завершить переход на электронные счета-фактуры"),
            # unless the noun is a routine one ("поручил принять меры", "усилить контроль", "подготовить предложения")
            lexical = not (_lem(toks[obj_head]) & (GENERIC | ORDER_GENERIC)) and _pos0(toks[obj_head]) == "NOUN"
        threat = any(a <= toks[obj_head].span.start < b for a, b in ctx["threats"])
        if (threat and self.verb_kind(toks[v]) is None) or not lexical:
            items: list[_Item] = []
        else:
            items = [_Item(start, end, stance, "inf", head=obj_head, extra={"verb": v})]
        if why == "colon" and obj_head is not None and _plural(toks, obj_head):
            enum = self._enumeration(toks, text, end + 1, stance, ctx, items[0] if items else None)
            if enum:
                return enum
        if why == "split":
            more = self._continuations(toks, text, end, why, stance, ctx, head_case, items[0] if items else None)
            if any(x.source == "enum" for x in more):
                items = []  # "сформировать площадки и механизмы: X, Y" -> X, Y
            items += more
        if why == "pp":
            h = self._np_head(toks, end + 1)
            if h is not None:
                pp = self._np_items(toks, text, end + 1, h, stance, ctx)
                for it in pp:
                    it.extra["enum_of"] = items[0] if items else None
                items += pp
        return items

    def _continuations(self, toks, text, end, why, stance, ctx, head_case, first: _Item | None) -> list[_Item]:
        n = len(toks)
        if why == "colon" and first is not None and first.head is not None and _plural(toks, first.head):
            enum = self._enumeration(toks, text, end + 1, stance, ctx, first)
            if enum:
                first.extra["replaced"] = True
                return enum
        if why != "split":
            return []
        j = end
        while j < n and (toks[j].value in (",", "и") or _lem0(toks[j]) in ("а", "также")):
            j += 1
        if j >= n:
            return []
        while j < n and _pos0(toks[j]) in ("ADVB", "COMP") and j + 1 < n and _pos0(toks[j + 1]) == "INFN":
            j += 1
        if _pos0(toks[j]) == "INFN":
            start = end + 1
            while _pos0(toks[start]) != "ADVB" and start < j:
                start += 1
            return self._inf_items(toks, text, min(start, j), j, stance, ctx)
        if _pos0(toks[j]) == "PREP":
            j += 1
        h = self._np_head(toks, j)
        if h is None:
            return []
        return self._np_items(toks, text, j, h, stance, ctx)

    def _enumeration(self, toks, text, i, stance, ctx, head: _Item | None) -> list[_Item]:
        """Conjuncts after a colon: one item per conjunct."""
        n = len(toks)
        out = []
        j = i
        head_lemma = _lem0(toks[head.head]) if head and head.head is not None else None
        prefixed = False
        for pre in ENUM_PREFIX:
            if j + 1 < n and (_lem0(toks[j]), _lem0(toks[j + 1])) == pre:
                j += 2
                prefixed = True
                break
        pp = head is not None and head.head is not None and j < n and _lem0(toks[j]) in PP_ENUM
        if pp:
            head_lemma = _counted_name(text, toks, head.head, head.stop)
        while j < n and len(out) < 8:
            if pp:
                # "три центра сотрудничества: по сокращению бедности, по обмену студентами и по борьбе с засухой"
                prep = _lem0(toks[j])
                if prep not in PP_ENUM:
                    break
                end, _why = self.chunk_end(toks, text, j + 1, None, False)
                k = j + 1
                while k < end and toks[k].value != "," and not (
                        toks[k].value == "и" and k + 1 < n and _lem0(toks[k + 1]) == prep):
                    k += 1
                end = _trim(toks, j, k)
                it = _Item(j, end, stance, "enum", head=j, enum_head_lemma=head_lemma)
                it.proposer = head.proposer
                it.extra["enum_of"] = head
                out.append(it)
                j = end
                while j < n and (toks[j].value in (",", "и") or _lem0(toks[j]) in ("а", "также")):
                    j += 1
                if j >= n or toks[j].value in (".", ";"):
                    break
                continue
            h = self._np_head(toks, j)
            if h is None:
                break
            end, why = self.chunk_end(toks, text, h + 1, None, False)
            # "глобального развития, глобальной безопасности": a comma ends each conjunct here
            k = j
            while k < end and toks[k].value != ",":
                k += 1
            end = _trim(toks, j, min(end, k))
            it = _Item(j, end, stance, "enum", head=h)
            if head is not None:
                it.proposer = head.proposer
                it.extra["enum_of"] = head
                if prefixed or not (_cases(toks[h], "NOUN") & _cases(toks[head.head], "NOUN")):
                    it.enum_head_lemma = head_lemma
            out.append(it)
            j = end
            # skip a relative or participial clause: ", который ...", ", призванный ..."
            if j + 1 < n and toks[j].value == "," and (_lem0(toks[j + 1]) == "который" or _pos0(toks[j + 1]) == "PRTF"):
                j += 1
                while j < n and toks[j].value not in (",", ".", ";"):
                    j += 1
            while j < n and (toks[j].value in (",", "и") or _lem0(toks[j]) in ("а", "также")):
                j += 1
            if j >= n or toks[j].value in (".", ";") or toks[j].type != "RU":
                break
        return out

    def _participle_object(self, toks, text, a, b, ph: StancePhrase, ctx) -> list[_Item]:
        """"принятой по итогам заседания Казанской декларации": the noun the participle agrees with."""
        part = toks[a]
        pf = [f for f in _forms(part) if "PRTF" in f.grams.values]
        if not pf:
            return []
        n = len(toks)
        j = b
        agent_start = None
        while j < n and j < b + 8:
            t = toks[j]
            if _is_acronym(t):
                j += 1
                continue
            if t.type != "RU":
                return []
            for f in _forms(t):
                v = f.grams.values
                if ("NOUN" in v or "ADJF" in v) and any(_agree(pfm.grams.values, v) for pfm in pf):
                    h = self._np_head(toks, j)
                    if h is None or not self.kind_at(toks, h) or any(
                            a <= toks[h].span.start < b for a, b in ctx["threats"]):
                        return []
                    items = self._np_items(toks, text, j, h, ph.stance, ctx)
                    if not items:
                        return []
                    if agent_start is not None and _lem0(part) in AGENT_VERBS | {"выдвигать"}:
                        items[0].proposer = _ablt_to_nomn(toks[agent_start:j])
                    items[0].extra["participle"] = True
                    return items
            if "ablt" in _cases(t) and agent_start is None and _is_cap(t):
                agent_start = j
            j += 1
        return []

    # -- mentions without a stance --------------------------------------------------------
    def mentions(self, toks: list, text: str, ctx: dict) -> list[_Item]:
        out = []
        n = len(toks)
        for a, b, _entry in self._named.findall(toks):
            e = self._named_by[_entry.name]
            start = a
            # include the head word before a quoted name: "инициативой "Один пояс, один путь""
            k = a - 1
            if k >= 0 and toks[k].value in OPEN_QUOTES + '"':
                k -= 1
            while k >= 0 and _pos0(toks[k]) in ("NOUN", "ADJF") and self.kind_at(toks, k) and k >= a - 3:
                start = k
                k -= 1
            while start - 1 >= 0 and _pos0(toks[start - 1]) == "ADJF" and start > a - 4:
                start -= 1
            stop = b
            if b < n and toks[b].value in CLOSE_QUOTES + '"':
                stop = b + 1
            if start == a and a > 0 and toks[a - 1].value in OPEN_QUOTES + '"':
                start = a - 1
            it = _Item(start, stop, "mentions", "mention", head=a)
            it.named = e
            if any(x <= toks[a].span.start < y for x, y in ctx["institutions"]):
                # an existing body ("был открыт Региональный центр ООН"): it only lends its author
                it.extra["link_only"] = True
            out.append(it)
        for i, t in enumerate(toks):
            lems = _lem(t)
            if _pos0(t) != "NOUN":
                continue
            if i > 0 and _lem0(toks[i - 1]) == "по" and lems & {"инициатива"}:
                continue
            if i > 1 and _lem0(toks[i - 2]) == "по" and lems & {"инициатива"}:
                continue
            entry = self.kind_at(toks, i)
            if lems & PLACE_LIST_HEADS and not any(a <= t.span.start < b for a, b in ctx["institutions"]):
                places = _place_list_end(toks, i + 1)
                quoted = toks[i + 1].value in OPEN_QUOTES if i + 1 < n else False
                if places is not None and not quoted and (
                        not _has(t, "sing") or any(_lem0(x) in COMPASS for x in toks[i + 1:places])):
                    places = None  # "маршрутов Север – Юг и Восток – Запад": directions, not one project
                if places is not None:
                    start = i
                    while start - 1 >= 0 and _pos0(toks[start - 1]) == "ADJF" and not _has(toks[start - 1], "PRTF"):
                        start -= 1  # "железная дорога", "транспортный коридор"
                    it = _Item(start, places, "mentions", "mention", head=i)
                    it.extra["kind"] = "project"
                    out.append(it)
                    continue
            if entry is None:
                continue
            absolute = t.span.start
            in_inst = any(a <= absolute < b for a, b in ctx["institutions"])
            doc = entry.role == "doc"
            start = i
            while start - 1 >= 0 and _pos0(toks[start - 1]) in ("ADJF",) and not _has(toks[start - 1], "PRTF"):
                start -= 1
                if start >= 2 and toks[start - 1].value == "-" and _tight(toks, start - 2, start - 1) \
                        and _tight(toks, start - 1, start):
                    start -= 2  # "Китайско-пакистанский"
            cap = _is_cap(toks[start]) and not (start == 0 and not _is_cap(t) and start == i)
            # a sentence-initial adjective is a proper name when it is a place adjective ("Габалинская")
            proper = start > 0 or _is_cap(t) or (start < i and _lem0(toks[start]).endswith("ский"))
            quotable = entry.role != "defer" and (entry.kind in ("strategy", "initiative") or lems & QUOTED_HEADS)
            named = quotable and not lems & MOTTOS and i + 1 < n and (
                toks[i + 1].value in OPEN_QUOTES or (toks[i + 1].value == '"' and _opens(toks, i + 1, text))
                or (toks[i + 1].type == "LATIN" and toks[i + 1].value.isupper() and entry.kind != "event"))
            if lems & {"инициатива"} and i + 1 < n and (
                    _lem0(toks[i + 1]) in ("о", "об", "по") or toks[i + 1].value in OPEN_QUOTES + '"'):
                pass
            elif lems & {"преобразование", "трансформация", "превращение"} and any(
                    _lem0(x) == "в" for x in toks[i + 1:i + 4]):
                pass
            elif doc and cap and not in_inst and proper:
                pass
            elif named and not in_inst:
                pass  # "стратегия «Глобальные ворота»", "учение «Взаимодействие-2025»", "концепция SECURE"
            elif lems & CAP_PROJECTS and cap and start < i and proper:
                pass  # "Транскаспийский международный транспортный маршрут"
            else:
                continue
            if in_inst:
                continue
            end, why = self.chunk_end(toks, text, i + 1, _cases(t, "NOUN"), False)
            if named and not (lems & {"инициатива"}) and not (doc and cap and proper):
                end = _name_end(toks, i + 1)  # "концепцией «Зеленый путь» и ее итогами": the name ends it
            end = _trim(toks, start, end)
            it = _Item(start, end, "mentions", "mention", head=i)
            out.append(it)
            if why == "colon" and _plural(toks, i):
                enum = self._enumeration(toks, text, end + 1, "mentions", ctx, it)
                if enum:
                    out.pop()
                    out.extend(enum)
        return out

    # -- attributes ---------------------------------------------------------------------
    def kind_of(self, toks: list, it: _Item) -> str:
        if "kind" in it.extra:
            return it.extra["kind"]
        if it.named is not None and it.source == "mention":
            return it.named.kind
        if it.enum_head_lemma and "enum_of" in it.extra:
            return self.kind_of(toks, it.extra["enum_of"])  # "инициативы: в сфере водного сотрудничества"
        verb_entry = self.verb_kind(toks[it.extra["verb"]]) if "verb" in it.extra else None
        if verb_entry is not None and verb_entry.role == "verb_strong":
            return verb_entry.kind
        fallback = None
        start = it.head if it.head is not None and it.source != "inf" else it.start
        creating = (verb_entry is not None and verb_entry.kind == "institution_building") or any(
            _lem(t) & CREATING for t in toks[it.start:it.stop])
        insts = getattr(self, "_ctx", {}).get("institutions", [])
        for j in range(start, it.stop):
            if not _is_noun(toks[j]) or _time_noun(toks, j):
                continue
            e = self.kind_at(toks, j)
            if e is None:
                continue
            if e.kind == "institution_building" and not creating \
                    and any(x <= toks[j].span.start < y for x, y in insts):
                fallback = fallback or "cooperation"  # "привлечь ЕИБ", "ресурсы ЕАБР": an existing body at work
                continue
            if e.role == "defer":
                fallback = fallback or e.kind
                continue
            return e.kind
        if fallback:
            return fallback
        if it.source == "enum" and "enum_of" in it.extra:
            return self.kind_of(toks, it.extra["enum_of"])
        if verb_entry is not None:
            return verb_entry.kind
        return "other"

    def name_of(self, toks: list, text: str, it: _Item) -> str:
        if it.named is not None and it.source == "mention":
            return it.named.name
        words = toks[it.start:it.stop]
        if it.enum_head_lemma:
            head = it.enum_head_lemma
            if len(words) > 1 and _lem(words[0]) & GENERIC_SETS:
                words = words[1:]  # "строительство ряда малых ГЭС" -> "строительство малых ГЭС"
            return f"{head} {text[words[0].span.start:words[-1].span.stop]}"
        if it.source == "period":
            return nominative(text, list(toks[it.extra["name_from"]:it.stop]))
        if it.source == "inf":
            v = it.extra["verb"]
            k = v + 1
            # "создать под эгидой ООН Региональный центр": the name leaves the adverbials out
            while k < it.stop - 1:
                if _pos0(toks[k]) == "ADVB" or _lem0(toks[k]) in LOOSE_ADVERBS:
                    k += 1
                elif _lem0(toks[k]) in ("в", "на") and toks[k + 1].type == "INT" and k + 2 < it.stop \
                        and _lem(toks[k + 2]) & DATE_NOUNS:
                    k += 3  # "в 2026 году"
                elif toks[k].value == "(":
                    k = _paren_end(toks, k)
                elif toks[k].type == "INT" or (_lem0(toks[k]) in SEASONS and "ablt" in _cases(toks[k])):
                    k = self._date_end(toks, k) if toks[k].type == "INT" else k + 1  # "осенью 2026 года"
                elif _pos0(toks[k]) == "PREP" and k + 1 < it.stop:
                    m = self._minimal_np_end(toks, k + 1)
                    if m >= it.stop:
                        break
                    k = m
                else:
                    break
            obj = list(toks[k:it.stop])
            if len(obj) > 1 and _pos0(obj[0]) == "PREP" and _is_noun_start(obj[1:]):
                obj = obj[1:]  # "приступить к модернизации пунктов пропуска" -> "модернизация пунктов пропуска"
            if not obj:
                return text[toks[it.start].span.start:toks[it.stop - 1].span.stop]
            entry = self.verb_kind(toks[v])
            obj_text = text[obj[0].span.start:obj[-1].span.stop]
            first_noun = next((t for t in obj if _pos0(t) == "NOUN"), None)
            if entry is not None and entry.noun and (first_noun is None or "accs" not in _cases(first_noun, "NOUN")):
                return f"{entry.noun} {obj_text}"
            if entry is not None and entry.noun and first_noun is not None and "accs" in _cases(first_noun, "NOUN"):
                gen = _genitive(text, obj)
                return f"{entry.noun} {gen}"
            return nominative(text, obj) if _is_noun_start(obj) else obj_text
        toks_ = [t for t in toks[it.start:it.stop]]
        return nominative(text, toks_)


_GAP_WORDS = frozenset({"и", "также", "же", "уже", "еще", "ещё"})


def _is_gap(tok, before_noun: bool) -> bool:
    p = _pos0(tok)
    return p in ("ADVB", "PRCL") or _lem0(tok) in _GAP_WORDS or (before_noun and p == "ADJF")


def _align(toks: list, i: int, words: tuple[str, ...]) -> int | None:
    """End of the phrase ``words`` starting at ``toks[i]``, gap words allowed (see ``phrase_rule``)."""
    j, k, n = i + 1, 1, len(toks)
    gaps = 0
    while k < len(words):
        if j >= n:
            return None
        if words[k] in _lem(toks[j]):
            k, j, gaps = k + 1, j + 1, 0
            continue
        noun_next = any(p.tag.POS == "NOUN" for p in parse(words[k])[:1])
        if gaps < 2 and _is_gap(toks[j], noun_next):
            j, gaps = j + 1, gaps + 1
            continue
        return None
    return j


def _name_end(toks: list, j: int) -> int:
    """End of a quoted or Latin name at ``j`` with an optional parenthesized acronym after it."""
    n = len(toks)
    if toks[j].type == "LATIN":
        k = j + 1
    else:
        close = _closing(toks, j)
        k = (close + 1) if close is not None else j + 1
    if k + 2 < n and toks[k].value == "(" and toks[k + 2].value == ")":
        k += 3
    return k


MONTHS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь"})


TIME_MODIFIERS = frozenset({"конец", "начало", "середина", "этот", "следующий", "текущий", "прошлый", "нынешний",
                            "будущий", "предстоящий", "ближайший"})


def _place_list_end(toks: list, j: int) -> int | None:
    """End of a dash-joined list of two or more capitalized places at ``j`` ("Китай – Кыргызстан – Узбекистан",
    "«Север – Юг»"), else None: such a list after an infrastructure head is the project's name."""
    n = len(toks)
    quoted = j < n and toks[j].value in OPEN_QUOTES
    k = j + 1 if quoted else j
    places = 0
    while k < n and toks[k].type in ("RU", "LATIN") and _is_cap(toks[k]) and not _is_acronym(toks[k]):
        k += 1
        places += 1
        if k + 1 < n and toks[k].value == "-" and _is_cap(toks[k + 1]):
            k += 1
            continue
        break
    if places < 2:
        return None
    if quoted:
        return k + 1 if k < n and toks[k].value in CLOSE_QUOTES else None
    return k


def _heading(toks: list, it: _Item) -> bool:
    """An upper-case title line: every word of the item and of most of its sentence is in capitals."""
    words = [t for t in toks if t.type == "RU"]
    caps = [t for t in words if t.value.isupper() and len(t.value) > 1]
    span_words = [t for t in toks[it.start:it.stop] if t.type == "RU" and len(t.value) > 1]
    return len(span_words) > 1 and all(t.value.isupper() for t in span_words) and len(caps) * 2 > len(words)


def _plural(toks: list, h: int) -> bool:
    """A plural head or one counted by a numeral ("три центра") announces an enumeration after a colon."""
    if _has(toks[h], "plur"):
        return True
    return any(_pos0(toks[k]) == "NUMR" or toks[k].type == "INT" for k in range(max(0, h - 3), h))


def _counted_name(text: str, toks: list, h: int, stop: int) -> str:
    """The head phrase of an enumeration in the nominative singular, numeral left out: "три региональных центра
    сотрудничества" -> "региональный центр сотрудничества" (each conjunct's name starts with it)."""
    noun = next((p for p in parse(toks[h].value) if "NOUN" in p.tag), None)
    head = noun.inflect({"nomn", "sing"}) if noun is not None else None
    words = [head.word if head is not None else _lem0(toks[h])]
    gender = head.tag.gender if head is not None else None
    k = h - 1
    while k >= 0 and _pos0(toks[k]) in ("ADJF", "PRTF"):
        adj = next((p for p in parse(toks[k].value) if {"ADJF"} & set(p.tag.grammemes) or "PRTF" in p.tag), None)
        form = adj.inflect({"nomn", "sing", gender} if gender else {"nomn", "sing"}) if adj is not None else None
        words.insert(0, form.word if form is not None else toks[k].value)
        k -= 1
    stop = min(stop, next((x for x in range(h + 1, stop) if toks[x].value == ":"), stop))
    tail = text[toks[h + 1].span.start:toks[stop - 1].span.stop] if stop > h + 1 else ""
    return " ".join(w for w in (" ".join(words), tail) if w)


def _time_noun(toks: list, j: int) -> bool:
    """"до конца года", "в 2026 году", "в следующем году": a time adverbial, not the event "год"."""
    t = toks[j]
    if not (_lem(t) & DATE_NOUNS) or _is_cap(t):
        return False
    return j > 0 and (toks[j - 1].type == "INT" or _lem0(toks[j - 1]) in TIME_MODIFIERS)


def _reported(text: str, toks: list, speech: frozenset[str]) -> bool:
    """A sentence in someone's words: inside a quote, with a speech verb ("сообщил, что"), "по словам",
    or in the first person ("мы примем участие")."""
    start = toks[0].span.start
    if text.rfind("«", 0, start) > text.rfind("»", 0, start):
        return True
    for i, t in enumerate(toks):
        if t.value in OPEN_QUOTES or t.value in CLOSE_QUOTES or _lem(t) & speech or _has(t, "1per"):
            return True
        if _lem0(t) == "по" and any(_lem0(x) in ("слово", "мнение", "данные") for x in toks[i + 1:i + 3]):
            return True
    return False


def _paren_end(toks: list, j: int) -> int:
    """Past a short parenthesis at ``j`` ("(АТЦ СНГ)"), or just past the bracket when it does not close."""
    close = next((k for k in range(j + 1, min(len(toks), j + 8)) if toks[k].value == ")"), None)
    return close + 1 if close is not None else j + 1


def _past(toks: list, a: int) -> bool:
    """A predicate in the past tense ("прошел", "был запланирован"): narrated, not announced."""
    if _has(toks[a], "past") and not _has(toks[a], "futr") and not _has(toks[a], "pres"):
        return True
    return a > 0 and _lem0(toks[a - 1]) == "быть" and _has(toks[a - 1], "past")


def _addressee(toks: list, h: int) -> bool:
    """A noun that can be the addressee of support or a call: a name, a country, a body, people."""
    t = toks[h]
    return _is_cap(t) or _is_acronym(t) or _has(t, "anim") or bool(_lem(t) & ADDRESSEES)


def _org_agent(toks: list, k: int, ctx: dict) -> str | None:
    """The actor in the genitive after an action noun: "продвижения НАТО", "расширения альянса" excluded,
    "политики США", "действий Запада"."""
    if k >= len(toks):
        return None
    t = toks[k]
    if _is_acronym(t) and any(a <= t.span.start < b for a, b in ctx["institutions"]):
        return t.value
    if t.type == "RU" and _is_cap(t) and "gent" in _cases(t):
        country = find_country([t])
        if country:
            return country
        if _lem0(t) == "запад":
            return "Запад"
    return None


def _failed(toks: list, a: int, b: int) -> bool:
    """"не удалось согласовать", "согласовать ... не удалось": a step that did not happen."""
    window = [_lem0(t) for t in toks[max(0, a - 3):a]] + [_lem0(t) for t in toks[b:b + 8]]
    return any(w == "не" and nxt in ("удаться", "смочь", "получиться")
               for w, nxt in zip(window, window[1:], strict=False))


def _adjacent(toks: list, end: int, a: int) -> bool:
    """Only adverbs and particles between a verbal predicate's end and ``a``."""
    return end <= a and all(_pos0(t) in ("ADVB", "PRCL", "COMP") for t in toks[end:a])


def _genitive(text: str, toks: list) -> str:
    """The phrase with its head and agreeing modifiers put in the genitive (nominalized names)."""
    words = [t.value for t in toks]
    h = head_index(words)
    if h is None:
        return text[toks[0].span.start:toks[-1].span.stop]
    heads = [p for p in parse(words[h].lower()) if p.tag.POS == "NOUN"]
    if not heads or heads[0].tag.case == "gent":
        return text[toks[0].span.start:toks[-1].span.stop]
    hp = heads[0]
    number = hp.tag.number or "sing"
    out = list(words)
    for i in range(h + 1):
        w = words[i]
        ps = [p for p in parse(w.lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == hp.tag.case]
        if not ps or (i < h and ps[0].tag.POS == "NOUN"):
            continue
        grams = {"gent", number}
        try:
            r = ps[0].inflect(grams)
        except (ValueError, KeyError):
            r = None
        if r:
            out[i] = w[:1] + r.word[1:] if w[:1].isupper() else r.word
            if w[:1].isupper():
                out[i] = r.word[:1].upper() + r.word[1:]
    return join_words(text, toks, out)


def _is_noun_start(toks: list) -> bool:
    return any(_pos0(t) == "NOUN" for t in toks[:4])


def _keys(window: list) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [()]
    for t in window:
        lems = _lem(t)
        out = [k + (lem,) for k in out for lem in lems][:16]
    return out


def _tight(toks: list, i: int, j: int) -> bool:
    return toks[i].span.stop == toks[j].span.start


def _tight_or_named_dash(toks: list, j: int, text: str) -> bool:
    n = len(toks)
    if j == 0 or j + 1 >= n:
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    if prev.span.stop == toks[j].span.start and toks[j].span.stop == nxt.span.start:
        return True
    if _lem0(nxt) in ("член", "участник"):
        return True
    named = (lambda t: _is_cap(t) or t.type in ("INT", "LATIN"))
    return named(prev) and named(nxt)


def _comma_continues(toks: list, j: int) -> bool:
    """"широкого, открытого пространства", "терроризму, сепаратизму и экстремизму"."""
    prev, nxt = toks[j - 1], toks[j + 1]
    if _lem0(nxt) == "который" or _pos0(nxt) in ("PRTF", "GRND", "VERB", "INFN"):
        return False
    pp, pn = _pos0(prev), _pos0(nxt)
    if pp == "ADJF" and pn == "ADJF":
        return True
    if pp == "NOUN" and pn in ("NOUN", "ADJF"):
        shared = _cases(prev, "NOUN") & (_cases(nxt, "NOUN") if pn == "NOUN" else _cases(nxt, "ADJF"))
        if shared and shared <= {"gent", "datv", "ablt", "loct"}:
            # the list must close with "и" before the next comma or stop
            k = j + 1
            while k < len(toks) and k < j + 8 and toks[k].value not in (",", ".", ";", ":"):
                if toks[k].value == "и":
                    return True
                k += 1
    return False


def _opens(toks: list, j: int, text: str) -> bool:
    """A straight quote opens when a word follows it without a space."""
    return j + 1 < len(toks) and toks[j].span.stop == toks[j + 1].span.start and toks[j + 1].type == "RU" and (
        j == 0 or toks[j - 1].span.stop < toks[j].span.start)


def _closing(toks: list, j: int) -> int | None:
    op = toks[j].value
    want = {"«": "»", "“": "”", "„": "“", '"': '"'}.get(op, '"')
    for k in range(j + 1, min(len(toks), j + 25)):
        if toks[k].value == want or (want == "”" and toks[k].value == '"'):
            return k
        if toks[k].value in (".", ";"):
            return None
    return None


def _trim(toks: list, a: int, b: int) -> int:
    while b > a + 1 and (toks[b - 1].type != "RU" and toks[b - 1].value not in CLOSE_QUOTES + '")'
                         and toks[b - 1].type not in ("INT", "LATIN")
                         or _pos0(toks[b - 1]) in ("PREP", "CONJ")):
        b -= 1
    return b


def _agree(pv, nv) -> bool:
    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    pc = next((c for c in cases if c in pv), None)
    if pc is None or pc not in nv:
        return False
    if "plur" in pv:
        return "plur" in nv
    if "plur" in nv:
        return False
    for g in ("masc", "femn", "neut"):
        if g in pv:
            return g in nv or "ms-f" in nv
    return True


def _ablt_to_nomn(toks: list) -> str | None:
    words = []
    for t in toks:
        if t.type != "RU" and not _is_acronym(t):
            break
        w = t.value
        ps = [p for p in parse(w.lower()) if p.tag.case == "ablt"]
        if ps and not _is_acronym(t):
            try:
                r = ps[0].inflect({"nomn"})
            except (ValueError, KeyError):
                r = None
            if r:
                w = r.word[:1].upper() + r.word[1:] if t.value[:1].isupper() else r.word
        words.append(w)
    return " ".join(words) or None


NEGATE = {"supports": "opposes", "welcomes": "opposes", "adopts": "opposes", "opposes": "supports",
          "proposes": "opposes", "calls_for": "opposes"}
STRIP_WRAPPERS = frozenset({"воплощение", "реализация", "выполнение", "осуществление", "подписание", "принятие",
                            "претворение", "ход"})


def _fill(self: Finder, doc, result, attribution) -> None:
    """Append the Initiatives of ``doc`` to ``result`` (text order is restored by ``resolve``)."""
    text = doc.text
    ctx = {"text": text,
           "threats": [(t.span.start, t.span.end) for t in result.threats],
           "institutions": [(m.start, m.end) for inst in result.institutions for m in inst.mentions]}
    self._ctx = ctx
    for sent in doc.sentences:
        toks = sent.tokens
        if not toks:
            continue
        lems = {_e(x) for x in sent.lemmas()}
        found: list[_Item] = []
        if lems & self.triggers:
            outer: tuple[int, str | None] | None = None  # (end, stance) of the last verbal predicate
            for a, b, ph in self.predicates(toks):
                stance: str | None = ph.stance
                if a > 0 and _lem0(toks[a - 1]) == "не" and ph.words[0] != "не":
                    stance = NEGATE.get(ph.stance)
                    if stance is None:
                        continue
                failed = _failed(toks, a, b)
                if failed:
                    stance = "mentions"  # "согласовать заявление не удалось"
                if a > 0 and any(x <= toks[a - 1].span.start < y for x, y in ctx["threats"]):
                    continue  # "террористические группировки продолжают использовать ...": no stance of the speaker
                if _pos0(toks[a]) == "NOUN" and outer is not None and _adjacent(toks, outer[0], a):
                    stance = outer[1]  # "приветствовал одобрение заявок": the outer predicate decides
                elif _pos0(toks[a]) != "NOUN":
                    outer = (b, stance)
                if _pos0(toks[a]) == "NOUN" and a > 0 and (_lem0(toks[a - 1]) in TIME_NOUNS
                                                         or _lem0(toks[a - 1]).endswith("летие")):
                    stance = "mentions"
                for it in self.object_of(toks, text, a, b, ph, ctx):
                    it.stance = stance
                    if failed:
                        # "согласовать заявление министрам не удалось": the dative is who failed
                        h0 = it.head if it.head is not None else it.start
                        cut = next((x for x in range(h0 + 1, it.stop) if _pos0(toks[x]) == "NOUN"
                                    and _cases(toks[x], "NOUN") == {"datv"} and _pos0(toks[x - 1]) != "PREP"), None)
                        it.stop = cut if cut is not None else it.stop
                    if ph.words in HOSTING and it.head is not None and it.source == "np":
                        e = self.kind_at(toks, it.head)
                        if e is not None and e.kind == "event" and e.role != "defer":
                            it.stance = "implements"  # "Казахстан примет саммит": hosting it
                            it.extra["hosting"] = True
                    it.pred, it.pred_stop = a, b
                    if ph.object in ("subject", "planned") and not (
                            attribution.speaker_at(toks[it.start].span.start) and _reported(text, toks, self.speech)):
                        continue  # a narrator's agenda ("в Душанбе пройдет заседание") is no one's stance
                    if ph.object == "subject":
                        it.pred, it.pred_stop = -1, -1  # the subject precedes its predicate
                    if ph.object == "planned":
                        it.extra["planned"] = True  # taking part in an event authors nothing
                    found.append(it)
        mentions = self.mentions(toks, text, ctx)
        kept: list[_Item] = []
        for it in sorted(found, key=lambda x: (x.pred, x.start)) + mentions:
            if it.extra.get("replaced"):
                continue
            overl = [k for k in kept if k.start < it.stop and it.start < k.stop]
            if overl:
                if it.named is not None:
                    for k in overl:
                        k.named = k.named or it.named
                continue
            if it.pred >= 0 and any(k.pred_stop > 0 and k.pred <= it.start < k.pred_stop
                                    and not (it.start == k.pred and _pos0(toks[k.pred]) == "NOUN") for k in kept):
                continue  # an object starting inside a predicate, unless a nominal one heads it
            if it.extra.get("link_only"):
                continue
            h0 = it.head if it.head is not None and it.source != "inf" else None
            if h0 is not None and it.named is None and any(
                    x <= toks[h0].span.start < y for x, y in ctx["threats"]):
                continue  # "осуждаем практику «цветных революций»": a threat the speaker opposes, not an undertaking
            if it.named is None and it.stance == "opposes" and h0 is not None \
                    and _lem(toks[h0]) & THREAT_WRAPPERS and any(
                    toks[it.start].span.start <= x < toks[it.stop - 1].span.stop for x, _y in ctx["threats"]) \
                    and self.kind_of(toks, it) == "other":
                continue  # "практику «цветных революций»": only a wrapper around the threat
            if it.named is None and _heading(toks, it):
                continue  # "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ": a document's title line, not a stance
            kept.append(it)
        for it in kept:
            if it.stop - it.start < 2 and it.named is None and not self._bare_document(toks, it):
                continue
            if it.stance == "implements" and it.source == "np" and it.head is not None and "hosting" not in it.extra:
                e = self.kind_at(toks, it.head)
                if e is not None and e.kind == "event" and e.role != "defer":
                    continue  # "открыл саммит": holding a meeting is no undertaking
            self._attribution = attribution
            result.initiatives.append(self._initiative(doc, toks, it, attribution))


def _bare_document(self: Finder, toks: list, it: _Item) -> bool:
    """"приняли декларацию", "подписали соглашение", "в том числе Стратегия": a document noun alone is
    a document when adopted or listed among documents (not "подписали документы")."""
    if it.head is None or it.source not in ("np", "enum") or not (it.stance == "adopts" or "listed" in it.extra):
        return False
    e = self.kind_at(toks, it.head)
    return e is not None and e.kind == "strategy" and e.role != "defer" and not (_lem(toks[it.head]) & BARE_GENERIC)


def _initiative(self: Finder, doc, toks: list, it: _Item, attribution) -> Initiative:
    text = doc.text
    start = it.start
    # "ход реализации Договора": the span is the document (wrappers peeled one by one)
    while it.head is not None and it.source == "np" and _lem0(toks[it.head]) in STRIP_WRAPPERS:
        for k in range(it.head + 1, min(it.stop, it.head + 8)):
            if _pos0(toks[k]) in ("PRTF", "ADVB", "NPRO", "PREP"):
                continue
            hh = self._np_head(toks, k)
            if hh is not None and self.kind_at(toks, hh) and "gent" in _cases(toks[hh], "NOUN"):
                start, it.head = k, hh
                break
        else:
            break
    it.start = start
    a, b = toks[it.start].span.start, toks[it.stop - 1].span.stop
    span = Span.of(text, a, b)
    kind = self.kind_of(toks, it)
    name = self.name_of(toks, text, it)
    proposer = self.proposer_of(doc, toks, it)
    target = self.target_of(toks, it, proposer)
    return Initiative(span=span, name=name, kind=InitiativeKind(kind), stance=Stance(it.stance or "mentions"),
                      proposer=proposer, target=target, speaker=attribution.speaker_at(span.start))


def _agent(toks: list, i: int, text: str) -> str | None:
    """A genitive author after an initiative noun: "Председателя Китая", "Китая и России"."""
    n = len(toks)
    if i >= n or toks[i].type != "RU" or not _is_cap(toks[i]):
        return None
    first = toks[i]
    is_title = bool(_lem(first) & TITLE_LEMMAS)
    if not is_title and not find_country([first]) and not _has(first, "Surn") and not _has(first, "Name"):
        return None
    if "gent" not in _cases(first) and not _is_acronym(first):
        return None
    parts: list[list] = [[]]
    j = i
    while j < n and j < i + 8:
        t = toks[j]
        if t.value == "и" and parts[-1] and j + 1 < n and _is_cap(toks[j + 1]):
            parts.append([])
            j += 1
            continue
        if (t.type == "RU" and _is_cap(t) and ("gent" in _cases(t) or _is_acronym(t))) or (
                t.type == "RU" and parts[-1] and _pos0(t) == "ADJF" and "gent" in _cases(t)):
            parts[-1].append(t)
            j += 1
            continue
        break
    names = [nominative(text, p) for p in parts if p]
    return " и ".join(names) or None


def _proposer_of(self: Finder, doc, toks: list, it: _Item) -> str | None:
    text = doc.text
    if it.proposer:
        return it.proposer
    if it.stance == "opposes" and it.head is not None and it.source == "np" and not _lem(toks[it.head]) & AUTHORED:
        ag = _org_agent(toks, it.head + 1, getattr(self, "_ctx", None) or {"institutions": []})
        if ag:
            return ag  # "против продвижения НАТО": the opposed step is the actor's
    head_item = it.extra.get("enum_of")
    if head_item is not None:
        return self.proposer_of(doc, toks, head_item)
    h = it.head
    if h is not None and _lem(toks[h]) & AUTHORED:
        ag = _agent(toks, h + 1, text)
        if ag:
            return ag
        for k in range(max(it.start, h - 3), h):
            if _pos0(toks[k]) == "ADJF" and find_country([toks[k]]):
                return find_country([toks[k]])  # "китайская инициатива"
    # "по инициативе Таджикистана Генассамблея объявила ...": the author before the predicate
    if it.pred > 0:
        for k in range(max(0, it.pred - 12), it.pred - 2):
            if _lem0(toks[k]) == "по" and _lem0(toks[k + 1]) == "инициатива":
                ag = _agent(toks, k + 2, text)
                if ag:
                    return ag
    # "которые проводятся по инициативе Узбекистана"
    for k in range(it.stop, len(toks) - 2):
        if _lem0(toks[k]) == "по" and _lem0(toks[k + 1]) == "инициатива":
            ag = _agent(toks, k + 2, text)
            if ag:
                return ag
            break
    # the subject of a call or an order is its addressor, not the author of the step called for
    if it.stance in ("proposes", "implements", "adopts", "supports") and it.pred >= 0 \
            and "planned" not in it.extra:
        subj = _subject(doc, toks, it.pred, getattr(self, "_ctx", None))
        if subj == SPEAKER:
            # "Президент выступил с инициативой": the titled speaker of the statement
            return self._attribution.speaker_at(toks[it.pred].span.start) if it.stance == "proposes" else None
        if subj:
            return subj
    if it.named is not None and it.stance != "proposes":
        return it.named.proposer
    return None


SPEAKER = "\x00speaker"


def _subject(doc, toks: list, a: int, ctx: dict | None = None) -> str | None:
    """The subject before a predicate, when it is a country, a city, a person or "X сторона"."""
    k = a - 1
    steps = 0
    while k >= 0 and steps < 22:
        steps += 1
        t = toks[k]
        v = t.value
        if v in OPEN_QUOTES or v in CLOSE_QUOTES or v in ('"', ":", ";", "—"):
            return None
        if v == ",":
            m = next((x for x in range(k - 1, max(-1, k - 7), -1) if toks[x].value == ","), None)
            if m is not None and _lem0(toks[m + 1]) in ("как", "по"):
                k = m - 1
                continue
            k -= 1
            continue
        if t.type != "RU":
            k -= 1
            continue
        if k > 0 and (_pos0(toks[k - 1]) == "PREP" or _lem0(toks[k - 1]) == "как"):
            k -= 2
            continue
        lem = _lem0(t)
        if lem in ("мы", "я", "нами"):
            return None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        free = nxt is None or nxt.value == "," or _pos0(nxt) in ("VERB", "ADJS", "PRTS", "ADVB", "PRCL", "GRND")
        for s in doc.ner:
            if s.type == "PER" and s.start <= t.span.start < s.stop:
                if free and k + 1 < len(toks) and toks[k + 1].span.start >= s.stop:
                    return doc.text[s.start:s.stop]
        if not free and _is_cap(t):
            k -= 1
            continue
        if lem == "сторона" and "nomn" in _cases(t, "NOUN"):
            if k > 0 and _pos0(toks[k - 1]) == "ADJF":
                return doc.text[toks[k - 1].span.start:t.span.stop]
            return None
        nomn = "nomn" in _cases(t, "NOUN") or _is_acronym(t)
        if _is_cap(t) and nomn:
            country = find_country([t])
            if country and _pos0(t) == "NOUN":
                return country
            for s in doc.ner:
                if s.type == "PER" and s.start <= t.span.start < s.stop:
                    return doc.text[s.start:s.stop]
            if _has(t, "Geox") or _has(t, "Surn"):
                return v
            if _is_acronym(t) and ctx and any(x <= t.span.start < y for x, y in ctx["institutions"]):
                return v  # "ЕС продолжит финансировать"
        if _pos0(t) == "NOUN" and _cases(t, "NOUN") == {"nomn"}:
            return None
        if _pos0(t) == "NOUN" and (_lem(t) & TITLE_LEMMAS) and "nomn" in _cases(t, "NOUN"):
            return SPEAKER if nxt is not None and _pos0(nxt) in ("VERB", "ADVB", "PRCL", "CONJ") else None
        k -= 1
    return None


def _target_of(self: Finder, toks: list, it: _Item, proposer: str | None) -> str | None:
    for k in range(it.start, it.stop):
        t = toks[k]
        if t.type != "RU":
            continue
        if k > 0 and _is_cap(toks[k - 1]) and _pos0(toks[k - 1]) == "ADJF" and not find_country([toks[k - 1]]):
            continue  # "Латинской Америки" is no country of the list
        c = find_country([t])
        if c and not (proposer and (c in proposer or t.value in proposer)):
            return c
    return None


# The document-level steps live outside the class body to keep the grammar part readable.
Finder.fill = _fill  # type: ignore[attr-defined]
Finder._initiative = _initiative  # type: ignore[attr-defined]
Finder._bare_document = _bare_document  # type: ignore[attr-defined]
Finder.proposer_of = _proposer_of  # type: ignore[attr-defined]
Finder.target_of = _target_of  # type: ignore[attr-defined]
