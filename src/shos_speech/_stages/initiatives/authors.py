"""Who proposed an undertaking and whom it concerns: proposer, subject, target.

The proposer is named with the undertaking ("инициатива Председателя Китая", "китайская
инициатива", "выдвинутая Президентом"), around it ("по инициативе Казахстана"), or is
the subject of the predicate ("Казахстан строит ..."); a titled subject ("Президент
выступил с инициативой") is the statement's speaker. The proposer comes from the text
only: a registry entry's author is no proposer of a mention that names none (ONTOLOGY §3).
The target is a country the undertaking's phrase names.
"""
from __future__ import annotations

from ..._core.countries import find_country
from ..._core.document import NerSpan
from ...morph import parse
from ...normalize import nominative
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan, Token, is_finite

#: what :func:`subject` answers for a titled subject: the speaker of the statement
SPEAKER = "\x00speaker"
#: the subject is the speaker's own side: "мы", "я", a verb in the first person, "он" reported on
SELF = "\x00self"


def ablt_to_nomn(toks: list[Token], case: str = "ablt") -> str | None:
    """"Президентом Казахстана" -> "Президент Казахстана": an agent in the instrumental (or ``case``), named."""
    words = []
    for t in toks:
        if not t.is_word and not t.is_acronym:
            break
        w = t.value
        ps = [p for p in parse(w.lower()) if p.tag.case == case]
        if ps and not t.is_acronym:
            try:
                r = ps[0].inflect({"nomn"})
            except (ValueError, KeyError):
                r = None
            if r:
                w = r.word[:1].upper() + r.word[1:] if t.value[:1].isupper() else r.word
        words.append(w)
    return " ".join(words) or None


def org_agent(s: Scan, k: int) -> str | None:
    """The actor in the genitive after an action noun: "продвижения НАТО", "политики США", "действий Запада"."""
    if k >= s.n:
        return None
    t = s.toks[k]
    if t.is_acronym and s.in_institution(k):
        return t.value
    if t.is_word and t.is_cap and "gent" in t.cases():
        country = find_country([t])
        if country:
            return country
        if t.lemma == "запад":
            return "Запад"
    return None


def _may_author(s: Scan, t: Token) -> bool:
    """A word that can open an author's name: a title, a country, a capital standing for its state
    ("по инициативе Душанбе"), a surname or a first name, in the genitive."""
    if not (t.lemmas & s.lex.titles or find_country([t]) or t.has("Surn") or t.has("Name") or t.has("Geox")):
        return False
    return "gent" in t.cases() or t.is_acronym


def _author_word(s: Scan, t: Token, started: bool) -> bool:
    """A word of an author's genitive name: a capitalized genitive or acronym, or an adjective or a title
    inside it ("Генерального секретаря ООН")."""
    if not t.is_word:
        return False
    if t.is_cap and ("gent" in t.cases() or t.is_acronym):
        return True
    return started and (t.pos == "ADJF" or bool(t.lemmas & s.lex.titles)) and "gent" in t.cases()


def _country_side(s: Scan, i: int) -> str | None:
    """"китайской стороны", "казахстанского председательства": a country's adjective and a noun standing for
    its state in the genitive name the country."""
    if i + 1 >= s.n or s.toks[i].pos != "ADJF" or "gent" not in s.toks[i].cases():
        return None
    nxt = s.toks[i + 1]
    if not (nxt.lemmas & s.w.country_sides and "gent" in nxt.cases("NOUN")):
        return None
    return find_country([s.toks[i]])


def agent(s: Scan, i: int) -> str | None:
    """A genitive author after an initiative noun: "Председателя Китая", "Китая и России"."""
    toks, n = s.toks, s.n
    side = _country_side(s, i)
    if side:
        return side  # "инициативу китайской стороны", "инициативу казахстанского председательства"
    k = i
    while k < n - 1 and toks[k].is_cap and toks[k].pos == "ADJF" and "gent" in toks[k].cases():
        k += 1  # "Генерального секретаря ООН": the title's adjective first
    if k >= n or not toks[k].is_word or not toks[i].is_cap or not _may_author(s, toks[k]):
        return None
    parts: list[list[Token]] = [[]]
    for j in range(i, min(n, i + 8)):
        t = toks[j]
        if t.value == "и" and parts[-1] and j + 1 < n and toks[j + 1].is_cap:
            parts.append([])  # "Китая и России": two authors
            continue
        if not _author_word(s, t, bool(parts[-1])):
            break
        parts[-1].append(t)
    names = [nominative(s.text, p) for p in parts if p]
    return " и ".join(names) or None


