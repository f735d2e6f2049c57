"""Every institution mention of a document, finder by finder, in the order they depend on.

1. per sentence, the registry gazetteer and the ``BODY`` rule (a body's name that holds a
   registry name, "Совет министров иностранных дел ШОС", is the body, not the organization);
2. natasha's ORG spans where nothing was found;
3. capitalized back-references, then lowercase bodies, to what was named before;
4. acronyms introduced in parentheses, wherever they recur;
5. bare ministry acronyms ("МИД"), by whose ministry the text says they are.
"""
from __future__ import annotations

from ..._core.document import Document, Sentence
from ...grammars.common import anchored_findall
from .backrefs import capitalized_backrefs, generic_bodies, introduced_acronyms
from .bodies import body_mention
from .branches import branch_of
from .mention import Mention
from .ministries import bare_ministries
from .ner import ner_mentions
from .resources import Resources


def find_mentions(doc: Document, res: Resources) -> list[Mention]:
    """All mentions of ``doc`` in text order (before they are merged into entities)."""
    out: list[Mention] = []
    for sent in doc.sentences:
        if sent.tokens:
            out.extend(sentence_mentions(doc.text, sent, out, res))
    by_start = lambda m: m.start  # noqa: E731
    out.sort(key=by_start)
    out = ner_mentions(doc, out, res)
    out.sort(key=by_start)
    out.extend(capitalized_backrefs(doc, out, res))
    out.sort(key=by_start)
    out.extend(generic_bodies(doc, out, res))
    out.extend(introduced_acronyms(doc.text, out))
    out.sort(key=by_start)
    return bare_ministries(doc, out, res)


def sentence_mentions(text: str, sent: Sentence, prior: list[Mention], res: Resources) -> list[Mention]:
    """Registry names and BODY names of one sentence; a body's name wins over registry names
    inside it, a registry name over a body that starts with it, crosses it or lies in it."""
    toks = sent.tokens
    hits = res.registry.scan(toks)
    opens = frozenset(h.start for h in hits)
    registry = [branch_of(text, toks, h.start, h.stop, h.payload, opens)
                or Mention(toks[h.start].start, toks[h.stop - 1].stop, entry=h.payload, source="registry")
                for h in hits]
    bodies = [b for m in body_matches(toks, res)
              if (b := body_mention(text, sent, m.tokens, registry, prior, res)) is not None]
    kept = [b for b in bodies if not any(_yields_to(b, r) for r in registry)]
    registry = [r for r in registry if not any(b.start <= r.start and r.stop <= b.stop for b in kept)]
    return registry + kept


def _yields_to(body: Mention, reg: Mention) -> bool:
    """"Организации Объединенных Наций в ...": the registry name is the body."""
    return (reg.start == body.start or reg.start <= body.start and body.stop <= reg.stop
            or reg.start < body.start < reg.stop or reg.start < body.stop < reg.stop)


def body_matches(toks: list, res: Resources) -> list:
    """``parser(BODY)`` matches of a sentence, parsed only from the words that can open a name
    (the same matches as ``findall``: ``tests/stages/test_institutions_mentions.py``)."""
    lex = res.lexicon
    if not any(t.lemmas & lex.head_lemmas or t.value in lex.acronym_heads for t in toks):
        return []
    starts = [k for k, t in enumerate(toks) if may_open_name(toks, k, res)]
    return anchored_findall(res.body, toks, starts)


def may_open_name(toks: list, k: int, res: Resources) -> bool:
    """A capitalized word can open a body's name: a head, an adjective or participle, a
    ministry acronym, or the first part of a compound ("Кыргызско-"); not a person's name."""
    tok = toks[k]
    if tok.value == "пресс" and k + 1 < len(toks) and toks[k + 1].value == "-":
        return True  # "пресс-служба президента ...": a body in lowercase
    if not tok.is_cap or not tok.is_word:
        return False
    if tok.value in res.lexicon.acronym_heads or (k + 1 < len(toks) and toks[k + 1].value == "-"):
        return True
    if len(tok.value) > 3 and tok.value.isupper():
        return False  # a word of a headline in capitals: its capital says nothing ("МЕЖДУНАРОДНУЮ ОРГАНИЗАЦИЮ")
    return tok.has_any("ADJF", "PRTF") or bool(tok.lemmas & res.lexicon.head_lemmas)
