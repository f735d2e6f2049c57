"""A run of enumerated nominal sentences announced by a sentence of proposals is a list of proposals:
its items are Initiatives (ONTOLOGY §5), not priorities. A run announced otherwise names priorities."""
from __future__ import annotations

import pytest
from priorities_support import spans


@pytest.mark.parametrize("text", [
    "Хотел бы предложить следующее. Первое – укрепление мер доверия. Второе – охрана лесов.",
    "У нашей делегации есть ряд предложений. Во-первых, подготовка врачей. Во-вторых, охрана лесов.",
    "Казахстан выдвигает три инициативы. Первое. Охрана лесов. Второе. Подготовка врачей.",
    "Наши предложения таковы. Во-первых, развитие туризма. Во-вторых, охрана лесов.",
])
def test_run_after_proposals_names_no_priority(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    # the same runs after a sentence that announces no proposals
    ("Позвольте назвать главное. Первое – укрепление мер доверия. Второе – охрана лесов.",
     ["укрепление мер доверия", "охрана лесов"]),
    ("Изложу нашу позицию. Во-первых, подготовка врачей. Во-вторых, охрана лесов.",
     ["подготовка врачей", "охрана лесов"]),
    # proposals made earlier, not in the sentence that announces the run
    ("Мы предложили провести форум. Скажу о главном. Во-первых, развитие туризма. Во-вторых, охрана лесов.",
     ["развитие туризма", "охрана лесов"]),
])
def test_run_after_other_sentences_names_priorities(light, text, items):
    assert spans(light, text) == items


def test_proposal_run_items_are_initiatives(extractor):
    r = extractor.extract("Предлагаю следующее. Первое – создание регионального центра по охране лесов. "
                          "Второе – проведение в будущем году форума молодых ученых.")
    assert r.priorities == []
    assert {i.stance for i in r.initiatives} == {"proposes"} and len(r.initiatives) == 2
