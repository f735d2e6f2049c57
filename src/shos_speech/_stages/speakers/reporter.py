"""Who reports the words of one sentence (outside its quotes), or None for the narrator.

"По его словам / оценке" names the speaker so far; otherwise the sentence's subject does
(:mod:`.refs`): a person named in the nominative, a title ("глава государства",
"казахстанский лидер"), "он", the author of a word of speech ("выступление Токаева"), a
country that is the speaker's ("Минск намерен"). A subject counts when the sentence has a
reporting verb ("заявил", "было обозначено", "поблагодарил") or the subject has spoken before
and the verb is not one of an activity ("провел переговоры"). The text's own voice speaks,
and takes the floor from the speaker so far (``voice``), when a group, a body, a meeting or a
document reports ("стороны подчеркнули", "МИД назвал", "в декларации констатируется") or a
reporting verb in the plural has no subject ("как сообщили в МИД"); a passive reporting verb
with no subject keeps the speaker so far.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..._core.document import Sentence
from ..._core.lexicon import word_pairs, words
from ..._core.tokens import fold
from ...grammars.common import fact_tokens
from .grammar import Grammar
from .intervals import Intervals
from .persons import Cast, Mention, Person
from .references import home_ref, title_ref
from .refs import Ref, find_refs, in_relative_clause, subject_ref
from .subjects import is_verb

#: the words around a title word that make up its reference ("глава российской дипломатии")
REF_BEFORE, REF_AFTER = 2, 5
#: parts of speech of a verb that reports (not a gerund's or a participle's subordinate clause)
_FINITE_POS = ("VERB", "INFN", "PRTS")


@dataclass(frozen=True)
class Report:
    """A sentence's speaker, the person who became its subject (whom "он" means next), and
    whether the text's own voice speaks (the speaker so far has the floor no more)."""

    speaker: Person | None
    subject: Person | None = None
    voice: bool = False
    #: persons who report together ("Байрамов, Нуртлеу и Саидов заявили ..."): each has spoken
    joint: tuple[Person, ...] = ()


@dataclass(frozen=True)
class _Sentence:
    """What the reporter reads of one sentence."""

    sent: Sentence
    outside: Sequence
    mine: list[Mention]
    #: the index (in ``outside``) of the first verb that reports, or None
    verb: int | None
    #: who has the floor (None when the narrator has taken it back, after telling of someone)
    floor: Person | None = None


def reporting_verb(outside: Sequence, grammar: Grammar, clause: bool = False) -> int | None:
    """The index of the first finite reporting verb ("заявил", "подчеркивается", "было отмечено")
    that is not in a relative clause ("идею которого выдвинул Путин"), unless ``clause``: the
    tokens are that clause."""
    return next((i for i, t in enumerate(outside) if _reports(t, grammar, outside[i + 1:i + 2])
                 and (clause or not in_relative_clause(outside, i)) and not _narrators_formula(outside, i)), None)


def _reports(tok, grammar: Grammar, after: Sequence = ()) -> bool:
    """A finite reporting verb, a verb of stance before its word ("выступил за", ``[stance_verbs]``),
    or a short adjective of opinion ("уверен", "убеждена")."""
    if tok.pos in _FINITE_POS and grammar.is_reporting(tok):
        return True
    if tok.pos in _FINITE_POS and after:
        nxt = fold(after[0].value)
        return any((lemma, nxt) in word_pairs("speakers", "stance_verbs") for lemma in tok.lemmas)
    return tok.pos == "ADJS" and bool(tok.lemmas & words("speakers", "opinion_words"))


def _narrators_formula(outside: Sequence, i: int) -> bool:
    """"Напомним, ...", "Напоминаем, что ...": the narrator reminds; the rest of the sentence says who speaks."""
    return i == 0 and fold(outside[0].value) in words("speakers", "narrator_formulas")


