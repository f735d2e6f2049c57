"""Nominative names of threats: the head and its modifiers in the nominative, complements as written.

"финансово-экономических санкций" -> "финансово-экономические санкции"; a bare head keeps
the number of the text; a capital that only opens the sentence is lowered; ё is kept only
where the text has it.
"""
from __future__ import annotations

from ..._core.tokens import PROPER
from ...morph import parse
from ...normalize import nominative_words
from .number import keep_number, singular


def same_letters(original: str, new: str) -> str:
    """Keep the text's spelling when only ё differs; never add ё the text does not use."""
    if new.replace("ё", "е") == original.replace("ё", "е"):
        return original
    return new if "ё" in original else new.replace("ё", "е")


def sentence_initial(tokens: list, index: dict[int, int], tok) -> bool:
    """A capital that only marks the start of a sentence ("Война не нужна никому")."""
    if not tok.value[:1].isupper() or tok.value.isupper():
        return False
    if any(PROPER & g for g in tok.grams[:1]):
        return False
    # an interview answer or a bullet opens with a dash ("— Таяние ледников ..."): the dash is no word
    return all(t.is_punct or t.value in "-–—" for t in tokens[:index[tok.span.start]])


def name(text: str, tokens: list, index: dict[int, int], name_toks: list, head=None,
         as_singular: bool = False, number: str | None = None) -> str:
    """The name of the phrase of ``name_toks`` (only the head and what precedes it change)."""
    words = [t.value for t in name_toks]
    if as_singular:  # "финансового и экономического кризисов" -> "финансовый кризис"
        words = [singular(t) if t is head else w for t, w in zip(name_toks, words, strict=True)]
    h = next((k for k, t in enumerate(name_toks) if t is head), len(words) - 1)
    new = nominative_words(words[:h + 1]) + words[h + 1:]
    if h < len(name_toks) and _common_noun_read_as_name(name_toks[h]):
        new[h] = words[h]  # "фишинг" reads first as the name "Фишинга": a lowercase nominative stays as written
    keep_number(name_toks, words, new, number)
    if h >= 2 and name_toks[h - 1].value == "-":
        new[h - 2] = _apposed(name_toks[h - 2], name_toks[h], new[h]) or new[h - 2]
    out = []
    for k, t in enumerate(name_toks):
        if k:
            prev = name_toks[k - 1]
            out.append(text[prev.span.stop:t.span.start] if index[t.span.start] == index[prev.span.start] + 1
                       else " ")
        original = text[t.span.start:t.span.stop]  # a token's value may differ: "–" reads "-"
        out.append(original if new[k] == t.value else same_letters(original, new[k]))
    if name_toks and sentence_initial(tokens, index, name_toks[0]):
        out[0] = out[0][:1].lower() + out[0][1:]
    if head is not None and _in_capitals(head):  # a headline in capitals: "САНКЦИИ ООН" is "санкции ООН"
        out = _lowered(name_toks, out)
    return "".join(out)


def _lowered(name_toks: list, out: list[str]) -> list[str]:
    """The name's pieces with the words of a headline in capitals lowered (acronyms and names kept)."""
    pieces = list(out)
    for n, t in enumerate(name_toks):
        if _in_capitals(t):
            pieces[2 * n] = pieces[2 * n].lower()  # a separator stands before every token after the first
    return pieces


def _in_capitals(tok) -> bool:
    """Is the word written in the capitals of a headline: a dictionary word of 4 letters or more, no acronym
    ("ООН") and no name?"""
    return tok.is_word and tok.value.isupper() and len(tok.value) > 3 and bool(tok.grams) \
        and not {"Abbr", "UNKN"} & tok.grams[0] and not PROPER & tok.grams[0]


def _common_noun_read_as_name(tok) -> bool:
    """Is a lowercase nominative common noun read first as a person's name ("фишинг": "Фишинга")?"""
    if not tok.value[:1].islower() or not tok.grams or not PROPER & tok.grams[0]:
        return False
    return any("NOUN" in g and "nomn" in g and not PROPER & g for g in tok.grams[1:])


def _apposed(prefix, head, head_word: str) -> str | None:
    """A noun in apposition before the head in its case ("боевиков-террористов", "зим-дзудов") takes
    the head's nominative and number ("боевики-террористы")."""
    shared = sorted((head.noun_cases & prefix.noun_cases) - {"nomn"})
    if not shared:
        return None
    case = shared[0]
    plural = any("plur" in p.tag for p in parse(head_word) if "NOUN" in p.tag and "nomn" in p.tag)
    for p in parse(prefix.value.lower()):
        if "NOUN" in p.tag and case in p.tag:
            form = p.inflect({"nomn", "plur" if plural else "sing"})
            return form.word if form is not None else None
    return None


def last_conjunct(tokens: list, index: dict[int, int], mod_groups: list, head_toks: list) -> list:
    """"непроверенная, а порой и заведомо ложная информация" -> "заведомо ложная информация"."""
    g = mod_groups[-1]
    j = index[g[0][0].span.start] - 1
    lead = []
    while j >= 0 and tokens[j].has("ADVB") and not tokens[j].has_any("ADJF", "CONJ", "PRCL"):
        lead.insert(0, tokens[j])
        j -= 1
    return lead + [t for m in g for t in m] + head_toks


def place_names(text: str, tokens: list, index: dict[int, int], name_toks: list, keep: list, head,
                number: str | None = None) -> list[str]:
    """"напряженность на армяно-азербайджанской и кыргызско-таджикской границах" -> one name per border."""
    base = name(text, tokens, index, name_toks, head, number=number)
    loc = next((c for c in keep if c.kind == "loc" and any(t.value.lower() == "и" for t in c.tokens)), None)
    if loc is None:
        return [base]
    split = _place_groups(loc.tokens[1:])
    if split is None:
        return [base]
    groups, noun, np_, sing = split
    prefix_toks = [t for t in name_toks if t.span.start < loc.tokens[0].span.start]
    prefix = name(text, tokens, index, prefix_toks, head, number=number)
    return [f"{prefix} {loc.tokens[0].value} {_agreed_adjectives(g, sing, np_)} {sing.word}" for g in groups]


def _place_groups(words: list):
    """The coordinated adjective groups before a shared plural place noun, with that noun's parses."""
    nouns = [k for k, t in enumerate(words) if t.value.lower() not in ("и", ",") and t.has("NOUN", "plur")]
    if not nouns or nouns[-1] != len(words) - 1:
        return None
    noun = words[nouns[-1]]
    groups: list[list] = [[]]
    for t in words[:nouns[-1]]:
        if t.value.lower() in ("и", ","):
            groups.append([])
        else:
            groups[-1].append(t)
    if len(groups) < 2 or not all(groups):
        return None
    np_ = next((p for p in parse(noun.value.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
    sing = np_.inflect({"sing", np_.tag.case}) if np_ is not None else None
    if sing is None:
        return None
    return groups, noun, np_, sing


def _agreed_adjectives(group: list, sing, np_) -> str:
    adj_words = []
    for t in group:
        if t.value == "-" or not t.has_any("ADJF", "PRTF"):
            adj_words.append(t.value)
            continue
        p = next((p for p in parse(t.value.lower()) if p.tag.POS in ("ADJF", "PRTF")), None)
        inf = p.inflect({"sing", sing.tag.gender, np_.tag.case}) if p else None
        adj_words.append(inf.word if inf else t.value)
    return "".join(w if w == "-" or k == 0 or adj_words[k - 1] == "-" else " " + w for k, w in enumerate(adj_words))
