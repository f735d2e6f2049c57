"""The speaker of each sentence, in text order: what the layout gives (:mod:`.floor`), else what
a sentence's reporter says, carried on.

"Во-первых", "Кроме того", "Поэтому" and the items of a list after a colon go on with the
speaker of the sentence before; "Об этом заявил Президент" hands the sentence before to the
president. The subject of the latest sentence is who "он" and "по его словам" mean next; when
the text's own voice speaks (a body, a group, a document), no one has the floor until the text
names a speaker again.
"""
from __future__ import annotations

import re

from ..._core.document import Document, Sentence
from ..._core.lexicon import words
from ..._core.tokens import fold
from .floor import FREE, Floor, floors
from .grammar import Grammar
from .intervals import Intervals
from .persons import Cast, Person
from .reporter import Report, report, reporting_verb, trailer_author
from .transcript import first_person, opens_line

#: "1) ...", "2. ...", "– ...", "• ...": an item of a list laid out on lines
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[–—•·*-])\s")
#: a sentence that opens a list ends so
_OPENS_LIST = (":", ";")


def sentence_speakers(doc: Document, quotes: Intervals, cast: Cast, grammar: Grammar,
                      bodies: Intervals | None = None) -> list[Person | None]:
    """One speaker (or None, the narrator) per sentence of ``doc``; speakers are marked as speaking.

    ``bodies`` are the spans of the institutions' mentions (a body as a subject speaks in the
    text's own voice).
    """
    whos: list[Person | None] = []
    current: Person | None = None
    focus: Person | None = None  # the latest subject person, speaking or not
    interviewee: Person | None = None  # who answers the questions of a dialogue
    ended = False  # has the narrator taken the floor back from a transcript's speaker?
    told = False  # has the narrator just told of the person so far ("министр провел встречи")?
    for k, (_sent, floor) in enumerate(zip(doc.sentences, floors(doc, quotes, cast), strict=True)):
        if floor.kind == "speech" and (ended or _leaves_speech(doc, k, floor, quotes, cast, grammar, bodies)):
            ended, floor = True, FREE
        if floor.kind == "question":
            # "X ответил на вопросы газеты. Публикуем фрагменты беседы." then "— Вопрос?": the lead names him
            interviewee = floor.person or interviewee or current or focus or cast.last_before(doc.sentences[k].start)
            whos.append(None)  # a journalist's question has no speaker
            continue
        if floor.kind == "answer":
            # "— Да, это возможно, — ответил российский лидер.": the answer names who gives it
            who = trailer_author(doc.sentences[k], cast, grammar, interviewee or current or focus) \
                or interviewee or current or focus
            interviewee = who
        elif floor.kind in ("speech", "said"):
            who = _cited(doc, k, quotes, cast, grammar, bodies) or floor.person
        else:
            found = _reported(doc, k, whos, quotes, cast, grammar, (focus or current, told), bodies)
            for person in found.joint:
                person.speaks = True
            who = found.speaker
            focus = found.subject or focus
            told = found.voice and found.subject is not None
            if found.voice:  # the narrator has the floor; "он" next is the person told of, if any
                current, focus = None, found.subject
        if who is not None:
            who.speaks = True
            current = focus = who
            told = False
        whos.append(who)
    return whos


def _leaves_speech(doc: Document, k: int, floor: Floor, quotes: Intervals, cast: Cast, grammar: Grammar,
                   bodies: Intervals | None) -> bool:
    """"По итогам заседания главы правительств подписали ...", "Председатель Коллегии X отметил, что ...": a
    paragraph after a transcript's speech that opens in the third person and the past tense, with a
    meeting's outcome in the text's own voice or in another speaker's words, is the narrator's, and so is
    the rest of the text (a speech does not resume). "В 2001 году лидеры подписали Хартию", "В будущем
    году народы отметят ...", "Убеждены, что ..." are the speech's."""
    sent = doc.sentences[k]
    if not doc.text[:sent.start].rstrip(" \t").endswith("\n\n") or first_person(sent):
        return False
    passive = any(t.pos == "PRTS" for t in sent.tokens)  # "подписан пакет документов": the outcome, no one's act
    if not (passive or any(t.pos == "VERB" and t.has("past") for t in sent.tokens)):
        return False
    outside = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
    found = report(sent, outside, cast, grammar, None, bodies)
    if found.voice or passive and found.speaker is None:
        return _meeting_outcome(sent)
    return found.speaker is not None and found.speaker is not floor.person


def _meeting_outcome(sent: Sentence) -> bool:
    """Does the sentence open with a meeting's outcome or course ("По итогам заседания …", "В ходе встречи …")?"""
    values = [fold(t.value) for t in sent.tokens[:3]]
    openers, meetings = words("speakers", "meeting_openers"), words("speakers", "meetings")
    return any(" ".join(values[:n]) in openers and len(values) > n and values[n] in meetings for n in (1, 2))


