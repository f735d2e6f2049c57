"""Stance predicates: the ``STANCE`` gazetteer's matches and the stance each one gives its objects.

A predicate's stance is its row's in ``data/stances.tsv``, unless "не" turns it
("не поддерживаем" opposes), the step did not happen ("согласовать ... не удалось" only
mentions it), or a nominal predicate stands right after a verbal one, which decides
("приветствовал одобрение заявок": welcomes).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...grammars.initiatives import StancePhrase
from .kinds import kind_at
from .objects import object_of
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan
from .subjects import past


@dataclass(frozen=True)
class Predicate:
    """A stance predicate at tokens ``[start, stop)`` and the stance its objects take."""

    start: int
    stop: int
    phrase: StancePhrase
    stance: str
    #: "не удалось согласовать": the objects are only mentioned
    failed: bool


def failed(s: Scan, a: int, b: int) -> bool:
    """"не удалось согласовать", "согласовать ... не удалось": a step that did not happen."""
    window = [t.lemma for t in s.toks[max(0, a - 3):a]] + [t.lemma for t in s.toks[b:b + 8]]
    return any(w == "не" and nxt in s.w.failure for w, nxt in zip(window, window[1:], strict=False))


def conditional(s: Scan, a: int) -> bool:
    """"Если соглашение будет подписано, ...": the predicate at ``a`` stands in a clause of condition (a
    conditional conjunction after the last comma or colon before it, at most 12 words back)."""
    for k in range(a - 1, max(-1, a - 13), -1):
        t = s.toks[k]
        if t.value in ",;:—–" or t.value in OPEN_QUOTES:
            return False
        if t.lemma in s.w.conditionals:
            return True
    return False


def adjacent(s: Scan, end: int, a: int) -> bool:
    """Only adverbs and particles between a verbal predicate's end and ``a``."""
    return end <= a and all(t.pos in ("ADVB", "PRCL", "COMP") for t in s.toks[end:a])


def reported(s: Scan) -> bool:
    """A sentence in someone's words: inside a quote, with a speech verb ("сообщил, что"), "по словам",
    or in the first person ("мы примем участие")."""
    toks = s.toks
    start = toks[0].span.start
    if s.text.rfind("«", 0, start) > s.text.rfind("»", 0, start):
        return True
    for i, t in enumerate(toks):
        if t.value in OPEN_QUOTES or t.value in CLOSE_QUOTES or t.lemmas & s.lex.speech or t.has("1per"):
            return True
        if t.lemma == "по" and any(x.lemma in s.w.reported_by for x in toks[i + 1:i + 3]):
            return True
    return False


def _after_anniversary(s: Scan, a: int) -> bool:
    """"к годовщине подписания": a nominal predicate after a time noun only names a date."""
    before = s.toks[a - 1].lemma
    return before in s.w.time_nouns or before.endswith("летие")


def _own_stance(s: Scan, a: int, ph: StancePhrase) -> str | None:
    """The stance of the phrase, turned by a "не" before it ("не поддерживаем": opposes); None when
    negation leaves no stance ("не реализовали")."""
    if a > 0 and s.toks[a - 1].lemma == "не" and ph.words[0] != "не":
        return s.w.negations.get(ph.stance)
    return ph.stance


def _governed_infinitive(s: Scan, a: int, ph: StancePhrase, outer: tuple[int, str] | None) -> bool:
    """An infinitive of action governed by the verbal predicate before it, no finite verb between:
    "предложил ... и, прежде всего, создать фонд" proposes, as "предложил"; "будем строить" is no case,
    and a stance verb keeps its own ("хотел бы поблагодарить" welcomes)."""
    if outer is None or s.toks[a].pos != "INFN" or ph.stance not in ("implements", "adopts"):
        return False
    return not any(t.pos in ("VERB", "PRTS") or t.value in ";:" for t in s.toks[outer[0]:a])


