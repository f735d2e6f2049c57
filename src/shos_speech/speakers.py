"""Speakers and attribution: who is speaking at each character of the text.

A Speaker is a person (natasha PER) whose statement is reported: the subject of a speech
verb (заявил, подчеркнул, отметил ...), the author of a quote ("...", — заявил Токаев),
the person behind "По его словам" and a title referring back ("Президент подчеркнул",
"глава российской дипломатии"). :class:`Attribution` answers, for any offset, the name
of the speaker whose words stand there, or ``None`` for the narrator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._core.tokens import token_lemmas
from .lexicons import data_path, find_country, read_lines
from .models import Span, Speaker
from .morph import parse
from .normalize import join_words


def _lemmas(tok) -> frozenset[str]:
    return token_lemmas(tok)


_SPEECH = frozenset(read_lines(data_path("speech_verbs.txt")))
_TITLES = frozenset(read_lines(data_path("speaker_titles.txt")))
_MEDIA_VERB = re.compile(r"^(сообщает|сообщают|передает|передаёт|пишет|пишут|информирует)$", re.I)
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_PRONOUN = frozenset({"он", "она", "его", "ее", "её"})
_OPEN = "«“„"
_CLOSE = "»”“"


@dataclass
class _Person:
    name: str
    surname: str
    title: str | None = None
    country: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    speaks: bool = False


_NAME_WEIGHT = {"Surn": 2, "Name": 1, "Patr": 1}


def _name_parses(word: str) -> list:
    return [p for p in parse(word.lower())
            if {"Surn", "Name", "Patr"} & p.tag.grammemes and p.tag.number != "plur"]


def person_nominative(words: list[str], case: str | None = None) -> list[str]:
    """Put a person's name in the nominative: "Касым-Жомарта Токаева" -> "Касым-Жомарт Токаев".

    The case and gender are chosen jointly for all the name's words (a surname reading
    weighs more than a first-name one: "Токаева" is the genitive of Токаев, not a
    woman's first name); words with no name reading ("Нуртлеу", "Жапаров") stay as written.
    """
    out = list(words)
    if case == "nomn":
        return out
    idx = [i for i, w in enumerate(words) if w[:1].isupper()]
    scores: dict[tuple[str, str], int] = {}
    for i in idx:
        seen = set()
        for p in _name_parses(words[i]):
            key = (p.tag.case, p.tag.gender)
            if key in seen:
                continue
            seen.add(key)
            weight = max(_NAME_WEIGHT[g] for g in ("Surn", "Name", "Patr") if g in p.tag.grammemes)
            scores[key] = scores.get(key, 0) + weight
    if not scores:
        return out
    multiword = len(idx) > 1
    case, gender = max(scores, key=lambda k: (scores[k], (k[0] == "nomn") if multiword else (k[1] == "masc")))
    if case == "nomn":
        return out
    for i in idx:
        p = next((p for p in _name_parses(words[i]) if p.tag.case == case and p.tag.gender == gender), None)
        if p is None:
            continue
        try:
            inf = p.inflect({"nomn", "sing"})
        except ValueError:
            inf = None
        if inf:
            out[i] = inf.word[:1].upper() + inf.word[1:]
    return out


def _quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (contents only), nesting handled with a stack."""
    out = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in _OPEN and not (ch == "“" and stack):
            stack.append(i)
        elif ch in _CLOSE and stack:
            start = stack.pop()
            if not stack:
                out.append((start + 1, i))
        elif ch == '"':
            opening = (prev.isspace() or prev in "([—-:") and not nxt.isspace()
            if opening:
                stack.append(i)
            elif stack:
                start = stack.pop()
                if not stack:
                    out.append((start + 1, i))
    return out


class Attribution:
    """Maps character offsets to the speaker whose words stand there.

    Quotes with a known author win over the sentence they stand in; a sentence's speaker
    is the one its reporting verb names; elsewhere the narrator speaks (``None``).
    """

    def __init__(self, sentences: list[tuple[int, int, str | None]],
                 quotes: list[tuple[int, int, str | None]] = ()) -> None:
        self._sentences = sorted(sentences)
        self._quotes = sorted(quotes)

    def speaker_at(self, offset: int) -> str | None:
        for a, b, who in self._quotes:
            if a <= offset < b:
                return who
        for a, b, who in self._sentences:
            if a <= offset < b:
                return who
        return None


