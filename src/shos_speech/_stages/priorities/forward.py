"""The phrase after a cue: "подчеркнул важность X", "Приоритетом является X", "назвал задачей X".

A cue with its own verb or preposition marks what follows it directly; a fronted cue
("Главной задачей Союза остается X") marks what follows the verb or dash that links it.
Between the two stand circumstances that are skipped: time phrases ("на ближайшие годы"),
parentheses (", по его словам,"), adverbs, linking infinitives ("следует уделить").
A colon, an enumerator or a count ("назвал три сферы:") opens a list.
"""
from __future__ import annotations

from .backward import locative_at
from .clauses import clause_after_colon, enclosing_relative, parenthesis_end, relative_end
from .cues import Cue
from .features import OPEN_QUOTES, clause_dash, passive, reflexive, verbal
from .infinitives import negated_goal, verb_phrase_at
from .lexicon import numbered, vocabulary
from .lists import enumerator, list_at
from .owners import owner, past_cue_genitive, time_phrase_end
from .phrases import Phrase, Sent, generic, head_cases, np_at, past_purpose, range_items
from .predicates import past_beneficiary, past_particle
from .purpose import domain, explained_at, that_clause

#: a fronted cue's clause ends at these marks before its verb
CLAUSE_MARKS = ".;!?()\"«»“”"
#: how many words a fronted cue may stand from its verb
MAX_PIVOT = 12
NEGATOR = "не"


def forward(s: Sent, cue: Cue) -> list[Phrase]:
    """The phrases after ``cue``, or [] when nothing after it is marked."""
    goal = any(t.lemmas & vocabulary().goal_words for t in s.toks[cue.start:cue.stop])
    return (_after(s, cue, goal) or _after_relative(s, cue, goal) or _partitive(s, cue)
            or _among_which(s, cue))


def _among_which(s: Sent, cue: Cue) -> list[Phrase]:
    """"выделил ряд приоритетов, среди которых – X и Y": a relative clause of inclusion right after the
    cue's noun lists its items (data [inclusive_relatives]); the dash or copula after it is skipped."""
    toks = s.toks
    k = cue.stop
    if k < len(toks) and toks[k].value != "," and "gent" in toks[k].noun_cases:
        k += 1  # "ряд приоритетов председательства, среди которых"
    if k >= len(toks) or toks[k].value != ",":
        return []
    for words in vocabulary().inclusive_relatives:
        e = k + 1 + len(words)
        if tuple(t.value.lower() for t in toks[k + 1:e]) == words:
            e = skip_fillers(s, e)
            return list_at(s, e) if e < len(toks) else []
    return []


def _partitive(s: Sent, cue: Cue) -> list[Phrase]:
    """"сосредоточиться на пяти основных направлениях, первым из которых назвал X": the ordinal of a
    relative clause on the cue's count ranks the phrase after its verb."""
    toks = s.toks
    ordinals = numbered().ordinals
    for c in range(cue.stop, min(len(toks) - 3, cue.stop + MAX_PIVOT)):
        if toks[c].value in CLAUSE_MARKS:
            return []
        if toks[c].value != ",":
            continue
        rank = next((ordinals[lm] for lm in toks[c + 1].lemmas if lm in ordinals), None)
        if rank is None or toks[c + 2].value.lower() != "из" or "который" not in toks[c + 3].lemmas:
            return []
        k = pivot(s, c + 4)
        items = list_at(s, skip_fillers(s, k))[:1] if k is not None and k < len(toks) else []
        for ph in items:
            ph.rank = rank
        return items
    return []


def _after_relative(s: Sent, cue: Cue, goal: bool) -> list[Phrase]:
    """"направления, которым Минск намерен уделить повышенное внимание, — это X и Y": a cue in a
    relative clause on a generic head marks what follows the clause after a dash or a copula."""
    toks = s.toks
    rel = enclosing_relative(toks, cue.start)
    if rel is None or rel[1] >= len(toks):
        return []
    k = rel[1]
    t = toks[k]
    if not (clause_dash(s.text, t) or (verbal(t) and t.lemmas & vocabulary().copulas)):
        return []
    k = skip_fillers(s, k + 1, goal)
    return list_at(s, k, verbs=goal) if k < len(toks) else []


