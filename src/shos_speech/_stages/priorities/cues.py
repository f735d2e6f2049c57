"""Cues: where a sentence marks something as a priority, how strongly, and with which rank.

The triggers are the matches of ``PRIORITY_CUE`` (``parser(RULE).findall``, run through the
gazetteer's index). A trigger is a cue unless it is an attribute ("важной частью"), or a
predicative cue that governs an infinitive or a clause ("важно выполнить", "важно, чтобы").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from yargy.span import resolve_spans

from ...grammars.gazetteer import Gazetteer, Hit
from ...grammars.priorities import CuePhrase, Strength, cue_gazetteer, cue_phrases
from .clauses import parenthesis_end
from .features import modifies, verbal
from .lexicon import heads, numbered, vocabulary
from .purpose import infinitive_after, purpose_clause

#: how far a verb may stand from its fronted preposition ("на чем нужно сосредоточиться")
MAX_FRONTED = 4
#: how many words the addressee of a task may have ("поставил перед всеми министерствами задачу")
MAX_ADDRESSEE = 3
#: the prepositions a cue phrase may end in
PREPOSITIONS = frozenset({"на"}) | {"о", "в"}
#: the agenda noun ("на повестке дня")
AGENDA = "повестка"


@dataclass(frozen=True)
class Cue:
    """Token indices ``[start, stop)`` of a cue, its strength and the rank an ordinal gives it."""

    start: int
    stop: int
    strength: str
    rank: int | None


def triggers(toks: list) -> list[Hit[CuePhrase]]:
    """The cue matches of a sentence, as ``parser(PRIORITY_CUE).findall`` resolves them."""
    return resolved(cue_gazetteer(), toks)


def resolved(gazetteer: Gazetteer[CuePhrase], toks: list) -> list[Hit[CuePhrase]]:
    """A gazetteer's matches resolved exactly as yargy's ``Parser.findall`` resolves its rule's: the
    most tokens covered, and on a tie the spans yargy's order (start, then longer first) prefers.

    ``Gazetteer.findall`` orders spans by (start, stop) and so breaks ties the other way ("важное
    значение придается" became "важное" + "значение придается"); this belongs in the gazetteer.
    """
    best: dict[tuple[int, int], Hit[CuePhrase]] = {}
    for i in range(len(toks)):
        for h in gazetteer.matches_at(toks, i):
            best.setdefault((h.start, h.stop), h)
    spans = sorted(best, key=lambda span: (span[0], -span[1]))
    return [best[span] for span in resolve_spans(spans)]


def find_cues(toks: list) -> list[Cue]:
    """The cues of a sentence's tokens, in text order; a cue may hold a parenthesis ("Главными, по
    мнению Нью-Дели, направлениями") or its adjective's "для" complement ("ключевых для Кыргызстана
    направлений")."""
    out = []
    for hit in triggers(toks):
        cue = _cue(toks, hit.start, hit.stop) or _inside(toks, hit)
        if cue is not None:
            out.append(cue)
    for cue in _fronted_preposition(toks) + _split_preposition(toks):
        if not any(c.start < cue.stop and cue.start < c.stop for c in out):
            out.append(cue)
    for a, e in _gaps(toks):
        cue = _across(toks, a, e)
        if cue is None:
            continue
        overlapping = [c for c in out if c.start < cue.stop and cue.start < c.stop]
        if all(cue.start <= c.start and c.stop <= cue.stop for c in overlapping):
            out = [c for c in out if c not in overlapping] + [cue]  # the longer cue holds its parts
    return sorted(out, key=lambda c: c.start)


def _inside(toks: list, hit: Hit[CuePhrase]) -> Cue | None:
    """"мы считаем ключевым направлением": the trigger the resolution chose ("считаем ключевым") is an
    attribute; the cue that starts inside it and goes on ("ключевым направлением") is the cue."""
    gazetteer = cue_gazetteer()
    for k in range(hit.start + 1, hit.stop):
        for h in sorted(gazetteer.matches_at(toks, k), key=lambda h: h.start - h.stop):
            if h.stop > hit.stop:
                cue = _cue(toks, h.start, h.stop)
                if cue is not None:
                    return cue
    return None


def _fronted_preposition(toks: list) -> list[Cue]:
    """"вот на чем нужно сосредоточиться", "направления, на которых мы сосредоточимся": a cue of a verb
    and its preposition, the preposition fronted with a pronoun; the cue is the verb."""
    out = []
    for k in range(len(toks) - 2):
        if toks[k].pos != "PREP" or not toks[k + 1].lemmas & vocabulary().fronting_pronouns:
            continue
        prep = toks[k].value.lower()
        for v in range(k + 2, min(len(toks), k + 2 + MAX_FRONTED)):
            strength = next((prepositional_cues().get((lm, prep)) for lm in toks[v].lemmas
                             if (lm, prep) in prepositional_cues()), None)
            if strength is not None and verbal(toks[v]):
                out.append(Cue(v, v + 1, strength, None))
                break
    return out


def fronted_preposition(toks: list, cue: Cue) -> str | None:
    """"— На чем вы сосредоточитесь?": the preposition a verb cue ("сосредоточитесь") fronted with a
    pronoun, which the items after it repeat ("— Прежде всего на X. Во-вторых, на Y."); None otherwise."""
    if cue.stop - cue.start != 1 or not verbal(toks[cue.start]):
        return None
    for k in range(max(0, cue.start - 1 - MAX_FRONTED), cue.start - 1):
        prep = toks[k].value.lower()
        if toks[k].pos == "PREP" and toks[k + 1].lemmas & vocabulary().fronting_pronouns and any(
                (lm, prep) in prepositional_cues() for lm in toks[cue.start].lemmas):
            return prep
    return None


def _split_preposition(toks: list) -> list[Cue]:
    """"Сосредоточиться нам нужно на трех вещах": a cue verb fronted before the modal that governs it,
    its preposition after (a dative pronoun, adverbs, predicatives and modal verbs between); the cue is the verb
    and its preposition."""
    out = []
    for v, t in enumerate(toks):
        if t.pos != "INFN":
            continue
        for k in range(v + 1, min(len(toks), v + 1 + MAX_FRONTED)):
            u = toks[k]
            if u.has_any("PREP"):
                strength = next((prepositional_cues().get((lm, u.value.lower())) for lm in t.lemmas
                                 if (lm, u.value.lower()) in prepositional_cues()), None)
                if strength is not None and k > v + 1:
                    out.append(Cue(v, k + 1, strength, None))
                break
            if not (u.pos in ("ADVB", "PRED", "PRCL") or (u.pos == "NPRO" and "datv" in u.grams[0])
                    or (u.pos == "VERB" and u.lemmas & vocabulary().modal_verbs)):
                break  # ("Сосредоточиться следует на X")
    return out


@cache
def prepositional_cues() -> dict[tuple[str, str], str]:
    """(verb, preposition) -> strength of the cue phrases "verb + preposition" ("сосредоточиться на")."""
    return {p.words: p.strength for p in cue_phrases() if len(p.words) == 2 and p.words[1] in PREPOSITIONS}


def _gaps(toks: list) -> list[tuple[int, int]]:
    """Token ranges a cue may hold: a parenthesis set off by commas, "для" + a noun or pronoun between
    an adjective and its noun, "по значимости" after an ordinal."""
    out = []
    ordinals = numbered().ordinals.keys()
    for k, t in enumerate(toks):
        if t.value == ",":
            e = parenthesis_end(toks, k)
            if e is not None:
                out.append((k, e))
        elif t.value.lower() == "для" and 0 < k and toks[k - 1].has_any("ADJF"):
            e = _for_whom_end(toks, k + 1)
            if e is not None and e < len(toks) and modifies(toks[k - 1], toks[e]):
                out.append((k, e))  # "ключевых для Кыргызстана направлений", "приоритетными для инвесторов отраслями"
        elif (t.value.lower() == "по" and 0 < k and k + 1 < len(toks) and toks[k - 1].lemmas & ordinals
              and toks[k + 1].lemmas & vocabulary().importance_nouns):
            out.append((k, k + 2))  # "Второе по значимости направление"
        elif _held_word(toks, k):
            out.append((k, k + 1))  # "Ставку мы делаем на X", "уделяем самое пристальное внимание X"
        elif (e := _restriction_end(toks, k)) is not None:
            out.append((k, e))  # "делаем ставку прежде всего на X"
        elif t.value.lower() == "перед" and 0 < k and verbal(toks[k - 1]):
            e = _addressee_end(toks, k + 1)
            if e is not None:
                out.append((k, e))  # "поставил перед правительством задачу"
    return out


def _for_whom_end(toks: list, k: int) -> int | None:
    """Index after the noun or pronoun of "для" at ``k - 1`` ("нас", "иностранных инвесторов"), or None."""
    e = k
    while e < len(toks) and e - k < MAX_ADDRESSEE and toks[e].has_any("ADJF") and not toks[e].has_any("NOUN"):
        e += 1
    return e + 1 if e < len(toks) and toks[e].has_any("NOUN", "NPRO") else None


def _held_word(toks: list, k: int) -> bool:
    """A word a cue holds: a nominative personal pronoun between a fronted cue noun and its verb
    ("Акцент мы делаем на X"), a degree word before the adjective of a cue ("самое пристальное
    внимание", "наиболее приоритетное внимание"), a possessive before a cue's genitive ("повестка
    нашего председательства")."""
    if not 0 < k < len(toks) - 1:
        return False
    t, nxt = toks[k], toks[k + 1]
    if t.pos == "NPRO" and "nomn" in t.grams[0] and toks[k - 1].has_any("NOUN") and verbal(nxt):
        return True
    if t.lemmas & vocabulary().possessives and toks[k - 1].has_any("NOUN") and "gent" in nxt.noun_cases:
        return t.has("gent")  # "повестка нашего председательства"
    return bool(t.lemmas & vocabulary().degree_words) and nxt.has_any("ADJF")


def _restriction_end(toks: list, k: int) -> int | None:
    """Index after a restriction at ``k`` between a cue's noun and a preposition ("ставку прежде всего на"),
    or None."""
    if not 0 < k or not toks[k - 1].has_any("NOUN"):
        return None
    for phrase in vocabulary().restricting_phrases:
        e = k + len(phrase)
        if e < len(toks) and tuple(t.value.lower() for t in toks[k:e]) == phrase and toks[e].has_any("PREP"):
            return e
    return None


def _addressee_end(toks: list, k: int) -> int | None:
    """Index after the instrumental phrase at ``k`` ("правительством", "всеми министерствами"), or None."""
    e = k
    while e < len(toks) and e - k < MAX_ADDRESSEE and toks[e].has("ablt") and toks[e].has_any("NOUN", "NPRO", "ADJF"):
        e += 1
    return e if e > k else None


def _across(toks: list, a: int, e: int) -> Cue | None:
    """The longest cue that holds the gap ``[a, e)``: matched with the gap left out."""
    reduced = toks[:a] + toks[e:]
    gazetteer = cue_gazetteer()
    hits = [h for i in range(max(0, a - 3), a) for h in gazetteer.matches_at(reduced, i) if h.stop > a]
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.stop - h.start, Strength(h.payload.strength).rank))
    return _cue(toks, best.start, best.stop + e - a, best.payload.strength)


