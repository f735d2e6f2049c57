"""The turns of an interview or a press conference, read from the lines of the text.

A turn opens at a line that begins with a dash ("— Как Вы оцениваете ...?") or with a
label and a colon ("ТАСС: ...", "Чжан Мин: ...", "Вопрос: ..."), and is that line (with
the lines that go on with its sentence). A dash opens a turn only after a line that closes its sentence
(not in a list after "предлагаем:") and before a capital letter.

- A dash turn that ends in a question mark is a question, unless it answers one; dash
  turns count only in a text that has a question among them.
- A label that holds a person's name is that person's turn ("Чжан Мин: ...", and a
  headline "Токаев: ШОС должна стать ..."); a question label ("Вопрос", "Корреспондент") is a
  question, an answer label ("Ответ") an answer; another label ("ТАСС", "Синьхуа") is a
  journalist's question in a text whose other labels name speakers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..._core.document import Document, line_spans
from ..._core.lexicon import words
from ..._core.tokens import fold, tokenize
from .intervals import Intervals
from .names import surname_key
from .persons import Cast, Person

#: a line opened by a dash and a space, then text
_DASH = re.compile(r"[ \t]*[—–-][ \t]+(?=\S)")
#: a line opened by a short label and a colon: "ТАСС: ", "Чжан Мин: ", "Рахмон в Душанбе: ", "В.Путин: ",
#: maybe with whose it is in brackets: "Вопрос (News.am): "
_LABEL = re.compile(r"[ \t]*((?:[A-ZА-ЯЁ]\.\s?){0,3}[^\n:.!?«»\"()]{1,60}?(?:\s*\([^\n():]{1,40}\))?):[ \t]+(?=\S)")
#: a label of initials and a surname: "М.Нуртлеу", "А. А. Арагчи"
_INITIALLED = re.compile(r"((?:[A-ZА-ЯЁ]\.\s?){1,3})([A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)")
#: a label of a surname in capitals ("ЛЕБЕДЕВ", "ТОКАЕВ"; the parts of a double one joined by a hyphen)
_CAPITALS = re.compile(r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?")
#: the bracket that says whose a label is ("Вопрос (News.am)"): not part of the label's kind
_LABEL_SOURCE = re.compile(r"\s*\([^()]*\)$")
#: the most words of a label
LABEL_WORDS = 6
#: a line ends a sentence before it when it ends so
_CLOSED = re.compile(r"[.!?…»\"”)]\s*$")
#: parts of speech a label never holds: a label names, it does not say
_VERB_POS = ("VERB", "INFN", "GRND")


@dataclass(frozen=True)
class Turn:
    """A turn of a dialogue: ``kind`` is "question", "answer" or "said" (a labelled speaker's)."""

    start: int
    stop: int
    kind: str
    #: who the label names ("said"), or who a question addresses by name first ("Сергей Викторович, ...")
    person: Person | None = None


@dataclass(frozen=True)
class _Line:
    start: int
    stop: int
    marker: str  # "dash", "label"
    body: int  # where the text after the marker starts
    label: tuple[int, int] | None = None


def _marked(text: str, a: int, b: int, before: str) -> _Line | None:
    """The marker a line opens with, or None."""
    line = text[a:b]
    dash = _DASH.match(line)
    if dash and line[dash.end():dash.end() + 1].isupper() and (not before.strip() or _CLOSED.search(before)):
        return _Line(a, b, "dash", a + dash.end())
    label = _LABEL.match(line)
    if label and line[:1].strip() and len(label.group(1).split()) <= LABEL_WORDS and label.group(1)[:1].isupper():
        return _Line(a, b, "label", a + label.end(), (a + label.start(1), a + label.end(1)))
    return None


def _marked_lines(text: str, furniture: Intervals) -> Iterator[tuple[_Line, int]]:
    """Each line that opens a turn, and where its turn stops: at the end of its line, or of the
    lines after it that go on with its sentence (they open in lowercase). Lines of page
    furniture ("Читайте также: Алиев: ...") open none."""
    lines = line_spans(text)
    found: list[tuple[int, _Line]] = []
    prev = ""
    for n, (a, b) in enumerate(lines):
        m = None if furniture.contains(a, b) else _marked(text, a, b, prev)
        if m is not None:
            found.append((n, m))
        if text[a:b].strip():
            prev = text[a:b]
    for k, (n, m) in enumerate(found):
        last = found[k + 1][0] if k + 1 < len(found) else len(lines)
        stop = m.stop
        for j in range(n + 1, last):
            line = text[lines[j][0]:lines[j][1]].lstrip()
            if not line[:1].islower():
                break
            stop = lines[j][1]
        yield m, stop


def _asks(text: str, a: int, b: int) -> bool:
    """Does the text ``[a, b)`` end in a question mark (closing quotes and brackets aside)?"""
    return text[a:b].rstrip().rstrip("»\"”)").endswith("?")


def _label_kind(text: str, line: _Line, cast: Cast) -> tuple[str, Person | None]:
    """("said", the person), ("question"|"answer", None), or ("other", None) for a label."""
    a, b = line.label or (line.start, line.start)
    source = _LABEL_SOURCE.search(text, a, b)
    b = source.start() if source else b  # "Вопрос (Иван Петров, ТАСС)": the journalist is no speaker
    low = fold(text[a:b].strip())
    if low.split()[:1] and low.split()[0] in words("speakers", "question_labels"):
        return "question", None  # "Корреспондент Анна Смирнова": a journalist asks
    if source and low not in words("speakers", "question_labels"):
        named = next((m for m in cast.starting_in(source.start(), line.label[1]) if m.stop <= line.label[1]), None)
        if named is not None:  # "Председательствующий (Касым-Жомарт Токаев)": a role, and who has it
            return "said", named.person
    toks = tokenize(text[a:b], a)
    mention = next((m for m in cast.starting_in(a, b) if m.stop <= b), None)
    # a surname pymorphy guesses as a verb ("А.Арагчи") is still a name: only the words outside it
    # may say ("Токаев заявил: ...")
    if any(t.pos in _VERB_POS and not (mention and mention.start <= t.start < mention.stop) for t in toks):
        return "none", None
    if mention is not None:
        return "said", mention.person
    initialled = _initialled(text[a:b], cast) or _in_capitals(text[a:b], cast)
    if initialled is not None:
        return "said", initialled
    if low in words("speakers", "question_labels"):
        return "question", None
    if low in words("speakers", "answer_labels"):
        return "answer", None
    return "other", None


def _initialled(label: str, cast: Cast) -> Person | None:
    """"М.Нуртлеу": initials and a surname natasha did not tag are the person of that surname
    (and first initial) named elsewhere in the text; None if no one or more than one is."""
    m = _INITIALLED.fullmatch(label.strip())
    return _only(cast, surname_key(m.group(2)), fold(m.group(1)[0])) if m else None


def _in_capitals(label: str, cast: Cast) -> Person | None:
    """"ЛЕБЕДЕВ": a surname in capitals, as transcripts of broadcasts write labels, is the person of
    that surname named elsewhere in the text; None if no one or more than one is."""
    m = _CAPITALS.fullmatch(label.strip())
    return _only(cast, surname_key(m.group(0))) if m else None


def _only(cast: Cast, surname: str, initial: str = "") -> Person | None:
    """The one person of this surname (and first initial, if given), else None."""
    found = [p for p in cast.persons if p.surname == surname and (not p.first or p.first.startswith(initial))]
    return found[0] if len(found) == 1 else None


def _addressee(text: str, a: int, b: int, cast: Cast) -> Person | None:
    """The person a question addresses by name at its start ("— Сергей Викторович, ...")."""
    for m in cast.starting_in(a, min(b, a + 3)):
        if text[m.stop:m.stop + 1] == ",":
            return m.person
    return None


def find_turns(doc: Document, cast: Cast) -> list[Turn]:
    """The turns of the text, in text order (none when it is no dialogue)."""
    text = doc.text
    dashes, labels = [], []
    for line, stop in _marked_lines(text, Intervals(doc.furniture)):
        (dashes if line.marker == "dash" else labels).append((line, stop))
    out = _dash_turns(text, dashes, cast) + _label_turns(text, labels, cast)
    if not any(t.kind == "question" for t in out):  # a headline "Мирзоян: «...»" over an interview
        out += [t for t in _paragraph_turns(text, Intervals(doc.furniture), cast)
                if not any(t.start < o.stop and o.start < t.stop for o in out)]
    return sorted(out, key=lambda t: t.start)


#: the longest paragraph read as an unmarked question
QUESTION_CHARS = 400
#: a paragraph: text between blank lines
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


def _paragraph_turns(text: str, furniture: Intervals, cast: Cast) -> list[Turn]:
    """An interview whose questions are paragraphs of their own with no dash or label (set in bold
    in the original): each short paragraph that ends in a question mark is a question, the
    paragraphs after it up to the next one are its answer. It takes two questions, each with an
    answer, to make an interview."""
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)
             if text[m.start():m.end()].strip() and not furniture.contains(m.start(), m.end())]
    asks = [k for k, (a, b) in enumerate(paras) if b - a <= QUESTION_CHARS and _asks(text, a, b)]
    answered = [k for k in asks if k + 1 < len(paras) and k + 1 not in asks]
    if len(answered) < 2:
        return []
    out = []
    for n, k in enumerate(answered):
        a, b = paras[k]
        out.append(Turn(a, b, "question", _addressee(text, a, b, cast)))
        stop = paras[answered[n + 1]][0] if n + 1 < len(answered) else len(text)
        out.append(Turn(paras[k + 1][0], stop, "answer"))
    return out