def _cited(doc: Document, k: int, quotes: Intervals, cast: Cast, grammar: Grammar,
           bodies: Intervals | None) -> Person | None:
    """"Как справедливо заметил генеральный директор МАГАТЭ Рафаэль Гросси, X": inside a speech or a
    turn, a sentence that opens by citing a person named in it gives its words to that person."""
    sent = doc.sentences[k]
    outside = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
    if not (sent.text.lstrip(" «\"–—-").lower().startswith("как ") or _reports_content(outside, grammar)):
        return None
    found = report(sent, outside, cast, grammar, None, bodies)
    if found.speaker is None or found.voice or not any(m.person is found.speaker
                                                       for m in cast.starting_in(sent.start, sent.stop)):
        return None  # the one cited is named in the sentence, not meant by "он"
    return found.speaker


def _reports_content(outside: list, grammar: Grammar) -> bool:
    """Does a verb of speech in the third person introduce what was said, a clause after "что"
    or a colon ("Путин тогда же подчеркнул, что ...")? Not the speaker's own ("отмечу, что")."""
    verb = reporting_verb(outside, grammar)
    if verb is None or outside[verb].has("1per"):
        return False
    nxt = [fold(t.value) for t in outside[verb + 1:verb + 3]]
    return nxt[:1] == [":"] or nxt[:2] == [",", "что"]


def _retold_before(doc: Document, k: int, whos: list[Person | None], quotes: Intervals, grammar: Grammar) -> bool:
    """"Глава государства отметил, что ситуация ухудшается. Терроризм по-прежнему угрожает ...": in
    the paragraph of a retold statement (a verb of speech with what was said, "по словам X"), a
    sentence that names no subject of its own goes on retelling it."""
    speaker = whos[k - 1] if k else None
    for j in range(k - 1, -1, -1):
        if whos[j] is not speaker or opens_line(doc.text, doc.sentences[j + 1].start):
            return False
        prev = doc.sentences[j]
        outside = [t for t in prev.tokens if not quotes.contains(t.span.start, t.span.stop)]
        if len(outside) < len(prev.tokens):
            return False  # his own words came in between: the retelling is over
        if _reports_content(outside, grammar) or grammar.according.first(outside) is not None:
            return True
    return False


def _goes_on_retelling(sent: Sentence) -> bool:
    """Can the sentence go on retelling what was said before it? A statement of how things are,
    in the present ("Терроризм по-прежнему угрожает ..."); not what the narrator tells of: an
    event in the past or a passive outcome ("Киргизия подписала ...", "Подписан протокол"), a
    meeting ("Форум пройдет в Баку"), a comment ("Примечательно, что ...")."""
    if any(t.pos == "PRTS" or t.pos == "VERB" and t.has("past") for t in sent.tokens):
        return False
    values = [fold(t.value) for t in sent.tokens if t.is_word]
    if values[:1] and values[0] in words("speakers", "narrator_comments"):
        return False
    if set(values) & words("speakers", "documents"):
        return False  # "В декларации констатируется ...": a document's voice
    return not any(t.lemmas & words("speakers", "meeting_lemmas") for t in sent.tokens)


def _list_item(doc: Document, k: int) -> bool:
    """Is sentence ``k`` an item of a list the sentence before opened ("выглядели так:\\n1) ...;\\n2) ...")?"""
    if not k or not _LIST_ITEM.match(doc.sentences[k].text):
        return False
    before = doc.sentences[k - 1]
    return before.text.rstrip().endswith(_OPENS_LIST) or bool(_LIST_ITEM.match(before.text))


def _reported(doc: Document, k: int, whos: list[Person | None], quotes: Intervals, cast: Cast, grammar: Grammar,
              current: tuple[Person | None, bool], bodies: Intervals | None) -> Report:
    """What the sentence's own words report (:func:`.reporter.report`), carried on by a continuation;
    ``current``: the speaker so far, and whether the narrator has just told of him."""
    sent: Sentence = doc.sentences[k]
    outside = [t for t in sent.tokens if not quotes.contains(t.span.start, t.span.stop)]
    found = report(sent, outside, cast, grammar, current[0], bodies, told=current[1])
    who = found.speaker
    before = whos[-1] if whos else None
    if who is None and before is not None and not found.voice and (
            grammar.continues(sent.tokens) or _list_item(doc, k)
            or found.subject is None and not any(grammar.is_reporting(t) for t in outside)
            and _goes_on_retelling(sent) and _retold_before(doc, k, whos, quotes, grammar)):
        who = before  # "Во-первых, ...", "Кроме того, ...", "2) ..." go on with the same speaker
    if who is not None and whos and before is None and grammar.hands_back(sent.tokens):
        whos[-1] = who  # "... . Об этом заявил Президент": the sentence before is his
    return Report(who, found.subject, found.voice, found.joint)
