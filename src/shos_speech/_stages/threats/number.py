"""Case and number of a threat's head, where the form alone does not tell.

"засухи", "наводнения" read both as a singular genitive and a plural nominative; "угрожают
сели" is a noun, "в селе" a village. The context decides: a conjunct takes the case of the
one before it, a head after a preposition or a noun is singular oblique, a subject or list
item plural. A name keeps the number the text gives it.
"""
from __future__ import annotations

from ..._core.lexicon import words
from ...morph import parse
from .phrase import mod_word

#: pymorphy's share of the plural nominative reading below which a noun reads singular
PLURAL_SCORE = 0.1


def case_numbers(tok, *pos: str) -> set[tuple[str | None, str | None]]:
    return {(c, n) for c, n, _g in tok.readings(*pos)}


def top_grams(tok) -> frozenset[str]:
    return tok.grams[0] if tok.grams else frozenset()


def listed(tokens: list, index: dict[int, int], head, prev) -> bool:
    """Does the head follow ``prev`` (the threat before it) as the next conjunct of a list?"""
    if prev is None:
        return False
    j = index[head.span.start] - 1
    gap = 0
    while j >= 0 and tokens[j].span.start >= prev.stop:
        if tokens[j].value.lower() not in words("threats", "list_separators") or gap > 2:
            return False
        gap += 1
        j -= 1
    return gap > 0


def list_follows(tokens: list, index: dict[int, int], head, triggers: frozenset[str]) -> bool:
    """Is the head followed by a separator and another threat word ("засухи, сели и оползни")?"""
    k = index[head.span.start] + 1
    return (k + 1 < len(tokens) and tokens[k].value.lower() in words("threats", "list_separators")
            and bool(tokens[k + 1].lemmas & triggers))


def bare_number(tokens: list, index: dict[int, int], head, prev, after: int | None = None) -> str | None:
    """The number of a bare head whose form is ambiguous (see the module docstring); ``after``:
    the index of the token after the threat's phrase (a verb there may agree with it)."""
    parses = [p for p in parse(head.value.lower()) if p.tag.POS == "NOUN"]
    if _plural_conjunct_follows(tokens, index, head) and any(p.tag.number == "plur" for p in parses):
        return "plur"  # "Войны и конфликты"
    direct_plural = any(p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in parses)
    singular = any(p.tag.number == "sing" and p.tag.case not in ("nomn", "accs") for p in parses)
    if not (direct_plural and singular):
        return None
    by_conjunct = _conjunct_number(prev)
    if by_conjunct is not None:
        return by_conjunct
    j = index[head.span.start] - 1
    if j >= 0 and {"PREP", "NOUN"} & top_grams(tokens[j]):
        return "sing"
    by_verb = verb_number(tokens, j, after)
    if by_verb is not None:
        return by_verb
    # a mass noun is hardly ever plural ("гибели", "коррупции"): its plural reading is rare
    if sum(p.score for p in parses if p.tag.number == "plur" and p.tag.case == "nomn") < PLURAL_SCORE:
        return None
    if j < 0 or tokens[j].value.lower() in words("threats", "openers") or all(t.is_punct for t in tokens[:j + 1]):
        return "plur"
    return None


def _conjunct_number(prev) -> str | None:
    """A list item takes the number of the conjunct before it when that one's case is clear."""
    if prev is None or not prev.cases:
        return None
    direct = bool(prev.cases & {"nomn", "accs"})
    oblique = bool(prev.cases - {"nomn", "accs"})
    return None if direct == oblique else "plur" if direct else "sing"


