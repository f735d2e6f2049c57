"""Authors: the proposer named with an undertaking, around it or as its predicate's subject; the target."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan

from shos_speech._stages.initiatives import found_by_predicates
from shos_speech._stages.initiatives.authors import (
    SELF,
    SPEAKER,
    ablt_to_nomn,
    agent,
    org_agent,
    proposer_of,
    subject,
    target_of,
)
from shos_speech._stages.initiatives.mentions import named_mentions, without_stance
from shos_speech._stages.initiatives.predicates import stance_predicates
from shos_speech._stages.initiatives.selection import select


def _proposers(light, text: str, **kw) -> list[str | None]:
    s = scan(light, text, **kw)
    return [proposer_of(s, it) for it in select(s, found_by_predicates(s), without_stance(s))]


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        ("Казахстан строит новый сухой порт на границе.", ["Казахстан"]),
        ("Кыргызская сторона предлагает создать банк семян.", ["Кыргызская сторона"]),
        ("Россия, как известно, предлагает создать фонд.", ["Россия"]),
        ("Мы поддерживаем инициативу Председателя Китая о глобальном развитии.", ["Председатель Китая"]),
        ("Мы поддерживаем китайскую инициативу о глобальном развитии.", ["Китай"]),
        ("По инициативе Таджикистана Генассамблея объявила 2029 год Международным годом ледников.", ["Таджикистан"]),
        ("Мы выступаем против политики Запада в регионе.", ["Запад"]),
        # the subject of a call is its addressor, not the author of the step called for
        ("Казахстан призывает создать фонд.", [None]),
        ("Мы предлагаем создать фонд.", [None]),
    ],
)
def test_proposer(light, text, proposers):
    assert _proposers(light, text) == proposers


def test_an_opposed_step_is_the_actors(light):
    text = "Мы выступаем против расширения НАТО на восток."
    assert _proposers(light, text) == [None]
    assert _proposers(light, text, institutions=["НАТО"]) == ["НАТО"]


def test_a_titled_subject_proposing_is_the_speaker(light):
    text = "Посол предложил создать банк семян."
    assert _proposers(light, text, speaker="Посол Таджикистана") == ["Посол Таджикистана"]
    s = scan(light, text)
    assert subject(s, stance_predicates(s)[0].start) == SPEAKER
    # supporting, the titled speaker authors nothing
    assert _proposers(light, "Посол поддержал создание банка семян.", speaker="Посол Таджикистана") == [None]


def test_a_registry_entry_lends_no_proposer_the_text_does_not_name(light):
    # ONTOLOGY §3: the proposer is who authored it when the text says so
    s = scan(light, "Делегации обсудили Инициативу глобального развития.")
    (it,) = named_mentions(s)
    assert it.named.proposer and proposer_of(s, it) is None


@pytest.mark.parametrize(
    ("text", "proposers"),
    [
        # a registry name: the head word before it names the author
        ("Узбекистан поддерживает китайскую инициативу «Один пояс, один путь».", ["Китай"]),
        # an agent participle after the item, or after the list the item opens
        ("Мы поддерживаем Инициативу глобального развития и Инициативу глобальной безопасности, "
         "выдвинутые Председателем КНР.", ["Председатель КНР", "Председатель КНР"]),
        ("Мы поддерживаем программу подготовки кадров, предложенную Президентом Узбекистана.",
         ["Президент Узбекистана"]),
        # a capital stands for its state
        ("Мы приветствуем проведение конференции по ледникам, созванной по инициативе Душанбе.", ["Душанбе"]),
        # "по инициативе X" inside another phrase's clause authors nothing the predicate governs
        ("В год, объявленный по инициативе Душанбе, казахская сторона предложила создать центр мониторинга.",
         ["казахская сторона"]),
        # whose idea it is, said in a clause of its own
        ("Мы приветствуем подписание Договора о создании фонда, идея которого принадлежит Президенту Кыргызстана.",
         ["Президент Кыргызстана"]),
        ("Мы приветствуем подписание Договора о создании фонда, который принадлежит Кыргызстану.", [None]),
        # no author in the text: none
        ("Мы поддерживаем Инициативу глобальной безопасности.", [None]),
    ],
)
def test_the_proposer_comes_from_the_text(light, text, proposers):
    assert _proposers(light, text) == proposers


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("инициатива Председателя Китая о развитии", "Председателя", "Председатель Китая"),
        ("инициатива Китая и России о развитии", "Китая", "Китай и Россия"),
        ("инициатива Министерства о развитии", "Министерства", None),
        ("инициатива о развитии", "о", None),
    ],
)
def test_agent(light, text, first, expected):
    s = scan(light, text)
    assert agent(s, index(s, first)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Казахстан предлагает создать фонд.", "Казахстан"),
        ("Кыргызская сторона предлагает создать фонд.", "Кыргызская сторона"),
        # the speaker's own side (round 7: its country or name is the proposer, tests in test_initiatives_round7)
        ("Мы предлагаем создать фонд.", SELF),
        ("Делегация предлагает создать фонд.", None),
        ("Позиция Казахстана ясна: предлагаем создать фонд.", SELF),
    ],
)
def test_subject(light, text, expected):
    s = scan(light, text)
    p = next(p for p in stance_predicates(s) if p.phrase.words == ("предлагать",))
    assert subject(s, p.start) == expected


@pytest.mark.parametrize(
    ("text", "institutions", "expected"),
    [
        ("расширение НАТО", ["НАТО"], "НАТО"),
        ("расширение НАТО", [], None),
        ("политика США", [], "США"),
        ("политика Запада", [], "Запад"),
        ("политика соседей", [], None),
    ],
)
def test_org_agent(light, text, institutions, expected):
    s = scan(light, text, institutions=institutions)
    assert org_agent(s, 1) == expected


@pytest.mark.parametrize(
    ("text", "proposer", "expected"),
    [
        ("Мы поддерживаем строительство дороги в Афганистан.", None, "Афганистан"),
        ("Китай предлагает строительство дороги в Китай.", "Китай", None),
        ("Мы поддерживаем сотрудничество со странами Латинской Америки.", None, None),
    ],
)
def test_target(light, text, proposer, expected):
    s = scan(light, text)
    (it,) = found_by_predicates(s)
    assert target_of(s, it, proposer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Президентом Казахстана", "Президент Казахстана"), ("Председателем КНР", "Председатель КНР")],
)
def test_ablt_to_nomn(light, text, expected):
    assert ablt_to_nomn(scan(light, text).toks) == expected
