"""A statement retold in indirect speech goes on in the sentences after it, in the same
paragraph, that name no subject of their own: "Глава государства отметил, что ситуация
ухудшается. Терроризм по-прежнему угрожает ..." is still his. Direct speech in between, a new
paragraph or another subject ends the retelling."""
from __future__ import annotations

import pytest
from speakers_support import attributed

LEAD = "ДУШАНБЕ, 5 мая. /Корр./ – Президент Таджикистана Эмомали Рахмон выступил на саммите СВМДА.\n\n"


@pytest.mark.parametrize("retold", [
    "Глава государства отметил, что обстановка в регионе ухудшается. ",
    "Эмомали Рахмон подчеркнул: обстановка в регионе ухудшается. ",
    "По словам Рахмона, обстановка в регионе ухудшается. ",
    "Президент указал, что обстановка ухудшается. Кроме того, растет число конфликтов. ",
])
def test_a_sentence_without_a_subject_goes_on_retelling(retold):
    text = LEAD + retold + "Наркотрафик из Афганистана по-прежнему угрожает всем странам."
    ctx = attributed(text, "Эмомали Рахмон", "Рахмона")
    assert ctx.speaker_at(text.index("Наркотрафик")) == "Эмомали Рахмон"


@pytest.mark.parametrize("retold, after", [
    # a new paragraph: the narrator's
    ("Глава государства отметил, что обстановка ухудшается.\n\n", "Наркотрафик по-прежнему угрожает всем странам."),
    # his own words in between end the retelling: what follows is the page's
    ("Президент отметил, что вопросов накопилось немало. «Уверен, что мы найдем решения», — сказал он. ",
     "В повестке встречи — противодействие наркотрафику."),
    # another subject of its own
    ("Глава государства отметил, что обстановка ухудшается. ",
     "Министр Сироджиддин Мухриддин подготовил доклад о наркотрафике."),
    # a document's own voice, with a verb of speech of its own
    ("Глава государства отметил, что обстановка ухудшается. ",
     "В декларации констатируется, что наркотрафик угрожает региону."),
    # a meeting told of in the past: the narrator's
    ("Глава государства отметил, что обстановка ухудшается. ",
     "Встреча министров по борьбе с наркотрафиком прошла в Душанбе в мае."),
    # no verb of speech with what was said: nothing retold
    ("Эмомали Рахмон открыл заседание. ", "Наркотрафик по-прежнему угрожает всем странам."),
])
def test_the_retelling_ends(retold, after):
    text = LEAD + retold + after
    ctx = attributed(text, "Эмомали Рахмон", "Рахмона", "Сироджиддин Мухриддин")
    assert ctx.speaker_at(text.lower().index("наркотрафик", len(LEAD + retold))) is None