def _after(s: Sent, cue: Cue, goal: bool) -> list[Phrase]:
    """The phrases after the cue; after a goal ("задача", "главное") they may be infinitives."""
    toks = s.toks
    listed = _list_right_after(s, cue, goal)
    if listed is not None:
        return listed
    own = np_at(s, cue.stop)
    if own is not None and own.stop < len(toks) and toks[own.stop].value == ":" and (
            "gent" in head_cases(toks, own)):
        return list_at(s, own.stop + 1, verbs=goal)  # "ключевые направления совместной работы: X, Y"
    plural = _plural_noun(toks[cue.stop - 1])
    if plural and cue.start and toks[cue.start - 1].value.lower() in ("о", "об", "обо"):
        return []  # "рассказал о приоритетах": a topic, not a content
    direct = _direct(toks, cue)
    k = cue.stop if direct else (_linked_at(s, cue) or _fronted_locative(s, cue))
    if k is None:
        return []
    pivoted = None if direct else k  # where the linking verb or dash ends
    if pivoted is not None:
        k = past_particle(toks, k)  # "Приоритетом остается и X": the particle adds X to what was named before
    k = skip_fillers(s, k, goal)
    if direct and not toks[cue.stop - 1].has_any("PREP"):
        k = past_purpose(s, k)  # "назвал приоритетными сферами для инвестиций X"
    if k >= len(toks):
        return []
    opened = _opened_list(s, k, goal) or range_items(s, k)
    if opened:
        return opened
    if cue.strength == "list":
        return []  # "выделил направления работы" names no content without its colon
    if goal and verb_phrase_at(s, k) is not None:  # "Главная задача — удержать темпы роста"
        return [] if _unlinked(s, cue, k, direct, pivoted) else list_at(s, k, verbs=True)
    return _after_link(s, cue, k, direct, plural, pivoted)


def _fronted_locative(s: Sent, cue: Cue) -> int | None:
    """"На первом месте для нас развитие торговли", "Среди приоритетов также X": a locative or partitive
    cue that opens its clause, with no
    verb or dash after it, predicates the nominative phrase that follows (the copula is left out);
    where that phrase starts, or None ("X на первом месте" has its subject before the cue)."""
    toks = s.toks
    p = locative_at(toks, cue)
    p = _among_at(toks, cue) if p is None else p
    if p is None or not _opens_clause(toks, p):
        return None
    k = past_particle(toks, past_beneficiary(toks, cue.stop))
    owner = np_at(s, k)
    if owner is not None and "gent" in head_cases(toks, owner):
        j = past_particle(toks, owner.stop)
        after = np_at(s, j) if j < len(toks) else None
        if after is not None and "nomn" in head_cases(toks, after):
            return j  # "Среди приоритетов председательства также X": the genitive is whose
    ph = np_at(s, k)
    return k if ph is not None and "nomn" in head_cases(toks, ph) else None


def _among_at(toks: list, cue: Cue) -> int | None:
    """Index of "среди" / "в" of "в числе" opening a cue ("Среди приоритетов — X"), or None."""
    a = cue.start
    if toks[a].value.lower() == "среди":
        return a
    if a + 1 < cue.stop and toks[a].value.lower() == "в" and "число" in toks[a + 1].lemmas:
        return a
    return None


def _opens_clause(toks: list, p: int) -> bool:
    """Nothing before ``p`` but adverbs, conjunctions and prepositional phrases ("В ШОС для нас ...")."""
    k = p - 1
    while k >= 0:
        t = toks[k]
        if t.value == ":" or (k == 0 and (t.is_dash or t.value in OPEN_QUOTES)):
            return True  # "М. Рыженков: В ШОС для нас на первом месте X", "– Здесь на первом месте X"
        if t.pos in ("ADVB", "PRCL", "CONJ") or t.value == ",":
            k -= 1
            continue
        prep = next((j for j in range(k, max(-1, k - 4), -1) if toks[j].has_any("PREP")), None)
        if prep is None or any(verbal(x) for x in toks[prep:k + 1]):
            return False
        k = prep - 1
    return True


def _linked_at(s: Sent, cue: Cue) -> int | None:
    """Where the phrase of a fronted cue may start: after the verb or dash that links it (and the
    "на" its focus noun governs: "Главный упор в программе сделан на X"); None when nothing links
    it, or the verb is one of attention drawn ("Особое внимание привлекла выставка")."""
    toks = s.toks
    k = pivot(s, cue.stop)
    if k is None or (k and toks[k - 1].lemmas & vocabulary().drawing_verbs):
        return None
    if k < len(toks) and toks[k].value.lower() == "на" and any(
            t.lemmas & vocabulary().focus_nouns for t in toks[cue.start:cue.stop]):
        k += 1
    return k


