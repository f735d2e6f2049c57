"""Where an undertaking's phrase ends, and the small phrases a walk steps over.

Official noun phrases run to the next comma, dash, relative clause or finite verb, which
is where the gold spans end; a quoted name or a short parenthesis is taken whole,
"и" before a second undertaking of the same case splits two items, and a colon after a
plural head opens an enumeration. :func:`chunk_end` says where and why a phrase ends.
"""
from __future__ import annotations

import re

from .kinds import kind_at, wraps
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Scan, Token, is_finite

#: the closing quote of each opening one
_CLOSING = dict(zip("«“„\"", "»”“\"", strict=True))


#: a deverbal noun: an action ("развитие", "наращивание")
_DEVERBAL = re.compile(r"(ние|тие)$")


# -- quotes, brackets, dashes ------------------------------------------------------------------

def opens(s: Scan, j: int) -> bool:
    """A straight quote opens when a word follows it without a space."""
    toks = s.toks
    return j + 1 < len(toks) and toks[j].span.stop == toks[j + 1].span.start and toks[j + 1].is_word and (
        j == 0 or toks[j - 1].span.stop < toks[j].span.start)


def closing(s: Scan, j: int) -> int | None:
    """The quote closing the one at ``j``, within the sentence clause (not past "." or ";")."""
    want = _CLOSING.get(s.toks[j].value, '"')
    for k in range(j + 1, min(s.n, j + 25)):
        v = s.toks[k].value
        if v == want or (want == "”" and v == '"'):
            return k
        if v in (".", ";"):
            return None
    return None


def paren_end(s: Scan, j: int) -> int:
    """Past a short parenthesis at ``j`` ("(АТЦ СНГ)"), or just past the bracket when it does not close."""
    close = next((k for k in range(j + 1, min(s.n, j + 8)) if s.toks[k].value == ")"), None)
    return close + 1 if close is not None else j + 1


def name_end(s: Scan, j: int) -> int:
    """End of a quoted or Latin name at ``j`` with an optional parenthesized acronym after it."""
    toks = s.toks
    if toks[j].type == "LATIN":
        k = j + 1
    else:
        close = closing(s, j)
        k = (close + 1) if close is not None else j + 1
    if k + 2 < s.n and toks[k].value == "(" and toks[k + 2].value == ")":
        k += 3
    return k


def _tight_or_named_dash(s: Scan, j: int) -> bool:
    """A dash inside a phrase: written tight ("Кыргызстан-Узбекистан"), before "член"/"участник"
    ("государств – членов"), or between names ("Китай – Кыргызстан")."""
    toks = s.toks
    if j == 0 or j + 1 >= s.n:
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    if s.tight(j - 1, j) and s.tight(j, j + 1):
        return True
    if nxt.lemma in s.w.dash_continuers:
        return True
    return _named(prev) and _named(nxt)


def _named(tok: Token) -> bool:
    return tok.is_cap or tok.type in ("INT", "LATIN")


def place_list_end(s: Scan, j: int) -> int | None:
    """End of a dash-joined list of two or more capitalized places at ``j`` ("Китай – Кыргызстан – Узбекистан",
    "«Север – Юг»"), else None: such a list after an infrastructure head is the project's name."""
    toks, n = s.toks, s.n
    quoted = j < n and toks[j].value in OPEN_QUOTES
    k = j + 1 if quoted else j
    places = 0
    while k < n and toks[k].type in ("RU", "LATIN") and toks[k].is_cap and not toks[k].is_acronym:
        k += 1
        places += 1
        if k + 1 < n and toks[k].is_dash and toks[k + 1].is_cap:
            k += 1
            continue
        break
    if places < 2:
        return None
    if quoted:
        return k + 1 if k < n and toks[k].value in CLOSE_QUOTES else None
    return k


# -- the end of a phrase -------------------------------------------------------------------
def comma_continues(s: Scan, j: int, dependent: bool = False) -> bool:
    """"широкого, открытого пространства", "терроризму, сепаратизму и экстремизму"; after a dependent
    of the head, an oblique case both share goes on too: "Концепцию безопасности, стабильности и развития"
    (``dependent``: the noun before the comma is no head of the phrase)."""
    toks = s.toks
    prev, nxt = toks[j - 1], toks[j + 1]
    if nxt.lemma == "который" or nxt.pos in s.w.clause_pos:
        return False
    pp, pn = prev.pos, nxt.pos
    if pp == "ADJF" and pn == "ADJF":
        return True
    if pp == "NOUN" and pn in ("NOUN", "ADJF"):
        shared = prev.cases("NOUN") & nxt.cases(pn)
        if shared and (not shared & {"nomn", "accs"} or (dependent and shared - {"nomn", "accs"})):
            # conjuncts in an oblique case: the list must close with "и" before the next comma or stop
            return _and_before_stop(s, j + 1, j + 8)
    return False


