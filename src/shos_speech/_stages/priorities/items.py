"""Priority objects: a placed phrase becomes a Priority with its name, rank, area, speaker and cue.

A phrase is no priority when it is a concrete undertaking (an Initiative: "подписание
соглашения") or a generic head with nothing that names a domain ("эти вопросы"). Items of
one call never overlap: the first found keeps its place.
"""
from __future__ import annotations

from ..._core.stage import DocContext
from ...grammars.priorities import Strength
from ...models import Area, Priority, Span
from ...normalize import nominative
from .area import area
from .coordination import conj_points, conjunct_bounds
from .cues import Cue
from .features import verbal
from .infinitives import concrete_verb, momentum, negated_goal, qualifying_clause, verb_name
from .lexicon import vocabulary
from .lists import enumerated_rank
from .phrases import Phrase, Sent, concrete, danger, generic, head


class Items:
    """The priorities of one call, and the places they take in the text."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.taken: list[tuple[int, int]] = []

    def add(self, s: Sent, ph: Phrase, cue: Cue, cue_sent: Sent) -> bool:
        """Add the priority of ``ph`` (in ``s``) marked by ``cue`` (in ``cue_sent``) unless it overlaps
        one already found; True when the phrase is a priority (added or not)."""
        item = priority(s, ph, cue, cue_sent, self.ctx)
        if item is None:
            return False
        span = (item.span.start, item.span.end)
        if not any(a < span[1] and span[0] < b for a, b in self.taken):
            self.taken.append(span)
            self.ctx.priorities.append(item)
        return True


def priority(s: Sent, ph: Phrase, cue: Cue, cue_sent: Sent, ctx: DocContext) -> Priority | None:
    """The Priority a phrase names, or None when it names none."""
    toks, text = s.toks, s.text
    if ph.stop <= ph.start or _no_direction(toks, ph, cue) or _named_step(toks, ph, cue, cue_sent.toks):
        return None
    if _threat_head(toks, ph, ctx):
        return None  # "сделала ставку на протекционизм": a danger the threats stage found, no direction
    if not ph.verb:
        ph = _task_content(toks, ph)
    ph = Phrase(ph.start, qualifying_clause(toks, ph) or ph.stop, ph.rank, verb=ph.verb)
    start, end = toks[ph.start].start, toks[ph.stop - 1].stop
    e = ph.stop
    if e + 2 < len(toks) and toks[e].value == "(" and toks[e + 2].value == ")" and toks[e + 1].value.isupper():
        end = toks[e + 2].stop  # "сил оперативного реагирования (КСОР)": the acronym is part of the span
    rank = ph.rank or cue.rank or enumerated_rank(cue_sent.toks, cue.start)
    cue_text = text[cue_sent.toks[cue.start].start:cue_sent.toks[cue.stop - 1].stop]
    return Priority(span=Span.of(text, start, end), name=name(s, ph), rank=rank, area=area(toks, ph),
                    speaker=ctx.speaker_at(start), cue=cue_text)


def _no_direction(toks: list, ph: Phrase, cue: Cue) -> bool:
    """A concrete undertaking (an Initiative), a danger (a Threat), a generic mention."""
    if ph.verb:
        # "не допустить ошибок", "не потерять время": a negated goal needs a domain ("гуманитарной
        # катастрофы") or the pace of the work ("не потерять темпы")
        return concrete_verb(toks, ph) or (negated_goal(toks, ph.start) and not momentum(toks, ph)
                                           and area(toks, ph, fallback=False) is Area.other)
    return concrete(toks, ph) or danger(toks, ph) or _generic_mention(toks, ph, cue) or _body_name(toks, ph)


def _threat_head(toks: list, ph: Phrase, ctx: DocContext) -> bool:
    """Is the head of the (noun) phrase inside a Threat found in the text ("на санкционном давлении")?"""
    h = None if ph.verb else head(toks, ph)
    if h is None:
        return False
    at = toks[h].start
    return any(t.span.start <= at < t.span.end for t in ctx.threats)


def _named_step(toks: list, ph: Phrase, cue: Cue, cue_toks: list) -> bool:
    """"сочли важным продолжение работы Контактной группы": after a naming verb's weak cue (which
    also gives an Initiative its stance: "считаем важным + a concrete step") the phrase must name a
    domain; one of no area is a step, not a direction."""
    if ph.verb or cue.strength != Strength.WEAK or not any(
            t.lemmas & (vocabulary().naming_verbs | vocabulary().noting_verbs) for t in cue_toks[cue.start:cue.stop]):
        return False
    return area(toks, ph, fallback=False) is Area.other


def _body_name(toks: list, ph: Phrase) -> bool:
    """"Главное за день: СНГ, ОДКБ": an organization's acronym alone names a body, no direction of work."""
    return all(t.value.isupper() and len(t.value) > 1 for t in toks[ph.start:ph.stop])


def _generic_mention(toks: list, ph: Phrase, cue: Cue) -> bool:
    """"эти вопросы", "следующие направления": a generic head whose complement names no domain
    ("вопросы экологии" names one). An adjective that names one counts after a cue that marks a
    priority outright ("главный упор сделан на экологической повестке"), not after a topic cue
    ("отдельно остановился на транспортной повестке")."""
    if not generic(toks, ph) or ph.stop - ph.start > 2:
        return False
    h = head(toks, ph)
    if h is None:
        return True
    if area(toks, Phrase(h + 1, ph.stop), fallback=False) is not Area.other:
        return False
    named = h > ph.start and area(toks, Phrase(ph.start, h), fallback=False) is not Area.other
    return not (named and cue.strength in (Strength.STRONG, Strength.PREDICATE))


def _task_content(toks: list, ph: Phrase) -> Phrase:
    """"остается задача обеспечения роста": the task's genitive is its content."""
    h = head(toks, ph)
    if h != ph.start or h + 1 >= ph.stop or not toks[h].lemmas & vocabulary().task_heads:
        return ph
    nxt = toks[h + 1]
    if "gent" in nxt.noun_cases | nxt.cases("ADJF"):
        return Phrase(h + 1, ph.stop, ph.rank)
    return ph


def name(s: Sent, ph: Phrase) -> str:
    """The phrase in the nominative, conjunct by conjunct, with the words between them as written;
    an infinitive item by its verbal noun ("повышение эффективности работы")."""
    if ph.verb:
        return verb_name(s, ph)
    if any(verbal(t) for t in s.toks[ph.start:ph.stop]):
        return s.text[s.toks[ph.start].start:s.toks[ph.stop - 1].stop]  # a clause ("чтобы X стала Y") as written
    parts = []
    for n, (a, b) in enumerate(conjunct_bounds(ph, conj_points(s.toks, ph))):
        if n:
            parts.append(s.text[s.toks[a - 2].stop:s.toks[a].start])
        parts.append(nominative(s.text, s.toks[a:b]))
    return "".join(parts)
