"""A talks transcript opens as a speech (a vocative under a heading) but goes on in labelled turns
("В.Путин: ...", "Ш.Мирзиёев: ..."): each labelled turn goes on over the paragraphs after it, up
to the next turn, though the whole reads as the first speaker's speech."""
from __future__ import annotations

import pytest
from speakers_support import attributed

TALKS = ("Российско-узбекистанские переговоры\n\n"
         "Владимир Путин провел в Ташкенте переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.\n\n"
         "В.Путин: Уважаемый Шавкат Миромонович! Уважаемые коллеги!\n\n"
         "Считаем приоритетом развитие промышленной кооперации.\n\n"
         "Ш.Мирзиёев: Уважаемый Владимир Владимирович!\n\n"
         "Для нас на первом месте – энергетика.\n\n"
         "Мы обеспокоены угрозой терроризма. Предлагаем создать совместный центр мониторинга.\n\n"
         "В.Путин: Согласен. Давайте поручим правительствам подготовить дорожную карту.")


@pytest.mark.parametrize("span, speaker", [
    ("промышленной кооперации", "Владимир Путин"),
    ("энергетика", "Шавкат Мирзиёев"),
    ("терроризма", "Шавкат Мирзиёев"),
    ("центр мониторинга", "Шавкат Мирзиёев"),
    ("дорожную карту", "Владимир Путин"),
])
def test_each_labelled_turn_goes_on_inside_a_speech(span, speaker):
    ctx = attributed(TALKS, "Владимир Путин", "Шавкатом Мирзиёевым")
    assert ctx.speaker_at(TALKS.index(span)) == speaker


def test_a_speech_without_labels_stays_its_speakers():
    text = ("Выступление Президента Узбекистана Шавката Мирзиёева на саммите ШОС\n\n"
            "Уважаемые коллеги!\n\nДля нас на первом месте – энергетика.\n\n"
            "Мы обеспокоены угрозой терроризма.")
    ctx = attributed(text, "Шавката Мирзиёева")
    assert ctx.speaker_at(text.index("терроризма")) == "Шавкат Мирзиёев"