def _dash_turns(text: str, dashes: list, cast: Cast) -> list[Turn]:
    if not any(_asks(text, line.body, stop) for line, stop in dashes):
        return []
    out: list[Turn] = []
    for line, stop in dashes:
        asked = _asks(text, line.body, stop) and not (out and out[-1].kind == "question")
        if asked:
            out.append(Turn(line.start, stop, "question", _addressee(text, line.body, stop, cast)))
        else:
            out.append(Turn(line.start, stop, "answer"))
    return out


def _label_turns(text: str, labels: list, cast: Cast) -> list[Turn]:
    read = [(line, stop, *_label_kind(text, line, cast)) for line, stop in labels]
    speakers = any(kind == "said" for _l, _s, kind, _p in read)
    roles = _roles(text, read)
    asking = _journalists(text, read, cast)
    out = []
    for line, stop, kind, person in read:
        if kind == "other" and _role(text, line) in roles:
            kind, person = "said", roles[_role(text, line)]  # "Председательствующий:" after "Председательствующий (X):"
        if kind == "said" and person in asking:
            kind, person = "question", None  # "Анна Смирнова:" after "Корреспондент Анна Смирнова:"
        if kind == "other" and speakers:
            kind = "question"  # "ТАСС: ..." among "Чжан Мин: ...": a journalist asks
        if kind in ("said", "question", "answer"):
            out.append(Turn(line.start, stop, kind, person))
    return out + _unlabelled_answers(text, out)