def _cue(toks: list, i: int, j: int, strength: str | None = None) -> Cue | None:
    strength = strength or strength_of(toks, i, j)
    rank = rank_of(toks, i, j)
    if strength == "predicate" and not (predicative(toks, i, j) or purpose_clause(toks, j) is not None
                                        or infinitive_after(toks, i, j) is not None):
        return None  # ("Важно, чтобы X": the purpose clause names the direction; "важно сохранить X" the verb)
    if i >= 2 and toks[i - 1].value.lower() == "из" and "один" in toks[i - 2].lemmas:
        i -= 2  # "одной из главных задач": the instrumental a naming verb takes
    elif i >= 1 and _qualified(toks, i, j):
        i -= 1  # "задача первостепенной важности": the noun the genitive of importance qualifies
    if strength != "predicate" and attribute(toks, j):
        return None
    if toks[i].pos == "PRTF" and i and toks[i - 1].value == ",":
        return None  # "документов, нацеленных на X": a participial clause describes, it marks nothing
    if _meeting_agenda(toks, i, j):
        return None  # "На повестке дня заседания — X": a meeting's agenda lists topics
    return Cue(i, j, strength, rank)


def _meeting_agenda(toks: list, i: int, j: int) -> bool:
    """"на повестке дня заседания", "в повестку дня саммита": an agenda whose genitive owner is a
    meeting (adjectives may stand before it) is the meeting's list of topics, not the speaker's priorities."""
    if not any(AGENDA in t.lemmas for t in toks[i:j]):
        return False
    k = j
    while k < len(toks) and toks[k].has_any("ADJF") and not toks[k].has_any("NOUN"):
        k += 1
    return k < len(toks) and "gent" in toks[k].noun_cases and bool(toks[k].lemmas & vocabulary().meeting_nouns)


