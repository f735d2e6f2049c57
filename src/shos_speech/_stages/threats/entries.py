"""Entries a construction makes where the lexicon has none (or only a generic one).

* a group noun with its quoted name: "группировка «ИГИЛ-Хорасан»" (ONTOLOGY §6: the phrase
  that names an armed group calls it a danger);
* a generic state with a place: "нестабильность в Афганистане" (bare "нестабильность" is none);
* a misuse: something used, applied or turned to a harmful purpose, "использование беспилотников
  в преступных целях", "использование территории для подготовки терактов", "превращение
  экономической политики в оружие" — the purpose names the danger and decides the category.
"""
from __future__ import annotations

from functools import cache

from ..._core.countries import find_country
from ..._core.lexicon import section_lines, words
from ..._core.tokens import fold
from ...models import ThreatCategory
from .lexicon import PUNCT, Entry, ThreatLexicon, noun_lemmas
from .phrase import Compl, Parts


def constructed_entry(lexicon: ThreatLexicon, parts: Parts, base: list[Compl], entry: Entry | None) -> Entry | None:
    """The entry a construction makes of this phrase, or None (the lexicon's own entry stands)."""
    if (entry is None or entry.category is None) and _named_group(parts, base):
        return _entry(parts, ThreatCategory.terrorism, [])
    if entry is not None and entry.category is None and entry.size == 1:
        placed = _placed(parts, base) or _of_value(parts, base)
        if placed is not None:  # "нестабильность в Афганистане", "кризис многосторонности"
            return placed
    if entry is None or entry.category is None:
        struck = _struck_state(parts, base)
        if struck is not None:  # "изоляция Афганистана", "дестабилизация Ирака"
            return struck
    if (entry is None or entry.category is None) and parts.head.lemmas & words("threats", "misuse_heads"):
        return _misuse(lexicon, parts, base)
    if entry is None and _aimed(lexicon, parts, base):  # "удары по Ирану", "атаки на порты": a hostile act with its aim
        return _entry(parts, lexicon.category_of(parts.head, base[0].tokens[1:]), base[:1])
    if entry is None and _by_state(lexicon, parts, base):  # "израильские удары": a hostile act with its agent
        return _entry(parts, ThreatCategory.armed_conflict, [])
    return None


def _by_state(lexicon: ThreatLexicon, parts: Parts, base: list[Compl]) -> bool:
    """A strike noun of ``[strike_heads]`` with the adjective of the state that strikes ("израильские удары",
    "американские бомбардировки"); not a strike against a danger ("удары по базам боевиков")."""
    if not parts.head.lemmas & words("threats", "strike_heads"):
        return False
    if base and any(noun_lemmas(t) & lexicon.heads for t in base[0].tokens[1:]):
        return False
    adjectives = _state_adjectives()
    return any(m[-1].lemmas & adjectives for g in parts.mod_groups for m in g)


@cache
def _state_adjectives() -> frozenset[str]:
    from ..._core.countries import countries

    return frozenset(a for c in countries() for a in c.adjectives)


def _aimed(lexicon: ThreatLexicon, parts: Parts, base: list[Compl]) -> bool:
    """An attack noun ("удар", "атака", "обстрел") with what it strikes right after it: "на" + accusative
    or "по" + dative; not when a threat is what it strikes ("удары по позициям террористов": a strike
    against the danger)."""
    if not base or base[0].kind not in ("pp", "target") or not parts.head.lemmas & words("threats", "attack_heads"):
        return False
    if any(_names_a_threat(lexicon, t, base[0].tokens) for t in base[0].tokens[1:]):
        return False
    prep = base[0].tokens[0].value.lower()
    noun = next((t for t in base[0].tokens[1:] if t.has("NOUN")), None)
    return noun is not None and ((prep == "на" and noun.has("accs")) or (prep == "по" and noun.has("datv")))


def _names_a_threat(lexicon: ThreatLexicon, tok, toks: list) -> bool:
    """Is the struck noun a threat here: a threat entry of its head whose modifiers the phrase has ("позициям
    террористов"); "энергетические объекты" is none, though "военно-биологические объекты" is one."""
    if not noun_lemmas(tok) & lexicon.heads:
        return False
    lemmas = [t.lemmas for t in toks]
    return any(e.category is not None and all(any(forms & lm for lm in lemmas) for _p, forms in e.mods)
               for lm in noun_lemmas(tok) for e in lexicon.entries.get(lm, ()))


def _entry(parts: Parts, category: ThreatCategory, compls: list[Compl]) -> Entry:
    """An entry whose required complements are the words of ``compls`` (so the span keeps them)."""
    compl = tuple(t.lemmas for c in compls for t in c.tokens if t.value not in PUNCT)
    return Entry(parts.head.lemma, category, parts.head.lemma, parts.prefix, (), compl)


