"""An item as the Initiative of the result."""
from __future__ import annotations

import pytest
from initiatives_scan import scan

from shos_speech._stages.initiatives import found_by_predicates
from shos_speech._stages.initiatives.mentions import without_stance
from shos_speech._stages.initiatives.output import to_initiative
from shos_speech._stages.initiatives.selection import select
from shos_speech.models import InitiativeKind, Stance


def _initiatives(light, text: str, speaker: str | None = None):
    s = scan(light, text, speaker=speaker)
    return [to_initiative(s, it) for it in select(s, found_by_predicates(s), without_stance(s))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the span of a document is the document's, its wrappers peeled one by one
        ("Мы поддерживаем ход реализации Договора о дружбе.", "Договора о дружбе"),
        ("Мы поддерживаем реализацию Программы сотрудничества.", "Программы сотрудничества"),
        # a deverbal noun that is no wrapper of the list keeps the span
        ("Мы поддерживаем строительство Рогунской ГЭС.", "строительство Рогунской ГЭС"),
    ],
)
def test_wrappers_are_peeled(light, text, span):
    (ini,) = _initiatives(light, text)
    assert ini.span.text == span
    assert text[ini.span.start:ini.span.end] == span


def test_an_initiative_has_every_attribute(light):
    text = "Казахстан предлагает создать региональный фонд водной безопасности в Центральной Азии."
    (ini,) = _initiatives(light, text, speaker="Президент Казахстана")
    assert ini.span.text == "создать региональный фонд водной безопасности в Центральной Азии"
    assert ini.kind is InitiativeKind.institution_building and ini.stance is Stance.proposes
    assert ini.proposer == "Казахстан" and ini.speaker == "Президент Казахстана"
    assert ini.name == "региональный фонд водной безопасности в Центральной Азии"