def infinitive_next(s: Scan, b: int) -> bool:
    """Does an infinitive (after adverbs) follow at ``b``?"""
    while b < s.n and s.toks[b].pos == "ADVB":
        b += 1
    return b < s.n and s.toks[b].pos == "INFN"


def stance_predicates(s: Scan) -> list[Predicate]:
    """The stance predicates of the sentence, left to right, each with the stance it gives."""
    out: list[Predicate] = []
    outer: tuple[int, str] | None = None  # (end, stance) of the last verbal predicate
    for hit in s.lex.stances.findall(s.toks):
        a, b, ph = hit.start, hit.stop, hit.payload
        if ph.object == "infinitive" and not infinitive_next(s, b):
            continue  # "предложение Казахстана", "Предложения стороны выглядели так:": a verb names the step
        stance = _own_stance(s, a, ph)
        if stance is None:
            continue
        if _governed_infinitive(s, a, ph, outer):
            stance = outer[1]
        if conditional(s, a):
            continue  # "если соглашение будет подписано": hypothetical, no stance and no undertaking
        fail = failed(s, a, b)
        if fail:
            stance = "mentions"  # "согласовать заявление не удалось"
        if a > 0 and s.in_threat(a - 1):
            continue  # "террористические группировки продолжают использовать ...": no stance of the speaker
        if a > 0 and s.toks[a - 1].lemma in s.w.excluding_preps:
            continue  # "без согласованных маршрутов не обходится", "без подписания соглашения": excluded, no stance
        nominal = s.toks[a].pos == "NOUN"
        if nominal and outer is not None and adjacent(s, outer[0], a):
            stance = outer[1]  # "приветствовал одобрение заявок": the outer predicate decides
        elif not nominal:
            outer = (b, stance)
        if nominal and a > 0 and _after_anniversary(s, a):
            stance = "mentions"
        out.append(Predicate(a, b, ph, stance, fail))
    return out


def _cut_failed(s: Scan, it: Item) -> int:
    """"согласовать заявление министрам не удалось": the dative is who failed, not the undertaking."""
    h0 = it.head if it.head is not None else it.start
    toks = s.toks
    cut = next((x for x in range(h0 + 1, it.stop) if toks[x].pos == "NOUN" and toks[x].cases("NOUN") == {"datv"}
                and toks[x - 1].pos != "PREP"), None)
    return cut if cut is not None else it.stop


def _hosts(s: Scan, ph: StancePhrase, it: Item) -> bool:
    """"Казахстан примет саммит": "принять" with an event is hosting it, not adopting a document."""
    if len(ph.words) != 1 or ph.words[0] not in s.w.hosting or it.head is None or it.source != "np":
        return False
    e = kind_at(s, it.head)
    return e is not None and e.kind == "event" and e.role != "defer"


def _future(s: Scan, a: int) -> bool:
    """A verb in the future: "проведет", "будет проводить"."""
    return "futr" in s.toks[a].grams[0] or (a > 0 and s.toks[a - 1].lemma == "быть" and s.toks[a - 1].has("futr"))


def _holds(s: Scan, p: Predicate, it: Item) -> bool:
    """"Индия проведет фестиваль", "стороны провели форум": holding an event is doing it; a sitting or talks
    held in the past are only narrated ("провел переговоры", "заседание, которое провел председатель")."""
    ph = p.phrase
    if len(ph.words) != 1 or ph.words[0] not in s.w.holding or it.head is None or it.source != "np" \
            or s.toks[p.start].pos != "VERB":
        return False
    e = kind_at(s, it.head)
    if e is None or e.kind != "event" or e.role == "defer":
        return False
    if _future(s, p.start):
        return True
    relative = any(t.lemma == "который" for t in s.toks[max(0, p.start - 4):p.start])
    return not relative and not s.toks[it.head].lemmas & s.w.sittings


