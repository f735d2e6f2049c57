"""The phrase before a cue, and the sentence before a back-reference.

"X является приоритетом", "X — главная задача", "X сегодня важно как никогда": a linking
verb, a dash or a predicative cue takes the subject before it. "Мы считаем X главным
приоритетом": a naming verb, its object, the instrumental cue. "Это направление остается
приоритетным": a demonstrative subject points back to the direction named in the sentence
before.
"""
from __future__ import annotations

from .clauses import parenthesis_before
from .cues import Cue
from .features import CLOSE_QUOTES, OPEN_QUOTES, clause_dash, for_whom, passive, verbal
from .lexicon import vocabulary
from .lists import list_at
from .phrases import Phrase, Sent, concrete, generic, head, np_at
from .purpose import domain

#: a subject's clause begins after these marks
CLAUSE_MARKS = ",;:.!?«»\"“”("
#: a subject list reaches back to these marks
LIST_MARKS = ";:.!?()"
#: how far back a naming verb may stand from the cue
MAX_NAMING = 12
#: the prepositions of a locative cue ("на первом месте", "в центре внимания", "во главе угла")
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})
#: how many words may stand between a fronted dative and its cue (the subject), or before the cue its verb
MAX_DATIVE_GAP = 3
#: how far back "— вот" may stand from the cue ("— вот на чем нужно сосредоточиться")
MAX_CLEFT = 6


def backward(s: Sent, cue: Cue) -> tuple[list[Phrase], bool]:
    """The phrases before ``cue``, and whether its subject refers back ("это направление")."""
    b, linked, number = _link_before(s, cue)
    if b < 0:
        return [], False
    if not linked:
        return named_before(s, cue) or dative_before(s, cue) or placed_before(s, cue), False
    phrases, back = subject_before(s, b, number)
    if not phrases and not back:
        return dative_before(s, cue), False  # "Развитию X будет уделено особое внимание"
    if _verb_linked(s, b + 1, cue.start):
        # "X имеет первостепенное значение", "X требует особого внимания": the verb links anything
        # ("Встреча имела важное значение", "Ситуация требует внимания"); only a domain is a priority
        return [ph for ph in phrases if domain(s.toks, ph)], False
    return phrases, back


def _verb_linked(s: Sent, a: int, b: int) -> bool:
    """Is a verb of ``link_verbs`` that is no copula ("имеет", "требует") between ``a`` and ``b``?"""
    words = vocabulary()
    return any(verbal(t) and t.lemmas & words.link_verbs and not t.lemmas & words.copulas for t in s.toks[a:b])


def cleft(s: Sent, cue: Cue) -> list[Phrase]:
    """"Станкостроение, микроэлектроника, фармацевтика – вот на чем нужно сосредоточиться": the
    list before a dash and "вот" that the cue's clause points back to."""
    toks = s.toks
    for d in range(cue.start - 1, max(-1, cue.start - MAX_CLEFT), -1):
        if toks[d].value.lower() == "вот" and d > 1 and clause_dash(s.text, toks[d - 1]):
            phrases, back = subject_before(s, d - 2, None)
            return [] if back else phrases
    return []


def subject_before(s: Sent, b: int, number: str | None) -> tuple[list[Phrase], bool]:
    """The subject (one phrase or a list) that ends at ``b``, and whether it refers back."""
    toks = s.toks
    start = _clause_start(s, b)
    if start > 0 and (toks[start - 1].value == "," or toks[start - 1].value in CLOSE_QUOTES):
        groups = subject_list(s, start, b, number)
        if groups and groups[0].start < start:
            return groups, False
    ph = np_at(s.upto(b + 1), start)  # (not "X — наш главный приоритет" read as one phrase)
    if ph is not None and ph.stop == b + 1:
        h = head(toks, ph)
        if h is not None and "nomn" in toks[h].noun_cases:
            if toks[ph.start].lemmas & vocabulary().demonstratives:
                return [], True
            return [ph], False
    return subject_list(s, start, b, number), False


