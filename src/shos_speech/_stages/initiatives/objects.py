"""What a stance predicate governs: the walk from the predicate to its object.

After the predicate the walk steps over adverbs, dates, modal and copular verbs and up to
two noun phrases that are no undertaking (an addressee: "поддержит Кыргызстан в ...") and
stops at the first acceptable object: an infinitive phrase ("предлагаем учредить ..."), a
governed prepositional phrase ("выступаем за X"), a noun phrase headed by an undertaking,
or the documents listed after a generic set ("подписан пакет документов, в том числе X").
Some predicates take it elsewhere: the event announced as their subject, the noun a
participle agrees with ("принятой ... Казанской декларации").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..._core.tokens import GENDERS, case_of
from ...grammars.initiatives import StancePhrase, governed_complements
from . import clauses, lists, phrases, subjects
from .authors import ablt_to_nomn, org_agent
from .chunking import chunk_end, date_end, minimal_np_end, np_head
from .documents import counted_documents, set_end
from .enumerations import including
from .kinds import kind_at, wraps
from .scan import CLOSE_QUOTES, Item, Scan, Token, is_finite, is_quote
from .subjects import period

#: action nouns an "any" predicate may take as its object ("выступаем за демократизацию")
_ACTION = re.compile(r"(ние|тие|ция|ка|ство)$")
#: an action noun in the subject or object slot that holds no undertaking ("остается встраивание в ...")
_SLOT_ACTION = re.compile(r"(ние|тие|ция)$")
_DEVERBAL = re.compile(r"(ние|тие)$")

#: a walk's outcome at one token: the items found (the walk ends), the next index, or None (not this step)
Outcome = list[Item] | int | None


@dataclass
class _Walk:
    """The state of one walk from a predicate at ``[a, b)`` to its object."""

    s: Scan
    a: int
    b: int
    ph: StancePhrase
    j: int
    #: prepositions the predicate governs ("выступаем за" governs "за")
    governs: set[str] = field(default_factory=set)
    budget: int = 12
    skipped: int = 0
    #: an addressee was passed: "поддержит Кыргызстан в ...", "призвал партнеров к ..."
    addressed: bool = False
    #: a clause was opened ("рассчитываем, что ...", "важно, чтобы ..."): its verbs may name the undertakings
    clause: bool = False

    @property
    def stance(self) -> str:
        return self.ph.stance


# -- which objects a predicate accepts --------------------------------------------------------
def _threat_acceptable(s: Scan, h: int, ph: StancePhrase, governed: bool) -> bool:
    """A head inside a threat is an undertaking only as a deliberate step opposed:
    "выступаем против размещения ракет"."""
    entry = kind_at(s, h)
    return ph.stance == "opposes" and governed and entry is not None and entry.role != "doc" \
        and bool(_DEVERBAL.search(s.toks[h].lemma))


def _head_acceptable(s: Scan, i: int, h: int, ph: StancePhrase, kind: str) -> bool:
    """A head of the lexicon is the object unless it is generic or an existing body."""
    tok = s.toks[h]
    if tok.lemmas & s.w.counted_proposals and tok.has("plur") and not tok.has("sing"):
        # "пакет инициатив", "ряд предложений": generic unless an enumeration follows
        _end, why = chunk_end(s, h + 1, None, False)
        if why != "colon":
            return False
    if s.toks[i].is_cap and s.in_institution(h) and ph.stance not in ("proposes", "calls_for") \
            and not (ph.object == "planned" and kind == "event") \
            and not (tok.lemmas & s.w.format_heads and ph.object != "thanks"):
        return False  # an existing body; a named format ("поддерживаем Глобальный альянс ...") is an undertaking
    return True


def _action_acceptable(s: Scan, h: int, ph: StancePhrase) -> bool:
    """Any action noun after an "any" predicate, unless generic or the addressee."""
    tok = s.toks[h]
    if tok.cases("NOUN") == {"datv"}:
        return False  # "поручил правительству ...", "поддержит партнерам": the addressee
    # a name ("Республике") or a noun that only looks like one ("большинство", "экономика") is no action
    action = (bool(_ACTION.search(tok.lemma)) or bool(tok.lemmas & s.w.zero_suffix_actions)) and not tok.is_cap \
        and not tok.lemmas & s.w.not_actions
    if action and ph.stance == "opposes" and org_agent(s, h + 1):
        return True  # "против продвижения НАТО в ...": an undertaking of others, however generic its noun
    return tok.lemma not in s.w.generic and action


def _domain(s: Scan, h: int) -> bool:
    """A domain, not an undertaking: cooperation ("торгово-экономическому сотрудничеству") or its growth
    ("расширению торгово-экономических связей") with no undertaking of another kind wrapped."""
    e = kind_at(s, h)
    if e is not None and e.kind == "cooperation":
        return True
    return bool(s.toks[h].lemmas & s.w.domain_growth) and not wraps(s, h)


def _excluded(s: Scan, h: int, ph: StancePhrase) -> bool:
    """What the predicate's row excludes: the hosting after thanks, a domain after a priority cue, a meeting
    joined, anything but a document after presenting one."""
    if ph.object == "thanks":
        return bool(s.toks[h].lemmas & s.w.hosting_nouns)
    if ph.object == "joins":
        e = kind_at(s, h)
        return e is not None and e.kind == "event"
    if ph.object == "documents":  # "представил концепцию", not "представил свое видение"
        e = kind_at(s, h)
        return e is None or e.kind != "strategy"
    return ph.object == "concrete" and _domain(s, h)


def acceptable(s: Scan, i: int, h: int, ph: StancePhrase, governed: bool) -> bool:
    """Is the noun phrase at ``i`` (head ``h``) an object the predicate ``ph`` takes?"""
    if s.in_threat(h) and not _threat_acceptable(s, h, ph, governed):
        return False
    if _excluded(s, h, ph):
        return False
    lems = s.toks[h].lemmas
    if lems & s.w.set_heads:
        return False
    if phrases.named_effort(s, h):
        return True  # "поддерживаем усилия Генерального секретаря ООН по деэскалации"
    entry = kind_at(s, h)
    if entry is not None and "работа" in lems and h + 1 < s.n and s.in_institution(h + 1):
        return False  # "высоко оцениваем работу Секретариата": an existing body at work
    if entry is not None:
        return _head_acceptable(s, i, h, ph, entry.kind)
    if governed and wraps(s, h):
        return True  # "приветствуем завершение модернизации железной дороги ..."
    return ph.any_object and governed and _action_acceptable(s, h, ph)


def _addressee(s: Scan, h: int) -> bool:
    """A noun that can be the addressee of support or a call: a name, a country, a body, people."""
    t = s.toks[h]
    return t.is_cap or t.is_acronym or t.has("anim") or bool(t.lemmas & s.w.addressees)


# -- the steps of the walk --------------------------------------------------------------------
def _mark_step(w: _Walk) -> Outcome:
    """Punctuation and numbers: the walk ends at a stop, steps over dates and "что"-clauses' subjects."""
    s, j = w.s, w.j
    t = s.toks[j]
    v = t.value
    if (w.skipped == 0 or w.addressed) and lists.opens_list(s, j):
        return lists.after_mark(s, j, w.a, w.ph, w.stance)  # "предлагаю (партнерам) следующее: – ...; – ..."
    if v in ".;!?" or v in CLOSE_QUOTES or v == ":" or v == "(":
        return []
    if v == ",":
        if s.lemma(j + 1) not in s.w.clause_openers:
            return []
        w.clause = True
        j += 2
        h = np_head(s, j)
        if h is not None and "nomn" in s.toks[h].cases("NOUN"):
            j = minimal_np_end(s, j)  # the subject of the clause
        return j
    if t.is_dash:
        return j + 1
    if t.is_int:
        return period(s, j, w.stance) or date_end(s, j)  # "предлагаем в 2026 году провести", "подписано 15"
    if not t.is_word and not is_quote(t):
        return []
    return None


