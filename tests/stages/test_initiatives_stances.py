"""Stance predicates the lexicon grew by family: conditional wishes, submissions, evaluations, agreements
reached, visas cancelled, connections resumed, congratulations; each with its stance."""
from __future__ import annotations

import pytest
from initiatives_scan import stage_items

from shos_speech._core.stage import DocContext
from shos_speech._stages.initiatives import InitiativesStage


@pytest.fixture(scope="module")
def stage():
    return InitiativesStage()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish in the conditional offers the step
        ("Мы хотели бы запустить в Бишкеке региональную платформу цифровой торговли.",
         [("запустить в Бишкеке региональную платформу цифровой торговли", "proposes")]),
        ("Мы могли бы совместно проработать новые транспортные маршруты.",
         [("совместно проработать новые транспортные маршруты", "proposes")]),
        # ... but thanks in the conditional are thanks
        ("Хотел бы поблагодарить партнеров за теплый прием.", []),
        # submitted for consideration
        ("Казахстан вынес на рассмотрение коллег Инициативу о водной безопасности.",
         [("Инициативу о водной безопасности", "proposes")]),
        ("Мы вынесли на саммит инициативу о водной безопасности.", [("инициативу о водной безопасности", "proposes")]),
        # judged timely, congratulated on, evaluated highly
        ("Узбекистан считает своевременной Инициативу по глобальному управлению.",
         [("Инициативу по глобальному управлению", "supports")]),
        ("Президент поздравил Беларусь с вступлением в Шанхайскую организацию сотрудничества.",
         [("вступлением в Шанхайскую организацию сотрудничества", "welcomes")]),
        ("Высокую оценку получила программа обмена студентами.", [("программа обмена студентами", "welcomes")]),
        # agreements reached: each undertaking agreed on, the preposition repeated
        ("Стороны договорились о безвизовом режиме, о строительстве нового моста и о взаимном открытии "
         "культурных центров.",
         [("безвизовом режиме", "adopts"), ("строительстве нового моста", "adopts"),
          ("взаимном открытии культурных центров", "adopts")]),
        ("Стороны условились провести совместные учения спасателей.",
         [("провести совместные учения спасателей", "adopts")]),
        ("Стороны договорились об открытии нового пункта пропуска на границе.",
         [("открытии нового пункта пропуска на границе", "adopts")]),
        # visas cancelled, connections resumed
        ("Стороны отменили визовый режим между двумя странами.", [("визовый режим между двумя странами", "adopts")]),
        ("Страны возобновили авиасообщение между столицами.", [("авиасообщение между столицами", "implements")]),
    ],
)
def test_stances_of_the_families(stage, light, text, expected):
    assert stage_items(stage, light, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nominalised undertakings: a decision's content, a procedure of accession, a launch, an establishment
        ("Главы государств приняли решение о предоставлении Лаосу статуса партнера по диалогу.",
         [("предоставлении Лаосу статуса партнера по диалогу", "other", "adopts")]),
        ("Мы поддерживаем запуск процедуры принятия Лаоса в члены Организации.",
         [("запуск процедуры принятия Лаоса в члены Организации", "other", "supports")]),
        ("Приветствуем подписание Меморандума о партнерстве и начало процедуры приема Беларуси.",
         [("Меморандума о партнерстве", "strategy", "welcomes"),
          ("начало процедуры приема Беларуси", "other", "welcomes")]),
        ("Лидеры одобрили учреждение формата «СНГ+».",
         [("учреждение формата «СНГ+»", "institution_building", "adopts")]),
        ("Казахстан выступил за запуск цифровой платформы торговли.",
         [("запуск цифровой платформы торговли", "institution_building", "supports")]),
        # the adoption of a document is the document's
        ("Приветствуем принятие Декларации о партнерстве.", [("Декларации о партнерстве", "strategy", "welcomes")]),
    ],
)
def test_nominalised_undertakings(stage, light, text, expected):
    ctx = DocContext(light(text))
    stage(ctx)
    assert [(i.span.text, i.kind.value, i.stance.value) for i in ctx.initiatives] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal's content after "о", each conjunct
        ("Армянская сторона внесла предложения о создании фонда молодых ученых и о формировании общего рынка газа.",
         [("создании фонда молодых ученых", "proposes"), ("формировании общего рынка газа", "proposes")]),
        # joining a document supports it; joining a meeting is taking part in it
        ("Туркменистан присоединился к совместному Заявлению о водной безопасности.",
         [("совместному Заявлению о водной безопасности", "supports")]),
        ("Лидеры присоединились к встрече по видеосвязи.", []),
        # readiness confirmed, a contribution to a step
        ("Казахстан подтверждает готовность предоставить площадку для переговоров.",
         [("предоставить площадку", "proposes")]),
        # satisfaction expressed with the course of a step
        ("Президент выразил удовлетворение ходом строительства нового моста.",
         [("строительства нового моста", "welcomes")]),  # the wrapper "ход" peeled
        # a focus on a concrete undertaking; a domain focused on is a priority, no initiative
        ("Министр подробно остановился на проекте железной дороги.", [("проекте железной дороги", "supports")]),
        ("Министр подробно остановился на торгово-экономическом сотрудничестве.", []),
        # a ceasefire called for
        ("Мы призываем стороны незамедлительно прекратить огонь.", [("незамедлительно прекратить огонь", "calls_for")]),
    ],
)
def test_more_families(stage, light, text, expected):
    assert stage_items(stage, light, text) == expected
