"""Institution rules: the registry of named bodies and a grammar for bodies outside it.

``REGISTRY`` matches every name, alias and acronym of the bundled registry
(``data/institutions.json``) in any inflected form; ``BODY`` matches official names
built the way Russian names bodies: a capitalized head ("Совет", "Министерство",
"Региональный центр") followed by genitive complements, acronyms of other bodies and
"по / для / при" phrases ("Совет министров иностранных дел ШОС", "Министерство
иностранных дел Казахстана", "Региональный центр ООН по целям устойчивого развития для
Центральной Азии и Афганистана"). ``INSTITUTION`` is either.

Compose them in your own parser::

    >>> from shos_speech.grammars import institutions, parser
    >>> p = parser(institutions.INSTITUTION)
    >>> [m.span for m in p.findall("Заседание Совета министров иностранных дел ШОС прошло в Астане")]
    [[10, 46)]
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline, pipeline
from yargy.predicates import custom, dictionary, eq, gram, is_capitalized

from .._core.document import NerSpan
from .._core.tokens import token_lemmas
from ..lexicons import InstitutionEntry, bundled_institutions, data_path, read_lines, read_tsv
from .common import ADJ, COMPOUND_PREFIX, CONJ, NOUN, QUOTE, UPPER_WORD, anchored_findall

_DASHES = re.compile("[‐‑‒–—―−]")
_QUOTES = re.compile("[«»“”„\"]")


def _may_start_name(tok, nxt) -> bool:
    """A capitalized word can open a body's name: a head, an adjective or participle, a
    ministry acronym, or the first part of a compound ("Кыргызско-"); not a person's name."""
    if tok.value in ACRONYM_HEADS or (nxt is not None and nxt.value == "-"):
        return True
    forms = getattr(tok, "forms", None) or []
    return any(f.grams and ({"ADJF", "PRTF"} & set(f.grams.values) or f.normalized in HEAD_LEMMAS) for f in forms)


def _verb_first(word: str) -> bool:
    from ..morph import parse

    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN")


def surface_key(text: str) -> str:
    """Registry strings as the shared tokens see them: one hyphen, one quote character."""
    return _QUOTES.sub('"', _DASHES.sub("-", text))


def head_kinds() -> dict[str, tuple[str, str]]:
    """Head lemma -> (default kind, role) from ``data/institution_heads.tsv``."""
    return {r["lemma"]: (r["kind"], r["role"]) for r in read_tsv(data_path("institution_heads.tsv"))}


def registry_rule(entries: Iterable[InstitutionEntry]):
    """One rule for all names of ``entries``: morphology for names, exact case for acronyms."""
    names: set[str] = set()
    acronyms: set[str] = set()
    for e in entries:
        names.update(surface_key(n) for n in [e.name, *e.aliases])
        for a in e.acronyms:
            (acronyms if len(a.split()) == 1 and " " not in a else names).add(surface_key(a))
    parts = [morph_pipeline(sorted(names))]
    if acronyms:
        parts.append(pipeline(sorted(acronyms)))
    return or_(*parts).named("REGISTRY")


REGISTRY = registry_rule(bundled_institutions())

HEAD_LEMMAS = set(head_kinds())
TITLE_LEMMAS = frozenset(read_lines(data_path("speaker_titles.txt")))
NER_STOP = frozenset(read_lines(data_path("ner_org_stop.txt")))
# heads that name an organ of an organization by themselves ("Совет министров иностранных дел")
ORGAN_HEADS = frozenset({"совет", "комитет", "комиссия", "секретариат", "ассамблея", "коллегия"})
# natasha tags buildings as ORG ("Дворце Независимости", "Концертном зале"): places, not bodies
BUILDING_HEADS = frozenset({"дворец", "зал", "здание", "резиденция", "стадион", "арена", "отель", "гостиница",
                            "площадь", "собор", "мечеть", "храм", "музей", "театр", "дом", "гэс", "аэс", "тэц",
                            "тэс", "электростанция"})