def _qualified(toks: list, i: int, j: int) -> bool:
    """"задачей первостепенной важности", "вопрос особого значения": the cue is a genitive of an
    importance noun after a generic head."""
    last = toks[j - 1]
    return (bool(last.lemmas & vocabulary().importance_nouns) and "gent" in last.noun_cases
            and bool(toks[i - 1].lemmas & heads().generic) and toks[i - 1].has_any("NOUN"))


def strength_of(toks: list, i: int, j: int) -> str:
    """The strength of the longest (then strongest) lexicon phrase inside tokens ``[i, j)``:
    "уделять приоритетное внимание" holds the strong "приоритетный внимание" as well as the weak
    "уделять внимание"."""
    gazetteer = cue_gazetteer()
    hits = [h for k in range(i, j) for h in gazetteer.matches_at(toks, k) if h.stop <= j]
    best = max(hits, key=lambda h: (len(h.payload.words), Strength(h.payload.strength).rank))
    return best.payload.strength


def rank_of(toks: list, i: int, j: int) -> int | None:
    """"Третьим приоритетом", "в качестве первого приоритета": an ordinal in the cue or just before it."""
    ordinals = numbered().ordinals
    if any(t.lemmas & vocabulary().rankless_nouns for t in toks[i:j]):
        return None  # "на первый план выходит X": an idiom, no rank
    for t in toks[max(0, i - 1):j]:
        if t.has_any("ADJF"):
            rank = next((ordinals[lm] for lm in t.lemmas if lm in ordinals), None)
            if rank is not None:
                return rank
    return _numbered_rank(toks, i, j)


