"""Classes of the language the second round of the initiatives work covers, on sentences of our own:
events held, ..."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._stages.initiatives import InitiativesStage


@pytest.fixture(scope="module")
def stage():
    return InitiativesStage()


def _items(stage, light, text: str) -> list[tuple[str, str]]:
    ctx = DocContext(light(text))
    stage(ctx)
    return [(i.span.text, i.stance.value) for i in ctx.initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event someone holds or will hold is an undertaking done
        ("Российская сторона проведет в Казани форум молодых ученых и выставку инноваций.",
         [("форум молодых ученых", "implements"), ("выставку инноваций", "implements")]),
        ("Узбекистан проводит фестиваль национальной кухни.", [("фестиваль национальной кухни", "implements")]),
        ("В следующем году Туркменистан проведет саммит организации.", [("саммит организации", "implements")]),
        # a sitting or talks held in the past are narrated; so is the meeting a relative clause describes
        ("Президенты провели переговоры в узком составе.", []),
        ("Вечером министры провели рабочую встречу.", []),
        ("Заседание, которое провел председатель, было посвящено экономике.", []),
    ],
)
def test_events_held(stage, light, text, expected):
    assert _items(stage, light, text) == expected
