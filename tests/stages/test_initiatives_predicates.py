"""Stance predicates: the stance each gives its objects (negation, failure, the outer predicate), plans and events."""
from __future__ import annotations

import pytest
from initiatives_scan import scan, words

from shos_speech._stages.initiatives.predicates import adjacent, failed, governed, reported, stance_predicates


def _predicates(light, text: str) -> list[tuple[str, str]]:
    s = scan(light, text)
    return [(words(s, p.start, p.stop), p.stance) for p in stance_predicates(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive predicate governed by the verbal one before it takes its stance
        ("Казахстан предлагает создать водно-энергетический консорциум.",
         [("предлагает", "proposes"), ("создать", "proposes")]),
        ("Мы предлагаем прежде всего усилить контроль на границе, а затем создать региональный фонд.",
         [("предлагаем", "proposes"), ("создать", "proposes")]),
        ("Мы призываем партнеров, опираясь на опыт соседей, создать региональный фонд.",
         [("призываем", "calls_for"), ("создать", "calls_for")]),
        # not across a finite verb, and not a finite form: "будем строить" is a plan of one's own
        ("Мы предлагали это раньше, теперь будем строить школы.",
         [("предлагали", "proposes"), ("строить", "implements")]),
        ("Мы предлагаем новый маршрут и строим новые школы.", [("предлагаем", "proposes"), ("строим", "implements")]),
        ("Мы не поддерживаем размещение новых баз в регионе.", [("не поддерживаем", "opposes")]),
        # "не" before a stance that has no opposite leaves no stance at all
        ("Стороны не реализовали прежние договоренности.", []),
        ("Делегация выступила также за продление мандата миссии.", [("выступила также за", "supports")]),
        # a nominal predicate right after a verbal one takes its stance
        ("Министры приветствовали одобрение заявки Лаоса на статус партнера.",
         [("приветствовали", "welcomes"), ("одобрение", "welcomes")]),
        # "состоялась" is a predicate of the lexicon's mentions rows
        ("Встреча министров состоялась в Астане.", [("состоялась", "mentions")]),
        ("Погода в Астане была теплой.", []),
    ],
)
def test_stance_of_each_predicate(light, text, expected):
    assert _predicates(light, text) == expected


def test_a_predicate_after_a_threat_is_no_ones_stance(light):
    text = "Террористические группировки продолжают вербовку молодежи."
    s = scan(light, text, threats=["Террористические группировки"])
    assert [words(s, p.start, p.stop) for p in stance_predicates(s)] == []
    assert [words(s, p.start, p.stop) for p in stance_predicates(scan(light, text))] == ["продолжают"]


@pytest.mark.parametrize(
    ("text", "is_failed"),
    [
        ("Согласовать итоговое коммюнике министрам так и не удалось.", True),
        ("Министрам не удалось согласовать итоговое коммюнике.", True),
        ("Министры согласовали итоговое коммюнике.", False),
    ],
)
def test_failed_steps_are_only_mentioned(light, text, is_failed):
    s = scan(light, text)
    (p,) = [p for p in stance_predicates(s) if p.phrase.words == ("согласовать",)]
    assert failed(s, p.start, p.stop) is is_failed
    assert (p.stance == "mentions") is is_failed


def test_the_dative_of_a_failed_step_is_who_failed(light):
    s = scan(light, "Согласовать итоговое коммюнике министрам так и не удалось.")
    (item,) = [it for p in stance_predicates(s) for it in governed(s, p)]
    assert words(s, item.start, item.stop) == "итоговое коммюнике"
    assert item.stance == "mentions"


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # an announced event is an item, in someone's words or the narrator's (ONTOLOGY §6: a future
        # meeting someone announces); in the past it is none
        ("Следующее заседание Совета министров пройдет в Бишкеке, сообщил министр.", "Министр",
         ["Следующее заседание Совета министров"]),
        ("Следующее заседание Совета министров пройдет в Бишкеке, сообщил министр.", None,
         ["Следующее заседание Совета министров"]),
        ("Заседание Совета министров прошло в Бишкеке, сообщил министр.", "Министр", []),
        ("Мы примем участие в саммите в Казани.", "Министр", ["саммите в Казани"]),
        ("Делегация приняла участие в форуме в Казани.", "Министр", []),
    ],
)
def test_plans_and_announced_events(light, text, speaker, expected):
    s = scan(light, text, speaker=speaker)
    assert [words(s, it.start, it.stop) for p in stance_predicates(s) for it in governed(s, p)] == expected


def test_a_planned_event_authors_nothing_and_an_announced_one_has_no_predicate(light):
    s = scan(light, "Мы примем участие в саммите в Казани.", speaker="Министр")
    (planned,) = [it for p in stance_predicates(s) for it in governed(s, p)]
    assert planned.planned and planned.pred >= 0
    s = scan(light, "В октябре состоится заседание Совета глав правительств, сообщил министр.", speaker="Министр")
    (event,) = [it for p in stance_predicates(s) for it in governed(s, p)]
    assert not event.planned and event.pred == -1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр заявил, что проект будет завершен.", True),
        ("«Мы завершим проект», — сказал министр.", True),
        ("По словам министра, проект будет завершен.", True),
        ("Мы завершим проект в срок.", True),
        ("Проект будет завершен в срок.", False),
    ],
)
def test_reported_speech(light, text, expected):
    assert reported(scan(light, text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министры приветствовали одобрение заявки.", True),
        ("Министры приветствовали также одобрение заявки.", True),
        ("Министры приветствовали в Астане одобрение заявки.", False),
    ],
)
def test_adjacent_predicates(light, text, expected):
    s = scan(light, text)
    first, second = stance_predicates(s)[:2]
    assert adjacent(s, first.stop, second.start) is expected
    assert (second.stance == "welcomes") is expected