HEAD = and_(NOUN, dictionary(HEAD_LEMMAS))
CAP_ADJ = and_(ADJ, is_capitalized())
MOD = or_(rule(ADJ), rule(COMPOUND_PREFIX, ADJ)).named("MOD")

# The name must start with a capital: "Региональный центр ...", "Совет ...".
START_ADJ = rule(or_(rule(CAP_ADJ), rule(COMPOUND_PREFIX, ADJ)), MOD.repeatable(max=3).optional(), HEAD)
START_HEAD = rule(and_(HEAD, is_capitalized()))

GEN_ADJ = and_(ADJ, or_(gram("gent"), gram("gen2")))
# a word read first as a verb ("были" = быль, gen.) never continues a name; "дел" (дело, gen. pl.,
# but also the past of "деть") does
GEN_NOUN = and_(NOUN, or_(gram("gent"), gram("gen2")), custom(lambda word: not _verb_first(word)))
GEN_NP = rule(or_(rule(GEN_ADJ), rule(COMPOUND_PREFIX, GEN_ADJ)).repeatable(max=3).optional(), GEN_NOUN).named("GEN_NP")
# a coordinated genitive that is not itself a new body: "экономики и коммерции"
GEN_COORD = rule(CONJ, GEN_ADJ.repeatable(max=3).optional(), and_(GEN_NOUN, not_(dictionary(HEAD_LEMMAS))))
ACRONYM = and_(UPPER_WORD, not_(eq("И")))
# "государств - членов", "государств-участников"
MEMBER = rule(eq("-"), dictionary({"член", "участник"}))
NP = rule(MOD.repeatable(max=3).optional(), NOUN)
# "по итогам", "по словам", "при поддержке" introduce circumstances, never part of a name
# ... and "при Комитете секретарей" names another body: the name stops before it
PP_NOUN = and_(NOUN, not_(dictionary(set(read_lines(data_path("institution_pp_stop.txt"))))),
               not_(and_(is_capitalized(), dictionary(HEAD_LEMMAS))))
PP_NP = or_(
    rule(and_(ADJ, not_(is_capitalized())), MOD.repeatable(max=2).optional(), PP_NOUN),
    rule(PP_NOUN),
    # "по Нижегородской области", "по Алматинской области"
    rule(CAP_ADJ, and_(PP_NOUN, not_(is_capitalized()))),
)
# "по вопросам борьбы с терроризмом и экстремизмом"
WITH = rule(dictionary({"с", "за", "над"}), NP, GEN_NP.repeatable(max=2).optional(), rule(CONJ, NP).optional())
# "по противодействию незаконному обороту наркотиков": a deverbal noun governs the dative
DAT_NP = rule(and_(ADJ, gram("datv")).repeatable(max=2).optional(), and_(NOUN, gram("datv"), not_(is_capitalized())))
PP = rule(
    dictionary({"по", "для", "при"}),
    PP_NP,
    DAT_NP.optional(),
    or_(GEN_NP, rule(ACRONYM)).repeatable(max=4).optional(),
    WITH.optional(),
    rule(CONJ, NP, GEN_NP.repeatable(max=3).optional()).optional(),
).named("PP")
# "в Азии", "в Центральной Азии"
MACRO_REGIONS = {"азия", "европа", "африка", "америка", "евразия", "арктика", "океания", "восток", "кавказ"}
LOC = rule(eq("в"), rule(CAP_ADJ.optional(), and_(NOUN, is_capitalized(), dictionary(MACRO_REGIONS))))
QUOTED = rule(QUOTE, rule(or_(NOUN, ADJ, eq("-"), is_capitalized())).repeatable(max=6), QUOTE)
# "Республики Таджикистан": the state's name stands in apposition, in the nominative
STATE_NAME = rule(GEN_ADJ.optional(), and_(GEN_NOUN, dictionary({"республика", "королевство", "султанат"})),
                  and_(NOUN, is_capitalized()))
