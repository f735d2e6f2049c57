"""The open cue classes (issue 11): importance, attention, focus, task and goal, first place,
list cues; each with sentences of our own, positive and negative."""
from __future__ import annotations

import pytest
from priorities_support import found


@pytest.mark.parametrize("text, items", [
    # importance: a degree adjective with an importance noun, in any order; "о важности"
    ("Первоочередное значение правительство придает модернизации железных дорог.",
     [("модернизации железных дорог", None)]),
    ("Исключительное значение имеет защита горных пастбищ.", [("защита горных пастбищ", None)]),
    ("Министры заявили о важности охраны горных ледников.", [("охраны горных ледников", None)]),
    ("Стороны подчеркнули значение упрощения визового режима.", [("упрощения визового режима", None)]),
    ("Особую ценность приобретает обмен опытом между университетами.",
     [("обмен опытом между университетами", None)]),
    # attention: "не меньшего внимания", "обратил особое внимание на"
    ("Не меньшего внимания, по словам министра, заслуживает защита лесов.", [("защита лесов", None)]),
    ("Президент обратил особое внимание на подготовку инженерных кадров.",
     [("подготовку инженерных кадров", None)]),
    # focus: "сфокусироваться на", the passive "сосредоточены на", "упор сделан на"
    ("Союз сфокусируется на развитии цифровой торговли.", [("развитии цифровой торговли", None)]),
    ("Усилия стран будут сосредоточены на охране водных ресурсов.", [("охране водных ресурсов", None)]),
    ("Главный упор в программе сделан на поддержке малого бизнеса.", [("поддержке малого бизнеса", None)]),
    ("Отдельно министр остановился на вопросах миграционной политики.",
     [("вопросах миграционной политики", None)]),
    # task and goal: "стоит задача" + the task's genitive, "главным ориентиром станет"
    ("Перед нами стоит задача обеспечения энергетической безопасности региона.",
     [("обеспечения энергетической безопасности региона", None)]),
    ("Главным ориентиром для Союза станет рост взаимной торговли.", [("рост взаимной торговли", None)]),
    ("Главное предназначение форума — сближение молодежи наших стран.",
     [("сближение молодежи наших стран", None)]),
    # first place: "особое место занимает", the substantivized "главное" before a dash
    ("Особое место в повестке заняла охрана здоровья.", [("охрана здоровья", None)]),
    ("Главное сейчас — укрепление взаимного доверия.", [("укрепление взаимного доверия", None)]),
    ("Одной из центральных тем встречи стала охрана ледников.", [("охрана ледников", None)]),
    # "тем" is an adjective only as a pronoun's dative plural: no attribute of the verb after it
    ("Одной из главных тем были инвестиции.", [("инвестиции", None)]),
    ("В приоритетном порядке странам следует заняться модернизацией ирригации.",
     [("модернизацией ирригации", None)]),
    # a generic head whose adjective names a domain, after a cue that marks a priority outright
    # (the gold of unseen statements: "главный упор сделан на экологической повестке")
    ("Глава МИД сосредоточился на энергетической повестке.", [("энергетической повестке", None)]),
    ("Не меньшего внимания требует водная повестка.", [("водная повестка", None)]),
    # a naming verb that takes the cue as its predicate: "сделает одним из приоритетов X"
    ("Казахстан сделает одним из приоритетов развитие горного туризма.", [("развитие горного туризма", None)]),
    # list cues: a naming verb and a generic head before a colon
    ("В программе выделены три направления: цифровизация, туризм и экология.",
     [("цифровизация", None), ("туризм", None), ("экология", None)]),
    ("Среди ключевых направлений министр выделил следующие: туризм, спорт и образование.",
     [("туризм", None), ("спорт", None), ("образование", None)]),
])
def test_open_cue_classes(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # a list cue without its colon names nothing
    "Министры определили направления дальнейшей работы.",
    # an adverbial cue before a verb that links nothing
    "Совет в приоритетном порядке рассмотрит ситуацию в регионе.",
    # "главное" before a clause, and as an adverb
    "Главное, что стороны договорились о новой встрече.",
    "Главным образом речь шла о торговле.",
    # a topic cue: a topic noun with only an adjective is no direction
    "Отдельно министр остановился на транспортной повестке.",
    # a cue that ends in a preposition never takes the subject before it
    "Делегация была сосредоточена на трех вопросах.",
    # an enumerating ordinal is no phrase
    "Первое – в приоритетном порядке завершить строительство дороги.",
    # focus particles mark no priority by themselves
    "Рост обеспечило прежде всего увеличение экспорта.",
    "Следующую волну роста обеспечат в первую очередь страны Юга.",
    # a danger is a Threat, not a direction of activity
    "Отдельно министр остановился на проблеме незаконной миграции.",
    "Особое внимание стороны уделили угрозе кибератак.",
])
def test_open_cue_classes_negative(light, text):
    assert found(light, text) == []