def question(s: Scan) -> bool:
    """A sentence that asks ("Продолжит ли эту работу Бразилия?") states no stance."""
    return s.toks[-1].value == "?"


def _carried_on(s: Scan, p: Predicate, it: Item) -> str:
    """"Считаю важным скорейшее завершение проекта": an importance cue proposes a concrete step, but supports
    one carried on or completed (ONTOLOGY §2: "считаем важной реализацию" supports)."""
    if p.stance != "proposes" or p.phrase.words[:2] not in s.w.importance_cues or it.head is None:
        return p.stance
    return "supports" if s.toks[it.head].lemmas & s.w.carried_on else p.stance


def _reception(s: Scan, ph: StancePhrase, it: Item) -> bool:
    """"инициатива получила широкую поддержку", "рассчитываем на поддержку партнеров": the support an
    undertaking receives or is expected to get is no undertaking of its own."""
    return ph.words[0] in s.w.receiving and it.source == "np" and it.head is not None \
        and bool(s.toks[it.head].lemmas & s.w.received)


def governed(s: Scan, p: Predicate) -> list[Item]:
    """The undertakings of one predicate, with its stance; a plan or an announced event only in
    someone's words ("в Душанбе пройдет заседание" narrated is no one's stance), nothing in a question."""
    ph = p.phrase
    if question(s):
        return []
    out = []
    for it in object_of(s, p.start, p.stop, ph):
        if _reception(s, ph, it):
            continue
        it.stance = _carried_on(s, p, it)
        if p.failed:
            it.stop = _cut_failed(s, it)
        if _hosts(s, ph, it):
            if past(s, p.start) and s.toks[it.head].lemmas & s.w.sittings:
                continue  # "Самарканд принял первый саммит": the meeting reported on, hosted
            it.stance = "implements"
            it.hosting = True
        elif _holds(s, p, it):
            it.hosting = True
        it.pred, it.pred_stop = p.start, p.stop
        if ph.object == "planned" and not (s.ctx.speaker_at(s.toks[it.start].span.start) and reported(s)):
            continue
        if ph.object == "subject":
            it.pred, it.pred_stop = -1, -1  # the subject precedes its predicate
        if ph.object == "planned":
            it.planned = True
        out.append(it)
    return out


def _joined(s: Scan, a: int, b: int) -> bool:
    """Only a joiner between tokens ``a`` and ``b`` ("и", ",", "а также")."""
    between = s.toks[a:b]
    return 0 < len(between) <= 2 and all(s.is_joiner(k) or s.also_at(k) for k in range(a, b))


def _proposal_named(s: Scan, p: Predicate, it: Item) -> bool:
    """"выступил с инициативой о созыве форума", "выдвинул инициативу о провозглашении года": the proposal
    noun that ends the predicate heads the undertaking named with it, which takes the predicate's stance."""
    return it.start == p.stop - 1 and p.stop - p.start > 1 and bool(s.toks[it.start].lemmas & s.w.authored)


def carried_to_mentions(s: Scan, preds: list[Predicate], mentions: list[Item]) -> None:
    """A named undertaking right after a verbal predicate is its object, and so are those joined to it
    ("высоко оценил «Один пояс, один путь» и Китайско-пакистанский экономический коридор"): they take
    its stance."""
    if question(s):
        return
    by_start = sorted((it for it in mentions if it.stance == "mentions"), key=lambda it: it.start)
    for p in preds:
        if p.phrase.object in ("subject", "planned") or s.toks[p.start].pos == "NOUN":
            continue
        last = p.stop
        for it in by_start:
            if _proposal_named(s, p, it):
                it.stance, it.pred, it.pred_stop = p.stance, p.start, p.stop - 1
                last = it.stop
                continue
            if it.start < last:
                continue
            if it.start == p.stop and last == p.stop or last > p.stop and _joined(s, last, it.start):
                it.stance = p.stance
                last = it.stop
            else:
                break

