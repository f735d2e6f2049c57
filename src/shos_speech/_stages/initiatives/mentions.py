"""Undertakings named without a stance: registry names, documents, quoted and capitalized projects.

Named initiatives of the registry ("Инициатива глобального развития"), documents with
capitalized names ("Бишкекская декларация"), "инициатива о ..." phrases, heads with a
quoted or Latin name ("стратегия «Глобальные ворота»", "концепция SECURE") and
infrastructure named by its places ("железная дорога Китай – Кыргызстан – Узбекистан")
are undertakings wherever they stand; they are kept when no stance predicate took them.
"""
from __future__ import annotations

from ..._core.agreement import agree
from ...grammars.initiatives import KindEntry
from .chunking import chunk_end, closing, name_end, np_head, opens, place_list_end, trim
from .documents import counted_documents
from .enumerations import enumeration
from .kinds import kind_at
from .phrases import quoted_conjuncts
from .scan import CLOSE_QUOTES, OPEN_QUOTES, Item, Scan, is_finite


# -- registry names --------------------------------------------------------------------------
def _named_start(s: Scan, a: int) -> int:
    """Where a registry name's mention starts: the head words before a quoted name
    ("инициативой "Один пояс, один путь"") and the adjectives before them."""
    toks = s.toks
    start = a
    k = a - 1
    if k >= 0 and toks[k].value in OPEN_QUOTES + '"':
        k -= 1
    while k >= 0 and toks[k].pos in ("NOUN", "ADJF") and kind_at(s, k) and k >= a - 3:
        start = k
        k -= 1
    while start - 1 >= 0 and toks[start - 1].pos == "ADJF" and start > a - 4:
        start -= 1
    if start == a and a > 0 and toks[a - 1].value in OPEN_QUOTES + '"':
        start = a - 1
    return start


def named_mentions(s: Scan) -> list[Item]:
    """The registry's names in the sentence (an existing body's name only lends its author)."""
    out = []
    for hit in s.lex.named.findall(s.toks):
        a, b = hit.start, hit.stop
        stop = b + 1 if b < s.n and s.toks[b].value in CLOSE_QUOTES + '"' else b
        start = _named_start(s, a)
        it = Item(_wrapper_start(s, start, a), stop, "mentions", "mention", head=a, named=hit.payload)
        # an existing body ("был открыт Региональный центр ООН"): it only lends its author
        it.link_only = s.in_institution(a)
        out.append(it)
    return out


# -- infrastructure named by its places ---------------------------------------------------------
def _place_list(s: Scan, i: int) -> Item | None:
    """"железная дорога Китай – Кыргызстан – Узбекистан", "коридор «Север – Юг»": a project."""
    toks, t = s.toks, s.toks[i]
    if not t.lemmas & s.w.place_list_heads or s.in_institution(i):
        return None
    places = place_list_end(s, i + 1)
    if places is None:
        return None
    quoted = i + 1 < s.n and toks[i + 1].value in OPEN_QUOTES
    if not quoted and (not t.has("sing") or any(x.lemma in s.w.compass for x in toks[i + 1:places])):
        return None  # "маршрутов Север – Юг и Восток – Запад": directions, not one project
    start = i
    while start - 1 >= 0 and toks[start - 1].pos == "ADJF" and not toks[start - 1].has("PRTF"):
        start -= 1  # "железная дорога", "транспортный коридор"
    return Item(start, places, "mentions", "mention", head=i, kind="project")


# -- heads named without a stance -------------------------------------------------------------
def _modifier_before(s: Scan, k: int, nxt: int) -> bool:
    """An adjective before the phrase: by its first reading, or a capitalized word with an agreeing
    adjective reading ("Циндаоской декларации", read first as a noun "циндаоска")."""
    t = s.toks[k]
    if t.has("PRTF"):
        return t.lemma in s.w.upcoming  # "предстоящего" reads as a participle too
    return t.pos == "ADJF" or (t.is_cap and t.has("ADJF") and agree(t, s.toks[nxt], gender=True))


def _phrase_start(s: Scan, i: int) -> int:
    """The first adjective before the head ("Китайско-пакистанский экономический коридор")."""
    toks = s.toks
    start = i
    while start - 1 >= 0 and _modifier_before(s, start - 1, i):
        start -= 1
        if start >= 2 and toks[start - 1].is_dash and s.tight(start - 2, start - 1) and s.tight(start - 1, start):
            start -= 2  # "Китайско-пакистанский"
    return start


