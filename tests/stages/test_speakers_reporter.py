"""Who reports one sentence: "по его словам", the first subject, a passive report, or the narrator."""
from __future__ import annotations

import pytest
from speakers_support import context, grammar

from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import find_persons
from shos_speech._stages.speakers.reporter import report

INTRO = "Президент Узбекистана Шавкат Мирзиёев прибыл в Самарканд. "


def reported(sentence: str, *names: str, current: bool = True):
    """The report of ``sentence`` after INTRO, with Мирзиёев the speaker so far (or no one)."""
    text = INTRO + sentence
    ctx = context(text, "Шавкат Мирзиёев", *names)
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    sent = ctx.doc.sentences[-1]
    speaker = cast.persons[0] if current else None
    found = report(sent, sent.tokens, cast, grammar(), speaker)
    return (found.speaker.name if found.speaker else None), (found.subject.name if found.subject else None)


@pytest.mark.parametrize("sentence, names, current, who", [
    ("По его словам, торговля выросла вдвое.", (), True, "Шавкат Мирзиёев"),
    # with no speaker so far, "его" is the last person named
    ("По его словам, торговля выросла вдвое.", (), False, "Шавкат Мирзиёев"),
    ("По словам Марии Захаровой, переговоры продолжатся.", ("Марии Захаровой",), True, "Мария Захарова"),
    ("По оценке экспертов, торговля выросла вдвое.", (), True, "Шавкат Мирзиёев"),
    ("Он призвал соседей к сотрудничеству.", (), True, "Шавкат Мирзиёев"),
    ("Он призвал соседей к сотрудничеству.", (), False, "Шавкат Мирзиёев"),  # the last person named
    ("Глава государства подчеркнул важность транзита.", (), True, "Шавкат Мирзиёев"),
    ("Министр Бахтиёр Саидов заявил о поддержке.", ("Бахтиёр Саидов",), True, "Бахтиёр Саидов"),
    # a passive report with no subject keeps the speaker so far
    ("Было подчеркнуто, что транзит важен для региона.", (), True, "Шавкат Мирзиёев"),
])
def test_reporter(sentence, names, current, who):
    assert reported(sentence, *names, current=current)[0] == who


@pytest.mark.parametrize("sentence", [
    # a group as the subject: the narrator reports what they did
    "По итогам встречи главы государств подписали меморандум.",
    # the meeting's voice and the document's
    "В ходе заседания было подчеркнуто, что транзит важен.",
    "В совместном заявлении отмечается, что транзит важен.",
    # no reporting verb, no one who has spoken
    "Самарканд принял гостей.",
    # a news agency reports
    "Встреча прошла в Самарканде, сообщает агентство.",
])
def test_the_narrator(sentence):
    assert reported(sentence)[0] is None


def test_a_person_who_has_not_spoken_becomes_the_subject_without_speaking():
    who, subject = reported("Министр Бахтиёр Саидов прибыл позднее.", "Бахтиёр Саидов")
    assert who is None and subject == "Бахтиёр Саидов"