def _verb_step(w: _Walk) -> Outcome:
    """A finite verb ends the walk unless it is modal, copular or naming ("хотим", "стало", "назвал")."""
    t = w.s.toks[w.j]
    if not is_finite(t):
        return None
    lem = t.lemma
    if lem in w.s.w.modals or lem in w.s.w.copulas or t.pos == "GRND" or lem in w.s.w.naming_verbs:
        return w.j + 1
    return clauses.clause_items(w.s, w.j, w.stance) if w.clause else []


def _agent_step(w: _Walk) -> Outcome:
    """"выдвинутую Президентом инициативу": the author named after the participle, then the object."""
    s, j = w.s, w.j
    t = s.toks[j]
    if t.pos != "PRTF" or t.lemma not in s.w.agent_verbs:
        return None
    k = j + 1
    while k < s.n and _agent_word(s, k, j):
        k += 1
    if k == j + 1:
        return None
    h = np_head(s, k)
    if h is None or not acceptable(s, k, h, w.ph, governed=True):
        return None
    its = phrases.np_items(s, k, h, w.stance)
    if its and not its[0].proposer:
        its[0].proposer = ablt_to_nomn(s.toks[j + 1:k])
    return its


def _agent_word(s: Scan, k: int, j: int) -> bool:
    t = s.toks[k]
    if t.is_acronym:
        return True
    return t.is_cap and t.is_word and (
        "ablt" in t.cases() or not t.grams or t.has("Fixd") or (k > j + 1 and "gent" in t.cases()))


