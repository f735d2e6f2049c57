"""A ministry named by its bare acronym ("МИД", "Минобороны") is one state's ministry.

"МИД Бразилии" says whose it is (``bodies.acronym_body``); a bare "МИД" does not, but the
text does: a country adjective before it ("глава индийского МИД"), or the ministry of that
acronym the document named with its state first before it ("брифинг официального представителя МИД
Республики Казахстан … Как МИД оценивает …"), like a back-reference to what it introduced.
A bare acronym with neither stays as written, a state body of no known state.
"""
from __future__ import annotations

from ..._core.countries import find_country
from ..._core.document import Document
from ..._core.tokens import fold
from .mention import Mention
from .registry import InstitutionEntry
from .resources import Resources


def bare_ministries(doc: Document, mentions: list[Mention], res: Resources) -> list[Mention]:
    """``mentions`` with each bare ministry acronym tied to the state's ministry it names:
    first by a country adjective before it, then (counting those) by the document's only one."""
    expansions = res.lexicon.acronym_heads
    bare = [doc.text[m.start:m.stop] if m.entry is None and not m.country else "" for m in mentions]
    out = [_by_adjective(doc, m, expansions[s], res) or m if s in expansions else m
           for m, s in zip(mentions, bare, strict=True)]
    return [_by_document(m, expansions[s], out) or _stateless(m, s) if s in expansions and m.entry is None else m
            for m, s in zip(out, bare, strict=True)]


def _by_adjective(doc: Document, m: Mention, expansion: str, res: Resources) -> Mention | None:
    """"глава индийского МИД": the ministry of the state the adjective names."""
    country = _adjective_country(doc, m)
    entry = _registry_ministry(res, expansion, country) if country else None
    return Mention(m.start, m.stop, entry=entry, source=m.source) if entry else None


def _by_document(m: Mention, expansion: str, mentions: list[Mention]) -> Mention | None:
    """The ministry of this acronym the document named first before it (the ministry the text
    is about: "Министерство иностранных дел Республики Казахстан распространило … В МИД
    подчеркнули"). One named only after it is often another state's ("… сказал глава МИД.
    Глава МИД Турции, также прибывший …"), so it is not taken."""
    earlier = [x for x in mentions if x.stop <= m.start and _is_ministry(x, expansion)]
    return earlier[0].same_body(m.start, m.stop, m.source) if earlier else None


def _adjective_country(doc: Document, m: Mention) -> str | None:
    """"индийского МИД": the adjective right before the acronym names the state."""
    sent = doc.sentence_at(m.start)
    if sent is None:
        return None
    before = [t for t in sent.tokens if t.stop <= m.start]
    if not before or not before[-1].has("ADJF"):
        return None
    return find_country(before[-1:])


def _registry_ministry(res: Resources, expansion: str, country: str) -> InstitutionEntry | None:
    prefix = fold(expansion)
    return next((e for e in res.registry.entries
                 if e.country == country and fold(e.name).startswith(prefix)), None)


def _is_ministry(m: Mention, expansion: str) -> bool:
    """A mention of a state's ministry of this acronym ("МИД РК", "Министерства иностранных дел Индии")."""
    name = m.entry.name if m.entry is not None else m.name
    country = m.entry.country if m.entry is not None else m.country
    return bool(country) and fold(name).startswith(fold(expansion))


def _stateless(m: Mention, surface: str) -> Mention:
    """A ministry whose state the text does not say: a state body by the acronym as written."""
    return Mention(m.start, m.stop, name=surface, kind="state_body", acronym=None, source=m.source, head=m.head)