def _and_before_stop(s: Scan, k: int, limit: int) -> bool:
    while k < s.n and k < limit and s.toks[k].value not in ",.;:":
        if s.toks[k].value == "и":
            return True
        k += 1
    return False


def _bracketed(s: Scan, j: int) -> int | str | None:
    """At a quote or a bracket: past a quoted name or a short parenthesis, or "" (the phrase ends);
    None when the token is neither."""
    v = s.toks[j].value
    if v in OPEN_QUOTES or (v == '"' and opens(s, j)):
        close = closing(s, j)
        return "" if close is None else close + 1
    if v in CLOSE_QUOTES or v == '"':
        return ""
    if v == "(":
        close = next((k for k in range(j + 1, min(s.n, j + 6)) if s.toks[k].value == ")"), None)
        return "" if close is None else close + 1
    return None


def comma_conjunct(s: Scan, j: int, head_case: frozenset[str] | None) -> bool:
    """A second undertaking after the comma at ``j``: a head of the lexicon in the first one's case, in a
    list the conjunction closes before the clause ends ("поддерживают Инициативу X, Инициативу Y и
    Инициативу Z", "приняли заявление, обращение ..., а также каталог ...")."""
    if not head_case or j + 2 >= s.n:
        return False
    # "договорились о безвизовом режиме, о строительстве моста и о ...": the preposition repeated
    h = np_head(s, j + 2) if s.toks[j + 1].pos == "PREP" else np_head(s, j + 1)
    if h is None or kind_at(s, h) is None or not head_case & s.toks[h].cases("NOUN") \
            or s.toks[h].lemmas & s.w.threat_heads:
        return False
    for k in range(h + 1, min(s.n, h + 60)):
        t = s.toks[k]
        if t.value in ".;:!?" or is_finite(t) or t.lemma == "который":
            return False
        if t.value == "и" or (t.value == "," and s.also_at(k + 1)):
            return True
    return False


def _comma(s: Scan, j: int, head_case: frozenset[str] | None, dependent: bool) -> int | str:
    """At a comma: a list of modifiers or conjuncts goes on, ", а также" or a second undertaking splits,
    anything else ends."""
    if j + 1 < s.n and comma_continues(s, j, dependent):
        return j + 1
    if s.also_at(j + 1):
        return "split"  # ", а также", ", равно как и"
    return "split" if comma_conjunct(s, j, head_case) else ""


def _mark(s: Scan, j: int, head_case: frozenset[str] | None = None, dependent: bool = False) -> int | str:
    """At a non-word token: where the phrase goes on (an index), or why it ends there (a reason)."""
    t = s.toks[j]
    v = t.value
    if t.type == "EOL":
        return ""  # a line of a list laid out on lines ends its item
    bracketed = _bracketed(s, j)
    if bracketed is not None:
        return bracketed
    if t.is_dash:
        return j + 1 if _tight_or_named_dash(s, j) else ""
    if v == ",":
        return _comma(s, j, head_case, dependent)
    if v == ":":
        return "colon"
    if t.is_punct or v in ".;!?…":
        return ""
    return j + 1


def _counted_set(s: Scan, k: int) -> bool:
    """"еще около двух десятков документов", "несколько меморандумов": a counted set of documents."""
    toks = s.toks
    if toks[k].lemma not in s.w.set_openers:
        return False
    for x in range(k + 1, min(s.n, k + 6)):
        t = toks[x]
        if t.lemma in s.w.set_openers:
            continue
        if t.pos == "NOUN":
            e = kind_at(s, x)  # "документов", "меморандумов": documents counted
            return t.lemma == "документ" or (e is not None and e.kind == "strategy" and t.has("plur"))
        if not (t.pos in ("NUMR", "ADJF") or t.is_int):
            return False
    return False


