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
    ("С его слов, торговля выросла вдвое.", (), True, "Шавкат Мирзиёев"),
    ("Со слов Марии Захаровой, переговоры продолжатся.", ("Марии Захаровой",), True, "Мария Захарова"),
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


def reported_with_bodies(sentence: str, *bodies: str):
    text = INTRO + sentence
    ctx = context(text, "Шавкат Мирзиёев")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    spans = Intervals((text.index(b), text.index(b) + len(b)) for b in bodies)
    sent = ctx.doc.sentences[-1]
    return report(sent, sent.tokens, cast, grammar(), cast.persons[0], spans)


@pytest.mark.parametrize("sentence, names, who", [
    # acts of speech report their subject's words: thanks, promises, confirmations, invitations
    ("Министр Бахтиёр Саидов поблагодарил хозяев и пообещал поддержку.", ("Бахтиёр Саидов",), "Бахтиёр Саидов"),
    ("Позже Бахтиёр Саидов подтвердил, что визит состоится.", ("Бахтиёр Саидов",), "Бахтиёр Саидов"),
    ("Бахтиёр Саидов пригласил коллег на форум.", ("Бахтиёр Саидов",), "Бахтиёр Саидов"),
    # a gerund's clause does not make the sentence a report
    ("Министр Бахтиёр Саидов на форум не приехал, заранее предупредив об этом коллег.", ("Бахтиёр Саидов",), None),
    # whose words a word of speech is, when it is the subject
    ("Позиция Бахтиёра Саидова осталась неизменной.", ("Бахтиёра Саидова",), "Бахтиёр Саидов"),
    # a subject before "по его словам" is whom "его" means
    ("Министр Бахтиёр Саидов призвал строить систему, которая, по его словам, устарела.", ("Бахтиёр Саидов",),
     "Бахтиёр Саидов"),
])
def test_reporting_subjects(sentence, names, who):
    assert reported(sentence, *names, current=False)[0] == who


@pytest.mark.parametrize("sentence, who", [
    # a subject who has spoken does not speak in what he does ...
    ("Затем Шавкат Мирзиёев провел переговоры с делегацией.", None),
    ("Мирзиёев принял участие в церемонии.", None),
    # ... but does in what he values
    ("Особое значение Мирзиёев придает транзиту.", "Шавкат Мирзиёев"),
])
def test_a_speaker_doing_something(sentence, who):
    text = INTRO + sentence
    ctx = context(text, "Шавкат Мирзиёев", "Мирзиёев")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    (speaker,) = cast.persons
    speaker.speaks = True
    found = report(ctx.doc.sentences[-1], ctx.doc.sentences[-1].tokens, cast, grammar(), speaker)
    assert (found.speaker.name if found.speaker else None) == who


@pytest.mark.parametrize("sentence, who", [
    # a country, its capital or its side speaks through the speaker so far when it is his
    ("Ташкент предлагает создать транспортный фонд.", "Шавкат Мирзиёев"),
    ("Узбекская сторона предлагает создать транспортный фонд.", "Шавкат Мирзиёев"),
    ("Предложения узбекской стороны выглядели так: создать фонд.", "Шавкат Мирзиёев"),
    # another country does not
    ("Казахстан предлагает создать транспортный фонд.", None),
    ("Астана предлагает создать транспортный фонд.", None),
    # nor a country without a word of speech
    ("Узбекистан примет саммит в мае.", None),
])
def test_a_country_speaking(sentence, who):
    assert reported(sentence)[0] == who


@pytest.mark.parametrize("sentence, bodies, voice", [
    # a body as the subject, a plural reporting verb with no subject: the text's own voice
    ("Ведомство выразило соболезнования семьям погибших.", (), True),
    ("МИД назвал эти заявления безответственными.", ("МИД",), True),
    ("Как сообщили в министерстве, переговоры продолжатся.", (), True),
    ("В ведомстве уточнили, что визит перенесен.", (), True),
    # the narrator's "Напомним" is no plural of a body's
    ("Напомним, переговоры продолжатся.", (), False),
    # a body that does not report is no voice
    ("ШОС отметит юбилей в мае.", ("ШОС",), True),
    ("Секретариат переехал в новое здание.", (), False),
])
def test_the_texts_own_voice(sentence, bodies, voice):
    found = reported_with_bodies(sentence, *bodies)
    assert found.speaker is None and found.voice is voice


def test_a_demonstrative_is_the_person_named_last():
    text = ("Министр Сергей Лавров провел переговоры с китайским коллегой Ли Цяном. Тот подчеркнул важность "
            "диалога.")
    ctx = context(text, "Сергей Лавров", "Ли Цяном")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    sent = ctx.doc.sentences[-1]
    lavrov = next(p for p in cast.persons if p.name == "Сергей Лавров")
    assert report(sent, sent.tokens, cast, grammar(), lavrov).speaker.name == "Ли Цян"