def _opposed_attempt(w: _Walk, j: int) -> bool:
    """"против попыток ряда государств легализовать каннабис": the infinitive of an attempt or an intent the
    speaker opposes names the step whatever its verb."""
    return w.stance == "opposes" and any(t.lemmas & w.s.w.intent_nouns for t in w.s.toks[w.b:j])


def _infinitive_step(w: _Walk) -> Outcome:
    """An infinitive: its phrase is the object ("предлагаем учредить ..."), or one before it."""
    s, j = w.s, w.j
    if s.toks[j].pos != "INFN":
        return None
    if w.ph.object == "documents":
        return []  # "представлять и отстаивать интересы": a document's predicate governs no verb
    own = [hit.payload.stance for hit in s.lex.stances.matches_at(s.toks, j)]
    if "welcomes" in own:
        return []  # "хотел бы поблагодарить", "хочу поздравить": the speaker's own act, its predicate governs
    if own and w.ph.words[0] in s.w.aspectual and own[0] != w.stance:
        return []  # "продолжим поддерживать восстановление": continuing a stance keeps it (supports)
    start = j
    while start - 1 >= w.b and s.toks[start - 1].pos == "ADVB":
        start -= 1
    attempt = _opposed_attempt(w, j)
    items = phrases.inf_items(s, start, j, w.stance, any_object=w.ph.any_object and w.stance == "calls_for" or attempt)
    if attempt:  # "не допускать попыток разыграть сценарий «цветной революции»": a danger, the threats stage's
        items = [it for it in items if not any(s.in_threat(k) for k in range(it.start, it.stop))]
    if not items and j == w.b:
        items = subjects.fronted(s, w.a, j, w.stance)
    return items


def _loose_step(w: _Walk) -> Outcome:
    """Adverbs, particles, conjunctions, pronouns are stepped over, an adverb before an adjective is not."""
    s, j = w.s, w.j
    t = s.toks[j]
    if t.pos not in s.w.loose_pos or t.lemma in s.w.comparatives or (t.lemma, s.lemma(j + 1)) in s.w.so_called:
        return None
    if t.pos == "ADVB" and j + 1 < s.n and s.toks[j + 1].pos in ("ADJF", "PRTF"):
        return None
    return j + 1


def _governed_prep(w: _Walk, prep: str, h: int) -> bool:
    """Does the prepositional phrase opened by ``prep`` (head ``h``) hold the predicate's object?"""
    s = w.s
    entry = kind_at(s, h)
    if prep in w.governs:
        return True
    if prep in s.w.excluding_preps:
        return False  # "не можем представить сотрудничество без Программы": what is excluded is no object
    if entry is not None and entry.role == "doc" and (s.toks[w.j + 1].is_cap or w.stance == "adopts"):
        return True
    after_addressee = prep == s.w.addressee_preps.get(w.stance) and w.addressed
    if (after_addressee or prep == "к" and w.stance == "calls_for") and (entry is not None or wraps(s, h)):
        w.governs = {prep}  # "поддержит Кыргызстан в подготовке саммита", "призвал (партнеров) к разработке"
        return True
    return False


