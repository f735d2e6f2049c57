"""Who reports the words of one sentence (outside its quotes), or None for the narrator.

"По его словам / оценке" names the speaker so far; otherwise the first subject of the
sentence does: a person named in the nominative, a title ("глава государства",
"казахстанский лидер") or "он". A subject counts when the sentence has a reporting verb
("заявил", "было обозначено") or the subject has spoken before; a passive reporting verb
with no subject keeps the speaker so far, unless a meeting or a document speaks.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..._core.document import Sentence
from ..._core.tokens import fold
from ...grammars.common import fact_tokens
from .grammar import Grammar
from .persons import Cast, Mention, Person
from .references import title_ref
from .subjects import (
    governed,
    is_nominative,
    opens_name,
    plural_noun_nominative,
    plural_verb_after,
)

#: the words around a title word that make up its reference ("глава российской дипломатии")
REF_BEFORE, REF_AFTER = 2, 5


@dataclass(frozen=True)
class Report:
    """A sentence's speaker, and the person who became its subject (whom "он" means next)."""

    speaker: Person | None
    subject: Person | None = None


@dataclass(frozen=True)
class _Ref:
    """A possible subject: a person's name, "он", a plural group or a title word at ``index``."""

    start: int
    kind: str
    person: Person | None = None
    index: int = 0


@dataclass(frozen=True)
class _Sentence:
    """What the reporter reads of one sentence."""

    sent: Sentence
    outside: Sequence
    mine: list[Mention]
    speech: bool


def report(sent: Sentence, outside: Sequence, cast: Cast, grammar: Grammar, current: Person | None) -> Report:
    """Who reports ``sent`` (its tokens ``outside`` quotes), given the speaker so far ``current``."""
    starts = frozenset(t.span.start for t in outside)
    mine = [m for m in cast.starting_in(sent.start, sent.stop) if m.start in starts]
    s = _Sentence(sent, outside, mine, any(grammar.is_reporting(t) for t in outside))
    according = grammar.according.first(outside)
    if according is not None:
        if fact_tokens(according, "pronoun"):  # "по его словам": the speaker so far, else the last person named
            return Report(current or cast.last_before(sent.start))
        return Report(mine[0].person if mine else current)  # "по словам Захаровой"
    refs = _refs(s, grammar)
    if refs:
        return _resolve(refs[0], s, cast, grammar, current)
    if s.speech:
        if mine:
            return Report(mine[0].person)
        # "В ходе заседания было подчеркнуто ...": the meeting's voice, not one speaker's;
        # "В декларации констатируется ...": the document's
        return Report(None if grammar.voice.first(outside) else current)
    return Report(None)


def _refs(s: _Sentence, grammar: Grammar) -> list[_Ref]:
    """The possible subjects of the sentence, in text order."""
    refs = [_Ref(m.start, "per", m.person) for m in s.mine if m.subject]
    name_starts = frozenset(m.start for m in s.mine)
    for i, t in enumerate(s.outside):
        kind = _word_ref(s.outside, i, name_starts, grammar)
        if kind:
            refs.append(_Ref(t.span.start, kind, index=i))
    refs.sort(key=lambda r: r.start)
    return refs


def _word_ref(outside: Sequence, i: int, name_starts: frozenset[int], grammar: Grammar) -> str | None:
    """"pron" for "он", "group" for a plural group doing something, "title" for a singular title."""
    t = outside[i]
    if fold(t.value) in grammar.subject_pronouns:
        return "pron"
    title = grammar.is_title(t)
    if (title or t.lemmas & grammar.groups) and plural_noun_nominative(t) and plural_verb_after(outside, i) \
            and not governed(outside, i):
        return "group"  # "главы государств подписали": the narrator; not "председательство своей страны"
    if title and is_nominative(t, singular=True) and not opens_name(outside, i, name_starts) \
            and not (i and fold(outside[i - 1].value) in grammar.role_markers):
        return "title"  # not "Казахстан как председатель": a role, not a reference
    return None


def _resolve(ref: _Ref, s: _Sentence, cast: Cast, grammar: Grammar, current: Person | None) -> Report:
    """The speaker the sentence's first subject names."""
    if ref.kind == "group":
        return Report(None)
    if ref.kind == "per":
        # the subject of the sentence is who "он" / "по его словам" refer to next
        return Report(ref.person if s.speech or ref.person.speaks else None, subject=ref.person)
    if ref.kind == "pron":  # "он": the speaker so far, else (with a reporting verb) the last person named
        return Report(current or (cast.last_before(s.sent.start) if s.speech else None))
    i = ref.index
    near = s.outside[max(0, i - REF_BEFORE):i + REF_AFTER]
    who = title_ref(near, cast, current, grammar, only_speakers=not s.speech, pos=s.sent.start)
    # with no reporting verb a title refers back only to someone who has spoken
    return Report(who if s.speech or (who is not None and who.speaks) else None)
