"""The speakers stage as the Extractor runs it: declared slots, frozen, one text's state in its context."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from speakers_support import attributed, context

from shos_speech._core.stage import FrozenError
from shos_speech._stages.speakers import SpeakersStage

TEXTS = [
    ("Президент Казахстана Касым-Жомарт Токаев выступил в Астане. «Мы за диалог», — заявил Токаев. "
     "Позднее Токаеву вручили награду.", ("Касым-Жомарт Токаев", "Токаев", "Токаеву")),
    ("Официальный представитель МИД России Мария Захарова провела брифинг. По словам Захаровой, переговоры "
     "продолжатся. Отдельно Захарова остановилась на ситуации в Судане.", ("Мария Захарова", "Захаровой",
                                                                           "Захарова")),
    ("На церемонии присутствовал посол Японии Такаси Накамура.", ("Такаси Накамура",)),
]


def outcome(ctx) -> tuple:
    text = ctx.text
    return ([s.model_dump() for s in ctx.speakers], [ctx.speaker_at(k) for k in range(0, len(text), 7)])


def test_declared_slots():
    assert SpeakersStage.requires == ("document", "institutions")
    assert SpeakersStage.provides == ("speakers", "attribution")


def test_a_frozen_stage_keeps_nothing_of_a_text():
    stage = SpeakersStage()
    stage.freeze()
    with pytest.raises(FrozenError):
        stage.grammar = None
    text, names = TEXTS[0]
    ctx = context(text, *names)
    stage(ctx)
    assert ctx.speakers[0].name == "Касым-Жомарт Токаев"


def test_speakers_and_attribution_of_a_light_document():
    text, names = TEXTS[0]
    ctx = attributed(text, *names)
    (speaker,) = ctx.speakers
    assert (speaker.name, speaker.title, speaker.country) == ("Касым-Жомарт Токаев", "Президент Казахстана",
                                                              "Казахстан")
    assert [m.text for m in speaker.mentions] == ["Касым-Жомарт Токаев", "Токаев", "Токаеву"]
    assert ctx.speaker_at(text.index("за диалог")) == "Касым-Жомарт Токаев"
    assert ctx.speaker_at(text.index("вручили")) is None


def test_a_person_who_does_not_speak_is_no_speaker():
    text, names = TEXTS[2]
    assert attributed(text, *names).speakers == []


def run(k: int) -> tuple:
    text, names = TEXTS[k % len(TEXTS)]
    return outcome(attributed(text, *names))


def test_texts_in_threads_give_what_they_give_one_by_one():
    alone = [run(k) for k in range(len(TEXTS))]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(run, range(12)))
    assert together == [alone[k % len(TEXTS)] for k in range(12)]