def _second_action(s: Scan, i: int, j: int, k: int, head_case: frozenset[str] | None) -> bool:
    """"развитие транспортных коридоров и наращивание инвестиций": after an action noun with an object of its
    own (the head right before ``i``, words between it and "и" at ``j``), another action noun at ``k`` in its
    case with an object of its own is a second undertaking (ONTOLOGY §6); "развитие и наращивание
    инвестиций" (one object shared) stays one."""
    if head_case is None or j <= i or i < 1 or k + 1 >= s.n:
        return False
    head, nxt, obj = s.toks[i - 1], s.toks[k], s.toks[k + 1]
    if not (_DEVERBAL.search(head.lemma) and head.pos == "NOUN" and _DEVERBAL.search(nxt.lemma)):
        return False
    if nxt.pos != "NOUN" or nxt.lemma in s.w.generic or not head_case & nxt.cases("NOUN"):
        return False
    return obj.pos in ("NOUN", "ADJF") and "gent" in obj.cases() and not s.in_threat(k + 1)


def _titled_dependent(s: Scan, i: int, j: int, h: int) -> bool:
    """"Программа деятельности по сближению и гармонизации законодательства": a wrapper conjunct in the case
    of the noun before "и", which a preposition inside a capitalized document's title governs, is a dependent
    of the title, no second undertaking ("Декларация Совета и решение о ..." stays two)."""
    e = kind_at(s, h)
    if e is None or e.role != "defer" or e.kind == "strategy" or j < 1:
        return False
    toks = s.toks
    doc = next((x for x in range(max(0, i - 1), j) if toks[x].is_cap and (d := kind_at(s, x)) is not None
                and d.role == "doc"), None)
    if doc is None or not any(toks[x].pos == "PREP" for x in range(doc + 1, j - 1)) \
            or toks[j - 1].lemmas & s.w.date_nouns:
        return False  # "Программа на 2026–2030 годы и решение о ...": a date closes the title
    return bool(toks[j - 1].cases("NOUN") & toks[h].cases("NOUN"))


def _second_undertaking(s: Scan, i: int, j: int, h: int | None, head_case: frozenset[str] | None) -> bool:
    """An undertaking's noun after "и" in the head's case, not a threat, nor a dependent of a title."""
    toks = s.toks
    if h is None or head_case is None or j < 1 or toks[j - 1].pos == "ADJF" or not (kind_at(s, h) or wraps(s, h)):
        return False
    return bool(head_case & toks[h].cases("NOUN")) and not (toks[h].lemmas & s.w.threat_heads) \
        and not _titled_dependent(s, i, j, h)


def _after_and(s: Scan, j: int, head_case: frozenset[str] | None, i: int = 0) -> str | None:
    """At "и": why the phrase ends before it (a new predicate, a second undertaking), or None."""
    toks, n = s.toks, s.n
    k = j + 1
    while k + 1 < n and toks[k].pos in ("ADVB", "PRCL", "COMP"):
        k += 1
    nxt = toks[k]
    if k == j + 1 and j > 0 and toks[j - 1].value in CLOSE_QUOTES and nxt.value in OPEN_QUOTES:
        return ""  # "учения «Взаимодействие» и «Поиск»": a second name, one item of its own
    if nxt.pos in ("INFN", "ADJS", "PRTS") or is_finite(nxt) or nxt.lemma in s.w.predicatives:
        return "split" if nxt.pos == "INFN" else ""
    if nxt.is_int:
        return ""  # "20 лет Хартии ШОС и 15 лет Договору": a count opens a phrase of its own
    if _counted_set(s, j + 1):
        return ""  # "Астанинскую декларацию и еще около двух десятков документов": a set of its own
    # "о строительстве моста и о взаимном открытии центров": the preposition repeated
    h = np_head(s, j + 2) if nxt.pos == "PREP" and j + 2 < n else np_head(s, j + 1)
    if _second_undertaking(s, i, j, h, head_case):
        return "split"
    if _second_action(s, i, j, k, head_case) or _second_named(s, i, j, h):
        return "split"
    return None


def _named_head(s: Scan, x: int) -> bool:
    """A capitalized head of a document ("Соглашения о ...", "Меморандума о ..."); a body's name is not (after
    "с", "между" bodies are partners: "сотрудничество с ЕАЭС и АСЕАН" is one undertaking)."""
    t = s.toks[x]
    if not t.is_cap or t.pos != "NOUN" or s.in_institution(x):
        return False
    e = kind_at(s, x)
    return e is not None and e.role == "doc"


def _second_named(s: Scan, i: int, j: int, h: int | None) -> bool:
    """"подписание Соглашения о свободной торговле и Меморандума о сотрудничестве": different named documents
    joined under one head are one item each (ONTOLOGY §6), the second in the case of a named one before "и"."""
    if h is None or i >= j or not _named_head(s, h):
        return False
    cases = s.toks[h].cases("NOUN")
    return any(_named_head(s, x) and s.toks[x].cases("NOUN") & cases for x in range(max(0, i - 1), j))


