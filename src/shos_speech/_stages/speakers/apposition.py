"""Names that natasha does not tag: in apposition to a post ("Председатель Китайской Народной
Республики Си Цзиньпин", "заведующий отделом ... Администрации Президента Хикмет Гаджиев"),
and a surname that opens a sentence before its verb ("Токаев направил ...").

After the head of a post, the name is the run of capitalized words that ends the chain before
punctuation, a lowercase word or the sentence's end, each word a name by its readings (a first
name, surname or patronymic), unknown to the dictionary ("Цзиньпин") or short ("Си", "Ван").
A dictionary word with no name reading ("Республики"), a place ("Казахстан") and a word after a
preposition ("посол в Мьянме") end the run; spans natasha tagged and institutions are left alone.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..._core.document import Document, NerSpan
from ..._core.tokens import fold
from ...morph import parse
from .grammar import Grammar, surname_ending
from .intervals import Intervals
from .subjects import is_verb
from .titles import title_start

#: a capitalized word this short is a name part with no reading ("Си", "Ван", "Ли")
SHORT_NAME = 3
#: the most words of a name in apposition
LONGEST_NAME = 3


def _name_like(tok, prev) -> bool:
    """Can ``tok`` be a word of a person's name (``prev`` the token before it)?"""
    if not tok.is_word or not tok.value[:1].isupper() or tok.is_acronym:
        return False
    if prev is not None and prev.is_word and prev.pos == "PREP":
        return False
    parses = parse(tok.value.lower())
    known = bool(parses) and parses[0].is_known
    if known and tok.has("Geox"):
        return False  # a place the dictionary knows ("Казахстан"); a guess for a foreign word is none
    if tok.has_any("Name", "Surn", "Patr"):
        return True
    return len(tok.value) <= SHORT_NAME or not known


def _run_at_end(chain: Sequence) -> list:
    """The name-like words that end ``chain`` (at most :data:`LONGEST_NAME`)."""
    run: list = []
    for i in range(len(chain) - 1, -1, -1):
        prev = chain[i - 1] if i else None
        if len(run) == LONGEST_NAME or not _name_like(chain[i], prev):
            break
        run.insert(0, chain[i])
    return run


def _chain_ends(tokens: Sequence) -> Iterator[int]:
    """Indices after which a chain of words may end: before punctuation, a lowercase word or the end."""
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.is_word and t.value[:1].isupper() and (nxt is None or not nxt.is_word or not nxt.value[:1].isupper()):
            yield i


def apposition_names(doc: Document, grammar: Grammar) -> list[NerSpan]:
    """PER spans for the names in apposition to a post that no NER span covers."""
    tagged = Intervals((sp.start, sp.stop) for sp in doc.ner)
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        for end in _chain_ends(toks):
            run = _run_at_end(toks[:end + 1])
            if not run or run[0] is toks[0]:
                continue
            a, b = run[0].span.start, run[-1].span.stop
            if tagged.overlaps(a, b):
                continue
            before = list(toks[:toks.index(run[0])])
            if before and not before[-1].is_punct and title_start(before, Intervals(()), grammar) is not None:
                out.append(NerSpan(a, b, "PER"))
    return out


def _singular_finite(tok) -> bool:
    return tok.is_word and any("VERB" in g and "indc" in g and "plur" not in g for g in tok.grams[:1])


def _surname_only(tok) -> bool:
    """A capitalized word that can only be a surname as a subject: a surname's reading, or a
    surname's ending on a word the dictionary does not know or knows in no singular nominative
    ("Токаев" is no genitive of "токай"; "Остров" is a word)."""
    if not tok.is_word or not tok.value[:1].isupper() or tok.is_acronym:
        return False
    if tok.has("Surn"):
        return True
    if not surname_ending().search(fold(tok.value)):
        return False
    parses = parse(tok.value.lower())
    if parses and not parses[0].is_known:
        return True  # a guess for a word the dictionary does not know ("Жапаров")
    return not any("NOUN" in g and "nomn" in g and "sing" in g for g in tok.grams)


#: the most words of the place or occasion in a speaker's label ("Рахмон в Душанбе: ...")
LABEL_PLACE = 4


def _labels(toks: Sequence) -> bool:
    """Does the word ``toks[0]`` label what follows: a colon after it, or after a place or
    occasion ("Рахмон в Душанбе: ...", "Лавров на саммите G20: ...") with no verb in it?"""
    if toks[1].value == ":":
        return True
    if toks[1].pos != "PREP":
        return False
    for t in toks[2:2 + LABEL_PLACE + 1]:
        if t.value == ":":
            return True
        if t.is_punct or is_verb(t):
            return False
    return False


def _known_surnames(doc: Document) -> frozenset[str]:
    """The last words of the names natasha tagged in full ("Эмомали Рахмон"): surnames the text gives."""
    out = set()
    for sp in doc.persons:
        parts = doc.text[sp.start:sp.stop].split()
        if len(parts) >= 2:
            out.add(fold(parts[-1]))
    return frozenset(out)


def subject_surnames(doc: Document) -> list[NerSpan]:
    """PER spans for a surname that opens a sentence before its verb ("Токаев направил ...") or a
    speaker's label (:func:`_labels`: "Лавров: ...", "Рахмон в Душанбе: ...") where no NER span
    stands; a word the text gives as the surname of a name in full counts as one."""
    tagged = Intervals((sp.start, sp.stop) for sp in doc.ner)
    known = _known_surnames(doc)
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        if len(toks) < 2 or tagged.overlaps(toks[0].span.start, toks[0].span.stop):
            continue
        surname = _surname_only(toks[0]) or (toks[0].value[:1].isupper() and fold(toks[0].value) in known)
        if surname and (_singular_finite(toks[1]) or _labels(toks)):
            out.append(NerSpan(toks[0].span.start, toks[0].span.stop, "PER"))
    return out
