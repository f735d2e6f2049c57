"""The area of a priority: the weights of its words in ``data/areas.tsv``, summed.

The area with the highest sum wins, the one named first on a tie ("развитие энергетики и
сельского хозяйства" is energy). A hyphenated compound ("научно-технического") is one word
of the lexicon. Conjuncts of different areas are separate priorities.
"""
from __future__ import annotations

from ..._core.tokens import fold
from ...models import Area
from .coordination import split
from .lexicon import area_weights, heads, vocabulary
from .phrases import Phrase, Sent, compound_start, head


def area(toks: list, ph: Phrase, fallback: bool = True) -> Area:
    """The area of the phrase; the words of weight 0 ("сотрудничество") decide only with ``fallback``
    and only when no word of weight names another area."""
    scores: dict[Area, int] = {}
    first: dict[Area, int] = {}
    k = ph.start
    while k < ph.stop:
        hit, used = _compound_at(toks, k, ph.stop)
        if hit is None:
            hit, used = _word_at(toks[k]), 1
        if hit is not None:
            scores[hit[0]] = scores.get(hit[0], 0) + hit[1]
            first.setdefault(hit[0], k)
        k += used
    if not scores:
        return Area.political if fallback and _place(toks, ph) else Area.other
    best = max(scores, key=lambda a: (scores[a], -first[a]))
    return best if scores[best] or fallback else Area.other


def _place(toks: list, ph: Phrase) -> bool:
    """"Центральная Азия", "Афганистан": a direction named by a place alone is the neighbourhood's
    politics (ONTOLOGY §2: partnership, trust, dialogue)."""
    h = head(toks, ph)
    return h is not None and toks[h].has("Geox")


def _compound_at(toks: list, k: int, stop: int) -> tuple[tuple[Area, int] | None, int]:
    """"научно-технического" at ``k``: the lexicon's weight of the compound and its three tokens."""
    if not (k + 2 < stop and toks[k + 1].value == "-" and toks[k].stop == toks[k + 1].start):
        return None, 1
    weights = area_weights()
    prefix = fold(toks[k].value) + "-"
    hit = next((weights[prefix + lm] for lm in sorted(toks[k + 2].lemmas) if prefix + lm in weights), None)
    return (hit, 3) if hit is not None else (None, 1)


def _word_at(tok) -> tuple[Area, int] | None:
    weights = area_weights()
    return next((weights[lm] for lm in sorted(tok.lemmas) if lm in weights), None)


def by_area(toks: list, ph: Phrase) -> list[Phrase]:
    """"расширение торговли и укрепление транспортной связанности": conjuncts with heads of their
    own in different areas are separate priorities; "промышленная кооперация и импортозамещение"
    (one area) stays one."""
    pieces = [] if ph.verb else split(toks, ph)
    if len(pieces) < 2:
        return [ph]
    areas = [area(toks, p, fallback=False) for p in pieces]
    if Area.other in areas or any(a == b for a, b in zip(areas, areas[1:], strict=False)):
        return [ph]
    return pieces


def by_domain(toks: list, ph: Phrase) -> list[Phrase]:
    """"взаимодействие в энергетике, международных перевозках и здравоохранении": a partnership head
    whose prepositional complement lists domains of different areas gives one item per domain (the
    domain's phrase); "сотрудничество в торговле и инвестициях" (one area) stays one item."""
    h = head(toks, ph)
    if ph.verb or h is None or not toks[h].lemmas & vocabulary().partnership_heads:
        return [ph]
    p = h + 1
    if p + 1 >= ph.stop or toks[p].pos != "PREP":
        return [ph]
    start = p + 1
    if toks[start].lemmas & heads().generic and start + 1 < ph.stop:
        start += 1  # "в области энергетики, транспорта и связи"
    pieces = _comma_pieces(toks, Phrase(start, ph.stop))
    if len(pieces) < 2:
        return [ph]
    areas = [area(toks, q, fallback=False) for q in pieces]
    if Area.other in areas or len(set(areas)) < 2:
        return [ph]
    return pieces


def _comma_pieces(toks: list, ph: Phrase) -> list[Phrase]:
    """The comma-separated parts of a phrase; the last one split at its head-level "и"."""
    pieces, a = [], ph.start
    for k in range(ph.start, ph.stop):
        if toks[k].value == ",":
            pieces.append(Phrase(a, k))
            a = k + 1
    pieces.append(Phrase(a, ph.stop))
    if any(q.stop <= q.start for q in pieces):
        return []
    return pieces[:-1] + split(toks, pieces[-1])


def elliptical_at(s: Sent, k: int) -> Phrase | None:
    """"Второе — экологическое:", "— Водно-энергетическое.": an adjective alone (its noun, the cue's
    "направление", left out) that names an area, ending its item at a clause mark; None otherwise."""
    toks = s.toks
    e = k + 2 if compound_start(toks, k) else k
    if e >= len(toks) or not toks[e].has("ADJF", "nomn") or toks[e].has_any("Apro"):
        return None
    if e + 1 < len(toks) and toks[e + 1].value not in ".:;!":
        return None
    ph = Phrase(k, e + 1)
    return ph if area(toks, ph, fallback=False) is not Area.other else None

