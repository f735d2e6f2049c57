"""natasha's ORG spans as institution mentions: a registry name it found, or a body of its own.

natasha tags more than bodies as ORG: buildings ("Дворце Независимости"), events
("Бишкек+25"), media and networks ("СМИ", "Telegram"), posts ("Председателя Китая") and
lone capitalized heads that refer back ("Организации"). Those are left out here; a span
that a reporting verb introduces ("как передает Кабар") is a media outlet.
"""
from __future__ import annotations

import re

from ..._core.document import Document, NerSpan
from ..._core.tokens import fold
from ...normalize import nominative
from .mention import Mention
from .registry import norm_name
from .resources import Resources

_EVENT = re.compile(r"\+\d")
_OPENING = frozenset("«“„\"")
_CLOSING = frozenset("»”\"")
_LINKS = frozenset({",", "и"})


def ner_mentions(doc: Document, existing: list[Mention], res: Resources) -> list[Mention]:
    """``existing`` with natasha's ORG mentions added; a registry mention that an ORG span
    runs on past in Latin ("Associated Press" of "Associated Press of Pakistan") gives way."""
    kept = list(existing)
    out: list[Mention] = []
    for sp in doc.ner:
        if sp.type != "ORG":
            continue
        tokens = _span_tokens(doc, sp)
        if not tokens:
            continue
        sp = NerSpan(tokens[0].start, tokens[-1].stop, sp.type)
        if not _replaces_what_it_overlaps(kept, sp, tokens):
            continue
        if _names_a_thing(doc, sp, tokens, res):
            continue
        m = _ner_mention(doc.text, sp, tokens, res)
        if m is not None:
            out.append(m)
    return kept + out


def _names_a_thing(doc: Document, sp: NerSpan, tokens: list, res: Resources) -> bool:
    """An ORG span that is the name of a project, event, document or building, not of a body: its
    own head is a document noun ("Евразийской хартии") or it stands as the proper name of one
    before it ("газопровода ТАПИ", "учения «Взаимодействие-2024» и «Поиск-2024»", "резиденции
    «Ала-Арча»"). Registry names stay."""
    lex = res.lexicon
    if res.registry.entry_for(tokens) is not None or any(lex.head_of(t) for t in tokens):
        return False  # "программы Фонда Ага Хана": a body's head makes it a body
    sent = doc.sentence_at(sp.start)
    before = [t for t in sent.tokens if t.stop <= sp.start] if sent is not None else []
    k = _before_quoted_names(before, len(before) - 1)
    if k >= 0 and lex.head_of(before[k]):
        return False  # 'партии "Национальная конвенция за солидарность"': the name of a body
    if any(t.lemmas & lex.documents for t in tokens):
        return True
    return k >= 0 and bool(before[k].lemmas & (lex.named_things | lex.buildings))  # "резиденции «Ала-Арча»"


def _before_quoted_names(toks: list, k: int) -> int:
    """The index of the word before the span's opening quote and before the quoted names listed
    ahead of it ("учения «Взаимодействие-2024» и «Поиск-2024»": the index of "учения")."""
    if k >= 0 and toks[k].value in _OPENING:
        k -= 1
    while k >= 1 and toks[k].value in _LINKS and toks[k - 1].value in _CLOSING:
        k -= 2
        while k >= 0 and toks[k].value not in _OPENING:
            k -= 1
        k -= 1
    return k


def _span_tokens(doc: Document, sp: NerSpan) -> list:
    """The tokens of an ORG span, without an acronym it introduces: "Межправительственного
    органа по развитию (ИГАД)" names the body, "(ИГАД)" is introduced, not named."""
    sent = doc.sentence_at(sp.start)
    if sent is None:
        return []
    tokens = [t for t in sent.tokens if sp.start <= t.start and t.stop <= sp.stop]
    cut = next((k for k, t in enumerate(tokens) if t.value == "("), None)
    return tokens if cut is None else tokens[:cut]


def _replaces_what_it_overlaps(kept: list[Mention], sp: NerSpan, tokens: list) -> bool:
    """May the span stand? Only if it overlaps nothing found, or runs on in Latin past one
    registry mention that starts where it does (which is then removed from ``kept``)."""
    hit = [m for m in kept if m.overlaps(sp.start, sp.stop)]
    if not hit:
        return True
    m0 = hit[0]
    extends = (len(hit) == 1 and m0.start == sp.start and m0.stop < sp.stop
               and all(t.type == "LATIN" for t in tokens if t.start >= m0.stop))
    if extends:
        kept.remove(m0)
    return extends


def _ner_mention(text: str, sp: NerSpan, tokens: list, res: Resources) -> Mention | None:
    lex = res.lexicon
    if any(t.lemmas & lex.buildings for t in tokens[:3]):
        return None  # "Дворце Независимости" is a building
    surface = text[sp.start:sp.stop]
    entry = res.registry.entry_for(tokens) or res.registry.lookup(surface)
    if entry is not None:
        return Mention(sp.start, sp.stop, entry=entry, source="ner")
    if _not_a_body(surface, tokens, res):
        return None
    head = next((h for t in tokens if (h := lex.head_of(t))), None)
    kind = lex.heads[head].kind if head else "other"
    if lex.media_before.search(fold(text[max(0, sp.start - 40):sp.start])) \
            or lex.media_after.match(fold(text[sp.stop:sp.stop + 30])):
        kind = "media"
    inflect = any(t.is_word for t in tokens) and not _quoted_apposition(text, sp)
    name = nominative(text, tokens) if inflect else surface
    return Mention(sp.start, sp.stop, name=name, kind=kind, source="ner", head=head)


def _quoted_apposition(text: str, sp: NerSpan) -> bool:
    """"агентство «Авеста»", "компании «Казмунайгаз»": a quoted name after the lowercase noun it
    stands in apposition to is in the nominative as written (read as a word, "Авеста" would be
    the genitive of "Авест")."""
    if not (0 < sp.start and sp.stop < len(text) and text[sp.start - 1] in _OPENING and text[sp.stop] in _CLOSING):
        return False
    words = text[max(0, sp.start - 30):sp.start - 1].split()
    return bool(words) and words[-1][:1].islower() and words[-1].isalpha()


def _not_a_body(surface: str, tokens: list, res: Resources) -> bool:
    """An ORG span outside the registry that names no body of its own."""
    lex = res.lexicon
    first = tokens[0]
    if len(tokens) > 1 and first.is_cap and tokens[1].value[:1].islower() and lex.role(lex.head_of(first)) == "org":
        return True  # "Содружестве наднациональных органов ...": a back-reference, resolved later
    if _EVENT.search(surface):
        return True  # "Бишкек+25" names an event
    if norm_name(surface) in lex.ner_stop:
        return True  # "СМИ", "Интернет", "COVID-19": natasha's ORG, nobody's body
    rest = tokens[1:]
    if first.lemmas & lex.head_lemmas and first.is_cap and all(t.is_word for t in rest) \
            and all(t.value[:1].islower() for t in rest):
        return True  # a lone "Организации" (even run on into "противодействие ..."): a back-reference
    return bool(first.lemmas & lex.titles)  # "Председателя Китая" is a post, not a body
