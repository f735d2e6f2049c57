"""Merging mentions into entities: one Institution per body, in order of first mention.

Registry entries merge by their canonical name, other bodies by their normalized name;
back-references and later acronyms were already tied to their body by the finders. Two
ties are made here, because they need every entity before: a bare organ name ("Совета
министров иностранных дел") is the organ named in full before ("... ОДКБ"), and a lone
acronym ("ЕИБ") is the body that introduced it.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..._core.tokens import fold
from ...models import Institution, Span
from .mention import Mention


def lead_of(name: str) -> str | None:
    """"совет министров иностранных дел" of "Совет министров иностранных дел ОДКБ"."""
    words = name.split()
    if len(words) > 2 and words[-1].isupper():
        return fold(" ".join(words[:-1]))
    return None


def institutions_from_mentions(text: str, mentions: Iterable[Mention]) -> list[Institution]:
    """Entities in order of first mention, each with its mentions' spans (one per start)."""
    entities: dict[str, Institution] = {}
    leads: dict[str, str] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        key = _entity_key(m, entities, leads)
        inst = entities.get(key)
        if inst is None:
            inst = entities[key] = _entity(m)
            lead = lead_of(inst.name)
            if lead:
                leads.setdefault(lead, key)
        if inst.acronym is None and m.acronym:
            inst.acronym = m.acronym
        span = Span.of(text, m.start, m.stop)
        if all(s.start != span.start for s in inst.mentions):
            inst.mentions.append(span)
    return list(entities.values())


def _entity_key(m: Mention, entities: dict[str, Institution], leads: dict[str, str]) -> str:
    key = m.key
    if key in entities or m.entry is not None:
        return key
    if not m.parent and key in leads:
        key = leads[key]
    if key not in entities:
        # "ЕИБ" on its own, after "Европейский инвестиционный банк (ЕИБ)"
        key = next((k for k, e in entities.items() if e.acronym and e.acronym.lower() == key), key)
    return key


def _entity(m: Mention) -> Institution:
    if m.entry is not None:
        e = m.entry
        return Institution(name=e.name, acronym=e.acronym, kind=e.kind, parent=e.parent, country=e.country,
                           name_en=e.name_en)
    return Institution(name=m.name, acronym=m.acronym, kind=m.kind, parent=m.parent, country=m.country)