# -- the subject of a predicate ----------------------------------------------------------------
def _person(s: Scan, tok: Token) -> NerSpan | None:
    """natasha's person span holding the token, if any."""
    return next((p for p in s.ctx.doc.persons if p.start <= tok.span.start < p.stop), None)


#: how long an adverbial participle's phrase between a subject and its predicate may be
_GERUND_REACH = 16


def _ends_search(tok: Token) -> bool:
    """A quote, a colon or a semicolon: no subject before it belongs to the predicate."""
    v = tok.value
    return v in OPEN_QUOTES or v in CLOSE_QUOTES or v in '":;'


def _step_back(s: Scan, k: int) -> int | None:
    """Where the backward search for a subject goes on from token ``k``, or None when the word itself
    is a candidate."""
    toks = s.toks
    t = toks[k]
    v = t.value
    if v == ",":
        m = next((x for x in range(k - 1, max(-1, k - 7), -1) if toks[x].value == ","), None)
        if m is not None and toks[m + 1].lemma in s.w.asides:
            return m - 1  # ", как известно,", ", по словам ...,": an aside stepped over
        g = next((x for x in range(k - 1, max(-1, k - _GERUND_REACH), -1) if toks[x].value == ","), None)
        if g is not None and toks[g + 1].pos == "GRND":
            return g - 1  # ", выступая на сессии Генеральной Ассамблеи ООН,": the adverbial phrase stepped over
        if g is not None and g > 0 and k - g < 10 and any(
                toks[x].has("PRTF") and "nomn" in toks[x].cases() for x in range(g + 1, min(k, g + 6))):
            return g - 1  # "Кыргызстан, с 1 января председательствующий в объединении, представил": its participle
        return k - 1
    if not t.is_word:
        return k - 1
    if k > 0 and (toks[k - 1].pos == "PREP" or toks[k - 1].lemma == "как"):
        return k - 2
    if k > 1 and toks[k - 2].pos == "PREP" and toks[k - 1].pos in ("ADJF", "PRTF"):
        return k - 3  # "Казахстан со своей стороны реализует": a prepositional phrase with its modifier
    return None


def _capitalized_subject(s: Scan, k: int) -> str | None:
    """A capitalized subject in the nominative: a country, a person, a place or a surname, a body's acronym."""
    t = s.toks[k]
    country = find_country([t])
    if country and t.pos == "NOUN":
        return country
    person = _person(s, t)
    if person is not None:
        return s.text[person.start:person.stop]
    if t.has("Geox") or t.has("Surn"):
        return t.value
    if t.is_acronym and s.in_institution(k):
        return t.value  # "ЕС продолжит финансировать"
    return None


def _subject_word(s: Scan, k: int) -> tuple[bool, str | None]:
    """What the word at ``k`` says about the subject: (True, its name, SPEAKER or None when there is
    none), or (False, None) to look further back."""
    toks, n = s.toks, s.n
    t = toks[k]
    if t.lemma in s.w.first_person or (t.lemmas & s.w.speaker_pronouns and t.pos == "NPRO"):
        return True, SELF
    nxt = toks[k + 1] if k + 1 < n else None
    # a name before its predicate, or before an adverbial that opens with a preposition ("Казахстан со своей
    # стороны реализует", "Моди в своем выступлении предложил"); an acronym there is a complement ("Генсек ООН в")
    free = nxt is None or nxt.value == "," or nxt.pos in s.w.after_subject_pos \
        or (nxt.pos == "PREP" and not t.is_acronym)
    person = _person(s, t)
    if person is not None and free and nxt is not None and nxt.span.start >= person.stop:
        return True, s.text[person.start:person.stop]
    if not free and t.is_cap:
        return False, None
    return _nominal_subject(s, k, nxt)


def _nominal_subject(s: Scan, k: int, nxt: Token | None) -> tuple[bool, str | None]:
    """A noun as the subject: "X сторона", a capitalized name, a title (the speaker), or a common noun
    in the nominative, which is some other subject."""
    toks = s.toks
    t = toks[k]
    if t.lemma == "сторона" and "nomn" in t.cases("NOUN"):
        # "Кыргызская сторона": the adjective names the country
        return True, s.text[toks[k - 1].span.start:t.span.stop] if k > 0 and toks[k - 1].pos == "ADJF" else None
    if t.is_cap and ("nomn" in t.cases("NOUN") or t.is_acronym):
        found = _capitalized_subject(s, k)
        if found is not None:
            return True, found
    return _common_subject(s, t, nxt)