def _numbered_rank(toks: list, i: int, j: int) -> int | None:
    """"приоритет номер один", "задача номер 2": the number after "номер" in the cue."""
    counts = numbered().counts
    for k in range(i, j - 1):
        if "номер" in toks[k].lemmas:
            nxt = toks[k + 1]
            if nxt.value.isdigit():
                return int(nxt.value)
            return next((counts[lm] for lm in nxt.lemmas if lm in counts), None)
    return None


def predicative(toks: list, i: int, j: int) -> bool:
    """"X важно" but not "важно + infinitive", "важно, чтобы", "важную роль"; the instrumental
    next to a copula ("важным является X", "X остается важным")."""
    if not (any(g & {"ADJS", "ADVB"} for g in toks[i].grams[:2]) or _copular_instrumental(toks, i, j)
            or _substantivized(toks, i, j)):
        return False
    nxt = toks[j] if j < len(toks) else None
    return not (nxt is not None and (nxt.has_any("INFN") or nxt.value == ","))


def _substantivized(toks: list, i: int, j: int) -> bool:
    """"Самое важное сейчас — X", "Важное для нас — X": a neuter adjective with no noun, its
    clause's subject, before the dash that links it (adverbs and "для нас" between)."""
    if j - i != 1 or not toks[i].has_any("ADJF") or not any({"neut", "nomn"} <= g for g in toks[i].grams):
        return False
    k = past_for_whom(toks, j) if j < len(toks) and toks[j].value.lower() == "для" else j
    if k == j and j + 2 < len(toks) and toks[j].value.lower() == "для":
        k = j + 2  # "важное для нас — X"
    while k < len(toks) and toks[k].pos in ("ADVB", "PRCL"):
        k += 1
    return k < len(toks) and toks[k].is_dash


def _copular_instrumental(toks: list, i: int, j: int) -> bool:
    """"важным является", "остается важным": an instrumental adjective that a copula next to it predicates."""
    if j - i != 1 or not toks[i].has("ablt") or not toks[i].has_any("ADJF") or attribute(toks, j):
        return False  # ("стало важной частью")
    b = i - 1
    while b >= 0 and toks[b].pos in ("ADVB", "PRCL"):
        b -= 1  # "является не менее важным"
    j = past_for_whom(toks, j)  # "важнейшими для региона остаются"
    near = [toks[k] for k in (b, j) if 0 <= k < len(toks)]
    return any(verbal(t) and t.lemmas & vocabulary().copulas for t in near)


def past_for_whom(toks: list, j: int) -> int:
    """Index after "для региона", "для нашей страны" at ``j`` when a verb follows it; else ``j``."""
    if j + 1 < len(toks) and toks[j].value.lower() == "для":
        return next((e for e in range(j + 2, min(len(toks), j + 4)) if verbal(toks[e])), j)
    return j


def attribute(toks: list, j: int) -> bool:
    """"важной частью", "приоритетных вопросов": the cue ends in an adjective of the noun after it."""
    last = toks[j - 1]
    return last.has_any("ADJF") and j < len(toks) and modifies(last, toks[j])