def _link_before(s: Sent, cue: Cue) -> tuple[int, bool, str | None]:
    """The last word of the subject before the cue, whether a verb or dash links it to the cue,
    and that verb's number (a singular one takes a single subject)."""
    toks = s.toks
    b = cue.start - 1
    linked = cue.strength == "predicate"
    at = locative_at(toks, cue)
    if at is not None:
        b, linked = at - 1, True  # "X для нас всегда на первом месте", "X сейчас в приоритете"
    number: str | None = None
    while b >= 0:
        t = toks[b]
        if _linking(s, t):
            linked = True
            if number is None and t.grams:
                number = next((n for n in ("sing", "plur") if n in t.grams[0]), None)
            b -= 1
        elif _stepped_over(s, b, linked):
            b -= 1
        elif for_whom(toks, b) is not None:
            # "остается для нас приоритетным", "имеет для нашей страны значение"; with a nominative
            # cue "для нас" is the link itself ("связи с соседями для нас приоритет")
            linked = linked or "nomn" in toks[cue.stop - 1].noun_cases
            b = for_whom(toks, b)
        elif not linked and b > 0 and t.has_any("PREP") and _linking(s, toks[b - 1]):
            b -= 1  # "относится к приоритетным задачам": the link verb's preposition
        elif _aside_before(s, b, linked) is not None:
            b = _aside_before(s, b, linked)
        else:
            break
    return b, linked, number


def _stepped_over(s: Sent, b: int, linked: bool) -> bool:
    """A word between the subject and the cue that neither ends the subject nor links it: a filler, an
    adverb or particle, a possessive ("остается нашим приоритетом"), "и" between two links ("было и
    остается приоритетом"), the quote that opens at the predicate ("X «имеет ключевое значение»")."""
    toks = s.toks
    t = toks[b]
    if t.lemmas & vocabulary().fillers or t.pos in ("ADVB", "PRCL"):
        return True
    if t.has_any("ADJF") and t.lemmas & vocabulary().possessives:
        return True
    if not linked or b == 0:
        return False
    if t.value == "и":
        return _linking(s, toks[b - 1])
    return t.value in OPEN_QUOTES and toks[b - 1].is_word


def _aside_before(s: Sent, b: int, linked: bool) -> int | None:
    """Index before a parenthesis closed at ``b`` ("X, по его словам, остается приоритетом") or a
    circumstance ending there (``_circumstance_before``); None when there is none."""
    if linked and s.toks[b].value == ",":
        p = parenthesis_before(s.toks, b)
        return p - 1 if p is not None else None
    return _circumstance_before(s, b, linked)


def _circumstance_before(s: Sent, b: int, linked: bool) -> int | None:
    """Index before a short prepositional phrase ending at ``b``: between the link verb and the cue
    ("выходит в ШОС на первый план"), or a time phrase between the subject and its verb ("в этом
    году вышла"); None when there is none."""
    toks = s.toks
    t = toks[b]
    if not (t.has_any("NOUN") or t.is_acronym):
        return None
    p = b - 1
    while p >= 0 and b - p <= 3 and toks[p].has_any("ADJF", "Apro") and not toks[p].has_any("PREP"):
        p -= 1
    if p < 1 or not toks[p].has_any("PREP"):
        return None
    if linked:
        return p - 1 if t.lemmas & vocabulary().time_nouns else None
    return p - 1 if _linking(s, toks[p - 1]) else None


def locative_at(toks: list, cue: Cue) -> int | None:
    """Index of the preposition of a locative cue ("на первом месте", "в центре внимания", "в
    приоритете"): a state that predicates the subject before it with no copula; None for other cues."""
    p = cue.start if toks[cue.start].has_any("PREP") else cue.start - 1
    if p < 0 or not toks[p].has_any("PREP") or toks[p].value.lower() not in LOCATIVE_PREPOSITIONS:
        return None
    noun = next((t for t in toks[p + 1:cue.stop] if t.lemmas & vocabulary().locative_cue_nouns), None)
    return p if noun is not None and "loct" in noun.noun_cases else None


def _linking(s: Sent, t) -> bool:
    """A dash, a linking verb ("является", "остается"), or a passive naming or placing verb ("названо",
    "поставлено во главу угла")."""
    words = vocabulary()
    return (clause_dash(s.text, t) or (verbal(t) and bool(t.lemmas & words.linking_verbs))
            or (passive(t) and bool(t.lemmas & (words.naming_verbs | words.placing_verbs))))


