"""The walk over a document's sentences: cues, the phrases they mark, and what carries over.

A sentence's cues place their phrases after or before them (``forward``, ``backward``). Three
things carry over to the next sentences: a cue that named nothing ("должна сосредоточиться на
трех вещах") is followed by "Во-первых, на X." "Во-вторых, на Y." — a list that runs on over
sentences and paragraphs while its enumerators keep their order; a ranked cue ("Второе
направление – X") is continued by the next ordinal ("Третье – Y"); a back-reference ("Это
направление остается приоритетным") takes the direction of the sentence before, unless that
one had a priority.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..._core.stage import DocContext
from ..._core.tokens import fold
from ...grammars.priorities import KIND
from .answers import answer_items, answer_start, opens_list
from .area import by_area, by_domain
from .backward import backward, cleft, fronted_object, object_of
from .bullets import bulleted, number_alone, sentence_bullet, trailing_number
from .clauses import relative_start
from .cues import Cue, find_cues, fronted_preposition, prepositional_cues
from .features import verbal
from .forward import forward, skip_fillers
from .items import Items
from .lexicon import numbered, vocabulary
from .lists import (
    continuing,
    enumerated_items,
    enumerated_rank,
    lead,
    leading,
    list_at,
    ordinal_alone,
    past_restriction,
)
from .manner import manner, manner_phrases
from .negation import negated, supposed
from .neglect import neglect_items
from .phrases import Phrase, Sent, generic, head
from .predicates import fronted_predicate
from .purpose import domain, infinitive_after, infinitive_goals, purpose_clause, purpose_content
from .runs import Run, run_items

#: a list that has begun stays open this many sentences after its last item
MAX_GAP = 6
#: how many sentences after a priority "Далее — X." names the next one
MAX_CONTINUED = 2
#: how far into its sentence "речь идет" may stand ("Здесь речь идет", "При этом речь идет")
MAX_ELABORATING = 4
#: the longest sentence that only counts the items announced ("Их три.")
MAX_COUNT_SENTENCE = 6


@dataclass
class Walk:
    """What the walk over one document remembers from one sentence to the next."""

    items: Items
    prev: Sent | None = None
    #: did the sentence before name a priority?
    prev_had: bool = False
    #: a cue whose list may go on in the sentences after it, and its sentence
    pending: tuple[Cue, Sent] | None = None
    #: the rank the list's next item must have (None: the list has not begun)
    next_rank: int | None = None
    #: sentences since the list's last item
    gap: int = 0
    #: are the list's items bullets ("- X;" on lines of their own)?
    bullets: bool = False
    #: the rank of a numbered item whose number the sentence before ended with ("определены:\n1.")
    carried: int | None = None
    #: a run of enumerated nominal sentences that no cue announced
    run: Run = field(default_factory=Run)
    #: sentences since the last one that named a priority
    since: int = MAX_CONTINUED + 1

    def open(self, cue: Cue, s: Sent, next_rank: int | None = None, bullets: bool = False) -> None:
        self.pending, self.next_rank, self.gap, self.bullets = (cue, s), next_rank, 0, bullets
        self.carried = None

    def close(self) -> None:
        self.pending, self.next_rank, self.gap, self.bullets, self.carried = None, None, 0, False, None

    def idle(self, s: Sent) -> None:
        """A sentence that did not continue the list: a list not begun closes, a begun one waits; so
        does a bulleted list while its bullets go on ("• строительство электростанций;" names an
        undertaking, "• подготовка инженеров." after it a direction)."""
        self.gap += 1
        waits = self.next_rank is not None or (self.bullets and sentence_bullet(s) is not None)
        if not waits or self.gap > MAX_GAP:
            self.close()


def fill(ctx: DocContext) -> None:
    """Add the priorities of the document of ``ctx`` to ``ctx.priorities``."""
    cache = ctx.cache(KIND)
    walk = Walk(Items(ctx))
    for sentence in ctx.doc.sentences:
        s = Sent(ctx.doc.text, sentence.tokens, cache)
        if _ordinal_sentence(walk, s):
            continue  # "Первое." alone: the item is the next sentence
        has = _enumerated_sentence(walk, s) or _anaphoric_sentence(walk, s) or _follow_up(walk, s)
        if not has:
            if walk.pending is not None and not _count_sentence(s):
                walk.idle(s)
            has = _cue_sentence(walk, s)
        if not has and walk.prev_had:
            has = _elaborated(walk, s)
        if walk.pending is None and not has:
            has = _run_sentence(walk, s) or _continued(walk, s)
            _counted_goal(walk, s)
        walk.run.note(s)
        walk.prev, walk.prev_had = s, has
        walk.since = 0 if has else walk.since + 1


def _run_sentence(walk: Walk, s: Sent) -> bool:
    """An item of a run of enumerated nominal sentences no cue announced (``runs``)."""
    has = False
    for where, ph, cue in run_items(walk.run, s):
        if not _names_threat(walk, where, ph):
            for q in _ranked_by_area(where, ph):
                has = walk.items.add(where, q, cue, where) or has
    return has


def _continued(walk: Walk, s: Sent) -> bool:
    """"Не менее значима для нас X. ... Далее — Y.": a verbless sentence that goes on with the
    speaker's directions ("Далее", "И наконец") shortly after a priority names the next one."""
    used = continuing(s)
    if used is None or walk.since >= MAX_CONTINUED or any(verbal(t) for t in s.toks):
        return False
    k = lead(s) + used
    phrases = list_at(s, k)
    if not phrases or phrases[0].start != k or not all(domain(s.toks, ph) for ph in phrases):
        return False
    cue = Cue(lead(s), k, "strong", None)
    has = False
    for ph in _by_area(s, phrases):
        has = walk.items.add(s, ph, cue, s) or has
    return has


