"""A narrated activity of the speaker ("министр провел встречи") gives the floor back to the
narrator: a country's side named after it ("Казахстанская сторона выразила ...") speaks in the
text's own voice, while "он" still means the person whose activity was told."""
from __future__ import annotations

import pytest
from speakers_support import attributed

from shos_speech._core.stage import DocContext

LEAD = ("АСТАНА, 3 марта. /Корр./ – Министр иностранных дел Казахстана Мурат Нуртлеу выступил на заседании "
        "Совета министров иностранных дел ОДКБ. «Мы обеспокоены ростом наркотрафика», – сказал Нуртлеу.\n\n")
SIDE = "Казахстанская сторона выразила озабоченность ростом киберпреступности."


@pytest.mark.parametrize("between", [
    "Затем министр провел двусторонние встречи с коллегами из Армении и Таджикистана.\n\n",
    "В тот же день Мурат Нуртлеу принял участие в церемонии открытия выставки.\n\n",
    "После заседания глава МИД провел переговоры с министром иностранных дел Армении.\n\n",
])
def test_a_side_after_the_speakers_narrated_activity_is_the_texts_voice(between):
    text = LEAD + between + SIDE
    ctx = attributed(text, "Мурат Нуртлеу", "Нуртлеу")
    assert ctx.speaker_at(text.index("наркотрафика")) == "Мурат Нуртлеу"
    assert ctx.speaker_at(text.index("киберпреступности")) is None


@pytest.mark.parametrize("between", [
    "",  # the side right after the speaker's words is the speaker's
    "По словам министра, Казахстан готов к диалогу.\n\n",  # his words go on
])
def test_a_side_while_the_speaker_has_the_floor_is_the_speakers(between):
    text = LEAD + between + SIDE
    ctx = attributed(text, "Мурат Нуртлеу", "Нуртлеу")
    assert ctx.speaker_at(text.index("киберпреступности")) == "Мурат Нуртлеу"


def test_he_after_a_narrated_activity_is_the_person_told_of():
    text = ("Мурат Нуртлеу провел переговоры с Сироджиддином Мухриддином. "
            "Он отметил, что терроризм остается общей угрозой.")
    ctx = attributed(text, "Мурат Нуртлеу", "Сироджиддином Мухриддином")
    assert ctx.speaker_at(text.index("терроризм")) == "Мурат Нуртлеу"


INTRO = ("Генеральный секретарь ШОС Нурлан Ермекбаев выступил на форуме в Ташкенте. "
         "«Терроризм остается угрозой номер один», – сказал Ермекбаев.\n\n")


@pytest.mark.parametrize("sentence, fragment, who", [
    # a clause before a colon with a body or a thing as its subject; after it, a person says
    ("Шанхайская организация сотрудничества открыта для новых партнеров: Ермекбаев приветствовал решение о "
     "предоставлении Лаосу статуса партнера по диалогу.", "Лаосу", "Нурлан Ермекбаев"),
    ("Региональная антитеррористическая структура ШОС работает слаженно: генсек поддержал создание Центра по "
     "борьбе с бедностью.", "Центра", "Нурлан Ермекбаев"),
    ("Секретариат работает в обычном режиме; генсек поддержал создание Центра по борьбе с бедностью.",
     "Центра", "Нурлан Ермекбаев"),
    # the verb of speech before the colon is the first subject's: the body speaks
    ("Секретариат ШОС сообщил: Ермекбаев посетит саммит, посвященный борьбе с наркотрафиком.", "наркотрафиком",
     None),
])
def test_the_subject_of_the_clause_that_reports(extractor, sentence, fragment, who):
    text = INTRO + sentence
    ctx = DocContext(extractor.analyzer(text))  # the whole pipeline: the body's name must be found
    for stage in extractor.stages:
        stage(ctx)
    assert ctx.speaker_at(text.index(fragment)) == who