def _clause_start(s: Sent, b: int) -> int:
    """The first word of the clause that ends at ``b``, past the words that open a clause ("и", "при этом")."""
    toks = s.toks
    start = b
    while start > 0 and toks[start - 1].value not in CLAUSE_MARKS and not clause_dash(s.text, toks[start - 1]):
        start -= 1
    while start < b and toks[start].lemmas & vocabulary().clause_openers:
        start += 1
    return start


def subject_list(s: Sent, start: int, b: int, number: str | None = None) -> list[Phrase]:
    """"Наращивание инвестиций в машиностроение, «зеленую» энергетику и сельское хозяйство названо
    ...": a subject whose complement is a comma list; it starts before the comma at ``start``. After
    a singular verb ("признано") the list is the complement of one subject, never items of its own."""
    toks = s.toks
    start = _list_start(s, start, b)
    groups = list_at(s, start, only=frozenset({"nomn"}))
    if len(groups) > 1 and number == "sing":
        h = head(toks, groups[0])
        if h is not None and "sing" in toks[h].grams[0]:
            groups = [Phrase(groups[0].start, groups[-1].stop, groups[0].rank)]
    if not groups or groups[0].start != start or groups[-1].stop != b + 1:
        return []
    if any(toks[g.start].lemmas & vocabulary().demonstratives for g in groups):
        return []
    return groups


def _list_start(s: Sent, start: int, b: int) -> int:
    """Where a subject list ending at ``b`` begins, reaching back from ``start``: past commas, up to a
    clause's mark; the words after another clause's verb are that clause's ("Для республики, территорию
    которой покрывают леса, вопросы экологии стоят ...": the list begins after the comma)."""
    toks = s.toks
    while start > 0:
        t = toks[start - 1]
        if t.value == "," or t.value in OPEN_QUOTES | CLOSE_QUOTES:
            start -= 1
            continue
        if verbal(t):
            comma = next((k for k in range(start, b) if toks[k].value == ","), None)
            start = comma + 1 if comma is not None else start
            break
        if t.value in LIST_MARKS or clause_dash(s.text, t) or t.lemmas & vocabulary().clause_stops:
            break
        start -= 1
    while start < b and (toks[start].lemmas & vocabulary().clause_openers or toks[start].value in OPEN_QUOTES
                         or toks[start].value == ","):
        start += 1
    return start


def named_before(s: Sent, cue: Cue) -> list[Phrase]:
    """"Мы считаем развитие торговли главным приоритетом": naming verb, object, instrumental cue."""
    toks = s.toks
    if not (toks[cue.stop - 1].has("ablt") or toks[cue.start].has("ablt")):
        return []  # ("назвал X задачей первостепенной важности": the instrumental opens the cue)
    b = cue.start - 1
    for v in range(b - 1, max(-1, b - MAX_NAMING), -1):
        t = toks[v]
        if t.value in CLAUSE_MARKS or t.value == ")":
            return []
        if verbal(t) and t.lemmas & vocabulary().naming_verbs:
            ph = np_at(s.upto(cue.start), v + 1)
            h = head(toks, ph) if ph is not None else None
            if ph is not None and ph.stop == b + 1 and h is not None and "accs" in toks[h].noun_cases:
                return [ph]
            return []
    return []


def dative_before(s: Sent, cue: Cue) -> list[Phrase]:
    """"Развитию туризма будет уделено особое внимание", "Охране лесов мы придаем особое значение":
    the dative object of a cue's verb ("уделять", "придавать", "отдавать") fronted before the cue,
    past "быть", adverbs and the subject (the longest subject that leaves a dative phrase before
    it: "Развитию цифровой торговли стороны уделили"); it must name a domain."""
    toks = s.toks
    words = vocabulary()
    if not any(t.lemmas & words.dative_cue_verbs for t in toks[max(0, cue.start - MAX_DATIVE_GAP):cue.stop]):
        return []
    b = cue.start - 1
    while b >= 0 and ((verbal(toks[b]) and toks[b].lemmas & (words.dative_cue_verbs | {"быть"}))
                      or toks[b].pos in ("ADVB", "PRCL") or toks[b].lemmas & words.fillers):
        b -= 1
    ends = [b]
    while len(ends) <= MAX_DATIVE_GAP and ends[-1] >= 0 and _subject_word(toks[ends[-1]]):
        ends.append(ends[-1] - 1)  # "мы", "правительство", "стороны"
    for e in reversed(ends):
        ph = _dative_ending(s, e)
        if ph is not None:
            return [ph]
    return []