def _quoted_name(s: Scan, i: int, entry: KindEntry) -> bool:
    """A head with a quoted or Latin name: "стратегия «Глобальные ворота»", "учение «Взаимодействие-2025»"."""
    toks, lems = s.toks, s.toks[i].lemmas
    quotable = entry.role != "defer" and (entry.kind in ("strategy", "initiative") or lems & s.w.quoted_heads)
    if not quotable or lems & s.w.mottos or i + 1 >= s.n:
        return False
    nxt = toks[i + 1]
    return nxt.value in OPEN_QUOTES or (nxt.value == '"' and opens(s, i + 1)) or (
        nxt.type == "LATIN" and nxt.value.isupper() and entry.kind != "event")


def _initiative_about(s: Scan, i: int) -> bool:
    """"инициатива о ...", "инициатива «...»": an initiative named by its complement."""
    nxt = s.value(i + 1)
    return "инициатива" in s.toks[i].lemmas and i + 1 < s.n and (
        s.lemma(i + 1) in s.w.mention_openers or nxt in OPEN_QUOTES + '"')


def _transformation(s: Scan, i: int) -> bool:
    """"преобразование СВМДА в полноформатную организацию": a body turned into another one (not
    "превращение экономической политики в оружие")."""
    if not s.toks[i].lemmas & s.w.transformations:
        return False
    into = next((k for k in range(i + 1, min(s.n, i + 5)) if s.toks[k].lemma == "в"), None)
    if into is None:
        return False
    h = np_head(s, into + 1)
    e = kind_at(s, h) if h is not None else None
    return s.in_institution(i + 1) or (e is not None and e.kind == "institution_building")


def _body_mission(s: Scan, i: int, entry: KindEntry) -> bool:
    """"миротворческая миссия ОДКБ", "антинаркотическая операция ОДКБ": a security operation, mission or
    contingent (a phrase of the lexicon) of the body named right after it."""
    return bool(s.toks[i].lemmas & s.w.missions) and entry.role != "defer" and i + 1 < s.n and s.in_institution(i + 1)


def _counted_of_body(s: Scan, i: int, entry: KindEntry) -> bool:
    """"четыре резолюции Совета Безопасности ООН", "три конвенции ООН": documents counted and issued by the
    body named right after them are one undertaking ("подписали 23 документа" is a set, no item)."""
    return entry.role == "doc" and i + 1 < s.n and s.in_institution(i + 1) and counted_documents(s, i)


def _proper(s: Scan, i: int, start: int) -> tuple[bool, bool]:
    """(the phrase starts with a capital, it is a proper name): a sentence-initial adjective is one only as a
    place adjective ("Габалинская")."""
    toks, t = s.toks, s.toks[i]
    cap = toks[start].is_cap and not (start == 0 and not t.is_cap and start == i)
    proper = start > 0 or t.is_cap or (start < i and toks[start].lemma.endswith("ский"))
    return cap, proper


def _upcoming(s: Scan, i: int, start: int, entry: KindEntry) -> bool:
    """"чего ждете от предстоящего саммита ОДКБ", "следующее заседание Совета": a meeting announced (ONTOLOGY
    §6); "к следующему саммиту", "на следующей встрече" name a time or a place only."""
    if entry.kind != "event" or entry.role == "defer" or s.toks[i].lemmas & s.w.date_nouns or not any(
            s.toks[k].lemma in s.w.upcoming for k in range(start, i)):
        return False
    return not (start > 0 and s.toks[start - 1].lemma in s.w.time_preps)


def _named_without_stance(s: Scan, i: int, start: int, entry: KindEntry) -> tuple[bool, bool] | None:
    """(a document's proper name, a quoted name) when the head at ``i`` names an undertaking by itself,
    else None."""
    cap, proper = _proper(s, i, start)
    doc = entry.role == "doc" and cap and proper  # "Бишкекская декларация", "Договор о ..."
    named = _quoted_name(s, i, entry)
    project = bool(s.toks[i].lemmas & s.w.cap_projects) and cap and start < i and proper  # "Транскаспийский маршрут"
    if _initiative_about(s, i) or _transformation(s, i) or doc or named or project or _upcoming(s, i, start, entry) \
            or _body_mission(s, i, entry) or _counted_of_body(s, i, entry):
        return doc, named
    return None