def report(sent: Sentence, outside: Sequence, cast: Cast, grammar: Grammar, current: Person | None,
           bodies: Intervals | None = None, told: bool = False) -> Report:
    """Who reports ``sent`` (its tokens ``outside`` quotes), given the speaker so far ``current``;
    ``bodies`` are the spans of institutions' mentions. ``told``: the narrator has just told of
    ``current``'s doing ("министр провел встречи"), so "он" is still him but no one has the floor."""
    starts = frozenset(t.span.start for t in outside)
    mine = [m for m in cast.starting_in(sent.start, sent.stop) if m.start in starts]
    s = _Sentence(sent, outside, mine, reporting_verb(outside, grammar), None if told else current)
    refs = find_refs(outside, mine, grammar, bodies or Intervals(()))
    by_words = _according(s, refs, cast, grammar, current)
    if by_words is not None:
        return by_words
    ref = _clause_subject(refs, s) or subject_ref(refs)
    joint = _joint(refs, s) if ref is not None and ref.kind == "per" else ()
    if joint:  # two named sides state it together: their joint voice, no one of them
        return Report(None, voice=True, joint=joint)
    if ref is not None and not (s.verb is not None and ref.index > s.verb and _indefinite(s)):
        return _resolve(ref, s, cast, grammar, current)
    if s.verb is not None:
        # "В ходе заседания было подчеркнуто ...": the meeting's voice, not one speaker's;
        # "В декларации констатируется ...": the document's; "Как сообщили в МИД": a body's
        if grammar.voice.first(outside) or _indefinite(s):
            return Report(None, voice=True)
        return Report(current)
    return Report(None, subject=_topic(s))


def _according(s: _Sentence, refs: list[Ref], cast: Cast, grammar: Grammar, current: Person | None) -> Report | None:
    """"По словам Захаровой, ...", "по его словам": whose words the sentence gives, or None when it
    says no such thing or a subject stands before it ("Си Цзиньпин призвал ..., которая, по его
    словам, ...": the subject is whom "его" means)."""
    according = grammar.according.first(s.outside)
    if according is None or any(r.kind in ("per", "title") and r.start < according.span.start for r in refs):
        return None
    if fact_tokens(according, "pronoun"):  # "по его словам": the speaker so far, else the last person named
        return Report(current or cast.last_before(s.sent.start))
    named = [m for m in s.mine if m.start >= according.span.start]
    return Report(named[0].person if named else current)  # "по словам Захаровой"


#: marks that end a clause before the reporting verb ("Организация открыта: Ермекбаев приветствовал ...")
_CLAUSE_MARKS = (":", ";")


def _clause_subject(refs: list[Ref], s: _Sentence) -> Ref | None:
    """The person or title that opens the clause of the reporting verb, when a colon or a
    semicolon parts it from an earlier clause with a subject of its own ("Организация открыта:
    Ермекбаев приветствовал ..."); None when the verb stands before the mark ("МИД сообщил: ...")."""
    if s.verb is None:
        return None
    mark = max((i for i, t in enumerate(s.outside[:s.verb]) if t.value in _CLAUSE_MARKS), default=None)
    if mark is None:
        return None
    return next((r for r in refs if mark < r.index < s.verb and r.kind in ("per", "title")), None)


#: a person named among a sentence's first tokens is its topic ("Для Джайшанкара эта встреча ...")
TOPIC_REACH = 2


def _topic(s: _Sentence) -> Person | None:
    """The person a sentence with no subject opens with: whom "он" means next."""
    firsts = frozenset(t.span.start for t in s.outside[:TOPIC_REACH])
    return next((m.person for m in s.mine if m.start in firsts), None)


def _indefinite(s: _Sentence) -> bool:
    """"Как сообщили в МИД", "В министерстве уточнили": a reporting verb in the plural, no subject."""
    verb = s.outside[s.verb]  # not "Напомним, ...": a narrator's first person
    return any("VERB" in g and "plur" in g and "1per" not in g and "2per" not in g for g in verb.grams[:1])


def _activity(s: _Sentence, ref: Ref) -> bool:
    """Is the verb after the subject one of an activity ("провел переговоры", "принял участие")?"""
    verb = next((t for t in s.outside[ref.index + 1:] if is_verb(t)), None)
    return verb is not None and bool(verb.lemmas & words("speakers", "activity_verbs"))


def _joint(refs: list[Ref], s: _Sentence) -> tuple[Person, ...]:
    """The persons named as the subjects of a plural reporting verb ("Путин и Токаев заявили"),
    when there are two or more."""
    if s.verb is None or not any("plur" in g for g in s.outside[s.verb].grams[:1]):
        return ()
    people: list[Person] = []
    for r in refs:
        if r.index > s.verb:
            break
        if r.kind == "per" and r.person not in people:
            people.append(r.person)
    return tuple(people) if len(people) > 1 else ()


def _ours(tokens: Sequence, i: int) -> bool:
    """Does a possessive of the text's own side stand next to the title ``tokens[i]`` ("глава
    нашего государства", "наш президент"; ``[own_possessives]``)?"""
    near = tokens[max(0, i - 1):i] + tokens[i + 1:i + 2]
    return any(t.lemmas & words("speakers", "own_possessives") for t in near)


