"""Sentences the segmenter joins that attribution reads apart.

razdel reads "Ван И." as an initial and goes on: "... с китайским коллегой Ван И. Тот отметил,
что ..." is one sentence to it. For attribution the sentence ends there: a period right after
a person's name whose last word is one letter, before a capital letter, ends it. So does a line
break before a dash and a capital letter: the turn of a dialogue the segmenter took for an
item of a list ("... агентству «Ховар»\n– Господин министр, ...").
"""
from __future__ import annotations

import re

from ..._core.document import Document, Sentence

#: after the period: spaces, maybe an opening quote or dash, then a capital letter
_NEXT = re.compile(r"\.\s+[«\"„(–—-]?\s*[A-ZА-ЯЁ]")


#: a line that opens with a dash and a capital letter: a turn of a dialogue the segmenter joined
#: to the line before ("... агентству «Ховар»\n– Господин министр, ...")
_TURN_LINE = re.compile(r"\n[ \t]*[—–-][ \t]+(?=[A-ZА-ЯЁ])")


def _cuts(doc: Document, sent: Sentence) -> list[int]:
    """Offsets inside ``sent`` where a new sentence starts after such a name, or at a dash line."""
    out = [m.start() + 1 for m in _TURN_LINE.finditer(doc.text, sent.start, sent.stop)]
    for sp in doc.persons:
        if not (sent.start <= sp.start and sp.stop < sent.stop):
            continue
        last = doc.text[sp.start:sp.stop].split()[-1]
        if len(last) == 1 and last.isupper() and _NEXT.match(doc.text, sp.stop):
            out.append(sp.stop + 1)  # right after the period
    return sorted(a for a in out if sent.start < a < sent.stop)


def split_after_short_names(doc: Document) -> Document:
    """``doc`` with its sentences cut after names that end in a one-letter word (``doc`` itself
    when there are none)."""
    out, changed = [], False
    for sent in doc.sentences:
        cuts = _cuts(doc, sent)
        if not cuts:
            out.append(sent)
            continue
        changed = True
        bounds = [sent.start, *cuts, sent.stop]
        for a, b in zip(bounds, bounds[1:], strict=False):
            while a < b and doc.text[a].isspace():
                a += 1
            end = b
            while end > a and doc.text[end - 1].isspace():
                end -= 1
            toks = [t for t in sent.tokens if a <= t.span.start and t.span.stop <= end]
            out.append(Sentence(a, end, doc.text[a:end], toks))
    return Document(doc.text, out, doc.ner, doc.furniture) if changed else doc