def _journalists(text: str, read: list, cast: Cast) -> list[Person]:
    """The persons a question label names ("Корреспондент Анна Смирнова: ..."): who asks."""
    out = []
    for line, _stop, kind, _person in read:
        a, b = line.label
        if kind == "question":
            out += [m.person for m in cast.starting_in(a, b) if m.stop <= b]
    return out


def _unlabelled_answers(text: str, turns: list[Turn]) -> list[Turn]:
    """The text between a labelled question that asks ("...?") and the next turn is its answer (an
    interviewee's answer set without a label)."""
    out = []
    for k, turn in enumerate(turns):
        nxt = turns[k + 1].start if k + 1 < len(turns) else len(text)
        if turn.kind == "question" and _asks(text, turn.start, turn.stop) and text[turn.stop:nxt].strip():
            start = turn.stop + len(text[turn.stop:nxt]) - len(text[turn.stop:nxt].lstrip())
            out.append(Turn(start, nxt, "answer"))
    return out


def _role(text: str, line: _Line) -> str:
    """The words of a label before its bracket, folded ("председательствующий")."""
    a, b = line.label or (line.start, line.start)
    source = _LABEL_SOURCE.search(text, a, b)
    return fold(text[a:source.start() if source else b].strip())


def _roles(text: str, read: list) -> dict[str, Person]:
    """Who each role label was given to with a name in brackets ("Модератор (Иван Петров): ...")."""
    out: dict[str, Person] = {}
    for line, _stop, kind, person in read:
        if kind == "said" and person is not None and _LABEL_SOURCE.search(text, *line.label):
            out.setdefault(_role(text, line), person)
    return out