@pytest.mark.parametrize("sentence, who", [
    # a short adjective of opinion reports
    ("Глава государства уверен, что транзит окупится.", "Шавкат Мирзиёев"),
    # a body next to a verb of the news is a source, the name after it the subject
    ("Как сообщает пресс-служба президента, Бахтиёр Саидов выразил соболезнования.", "Бахтиёр Саидов"),
])
def test_more_reports(sentence, who):
    assert reported(sentence, "Бахтиёр Саидов")[0] == who


def test_a_person_a_sentence_opens_with_is_whom_he_means_next():
    text = INTRO + "Для Бахтиёра Саидова эта поездка стала первой. Ранее он назвал регион приоритетом."
    ctx = context(text, "Шавкат Мирзиёев", "Бахтиёра Саидова")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    opener = report(ctx.doc.sentences[1], ctx.doc.sentences[1].tokens, cast, grammar(), cast.persons[0])
    assert opener.speaker is None and opener.subject.name == "Бахтиёр Саидов"
    after = report(ctx.doc.sentences[2], ctx.doc.sentences[2].tokens, cast, grammar(), opener.subject)
    assert after.speaker.name == "Бахтиёр Саидов"


@pytest.mark.parametrize("sentence, who", [
    ("Согласно заявлению Бахтиёра Саидова, переговоры продолжатся.", "Бахтиёр Саидов"),
    ("По заявлению Бахтиёра Саидова, переговоры продолжатся.", "Бахтиёр Саидов"),
])
def test_according_to_a_statement(sentence, who):
    assert reported(sentence, "Бахтиёра Саидова")[0] == who


@pytest.mark.parametrize("sentence, who", [
    # a verb of stance reports before its word ...
    ("Министр Бахтиёр Саидов выступил за укрепление границ.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов выступил против санкций.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов выступил с инициативой создать фонд.", "Бахтиёр Саидов"),
    # ... not where he spoke
    ("Министр Бахтиёр Саидов выступил на сессии, которая прошла онлайн.", None),
    # speaking of a topic
    ("Министр Бахтиёр Саидов остановился на вопросах безопасности.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов коснулся темы водных ресурсов.", "Бахтиёр Саидов"),
])
def test_stance_and_topic(sentence, who):
    assert reported(sentence, "Бахтиёр Саидов", current=False)[0] == who


@pytest.mark.parametrize("sentence, who", [
    ("Министр Бахтиёр Саидов поручил ускорить строительство дороги.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов надеется, что переговоры продолжатся.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов поприветствовал участников форума.", "Бахтиёр Саидов"),
])
def test_acts_of_speech_by_family(sentence, who):
    assert reported(sentence, "Бахтиёр Саидов", current=False)[0] == who


@pytest.mark.parametrize("sentence, who", [
    # a verb of focusing on a topic reports what the subject said of it
    ("Министр Бахтиёр Саидов сосредоточился на вопросах транзита.", "Бахтиёр Саидов"),
    ("Бахтиёр Саидов, выступавший последним, сделал акцент на энергетике.", "Бахтиёр Саидов"),
    ("Бахтиёр Саидов сделал упор на цифровизации таможни.", "Бахтиёр Саидов"),
    ("Министр Бахтиёр Саидов заострил внимание на нехватке воды.", "Бахтиёр Саидов"),
    ("Бахтиёр Саидов сфокусировался на теме водных ресурсов.", "Бахтиёр Саидов"),
    # the same verbs before another word report nothing
    ("Министр Бахтиёр Саидов сделал пересадку в Стамбуле.", None),
    ("Бахтиёр Саидов сосредоточил войска у границы.", None),
])
def test_a_verb_of_focus_reports(sentence, who):
    assert reported(sentence, "Бахтиёр Саидов")[0] == who


@pytest.mark.parametrize("sentence, bodies, who, voice", [
    # a body in the post of the name it opens is no subject of its own: the name is
    ("Официальный представитель МИД Узбекистана Бахтиёр Саидов заявил о поддержке.", ("Официальный",),
     "Бахтиёр Саидов", False),
    ("Официальный представитель МИД Узбекистана Бахтиёр Саидов заявил о поддержке.", ("МИД Узбекистана",),
     "Бахтиёр Саидов", False),
    # a body that opens no name speaks in the text's own voice
    ("МИД Узбекистана заявил о поддержке, сообщив об этом Бахтиёру Саидову.", ("МИД Узбекистана",), None, True),
])
def test_a_body_in_a_names_post_is_no_subject(sentence, bodies, who, voice):
    text = INTRO + sentence
    ctx = context(text, "Шавкат Мирзиёев", "Бахтиёр Саидов", "Бахтиёру Саидову")
    cast = find_persons(ctx.doc, Intervals(()), grammar())
    spans = Intervals((text.index(b), text.index(b) + len(b)) for b in bodies)
    sent = ctx.doc.sentences[-1]
    found = report(sent, sent.tokens, cast, grammar(), cast.persons[0], spans)
    assert (found.speaker.name if found.speaker else None, found.voice) == (who, voice)
