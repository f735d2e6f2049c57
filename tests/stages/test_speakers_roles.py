"""Role labels with the name in brackets ("Председательствующий (Касым-Жомарт Токаев):") are that
person's turns, and so is the role's bare label after it ("Председательствующий:")."""
from __future__ import annotations

import pytest
from speakers_support import attributed

PLENARY = ("Председательствующий (Касым-Жомарт Токаев): Уважаемые коллеги! Приоритетом для нас остается "
           "продовольственная безопасность.\n\n"
           "Президент Азербайджана Ильхам Алиев: Терроризм остается главной угрозой.\n\n"
           "Председательствующий: Спасибо. Считаем важным развитие транспортных коридоров.\n\n"
           "Модератор (Айгуль Серикова): Следующий вопрос касается климата.\n\n"
           "Модератор: Изменение климата угрожает региону.")


@pytest.mark.parametrize("span, speaker", [
    ("продовольственная безопасность", "Касым-Жомарт Токаев"),
    ("Терроризм", "Ильхам Алиев"),
    ("транспортных коридоров", "Касым-Жомарт Токаев"),
    ("Изменение климата", "Айгуль Серикова"),
])
def test_a_role_label_with_its_name_in_brackets_is_that_persons(span, speaker):
    ctx = attributed(PLENARY, "Касым-Жомарт Токаев", "Ильхам Алиев", "Айгуль Серикова")
    assert ctx.speaker_at(PLENARY.index(span)) == speaker


def test_natasha_s_person_before_a_bracket_is_the_name_in_it(extractor):
    """natasha tags "Председательствующий (Касым-Жомарт Токаев" as one PER span: a name holds no bracket."""
    r = extractor.extract("Пленарное заседание саммита СВМДА\n\n" + PLENARY)
    names = {s.name for s in r.speakers}
    assert "Касым-Жомарт Токаев" in names and not any("(" in n for n in names)
    assert {p.span.text: p.speaker for p in r.priorities}["продовольственная безопасность"] == "Касым-Жомарт Токаев"