def _narrators_comment(s: _Sentence) -> bool:
    """"Примечательно, что ...", "Характерно, что ...": the narrator comments (``[narrator_comments]``)."""
    toks = s.outside
    return len(toks) > 1 and fold(toks[0].value) in words("speakers", "narrator_comments") and toks[1].value == ","


def _carries_on(s: _Sentence, ref: Ref) -> bool:
    """With no verb of speech, does a subject before its verb go on with the speaker who has the
    floor ("Казахстанская сторона приступила к ...")? Not with a verb of an activity, nor in the
    narrator's comment, nor after the verb ("подписан пакет ... с управлением КНР")."""
    verb = next((i for i, t in enumerate(s.outside) if t.pos in _FINITE_POS), None)
    if verb is None or verb < ref.index:
        return False
    return not _activity(s, ref) and not _narrators_comment(s)


def _resolve(ref: Ref, s: _Sentence, cast: Cast, grammar: Grammar, current: Person | None) -> Report:
    """The speaker the sentence's subject names."""
    speech = s.verb is not None or ref.said
    if ref.kind == "group":  # "главы государств подписали", "министры обсудили": the narrator's, whatever the verb
        return Report(None, voice=True)
    if ref.kind == "body":
        return Report(None, voice=speech)
    if ref.kind in ("per", "author"):
        # the subject of the sentence is who "он" / "по его словам" refer to next
        if not speech and _activity(s, ref):  # "Нуртлеу провел переговоры": the narrator tells of him
            return Report(None, subject=ref.person, voice=True)
        spoke = ref.person.speaks and not _activity(s, ref) and not _narrators_comment(s)
        return Report(ref.person if speech or spoke else None, subject=ref.person)
    if ref.kind == "pron":  # "он": the speaker so far, else (with a reporting verb) the last person named
        return Report(current or (cast.last_before(s.sent.start) if speech else None))
    if ref.kind == "dem":  # "тот": the person named last, not the speaker so far
        named = cast.last_before(ref.start)
        return Report(named if speech or (named is not None and named.speaks) else None, subject=named)
    if ref.kind == "country":
        # "Казахстанская сторона приступила к ...": the country's speaker who has the floor goes on
        holder = s.floor
        fits = holder is not None and holder.country == ref.country
        goes_on = fits and (speech or (holder.speaks and _carries_on(s, ref)))
        return Report(holder if goes_on else None)
    return _title(ref, s, cast, grammar, current, speech)


def _title(ref: Ref, s: _Sentence, cast: Cast, grammar: Grammar, current: Person | None, speech: bool) -> Report:
    """The speaker a title refers back to ("Президент подчеркнул", "глава нашего государства")."""
    i = ref.index
    near = s.outside[max(0, i - REF_BEFORE):i + REF_AFTER]
    if _ours(s.outside, i):  # "глава нашего государства": the report's own leader, not the speaker so far
        home = home_ref(near, cast, grammar)
        return Report(home if speech or (home is not None and home.speaks) else None)
    who = title_ref(near, cast, current, grammar, only_speakers=not speech, pos=s.sent.start)
    if who is not None and not speech and _activity(s, ref):  # "Министр провел встречи": told of, not speaking
        return Report(None, subject=who, voice=True)
    # with no reporting verb a title refers back only to someone who has spoken
    return Report(who if speech or (who is not None and who.speaks) else None)


#: ", — ответил российский лидер." at a sentence's end: who said the words before it
_TRAILER = re.compile(r"[,.!?…]\s*[—–-]\s*(?P<who>[^—–\n]+)$")


def trailer_author(sent: Sentence, cast: Cast, grammar: Grammar, current: Person | None) -> Person | None:
    """The speaker a sentence names after a dash at its end ("..., — ответил Путин."), or None."""
    m = _TRAILER.search(sent.text.rstrip(" .!?…"))
    if m is None:
        return None
    a = sent.start + m.start("who")
    toks = [t for t in sent.tokens if t.span.start >= a]
    if not any(_reports(t, grammar, toks[i + 1:i + 2]) for i, t in enumerate(toks)):
        return None
    named = next((mn.person for mn in cast.starting_in(a, sent.stop)), None)
    if named is not None:
        return named
    titles = [i for i, t in enumerate(toks) if grammar.is_title(t)]
    if not titles:
        return None
    i = titles[0]
    return title_ref(toks[max(0, i - REF_BEFORE):i + REF_AFTER], cast, current, grammar, pos=sent.start)
