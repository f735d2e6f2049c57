"""In a plenary's transcript the chair gives the floor ("Слово предоставляется Президенту
Азербайджана Ильхаму Алиеву."), and the speaker's paragraphs after it carry no label: they are
his up to the next handing over, a labelled turn or a paragraph that narrates in the past."""
from __future__ import annotations

import pytest
from speakers_support import attributed

NAMES = ("Садыр Жапаров", "Ильхам Алиев", "Ильхаму Алиеву", "Шахбаз Шариф", "Шахбазу Шарифу")
OPENING = ("Заседание Совета глав государств СНГ. Председательствует Президент Кыргызстана Садыр Жапаров.\n\n"
           "С.Жапаров: Уважаемые коллеги! Открываю заседание Совета. Считаем важным сосредоточиться на "
           "водной безопасности.\n\n")
ALIEV = "Уважаемый господин Председатель! Терроризм остается главной угрозой для региона.\n\n"


@pytest.mark.parametrize("handover", [
    "Слово предоставляется Президенту Азербайджанской Республики Ильхаму Алиеву.\n\n",
    "Предоставляю слово Президенту Азербайджана Ильхаму Алиеву.\n\n",
    "Спасибо. Слово – Президенту Азербайджана Ильхаму Алиеву.\n\n",
    "Передаю слово господину Ильхаму Алиеву.\n\n",
])
def test_the_paragraphs_after_the_chair_gives_the_floor_are_the_speakers(handover):
    text = OPENING + handover + ALIEV + "Мы предлагаем создать центр по разминированию.\n\n"
    ctx = attributed(text, *NAMES)
    assert ctx.speaker_at(text.index("Терроризм")) == "Ильхам Алиев"
    assert ctx.speaker_at(text.index("центр по разминированию")) == "Ильхам Алиев"
    assert ctx.speaker_at(text.index("водной")) == "Садыр Жапаров"


@pytest.mark.parametrize("after, speaker", [
    ("Слово предоставляется Премьер-министру Пакистана Шахбазу Шарифу.\n\n"
     "Изменение климата ударило по Пакистану сильнее других.", "Шахбаз Шариф"),
    ("Шахбаз Шариф: Изменение климата ударило по Пакистану сильнее других.", "Шахбаз Шариф"),
    ("По итогам заседания главы государств подписали декларацию. Изменение климата обсуждалось отдельно.",
     None),
])
def test_the_given_floor_ends(after, speaker):
    text = OPENING + "Слово предоставляется Ильхаму Алиеву.\n\n" + ALIEV + after
    ctx = attributed(text, *NAMES)
    assert ctx.speaker_at(text.index("Изменение климата")) == speaker


def test_words_of_the_floor_without_a_chair_hand_nothing():
    text = ("Президент Кыргызстана Садыр Жапаров выступил на саммите. Он отметил, что последнее слово "
            "остается за Ильхамом Алиевым.\n\nТерроризм остается главной угрозой.")
    ctx = attributed(text, "Садыр Жапаров", "Ильхамом Алиевым")
    assert ctx.speaker_at(text.index("Терроризм")) != "Ильхам Алиев"
