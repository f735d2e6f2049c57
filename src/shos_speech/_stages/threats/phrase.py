"""From a THREAT match to its parts: modifier groups, head, and complements classified by what they do.

The grammar's facts give the tokens of each part; they are mapped back onto the sentence's
own tokens (the token view) by offset. A complement is classified as genitive ("gen"),
coordinated ("coord", after "и" or a comma), acronym ("acr", or "subject" when it is the
subject of the next verb), place ("loc"), the area it is watched in ("scope": "на территории",
"на пространстве", left out unless an entry asks for it), target ("target"), other prepositional ("pp"),
instrumental ("ablt"), quoted name ("quoted") or adverb ("adv"). A spaced dash ends a clause: no part runs across one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..._core.agreement import agree
from ..._core.lexicon import words
from ...grammars.common import fact_tokens
from .lexicon import ThreatLexicon, noun_lemmas


@dataclass
class Compl:
    kind: str  # gen, coord, acr, subject, loc, scope, target, pp, ablt, dat, name, quoted, adv
    tokens: list
    sep: str | None = None  # coord: "и" / ","
    own: int | None = None  # coord: how many tokens are the conjunct's own, before genitives of its


@dataclass
class Parts:
    """The parts of one noun-phrase match, as sentence tokens."""

    mod_groups: list[list[list]]  # coordinated groups of modifiers, each modifier a token list
    seps: list[str]  # the separators between groups, lowercased ("и", ", а порой и")
    head_toks: list  # the head, with its tight prefix ("интернет", "-", "мошенничество")
    head: object
    prefix: str | None
    complements: list[Compl] = field(default_factory=list)


def sentence_tokens(toks: list, tokens: list, index: dict[int, int]) -> list:
    """Match tokens (possibly constrained copies) as the sentence's own tokens."""
    return [tokens[index[t.span.start]] for t in toks]


def read_parts(match, tokens: list, index: dict[int, int], lexicon: ThreatLexicon) -> Parts:
    """The parts of a ThreatPhrase match."""
    own = lambda toks: sentence_tokens(toks, tokens, index)  # noqa: E731
    head_toks = own(fact_tokens(match, "head")[0])
    head = head_toks[-1]
    prefix = None
    if len(head_toks) == 3 and head_toks[0].span.stop == head_toks[1].span.start == head_toks[2].span.start - 1:
        prefix = head_toks[0].value.lower()
    elif len(head_toks) == 3:
        head_toks = [head]
    mods = [("MOD", own(t)) for t in fact_tokens(match, "mods")]
    seps = [("SEP", own(t)) for t in fact_tokens(match, "seps")]
    groups: list[list[list]] = [[]]
    sep_words: list[str] = []
    for name, toks in sorted(mods + seps, key=lambda p: p[1][0].span.start):
        if name == "MOD":
            if clause_dash(toks) is not None:
                groups, sep_words = [[]], []  # "новые испытания – затяжные кризисы": the phrase opens after the dash
            groups[-1].append(after_clause_dash(toks))
        else:
            sep_words.append(" ".join(t.value.lower() for t in toks))
            groups.append([])
    raw = _attach_conjuncts(_attach_genitives([own(t) for t in fact_tokens(match, "compls")]), lexicon)
    complements = []
    for toks in raw:
        complements.append(classify(toks, tokens, index, lexicon))
        if len(complements[-1].tokens) < len(toks):
            break  # a conjunct cut off a prepositional phrase ends the phrase there
    return Parts(groups, sep_words, head_toks, head, prefix, before_clause_dash(complements))


def _attach_genitives(parts: list[list]) -> list[list]:
    """A genitive or a quoted name right after a prepositional phrase belongs to its noun ("в бассейне |
    Аральского моря" is one place, "в ряды | «ИГИЛ-Хорасан»" one group), and so does the noun its last
    adjective agrees with ("в Красном | море"), whichever way the chart split them."""
    out: list[list] = []
    for toks in parts:
        w0 = toks[0].value.lower()
        plain = w0 not in (",", "и", "или") and w0 not in words("threats", "prepositions")
        in_pp = out and plain and out[-1][0].value.lower() in words("threats", "prepositions") \
            and out[-1][-1].span.stop <= toks[0].span.start
        quoted = w0 in '«“„"' and len(toks) > 2 and toks[1].is_cap  # "в ряды «ИГИЛ-Хорасан»": its name
        if in_pp and (quoted or toks[-1].has_any("gent", "gen2") or _noun_of_adjective(out[-1][-1], toks)):
            out[-1] = out[-1] + toks
        elif out and plain and out[-1][0].value.lower() not in (",", "и", "или") \
                and _noun_of_adjective(out[-1][-1], toks):
            out[-1] = out[-1] + toks  # "мировой | торговли": "мировой" is the adjective, not a noun
        else:
            out.append(toks)
    return out


