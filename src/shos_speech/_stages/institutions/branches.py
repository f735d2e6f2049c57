"""A regional branch of a named group is a body of its own: "ИГИЛ-Хорасан", "Исламское государство – Хорасан".

The registry knows the group ("ИГИЛ"); a dash and a capitalized place name after it make
the name of its branch, a different group, which keeps the registry name only as its
first part. Only registry bodies of kind ``other`` (armed groups, movements) have such
branches; "ШОС – Китай" and "ЕАЭС – Вьетнам" join an organization and a partner, not a branch.
"""
from __future__ import annotations

from .mention import Mention
from .registry import InstitutionEntry


def branch_of(text: str, toks: list, start: int, stop: int, entry: InstitutionEntry,
              opens_name: frozenset[int]) -> Mention | None:
    """The branch named by tokens ``[start, stop)`` (a registry name) and the dash and word after
    them, or None. ``opens_name``: token indices where another registry name starts."""
    k = stop + 1
    if entry.kind != "other" or k >= len(toks) or toks[stop].value != "-" or k in opens_name:
        return None
    word = toks[k]
    if not (word.is_word and word.is_cap) or (k + 1 < len(toks) and toks[k + 1].value == "-"):
        return None
    first = text[toks[start].start:toks[stop - 1].stop]
    lead = first if first in entry.acronyms else entry.name
    name = f"{lead}{text[toks[stop - 1].stop:word.start]}{word.value}"
    return Mention(toks[start].start, word.stop, name=name, kind="other", source="registry")