class SpeakerFinder:
    def find(self, doc, institutions=()) -> tuple[list[Speaker], Attribution]:
        text = doc.text
        persons: list[_Person] = []
        per_at: list[tuple[int, int, _Person]] = []
        taken = [(m.start, m.end) for inst in institutions for m in inst.mentions]
        for sp in doc.ner:
            if sp.type != "PER" or any(a < sp.stop and sp.start < b for a, b in taken):
                continue
            sent = doc.sentence_at(sp.start)
            toks = [t for t in (sent.tokens if sent else []) if sp.start <= t.span.start and t.span.stop <= sp.stop]
            if toks and all(_adjective_not_name(t) for t in toks):
                continue  # "Кыргызский лидер": natasha's PER on a country adjective
            words = [t.value for t in toks] or [text[sp.start:sp.stop]]
            nom = person_nominative(words, self._title_case(sent, sp.start) if sent else None)
            name = join_words(text, toks, nom) if toks else text[sp.start:sp.stop]
            # "Захарова" / "Захаровой" / "Захаров": one person whatever case and gender reading
            surname = re.sub(r"(ов|ев|ёв|ин|ын|ский|цкий)(а|ая)$", r"\1", nom[-1].lower().replace("ё", "е"))
            person = next((p for p in persons if p.surname == surname), None)
            if person is None:
                person = _Person(name=name, surname=surname)
                persons.append(person)
            elif len(name) > len(person.name):
                person.name = name
            person.mentions.append((sp.start, sp.stop))
            if person.title is None and sent is not None:
                person.title, person.country = self._title(doc, sent, sp.start)
            per_at.append((sp.start, sp.stop, person))

        quotes = _quotes(text)
        intervals: list[tuple[int, int, str | None]] = []
        quote_intervals: list[tuple[int, int, str | None]] = []
        current: _Person | None = None
        in_quote = lambda a, b: any(qa <= a and b <= qb for qa, qb in quotes)  # noqa: E731
        whos: list[_Person | None] = []
        focus: list[_Person | None] = [None]  # the latest subject person, speaking or not
        for sent in doc.sentences:
            outside = [t for t in sent.tokens if not in_quote(t.span.start, t.span.stop)]
            who = self._reporter(sent, outside, per_at, persons, focus[0] or current, focus)
            if who is None and whos and whos[-1] is not None and _CONTINUES.match(sent.text.lstrip("«\"„ ")):
                who = whos[-1]  # "Во-первых, ...", "Кроме того, ..." go on with the same speaker
            if who is not None and whos and whos[-1] is None and _ABOUT_THIS.match(sent.text):
                whos[-1] = who  # "... . Об этом заявил Президент": the sentence before is his
            if who is not None:
                who.speaks = True
                current = focus[0] = who
            whos.append(who)
        for sent, who in zip(doc.sentences, whos, strict=True):
            intervals.append((sent.start, sent.stop, who.name if who else None))
        # quotes: the author is named after the quote ("", — заявил Токаев) or before it
        for qa, qb in quotes:
            before = [w for s_, w in zip(doc.sentences, whos, strict=True) if s_.start <= qa and w is not None]
            author = self._quote_author(doc, qa, qb, per_at, persons, before[-1] if before else None)
            if author is not None:
                author.speaks = True
                quote_intervals.append((qa, qb, author.name))
        speakers = [Speaker(name=p.name, title=p.title, country=p.country,
                            mentions=[Span.of(text, a, b) for a, b in p.mentions])
                    for p in persons if p.speaks]
        return speakers, Attribution(intervals, quote_intervals)

    # -- helpers ----------------------------------------------------------------------
    def _title_case(self, sent, start: int) -> str | None:
        """"посол Японии Такаси Накамура": a name in apposition takes its title's case."""
        before = [t for t in sent.tokens if t.span.stop <= start][-8:]
        for t in reversed(before):
            if _lemmas(t) & _TITLES:
                cases = {f.grams.values & _CASES for f in getattr(t, "forms", []) if f.grams}
                cases = set().union(*cases) if cases else set()
                return "nomn" if cases == {"nomn"} or cases == {"nomn", "accs"} and t.value[-1:] not in "аяу" else None
            if t.type == "PUNCT" and t.value not in "-":
                return None
        return None

    def _title(self, doc, sent, start: int) -> tuple[str | None, str | None]:
        from .normalize import nominative

        before = [t for t in sent.tokens if t.span.stop <= start]
        people = [(sp.start, sp.stop) for sp in doc.ner if sp.type == "PER"]
        idx = None
        for i in range(len(before) - 1, max(-1, len(before) - 12), -1):
            t = before[i]
            if t.value.lower() == "и" or any(a <= t.span.start < b for a, b in people):
                break  # "секретарь ШОС Владимир Норов и руководитель ...": another person's title
            if _lemmas(before[i]) & _TITLES:
                idx = i
            elif idx is not None and before[i].type != "RU":
                break
            elif before[i].type == "PUNCT" and before[i].value not in "-":
                break
        if idx is None:
            return None, None
        # a capitalized adjective before the title word belongs to it ("Первый Президент")
        while idx > 0 and before[idx - 1].value[:1].isupper() and any(
                f.grams and "ADJF" in f.grams for f in getattr(before[idx - 1], "forms", [])):
            idx -= 1
        toks = before[idx:]
        if not toks:
            return None, None
        title = nominative(doc.text, toks)
        return title, find_country(toks)

    def _reporter(self, sent, outside, per_at, persons, current, focus: list):
        """Who reports the words of this sentence (outside its quotes), or None (narrator).

        "По его словам / оценке" names the current speaker; otherwise the first subject of
        the sentence does: a person named in the nominative, a title ("глава государства",
        "казахстанский лидер") or "он". A subject counts when the sentence has a speech verb
        ("заявил", "было обозначено") or the subject has spoken before; a passive speech
        verb with no subject keeps the current speaker.
        """
        speech = any(_lemmas(t) & _SPEECH and not _MEDIA_VERB.match(t.value) for t in outside)
        text = " ".join(t.value.lower() for t in outside)
        according = _ACCORDING.search(text)
        mine = [(a, b, p) for a, b, p in per_at if sent.start <= a < sent.stop and not _inside_quote_tokens(a, outside)]
        if according:
            if according.group(1):  # "по его словам": the speaker so far, else the last person named
                last = [p for _a, b, p in per_at if b <= sent.start]
                return current or (last[-1] if last else None)
            return mine[0][2] if mine else current
        refs: list[tuple[int, str, object]] = [(a, "per", p) for a, b, p in mine if _nominative_at(outside, a, b)]
        for i, t in enumerate(outside):
            if t.value.lower() in {"он", "она"}:
                refs.append((t.span.start, "pron", i))
            elif (_lemmas(t) & _GROUPS or _lemmas(t) & _TITLES) and _is_plural_nominative(t) and any(
                    _is_verb(v) and "plur" in v.forms[0].grams for v in outside[i + 1:]):
                refs.append((t.span.start, "group", i))  # "главы государств подписали": the narrator
            elif _lemmas(t) & _TITLES and _is_nominative(t, singular=True) and not _before_person(outside, i, mine):
                refs.append((t.span.start, "title", i))
        refs.sort(key=lambda r: r[0])
        if refs:
            _, kind, obj = refs[0]
            if kind == "group":
                return None
            if kind == "per":
                # the subject of the sentence is who "он" / "по его словам" refer to next
                focus[0] = obj
                return obj if speech or obj.speaks else None
            if kind == "pron":  # "он": the speaker so far, else (with a speech verb) the last person named
                last = [p for _a, b, p in per_at if b <= sent.start]
                return current or (last[-1] if speech and last else None)
            i = obj
            return self._title_ref(outside[max(0, i - 2):i + 5], persons, current, only_speakers=not speech,
                                   pos=sent.start)
        if speech:
            if mine:
                return mine[0][2]
            # "В ходе заседания было подчеркнуто ...": the meeting's voice, not one speaker's;
            # "В декларации констатируется ...": the document's
            return None if _MEETING_VOICE.search(text) or _DOCUMENT_VOICE.search(text) else current
        return None

    def _title_ref(self, toks, persons, current, only_speakers: bool = False, pos: int | None = None):
        """"Президент", "глава российской дипломатии", "он": the speaker referred back to.

        Only words in the nominative count (the subject): in "обратился он к американскому
        президенту" the president is the addressee.
        """
        subject = [t for t in toks if _is_nominative(t)]
        country = find_country(subject)
        titled = [t for t in subject if _lemmas(t) & _TITLES]
        words = set().union(*(_lemmas(t) & _TITLES for t in titled)) if titled else set()
        if any(t.value.lower() in _PRONOUN and _is_nominative(t) for t in toks):
            return current
        speaking = [p for p in persons if p.speaks] or ([] if only_speakers else persons)
        if current is not None and _compatible(current, words, country):
            return current
        before = [p for p in speaking if pos is None or any(a < pos for a, _b in p.mentions)]
        before.sort(key=lambda p: max(a for a, _b in p.mentions if pos is None or a < pos))
        for p in reversed(before):
            if _compatible(p, words, country) and (country or words):
                return p
        return current

    def _quote_author(self, doc, qa, qb, per_at, persons, current):
        text = doc.text
        after = text[qb + 1:qb + 160]
        m = re.match(r"\s*[,.!?]?\s*[—–-]\s*([^.!?\n]*)", after)
        region = None
        if m:
            region = (qb + 1 + m.start(1), qb + 1 + m.end(1))
        else:
            before_start = max(0, qa - 200)
            seg = text[before_start:qa - 1]
            colon = seg.rfind(":")
            if colon >= 0 and colon >= len(seg) - 3:
                sent_start = max(seg.rfind(". "), seg.rfind("\n"))
                region = (before_start + sent_start + 1, before_start + colon)
        if region is None:
            return None
        a, b = region
        for pa, _pb, p in per_at:
            if a <= pa < b:
                return p
        sent = doc.sentence_at(a)
        toks = [t for t in (sent.tokens if sent else []) if a <= t.span.start and t.span.stop <= b]
        if not toks:
            return None
        if current is None:
            current = next((p for _pa, pb, p in reversed(per_at) if pb <= qa and p.speaks), None)
        if any(_lemmas(t) & _SPEECH for t in toks):
            return self._title_ref(toks, persons, current, pos=qa)
        return None