def _noun_of_adjective(last, toks: list) -> bool:
    """Is ``toks`` the noun an adjective ending the phrase before agrees with ("в Красном | море":
    "Красном" is no surname there)?"""
    return len(toks) == 1 and toks[0].has("NOUN") and last.has_any("ADJF", "PRTF") and agree(last, toks[0])


def _attach_conjuncts(parts: list[list], lexicon: ThreatLexicon) -> list[list]:
    """A conjunct after a prepositional phrase, a noun in the case of the phrase's noun and no threat
    of its own, belongs to that phrase ("санкции против России и Белоруссии", "насилие в отношении
    дипломатов и их семей"), whichever way the chart split them."""
    out: list[list] = []
    prepositions = words("threats", "prepositions")
    for toks in parts:
        if out and toks[0].value.lower() == "и" and out[-1][0].value.lower() in prepositions \
                and _same_kind_of_noun(out[-1], toks[1:], lexicon) and out[-1][-1].span.stop <= toks[0].span.start:
            out[-1] = out[-1] + toks
        else:
            out.append(toks)
    return out


def _same_kind_of_noun(pp: list, conjunct: list, lexicon: ThreatLexicon) -> bool:
    """Is the conjunct one more noun like the phrase's own (no preposition, no threat head in it)?"""
    a = next((t for t in reversed(pp) if t.has("NOUN")), None)
    nouns = [t for t in conjunct if t.has("NOUN")]
    if a is None or not nouns or any(t.value.lower() in words("threats", "prepositions") for t in conjunct):
        return False
    if any(noun_lemmas(t) & lexicon.heads for t in nouns):
        return False
    return bool(a.noun_cases & nouns[0].noun_cases) and a.is_cap == nouns[0].is_cap


def classify(toks: list, tokens: list, index: dict[int, int], lexicon: ThreatLexicon) -> Compl:
    w0 = toks[0].value.lower()
    if w0 in (",", "и", "или"):
        return Compl("coord", toks, "и" if w0 in ("и", "или") else ",")
    if w0 in '«“„"' and len(toks) > 2 and toks[1].is_cap:
        return Compl("quoted", toks)  # "боевики «ИГИЛ-Хорасан»": a name in apposition
    if len(toks) == 1 and toks[0].value in lexicon.adverbs:
        return Compl("adv", toks)
    acronym = _acronym(toks, tokens, index)
    if acronym is not None:
        return acronym
    if w0 == "как":
        return Compl("pp", toks)  # "как оружие": a misuse's purpose, kept only there
    if w0 in words("threats", "prepositions"):
        return _prepositional(toks, tokens, index, lexicon)
    return _by_case(toks)


def _acronym(toks: list, tokens: list, index: dict[int, int]) -> Compl | None:
    """An acronym, alone or numbered ("COVID-19"): a name, or the subject of the verb after it
    ("катастроф ШОС должна стать")."""
    numbered = len(toks) == 3 and toks[1].value == "-" and toks[2].value.isdigit()
    if not ((len(toks) == 1 or numbered) and toks[0].value.isupper() and len(toks[0].value) > 1):
        return None
    if (toks[0].pos or "").lower() in words("threats", "headline_readings"):
        return Compl("subject", toks)  # "ТЕРРОРИЗМ ОСТАЕТСЯ": a word of a headline in capitals, no acronym
    k = index[toks[0].span.start]
    nxt = k + 1
    subject = not numbered and nxt < len(tokens) and tokens[nxt].has_any("VERB", "ADJS", "PRTS", "INFN")
    if subject and k > 0 and _plural_subject(tokens[k - 1], tokens[nxt]):
        subject = False  # "Боевики ИГИЛ перебрасываются", "Санкции США затрагивают": the verb agrees with the head
    return Compl("subject" if subject else "acr", toks)