def _unlinked(s: Sent, cue: Cue, k: int, direct: bool, pivoted: int | None = None) -> bool:
    """A weak cue's phrase needs a copula, a naming verb or a dash before it (before the
    parenthesis that may follow the link: "является, по его словам, X")."""
    return cue.strength == "weak" and not direct and not _after_copula(s, k) and not (
        pivoted is not None and _after_copula(s, pivoted))


def _verb_link(s: Sent, pivoted: int | None) -> bool:
    """Is the word before ``pivoted`` a verb that links an importance cue to its subject ("Важное
    значение имеет X", "Особую актуальность приобретает X")? Its phrase must name a domain."""
    if pivoted is None or pivoted == 0:
        return False
    t = s.toks[pivoted - 1]
    words = vocabulary()
    return verbal(t) and bool(t.lemmas & words.link_verbs) and not t.lemmas & words.copulas


def _plural_noun(tok) -> bool:
    return bool(tok.grams) and {"NOUN", "plur"} <= tok.grams[0]


def _direct(toks: list, cue: Cue) -> bool:
    """Does the cue mark what follows it directly (its own verb, a preposition, a verb before it)?"""
    last = toks[cue.stop - 1]
    if last.has_any("PREP") or any(verbal(t) or t.pos == "GRND" for t in toks[cue.start:cue.stop]):
        return True  # (by the first reading: "для" is a gerund only of "длить")
    # "отнес к приоритетным задачам X", "включил в число приоритетов X": the verb precedes
    # (not a copula nor a passive: "X будут в центре внимания саммита", "X поставлены во главу угла
    # нашей политики" predicate the subject before them)
    if _verb_before_preposition(toks, cue):
        return True
    # "определили в качестве приоритетных направлений X": the naming verb before "в качестве"
    a = cue.start
    if a > 2 and toks[a - 1].lemmas & vocabulary().as_nouns and toks[a - 2].value.lower() == "в":
        return verbal(toks[a - 3]) and bool(toks[a - 3].lemmas & vocabulary().naming_verbs)
    # "назвал одним из приоритетов X": the instrumental may be the cue's first word; but
    # "X названо ключевым направлением": the passive's subject stands before it
    before = toks[cue.start - 1] if cue.start else None
    return (before is not None and verbal(before) and bool(before.lemmas & vocabulary().naming_verbs)
            and (toks[cue.start].has("ablt") or last.has("ablt")) and not passive(before))


def _verb_before_preposition(toks: list, cue: Cue) -> bool:
    """"отнес к приоритетным задачам X", "включил в число приоритетов X": a verb (not a copula, a
    passive or a reflexive) before the cue's preposition takes the phrase after the cue as its object."""
    p = cue.start - 1 if cue.start and toks[cue.start - 1].has_any("PREP") else cue.start
    return toks[p].has_any("PREP") and p > 0 and verbal(toks[p - 1]) and not (
        toks[p - 1].lemmas & vocabulary().linking_verbs or passive(toks[p - 1]) or reflexive(toks[p - 1]))


def _opened_list(s: Sent, k: int, verbs: bool = False) -> list[Phrase] | None:
    """A list opened at ``k`` by a colon, an enumerator or a count ("назвал три сферы: ..."); None if none."""
    toks = s.toks
    if toks[k].value == ":":
        return list_at(s, k + 1, verbs=verbs)
    if enumerator(toks, k):
        return list_at(s, k, verbs=verbs)
    if toks[k].has_any("NUMR") or toks[k].lemmas & vocabulary().counted_openers:
        if k + 1 < len(toks) and toks[k + 1].value == ":":
            return list_at(s, k + 2, verbs=verbs)  # "выделил следующие: X, Y"
        counted = np_at(s, k + 1)
        if counted and _such_as(toks, counted.stop):
            return list_at(s, counted.stop + 2, verbs=verbs)  # "такие сферы, как X и Y"
        if counted and counted.stop < len(toks) and toks[counted.stop].value == ":":
            # "сосредоточить усилия на трех задачах: повысить X, расширить Y"
            goal = any(t.lemmas & vocabulary().goal_words for t in toks[counted.start:counted.stop])
            return list_at(s, counted.stop + 1, verbs=verbs or goal)
    return None


def _list_right_after(s: Sent, cue: Cue, goal: bool) -> list[Phrase] | None:
    """The list right after the cue: after its colon ("обозначили ключевые направления: X, Y") or
    after ", как" ("считаем приоритетными такие направления, как X, Y"); None when none opens."""
    toks = s.toks
    if cue.stop < len(toks) and toks[cue.stop].value == ":":
        return list_at(s, cue.stop + 1, verbs=goal)
    if _such_as(toks, cue.stop) and any(t.lemmas & vocabulary().counted_openers
                                        for t in toks[max(0, cue.start - 1):cue.stop]):
        return list_at(s, cue.stop + 2)
    return None