def _elaborated(walk: Walk, s: Sent) -> bool:
    """"Третье направление — цифровизация. Речь идет о трансграничном документообороте.": the sentence
    right after a priority that says what it is about ("Здесь речь идет прежде всего о X") names the
    direction it spells out."""
    toks = s.toks
    k = next((j for j in range(lead(s), min(len(toks), lead(s) + MAX_ELABORATING)) if any(
        tuple(fold(t.value) for t in toks[j:j + len(w)]) == w for w in vocabulary().elaborating_openers)), None)
    if k is None or any(verbal(t) for t in toks[lead(s):k]):
        return False
    c = past_restriction(toks, k + 2)
    if c >= len(toks) or toks[c].value.lower() not in ("о", "об", "обо"):
        return False
    cue = Cue(k, k + 2, "strong", None)
    has = False
    for ph in _by_area(s, [ph for ph in list_at(s, c + 1, prep=toks[c].value.lower()) if ph.start > c]):
        has = walk.items.add(s, ph, cue, s) or has
    return has


def _names_threat(walk: Walk, s: Sent, ph: Phrase) -> bool:
    """"Во-первых, терроризм.": an item whose head a Threat found in the text covers names a danger."""
    h = head(s.toks, ph)
    if h is None:
        return False
    at = s.toks[h].start
    return any(t.span.start <= at < t.span.end for t in walk.items.ctx.threats)


def phrases_of(s: Sent, cue: Cue) -> tuple[list[Phrase], bool]:
    """The phrases a cue marks, and whether it points back ("это направление")."""
    if manner(s, cue):
        return manner_phrases(s, cue), False  # "В приоритетном порядке будем развивать X"
    k = purpose_clause(s.toks, cue.stop)
    if k is not None and cue.strength != "predicate" and s.toks[cue.stop - 1].has_any("ADJF", "ADJS"):
        return purpose_content(s, k), False  # "Считаем важным, чтобы X ...": the naming verb's clause
    if cue.strength != "predicate":
        fronted = fronted_object(s, cue)
        if fronted:
            return fronted, False  # "Здравоохранение мы считаем ключевым направлением"
        after = forward(s, cue)
        if after and _fronted_preposition(s, cue) and after[0].start == skip_fillers(s, cue.stop):
            after = []  # "на чем мы предлагаем сосредоточить совместную работу": the effort, not the direction
        after = after or cleft(s, cue)
        if after or s.toks[cue.stop - 1].has_any("PREP"):
            return after, False  # "было сосредоточено на трех вещах": the preposition's object, never the subject
    else:
        k = purpose_clause(s.toks, cue.stop)
        if k is not None:
            return purpose_content(s, k), False  # "Важно, чтобы X ..."
        k = infinitive_after(s.toks, cue.start, cue.stop)
        if k is not None:
            return infinitive_goals(s, k), False  # "Нам важно также сохранить X"
        phrases, back = backward(s, cue)
        return (phrases, back) if phrases or back else (fronted_predicate(s, cue), False)
    return backward(s, cue)


def _fronted_preposition(s: Sent, cue: Cue) -> bool:
    """"на чем мы предлагаем сосредоточить совместную работу": a focus verb whose preposition stands
    fronted with a pronoun; what follows the verb is the effort focused, not the direction (a colon
    list after it still names them)."""
    toks = s.toks
    if cue.stop - cue.start != 1 or not verbal(toks[cue.start]):
        return False
    if cue.stop < len(toks) and toks[cue.stop].value == ":":
        return False
    return any(words[0] in toks[cue.start].lemmas for words in prepositional_cues())