def _common_subject(s: Scan, t: Token, nxt: Token | None) -> tuple[bool, str | None]:
    """A common noun only in the nominative is some other subject; a title is the speaker when it speaks
    ("Президент предложил")."""
    if t.pos != "NOUN":
        return False, None
    if t.cases("NOUN") == {"nomn"}:
        return True, None
    if t.lemmas & s.lex.titles and "nomn" in t.cases("NOUN"):
        return True, SPEAKER if nxt is not None and nxt.pos in s.w.after_title_pos else None
    return False, None


def subject(s: Scan, a: int) -> str | None:
    """The subject before the predicate at ``a``, when it is a country, a city, a person or "X сторона";
    SPEAKER for a titled subject."""
    if s.toks[a].has("1per"):
        return SELF  # "предлагаем", "Поэтому вновь предлагаю": the speaker's own side
    k = a - 1
    for _step in range(22):
        if k < 0 or _ends_search(s.toks[k]):
            return None
        nxt = _step_back(s, k)
        if nxt is not None:
            k = nxt
            continue
        decided, found = _subject_word(s, k)
        if decided:
            return found
        k -= 1
    return None


# -- proposer and target ---------------------------------------------------------------------
def _clause_start(s: Scan, a: int) -> int:
    """The first token after the last comma before ``a`` (at most 12 tokens back)."""
    lo = max(0, a - 12)
    return next((k + 1 for k in range(a - 1, lo - 1, -1) if s.toks[k].value == ","), lo)


def _by_initiative_of(s: Scan, lo: int, hi: int, first_only: bool) -> str | None:
    """"по инициативе Казахстана", "по предложению Монголии" between tokens ``lo`` and ``hi``: its author."""
    toks = s.toks
    for k in range(lo, hi):
        if toks[k].lemma == "по" and k + 1 < s.n and toks[k + 1].lemma in s.w.by_author:
            ag = agent(s, k + 2)
            if ag or first_only:
                return ag
    return None


def _authored_head(s: Scan, it: Item) -> int | None:
    """The head that names its author: the item's head, or for a registry name the head word in it or
    before it ("китайской инициативе «Один пояс, один путь»")."""
    h = it.head
    if h is None:
        return None
    if s.toks[h].lemmas & s.w.authored:
        return h
    if it.named is not None:  # the last authored word of the mention: "Памирскую водную инициативу Таджикистана"
        return next((k for k in range(it.stop - 1, it.start - 1, -1) if s.toks[k].lemmas & s.w.authored), None)
    return None


def _named_author(s: Scan, it: Item) -> str | None:
    """An author named with the head: "инициатива Председателя Китая", "китайская инициатива"."""
    h = _authored_head(s, it)
    toks = s.toks
    if h is None:
        return None
    ag = agent(s, h + 1)
    if ag:
        return ag
    for k in range(max(it.start, h - 3), h):
        if toks[k].pos == "ADJF" and find_country([toks[k]]):
            return find_country([toks[k]])
    return None


def _agent_after(s: Scan, it: Item) -> str | None:
    """", выдвинутую Президентом Казахстана", "..., Инициативу Y и Инициативу Z, выдвинутые Председателем Си":
    an agent participle after the item or after the list it closes names the author."""
    toks = s.toks
    k = it.stop
    while k + 2 < s.n and k < it.stop + 20 and not (toks[k].value == "," and toks[k + 1].lemma in s.w.agent_verbs):
        if is_finite(toks[k]) or toks[k].value in ".;:!?" or toks[k].lemma == "который":
            return None  # the list's further conjuncts are passed, no clause of another subject
        k += 1
    if k + 2 >= s.n or toks[k].value != "," or not toks[k + 1].has("PRTF"):
        return None
    b = k + 2
    while b < s.n and b < k + 8 and (toks[b].is_acronym or (toks[b].is_word and toks[b].is_cap)):
        b += 1
    if b == k + 2 or "ablt" not in toks[k + 2].cases():
        return None
    return ablt_to_nomn(toks[k + 2:b])


def _subject_author(s: Scan, it: Item) -> tuple[bool, str | None]:
    """The predicate's subject as the author: (True, it) — the speaker for "Президент выступил с
    инициативой" — or (False, None) when the subject says nothing."""
    if it.stance not in s.w.authoring_stances or it.pred < 0 or it.planned:
        return False, None
    return _predicate_subject(s, it.pred, it.stance)


def _predicate_subject(s: Scan, a: int, stance: str) -> tuple[bool, str | None]:
    subj = subject(s, a)
    if subj == SELF:
        return True, own_side(s, a) if stance == "proposes" else None
    if subj == SPEAKER:
        return True, s.ctx.speaker_at(s.toks[a].span.start) if stance == "proposes" else None
    return bool(subj), subj