def _such_as(toks: list, k: int) -> bool:
    """", как" at ``k``: the list after "такие направления, как"."""
    return k + 1 < len(toks) and toks[k].value == "," and toks[k + 1].value.lower() == "как"


def _after_link(s: Sent, cue: Cue, k: int, direct: bool, plural: bool, pivoted: int | None = None) -> list[Phrase]:
    """The phrase at ``k`` (after the cue's own genitive, if any) and the list it opens."""
    toks = s.toks
    k, first = past_cue_genitive(s, k, direct)
    if first is None or (direct and plural and k == cue.stop and owner(toks, first)):
        return []
    last = toks[cue.stop - 1]
    if (direct and k == cue.stop and last.has_any("NOUN") and not last.lemmas & vocabulary().importance_nouns
            and "gent" in head_cases(toks, first) and _verb_before_preposition(toks, cue)):
        return []  # "работаем в ключевых сферах экономики": the genitive is the cue noun's, no object
        # ("заявили о важности X": the genitive of an importance noun is its content)
    if first.stop < len(toks) and toks[first.stop].value == ":" and (
            generic(toks, first) or _apposed_list(s, first, direct)):
        if not clause_after_colon(toks, first.stop + 1):
            return list_at(s, first.stop + 1)
        return [first]  # "занимает экологическая повестка: обмеление рек ... требуют действий": a clause
    if _unlinked(s, cue, k, direct, pivoted):
        if not _verb_link(s, pivoted):
            return []
        return [ph for ph in list_at(s, k) if domain(toks, ph)]  # "Важное значение имеет X"
    return list_at(s, k, prep=last.value.lower() if last.has_any("PREP") else None)


def _apposed_list(s: Sent, first: Phrase, direct: bool) -> bool:
    """"сосредоточение усилий на собственных компетенциях: подготовке кадров, ...": after a cue's own
    preposition, a colon list in the case of the phrase before it spells that phrase out."""
    toks = s.toks
    if not (direct and toks[first.start - 1].has_any("PREP")):
        return False
    nxt = np_at(s, first.stop + 1)
    return nxt is not None and bool(head_cases(toks, first) & head_cases(toks, nxt))


def _after_copula(s: Sent, k: int) -> bool:
    """A copula, a naming verb, a linking infinitive or a clause dash among the three words before
    ``k`` ("является важным направлением X", "в приоритетном порядке следует заняться X",
    "главный вопрос — X")."""
    words = vocabulary()
    linking = words.copulas | words.copular_naming | words.linking_infinitives
    return any(t.lemmas & linking or clause_dash(s.text, t) for t in s.toks[max(0, k - 3):k])


def pivot(s: Sent, k: int) -> int | None:
    """Index after the verb (or dash) that links a fronted cue to its phrase; None when the clause
    ends (or a subordinate one begins) first."""
    toks = s.toks
    n = 0
    while k < len(toks) and n < MAX_PIVOT:
        t = toks[k]
        if t.value in "(,":
            after = _bracket_end(toks, k) if t.value == "(" else (parenthesis_end(toks, k) or relative_end(toks, k))
            if after is None:
                return None
            # "Региональной антитеррористической структуры (РАТС)", ", по его словам,", "Второе
            # направление, которому мы придаем значение, – X"
            k = after
            continue
        if t.value in CLAUSE_MARKS:
            return None
        if t.value == ":":
            return k
        link = _links(s, k)
        if link is not None:
            return k + 1 if link else None
        k += 1
        n += 1
    return None


def _links(s: Sent, k: int) -> bool | None:
    """True for the dash or verb that links a cue to its phrase, False where a subordinate clause
    or a gerund begins, None for a word in between."""
    t = s.toks[k]
    if clause_dash(s.text, t):
        return True
    if t.lemmas & vocabulary().clause_stops and not _capacity(s, k) or t.pos == "GRND":
        return False
    return True if verbal(t) else None


def _capacity(s: Sent, k: int) -> bool:
    """"задача Казахстана как председателя – X": "как" between two nouns that share an oblique case
    names a capacity, not a clause ("как отметил министр", "как мы договорились" open one)."""
    if s.toks[k].value.lower() != "как" or k == 0 or k + 1 >= len(s.toks):
        return False
    nxt = s.toks[k + 1]
    shared = (nxt.noun_cases | nxt.cases("ADJF")) & s.toks[k - 1].noun_cases
    return bool(shared - {"nomn", "accs"}) and not verbal(nxt) and not nxt.has_any("NPRO", "PREP")