_CONTINUES = re.compile(r"(во-первых|во-вторых|в-третьих|в-четвертых|в-четвёртых|в-пятых|кроме того|помимо этого|"
                        r"также|при этом|вместе с тем|в частности|наконец|"
                        r"(вторым|третьим|четвертым|четвёртым|пятым|еще одним|ещё одним|"
                        r"второй|третий|четвертый|четвёртый|пятый) (приоритет|задач|направлени|шаг))", re.IGNORECASE)
_ABOUT_THIS = re.compile(r"\s*(об этом|такое мнение|такую оценку|так)\b", re.IGNORECASE)
_MEETING_VOICE = re.compile(r"\b(в ходе|по итогам|на) (заседания|заседании|встречи|встрече|переговоров|переговорах|"
                            r"сессии|саммита|саммите|совещания|совещании|консультаций)\b")
_DOCUMENT_VOICE = re.compile(r"\b(в|во) (декларации|документе|заявлении|коммюнике|резолюции|соглашении|меморандуме|"
                             r"итоговом документе|совместном заявлении|послании|программе|стратегии|концепции)\b|"
                             r"\bговорится в\b")
_ACCORDING = re.compile(r"\bпо (его |ее |её |их )?(словам|мнению|оценке|данным|убеждению|признанию)\b")