def _correlative_step(w: _Walk) -> Outcome:
    """"выступаем за то, чтобы создать ...", "призвал к тому, чтобы ...": the clause after the pronoun that
    the predicate's preposition governs is the object."""
    s, j = w.s, w.j
    k = j + 1 if s.pos(j) == "PREP" else j
    if (k == j + 1 or s.pos(j - 1) == "PREP") and s.lemma(k) in s.w.correlatives and s.value(k + 1) == "," \
            and s.lemma(k + 2) == "чтобы":
        w.clause = True
        return k + 3
    return None


def _prep_step(w: _Walk) -> Outcome:
    """A prepositional phrase: the object when governed, else stepped over."""
    s, j = w.s, w.j
    t = s.toks[j]
    if t.pos != "PREP":
        return None
    h = np_head(s, j + 1)
    if h is None:
        return j + 1
    prep = t.lemma
    if _governed_prep(w, prep, h) and acceptable(s, j + 1, h, w.ph, governed=prep in w.governs):
        return phrases.np_items(s, j + 1, h, w.stance)
    return minimal_np_end(s, j + 1)


def _np_step(w: _Walk) -> list[Item] | int:
    """A noun phrase: the object when acceptable; else an addressee or a subject stepped over (two at most)."""
    s, j = w.s, w.j
    h = np_head(s, j)
    if h is None:
        return j + 1
    head = s.toks[h]
    announced = lists.set_list(s, j, h, w.a, w.ph, w.stance)
    if announced is not None:
        return announced  # "реализует целый ряд проектов: – X; – Y"
    generic_set = bool(head.lemmas & s.w.generic_sets) or counted_documents(s, h)
    if generic_set or (head.lemma == "документ" and head.has("plur")):
        # "подписан пакет (из 18) документов, в том числе X и Y": one item per document named
        listed = including(s, set_end(s, j), w.stance)
        if listed or generic_set:
            return listed
    if acceptable(s, j, h, w.ph, governed=not w.governs or w.skipped == 0):
        return phrases.np_items(s, j, h, w.stance)
    w.skipped += 1
    if w.skipped > 2:
        return []
    w.addressed = w.addressed or _addressee(s, h)
    if not w.governs and head.cases("NOUN") & {"nomn", "accs"} and _SLOT_ACTION.search(head.lemma):
        return []  # "остается полноценное встраивание в ...": the slot holds no undertaking
    return minimal_np_end(s, j)


_STEPS = (_correlative_step, _mark_step, _verb_step, _agent_step, _infinitive_step, _loose_step, _prep_step)


def _walk(w: _Walk) -> list[Item]:
    while w.j < w.s.n and w.budget > 0:
        w.budget -= 1
        out = next((o for o in (step(w) for step in _STEPS) if o is not None), None)
        if out is None:
            out = _np_step(w)  # the last step answers for any token
        if isinstance(out, list):
            return out
        w.j = out
    return []


def walk_governed(s: Scan, k: int, ph: StancePhrase, prep: str) -> list[Item]:
    """The object of the preposition ``prep`` at ``k`` as a predicate ``ph`` governs it ("ответственные за X")."""
    return _walk(_Walk(s, k, k, ph, j=k, governs={prep}))


def walk_from(s: Scan, k: int, ph: StancePhrase) -> list[Item]:
    """The object found from token ``k`` on as if the predicate ``ph`` stood right before it (an item of a list)."""
    return _walk(_Walk(s, k, k, ph, j=k))


# -- the objects of a predicate -------------------------------------------------------------
def _agree(pv: frozenset[str], nv: frozenset[str]) -> bool:
    """Does the participle reading ``pv`` agree with the noun or adjective reading ``nv``: the same case
    (as written), number, and gender in the singular, a reading without one agreeing with none?

    ``_core.agreement.agree`` lets a missing number or gender agree with any, so "по" read as the
    abbreviation "ПО" (no gender) would agree with "принятой" and hide the document after it.
    """
    pc = case_of(pv)
    if pc is None or pc not in nv:
        return False
    if "plur" in pv:
        return "plur" in nv
    if "plur" in nv:
        return False
    gender = next((g for g in GENDERS if g in pv), None)
    return gender is None or gender in nv or "ms-f" in nv


