"""The document walk: cue sentences, enumerated sentences after a cue that named nothing, back-references."""
from __future__ import annotations

import pytest
from priorities_support import found

from shos_speech._core.stage import DocContext, FrozenError
from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities import PrioritiesStage
from shos_speech._stages.priorities.cues import find_cues
from shos_speech._stages.priorities.phrases import Sent
from shos_speech._stages.priorities.sentences import phrases_of


@pytest.mark.parametrize("text, items", [
    # a cue that named nothing: the enumerated sentences after it
    ("Министр выделил два приоритета. Во-первых, охрана ледников. Во-вторых, развитие туризма.",
     [("охрана ледников", 1), ("развитие туризма", 2)]),
    # ... only right after it
    ("Министр выделил два приоритета. Стороны провели переговоры. Во-первых, охрана ледников.", []),
    # a back-reference takes the direction of the sentence before
    ("Бишкек выступает за реформирование Совета Безопасности. Это направление остается для нас приоритетным.",
     [("реформирование Совета Безопасности", None)]),
    # ... unless that sentence had its priority already
    ("Президент подчеркнул важность охраны ледников. Это направление остается для нас приоритетным.",
     [("охраны ледников", None)]),
    # conjuncts of different areas: two items; the same place is never reported twice
    ("Главной задачей остается развитие торговли и охрана рек.", [("развитие торговли", None), ("охрана рек", None)]),
    # generic heads name nothing
    ("Министры обсудили взаимодействие по приоритетным направлениям.", []),
])
def test_fill(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # a list that runs on over sentences and paragraphs; the items repeat the cue's preposition
    ("Совет должен сосредоточиться на трех вещах.\n\nВо-первых, на охране рек. Это важно для всех.\n\n"
     "Во-вторых, на развитии туризма. Мы готовы помочь соседям.\n\nВ-третьих, на подготовке кадров.",
     [("охране рек", 1), ("развитии туризма", 2), ("подготовке кадров", 3)]),
    # an enumerator out of order ends the list
    ("Министр выделил два приоритета. Во-первых, охрана ледников. Стороны обсудили погоду. "
     "В-третьих, развитие туризма.", [("охрана ледников", 1)]),
    # a ranked cue goes on with the next ordinal, a sentence later
    ("Первое ключевое направление – охрана лесов. Мы вложим в это средства. Второе – развитие туризма.",
     [("охрана лесов", 1), ("развитие туризма", 2)]),
    # ... but not far away
    ("Министр выделил два приоритета. Во-первых, охрана ледников. " + "Стороны провели переговоры. " * 7
     + "Во-вторых, развитие туризма.", [("охрана ледников", 1)]),
    # "Во-первых" introducing proposals creates no priority
    ("Предлагаю сосредоточиться на трех вещах. Во-первых, создать центр цифровых компетенций.", []),
    ("Предлагаю сосредоточиться на двух вещах. Во-первых, Казахстан готов провести форум.", []),
    # "номер один" ranks
    ("Приоритет номер один для нас – охрана здоровья.", [("охрана здоровья", 1)]),
    # a sentence that only counts what the cue announced keeps the list open
    ("Какие задачи вы считаете ключевыми? – Их две. Первое – охрана лесов. Второе – развитие туризма.",
     [("охрана лесов", 1), ("развитие туризма", 2)]),
    # the sentence after a cue that named nothing lists its items
    ("Приоритеты года министр изложил журналистам. Среди них – охрана лесов и развитие туризма.",
     [("охрана лесов", None), ("развитие туризма", None)]),
    ("Стороны провели переговоры. Среди них – представители бизнеса.", []),
    # the number of the first item left at the end of the cue's sentence
    ("Приоритетными задачами на год определены:\n1. Охрана лесов.\n2. Развитие туризма.",
     [("Охрана лесов", 1), ("Развитие туризма", 2)]),
    # the verbless answer to a question that holds the cue; an answer with a verb names nothing
    ("– Что будет в центре внимания форума?\n– Прежде всего, охрана ледников.", [("охрана ледников", None)]),
    ("– Что будет в центре внимания форума?\n– Мы обсудим многое.", []),
])
def test_lists_that_run_on(light, text, items):
    assert found(light, text) == items


def test_a_predicative_cue_looks_backward():
    text = "Развитие водной дипломатии сегодня важно как никогда."
    s = Sent(text, tokenize(text), {})
    (cue,) = find_cues(s.toks)
    phrases, back = phrases_of(s, cue)
    assert [(p.start, p.stop) for p in phrases] == [(0, 3)] and not back


def test_the_stage_keeps_nothing_of_a_call(light):
    stage = PrioritiesStage()
    stage.freeze()
    ctx = DocContext(light("Приоритетом является развитие туризма."))
    stage(ctx)
    assert [p.span.text for p in ctx.priorities] == ["развитие туризма"]
    assert ctx.cache("priorities")  # the call's phrase parses live in its context
    assert not vars(stage).keys() - {"_frozen"}
    with pytest.raises(FrozenError):
        stage.cache = {}