def verb_number(tokens: list, j: int, after: int | None) -> str | None:
    """The number a verb gives an ambiguous head ("кибератаки": a genitive singular or a plural):
    the object of a transitive verb before it is an accusative, so plural ("осуждаем бомбардировки",
    "предотвращать вспышки"); so is the subject of a plural verb before or after it ("участились
    кибератаки", "кибератаки на банки стали"); a verb that governs the genitive, or a negated
    transitive one, takes the singular ("опасаются войны", "не допустить эскалации")."""
    if j >= 0 and top_grams(tokens[j]) & {"ADVB", "PRCL"} and tokens[j].value.lower() != "не":
        j -= 1  # "осуждаем также бомбардировки"
    verb = tokens[j] if j >= 0 else None
    if verb is not None and top_grams(verb) & {"VERB", "INFN", "GRND"}:
        negated = j > 0 and (tokens[j - 1].value.lower() == "не"
                             or bool(tokens[j - 1].lemmas & words("threats", "negating_modals")))
        if verb.lemmas & words("threats", "genitive_verbs") or (negated and "tran" in top_grams(verb)):
            return "sing"
        # a verb in the first or second person has a pronoun for subject ("противостоим киберпреступности")
        subject_after = not top_grams(verb) & {"1per", "2per"}
        if "tran" in top_grams(verb) or (top_grams(verb) & {"VERB"} and "plur" in top_grams(verb) and subject_after):
            return "plur"
        return None
    nxt = tokens[after] if after is not None and after < len(tokens) else None
    if nxt is not None and top_grams(nxt) & {"VERB", "PRTS", "ADJS"} and "plur" in top_grams(nxt):
        return "plur"
    return None


def _plural_conjunct_follows(tokens: list, index: dict[int, int], head) -> bool:
    """Is the next conjunct a plain nominative plural ("войны и конфликты", "засухи, пыльные бури")?"""
    k = index[head.span.start] + 1
    if k >= len(tokens) or tokens[k].value.lower() not in {",", "и", "или"}:
        return False
    for t in tokens[k + 1:k + 4]:
        readings = case_numbers(t, "NOUN", "ADJF", "PRTF")
        if not readings:
            return False
        if readings - {("nomn", "plur"), ("accs", "plur")}:
            if t.has("NOUN"):
                return False
            continue
        if t.has("NOUN"):
            return True
    return False


def head_cases(head, mods: list[list], number: str | None) -> frozenset[str]:
    """The cases the head reads in, narrowed by its number or by agreement with its modifiers."""
    readings = case_numbers(head, "NOUN")
    if number == "plur":
        readings = {(c, n) for c, n in readings if n == "plur" and c in ("nomn", "accs")}
    elif number == "sing":
        readings = {(c, n) for c, n in readings if n == "sing" and c not in ("nomn", "accs")}
    if mods:
        mod_readings = [case_numbers(mod_word(m), "ADJF", "PRTF") for m in mods]
        agreeing = {(c, n) for c, n in readings
                    if all(any(mc == c and (mn == n or None in (mn, n)) for mc, mn in mr) for mr in mod_readings)}
        readings = agreeing or readings
    return frozenset(c for c, _ in readings if c)


def keep_number(name_toks: list, words_: list[str], new: list[str], number: str | None) -> None:
    """Put a bare head in the nominative of the number its context gives (see bare_number)."""
    h = next((k for k, t in enumerate(name_toks) if t.has("NOUN")), None)
    if h is None or h > 0 or number is None:
        return
    parses = [p for p in parse(words_[h].lower()) if p.tag.POS == "NOUN"]
    if number == "plur":
        if any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses):
            new[h] = words_[h]
        return
    sing = next((p for p in parses if p.tag.number == "sing" and p.tag.case != "nomn"), None)
    try:
        inf = sing.inflect({"nomn", "sing"}) if sing else None
    except ValueError:
        inf = None
    if inf:
        new[h] = words_[h][:1] + inf.word[1:] if words_[h][:1].isupper() else inf.word


def singular_mods(group: list[list], head) -> bool:
    """Do the modifiers of one conjunct read singular while the shared head is plural?"""
    if not head.has("NOUN", "plur"):
        return False
    head_readings = case_numbers(head, "NOUN")
    return all(not case_numbers(mod_word(m), "ADJF", "PRTF") & head_readings for m in group)


def singular(tok) -> str:
    """The singular of a plural noun in the same case ("кризисов" -> "кризиса")."""
    p = next((p for p in parse(tok.value.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
    try:
        inf = p.inflect({"sing", p.tag.case}) if p else None
    except ValueError:
        inf = None
    return inf.word if inf else tok.value
