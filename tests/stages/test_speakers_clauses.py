"""Relative clauses that report someone's words inside another's sentence."""
from __future__ import annotations

import pytest
from speakers_support import attributed


@pytest.mark.parametrize("text, names, fragment, speaker, main", [
    # "который" means the person named right before the comma ...
    ("Форум открыл президент Кыргызстана Алмаз Осмонов, который призвал создать водный фонд.",
     ("Алмаз Осмонов",), "водный фонд", "Алмаз Осмонов", "Форум открыл"),
    # ... unless the clause names its own subject
    ("Главным итогом стало подписание Договора, идею которого выдвинул Алмаз Осмонов.",
     ("Алмаз Осмонов",), "выдвинул", "Алмаз Осмонов", "подписание Договора"),
])
def test_a_clause_that_reports(text, names, fragment, speaker, main):
    ctx = attributed(text, *names)
    assert ctx.speaker_at(text.index(fragment)) == speaker
    assert ctx.speaker_at(text.index(main)) is None
    assert [s.name for s in ctx.speakers] == [speaker]


def test_a_clause_that_does_not_report():
    text = "Форум открыл президент Кыргызстана Алмаз Осмонов, который прибыл накануне."
    ctx = attributed(text, "Алмаз Осмонов")
    assert ctx.speakers == [] and ctx.speaker_at(text.index("прибыл")) is None