def _plural_subject(noun, verb) -> bool:
    """Is ``noun`` a nominative plural the plural ``verb`` after the acronym agrees with?"""
    plural_verb = bool(verb.grams) and "plur" in verb.grams[0]
    return plural_verb and ("nomn", "plur") in {(c, n) for c, n, _g in noun.readings("NOUN")}


def _prepositional(toks: list, tokens: list, index: dict[int, int], lexicon: ThreatLexicon | None = None) -> Compl:
    toks = same_case_conjuncts(toks, lexicon)
    kind = _pp_kind(toks)
    if kind == "pp" and toks[0].value.lower() == "против" and _self_contained(toks, tokens, index):
        kind = "target"  # "киберпреступления против финансовых систем": what the act is against
    return Compl(kind, toks)


def _by_case(toks: list) -> Compl:
    """A complement without a preposition, by the case of its last word."""
    genitive = toks[-1].has_any("gent", "gen2")
    if not genitive and toks[-1].has("ablt"):
        return Compl("ablt", toks)
    if not genitive and toks[-1].has("datv"):
        return Compl("dat", toks)
    if len(toks) == 1 and toks[0].is_cap and toks[0].has("nomn") and not genitive:
        return Compl("name", toks)  # "вирус Зика": kept only where an entry asks for it
    return Compl("gen", toks)


def same_case_conjuncts(toks: list, lexicon: ThreatLexicon | None = None) -> list:
    """A prepositional phrase up to a conjunct that is no noun in the case of the noun before it
    ("на продовольствие и удобрения" stays whole; "в отношении дипломатов и санкции" ends before
    "и"), or that is a threat of the lexicon by itself ("через мессенджеры и телефонное
    мошенничество": a threat of its own); a conjunct that opens with a preposition is a place of
    its own ("на Урале и в Казахстане")."""
    prepositions = words("threats", "prepositions")
    for k in range(2, len(toks) - 1):
        if toks[k].value.lower() != "и":
            continue
        if toks[k + 1].value.lower() in prepositions:
            if not _same_frame(toks[:k], toks[k + 1:]):
                return toks[:k]  # "из Афганистана и на активизацию ...": the cue's second argument
            continue
        before = [t for t in toks[1:k] if t.has("NOUN")]
        after = next((t for t in toks[k + 1:] if t.pos == "NOUN" or (t.has("NOUN") and not t.has("ADJF"))), None)
        if not before:
            continue  # adjectives coordinated before one noun ("на армяно-азербайджанской и ... границах")
        # the conjunct may join the phrase's noun or a genitive of it ("к источникам финансирования
        # и технологиям": "технологиям" joins "источникам")
        if after is None or not any(b.noun_cases & after.noun_cases for b in before) \
                or _threat_by_itself(lexicon, toks[k + 1:], after):
            return toks[:k]
    return toks


def _same_frame(pp: list, conjunct: list) -> bool:
    """Does a conjunct that opens with a preposition continue the phrase: the same preposition and case, or
    a place after a place ("на Урале и в Западном Казахстане")?"""
    def frame(toks: list) -> tuple[str, frozenset[str]]:
        noun = next((t for t in toks[1:] if t.has("NOUN")), None)
        return toks[0].value.lower(), frozenset(noun.noun_cases) if noun is not None else frozenset()

    (p1, c1), (p2, c2) = frame(pp), frame(conjunct)
    if p1 == p2:
        return bool(c1 & c2)
    locative = frozenset({"loct", "loc2"})
    return bool(c1 & locative) and bool(c2 & locative)


def _threat_by_itself(lexicon: ThreatLexicon | None, conjunct: list, noun) -> bool:
    """Is the conjunct, its adjectives and its noun, a threat entry of the lexicon with no complement
    ("телефонное мошенничество"; not "технологиям", which names one only with modifiers)?"""
    if lexicon is None:
        return False
    mods = [[t] for t in conjunct[:conjunct.index(noun)] if t.has_any("ADJF", "PRTF")]
    e = lexicon.best_entry(noun, None, mods, [])
    return e is not None and e.category is not None


def _self_contained(toks: list, tokens: list, index: dict[int, int]) -> bool:
    """Does a common-noun phrase name its referent by itself? Not when a pronoun is inside it
    ("против неугодных им государств") or a participle or relative clause follows to say which
    ("против народов, живущих в условиях оккупации"): the clause is left out, the bare noun defines nothing."""
    if any(t.has_any("NPRO", "Apro") for t in toks[1:]):
        return False
    k = index[toks[-1].span.start] + 1
    if k + 1 < len(tokens) and tokens[k].value == ",":
        nxt = tokens[k + 1]
        return not (nxt.pos == "PRTF" or nxt.lemmas & {"который", "чей"})
    return True


