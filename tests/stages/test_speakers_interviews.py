"""Interviews as newspapers set them: a headline quoting the interviewee over unlabelled
questions, a journalist's byline ("Беседовала Анна Смирнова"), or the journalist's name as the
question's label ("Корреспондент Анна Смирнова: ...?") with the answer unlabelled after it. The
answers are the interviewee's, the questions nobody's."""
from __future__ import annotations

import pytest
from speakers_support import attributed, grammar

from shos_speech._core.analysis import light_document
from shos_speech._stages.speakers.mentions import trimmed

QA = ("Как вы оцениваете ход переговоров с Азербайджаном?\n\n"
      "Мы видим реальный шанс на мир. Главной угрозой остается риск новой эскалации.\n\n"
      "Что для Армении сегодня на первом месте?\n\n"
      "Мы предлагаем проект «Перекресток мира».")
LEAD = "Министр иностранных дел Армении Арарат Мирзоян ответил на вопросы «Коммерсанта».\n\n"


@pytest.mark.parametrize("top", [
    "Арарат Мирзоян: «Мир в регионе достижим»\n\n" + LEAD,  # a headline label over the interview
    LEAD,
])
def test_unlabelled_answers_under_a_headline_are_the_interviewees(top):
    text = top + QA
    ctx = attributed(text, "Арарат Мирзоян")
    assert ctx.speaker_at(text.index("новой эскалации")) == "Арарат Мирзоян"
    assert ctx.speaker_at(text.index("Перекресток мира", len(top))) == "Арарат Мирзоян"
    assert ctx.speaker_at(text.index("ход переговоров")) is None


@pytest.mark.parametrize("first, later", [
    ("Корреспондент Анна Смирнова", "Анна Смирнова"),
    ("Журналист Анна Смирнова", "Анна Смирнова"),
    ("Вопрос", "Вопрос"),
])
def test_a_journalists_label_asks_and_the_unlabelled_text_after_it_answers(first, later):
    text = (LEAD + f"{first}: Как вы оцениваете ход переговоров?\n\n"
            "Мы видим реальный шанс на мир. Главной угрозой остается риск новой эскалации.\n\n"
            f"{later}: Что для Армении сегодня на первом месте?\n\n"
            "Мы предлагаем проект «Перекресток мира».")
    ctx = attributed(text, "Арарат Мирзоян", "Анна Смирнова")
    assert ctx.speaker_at(text.index("новой эскалации")) == "Арарат Мирзоян"
    assert ctx.speaker_at(text.index("Перекресток мира")) == "Арарат Мирзоян"
    assert ctx.speaker_at(text.index("ход переговоров")) is None


def test_a_label_that_does_not_ask_has_no_unlabelled_answer():
    text = ("Неделя высокого уровня в ООН: главное\n\n"
            "Ильхам Алиев: мир на Кавказе достижим\n\n"
            "Президент Азербайджана Ильхам Алиев выступил на общих дебатах. По словам Алиева, "
            "терроризм угрожает всем.\n\nГлавной угрозой остается изменение климата.")
    ctx = attributed(text, "Ильхам Алиев", "Алиева")
    assert ctx.speaker_at(text.index("изменение климата")) is None


@pytest.mark.parametrize("line, name", [
    ("Беседовала Анна Смирнова", "Анна Смирнова"),  # natasha takes the verb of a byline into the name
    ("Записал Игорь Волков", "Игорь Волков"),
    ("Арарат Мирзоян", "Арарат Мирзоян"),
])
def test_a_known_verb_before_a_name_is_no_part_of_it(line, name):
    doc = light_document(line)
    toks = trimmed(doc.sentences[0].tokens, grammar())
    assert line[toks[0].span.start:toks[-1].span.stop] == name