def agrees_strictly(part: Token, word: Token) -> bool:
    """Some participle reading of ``part`` agrees with some noun or adjective reading of ``word``."""
    readings = [nv for nv in word.grams if "NOUN" in nv or "ADJF" in nv]
    return any(_agree(pv, nv) for pv in part.grams if "PRTF" in pv for nv in readings)


def _document_set(s: Scan, j: int) -> bool:
    """A set of documents: "пакет", "ряд", plural "документы", "15 документов"."""
    t = s.toks[j]
    return bool(t.lemmas & s.w.generic_sets) or (t.lemma == "документ" and s.plural(j)) or counted_documents(s, j)


def participle_object(s: Scan, a: int, b: int, ph: StancePhrase) -> list[Item]:
    """"принятой по итогам заседания Казанской декларации": the noun the participle agrees with; after a set
    of documents ("В числе документов, утвержденных ..., – X", "В пакет утвержденных документов вошли X")
    the documents its list names."""
    part = s.toks[a]
    if not part.has("PRTF"):
        return []
    if a >= 2 and s.toks[a - 1].value == "," and _document_set(s, a - 2) and agrees_strictly(part, s.toks[a - 2]):
        return including(s, a - 1, ph.stance)
    if part.has("actv") and not part.has("pssv") and ph.stance == "adopts":
        # "Республика, получившая статус наблюдателя": an active participle of an outcome governs its object;
        # one of action describes what it qualifies ("предприятий, разрабатывающих месторождение")
        return _walk(_Walk(s, a, b, ph, j=b))
    agent_start = None
    for j in range(b, min(s.n, b + 8)):
        t = s.toks[j]
        if t.is_acronym or t.pos == "PREP":
            continue  # "Подписанный в Астане Договор": "в" read as a noun ("вольт") agrees with nothing
        if not t.is_word:
            return []
        if agrees_strictly(part, t):
            return _agreeing_object(s, j, part, agent_start, ph)
        if "ablt" in t.cases() and agent_start is None and t.is_cap:
            agent_start = j
    return []


def _agreeing_object(s: Scan, j: int, part: Token, agent_start: int | None, ph: StancePhrase) -> list[Item]:
    h = np_head(s, j)
    if h is None or not kind_at(s, h) or s.in_threat(h):
        return []
    if _document_set(s, h):
        return including(s, set_end(s, j), ph.stance)
    items = phrases.np_items(s, j, h, ph.stance)
    if items and agent_start is not None and part.lemma in s.w.agent_verbs:
        items[0].proposer = ablt_to_nomn(s.toks[agent_start:j])  # "выдвинутой Президентом инициативы"
    return items


def _inadmissible(s: Scan, a: int, ph: StancePhrase) -> bool:
    """"Конфискация активов недопустима", "размещение ракет было бы неприемлемо": a predicative the speaker
    opposes with, its subject before it."""
    return ph.stance == "opposes" and s.toks[a].pos in ("ADJS", "PRED", "ADVB") and a > 0


def object_of(s: Scan, a: int, b: int, ph: StancePhrase) -> list[Item]:
    """The undertakings the predicate at ``[a, b)`` governs."""
    if ph.object in ("subject", "planned") and (subjects.past(s, a) or s.toks[a].pos == "GRND"):
        return []  # "саммит прошел", "принял участие", "участвуя в саммите": narrated, not a plan
    if ph.object == "subject":
        return subjects.event_subject(s, a, b, ph.stance)
    if ph.object == "clause" and not clauses.opens_clause(s, b):
        return []  # "рассчитываем на поддержку", "рассчитывает представить результаты": no clause, no step
    first = s.toks[a]
    if first.pos == "PRTF" or (first.pos == "ADJF" and len(ph.words) == 1 and first.has("PRTF")):
        return participle_object(s, a, b, ph)
    # "договорились (с Кыргызстаном) о ...": the preposition of the predicate's longer row is governed too
    governs = {ph.words[-1]} if s.toks[b - 1].pos == "PREP" else set(governed_complements().get(ph.words, ()))
    found = _walk(_Walk(s, a, b, ph, j=b, governs=governs))
    if not found and (first.pos == "PRTS" or _inadmissible(s, a, ph)):
        return subjects.passive_subject(s, a, ph.stance)  # "Межправительственное соглашение подписано"
    return found
