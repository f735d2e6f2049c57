"""A first-person transcript: a speech whose speaker is named only in its heading.

"Выступление Президента Республики Таджикистан Эмомали Рахмона на заседании ...", then
"Уважаемые коллеги!" and the speech itself, in the first person. The speech begins at its
first form of address (a vocative: "Уважаемый Председатель Си Цзиньпин!", "Дорогие друзья!",
"– Спасибо, уважаемый господин Председатель.") or, after a heading that opens with a word
of speech ("Выступление", "Обращение", "Речь"), at the first sentence in the first person;
it ends with its closing formula ("Благодарю за внимание.") or with the text. The heading is
what comes before; its first person named is the speaker. With no one named there the
speech is nobody's known (never a guess): the stage reads it as it reads any text.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..._core.document import Document, Sentence
from ..._core.lexicon import word_pairs, words
from ..._core.tokens import fold
from .intervals import Intervals
from .persons import Cast, Person

#: a speech begins among the text's first sentences
HEADING_SENTENCES = 8
#: a speech under its heading speaks in the first person within so many sentences
SPEECH_REACH = 3
#: a byline is a line of at most so many words
BYLINE_WORDS = 12
#: the words of a form of address are among a vocative's first ones ("– Спасибо, уважаемый ...")
VOCATIVE_REACH = 4


@dataclass(frozen=True)
class Transcript:
    """The speech of a first-person transcript: ``[start, stop)`` is its body, ``speaker`` its speaker."""

    start: int
    stop: int
    speaker: Person


def _words(sent: Sentence) -> list:
    return [t for t in sent.tokens if t.is_word]


def is_vocative(sent: Sentence) -> bool:
    """A form of address: "Уважаемые коллеги!", "Дорогие друзья!", "Уважаемые дамы и господа,",
    "– Спасибо, уважаемый господин Председатель."."""
    ws = _words(sent)
    if not ws:
        return False
    if fold(sent.text.lstrip(" –—-")).startswith(tuple(words("speakers", "address_abbreviations"))):
        return sent.text.rstrip().endswith(("!", ","))  # "Г-н Председатель!"
    openers = words("speakers", "address_openers") | words("speakers", "address_nouns")
    opens = any(t.lemmas & openers for t in ws[:VOCATIVE_REACH])
    thanks = bool(ws[0].lemmas & words("speakers", "thanks"))
    return opens and (sent.text.rstrip().endswith(("!", ",")) or thanks)


def first_person(sent: Sentence) -> bool:
    """Does the sentence speak in the first person ("предлагаю", "мы", "наших")?"""
    pronouns = words("speakers", "first_person")
    return any(t.has("1per") or t.lemmas & pronouns for t in _words(sent))


def opens_line(text: str, start: int) -> bool:
    """Does the text at ``start`` open a line (only spaces or tabs after the last line break or
    the text's start)? Read backwards, without copying the text before it."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def narrates(sent: Sentence) -> bool:
    """Does the sentence tell of the past ("Официальный представитель провела брифинг")?"""
    return any(t.pos == "VERB" and t.has("past") for t in sent.tokens)


def _closes(sent: Sentence) -> bool:
    """The closing formula of a speech: "Благодарю за внимание.", "Спасибо."."""
    phrase = tuple(fold(t.value) for t in _words(sent))
    return phrase in word_pairs("speakers", "closing_formulas")


def _body_start(sentences: Sequence[Sentence], outside: Sequence[bool], text: str) -> tuple[int, int] | None:
    """The index of the speech's first sentence, and of the sentence the heading ends before:
    a vocative (the heading is all before it), or the first sentence in the first person after
    a heading line that opens with a word of speech (the heading is that line)."""
    first = sentences[:HEADING_SENTENCES]
    for k, sent in enumerate(first):
        if outside[k] and is_vocative(sent):
            return k, k
    if first and _words(first[0]) and _words(first[0])[0].lemmas & words("speakers", "speech_headings"):
        k = next((k for k, s in enumerate(first) if k and outside[k] and first_person(s)), None)
        if k and k <= SPEECH_REACH and "\n" in text[first[0].stop:first[1].start] and \
                not any(narrates(s) for s in first[1:k]):
            return 1, 1  # the heading is a line of its own: the speech is all after it
        return (k, 1) if k else None
    return None


def _speaks_first(doc: Document, k: int, quotes: Intervals, cast: Cast) -> bool:
    """Does the text from sentence ``k`` speak in the first person, outside quotes, within its
    first sentences, naming no one before it does (a news lead names whom it reports)?"""
    for sent in doc.sentences[k:k + SPEECH_REACH]:
        if next(cast.starting_in(sent.start, sent.stop), None) is not None:
            return False
        if not quotes.contains(sent.start, sent.stop) and first_person(sent):
            return True
    return False


def _byline_body(doc: Document, cast: Cast, quotes: Intervals) -> int | None:
    """"Мария Захарова\n\nОфициальный представитель МИД России\n\nРешительно осуждаем ...": a post or
    column under its author's byline. The text opens with heading lines, one naming a person,
    and the text after them speaks in the first person within its first sentences: the index of
    its first sentence, else None."""
    for k, sent in enumerate(doc.sentences[:HEADING_SENTENCES]):
        if not _heading_line(doc, sent):
            named = next(cast.starting_in(0, sent.start), None) is not None
            return k if k and named and _speaks_first(doc, k, quotes, cast) else None
    return None


def _heading_line(doc: Document, sent: Sentence) -> bool:
    """A line of a heading: alone on its line, short, and saying nothing itself (no verb) or
    ending without a sentence mark, as a headline does ("Мария Захарова: удар ведет к эскалации")."""
    if len(_words(sent)) > BYLINE_WORDS or not _alone_on_line(doc, sent):
        return False
    return not any(t.pos == "VERB" for t in sent.tokens) or sent.text.rstrip()[-1:] not in ".!?…"


def _alone_on_line(doc: Document, sent: Sentence) -> bool:
    text = doc.text
    return opens_line(text, sent.start) and (not text[sent.stop:].strip(" \t")
                                             or text[sent.stop:].lstrip(" \t").startswith("\n"))


def find_transcript(doc: Document, quotes: Intervals, cast: Cast) -> Transcript | None:
    """The text's speech and its speaker, or None (no speech, or no one named in its heading)."""
    sentences = doc.sentences
    outside = [not quotes.contains(s.start, s.stop) for s in sentences[:HEADING_SENTENCES]]
    found = _body_start(sentences, outside, doc.text)
    if not found or not found[0]:
        byline = _byline_body(doc, cast, quotes)
        found = (byline, byline) if byline else None
    if not found:
        return None
    k, heading = found
    speaker = next((m.person for m in cast.starting_in(0, sentences[heading].start)), None)
    if speaker is None:
        return None
    stop = next((s.stop for s in sentences[k:] if _closes(s)), doc.sentences[-1].stop)
    return Transcript(sentences[k].start, stop, speaker)