# "Совета министров иностранных дел (СМИД) ОДКБ": the body's own acronym, given inside its name
PAREN_ACRONYM = rule(eq("("), ACRONYM, eq(")"))
COMPLEMENT = or_(
    STATE_NAME, PAREN_ACRONYM, GEN_NP, GEN_COORD, rule(ACRONYM), MEMBER, PP, LOC, QUOTED,
).named("COMPLEMENT")

# "МИД Бразилии", "МВД Кыргызстана": a ministry's customary acronym and its state
ACRONYM_HEADS = {r["acronym"]: r["expansion"] for r in read_tsv(data_path("acronym_heads.tsv"))}
STATE_BODY_ACRONYM = rule(
    or_(*[rule(eq(a)) for a in sorted(ACRONYM_HEADS)]),
    or_(STATE_NAME, GEN_NP),
).named("STATE_BODY_ACRONYM")

BODY = or_(
    rule(START_ADJ, COMPLEMENT.repeatable(max=8).optional()),
    rule(START_HEAD, COMPLEMENT.repeatable(max=8)),
    STATE_BODY_ACRONYM,
).named("BODY")

INSTITUTION = or_(REGISTRY, BODY).named("INSTITUTION")

# Capitalized back-references: "в рамках Организации", "данного Центра".
DEMONSTRATIVES = frozenset({"данный", "этот", "наш", "указанный", "упомянутый", "такой", "тот"})
BACKREF = rule(
    dictionary(DEMONSTRATIVES).optional(),
    and_(HEAD, is_capitalized()),
).named("BACKREF")


# ---------------------------------------------------------------------------------------
# Finding institutions in a Document
# ---------------------------------------------------------------------------------------
_MEDIA_BEFORE = re.compile(
    r"(передает|передаёт|сообщает|сообщил[аи]?|со ссылкой на|агентств[оау]|информагентств[оау]|"
    r"газет[аеуы]|издани[еяю]|телеканал[ау]?|портал[ау]?|по данным|пишет|цитирует|телеграм-канал[ау]?)"
    r"\s*[«\"“]?\s*$", re.IGNORECASE)
_MEDIA_AFTER = re.compile(r"^\s*[»\"”]?\s*,?\s*(сообщает|передает|передаёт|пишет)", re.IGNORECASE)
_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё0-9+\-]{1,14})\s*\)")


def _forms(tok) -> frozenset[str]:
    return token_lemmas(tok)


def norm_name(name: str) -> str:
    """Lookup key of a name: lowercase, ё→е, one hyphen, one quote, single spaces."""
    s = surface_key(name).lower().replace("ё", "е").replace('"', " ")
    s = re.sub(r"\s*-\s*", "-", s)
    return " ".join(s.split())


class Mention:
    """One institution mention before entities are merged."""

    __slots__ = ("start", "stop", "tokens", "entry", "name", "kind", "parent", "country",
                 "acronym", "source", "head", "lead")

    def __init__(self, start, stop, tokens, *, entry=None, name="", kind="other", parent=None,
                 country=None, acronym=None, source="registry", head=None):
        self.start, self.stop, self.tokens = start, stop, tokens
        self.entry, self.name, self.kind, self.parent = entry, name, kind, parent
        self.country, self.acronym, self.source, self.head = country, acronym, source, head
        self.lead = None  # "совет министров иностранных дел" of "... ОДКБ": a later bare mention is this body

    @property
    def key(self) -> str:
        return norm_name(self.entry.name if self.entry else self.name)


