"""Which items stand: one per stretch of text, no threats, no title lines, no bare nouns, no held meetings."""
from __future__ import annotations

import pytest
from initiatives_scan import scan, words

from shos_speech._stages.initiatives import found_by_predicates
from shos_speech._stages.initiatives.mentions import without_stance
from shos_speech._stages.initiatives.selection import select


def _selected(light, text: str, **spans) -> list[tuple[str, str]]:
    s = scan(light, text, **spans)
    return [(words(s, it.start, it.stop), it.stance) for it in select(s, found_by_predicates(s), without_stance(s))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "принять" with an event is hosting it, "открыть" a meeting is holding it: no undertaking
        ("Казахстан примет саммит в 2026 году.", [("саммит в 2026 году", "implements")]),
        ("Президент открыл саммит в Астане.", []),
        # a one-word item stands only as a document adopted
        ("Стороны подписали декларацию.", [("декларацию", "adopts")]),
        ("Стороны подписали документы.", []),
        ("Стороны поддержали декларацию.", []),
        # a title line in capitals is no stance and no mention
        ("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ О СОЗДАНИИ ФОНДА", []),
        # the stance's item and the registry mention are one item
        ("Мы поддерживаем Инициативу глобального развития.", [("Инициативу глобального развития", "supports")]),
        # an object starting inside another predicate is dropped: one item per stretch of text
        ("Таджикская сторона предлагает учредить региональный центр по ледникам.",
         [("учредить региональный центр по ледникам", "proposes")]),
    ],
)
def test_select(light, text, expected):
    assert _selected(light, text) == expected


def test_the_stance_item_takes_the_registry_entry_it_overlaps(light):
    s = scan(light, "Мы поддерживаем Инициативу глобального развития.")
    (it,) = select(s, found_by_predicates(s), without_stance(s))
    assert it.source == "np" and it.named is not None and it.named.name == "Инициатива глобального развития"


@pytest.mark.parametrize(
    ("text", "threats", "expected"),
    [
        ("Мы осуждаем практику цветных революций.", [], [("практику цветных революций", "opposes")]),
        # a wrapper around a threat the speaker opposes is no undertaking
        ("Мы осуждаем практику цветных революций.", ["цветных революций"], []),
    ],
)
def test_threats_are_no_undertakings(light, text, threats, expected):
    assert _selected(light, text, threats=threats) == expected


def test_an_opposed_threat_ends_the_walk_but_is_no_item(light):
    text = "Мы выступаем против создания военных блоков в регионе."
    threats = ["создания военных блоков"]
    s = scan(light, text, threats=threats)
    assert [words(s, it.start, it.stop) for it in found_by_predicates(s)] == ["создания военных блоков в регионе"]
    assert _selected(light, text, threats=threats) == []
    assert _selected(light, text) == [("создания военных блоков в регионе", "opposes")]
