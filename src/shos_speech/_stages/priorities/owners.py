"""The cue noun's own genitive: whose or of what the priority is, standing before the phrase itself.

"отнес к приоритетным задачам Организации X", "назвал главной задачей союзников защиту X",
"назвали ключевыми сферами сотрудничества X", "на период председательства Беларуси X": the
genitive (and a time phrase) after a cue noun belongs to the cue; the phrase follows it.
"""
from __future__ import annotations

from .features import OPEN_QUOTES, animate
from .lexicon import vocabulary
from .phrases import Phrase, Sent, head, head_cases, np_at


def past_cue_genitive(s: Sent, k: int, direct: bool) -> tuple[int, Phrase | None]:
    """"отнес к приоритетным задачам Организации X": the genitive belongs to the cue; the phrase
    (and where it starts) after it."""
    first = np_at(s, k)
    if first is not None and direct and first.stop < len(s.toks) and cue_complement(s, first):
        first = content_at(s, time_phrase_end(s, first.stop) or first.stop)
    elif first is not None and direct and (after := _partnership_genitive(s, first)) is not None:
        first = after  # "назвали ключевыми сферами сотрудничества энергетику и фармацевтику"
    elif first is None and direct and _animate_owner(s, k):
        first = content_at(s, k + 1)  # "назвал главной задачей союзников защиту X"
    return (first.start if first is not None else k), first


def _partnership_genitive(s: Sent, first: Phrase) -> Phrase | None:
    """"ключевыми сферами сотрудничества энергетику и фармацевтику": a partnership noun in the genitive
    right after the cue noun is the cue's ("сферы сотрудничества"), though the phrase took the object
    after it for its dative ("энергетику" of "энергетик"); the object in the accusative after it, or None."""
    toks, k = s.toks, first.start
    if first.stop - k < 2 or not toks[k].lemmas & vocabulary().partnership_heads or "gent" not in toks[k].noun_cases:
        return None
    nxt = content_at(s, k + 1)
    return nxt if nxt is not None and "accs" in head_cases(toks, nxt) else None


def _animate_owner(s: Sent, k: int) -> bool:
    """"главной задачей союзников": a person noun in the genitive right after the cue is whose task
    it is, when the phrase in the accusative follows it."""
    if k + 1 >= len(s.toks) or not animate(s.toks[k]) or "gent" not in s.toks[k].noun_cases:
        return False
    nxt = content_at(s, k + 1)
    return nxt is not None and bool(head_cases(s.toks, nxt) & {"accs"})


def content_at(s: Sent, k: int) -> Phrase | None:
    """The phrase at ``k``, or inside the quotes that open there ("задачей встречи «перевод X»")."""
    if k + 1 < len(s.toks) and s.toks[k].value in OPEN_QUOTES:
        inner = np_at(s, k + 1)
        return inner if inner is not None and head_cases(s.toks, inner) & {"nomn", "accs"} else None
    return np_at(s, k)


def owner(toks: list, ph: Phrase) -> bool:
    """"изложил приоритеты казахстанского председательства": a genitive after a plural cue noun is
    its owner, not its content."""
    cases = head_cases(toks, ph)
    return "gent" in cases and not cases & {"nomn", "accs"}


def cue_complement(s: Sent, ph: Phrase) -> bool:
    """A genitive right after a cue noun ("приоритетов сотрудничества (в ШОС)"), followed by the phrase itself."""
    toks = s.toks
    h = head(toks, ph)
    last = toks[ph.stop - 1]
    if ph.stop - ph.start > 5 or h is None or "gent" not in toks[h].noun_cases or (
            "gent" not in last.noun_cases and not last.value.isupper()):
        return False
    nxt = content_at(s, time_phrase_end(s, ph.stop) or ph.stop)
    return nxt is not None and bool(head_cases(toks, nxt) & {"nomn", "accs"})


def time_phrase_end(s: Sent, k: int) -> int | None:
    """Index after "на ближайшие годы" / "на 2026–2030 годы" / "на период председательства" at ``k``."""
    toks = s.toks
    if k >= len(toks) or toks[k].value.lower() not in vocabulary().time_prepositions:
        return None
    for e in range(k + 1, min(len(toks), k + 6)):
        t = toks[e]
        if t.lemmas & vocabulary().time_nouns and t.noun_cases:
            return _after_time_noun(s, e + 1)
        if not (t.is_int or t.value == "-" or t.has_any("ADJF", "NUMR", "PRTF")):
            return None
    return None


def _after_time_noun(s: Sent, e: int) -> int:
    """"на период председательства Беларуси": the time noun's genitive belongs to it."""
    toks = s.toks
    if e < len(toks) and "gent" in toks[e].noun_cases:
        gen = np_at(s, e)
        h = head(toks, gen) if gen else None
        if gen is not None and h is not None and "gent" in toks[h].noun_cases:
            return gen.stop
    return e
