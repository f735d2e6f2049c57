"""The stage: declared order, frozen after construction, no state of one text seen by another."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from shos_speech._core.analysis import light_document
from shos_speech._core.stage import DocContext, FrozenError
from shos_speech._stages.initiatives import InitiativesStage

FIRST = "Казахстан предлагает создать региональный фонд водной безопасности в Центральной Азии."
SECOND = "Мы поддерживаем строительство железной дороги Китай – Кыргызстан – Узбекистан и подписание соглашения."


def _run(stage: InitiativesStage, text: str) -> list[tuple[str, str, str | None]]:
    ctx = DocContext(light_document(text))
    stage(ctx)
    return [(i.span.text, i.stance.value, i.proposer) for i in ctx.initiatives]


def test_the_stage_declares_what_it_reads():
    assert set(InitiativesStage.requires) == {"document", "attribution", "speakers", "institutions", "threats"}
    assert InitiativesStage.provides == ("initiatives",)


def test_a_frozen_stage_cannot_be_changed():
    stage = InitiativesStage()
    stage.freeze()
    with pytest.raises(FrozenError):
        stage.lex = stage.lex


class _Pausing:
    """The stance gazetteer, pausing the thread that asks first until the other thread is done."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.first_forms = gazetteer.first_forms
        self.matches_at = gazetteer.matches_at
        self.first = threading.Event()
        self.release = threading.Event()
        self.lock = threading.Lock()

    def findall(self, toks):
        with self.lock:
            pause = not self.first.is_set()
            self.first.set()
        if pause:
            assert self.release.wait(30)
        return self.gazetteer.findall(toks)


def test_two_texts_at_once_on_one_stage_give_what_each_gives_alone():
    stage = InitiativesStage()
    alone = [_run(stage, FIRST), _run(stage, SECOND)]
    assert alone[0] and alone[1]
    pausing = _Pausing(stage.lex.stances)
    stage.lex = replace(stage.lex, stances=pausing)
    stage.freeze()
    out: dict[int, list] = {}
    first = threading.Thread(target=lambda: out.__setitem__(0, _run(stage, FIRST)))
    first.start()
    assert pausing.first.wait(30)  # the first text is paused inside the stage
    out[1] = _run(stage, SECOND)  # the second runs to its end meanwhile
    pausing.release.set()
    first.join(30)
    assert [out[0], out[1]] == alone
