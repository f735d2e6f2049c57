"""Merging mentions into entities, and the last pass over a Result.

Institutions: one entity per body — registry entries by their canonical name, other
bodies by their normalized name; acronyms and back-references were already tied to their
body by the finder. Occurrences (priorities, threats, initiatives) are put in text order.
"""
from __future__ import annotations

from .models import Institution, Result, Span


def institutions_from_mentions(text: str, mentions: list) -> list[Institution]:
    entities: dict[str, Institution] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        key = m.key
        inst = entities.get(key)
        if inst is None:
            if m.entry is not None:
                e = m.entry
                inst = Institution(name=e.name, acronym=e.acronym, kind=e.kind, parent=e.parent,
                                   country=e.country, name_en=e.name_en)
            else:
                inst = Institution(name=m.name, acronym=m.acronym, kind=m.kind, parent=m.parent, country=m.country)
            entities[key] = inst
        elif inst.acronym is None and m.acronym:
            inst.acronym = m.acronym
        span = Span.of(text, m.start, m.stop)
        if all(s.start != span.start for s in inst.mentions):
            inst.mentions.append(span)
    return list(entities.values())


def resolve(result: Result, doc) -> Result:
    result.priorities.sort(key=lambda x: (x.span.start, x.span.end))
    result.threats.sort(key=lambda x: (x.span.start, x.span.end))
    result.initiatives.sort(key=lambda x: (x.span.start, x.span.end))
    return result
