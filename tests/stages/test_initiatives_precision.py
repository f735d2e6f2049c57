"""What names no undertaking however a predicate governs it: talks held, the hosting thanked for, a domain
given attention, a question, a narrated participation, a policy "turned into" a weapon, a situation."""
from __future__ import annotations

import pytest
from initiatives_scan import stage_items

from shos_speech._stages.initiatives import InitiativesStage


@pytest.fixture(scope="module")
def stage():
    return InitiativesStage()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks held are narrated; talks about an undertaking wrap it
        ("Президент провел переговоры с Премьер-министром Индии.", []),
        ("Лидеры начали переговоры в узком составе.", []),
        ("Стороны провели переговоры о создании совместного фонда.",
         [("переговоры о создании совместного фонда", "implements")]),
        # thanks for the hosting of the meeting; thanks for an undertaking stand
        ("Благодарим казахстанскую сторону за теплый прием и безупречную организацию встречи.", []),
        ("Благодарим партнеров за поддержку Программы развития туризма.",
         [("Программы развития туризма", "supports")]),
        # attention given to a domain is a priority cue; to a concrete undertaking, a stance
        ("Особое внимание стороны уделили торгово-экономическому сотрудничеству.", []),
        ("Особое внимание стороны уделили расширению торгово-экономических связей.", []),
        ("Особое внимание стороны уделили подготовке саммита в Бишкеке.",
         [("подготовке саммита в Бишкеке", "supports")]),
        # a question states no stance
        ("Поддержит ли Казахстан создание регионального фонда?", []),
        # a participation narrated with a gerund is no plan
        ("Участвуя в саммите ШОС, президент выступил с речью.", []),
        # a transformation is a body's ("преобразование СВМДА в организацию"), not a policy's
        ("Налицо превращение экономической политики в оружие.", []),
        # "положение" is a document only as "Положение о ..."
        ("Министры обсудили положение в Афганистане.", []),
        ("Министры утвердили Положение о Фонде развития.", [("Положение о Фонде развития", "adopts")]),
    ],
)
def test_what_names_no_undertaking(stage, light, text, expected):
    assert stage_items(stage, light, text) == expected