def own_side(s: Scan, a: int) -> str | None:
    """Whose proposal "мы предлагаем", "я выдвинул", "он предложил" is: the country the text gives the speaker
    at the predicate ("Президент Казахстана"), else the speaker's name; None when no one speaks there."""
    name = s.ctx.speaker_at(s.toks[a].span.start)
    if name is None:
        return None
    country = next((sp.country for sp in s.ctx.speakers if sp.name == name and sp.country), None)
    return country or name


def subject_proposer(s: Scan, a: int, stance: str) -> str | None:
    """The author the subject of a predicate at ``a`` makes of what it governs (a list's head)."""
    return _predicate_subject(s, a, stance)[1] if stance in s.w.authoring_stances else None


def _owner(s: Scan) -> str | None:
    """"идея ее создания принадлежит Президенту Казахстана": a clause naming whose idea it is (the dative)."""
    toks = s.toks
    for k, t in enumerate(toks):
        if t.lemma not in s.w.authorship_verbs or not any(x.lemmas & s.w.authored for x in toks[max(0, k - 4):k]):
            continue
        b = k + 1
        while b < s.n and b < k + 8 and toks[b].is_word and (toks[b].is_cap or toks[b].is_acronym):
            b += 1
        if b > k + 1 and "datv" in toks[k + 1].cases():
            return ablt_to_nomn(toks[k + 1:b], "datv")
    return None


def _ready(s: Scan, start: int) -> str | None:
    """"выразил готовность Кыргызстана провести форум": the country whose readiness or intent governs the
    undertaking right after it (a genitive name between the readiness noun and the item)."""
    k = start - 1
    while k > 0 and s.toks[k].pos == "ADVB":
        k -= 1
    if k < 1 or not (s.toks[k].is_cap and "gent" in s.toks[k].cases()) or not s.toks[k - 1].lemmas & s.w.readiness:
        return None
    return find_country([s.toks[k]])


def _thanked(s: Scan, it: Item) -> str | None:
    """"поблагодарил индийскую сторону за инициативу выделить грант": the one thanked for an initiative, a
    proposal or an idea authored it (the accusative between a predicate of thanks and "за")."""
    toks = s.toks
    k = it.start - 1
    while k > 0 and toks[k].lemma != "за" and k > it.start - 3:
        k -= 1
    if k < 1 or toks[k].lemma != "за" or not any(t.lemmas & s.w.authored for t in toks[k + 1:it.start + 1]):
        return None
    p = next((x for x in range(k - 1, max(-1, k - 8), -1)
              if any(h.payload.object == "thanks" for h in s.lex.stances.matches_at(toks, x))), None)
    if p is None:
        return None
    end = next((h.stop for h in s.lex.stances.matches_at(toks, p)), p + 1)
    who = toks[end:k]
    if not who or not all(t.is_word and "accs" in t.cases() for t in who):
        return None
    return ablt_to_nomn(who, "accs")


def proposer_of(s: Scan, it: Item) -> str | None:
    """The proposer of an item (see the module docstring)."""
    if it.proposer:
        return it.proposer
    if it.stance == "opposes" and it.head is not None and it.source == "np" \
            and not s.toks[it.head].lemmas & s.w.authored:
        ag = org_agent(s, it.head + 1)
        if ag:
            return ag  # "против продвижения НАТО": the opposed step is the actor's
    if it.enum_of is not None:
        return proposer_of(s, it.enum_of)
    named = _named_author(s, it) or _agent_after(s, it)
    if named:
        return named
    # "по инициативе Таджикистана Генассамблея объявила ...": the author before the predicate, in its clause
    before = _by_initiative_of(s, _clause_start(s, it.pred), it.pred - 2, False) if it.pred > 0 else None
    # "которые проводятся по инициативе Узбекистана": after the item
    found = before or _by_initiative_of(s, it.stop, s.n - 2, True) or _owner(s) or _ready(s, it.start) \
        or _thanked(s, it)
    if found:
        return found
    decided, subj = _subject_author(s, it)
    return subj if decided else None


def target_of(s: Scan, it: Item, proposer: str | None) -> str | None:
    """The first country the item's phrase names that is not its proposer's (or the one named when found)."""
    if it.target:
        return it.target
    toks = s.toks
    for k in range(it.start, it.stop):
        t = toks[k]
        if not t.is_word:
            continue
        if k > 0 and toks[k - 1].is_cap and toks[k - 1].pos == "ADJF" and not find_country([toks[k - 1]]):
            continue  # "Латинской Америки" is no country of the list
        c = find_country([t])
        if c and not (proposer and (c in proposer or t.value in proposer)):
            return c
    return None
