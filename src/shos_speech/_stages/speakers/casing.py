"""Headlines and lines in capitals, read as the same words in sentence case.

"ЛУКАШЕНКО: САНКЦИИ НЕ СЛОМИЛИ БЕЛАРУСЬ" is read as "Лукашенко: санкции не сломили Беларусь":
every word of a line in capitals is lowercased, then capitalized again when it opens the line,
is a word of a name the rest of the text gives ("Лукашенко"), is a proper name by its readings
("Беларусь") or looks like a surname where a subject stands ("ТОКАЕВ ПРЕДЛОЖИЛ", by its ending);
an acronym the text uses elsewhere, or one the dictionary knows ("ООН"), stays in capitals. The
stage reads such lines through this sentence-case copy (same offsets, so spans still point
into the text as given); natasha's spans there are replaced by the names found in the copy.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..._core.document import Document, NerSpan, Sentence
from ..._core.tokens import fold, tokenize
from ...morph import parse
from .grammar import surname_ending, tags

#: a line is in capitals when this share of its words (of two letters or more) is
CAPS_SHARE = 0.7
#: and it has at least this many such words
CAPS_WORDS = 2
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*")


def in_capitals(text: str) -> bool:
    """Is ``text`` written in capitals ("ТОКАЕВ ПРЕДЛОЖИЛ СОЗДАТЬ ЦЕНТР")?"""
    ws = [w for w in _WORD.findall(text) if len(w) > 1]
    return len(ws) >= CAPS_WORDS and sum(w.isupper() for w in ws) >= CAPS_SHARE * len(ws)


def _readings(word: str, section: str) -> bool:
    """Does one of the first readings of ``word`` carry a grammeme of ``section``?"""
    wanted = tags(section)
    return any(wanted & set(p.tag.grammemes) for p in parse(word)[:3])


def _abbreviation(low: str) -> bool:
    """Read first as an abbreviation ("оон", "сша"; not "по", "в")."""
    parses = parse(low)
    return bool(parses) and bool(tags("abbreviation_grammemes") & set(parses[0].tag.grammemes))


def _capitalized(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _verb(word: str) -> bool:
    return any(p.tag.POS == "VERB" for p in parse(word.lower())[:1])


def _name_word(low: str, next_word: str | None, known: frozenset[str]) -> bool:
    """Is the lowercased word of a line in capitals a word of a person's name: one the text gives,
    one with a first-name or surname reading, or one with a surname's ending before a verb or a
    colon ("ТОКАЕВ ПРЕДЛОЖИЛ", "ТОКАЕВ:")?"""
    if (fold(low) in known and not _function_word(low)) or _readings(low, "name_grammemes"):
        return True
    subject = next_word is None or next_word == ":" or _verb(next_word)
    return subject and bool(surname_ending().search(fold(low)))


def _function_word(low: str) -> bool:
    """"и", "в", "по": a word of a name the text gives counts alone only when it is none of these."""
    parses = parse(low)
    return bool(parses) and parses[0].tag.POS in ("CONJ", "PREP", "PRCL")


def _known_runs(matches: list, pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the words of two-word runs of a name the text gives ("Ван И", whose words alone
    are function words)."""
    out = set()
    for k in range(1, len(matches)):
        if (fold(matches[k - 1].group(0)), fold(matches[k].group(0))) in pairs:
            out |= {k - 1, k}
    return out


def recase(text: str, known: frozenset[str], acronyms: frozenset[str],
           pairs: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, list[tuple[int, int]]]:
    """The sentence-case copy of a line in capitals (same length), and the spans of the words
    read as words of a person's name; ``known`` are the words of the names the text gives in
    sentence case, ``pairs`` their two-word runs."""
    out = list(text)
    names = []
    matches = list(_WORD.finditer(text))
    runs = _known_runs(matches, pairs)
    for k, m in enumerate(matches):
        word, low = m.group(0), m.group(0).lower()
        if not word.isupper() or len(low) != len(word):
            continue
        if fold(word) in acronyms or (len(word) <= 5 and _abbreviation(low)):
            continue  # "ШОС", "ООН" stay as written
        between = text[m.end():matches[k + 1].start()].strip() if k + 1 < len(matches) else ""
        nxt = ":" if between.startswith(":") else (matches[k + 1].group(0) if k + 1 < len(matches) else None)
        named = k in runs or _name_word(low, nxt, known)
        if named:
            names.append((m.start(), m.end()))
        new = _capitalized(low) if k == 0 or named or _readings(low, "proper_grammemes") else low
        out[m.start():m.end()] = new
    return "".join(out), names


def _name_spans(offset: int, names: list[tuple[int, int]], text: str) -> list[NerSpan]:
    """PER spans of runs of name words (only spaces between them)."""
    out: list[NerSpan] = []
    for a, b in names:
        if out and not text[out[-1].stop - offset:a].strip():
            out[-1] = NerSpan(out[-1].start, offset + b, "PER")
        else:
            out.append(NerSpan(offset + a, offset + b, "PER"))
    return out


def sentence_case(doc: Document, acronyms: Iterable[str] = ()) -> Document:
    """``doc`` with its sentences in capitals read in sentence case (``doc`` itself when it has none)."""
    caps = [k for k, s in enumerate(doc.sentences) if in_capitals(s.text)]
    if not caps:
        return doc
    names = [[fold(w) for w in _WORD.findall(doc.text[sp.start:sp.stop])] for sp in doc.persons
             if not in_capitals(doc.text[sp.start:sp.stop])]
    known = frozenset(w for ws in names for w in ws)
    pairs = frozenset(p for ws in names for p in zip(ws, ws[1:], strict=False))
    acr = frozenset(fold(a) for a in acronyms)
    text = list(doc.text)
    sentences = list(doc.sentences)
    ner = [sp for sp in doc.ner if not any(doc.sentences[k].start <= sp.start < doc.sentences[k].stop for k in caps)]
    for k in caps:
        s = doc.sentences[k]
        new, spans = recase(s.text, known, acr, pairs)
        text[s.start:s.stop] = new
        sentences[k] = Sentence(s.start, s.stop, new, tokenize(new, s.start))
        ner.extend(_name_spans(s.start, spans, new))
    return Document("".join(text), sentences, sorted(ner, key=lambda sp: (sp.start, sp.stop)), doc.furniture)
