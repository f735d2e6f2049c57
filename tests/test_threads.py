"""One Extractor shared by threads: a call paused inside any stage while another runs gets its own result."""
from __future__ import annotations

import threading

import pytest

from shos_speech._core.stage import FrozenError

A = ("Президент Казахстана Касым-Жомарт Токаев заявил: «Приоритетом остается развитие торговли и туризма, "
     "а также борьба с терроризмом и наркотрафиком. Мы поддерживаем создание Антинаркотического центра СНГ»")
#: the same opening as A, then a different sentence: per-call caches keyed by offsets would collide
B = ("Президент Казахстана Касым-Жомарт Токаев заявил: «Приоритетом остается развитие торговли. Туризм "
     "важен для нас всех. Мы предлагаем учредить форум по продовольственной безопасности»")


@pytest.mark.parametrize("stage_name", ["institutions", "speakers", "threats", "priorities", "initiatives"])
def test_a_call_paused_inside_a_stage_keeps_its_own_result(extractor, monkeypatch, stage_name):
    """The first call pauses in the middle of the stage (at its first parse or first span) while a
    second call runs from start to end on the same Extractor; both results equal sequential ones."""
    from yargy import Parser

    from shos_speech.models import Span

    want_a, want_b = extractor.extract(A), extractor.extract(B)
    stage = next(s for s in extractor.stages if s.name == stage_name)
    original_call, original_of, original_chart = type(stage).__call__, Span.of.__func__, Parser.chart
    local = threading.local()
    inside, release = threading.Event(), threading.Event()

    def call(self, ctx):
        local.text = ctx.text
        try:
            return original_call(self, ctx)
        finally:
            local.text = None

    def pause() -> None:
        if getattr(local, "text", None) == A and not inside.is_set():
            inside.set()
            release.wait(30)

    def span_of(cls, source, start, end):
        pause()
        return original_of(cls, source, start, end)

    def chart(self, *args, **kwargs):
        pause()
        return original_chart(self, *args, **kwargs)

    monkeypatch.setattr(type(stage), "__call__", call)
    monkeypatch.setattr(Span, "of", classmethod(span_of))
    monkeypatch.setattr(Parser, "chart", chart)
    got: dict[str, object] = {}
    t = threading.Thread(target=lambda: got.setdefault("a", extractor.extract(A)))
    t.start()
    assert inside.wait(30), f"the first call never built a span inside the {stage_name} stage"
    got["b"] = extractor.extract(B)  # all the way through while the first call waits mid-stage
    release.set()
    t.join(60)
    assert got["a"] == want_a and got["b"] == want_b


def test_stages_are_frozen(extractor):
    for stage in extractor.stages:
        with pytest.raises(FrozenError):
            stage.scratch = {}


def test_stage_order_is_checked_when_the_extractor_is_built():
    from shos_speech._core.stage import Stage, check_order

    class NeedsThreats(Stage):
        name = "needs-threats"
        requires = ("document", "threats")

    with pytest.raises(ValueError, match="requires \\['threats'\\]"):
        check_order([NeedsThreats()])
