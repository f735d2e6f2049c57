"""A run of enumerated nominal sentences that no cue announced.

"Позвольте изложить наш план. Во-первых, укрепление мер доверия. Предлагаем обновить каталог.
Во-вторых, транспортная взаимосвязанность." — a statement that lists its agenda by ordinals, each
item a sentence of a noun phrase and nothing else ("Первое. Справедливая финансовая архитектура."
too), names its priorities. One such sentence is no list: the first item waits until the second
comes in order; a verb in the sentence makes it a clause ("Во-первых, мы предлагаем ..."), not an item.
A run announced by a sentence of proposals ("Предлагаю следующее." "У нас три предложения.") is a list of
proposals: its items are Initiatives (ONTOLOGY §5), not priorities.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .cues import Cue
from .features import verbal
from .lexicon import vocabulary
from .lists import enumerated_items, lead, leading, list_at, ordinal_alone
from .phrases import Phrase, Sent

#: a run that has begun stays open this many sentences after its last item
MAX_RUN_GAP = 6


@dataclass
class Run:
    """What the walk remembers of a run of enumerated sentences."""

    #: the first item, waiting for the second (its sentence, phrase and enumerator as the cue)
    held: list[tuple[Sent, Phrase, Cue]] = field(default_factory=list)
    #: the rank the next item must have (None: no run)
    next_rank: int | None = None
    gap: int = 0
    #: the rank of a sentence of an ordinal alone ("Первое."), for the sentence after it
    carried: int | None = None
    #: did the sentence before (an ordinal alone aside) announce proposals?
    proposals: bool = False

    def reset(self) -> None:
        self.held, self.next_rank, self.gap, self.carried = [], None, 0, None

    def note(self, s: Sent) -> None:
        """Remember whether the sentence the walk leaves announces proposals, for a run that begins next
        ("Первое." alone between them passes it on)."""
        if ordinal_alone(s) is None:
            self.proposals = any(t.lemmas & vocabulary().proposal_words for t in s.toks)


def run_items(run: Run, s: Sent) -> list[tuple[Sent, Phrase, Cue]]:
    """The items the sentence adds to the run (with the held first one once the second comes)."""
    if _ordinal_alone(run, s):
        return []
    item = _carried_item(run, s) or _nominal_item(s)
    if item is None:
        run.carried = None
        run.gap += 1
        if run.gap > MAX_RUN_GAP:
            run.reset()
        return []
    phrases, cue = item
    rank = cue.rank
    if rank == 1:
        run.reset()
        if run.proposals:
            return []  # "Предлагаю следующее. Первое – X.": a list of proposals
        run.held, run.next_rank = [(s, ph, cue) for ph in phrases], 2
        return []
    if rank != run.next_rank:
        run.reset()
        return []
    out = [*run.held, *[(s, ph, cue) for ph in phrases]]
    run.held, run.next_rank, run.gap, run.carried = [], rank + 1, 0, None
    return out


def _ordinal_alone(run: Run, s: Sent) -> bool:
    """"Первое.": a sentence of an ordinal alone gives its rank to the next sentence."""
    rank = ordinal_alone(s)
    if rank is None:
        return False
    run.carried = rank
    return True


def _verbless(s: Sent) -> bool:
    return not any(verbal(t) or t.pos in ("INFN", "GRND") for t in s.toks)


def _whole(s: Sent, ph: Phrase) -> bool:
    """Does the phrase take the sentence up to its end (or to a colon that spells it out)?"""
    rest = s.toks[ph.stop:]
    return not rest or rest[0].value == ":" or all(not t.is_word for t in rest)


def _carried_item(run: Run, s: Sent) -> tuple[list[Phrase], Cue] | None:
    """The sentence after "Первое." as the item of that rank."""
    if run.carried is None:
        return None
    rank, run.carried = run.carried, None
    k = lead(s)
    phrases = list_at(s, k)[:1] if _verbless(s) else []
    if not phrases or phrases[0].start != k or not _whole(s, phrases[0]):
        return None
    phrases[0].rank = rank
    return phrases[:1], Cue(k, k + 1, "strong", rank)


def _nominal_item(s: Sent) -> tuple[list[Phrase], Cue] | None:
    """"Во-первых, X." / "Второе — X.": an enumerator and a noun phrase, nothing else (but the colon
    list that spells it out: "В-четвертых, гуманитарное измерение: X, Y")."""
    opening = leading(s)
    if opening is None or opening[0] is None or opening[1] or not _verbless(s):
        return None
    items = enumerated_items(s)
    if not items or not _whole(s, items[0]) or (len(items) > 1 and not _whole(s, items[-1])):
        return None
    ph = items[0]
    start = lead(s)
    return items, Cue(start, max(start + 1, ph.start - 1), "strong", ph.rank)