class RegistryMatcher:
    """The ``REGISTRY`` rule's semantics without the Earley chart: a trie walk over tokens.

    A registry word matches a token when they share a normal form (any inflection), an
    all-caps or non-Russian word when the token is spelled the same. Longest match wins,
    left to right. It gives the same matches as ``parser(REGISTRY).findall`` at several
    times its speed, which matters on archives (registry names are looked up at every token).
    """

    def __init__(self, entries: Iterable[InstitutionEntry]) -> None:
        from .._core.tokens import tokenize

        self._first: dict[str, list[tuple[tuple, InstitutionEntry]]] = {}
        for e in entries:
            for n in {e.name, *e.aliases, *e.acronyms}:
                toks = tokenize(surface_key(n))
                if not toks:
                    continue
                key = tuple(self._key(t) for t in toks)
                for first in key[0][1]:
                    self._first.setdefault(first, []).append((key, e))
        for lst in self._first.values():
            lst.sort(key=lambda ke: -len(ke[0]))

    @staticmethod
    def _key(tok) -> tuple[bool, frozenset[str], bool]:
        v = tok.value
        exact = tok.type != "RU" or (v.isupper() and len(v) > 1)
        return (exact, frozenset({v}) if exact else _forms(tok), v[:1].isupper())

    def findall(self, tokens: list) -> list[tuple[int, int, InstitutionEntry]]:
        """Non-overlapping ``(first token, end token, entry)`` matches."""
        out = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            cands = self._first.get(tok.value, [])
            forms = _forms(tok) if tok.type == "RU" else frozenset()
            for f in forms:
                cands = cands + self._first.get(f, [])
            best = None
            for key, e in cands:
                k = len(key)
                if i + k > n or (best and k <= best[0]):
                    continue
                if key[0][2] and not tok.value[:1].isupper():
                    continue  # "консультативные встречи" is an event, "Консультативная встреча" a body
                if all(self._token_ok(key[j], tokens[i + j]) for j in range(k)):
                    best = (k, e)
            if best:
                out.append((i, i + best[0], best[1]))
                i += best[0]
            else:
                i += 1
        return out

    @staticmethod
    def _token_ok(key, tok) -> bool:
        exact, vals, _ = key
        if exact:
            return tok.value in vals
        return tok.type == "RU" and bool(vals & _forms(tok))