def _head_mention(s: Scan, i: int, entry: KindEntry) -> list[Item]:
    """The mention headed by the undertaking noun at ``i``, or none (an enumeration replaces it)."""
    start = _phrase_start(s, i)
    found = None if s.in_institution(i) else _named_without_stance(s, i, start, entry)
    if found is None:
        return []
    doc, named = found
    if doc and _cited_as_norm(s, start):
        return []  # "на основе Устава ООН": the norm an act is measured by
    end, why = chunk_end(s, i + 1, s.toks[i].cases("NOUN"), False)
    if named and "инициатива" not in s.toks[i].lemmas and not doc:
        end = name_end(s, i + 1)  # "концепцией «Зеленый путь» и ее итогами": the name ends it
    start = _wrapper_start(s, start, i)
    it = Item(start, trim(s, start, end), "mentions", "mention", head=i)
    if why == "colon" and s.plural(i):
        enum = enumeration(s, it.stop + 1, "mentions", it)
        if enum:
            return enum
    more = quoted_conjuncts(s, it.stop, i, it) if named else []  # "учения «Взаимодействие» и «Поиск»"
    for x in more:
        x.source = "mention"
    return [it, *more]


def _cited_as_norm(s: Scan, start: int) -> bool:
    """Does a norm reference ("на основе", "в соответствии с", "в нарушение") stand right before ``start``?"""
    return any(start >= len(ref) and tuple(s.toks[k].lemma for k in range(start - len(ref), start)) == ref
               for ref in s.w.norm_references)


def _wrapper_start(s: Scan, start: int, i: int) -> int:
    """"Строительство газопровода «Сила Сибири – 2»", "расширение проекта «Телемедицина»": the action noun
    governing the named undertaking in the genitive is the undertaking's span too."""
    k = start - 1
    if k < 0 or "gent" not in s.toks[i].cases() or s.toks[k].pos != "NOUN":
        return start
    t = s.toks[k]
    if k > 0 and s.toks[k - 1].pos == "PREP" and t.lemmas & s.w.frame_nouns:
        return start  # "в ходе предстоящего заседания": a complex preposition, no wrapper
    e = kind_at(s, k)
    if not (t.lemmas & (s.w.action_wrappers | s.w.strip_wrappers | s.w.domain_growth) or (e and e.role == "defer")
            or (e is not None and e.kind == "project" and t.lemma.endswith("ство"))):
        return start
    while k > 0 and s.toks[k - 1].pos == "ADJF":
        k -= 1
    return k


def _by_initiative(s: Scan, i: int) -> bool:
    """"по инициативе X", "по нашей инициативе": who proposed, not an undertaking."""
    return "инициатива" in s.toks[i].lemmas and (
        (i > 0 and s.toks[i - 1].lemma == "по") or (i > 1 and s.toks[i - 2].lemma == "по"))


def _document_title(s: Scan, j: int) -> Item | None:
    """«Об обеспечении национальной безопасности», «О свободной торговле»: a quoted title that opens with
    "О"/"Об" and a noun or an adjective in the locative, with no verb of its own, is the title of a law, an
    agreement or a decree — a document, also where its head noun is left out ("назвал законы «Об X», «О Y»").
    After its head ("закон «О …»") the head takes it."""
    toks = s.toks
    if toks[j].value not in OPEN_QUOTES or j + 2 >= s.n:
        return None
    if not toks[j + 1].is_cap or toks[j + 1].value.lower() not in s.w.title_prepositions:
        return None
    if "loct" not in toks[j + 2].cases("NOUN", "ADJF", "PRTF") or (j > 0 and kind_at(s, j - 1) is not None):
        return None
    close = closing(s, j)
    if close is None or any(is_finite(t) for t in toks[j + 1:close]):
        return None  # «Об этом мы договорились»: a quotation
    return Item(j, close + 1, "mentions", "mention", head=j + 2, kind="strategy")


def without_stance(s: Scan) -> list[Item]:
    """Every undertaking the sentence names without a stance, in text order of their heads."""
    out = named_mentions(s)
    out.extend(it for j in range(s.n) if (it := _document_title(s, j)) is not None)
    for i, t in enumerate(s.toks):
        if t.pos != "NOUN" or _by_initiative(s, i):
            continue
        place = _place_list(s, i)
        if place is not None:
            out.append(place)
            continue
        entry = kind_at(s, i)
        if entry is not None:
            out.extend(_head_mention(s, i, entry))
    return out
