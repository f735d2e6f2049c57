"""Threats, eighth quality round (issue 11): classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import spans, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- adjectives standing for their noun after a colon or a dash ----------------------------------
@pytest.mark.parametrize("text, span, items", [
    ("Мир столкнулся с каскадом кризисов: продовольственного, энергетического и финансового.",
     "кризисов: продовольственного, энергетического и финансового",
     {("продовольственный кризис", "economic_instability"), ("энергетический кризис", "economic_instability"),
      ("финансовый кризис", "economic_instability")}),
    ("Нас окружают угрозы – террористические, экстремистские, наркотические.",
     "угрозы – террористические, экстремистские, наркотические",
     {("террористические угрозы", "terrorism"), ("экстремистские угрозы", "extremism"),
      ("наркотические угрозы", "drug_trafficking")}),
    ("Регион страдает от конфликтов – этнических, религиозных и пограничных.",
     "конфликтов – этнических, религиозных и пограничных",
     {("этнические конфликты", "armed_conflict"), ("религиозные конфликты", "armed_conflict"),
      ("пограничные конфликты", "armed_conflict")}),
    ("Особую тревогу вызывают катастрофы – природные и техногенные.", "катастрофы – природные и техногенные",
     {("природные катастрофы", "environmental"), ("техногенные катастрофы", "technogenic")}),
    ("Мир переживает войны: торговые, санкционные, информационные.", "войны: торговые, санкционные, информационные",
     {("торговые войны", "sanctions"), ("информационные войны", "information_threat")}),
    ("Мы сталкиваемся с вызовами – экологическими и эпидемиологическими.",
     "вызовами – экологическими и эпидемиологическими",
     {("экологические вызовы", "environmental"), ("эпидемиологические вызовы", "health")}),
])
def test_adjectives_standing_for_their_noun(stage, text, span, items):
    found = threats_of(stage, text)
    assert items <= {(n, c) for s, n, c in found if s == span}
    assert all(s == span for s, _n, _c in found)  # the bare noun is the phrase's part


@pytest.mark.parametrize("text", [
    "Угрозы бывают разные – внешние и внутренние.",
    "Вызовы: новые и старые.",
    "Угроза – реальная.",
    "Риски – высокие, а ресурсы ограничены.",
])
def test_adjectives_naming_no_danger(stage, text):
    assert spans(stage, text) == []


@pytest.mark.parametrize("text, span", [
    ("Мы видим угрозы: террористические группировки усиливаются.", "террористические группировки"),
    ("Последствия конфликта – огромные.", "конфликта"),
])
def test_adjectives_with_a_noun_or_a_predicate_are_no_ellipsis(stage, text, span):
    assert spans(stage, text) == [span]
