"""Area: the summed weights of a phrase's words; conjuncts of different areas become separate items."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.area import area, by_area, by_domain
from shos_speech._stages.priorities.phrases import Phrase
from shos_speech.models import Area


def whole(text: str) -> tuple[list, Phrase]:
    toks = tokenize(text)
    return toks, Phrase(0, len(toks))


@pytest.mark.parametrize("text, expected", [
    ("укрепление взаимного доверия", Area.political),
    ("борьба с опустыниванием", Area.environment),
    ("развитие научно-технического сотрудничества", Area.technology),  # a compound is one lexicon word
    # on a tie the area named first wins
    ("развитие энергетики и сельского хозяйства", Area.energy),
    ("развитие сельского хозяйства и энергетики", Area.food),
    # partnership nouns name the political area only when no other word names one
    ("развитие сотрудничества", Area.political),
    ("взаимодействие с соседними странами", Area.political),
    ("сотрудничество в энергетике", Area.energy),
    ("сближение народов", Area.political),
    # the market of a good is the good's area
    ("создание общего рынка энергоресурсов", Area.energy),
    ("создание общего рынка", Area.economy),
    # branches of industry and raw materials
    ("глубокая переработка полезных ископаемых", Area.economy),
    ("развитие станкостроения", Area.economy),
])
def test_area(text, expected):
    toks, ph = whole(text)
    assert area(toks, ph) is expected


def test_partnership_nouns_are_no_area_of_their_own():
    """Without the fallback (generic mentions, conjuncts) "сотрудничество" names no area."""
    toks, ph = whole("развитие сотрудничества")
    assert area(toks, ph, fallback=False) is Area.other


@pytest.mark.parametrize("text, items", [
    ("расширение торговли и развитие транспортных коридоров",
     ["расширение торговли", "развитие транспортных коридоров"]),
    ("промышленная кооперация и локализация производства", ["промышленная кооперация и локализация производства"]),
    ("развитие туризма и спорта", ["развитие туризма и спорта"]),  # no head conjunction
    ("развитие сотрудничества и охрана рек", ["развитие сотрудничества и охрана рек"]),  # one without an area
])
def test_by_area(text, items):
    toks, ph = whole(text)
    assert [text[toks[p.start].start:toks[p.stop - 1].stop] for p in by_area(toks, ph)] == items


@pytest.mark.parametrize("text, items", [
    # a partnership head whose prepositional complement lists domains of different areas
    ("сотрудничество в энергетике, медицине и сельском хозяйстве", ["энергетике", "медицине", "сельском хозяйстве"]),
    ("взаимодействие в области транспорта, образования и связи", ["транспорта", "образования", "связи"]),
    # domains of one area, or a domain that names none, stay one item
    ("сотрудничество в торговле и инвестициях", ["сотрудничество в торговле и инвестициях"]),
    ("сотрудничество в энергетике и других сферах", ["сотрудничество в энергетике и других сферах"]),
    # another head lists no domains
    ("развитие энергетики, медицины и сельского хозяйства", ["развитие энергетики, медицины и сельского хозяйства"]),
])
def test_by_domain(text, items):
    toks, ph = whole(text)
    assert [text[toks[p.start].start:toks[p.stop - 1].stop] for p in by_domain(toks, ph)] == items


@pytest.mark.parametrize("text, area", [
    # round 2: each area's family grown (navec neighbours reviewed by hand)
    ("Приоритетом является ремонт вокзалов и аэропортов.", "connectivity"),
    ("Приоритетом является теплоснабжение городов.", "energy"),
    ("Приоритетом является роботизация производства.", "technology"),
    ("Приоритетом является поддержка театров и музыкальных школ.", "humanitarian"),
    ("Приоритетом является расширение заповедников.", "environment"),
    ("Приоритетом является иммунизация детей.", "health"),
    ("Приоритетом является растениеводство.", "food"),
    ("Приоритетом является снижение безработицы.", "economy"),
])
def test_area_families_round2(light, text, area):
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.priorities.sentences import fill

    ctx = DocContext(light(text))
    fill(ctx)
    assert [p.area.value for p in ctx.priorities] == [area]