def _pp_kind(toks: list) -> str:
    prep = toks[0].value.lower()
    content = [t for t in toks[1:] if t.value not in '-,"«»“”„()']
    # a quoted name makes no place ("в журнале «Огонек»"): capitals count before the quote only
    unquoted = next((k for k, t in enumerate(toks) if t.value in '«“„"'), len(toks))
    capital = any(t.value[:1].isupper() for t in toks[1:unquoted] if t.value not in '-,()')
    if len(toks) > 1 and toks[1].value in '«“„"':
        return "pp"  # a quoted name is no place by itself: only an incident keeps it as its scene
    if prep in ("в", "во", "на"):
        place = _place_kind(content, capital)
        if place is not None:
            return place
    if prep in ("с", "со") and content and content[0].value.lower() == "стороны":
        return "target"  # "агрессия со стороны Азербайджана": whose act it is
    if prep == "между" or (prep in words("threats", "target_prepositions") and capital):
        return "target"
    if prep == "в" and content and content[0].value.lower() == "отношении":
        return "target"  # "насилие в отношении дипломатов": whom the danger strikes
    return "pp"


def _place_kind(content: list, capital: bool) -> str | None:
    """"в"/"на" + a place ("loc"), the area a threat is watched in ("scope"), a meeting ("pp"), or None."""
    nouns = [t for t in content if t.pos == "NOUN"]
    # the case of the first noun decides: "в нарушение Устава ООН" is no place ("ООН" reads as any case)
    first = nouns[0] if nouns else content[-1] if content else None
    if first is None or not first.has_any("loct", "loc2"):
        return None
    if nouns and noun_lemmas(nouns[0]) & words("threats", "scope_nouns"):
        if noun_lemmas(nouns[0]) & words("threats", "domains") and content[0].has_any("ADJF", "PRTF") \
                and not content[0].has("Apro"):
            return "loc"  # "в цифровом пространстве", "в космическом пространстве": a domain it goes on in
        return "scope"  # "эпидемии на пространстве ШОС", "на афганской территории": where it is watched
    if nouns and noun_lemmas(nouns[0]) & words("threats", "meetings"):
        return "pp"  # "на заседании Совета": where it was spoken of, not where it is
    if capital or any(noun_lemmas(t) & words("threats", "place_nouns") for t in content):
        return "loc"
    return None


# -- clause dashes -------------------------------------------------------------------------
def spaced_dash(toks: list, k: int) -> bool:
    """Is ``toks[k]`` a dash set off by spaces on both sides ("в Европе — прямое следствие")?
    Such a dash ends a clause; a compound's hyphen is tight ("финансово-экономических")."""
    return (toks[k].value == "-" and 0 < k < len(toks) - 1
            and toks[k - 1].span.stop < toks[k].span.start and toks[k].span.stop < toks[k + 1].span.start)


def clause_dash(toks: list) -> int | None:
    """Index of a spaced dash that is no compound noun ("государств – членов" is one)."""
    for k in range(1, len(toks) - 1):
        if spaced_dash(toks, k) and not (toks[k + 1].has("NOUN") and toks[k - 1].has("NOUN")
                                         and not toks[k + 1].has_any("ADJF", "PRTF")):
            return k
    return None


def before_clause_dash(complements: list[Compl]) -> list[Compl]:
    """The complements up to a clause dash inside one of them."""
    for n, c in enumerate(complements):
        k = clause_dash(c.tokens)
        if k is not None:
            head = c.tokens[:k - 1] if k > 1 and c.tokens[k - 1].has_any("ADJF", "PRTF") else c.tokens[:k]
            return complements[:n] + ([Compl(c.kind, head, c.sep)] if head and c.kind != "coord" else [])
    return complements


def after_clause_dash(toks: list) -> list:
    """A modifier "X — Y" is only Y: the dash ends the clause before it."""
    k = clause_dash(toks)
    return toks[k + 1:] if k is not None else toks


def mod_word(mod_toks: list):
    """The adjective of a modifier (its last word: "финансово-экономических", «зеленая»)."""
    return next(t for t in reversed(mod_toks) if t.value not in '-,"«»“”„()')