def _is_nominative(tok, singular: bool = False) -> bool:
    """"главы государств подписали" is a group (plural): only a singular title is one speaker."""
    forms = [f for f in getattr(tok, "forms", []) if f.grams and "nomn" in f.grams]
    if singular:
        return bool(forms) and all("plur" not in f.grams for f in forms)
    return bool(forms)


_GROUPS = frozenset({"сторона", "участник", "лидер", "делегация", "государство", "страна"})


def _is_plural_nominative(tok) -> bool:
    return any(f.grams and "NOUN" in f.grams and "nomn" in f.grams and "plur" in f.grams
               for f in getattr(tok, "forms", []))


def _before_person(toks: list, i: int, mine: list) -> bool:
    """The title word opens a person's name ("премьер-министр Армении Никол Пашинян")."""
    for t in toks[i + 1:i + 8]:
        if any(a == t.span.start for a, _b, _p in mine):
            return True
        if t.type == "PUNCT" and t.value != "-" or _is_verb(t):
            return False
    return False


def _adjective_not_name(tok) -> bool:
    forms = getattr(tok, "forms", None) or []
    return bool(forms) and "ADJF" in forms[0].grams and not any(
        f.grams and {"Name", "Surn", "Patr"} & set(f.grams.values) for f in forms)


def _is_verb(tok) -> bool:
    forms = getattr(tok, "forms", [])
    return bool(forms) and forms[0].grams is not None and ("VERB" in forms[0].grams or "INFN" in forms[0].grams)


def _nominative_at(toks: list, start: int, stop: int) -> bool:
    """A person's name in the nominative: the subject, not the object ("кандидатуру Назарбаева").

    The first word with a first-name or surname reading decides ("Касым-Жомарт Токаев":
    "Касым"; "Сергея Лаврова": "Сергея"); without one, any nominative reading of the last.
    """
    inside = [t for t in toks if start <= t.span.start and t.span.stop <= stop and t.type == "RU"]
    if not inside:
        return False
    for t in inside:
        name_forms = [f for f in getattr(t, "forms", []) if f.grams and {"Surn", "Name"} & set(f.grams.values)]
        if name_forms:
            return any("nomn" in f.grams for f in name_forms)
    return any(f.grams and "nomn" in f.grams for f in getattr(inside[-1], "forms", []))


_ANY_POST = frozenset({"глава", "лидер", "руководитель"})


def _compatible(person: _Person, words: set[str], country: str | None) -> bool:
    """Can the title words / country refer to this person? "глава" fits any post."""
    if country and person.country and country != person.country:
        return False
    if not words or words & _ANY_POST or person.title is None:
        return True
    title = person.title.lower()
    return any(w in title for w in words) or any(w in title for w in _ANY_POST)


def _inside_quote_tokens(offset: int, outside: list) -> bool:
    return not any(t.span.start == offset for t in outside)