def _named_group(parts: Parts, base: list[Compl]) -> bool:
    """"группировка «ИГИЛ-Хорасан»", "ячейки ИГИЛ": a group noun with the quoted or acronym name of a group."""
    named = bool(base) and base[0].kind in ("quoted", "acr")
    return named and bool(parts.head.lemmas & words("threats", "armed_groups"))


def _placed(parts: Parts, base: list[Compl]) -> Entry | None:
    """A generic head of the ``[placed]`` class with a place after it ("нестабильность в этой стране",
    "нестабильность в мире") names a threat of the class's category; the place is its part."""
    category = _categories("placed").get(parts.head.lemma)
    if category is None or not base or base[0].tokens[0].value.lower() not in ("в", "во", "на"):
        return None
    if not any(t.has_any("loct", "loc2") for t in base[0].tokens[1:]):
        return None
    return _entry(parts, category, base[:1])


def _of_value(parts: Parts, base: list[Compl]) -> Entry | None:
    """A generic head of damage (``[damage_heads]``: "кризис") with a value of ``[damaged_values]`` in the
    genitive after it ("кризис многосторонности", "кризис системы международных отношений") names the
    damage done to it; a more specific value down the chain decides the category."""
    if not parts.head.lemmas & words("threats", "damage_heads") or not base or base[0].kind != "gen":
        return None
    values = _categories("damaged_values")
    found = [values[lm] for t in base[0].tokens if t.has("NOUN") for lm in sorted(noun_lemmas(t)) if lm in values]
    if not found:
        return None
    specific = [c for c in found if c is not ThreatCategory.other]
    return _entry(parts, specific[0] if specific else found[0], base[:1])


def _struck_state(parts: Parts, base: list[Compl]) -> Entry | None:
    """A head of the ``[state_harms]`` class with a named state in the genitive right after it ("изоляция
    Афганистана", "дестабилизация Ирака") names a threat of the class's category; the state is its part
    ("изоляция пациентов", bare "изоляция" name none)."""
    category = _categories("state_harms").get(parts.head.lemma)
    if category is None or not base or base[0].kind != "gen":
        return None
    nouns = [t for t in base[0].tokens if t.has("NOUN")]
    if not nouns or not nouns[0].is_cap or find_country(nouns[:1]) is None:
        return None
    return _entry(parts, category, base[:1])


def _misuse(lexicon: ThreatLexicon, parts: Parts, base: list[Compl]) -> Entry | None:
    """What is misused (a genitive), then the purpose: "в преступных целях", "для подготовки
    терактов", "в оружие", "в качестве оружия"."""
    if len(base) < 2 or base[0].kind != "gen":
        return None
    for n, c in enumerate(base[1:3], start=1):
        category = _purpose(lexicon, c)
        if category is not None:
            return _entry(parts, category, base[:n + 1])
        if c.kind != "gen":
            break
    return None


def _purpose(lexicon: ThreatLexicon, c: Compl) -> ThreatCategory | None:
    toks = [t for t in c.tokens if t.value not in PUNCT]
    prep = toks[0].value.lower()
    nouns = [t for t in toks[1:] if t.pos == "NOUN"]  # "военных" reads also as a noun (soldiers)
    if not nouns:
        return None
    first = noun_lemmas(nouns[0]) or nouns[0].lemmas
    if prep in ("в", "во") and "цель" in first:  # "в преступных, террористических целях"
        purposes = _categories("misuse_purposes")
        found = [purposes[lm] for t in toks[1:] for lm in sorted(t.lemmas) if lm in purposes]
        return found[0] if found else None
    if prep in ("в", "как") and _harmful_instrument(nouns[1:] if "качество" in first else nouns):
        return ThreatCategory.other  # "превращение экономической политики в оружие", "как инструмент давления"
    if prep == "для":  # "для подготовки терактов": the threat the use serves
        for t in reversed(nouns):
            for lm in sorted(noun_lemmas(t) or t.lemmas):
                if lm in lexicon.word_categories and lm in lexicon.heads:
                    return lexicon.word_categories[lm]
    return None


def _harmful_instrument(nouns: list) -> bool:
    """"оружие", or an instrument of pressure ("инструмент давления", "рычаг шантажа"): what a use
    turns something into when it is a misuse ("как инструмент развития" is none)."""
    if not nouns:
        return False
    first = noun_lemmas(nouns[0]) or nouns[0].lemmas
    if first & words("threats", "misuse_weapons"):
        return True
    return bool(first & words("threats", "misuse_instruments")) and len(nouns) > 1 \
        and bool(nouns[1].lemmas & words("threats", "misuse_pressure"))


@cache
def _categories(section: str) -> dict[str, ThreatCategory]:
    out = {}
    for line in section_lines("threats", section):
        word, category = line.split()
        out[fold(word)] = ThreatCategory(category)
    return out