def _event_place(s: Scan, j: int) -> bool:
    """"провести учения на полигоне" goes on; "провести ... на саммите ШОС" ends where the event is named."""
    h = np_head(s, j + 1)
    e = kind_at(s, h) if h is not None else None
    return e is not None and e.kind == "event" and h + 1 < s.n and s.toks[h + 1].is_word


def _clause_subject(s: Scan, i: int, j: int) -> bool:
    """"С предложением создать реестр перевозчиков министр выступил": a lowercase noun that can only be a
    nominative, after the phrase's own noun and no preposition, is no dependent of it (a noun's dependents are
    oblique) but the subject of the clause around it; so is a nominative personal pronoun there."""
    t = s.toks[j]
    if t.value.lower() in s.w.subject_pronouns and s.toks[j - 1].pos != "PREP":
        return any(s.toks[k].pos == "NOUN" for k in range(i, j))  # "в рамках предстоящей сессии мы обсудим"
    return (t.pos == "NOUN" and not t.is_cap and t.noun_cases == {"nomn"} and s.toks[j - 1].pos != "PREP"
            and any(s.toks[k].pos == "NOUN" for k in range(i, j)))


def _word_end(s: Scan, i: int, j: int, head_case: frozenset[str] | None, inf_mode: bool) -> str | None:
    """At a word: why the phrase ends before it, or None when it goes on."""
    toks, n = s.toks, s.n
    t = toks[j]
    low = t.lemma
    if j + 1 < n and (low, toks[j + 1].lemma) in s.w.so_called:
        return None  # "так называемого трибунала"
    if low in s.w.stop_words or low in s.w.predicatives:
        return ""
    if j + 1 < n and (low, toks[j + 1].lemma) in s.w.stop_pairs:
        return "stop_pair"
    why = _after_and(s, j, head_case, i) if low == "и" and j + 1 < n else None
    if why is not None:
        return why
    if is_finite(t) or _clause_subject(s, i, j):
        return ""
    if inf_mode and low in ("на", "в") and j > i and _event_place(s, j):
        return "pp"
    return None


def chunk_end(s: Scan, i: int, head_case: frozenset[str] | None, inf_mode: bool) -> tuple[int, str]:
    """End (exclusive) of the phrase starting at ``i`` and why it ended: "" (a stop), "split" (a second
    undertaking follows), "colon", "stop_pair" (an adverbial opens), "pp" (an event's place follows)."""
    j = i
    while j < s.n:
        if s.toks[j].is_word:
            why = _word_end(s, i, j, head_case, inf_mode)
            if why is not None:
                return j, why
            j += 1
            continue
        step = _mark(s, j, head_case, dependent=j - 1 >= i)
        if isinstance(step, str):
            return j, step
        j = step
    return j, ""


def trim(s: Scan, a: int, b: int) -> int:
    """``b`` moved back over trailing punctuation, prepositions, conjunctions and particles ("не" of the verb
    after the phrase, "не только") (not past ``a + 1``)."""
    toks = s.toks
    while b > a + 1 and (not toks[b - 1].is_word and toks[b - 1].value not in CLOSE_QUOTES + '")'
                         and toks[b - 1].type not in ("INT", "LATIN")
                         or toks[b - 1].pos in ("PREP", "CONJ", "PRCL")):
        b -= 1
    return b


# -- the phrases a walk steps over -----------------------------------------------------------
def _modifier(s: Scan, j: int) -> bool:
    """An adjective, participle or numeral before the head (or an adverb before one of them)."""
    toks, n = s.toks, s.n
    t, p = toks[j], toks[j].pos
    if p in ("ADJF", "PRTF", "NUMR"):
        return True
    if j + 1 < n and (t.lemma, toks[j + 1].lemma) in s.w.so_called:
        return True  # "так называемый трибунал"
    if p == "ADVB" and j + 1 < n and toks[j + 1].pos in ("ADJF", "PRTF"):
        return True
    return t.has("ADJF") and j + 1 < n and toks[j + 1].pos in ("NOUN", "ADJF") and t.is_word


