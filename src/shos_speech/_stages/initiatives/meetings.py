"""Meetings announced: a sitting set apart by an ordinal, an attribute, its body or its place, named with
a cue that it is still to come.

ONTOLOGY §6: the meeting at which the statement is made is no item; a meeting someone announces
is one (``event``). "седьмой саммит СВМДА, который Азербайджан проведет в 2026 году", "станет 10-е
заседание межправкомиссии", "будут определены на осенней сессии ассамблеи", "подготовка к заседанию
Совета, которое пройдет в октябре", "пригласил коллег на третий форум": the cue is a verb in the future
tense of the meeting's clause or of a relative clause right after it, "следующий год" in the clause, a
preparation or an invitation governing it. A meeting in the past or the present tense ("второй саммит
прошел", "конференция, которая проходит в столице") or called "этот", "нынешний" is the one reported
on; so is a meeting named by its quoted format only ("в кулуарах второго саммита «Центральная Азия –
Китай»"), which :func:`narrated` tells the stage to leave.
"""
from __future__ import annotations

from .chunking import chunk_end, trim
from .scan import OPEN_QUOTES, Item, Scan, is_finite

#: marks that end the clause a meeting stands in
_CLAUSE_MARKS = ",;:.!?()"
#: how far a relative clause after the meeting is read for its verb
_RELATIVE_REACH = 10


def _meeting(s: Scan, i: int) -> bool:
    t = s.toks[i]
    return t.pos == "NOUN" and bool(t.lemmas & s.w.meetings) and not s.in_institution(i)


def _ordinal_before(s: Scan, k: int) -> int | None:
    """The start of a written ordinal ending at ``k`` ("10-е", "17-й"; "IV"), or None."""
    toks = s.toks
    if toks[k].type == "LATIN" and set(toks[k].value) <= set("IVXLC"):
        return k
    if k >= 2 and toks[k - 1].value == "-" and toks[k - 2].is_int and s.tight(k - 2, k - 1) and s.tight(k - 1, k):
        return k - 2
    return None


def _before(s: Scan, i: int) -> tuple[int, bool] | None:
    """(where the phrase starts, whether an ordinal or an attribute sets the meeting apart) over the
    adjectives and written ordinals before the head; None for the meeting of the statement ("этот саммит")."""
    toks = s.toks
    start, marked = i, False
    k = i - 1
    while k >= 0:
        t = toks[k]
        if t.lemma in s.w.current_meetings:
            return None
        first = _ordinal_before(s, k)
        if first is not None:
            start, marked, k = first, True, first - 1
        elif t.pos == "ADJF" or (t.has("PRTF") and t.lemma in s.w.upcoming):
            # "следующий", "предстоящий" alone set none apart: "рассмотрят на следующей встрече" names a time
            marked = marked or t.has("Anum") or t.lemma in s.w.meeting_marks \
                or (t.lemma.endswith("ский") and not t.is_cap)  # "ереванская сессия", "казанский саммит"
            start, k = k, k - 1
        elif t.value == "," and k > 0 and toks[k - 1].pos == "ADJF" and start == k + 1:
            k -= 1  # "следующий, шестой саммит"
        else:
            break
    return start, marked


def _set_apart_after(s: Scan, i: int, end: int) -> bool:
    """The meeting's body, name or place after its head: "заседание Совета министров", "COP29",
    "конференция в Белене"."""
    toks = s.toks
    if i + 1 >= end:
        return False
    nxt = toks[i + 1]
    if s.in_institution(i + 1) or nxt.value in OPEN_QUOTES or (nxt.type == "LATIN" and nxt.value.isupper()):
        return True
    return any(toks[k].lemma == "в" and toks[k + 1].is_cap for k in range(i + 1, end - 1))


def _future(t) -> bool:
    return is_finite(t) and "futr" in t.grams[0]


def _past_or_present(t) -> bool:
    """A finite verb or a participle of the past or the present: "прошел", "проходит", "состоявшийся"."""
    if not (is_finite(t) or t.pos == "PRTF") or not t.grams:
        return False
    g = t.grams[0]
    return "futr" not in g and ("past" in g or "pres" in g)


def _relative_after(s: Scan, end: int) -> tuple[bool | None, int]:
    """After a relative clause right behind the meeting (", который ... ,"): (whether its verb is in the
    future, None when there is no such clause or verb; where the clause ends)."""
    toks = s.toks
    if end + 1 >= s.n or toks[end].value != "," or toks[end + 1].lemma != "который":
        if end < s.n and toks[end].pos == "PRTF" and _past_or_present(toks[end]):
            return False, end  # "саммита, состоявшегося в мае"
        if end + 1 < s.n and toks[end].value == "," and toks[end + 1].pos == "PRTF":
            return (False if _past_or_present(toks[end + 1]) else None), end
        return None, end
    for k in range(end + 2, min(s.n, end + 2 + _RELATIVE_REACH)):
        t = toks[k]
        if t.value in _CLAUSE_MARKS:
            return None, k
        if _future(t):
            return True, _clause_end(s, k)
        if _past_or_present(t):
            return False, _clause_end(s, k)
    return None, end


