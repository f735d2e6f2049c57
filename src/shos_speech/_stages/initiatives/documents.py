"""Sets of documents: "пакет из 18 документов", "15 документов", "много соглашений".

A set names no undertaking of its own; the documents its list names are the items
(:func:`.enumerations.including`). A document noun counted by a numeral or a quantifier
("подписали 23 документа о сотрудничестве", "будет подписано много соглашений") is such a
set, as are the generic sets ("пакет", "ряд") and their "из"-phrase ("пакет из 18 документов").
"""
from __future__ import annotations

from .chunking import minimal_np_end, np_head
from .kinds import kind_at
from .scan import Scan


def counted_documents(s: Scan, h: int) -> bool:
    """A document noun counted by a numeral or a quantifier just before it ("23 документа", "много соглашений")."""
    e = kind_at(s, h)
    if e is None or e.kind != "strategy" or e.role == "defer":
        return False
    before = s.toks[max(0, h - 2):h]
    return any(t.is_int or t.pos == "NUMR" or t.lemma in s.w.quantifiers for t in before)


def set_end(s: Scan, j: int) -> int:
    """End of a set's noun phrase at ``j`` with its "из"-phrase: "пакет из 18 документов"."""
    k = minimal_np_end(s, j)
    if k + 1 < s.n and s.toks[k].lemma == "из":
        m = k + 1
        while m < s.n and (s.toks[m].is_int or s.toks[m].pos in ("NUMR", "ADJF")):
            m += 1
        h = np_head(s, m)
        if h is not None:
            return minimal_np_end(s, m)
    return k
