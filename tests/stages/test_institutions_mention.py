"""One mention before merging: its entity key, overlaps, a copy at another place."""
from __future__ import annotations

import pytest

from shos_speech._stages.institutions.mention import Mention, before, overlapping
from shos_speech._stages.institutions.registry import Registry


@pytest.mark.parametrize("mention, key", [
    (Mention(0, 3, name="Совет «Евразия»"), "совет евразия"),
    (Mention(0, 3, entry=Registry().lookup("СНГ"), name="ignored"), "содружество независимых государств"),
])
def test_key(mention, key):
    assert mention.key == key


@pytest.mark.parametrize("start, stop, hit", [(0, 5, True), (9, 12, True), (10, 14, False), (0, 2, False)])
def test_overlaps(start, stop, hit):
    assert overlapping([Mention(2, 10)], start, stop) == hit


def test_same_body_elsewhere_and_what_comes_before():
    m = Mention(0, 8, name="Фонд", kind="center", country="Казахстан", acronym="ФК", head="фонд")
    later = m.same_body(20, 22, "acronym")
    assert (later.start, later.stop, later.name, later.kind, later.country, later.head, later.source) == (
        20, 22, "Фонд", "center", "Казахстан", "фонд", "acronym")
    assert later.acronym is None
    assert before([m, later], 20) == [m]
