"""The stage: built once (users' files checked then), frozen, one call's mentions and entities in its context."""
from __future__ import annotations

import pytest

from shos_speech._core.stage import DocContext, FrozenError
from shos_speech._stages.institutions import InstitutionsStage


@pytest.fixture(scope="module")
def stage() -> InstitutionsStage:
    s = InstitutionsStage()
    s.freeze()
    return s


def test_declares_what_it_needs_and_gives(stage):
    assert (stage.requires, stage.provides) == (("document",), ("institutions",))


def test_a_frozen_stage_takes_no_state(stage):
    with pytest.raises(FrozenError):
        stage.resources = None


@pytest.mark.parametrize("text, names", [
    ("Саммит ШОС прошёл в Астане. Роль Организации растёт.", [("Шанхайская организация сотрудничества", 2)]),
    ("Законопроект внесли в парламент Таджикистана.", [("парламент", 1)]),
    ("Погода в Бишкеке солнечная.", []),
])
def test_a_call_fills_its_context(light, stage, text, names):
    ctx = DocContext(light(text))
    stage(ctx)
    assert [(i.name, len(i.mentions)) for i in ctx.institutions] == names
    assert len(ctx.mentions) == sum(n for _, n in names)


def test_two_texts_do_not_share_anything(light, stage):
    first, second = DocContext(light("Саммит СНГ прошёл в Минске.")), DocContext(light("Саммит ОДКБ прошёл в Москве."))
    stage(first)
    stage(second)
    assert [i.acronym for i in first.institutions] == ["СНГ"]
    assert [i.acronym for i in second.institutions] == ["ОДКБ"]