def _enumerated_sentence(walk: Walk, s: Sent) -> bool:
    """"Во-вторых, на X." / "Третье – X." going on with the open list: the items it ranks."""
    if walk.pending is None:
        return False
    opening = leading(s)
    if opening is None and walk.next_rank is not None and continuing(s) is not None:
        opening = walk.next_rank, False  # "Далее — X", "И наконец, X": the next item, unnumbered
    if opening is None:
        return False
    rank, bullet = opening
    if rank is None and not (bullet and walk.bullets):
        return False
    if rank is not None and walk.next_rank is not None and rank != walk.next_rank:
        walk.close()  # out of order: another list
        return False
    cue, cue_sent = walk.pending
    last = cue_sent.toks[cue.stop - 1]
    prep = last.value.lower() if last.has_any("PREP") else fronted_preposition(cue_sent.toks, cue)
    has = False
    goal = any(t.lemmas & vocabulary().goal_words for t in cue_sent.toks[cue.start:cue.stop])
    for ph in enumerated_items(s, prep, verbs=goal, next_rank=walk.next_rank):
        rank = ph.rank if rank is not None and ph.rank is not None else rank  # ("Во-первых, X, во-вторых, Y.")
        for q in _ranked_by_area(s, ph):
            has = walk.items.add(s, q, cue, cue_sent) or has
    if has:
        walk.next_rank, walk.gap = (rank + 1 if rank is not None else None), 0
    return has


def _anaphoric_sentence(walk: Walk, s: Sent) -> bool:
    """"Приоритеты председательства министр изложил на брифинге. Среди них – X, Y и Z.": the items
    of a cue that named nothing, listed by the sentence after it."""
    if walk.pending is None or walk.next_rank is not None:
        return False
    toks, k = s.toks, lead(s)
    opener = next((w for w in vocabulary().anaphoric_openers
                   if tuple(t.value.lower() for t in toks[k:k + len(w)]) == w), None)
    if opener is None:
        return False
    cue, cue_sent = walk.pending
    has = False
    for ph in _by_area(s, list_at(s, skip_fillers(s, k + len(opener)))):
        has = walk.items.add(s, ph, cue, cue_sent) or has
    if has:
        walk.close()
    return has


def _follow_up(walk: Walk, s: Sent) -> bool:
    """The sentence after a cue that named nothing, as its item: the numbered item whose number ended
    the cue's sentence ("определены:\n1." "Продвижение интересов страны."), or the verbless answer
    to a question the cue is in ("– Что будет в центре внимания?" "– Прежде всего, экономика.")."""
    if walk.pending is None or (walk.next_rank is not None and walk.carried is None):
        return False
    cue, cue_sent = walk.pending
    toks, k = s.toks, lead(s)
    if walk.carried is not None:
        phrases = [ph for ph in list_at(s, k)[:1] if ph.start == k and _line_end(toks, ph)]
        rank = walk.carried
    elif (k := answer_start(s, cue_sent)) is not None:
        phrases = _by_area(s, answer_items(s, cue_sent, k))  # (``answers``)
        rank = None
    else:
        return False
    has = False
    for ph in phrases:
        ph.rank = ph.rank or rank
        has = walk.items.add(s, ph, cue, cue_sent) or has
    if has and rank is not None:
        walk.open(cue, cue_sent, rank + 1, bullets=True)
    elif has and opens_list(s):
        walk.open(cue, cue_sent, 2)  # "— Прежде всего – X. Второе – Y."
    elif has:
        walk.close()
    return has


def _ordinal_sentence(walk: Walk, s: Sent) -> bool:
    """"Первое." "Второе.": a sentence of an ordinal alone, in the order of the open list, gives its
    rank to the sentence after it (``_follow_up``)."""
    if walk.pending is None:
        return False
    rank = ordinal_alone(s) or number_alone(s)  # (a number alone only after a cue: never a run of its own)
    if rank is None or rank != (walk.next_rank or 1):
        return False
    walk.carried = rank
    return True


def _line_end(toks: list, ph: Phrase) -> bool:
    """Does nothing but the line's punctuation follow the item, or a clause that describes it
    ("Переработка природных ресурсов там, где они добываются.", ", которые ...")?"""
    k = ph.stop
    if k < len(toks) and toks[k].pos == "ADVB":
        k += 1  # "там, где"
    if k + 1 < len(toks) and toks[k].value == "," and (
            relative_start(toks, k) or toks[k + 1].lemmas & vocabulary().relative_adverbs):
        return True
    return all(not t.is_word for t in toks[ph.stop:])


