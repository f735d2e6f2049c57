"""Merging mentions into entities, and the last pass over a Result.

Institutions: one entity per body — registry entries by their canonical name, other
bodies by their normalized name; acronyms and back-references were already tied to their
body by the finder. Occurrences (priorities, threats, initiatives) are put in text order.
"""
from __future__ import annotations

from .models import Institution, Result, Span


def _lead(name: str) -> str | None:
    """"совет министров иностранных дел" of "Совет министров иностранных дел ОДКБ"."""
    words = name.split()
    if len(words) > 2 and words[-1].isupper():
        return " ".join(words[:-1]).lower().replace("ё", "е")
    return None


def institutions_from_mentions(text: str, mentions: list) -> list[Institution]:
    """Entities in order of first mention; a later bare organ name ("Совета министров
    иностранных дел") is the organ named in full before ("... ОДКБ")."""
    entities: dict[str, Institution] = {}
    leads: dict[str, str] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        key = m.key
        if key not in entities and m.entry is None and not m.parent and key in leads:
            key = leads[key]
        if key not in entities and m.entry is None:
            # "ЕИБ" on its own, after "Европейский инвестиционный банк (ЕИБ)"
            key = next((k for k, e in entities.items() if e.acronym and e.acronym.lower() == key), key)
        inst = entities.get(key)
        if inst is None:
            if m.entry is not None:
                e = m.entry
                inst = Institution(name=e.name, acronym=e.acronym, kind=e.kind, parent=e.parent,
                                   country=e.country, name_en=e.name_en)
            else:
                inst = Institution(name=m.name, acronym=m.acronym, kind=m.kind, parent=m.parent, country=m.country)
            entities[key] = inst
            lead = _lead(inst.name)
            if lead:
                leads.setdefault(lead, key)
        if inst.acronym is None and m.acronym:
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
