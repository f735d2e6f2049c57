"""Revising a document or a list is an undertaking: "обновить Каталог мер доверия", "актуализировать
перечень проектов", "обновление перечня проектов" (word family обновить/обновлять, дополнить/дополнять,
актуализировать in data/initiative_kinds.tsv)."""
from __future__ import annotations

import pytest


def items(extractor, text: str) -> list[tuple[str, str, str]]:
    return [(i.span.text, i.stance.value, i.kind.value) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize("text, span, stance", [
    ("Предлагаем обновить реестр совместных инвестиционных проектов.",
     "обновить реестр совместных инвестиционных проектов", "proposes"),
    ("Мы предлагаем актуализировать перечень приграничных проектов.",
     "актуализировать перечень приграничных проектов", "proposes"),
    ("Поддерживаем обновление перечня кооперационных проектов.", "обновление перечня кооперационных проектов",
     "supports"),
])
def test_a_revision_is_an_undertaking(extractor, text, span, stance):
    found = items(extractor, text)
    assert [(s, st) for s, st, _k in found] == [(span, stance)]
    assert found[0][2] in ("strategy", "project")


@pytest.mark.parametrize("text", [
    "Он обновил свой профиль в соцсетях.",  # no stance, nothing undertaken
    "Данные на сайте обновляются ежедневно.",
])
def test_a_revision_without_a_stance_is_none(extractor, text):
    assert items(extractor, text) == []


# ---- linking systems and lending are steps of cooperation ------------------------------------------
@pytest.mark.parametrize("text, span, stance", [
    ("Предлагаем соединить национальные платежные системы наших стран.",
     "соединить национальные платежные системы наших стран", "proposes"),
    ("Мы выступаем за то, чтобы состыковать платежные системы государств Содружества.",
     "состыковать платежные системы государств Содружества", "supports"),
    ("Предлагаем кредитовать совместные проекты в национальных валютах.",
     "кредитовать совместные проекты в национальных валютах", "proposes"),
])
def test_linking_and_lending(extractor, text, span, stance):
    # the kind is the object's when it names one ("проекты": project), else the verb's (cooperation)
    assert [(s, st) for s, st, _k in items(extractor, text)] == [(span, stance)]


def test_linking_without_a_stance_is_none(extractor):
    assert items(extractor, "Провода соединяют два здания.") == []


# ---- an opponent's undertaking the speaker condemns is an opposed Initiative (ONTOLOGY §6) -----------
@pytest.mark.parametrize("text, span", [
    ("Мы решительно осуждаем оказание военной помощи режиму.", "оказание военной помощи режиму"),
    ("Мы осуждаем поставки вооружений соседнему режиму.", "поставки вооружений соседнему режиму"),
    ("Москва осуждает конфискацию суверенных активов.", "конфискацию суверенных активов"),
])
def test_a_condemned_undertaking_is_opposed(extractor, text, span):
    r = extractor.extract(text)
    assert [(i.span.text, i.stance.value) for i in r.initiatives] == [(span, "opposes")]
    assert r.threats == []


@pytest.mark.parametrize("text, threat", [
    ("Мы решительно осуждаем терроризм.", "терроризм"),
    ("Осуждаем оказание давления на суверенные государства.", "давления на суверенные государства"),
])
def test_a_condemned_danger_stays_a_threat(extractor, text, threat):
    assert threat in [t.span.text for t in extractor.extract(text).threats]
