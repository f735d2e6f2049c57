"""A member's word refers back to the holder of a post in a parliament: "Депутат напомнил ...",
"Парламентарий добавил ..." is the committee chairman or speaker named before, as "дипломат" is
an ambassador or a foreign minister; not a minister of a government."""
from __future__ import annotations

import pytest
from speakers_support import attributed


@pytest.mark.parametrize("named, ref", [
    ("Председатель Комитета Государственной думы по обороне Андрей Картаполов", "Депутат"),
    ("Председатель Комитета Государственной думы по обороне Андрей Картаполов", "Парламентарий"),
    ("Спикер Мажилиса Ерлан Кошанов", "Депутат"),
    ("Председатель Комитета Совета Федерации по обороне Андрей Картаполов", "Сенатор"),
])
def test_a_members_word_refers_to_the_parliamentarian_before(named, ref):
    name = " ".join(named.split()[-2:])
    text = (f"{named} пояснил, что протокол позволит обмениваться сведениями. {ref} напомнил о теракте "
            "и указал на рост онлайн-вербовки.")
    ctx = attributed(text, name)
    assert ctx.speaker_at(text.index("онлайн-вербовки")) == name


def test_a_members_word_does_not_refer_to_a_minister():
    text = ("Министр обороны Казахстана Руслан Жаксылыков заявил, что угрозы растут. Депутат напомнил о "
            "теракте и указал на рост онлайн-вербовки.")
    ctx = attributed(text, "Руслан Жаксылыков")
    assert ctx.speaker_at(text.index("онлайн-вербовки")) is None