def _bracket_end(toks: list, k: int) -> int | None:
    close = next((e for e in range(k + 1, min(len(toks), k + 6)) if toks[e].value == ")"), None)
    return close + 1 if close is not None else None


def skip_fillers(s: Sent, k: int, verbs: bool = False) -> int:
    """Index of the first word after the cue's circumstances: time phrases, parentheses, dashes,
    fillers, adverbs and particles, linking verbs; ``len(toks)`` when an infinitive of an
    undertaking follows ("считаем важным усилить ..."). With ``verbs`` (after a goal) an infinitive
    is the item: its index ("главный вопрос — как вернуть доверие")."""
    toks = s.toks
    while k < len(toks):
        t = toks[k]
        if t.value == "," and enumerator(toks, k + 1):
            return k + 1  # "определили, во-первых, X, во-вторых, Y"
        corrected = _past_contrast(toks, k)
        if corrected is not None:
            k = corrected  # "Приоритетом является не оборона, а развитие образования"
            continue
        timed = time_phrase_end(s, k)
        if timed is not None:
            k = timed
            continue
        if t.value == ",":
            after = parenthesis_end(toks, k)
            if after is None:
                return k
            k = after
            continue
        after = _past_filler(s, k, verbs)
        if after is None:
            return k
        k = after
    return k


def _past_contrast(toks: list, k: int) -> int | None:
    """"является не оборона, а развитие образования", "Наша задача — не конкурировать, а развивать X":
    the phrase denied at ``k`` ("не" before it) and corrected after ", а" is the correction's; index of
    it, or None ("не менее важно", "не допустить X" and "не потерять X" are no denial)."""
    if k + 1 >= len(toks) or toks[k].value.lower() != NEGATOR or negated_goal(toks, k) or (
            toks[k + 1].value.lower() in vocabulary().negation_exceptions):
        return None
    for j in range(k + 2, min(len(toks) - 2, k + MAX_PIVOT)):
        t = toks[j]
        if t.value in CLAUSE_MARKS or (verbal(t) and t.pos != "INFN"):
            return None
        if t.value == "," and toks[j + 1].value.lower() == "а":
            return j + 2
    return None


def _before_verb_item(s: Sent, k: int) -> tuple[bool, int | None]:
    """After a goal: (True, None) where the infinitive item starts ("Главное — вернуть доверие", "—
    активнее вовлекать партнеров", "совместно противостоять X") or where no item can ("не
    допустить": a negated verb; "а главное — научилась": a clause); (True, k + 1) past "как"
    ("главный вопрос — как вернуть доверие"); (False, None) for the other words."""
    t = s.toks[k]
    words = vocabulary()
    if t.pos == "INFN" and t.lemmas & words.linking:
        return False, None  # "должна стать X"
    if t.pos in ("INFN", "COMP") or t.value.lower() == "не" or verb_phrase_at(s, k) is not None:
        return True, None
    if t.pos == "VERB" and not t.lemmas & words.linking_verbs:
        return True, None
    if t.value.lower() == "как" and verb_phrase_at(s, k + 1) is not None:
        return True, k + 1
    return False, None


def _past_filler(s: Sent, k: int, verbs: bool = False) -> int | None:
    toks = s.toks
    t = toks[k]
    if verbs and that_clause(toks, k) is not None:
        return that_clause(toks, k)  # "Главная задача состоит в том, чтобы повысить X"
    if verbs:
        stop, after = _before_verb_item(s, k)
        if stop:
            return after
    if clause_dash(s.text, t) or t.lemmas & vocabulary().fillers or explained_at(toks, k):
        return k + 1  # ("задача состоит в развитии X")
    for words in vocabulary().filler_phrases:
        if tuple(x.value.lower() for x in toks[k:k + len(words)]) == words:
            return k + len(words)  # "в первую очередь"
    if t.value == "и" and k + 1 < len(toks) and verbal(toks[k + 1]) and toks[k + 1].lemmas & vocabulary().copulas:
        return k + 2  # "была и остается X"
    if t.value.lower() == "как" and any(tuple(x.value.lower() for x in toks[c:c + 2]) == ("так", "и")
                                        for c in range(k + 2, len(toks) - 1)):
        return k + 1  # "как X, так и Y": the first part of a correlative pair
    if t.pos == "INFN":
        return k + 1 if t.lemmas & vocabulary().linking else len(toks)
    if t.pos in ("ADVB", "PRCL") and not (k + 1 < len(toks) and toks[k + 1].value == "-"):
        return k + 1
    return k + 1 if verbal(t) else None