def _clause_end(s: Scan, k: int) -> int:
    while k < s.n and s.toks[k].value not in _CLAUSE_MARKS:
        k += 1
    return k


def _clause_start(s: Scan, a: int) -> int:
    k = a
    while k > 0 and s.toks[k - 1].value not in _CLAUSE_MARKS:
        k -= 1
    return k


def _clause_tense(s: Scan, a: int, b: int) -> bool | None:
    """The tense of the first finite verb of the meeting's clause outside the phrase ``[a, b)``: True for the
    future, False for the past or present, None when the clause has none; "в следующем году" is future."""
    toks = s.toks
    left, right = _clause_start(s, a), _clause_end(s, b)
    for k in [*range(left, a), *range(b, right)]:
        t = toks[k]
        if t.lemma in s.w.upcoming and k + 1 < s.n and toks[k + 1].lemmas & s.w.date_nouns:
            return True  # "в следующем году"
        if _future(t):
            return True
        if is_finite(t) and _past_or_present(t):
            return False
    return None


def _gapped_future(s: Scan, start: int, end: int) -> bool:
    """"пятая встреча состоится в 2025 году, а третий саммит – в 2026 году": a conjunct whose verb is left out
    after a dash takes the future of the clause before it."""
    toks = s.toks
    if start < 2 or toks[start - 1].lemma not in ("а", "и") or toks[start - 2].value != "," \
            or end >= s.n or not toks[end].is_dash:
        return False
    return any(_future(t) for t in toks[_clause_start(s, start - 2):start - 2])


def _prepared_or_invited(s: Scan, start: int) -> bool:
    """"подготовка к заседанию", "пригласил коллег на форум": a meeting being prepared or one invited to."""
    toks = s.toks
    if start < 2 or toks[start - 1].pos != "PREP":
        return False
    if toks[start - 2].lemmas & s.w.meeting_preparations:
        return True
    left = _clause_start(s, start - 1)
    return toks[start - 1].lemma in ("на", "в") and any(t.lemmas & s.w.invitations for t in toks[left:start - 1])


def _time_pp(s: Scan, k: int) -> bool:
    """"в следующем году", "в 2026 году", "в октябре": a time, not the meeting's place."""
    toks, w = s.toks, s.w
    if toks[k].pos != "PREP" or k + 1 >= s.n:
        return False
    nxt = toks[k + 1]
    if nxt.is_int or nxt.lemmas & (w.date_nouns | w.months) or nxt.has("Mnth"):
        return True
    return nxt.lemma in w.upcoming and k + 2 < s.n and bool(toks[k + 2].lemmas & w.date_nouns)


def _subject_cut(s: Scan, i: int, end: int) -> int:
    """A time ("в следующем году") or the clause's subject before its verb ("на третьем заседании комиссии
    стороны обсудят") ends the phrase."""
    end = next((k for k in range(i + 1, end) if _time_pp(s, k)), end)
    if end - 1 > i and end < s.n and is_finite(s.toks[end]) and "nomn" in s.toks[end - 1].cases("NOUN") \
            and not s.in_institution(end - 1):
        return end - 1
    return end


def _announced_at(s: Scan, i: int) -> Item | None:
    before = _before(s, i)
    if before is None:
        return None
    start, marked = before
    end = _subject_cut(s, i, trim(s, start, chunk_end(s, i + 1, s.toks[i].cases("NOUN"), False)[0]))
    if end <= i:
        return None
    set_apart = marked or _set_apart_after(s, i, end)
    relative, after = _relative_after(s, end)
    if relative is False:
        return None
    if relative or _prepared_or_invited(s, start):
        cue = set_apart
    else:  # the body alone sets apart only the subject ("откроется заседание Совета министров")
        subject = "nomn" in s.toks[i].cases("NOUN") and (start == 0 or s.toks[start - 1].pos != "PREP")
        cue = (marked or set_apart and subject) and (_clause_tense(s, start, after) or _gapped_future(s, start, end))
    if not cue:
        return None
    return Item(start, end, "mentions", "mention", head=i, kind="event")


def announced(s: Scan) -> list[Item]:
    """The meetings the sentence announces, in text order."""
    out = []
    for i in range(s.n):
        if _meeting(s, i):
            it = _announced_at(s, i)
            if it is not None:
                out.append(it)
    return out


def narrated(s: Scan, it: Item) -> bool:
    """A meeting named without a stance by its quoted format ("второй саммит «Центральная Азия – Китай»")
    and no cue that it is still to come: the meeting reported on, no item."""
    h = it.head
    if it.source != "mention" or it.stance != "mentions" or h is None or it.kind == "event" \
            or not s.toks[h].lemmas & s.w.meetings or h + 1 >= s.n or s.toks[h + 1].value not in OPEN_QUOTES:
        return False
    if any(s.toks[k].lemma in s.w.upcoming for k in range(it.start, h)):
        return False
    relative, after = _relative_after(s, it.stop)
    if relative is not None:
        return not relative
    return _clause_tense(s, it.start, after) is not True