@pytest.mark.parametrize("text, items", [
    # a relative clause between a fronted cue and the dash or copula that links it
    ("Третье направление, которому мы придаем большое значение, – охрана горных лесов.",
     [("охрана горных лесов", 3)]),
    ("Вторым направлением, на которое делает ставку правительство, стал туризм.", [("туризм", 2)]),
    # a cue inside a relative clause on a generic head marks what follows the clause
    ("Министр назвал сферы, которым страна уделит особое внимание, — это в первую очередь наука и спорт.",
     [("наука и спорт", None)]),
    # coordinated copulas, a parenthesis "на мой взгляд"
    ("Приоритетом для нас была и остается охрана рек.", [("охрана рек", None)]),
    ("Главное, на мой взгляд, — взаимное доверие.", [("взаимное доверие", None)]),
    # a cue that holds a parenthesis, or its adjective's "для" complement
    ("Главными, по мнению министра, направлениями остаются торговля и энергетика.",
     [("торговля", None), ("энергетика", None)]),
    ("Среди ключевых для региона задач министр назвал охрану ледников.", [("охрану ледников", None)]),
    ("Одно из важнейших, по словам посла, направлений работы: подготовка врачей.",
     [("подготовка врачей", None)]),
    # a generic head qualified by a genitive of importance: the dash before it, a naming verb
    ("Охрана горных ледников – задача первостепенной важности.", [("Охрана горных ледников", None)]),
    ("Министр назвал подготовку врачей вопросом особой важности.", [("подготовку врачей", None)]),
    # "по значимости" inside a ranked cue, the next ordinal after it
    ("Второе по значимости направление – развитие туризма. Мы вложим в это средства. Третье – охрана рек.",
     [("развитие туризма", 2), ("охрана рек", 3)]),
    # a cleft: the list before "— вот"; a cue's preposition fronted with a pronoun
    ("Туризм, спорт, образование – вот на чем нужно сосредоточиться.",
     [("Туризм", None), ("спорт", None), ("образование", None)]),
    ("Министр назвал сферы, на которых страна сосредоточится, — это медицина и энергетика.",
     [("медицина", None), ("энергетика", None)]),
    # the ordinal of a relative clause on the cue's count ranks the phrase after its verb
    ("Министр предложил сосредоточиться на трех направлениях, первым из которых назвал охрану лесов.",
     [("охрану лесов", 1)]),
    # a range: its two ends
    ("Программа ставит конкретные цели – от развития туризма до охраны ледников.",
     [("развития туризма", None), ("охраны ледников", None)]),
    # an ordinal in an idiom is no rank
    ("На первый план выходит охрана ледников.", [("охрана ледников", None)]),
])
def test_across_clauses(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # a relative clause on a noun that is no generic head
    "Министр посетил завод, которому правительство уделит особое внимание, — это крупный проект.",
    # "вот" without the dash of a cleft; a fronted preposition of another verb
    "Вот на чем нужно сосредоточиться.",
    "Министр рассказал, на чем основана позиция страны.",
])
def test_across_clauses_negative(light, text):
    assert found(light, text) == []


@pytest.mark.parametrize("text, items", [
    # "Важно, чтобы": a domain subject names the direction with its clause ...
    ("Важно, чтобы торговля между соседями велась в национальных валютах.",
     [("торговля между соседями велась в национальных валютах", None)]),
    # ... an actor subject by the domain its verb's preposition governs
    ("Важно также, чтобы Союз не отставал в развитии цифровых платформ, где решается будущее.",
     [("развитии цифровых платформ", None)]),
])
def test_purpose_clause(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Важно, чтобы стороны сохранили диалог.",  # an actor and its direct object
    "Важно, чтобы центр заработал в полную силу.",  # a concrete subject
    "Президент отметил важность того, чтобы страны действовали сообща.",
    "Важно, чтобы Казахстан участвовал в проекте.",  # a concrete object
])
def test_purpose_clause_negative(light, text):
    assert found(light, text) == []