def placed_before(s: Sent, cue: Cue) -> list[Phrase]:
    """"Продовольственную безопасность ставим во главу угла", "Охрану лесов мы выдвигаем на первый
    план": the accusative object of an active placing verb, fronted before it (past the subject);
    it must name a domain. The passive ("X поставлено во главу угла") links its subject instead."""
    toks = s.toks
    b = cue.start - 1
    if b < 1 or not (verbal(toks[b]) and toks[b].lemmas & vocabulary().placing_verbs) or passive(toks[b]):
        return []
    b -= 1
    while b >= 0 and (toks[b].pos in ("ADVB", "PRCL") or (toks[b].pos == "NPRO" and "nomn" in toks[b].grams[0])):
        b -= 1  # "мы", "сегодня"
    if b < 0:
        return []
    ph = np_at(s.upto(b + 1), _clause_start(s, b))
    h = head(toks, ph) if ph is not None else None
    if ph is None or h is None or ph.stop != b + 1 or "accs" not in toks[h].noun_cases:
        return []
    return [ph] if domain(toks, ph) and not toks[ph.start].lemmas & vocabulary().demonstratives else []


def _dative_ending(s: Sent, b: int) -> Phrase | None:
    """The dative phrase that names a domain and ends at ``b``, or None."""
    if b < 0:
        return None
    toks = s.toks
    ph = np_at(s.upto(b + 1), _clause_start(s, b))
    h = head(toks, ph) if ph is not None else None
    if ph is None or h is None or ph.stop != b + 1 or "datv" not in toks[h].noun_cases:
        return None
    if toks[ph.start].lemmas & vocabulary().demonstratives or not domain(toks, ph):
        return None
    return ph


def _subject_word(t) -> bool:
    """A word of a short subject: a nominative pronoun or a noun that cannot be a dative."""
    if t.pos == "NPRO":
        return "nomn" in t.grams[0]
    cases = t.noun_cases
    return "nomn" in cases and "datv" not in cases


def fronted_object(s: Sent, cue: Cue) -> list[Phrase]:
    """"Здравоохранение мы считаем одним из ключевых направлений": the object of a naming verb
    fronted before its subject (a pronoun or a nominative phrase); it must name a domain."""
    toks = s.toks
    v = cue.start - 1
    if v < 2 or not (verbal(toks[v]) and toks[v].lemmas & vocabulary().naming_verbs) or passive(toks[v]):
        return []
    if not (toks[cue.start].has("ablt") or toks[cue.stop - 1].has("ablt")):
        return []
    start = _clause_start(s, v - 1)
    ph = np_at(s.upto(v), start)
    if ph is None or ph.stop >= v:
        return []
    h = head(toks, ph)
    if h is None or "accs" not in toks[h].noun_cases or not domain(toks, ph):
        return []
    subject = np_at(s.upto(v), ph.stop)
    if toks[ph.stop].pos == "NPRO" and ph.stop + 1 == v and "nomn" in toks[ph.stop].grams[0]:
        return [ph]  # "X мы считаем"
    sh = head(toks, subject) if subject is not None and subject.stop == v else None
    return [ph] if sh is not None and "nomn" in toks[sh].noun_cases else []


def object_of(s: Sent) -> list[Phrase]:
    """The direction named in the sentence before a back-reference: the phrase after its verb
    ("Казахстан выступает за реформирование ООН. Это направление ...")."""
    toks = s.toks
    for k, t in enumerate(toks):
        if verbal(t) or (t.has_any("PREP") and t.value.lower() in ("о", "об")):
            k += 1
            if k < len(toks) and toks[k].has_any("PREP"):
                k += 1  # "выступает за реформирование ООН"
            ph = np_at(s, k)
            if ph is not None and not generic(toks, ph) and not concrete(toks, ph):
                return [ph]
    return []
