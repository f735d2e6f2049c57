"""Span boundaries of threats: which dependents belong to the phrase (ONTOLOGY §3, §5), on
sentences of our own (no NER model)."""
from __future__ import annotations

import pytest

from shos_speech._core.analysis import light_document
from shos_speech._core.stage import DocContext
from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


def threats_of(stage: ThreatsStage, text: str) -> list[tuple[str, str, str]]:
    ctx = DocContext(light_document(text))
    stage(ctx)
    return [(t.span.text, t.name, t.category.value) for t in ctx.threats]


# -- the activity a threat goes on in belongs to it, unless a cue governs the activity ----------
@pytest.mark.parametrize("text, span, name", [
    ("Нас тревожит распространение фейков в интернете.", "распространение фейков в интернете",
     "распространение фейков в интернете"),
    ("Сохраняется активность террористических группировок на севере.",
     "активность террористических группировок", "активность террористических группировок"),
    ("Соседи отвергают политику запугивания.", "политику запугивания", "политика запугивания"),
    ("Продолжается деятельность экстремистских группировок.", "деятельность экстремистских группировок",
     "деятельность экстремистских группировок"),
])
def test_activity_of_a_threat_is_in_the_span(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Мы усилим противодействие распространению идеологии терроризма.", "идеологии терроризма"),
    ("Стороны отметили риски распространения радикальных идеологий.", "радикальных идеологий"),
    ("Нужна борьба с активностью экстремистских группировок.", "экстремистских группировок"),
])
def test_activity_a_cue_governs_stays_outside(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span, name", [
    ("Эксперты не исключают сценарий третьей мировой войны.", "сценарий третьей мировой войны",
     "третья мировая война"),
    ("Извне навязывают сценарии так называемых «цветных революций».",
     "сценарии так называемых «цветных революций»", "цветные революции"),
])
def test_a_scenario_frames_the_span_not_the_name(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


# -- drug trafficking: the movement or trade of a drug is the threat -----------------------------
@pytest.mark.parametrize("text, span, name", [
    ("Быстро растет оборот синтетических наркотиков.", "оборот синтетических наркотиков",
     "оборот синтетических наркотиков"),
    ("Надо противостоять трафику опиатов из региона.", "трафику опиатов из региона", "трафик опиатов из региона"),
    ("Поток героина идет на север.", "Поток героина", "поток героина"),
    ("Организация обсудила мировую проблему наркотиков.", "мировую проблему наркотиков",
     "мировая проблема наркотиков"),
])
def test_drug_trade_heads(stage, text, span, name):
    assert (span, name, "drug_trafficking") in threats_of(stage, text)


def test_shared_head_over_drug_names_is_expanded(stage):
    found = threats_of(stage, "Растет производство синтетических наркотиков и марихуаны.")
    assert [n for _s, n, _c in found] == ["производство синтетических наркотиков", "производство марихуаны"]


@pytest.mark.parametrize("text", ["Это оборот капитала.", "Поток туристов растет.", "Трафик в сети вырос."])
def test_trade_heads_without_a_drug_are_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- a quoted name after a group noun ----------------------------------------------------------
@pytest.mark.parametrize("text, span, category", [
    ("На востоке активизировались боевики «Исламского государства».", "боевики «Исламского государства»",
     "terrorism"),
    ("В провинции сохраняется присутствие группировки «Джундулла».", "группировки «Джундулла»", "terrorism"),
    ("Запрещенная террористическая организация «Хизб ут-Тахрир» вербует молодежь.",
     "Запрещенная террористическая организация «Хизб ут-Тахрир»", "terrorism"),
])
def test_quoted_name_of_a_group_is_in_the_span(stage, text, span, category):
    assert (span, category) in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Организация «Договор о коллективной безопасности» провела заседание.",
    "Движение «Молодые лидеры» провело форум.",
])
def test_quoted_name_of_a_body_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- quotes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Извне насаждают идеологию так называемого «религиозного экстремизма».",
     "идеологию так называемого «религиозного экстремизма»"),
    ("Страны противостоят «трем силам зла» вместе.", "трем силам зла"),
])
def test_a_quote_opened_in_the_span_closes_in_it(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


# -- places: where a threat is vs the area it is watched in -------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Растут фейки в социальных сетях.", "фейки в социальных сетях"),
    ("Турбулентность на мировых рынках нарастает.", "Турбулентность на мировых рынках"),
    ("Наркотрафик с территории соседней страны растет.", "Наркотрафик с территории соседней страны"),
    ("Беспокоит конфликт в Судане.", "конфликт в Судане"),
])
def test_place_that_defines_the_threat_is_kept(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Угроза эпидемий на пространстве СНГ растет.", "эпидемий"),
    ("Наркопроизводство на соседней территории не сокращается.", "Наркопроизводство"),
    ("Вооруженные стычки на приграничной территории продолжаются.", "Вооруженные стычки"),
])
def test_area_of_watch_is_left_out(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]