class InstitutionFinder:
    """Registry, grammar, natasha ORG spans and back-references -> Institution entities."""

    def __init__(self, extra_registries: Iterable = ()) -> None:
        from ..lexicons import load_institutions
        from .common import parser

        entries = {e.name: e for e in bundled_institutions()}
        extra = [e for path in extra_registries for e in load_institutions(path)]
        for e in extra:
            entries[e.name] = e
        self.entries = list(entries.values())
        self.heads = head_kinds()
        self._by_name: dict[str, InstitutionEntry] = {}
        for e in self.entries:
            for n in [e.name, *e.aliases, *e.acronyms]:
                self._by_name.setdefault(norm_name(n), e)
        self._registry = RegistryMatcher(self.entries)
        self._generic = {
            r["lemma"]: (frozenset(r["heads"].split(";")), r["kind"], r["standalone"] == "yes")
            for r in read_tsv(data_path("generic_bodies.tsv"))}
        self._body = parser(BODY)
        self._backref = parser(BACKREF)

    # -- lookups ----------------------------------------------------------------------
    def entry_for(self, tokens: list) -> InstitutionEntry | None:
        """The registry entry whose name the tokens spell exactly (any inflection)."""
        found = self._registry.findall(tokens)
        if len(found) == 1 and found[0][:2] == (0, len(tokens)):
            return found[0][2]
        return None

    def lookup(self, name: str) -> InstitutionEntry | None:
        return self._by_name.get(norm_name(name))

    # -- finding ----------------------------------------------------------------------
    def mentions(self, doc) -> list[Mention]:
        from ..normalize import nominative

        text = doc.text
        out: list[Mention] = []
        for sent in doc.sentences:
            toks = sent.tokens
            if not toks:
                continue
            reg = [Mention(toks[i].span.start, toks[j - 1].span.stop, toks[i:j], entry=e, source="registry")
                   for i, j, e in self._registry.findall(toks)]
            bodies = []
            if any(_forms(t) & HEAD_LEMMAS or t.value in ACRONYM_HEADS for t in toks):
                # a name starts with a capital: a head ("Совет"), an adjective ("Региональный")
                # or a compound's first part ("Кыргызско-")
                starts = [k for k, t in enumerate(toks) if t.value[:1].isupper() and t.type == "RU"
                          and _may_start_name(t, toks[k + 1] if k + 1 < len(toks) else None)]
                for m in anchored_findall(self._body, toks, starts):
                    b = self._body_mention(text, sent, m.tokens, reg, nominative, out)
                    if b is not None:
                        bodies.append(b)
            kept = []
            for b in bodies:
                if any(r.start == b.start for r in reg):
                    continue  # "Организации Объединенных Наций в ...": the registry name is the body
                if any(r.start <= b.start and b.stop <= r.stop for r in reg):
                    continue
                if any(r.start < b.start < r.stop or r.start < b.stop < r.stop for r in reg):
                    continue
                kept.append(b)
            reg = [r for r in reg if not any(b.start <= r.start and r.stop <= b.stop for b in kept)]
            out.extend(reg)
            out.extend(kept)
        out.sort(key=lambda m: m.start)
        out.extend(self._ner_mentions(doc, out, nominative))
        out.sort(key=lambda m: m.start)
        out.extend(self._backrefs(doc, out))
        out.sort(key=lambda m: m.start)
        out.extend(self._generic_bodies(doc, out))
        out.extend(self._introduced_acronyms(doc, out))
        out.sort(key=lambda m: m.start)
        return out

    def _body_mention(self, text, sent, tokens, reg, nominative, prior) -> Mention | None:
        start, stop = tokens[0].span.start, tokens[-1].span.stop
        before = [t for t in sent.tokens if t.span.stop <= start]
        if before and _forms(before[-1]) & DEMONSTRATIVES:
            return None  # "данного Центра ..." refers back
        # trailing punctuation or conjunction never ends a name
        while tokens and (tokens[-1].value in {"-", "и", "«"} or (
                tokens[-1].value in {'"', "»"} and sum(t.value in {'"', "«", "»"} for t in tokens) % 2)):
            tokens = tokens[:-1]
        if not tokens:
            return None
        stop = tokens[-1].span.stop
        if tokens[0].value in ACRONYM_HEADS:
            return self._acronym_body(text, tokens, nominative)
        # "(СМИД)" inside the name is the body's acronym, not part of its name
        own_acronym = None
        for k in range(len(tokens) - 2):
            if tokens[k].value == "(" and tokens[k + 2].value == ")":
                if k + 3 == len(tokens):
                    tokens = tokens[:k]  # "... банк (ЕИБ)": the acronym is introduced after the name
                    stop = tokens[-1].span.stop
                else:
                    own_acronym = tokens[k + 1].value
                    tokens = tokens[:k] + tokens[k + 3:]
                break
        head_i = next((i for i, t in enumerate(tokens) if _forms(t) & HEAD_LEMMAS
                       and any(f.grams and "NOUN" in f.grams for f in t.forms)), None)
        if head_i is None:
            return None
        head_lemma = next(iter(_forms(tokens[head_i]) & HEAD_LEMMAS))
        complement = tokens[head_i + 1:]
        sentence_initial = start == sent.tokens[0].span.start or text[sent.start:start].strip() in {'"', "«", "—", "-"}
        if not complement:
            # "Региональные организации" at a sentence start is capitalized only by position
            if sentence_initial or all(f.grams and "plur" in f.grams for f in tokens[head_i].forms):
                return None
            if not any(t.value[:1].isupper() for t in tokens[1:]) and not sentence_initial:
                pass
        inner = [r for r in reg if start <= r.start and r.stop <= stop]
        if head_i == 0 and self.heads.get(head_lemma, ("", ""))[1] == "org" and complement \
                and complement[0].value[:1].islower() and not (inner and inner[0].start == complement[0].span.start):
            # "в Содружестве наднациональных органов ..." after the CIS was named: the capitalized
            # head refers back; what follows describes it
            target = self._refers_to(_forms(tokens[0]) & HEAD_LEMMAS, [m for m in prior if m.stop <= start])
            if target is not None and target.entry is not None:
                return Mention(start, tokens[0].span.stop, tokens[:1], entry=target.entry, source="backref")
        name = nominative(text, tokens)
        parent_entry = inner[0].entry if inner else None
        last = tokens[-1]
        if not inner and complement and last.value[:1].isupper() and _forms(last) & HEAD_LEMMAS \
                and not any(t.value[:1].isupper() for t in complement[:-1]):
            # "Постоянным советом Организации": the capitalized word refers back to a body
            target = self._refers_to(_forms(last) & HEAD_LEMMAS, [m for m in prior if m.stop <= start])
            if target is not None and target.entry is not None:
                parent_entry = target.entry
                short = parent_entry.acronym or parent_entry.name
                name = f"{nominative(text, tokens[:-1])} {short}"
        # "Совет министров иностранных дел Совещания по ..." -> registry "... СВМДА"
        entry = self.lookup(name)
        lead = None
        if entry is None and parent_entry is not None and inner:
            lead = nominative(text, [t for t in tokens if t.span.stop <= inner[0].start])
            for variant in [*parent_entry.acronyms, parent_entry.name]:
                entry = self.lookup(f"{lead} {variant}")
                if entry:
                    break
            if entry is None and inner[-1].stop == stop and parent_entry.acronym and lead:
                # an organ is cited with its organization's acronym: "Совет глав государств ОТГ"
                name = f"{lead} {parent_entry.acronym}"
        if entry is None and not inner:
            # "Коллективные силы оперативного реагирования" in a text about the CSTO
            for acr in dict.fromkeys(m.entry.acronym for m in reversed(prior) if m.entry and m.entry.acronym):
                entry = self.lookup(f"{name} {acr}")
                if entry:
                    break
        if entry is not None:
            return Mention(start, stop, tokens, entry=entry, source="grammar")
        from ..lexicons import find_country

        kind, role = self.heads.get(head_lemma, ("other", "org"))
        country = find_country(complement)
        parent = parent_entry.name if parent_entry and parent_entry.kind in (
            "international_organization", "organization_body") else None
        if role == "body" and not parent and not country and not inner and kind == "organization_body" \
                and complement and not any(t.value[:1].isupper() for t in complement):
            # "Совету министров иностранных дел" in a text about the OTS: the organ of the
            # organization the text is about (the latest one named)
            orgs = [m.entry for m in prior if m.stop <= start and m.entry is not None
                    and m.entry.kind == "international_organization" and m.entry.acronym]
            # the organization the text is about: named most often so far (the latest on a tie)
            org = max(reversed(orgs), key=lambda e: sum(x is e for x in orgs)) if orgs else None
            if org is not None and head_lemma in ORGAN_HEADS:
                parent = org.name
                name = f"{name} {org.acronym}"
        if role == "body":
            kind = "organization_body" if parent else ("state_body" if country else kind)
        m = Mention(start, stop, tokens, name=name, kind=kind, parent=parent, acronym=own_acronym,
                    country=country if kind == "state_body" else None, source="grammar", head=head_lemma)
        m.lead = norm_name(lead) if lead and parent else None
        return m

    def _acronym_body(self, text, tokens, nominative) -> Mention | None:
        """"МИД Бразилии" -> Министерство иностранных дел Бразилии (a state body)."""
        from ..lexicons import find_country

        rest = tokens[1:]
        country = find_country(rest)
        if country is None:
            return None
        surface = text[tokens[0].span.start:tokens[-1].span.stop]
        full = f"{ACRONYM_HEADS[tokens[0].value]} {text[rest[0].span.start:rest[-1].span.stop]}"
        entry = self.lookup(surface) or self.lookup(full)
        start, stop = tokens[0].span.start, tokens[-1].span.stop
        if entry is not None:
            return Mention(start, stop, tokens, entry=entry, source="grammar")
        return Mention(start, stop, tokens, name=full, kind="state_body", country=country, acronym=surface,
                       source="grammar")

    def _ner_mentions(self, doc, existing: list[Mention], nominative) -> list[Mention]:
        out = []
        text = doc.text
        for sp in doc.ner:
            if sp.type != "ORG":
                continue
            sent = doc.sentence_at(sp.start)
            if sent is None:
                continue
            tokens = [t for t in sent.tokens if sp.start <= t.span.start and t.span.stop <= sp.stop]
            # "Межправительственного органа по развитию (ИГАД)": the acronym is introduced, not named
            cut = next((k for k, t in enumerate(tokens) if t.value == "("), None)
            if cut is not None:
                tokens = tokens[:cut]
            if not tokens:
                continue
            sp = NerSpan(tokens[0].span.start, tokens[-1].span.stop, sp.type)
            overlapping = [m for m in existing if m.start < sp.stop and sp.start < m.stop]
            if overlapping:
                # "Associated Press of Pakistan" runs on past the registry's "Associated Press"
                m0 = overlapping[0]
                extends = (len(overlapping) == 1 and m0.start == sp.start and m0.stop < sp.stop
                           and all(t.type == "LATIN" for t in tokens if t.span.start >= m0.stop))
                if not extends:
                    continue
                existing.remove(m0)
            if any(_forms(t) & BUILDING_HEADS for t in tokens[:3]):
                continue  # "Дворце Независимости" is a building
            entry = self.entry_for(tokens) or self.lookup(text[sp.start:sp.stop])
            if entry is not None:
                out.append(Mention(sp.start, sp.stop, tokens, entry=entry, source="ner"))
                continue
            name = nominative(text, tokens) if any(t.type == "RU" for t in tokens) else text[sp.start:sp.stop]
            if len(tokens) > 1 and tokens[0].value[:1].isupper() and tokens[1].value[:1].islower() \
                    and self.heads.get(next(iter(_forms(tokens[0]) & HEAD_LEMMAS), ""), ("", ""))[1] == "org":
                continue  # "Содружестве наднациональных органов ...": a back-reference, resolved later
            if re.search(r"\+\d", text[sp.start:sp.stop]):
                continue  # "Бишкек+25" names an event
            if norm_name(text[sp.start:sp.stop]) in NER_STOP:
                continue  # "СМИ", "Интернет", "COVID-19": natasha's ORG, nobody's body
            if _forms(tokens[0]) & HEAD_LEMMAS and all(t.value[:1].islower() for t in tokens[1:] if t.type == "RU") \
                    and tokens[0].value[:1].isupper() and not any(t.type != "RU" for t in tokens[1:]):
                # a lone "Организации" (even when natasha runs on into "противодействие ...") is a
                # back-reference, resolved below or dropped
                continue
            if any(_forms(t) & TITLE_LEMMAS for t in tokens[:1]):
                continue  # "Председателя Китая" is a post, not a body
            head = next((lem for t in tokens for lem in _forms(t) & HEAD_LEMMAS), None)
            kind = self.heads.get(head, ("other", ""))[0] if head else "other"
            before, after = text[max(0, sp.start - 40):sp.start], text[sp.stop:sp.stop + 30]
            if _MEDIA_BEFORE.search(before) or _MEDIA_AFTER.match(after):
                kind = "media"
            out.append(Mention(sp.start, sp.stop, tokens, name=name, kind=kind, source="ner", head=head))
        return out

    def _backrefs(self, doc, existing: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        for sent in doc.sentences:
            toks = sent.tokens
            if not toks or not any(t.value[:1].isupper() and _forms(t) & HEAD_LEMMAS for t in toks[1:]):
                continue
            for m in self._backref.findall(toks):
                start, stop = m.span.start, m.span.stop
                if m.tokens[0].span.start == toks[0].span.start and len(m.tokens) == 1:
                    continue  # sentence-initial capital says nothing
                if any(x.start < stop and start < x.stop for x in existing):
                    continue
                target = self._refers_to(_forms(m.tokens[-1]) & HEAD_LEMMAS, [x for x in existing if x.stop <= start])
                if target is None:
                    continue
                out.append(Mention(start, stop, m.tokens, entry=target.entry, name=target.name, kind=target.kind,
                                   parent=target.parent, country=target.country, source="backref", head=target.head))
        return out

    def _generic_bodies(self, doc, existing: list[Mention]) -> list[Mention]:
        """"на заседании правительства", "в полиции": lowercase bodies, tied to an earlier name if any."""
        from ..lexicons import find_country

        out: list[Mention] = []
        for sent in doc.sentences:
            toks = sent.tokens
            for i, tok in enumerate(toks):
                if not tok.value[:1].islower() or tok.type != "RU":
                    continue
                lemmas = _forms(tok) & self._generic.keys()
                if not lemmas or not any(f.grams and "sing" in f.grams and "NOUN" in f.grams for f in tok.forms):
                    continue
                start, stop = tok.span.start, tok.span.stop
                if any(x.start < stop and start < x.stop for x in [*existing, *out]):
                    continue
                # "инклюзивного правительства" describes a government to be; "российское правительство" names one
                prev = toks[i - 1] if i else None
                if prev is not None and _forms(prev) & BUILDING_HEADS:
                    continue  # "Дом правительства", "здание парламента": a building
                country = None
                if prev is not None and any(f.grams and ("ADJF" in f.grams or "PRTF" in f.grams)
                                            for f in getattr(prev, "forms", [])[:1]):
                    country = find_country([prev])
                    if country is None:
                        continue
                    start = prev.span.start
                lemma = next(iter(lemmas))
                heads, kind, standalone = self._generic[lemma]
                target = self._refers_to(heads, [x for x in [*existing, *out] if x.stop <= start])
                if target is not None:
                    out.append(Mention(start, stop, [], entry=target.entry, name=target.name, kind=target.kind,
                                       parent=target.parent, country=target.country, source="backref",
                                       head=target.head))
                elif standalone:
                    name = doc.text[start:stop] if country is None else nominative_text(doc.text, toks[i - 1:i + 1])
                    out.append(Mention(start, stop, [], name=nominative_text(doc.text, [tok]) if country is None
                                       else name, kind=kind, country=country, source="generic", head=lemma))
        return out

    def _refers_to(self, lemmas: frozenset[str], prior: list[Mention]) -> Mention | None:
        """The latest earlier mention (or its parent) whose name has the head ``lemmas``.

        A name that starts with the head ("Организация тюркских государств") is preferred
        to one where it comes second ("Международная организация тюркской культуры").
        """
        for depth in (1, 2):
            for x in reversed(prior):
                candidates = [x]
                parent_name = x.entry.parent if x.entry is not None else x.parent
                if parent_name:
                    parent = self.lookup(parent_name)
                    if parent is not None:
                        candidates.append(Mention(x.start, x.stop, [], entry=parent, source="backref"))
                for c in candidates:
                    cname = c.entry.name if c.entry else c.name
                    words = norm_name(cname).split(" ")
                    if c.head and word_forms_cached(c.head) & lemmas:
                        return c
                    if any(word_forms_cached(w) & lemmas for w in words[:depth]):
                        return c
        return None

    def _introduced_acronyms(self, doc, existing: list[Mention]) -> list[Mention]:
        """"Центральноазиатское инвестиционное партнерство (ЦАИП)": later "ЦАИП" is the same body."""
        text = doc.text
        out: list[Mention] = []
        for m in existing:
            if m.source == "backref":
                continue
            pm = _PAREN_ACRONYM.match(text, m.stop)
            if not pm or not pm.group(1).isupper():
                continue
            acr = pm.group(1)
            if m.entry is None:
                m.acronym = m.acronym or acr
            for hit in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
                if any(x.start < hit.end() and hit.start() < x.stop for x in [*existing, *out]):
                    continue
                out.append(Mention(hit.start(), hit.end(), [], entry=m.entry, name=m.name, kind=m.kind,
                                   parent=m.parent, country=m.country, acronym=acr, source="acronym", head=m.head))
        return out

    def find(self, doc):
        from ..resolve import institutions_from_mentions

        return institutions_from_mentions(doc.text, self.mentions(doc))


_WF_CACHE: dict[str, frozenset[str]] = {}


def nominative_text(text: str, tokens: list) -> str:
    from ..normalize import nominative

    return nominative(text, tokens)


def word_forms_cached(word: str) -> frozenset[str]:
    from ..lexicons import word_forms

    if word not in _WF_CACHE:
        _WF_CACHE[word] = word_forms(word)
    return _WF_CACHE[word]