def _before_head(s: Scan, i: int, j: int) -> int | None:
    """Past a word before the head (a quote, a modifier, a compound's first part, a comma between
    adjectives), or None when the token at ``j`` is none of these."""
    toks, n = s.toks, s.n
    t = toks[j]
    if t.value in OPEN_QUOTES or t.value == '"' or _modifier(s, j):
        return j + 1
    if t.is_word and j + 1 < n and toks[j + 1].value == "-" and s.tight(j, j + 1):
        return j + 2  # "финансово-экономических"
    if t.value in (",", "и") and j > i and toks[j - 1].pos == "ADJF" and j + 1 < n and toks[j + 1].pos == "ADJF" \
            and toks[j - 1].cases("ADJF") & toks[j + 1].cases("ADJF"):
        return j + 1  # "широкого, открытого пространства", "немедленному и устойчивому прекращению огня"
    return None


def np_head(s: Scan, i: int) -> int | None:
    """Index of the head noun of a noun phrase starting at ``i`` (modifiers first), or None."""
    j = i
    while j < s.n and j < i + 6:
        nxt = _before_head(s, i, j)
        if nxt is None:
            return j if head_noun(s, j) else None
        j = nxt
    return None


def head_noun(s: Scan, j: int) -> bool:
    """A noun that heads a phrase; an acronym or a word the analyser does not know only as a head of the
    lexicon ("ввели в строй ТЭС «Туракурган»", "логистический хаб")."""
    t = s.toks[j]
    if t.pos == "NOUN" and not t.is_acronym:
        return True
    return (t.pos == "NOUN" or (t.pos is None and t.is_word)) and bool(t.lemmas & s.lex.heads.first_forms) \
        and kind_at(s, j) is not None


def minimal_np_end(s: Scan, i: int) -> int:
    """End of the noun phrase at ``i`` with its genitive chain only ("пакета документов ШОС")."""
    h = np_head(s, i)
    if h is None:
        return i + 1
    toks, n = s.toks, s.n
    j = h + 1
    while j < n:
        t = toks[j]
        if t.is_acronym or (t.pos in ("NOUN", "ADJF") and "gent" in t.cases()):
            j += 1
        elif t.value == "и" and j + 1 < n and toks[j + 1].pos in ("NOUN", "ADJF") and "gent" in toks[j + 1].cases():
            j += 1
        else:
            break
    return j


def pp_end(s: Scan, j: int) -> int:
    """End of the prepositional phrase at ``j`` ("в 2026 году", "в Республике Казахстан")."""
    toks, n = s.toks, s.n
    k = j + 1
    if k < n and toks[k].is_int:
        k += 1
        while k < n and (toks[k].is_dash or toks[k].is_int):
            k += 1
        return k + 1 if k < n and toks[k].lemmas & s.w.date_nouns else k
    h = np_head(s, k)
    if h is not None and toks[h].is_cap:
        # a place name ("в Беларуси встречи", "в Республике Казахстан"): no genitive chain; a name stands
        # in apposition only to a common head ("Республике"), not to a proper one ("в Бишкеке Форум ...")
        h += 1
        if toks[h - 1].has("Geox"):
            return h
        while h < n and toks[h].is_word and toks[h].is_cap and "nomn" in toks[h].cases():
            h += 1
        return h
    return minimal_np_end(s, k)


def date_end(s: Scan, j: int) -> int:
    """End of a date or a count at ``j``: "2025 году", "2022–2024 годы", "15 октября", "15"."""
    toks, n, w = s.toks, s.n, s.w
    k = j + 1
    while k + 1 < n and toks[k].is_dash and toks[k + 1].is_int:
        k += 2
    if k < n and (toks[k].lemmas & w.date_nouns or toks[k].has("Mnth") or toks[k].lemma in w.months):
        k += 1
        if k + 1 < n and toks[k].is_int and toks[k + 1].lemmas & w.date_nouns:
            k += 2  # "15 октября 2025 года"
    return k


def past_adverbials(s: Scan, k: int, stop: int) -> int:
    """Past the adverbials after an infinitive ("создать под эгидой ООН", "провести в 2026 году")."""
    toks, w = s.toks, s.w
    while k < stop - 1:
        t = toks[k]
        if t.pos == "ADVB" or t.lemma in w.loose_adverbs:
            k += 1
        elif t.lemma in ("в", "на") and toks[k + 1].is_int and k + 2 < stop and toks[k + 2].lemmas & w.date_nouns:
            k += 3  # "в 2026 году"
        elif t.value == "(":
            k = paren_end(s, k)
        elif t.is_int:
            k = date_end(s, k)  # "2026 года"
        elif t.lemma in w.seasons and "ablt" in t.cases():
            k += 1  # "осенью"
        elif t.pos == "PREP" and k + 1 < stop:
            m = pp_end(s, k)  # "в Республике Казахстан", "в Бишкеке"
            if m >= stop:
                break
            k = m
        else:
            break
    return k