def _counted_goal(walk: Walk, s: Sent) -> None:
    """"Задач у нас несколько.", "Целей три.": a short sentence that counts goals opens a list that
    the enumerated sentences after it fill ("Первая — снизить инфляцию.")."""
    if walk.pending is not None or len(s.toks) > MAX_COUNT_SENTENCE:
        return
    counts, words = numbered().counts, vocabulary()
    if not any((t.has_any("NUMR") and t.lemmas & counts.keys()) or t.lemmas & words.counted_openers for t in s.toks):
        return
    goal = next((k for k, t in enumerate(s.toks) if t.has_any("NOUN") and t.lemmas & words.goal_words), None)
    if goal is not None:
        walk.open(Cue(goal, goal + 1, "strong", None), s)


def _count_sentence(s: Sent) -> bool:
    """"Их три.", "Таких задач пять.": a short sentence that counts what the cue before announced
    (the enumerated sentences after it still go on with that cue)."""
    counts = numbered().counts
    return len(s.toks) <= MAX_COUNT_SENTENCE and any(t.has_any("NUMR") and t.lemmas & counts.keys() for t in s.toks)


def _cue_sentence(walk: Walk, s: Sent) -> bool:
    """The priorities the cues of ``s`` mark; True when it has one."""
    has = False
    for cue in find_cues(s.toks):
        if negated(s.toks, cue.start) or supposed(s.toks, cue.start):
            continue  # "не является для нас приоритетом", "поинтересовался, будет ли уделено внимание X"
        placed = _placed(walk, s, cue, has)
        if placed is None:
            continue
        phrases, where = placed
        if not phrases:
            if cue.strength != "predicate":
                walk.open(cue, s)  # enumerated sentences may follow ("выделил три приоритета.")
                walk.carried = trailing_number(s)
            continue
        has = _add_phrases(walk, s, cue, phrases, where) or has
    for cue, phrases in neglect_items(s):  # "не упускать из виду X", "нельзя оставлять X без внимания"
        has = _add_phrases(walk, s, cue, phrases, s) or has
    if has and walk.pending is not None and walk.pending[1] is s and walk.next_rank is None and not walk.bullets:
        walk.close()  # another cue of the sentence named the phrase
    return has


def _add_phrases(walk: Walk, s: Sent, cue: Cue, phrases: list[Phrase], where: Sent) -> bool:
    """Add the priorities of the phrases a cue of ``s`` placed in ``where``; what may go on after."""
    rank = cue.rank or enumerated_rank(s.toks, cue.start)
    phrases = _by_area(where, phrases)  # a ranked cue's conjuncts share its rank ("на первом месте – X и Y")
    added = False
    for ph in phrases:
        added = walk.items.add(where, ph, cue, s) or added
    if not added and s.toks[-1].value == "?":
        walk.open(cue, s)  # "Что будет в центре внимания форума?": the answer may name it
        return False
    if not added and cue.strength != "predicate" and all(generic(where.toks, ph) for ph in phrases):
        walk.open(cue, s)  # "сосредоточимся на следующих направлениях." + "Во-первых, X."
        return False
    ranks = [ph.rank or rank for ph in phrases if ph.rank or rank]
    bullets = any(bulleted(where, ph) for ph in phrases)
    if added and (ranks or bullets):
        # "Второе направление – X. ... Третье – Y."; bullets on lines the sentence splitter cut off
        walk.open(cue, s, max(ranks) + 1 if ranks else None, bullets)
    return added


def _by_area(where: Sent, phrases: list[Phrase]) -> list[Phrase]:
    """Unranked items split by area: a lone phrase's conjuncts ("расширение торговли и охрана рек"),
    a partnership head's domains ("взаимодействие в энергетике, перевозках и здравоохранении")."""
    if len(phrases) == 1 and phrases[0].rank is None:
        phrases = by_area(where.toks, phrases[0])
    return [q for ph in phrases for q in (by_domain(where.toks, ph) if ph.rank is None else [ph])]


def _ranked_by_area(where: Sent, ph: Phrase) -> list[Phrase]:
    """"Во-первых, технологический суверенитет и промышленная кооперация.": the conjuncts of an
    enumerated item split by area (``by_area``) and share its rank."""
    pieces = by_area(where.toks, ph)
    for q in pieces:
        q.rank = ph.rank
    return pieces


def _placed(walk: Walk, s: Sent, cue: Cue, has: bool) -> tuple[list[Phrase], Sent] | None:
    """The phrases of a cue and the sentence they are in; None for a back-reference with
    nothing (new) to point back to."""
    phrases, backref = phrases_of(s, cue)
    if not backref or phrases:
        return phrases, s
    if walk.prev_had or has or walk.prev is None:
        return None
    return object_of(walk.prev), walk.prev
