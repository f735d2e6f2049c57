"""What the stage asks of a token beyond the core token view: a clause dash, a verb, a person.

These combine the view's features (``tok.pos``, ``tok.grams``, ``tok.lemmas``) into the
questions the placement of a phrase turns on, so that every module asks them the same way.
"""
from __future__ import annotations

from ..._core.tokens import case_of

OPEN_QUOTES = frozenset('«"“„')
CLOSE_QUOTES = frozenset('»"”“')
#: the readings agreement inside a phrase compares (nouns, adjectives, participles)
_NOMINAL = frozenset(("NOUN", "ADJF", "PRTF"))
_ADJECTIVE = frozenset({"ADJF"})
#: the endings of action nouns' lemmas
DEVERBAL_ENDINGS = ("ние", "тие", "ция")
_NOUN = frozenset({"NOUN"})


def clause_dash(text: str, tok) -> bool:
    """A dash between clauses ("Главная задача — X"); not a hyphen ("государств-членов"), not a
    range ("на 2026–2030 годы"). ``text`` is the document: a dash is told by the spaces around it."""
    if not tok.is_dash:
        return False
    a, b = tok.start, tok.stop
    if a > 0 and text[a - 1].isdigit() and text[b:b + 1].isdigit():
        return False
    return (a > 0 and text[a - 1].isspace()) or (b < len(text) and text[b:b + 1].isspace()) or text[a:b] != "-"


def verbal(tok) -> bool:
    """A verb, infinitive or short participle by the first reading, or "должен": a clause's predicate."""
    if tok.pos in ("VERB", "INFN", "PRTS"):
        return True
    return tok.pos == "ADJS" and "должный" in tok.lemmas


def for_whom(toks: list, b: int) -> int | None:
    """Index before "для нас", "для региона", "для нашей страны" ending at ``b`` (between a cue and
    its link: "имеет для нашей страны значение"); None if none ends there."""
    t = toks[b]
    if not t.has_any("NPRO", "NOUN"):
        return None
    k = b - 1
    if k > 0 and t.has_any("NOUN") and toks[k].has_any("ADJF"):
        k -= 1
    return k - 1 if k >= 0 and toks[k].value.lower() == "для" else None


def reflexive(tok) -> bool:
    """"развивается", "работались": a reflexive verb takes no object."""
    return tok.value.lower().endswith(("ся", "сь"))


def passive(tok) -> bool:
    """A short passive participle ("названо", "признана"): its subject is the named phrase."""
    return tok.pos == "PRTS"


def adjectival(tok) -> bool:
    """An adjective or participle by its first reading ("энергетической", "связывающих")."""
    return tok.pos in ("ADJF", "PRTF")


def animate(tok) -> bool:
    """A person noun ("министр", "партнеры"): never the head of a direction of activity."""
    nouns = [g for g in tok.grams if "NOUN" in g]
    return bool(nouns) and all("anim" in g for g in nouns)


def quoted_adjective(toks: list, k: int) -> bool:
    """«зеленая»: one adjective in quotes at ``k``, a term inside a noun phrase."""
    return (k + 2 < len(toks) and toks[k].value in OPEN_QUOTES and toks[k + 2].value in CLOSE_QUOTES
            and toks[k + 1].has_any("ADJF", "PRTF"))


def _agreement(tok, pos: frozenset[str] = _NOMINAL) -> set[tuple[str, str, str]]:
    """(case, number, gender or animacy) of the nominal readings; a missing number reads as singular.

    The third slot is the gender in the singular and the animacy in the plural accusative, which
    tells "покрывающих" (accusative only when animate) from "потребности" (inanimate).
    """
    out = set()
    for g in tok.grams:
        case = case_of(g)
        if case is None or case == "voct" or not g & pos:
            continue
        number = "plur" if "plur" in g else "sing"
        if case == "accs" and number == "plur":
            third = "inan" if "NOUN" in g and "inan" in g else "anim" if "anim" in g else "inan"
        elif number == "sing":
            third = next((x for x in ("masc", "femn", "neut") if x in g), "")
        else:
            third = ""
        out.add((case, number, third))
    return out


def modifies(adj, noun) -> bool:
    """Does an adjective reading of ``adj`` agree with a noun reading of ``noun`` ("важной частью";
    not "тем были": "тем" is an adjective only as a pronoun's plural dative, "были" a noun only in the
    singular)?"""
    return any(x[:2] == y[:2] and (not x[2] or not y[2] or x[2] == y[2])
               for x in _agreement(adj, _ADJECTIVE) for y in _agreement(noun, _NOUN))


def same_case_and_number(a, b) -> bool:
    """Do noun readings of ``a`` and ``b`` share a case and a number (conjuncts need no gender)?"""
    return any(x[:2] == y[:2] for x in _agreement(a, _NOUN) for y in _agreement(b, _NOUN))


def deverbal(tok) -> bool:
    """An action noun by its lemma: "упрощение", "развитие", "цифровизация"."""
    return tok.is_word and any(lemma.endswith(DEVERBAL_ENDINGS) for lemma in tok.lemmas if tok.has_any("NOUN"))


def agree_in_phrase(a, b) -> bool:
    """Could ``a`` and ``b`` stand in one noun phrase? A shared case and number, and gender in the
    singular, animacy in the plural accusative (what ``_core.agreement.agree`` does not compare)."""
    return any(x[:2] == y[:2] and (not x[2] or not y[2] or x[2] == y[2])
               for x in _agreement(a) for y in _agreement(b))
