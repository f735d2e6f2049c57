"""A post or a column under its author's byline ("Мария Захарова\\n\\nОфициальный представитель МИД
России\\n\\nРешительно осуждаем ..."), or under a headline that quotes its author ("Мария Захарова:
удар ведет к эскалации"), speaks in its author's voice when it opens in the first person."""
from __future__ import annotations

import pytest
from speakers_support import attributed

BODY = ("Решительно осуждаем удар по жилым кварталам. Подобные действия ведут к эскалации насилия.\n\n"
        "Призываем стороны прекратить огонь. Терроризм не имеет оправдания.")


@pytest.mark.parametrize("heading", [
    "Мария Захарова\n\nОфициальный представитель МИД России\n\n",
    "Мария Захарова\n\n",
    "Официальный представитель МИД России Мария Захарова\n\n",
    "Мария Захарова: удар по жилым кварталам ведет к эскалации\n\n",
])
def test_a_post_under_its_authors_byline_is_hers(heading):
    text = heading + BODY
    ctx = attributed(text, "Мария Захарова")
    for word in ("удар по жилым", "эскалации насилия", "прекратить огонь", "Терроризм"):
        assert ctx.speaker_at(text.index(word, len(heading))) == "Мария Захарова"


@pytest.mark.parametrize("heading", [
    # a news headline over a narrated lead: not a byline
    "Мария Захарова осудила удар по Бейруту\n\nМИД России выступил с заявлением.\n\n",
    # a rubric and no one named
    "В мире\n\n",
])
def test_no_byline_no_author(heading):
    text = heading + "Удар по жилым кварталам ведет к эскалации насилия."
    ctx = attributed(text, "Мария Захарова")
    assert ctx.speaker_at(text.index("Удар по жилым")) is None

