""""Важно, чтобы ...": a predicative cue of importance before a purpose clause.

The clause names the direction by its subject when the subject is a domain ("Важно, чтобы
расчеты между нашими странами все шире велись в национальных валютах": the clause from the
subject on), or, when an actor is the subject, by the domain of the prepositional object of its
verb ("чтобы ШОС не отставала в развитии искусственного интеллекта"), or by the state its copula
predicates ("чтобы Центральная Азия оставалась пространством доверия"). An actor with a direct
object ("чтобы стороны сохранили диалог") or a concrete subject ("чтобы центр заработал")
names none.
"""
from __future__ import annotations

from ...models import Area
from .area import area
from .clauses import parenthesis_end
from .features import verbal
from .infinitives import concrete_verb, momentum, negated_goal
from .lexicon import vocabulary
from .lists import list_at
from .phrases import Phrase, Sent, concrete, danger, np_at

#: a purpose clause ends at these marks
CLAUSE_MARKS = ",;:.!?()«»\"“”"


def purpose_clause(toks: list, j: int) -> int | None:
    """Index after ", чтобы" that follows a cue ending at ``j`` (fillers may come first:
    "Важно также, чтобы"); None when no purpose clause follows."""
    k = j
    while k < len(toks) and toks[k].lemmas & vocabulary().fillers:
        k += 1
    if k + 1 < len(toks) and toks[k].value == "," and toks[k + 1].value.lower() == "чтобы":
        return k + 2
    e = parenthesis_end(toks, k) if k < len(toks) and toks[k].value == "," else None
    if e is not None and e < len(toks) and toks[e].value.lower() == "чтобы":
        return e + 1  # "важно, по его словам, чтобы X"
    return None


def that_clause(toks: list, k: int) -> int | None:
    """"Главная задача состоит в том, чтобы повысить X": index after "в том, чтобы" at ``k`` when an
    explaining verb ("состоит", "заключается") or the goal noun itself ("Главная задача — в том, чтобы",
    "видим свою задачу в том, чтобы") stands before it; None otherwise."""
    words = vocabulary()
    b = k - 2 if k > 1 and toks[k - 1].is_dash else k - 1  # ("задача — в том, чтобы")
    if not (0 <= b and toks[b].lemmas & (words.explaining_verbs | words.goal_words)):
        return None
    for words in vocabulary().explaining_openers:
        if tuple(t.value.lower() for t in toks[k:k + len(words)]) == words:
            return k + len(words)
    return None


def explained_at(toks: list, k: int) -> int | None:
    """"Главная задача состоит в развитии X": index after the "в" an explaining verb governs at ``k``
    (its locative is the goal's content); None otherwise ("в том, чтобы" is ``that_clause``)."""
    if not (0 < k < len(toks) - 1 and toks[k].value.lower() == "в" and verbal(toks[k - 1])
            and toks[k - 1].lemmas & vocabulary().explaining_verbs):
        return None
    return None if toks[k + 1].value.lower() == "том" or "loct" not in toks[k + 1].noun_cases else k + 1


def purpose_content(s: Sent, k: int) -> list[Phrase]:
    """The direction the purpose clause starting at ``k`` names, or []."""
    toks = s.toks
    end = next((e for e in range(k, len(toks)) if toks[e].value in CLAUSE_MARKS), len(toks))
    subject = np_at(s, k)
    if subject is not None and subject.stop <= end and domain(toks, subject):
        return [Phrase(subject.start, end)]
    j = k
    while j < end and _actor(toks[j]):
        j += 1
    if j == k or j >= end:
        return []
    if toks[j].value.lower() == "не":
        j += 1
    if j + 1 < end and verbal(toks[j]) and toks[j].lemmas & vocabulary().copulas:
        return _state(s, k, j, end)
    if j + 1 >= end or not verbal(toks[j]) or not toks[j + 1].has_any("PREP"):
        return []
    objs = list_at(s, j + 2, prep=toks[j + 1].value.lower())  # "чтобы ШОС сосредоточилась на X и на Y"
    if not objs or objs[0].stop > end:
        return []
    return [obj for obj in objs if domain(toks, obj)]


def _state(s: Sent, k: int, v: int, end: int) -> list[Phrase]:
    """"чтобы Центральная Азия оставалась пространством доверия", "чтобы ШОС стала площадкой
    сотрудничества": an actor's copula with an instrumental predicate that names a domain names the
    state to keep or reach, the clause from the subject to the predicate's end ("чтобы стороны
    оставались на связи" names none: a copula's place is no domain)."""
    pred = np_at(s, v + 1)
    if pred is None or pred.stop > end or "ablt" not in s.toks[pred.start].cases("NOUN", "ADJF"):
        return []
    return [Phrase(k, pred.stop)] if domain(s.toks, pred) else []


def domain(toks: list, ph: Phrase) -> bool:
    """A phrase that names a domain of activity: an area of its own, nothing concrete or dangerous."""
    return (area(toks, ph, fallback=False) is not Area.other and not concrete(toks, ph)
            and not danger(toks, ph))


def _actor(tok) -> bool:
    """A word of an actor subject: an acronym or a name, a pronoun, "стороны", "страны"."""
    return (tok.is_acronym or (tok.is_cap and tok.is_word) or tok.pos == "NPRO"
            or bool(tok.lemmas & vocabulary().actor_nouns))


def infinitive_after(toks: list, i: int, j: int) -> int | None:
    """"Нам важно также сохранить X", "Не менее важно совместно противостоять X": index of the
    infinitive (or its adverb) right after a predicative cue ``[i, j)`` in the short form (fillers may
    stand between); None otherwise ("важным" is a naming verb's: "считаем важным усилить")."""
    if not any(g & {"ADJS", "ADVB"} for g in toks[i].grams[:2]):
        return None
    k = j
    while k < len(toks) and toks[k].lemmas & vocabulary().fillers:
        k += 1
    adverb = k + 1 < len(toks) and toks[k].pos == "ADVB" and toks[k + 1].pos == "INFN"
    return k if k < len(toks) and (toks[k].pos == "INFN" or adverb or negated_goal(toks, k)) else None


def infinitive_goals(s: Sent, k: int) -> list[Phrase]:
    """The infinitive items at ``k`` that name a domain ("диверсифицировать рынки и развивать X");
    a concrete step ("подписать соглашение") or one between parties is an Initiative's, a verb with
    no domain ("важно понимать") names nothing."""
    return [ph for ph in list_at(s, k, verbs=True)
            if ph.verb and not concrete_verb(s.toks, ph) and not _between(s.toks, ph)
            and (area(s.toks, ph, fallback=False) is not Area.other or momentum(s.toks, ph))]


def _between(toks: list, ph: Phrase) -> bool:
    """"усилить контакты между секретариатами": a step between named parties (an Initiative's)."""
    return any(t.value.lower() == "между" for t in toks[ph.start:ph.stop])

