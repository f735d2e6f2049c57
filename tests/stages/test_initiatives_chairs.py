"""Chairmanships handed over: an Initiative (other, adopts) for the handover, none for a bare mention."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext
from shos_speech._stages.initiatives import InitiativesStage


@pytest.fixture(scope="module")
def stage():
    return InitiativesStage()


def _items(stage, light, text: str) -> list[tuple[str, str, str, str]]:
    ctx = DocContext(light(text))
    stage(ctx)
    return [(i.span.text, i.name, i.kind.value, i.stance.value) for i in ctx.initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Председательство в Содружестве перешло к Узбекистану.",
         ("Председательство в Содружестве перешло к Узбекистану", "председательство Узбекистана в Содружестве",
          "other", "adopts")),
        ("Саммит завершился передачей председательства в ОДКБ от Армении Беларуси.",
         ("передачей председательства в ОДКБ от Армении Беларуси", "председательство Беларуси в ОДКБ",
          "other", "adopts")),
        ("Эстафету председательства в будущем году принимает Таджикистан.",
         ("Эстафету председательства в будущем году принимает Таджикистан", "председательство Таджикистана",
          "other", "adopts")),
        ("Председательство в ЕАЭС Армения принимает от Кыргызстана.",
         ("Председательство в ЕАЭС Армения принимает от Кыргызстана", "председательство Армении в ЕАЭС",
          "other", "adopts")),
        # the predicate right before it decides the stance; the clause ends before "и" and a verb
        ("Приветствуем передачу председательства в Организации Казахстану и желаем успехов.",
         ("передачу председательства в Организации Казахстану", "председательство Казахстана в Организации",
          "other", "welcomes")),
        # recalled, but today's handover
        ("Напомним, председательство в СВМДА Азербайджан принимает от Казахстана.",
         ("председательство в СВМДА Азербайджан принимает от Казахстана", "председательство Азербайджана в СВМДА",
          "other", "adopts")),
    ],
)
def test_a_handover_is_an_initiative(stage, light, text, expected):
    assert _items(stage, light, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "В период председательства Казахстана прошло много встреч.",
        # a chair announced, no handover stated
        "Казахстан примет председательство в ОДКБ 1 января.",
        # a handover in a relative clause describes someone
        "Москва поддержит Минск, к которому председательство переходит с 1 января.",
        # a past handover recalled as history
        "Напомним, эстафету председательства Казахстан принял в июле.",
    ],
)
def test_no_handover_no_item(stage, light, text):
    assert [x for x in _items(stage, light, text) if "председательств" in x[0].lower()] == []
