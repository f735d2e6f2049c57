"""Second round of issue 11 (priorities on unseen statements): the classes of cue constructions
found failing on sentences of our own, each with positive and negative sentences."""
from __future__ import annotations

import pytest
from priorities_support import found

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.sentences import fill


# ---- negation: a negated cue, or the negated copula that links it, marks nothing --------------
@pytest.mark.parametrize("text", [
    "Строительство стадионов не является для правительства приоритетом.",
    "Строительство стадионов для нас не является приоритетом.",
    "Власти не уделяют особого внимания развитию пригородных перевозок.",
    "Добыча угля не должна становиться главной задачей региона.",
    "Мы не делаем ставку на сырьевой экспорт.",
])
def test_negated_cue_marks_nothing(light, text):
    assert found(light, text) == []


@pytest.mark.parametrize("text, items", [
    # a double negative affirms
    ("Нельзя не подчеркнуть важность подготовки учителей.", [("подготовки учителей", None)]),
    # "не менее": a comparison, not a negation
    ("Поддержка фермеров не менее важна.", [("Поддержка фермеров", None)]),
])
def test_not_a_negation(light, text, items):
    assert found(light, text) == items


# ---- the subject before an importance or attention cue linked by its own verb ------------------
@pytest.mark.parametrize("text, items", [
    ("Охрана горных лесов имеет для республики первостепенное значение.", [("Охрана горных лесов", None)]),
    ("Охрана горных лесов имеет для нашей страны ключевое значение.", [("Охрана горных лесов", None)]),
    ("Подготовка врачей приобретает особую актуальность.", [("Подготовка врачей", None)]),
    ("Вопросы трудовой миграции заслуживают особого внимания.", [("Вопросы трудовой миграции", None)]),
    ("Защита информационных систем требует повышенного внимания.", [("Защита информационных систем", None)]),
    ("Развитие экспорта зерна входит в число приоритетов кабинета.", [("Развитие экспорта зерна", None)]),
    ("Развитие экспорта зерна относится к числу приоритетов кабинета.", [("Развитие экспорта зерна", None)]),
    ("Очистка речных русел относится к первоочередным задачам.", [("Очистка речных русел", None)]),
    # a possessive between the copula and the cue, "было и остается"
    ("Поддержка фермеров остается нашим приоритетом.", [("Поддержка фермеров", None)]),
    ("Поддержка фермеров была и остается нашим общим приоритетом.", [("Поддержка фермеров", None)]),
])
def test_subject_of_a_linked_cue(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # the verbs link only a cue: without one they mark nothing
    "Охрана горных лесов имеет давнюю историю.",
    "Развитие экспорта зерна относится к компетенции министерства.",
    "Вопросы трудовой миграции заслуживают обсуждения.",
])
def test_link_verbs_without_a_cue(light, text):
    assert found(light, text) == []


# ---- focus and preference cues in the passive, with the noun first ----------------------------
@pytest.mark.parametrize("text, items", [
    ("Ставка делается на подготовку инженеров.", [("подготовку инженеров", None)]),
    ("Ставка сделана на малую энергетику.", [("малую энергетику", None)]),
    ("Основные ресурсы будут сконцентрированы на ремонте школ.", [("ремонте школ", None)]),
    ("Усилия ведомства сфокусированы на цифровизации архивов.", [("цифровизации архивов", None)]),
    ("Правительство отдает приоритет поддержке фермеров.", [("поддержке фермеров", None)]),
    ("Приоритет будет отдаваться поддержке фермеров.", [("поддержке фермеров", None)]),
    ("Приоритет отдан поддержке фермеров.", [("поддержке фермеров", None)]),
])
def test_focus_and_preference(light, text, items):
    assert found(light, text) == items


# ---- a goal of one's own, and a goal explained by "в том, чтобы" ------------------------------
@pytest.mark.parametrize("text, items", [
    ("Наша задача — сохранить рабочие места на селе.", [("сохранить рабочие места на селе", None)]),
    ("Нашей целью является снижение детской смертности.", [("снижение детской смертности", None)]),
    ("Главная задача заключается в том, чтобы снизить тарифы на перевозки.",
     [("снизить тарифы на перевозки", None)]),
])
def test_goals(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Наша задача была выполнена досрочно.",
    "Наша цель достигнута.",
    # "в том, чтобы" without an explaining verb
    "Задача в том, что нужно больше денег.",
])
def test_goals_negative(light, text):
    assert found(light, text) == []


# ---- a predicative importance cue that opens its clause marks the domain after it -------------
@pytest.mark.parametrize("text, items", [
    ("Не менее важна охрана пастбищ.", [("охрана пастбищ", None)]),
    ("Для нас принципиально важно развитие пригородного сообщения.", [("развитие пригородного сообщения", None)]),
    ("Особенно важно сотрудничество в области ветеринарии.", [("сотрудничество в области ветеринарии", None)]),
    ("Не менее важным является обновление парка электричек.", [("обновление парка электричек", None)]),
    # the instrumental after a copula, with the subject before it
    ("Обновление парка электричек является не менее важным.", [("Обновление парка электричек", None)]),
    ("Обновление парка электричек остается важным.", [("Обновление парка электричек", None)]),
])
def test_fronted_predicate(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Важен итог переговоров.",          # no domain of its own
    "Важна каждая мелочь.",
    "Важно и то, что стороны договорились.",
    "Крайне важно это понимать.",       # the predicate of an infinitive
    "Важным является то, что мы договорились.",
])
def test_fronted_predicate_negative(light, text):
    assert found(light, text) == []


# ---- a naming verb's object fronted before its subject ---------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Ветеринарию мы считаем одним из главных направлений работы.", [("Ветеринарию", None)]),
    ("Ветеринарию мы считаем главным направлением.", [("Ветеринарию", None)]),
    ("Подготовку учителей министерство считает приоритетом.", [("Подготовку учителей", None)]),
    # the subject before the verb is no object
    ("Министерство считает приоритетом подготовку учителей.", [("подготовку учителей", None)]),
])
def test_fronted_object(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # no domain: a demonstrative, a person
    "Эту работу мы считаем приоритетом.",
    "Министра мы считаем главным союзником.",
])
def test_fronted_object_negative(light, text):
    assert found(light, text) == []


# ---- a gerund or participle cue: its phrase ends before the main clause's subject -------------
@pytest.mark.parametrize("text, items", [
    ("Уделяя особое внимание подготовке учителей, министерство увеличило гранты.",
     [("подготовке учителей", None)]),
    ("Сделав ставку на развитие горного туризма, область привлекла инвесторов.",
     [("развитие горного туризма", None)]),
])
def test_gerund_cue_clause(light, text, items):
    assert found(light, text) == items


# ---- focus by a verbal noun or an instrumental phrase; a colon list spelling out the object -----
@pytest.mark.parametrize("text, items", [
    ("Выходом станет сосредоточение усилий на переработке хлопка.", [("переработке хлопка", None)]),
    ("Концентрация внимания на охране ледников оправдана.", [("охране ледников", None)]),
    ("Кабинет утвердил план с акцентом на ремонт сельских школ.", [("ремонт сельских школ", None)]),
    ("Нужна фокусировка на подготовке медсестер.", [("подготовке медсестер", None)]),
    # the cue's object followed by a colon list in its case
    ("Мы сосредоточимся на трудных отраслях: хлопководстве, шелководстве.",
     [("хлопководстве", None), ("шелководстве", None)]),
    # a list cue's naming verb with "так:"
    ("Главные направления я бы назвал так: туризм, спорт и кино.",
     [("туризм", None), ("спорт", None), ("кино", None)]),
])
def test_focus_nouns_and_lists(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Концентрация вредных веществ на участке снизилась.",
    "Министр остановился на минном загрязнении полей.",      # a danger, a Threat
    "Отдельно он остановился на продовольственном кризисе.",
])
def test_focus_negative(light, text):
    assert found(light, text) == []


# ---- enumerations: "И в-третьих" goes on with the list; semicolons delimit the items -----------
def test_enumeration_after_and(light):
    text = ("Во-первых, нам важно развитие туризма. Во-вторых, мы сосредоточимся на экспорте фруктов. "
            "И в-третьих, охрана здоровья, потому что это важно.")
    assert found(light, text) == [("развитие туризма", 1), ("экспорте фруктов", 2), ("охрана здоровья", 3)]


def test_semicolon_items_keep_their_coordination(light):
    text = "Приоритеты таковы: ремонт дорог; сохранение и восстановление лесов."
    assert found(light, text) == [("ремонт дорог", None), ("сохранение и восстановление лесов", None)]


# ---- a purpose clause after a parenthesis -----------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Для Бишкека особенно важно, по словам министра, чтобы грузовые маршруты шли через республику.",
     [("грузовые маршруты шли через республику", None)]),
])
def test_purpose_after_parenthesis(light, text, items):
    assert found(light, text) == items


# ---- ranked conjuncts split by area; a list going on past a project's quoted names -------------
def test_ranked_cue_conjuncts_split_by_area(light):
    text = "На первом месте будут ремонт вокзалов и экспорт хлопка."
    assert found(light, text) == [("ремонт вокзалов", 1), ("экспорт хлопка", 1)]


def test_list_goes_on_past_quoted_names(light):
    text = ("Ключевыми направлениями станут охрана лесов, продление трасс «Ош – Сары-Таш» и «Бишкек – Нарын», "
            "а также поддержка фермеров.")
    assert [t for t, _ in found(light, text)][-1] == "поддержка фермеров"


# ---- an infinitive item whose object is an acronym ---------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Главная задача – превратить ЕАЭС в центр цифровой торговли.",
     [("превратить ЕАЭС в центр цифровой торговли", None)]),
    ("Наша задача сегодня – вывести ЕАЭС на новый уровень интеграции.",
     [("вывести ЕАЭС на новый уровень интеграции", None)]),
])
def test_infinitive_with_acronym_object(light, text, items):
    assert found(light, text) == items


# ---- "в качестве" between a naming verb and its cue; nouns qualified by attention --------------
@pytest.mark.parametrize("text, items", [
    ("Министры назвали в качестве ключевых направлений работы туризм и экспорт фруктов.",
     [("туризм", None), ("экспорт фруктов", None)]),
    ("Северные районы остаются зоной особого внимания правительства.", [("Северные районы", None)]),
    ("Предметом пристального внимания стала ветеринария.", [("ветеринария", None)]),
])
def test_as_and_attention_nouns(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Министры прибыли в качестве наблюдателей.",
    "Зона отдыха открыта.",
])
def test_as_and_attention_nouns_negative(light, text):
    assert found(light, text) == []


# ---- a focus verb fronted before its modal, the preposition after it ---------------------------
@pytest.mark.parametrize("text, items", [
    ("Сосредоточиться нам нужно на экспорте фруктов.", [("экспорте фруктов", None)]),
    ("Сосредоточиться необходимо на двух вещах: туризме и экспорте.", [("туризме", None), ("экспорте", None)]),
])
def test_split_focus_verb(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Остановиться нам придется на окраине.",   # no focus verb
    "Сосредоточиться было трудно.",            # no preposition
])
def test_split_focus_verb_negative(light, text):
    assert found(light, text) == []


# ---- a goal of prevention: "не допустить X" after a goal cue, named "недопущение X" -------------
@pytest.mark.parametrize("text, span, name", [
    ("Главная задача – не допустить нехватки питьевой воды.", "не допустить нехватки питьевой воды",
     "недопущение нехватки питьевой воды"),
    ("Наша задача – не допускать роста цен на зерно.", "не допускать роста цен на зерно",
     "недопущение роста цен на зерно"),
])
def test_prevention_goal(light, text, span, name):
    ctx = DocContext(light(text))
    fill(ctx)
    assert [(p.span.text, p.name) for p in ctx.priorities] == [(span, name)]


@pytest.mark.parametrize("text", [
    "Главная задача – не повторять ошибок прошлого.",   # another negated verb: no direction (round 8: a verb
    # of loss is a goal of keeping, "не снижать темпы строительства")
    "Мы не допустили ошибок.",                              # no goal cue
])
def test_prevention_goal_negative(light, text):
    assert found(light, text) == []


# ---- "такие X, как A, B и C"; the addressee of a task; a dash before a possessive cue ------------
@pytest.mark.parametrize("text, items", [
    ("Приоритетными мы считаем такие отрасли, как виноделие, шелководство и ветеринария.",
     [("виноделие", None), ("шелководство", None), ("ветеринария", None)]),
    ("В числе приоритетов — такие сферы, как медицина и спорт.", [("медицина", None), ("спорт", None)]),
    ("Министр назвал такие приоритеты, как туризм и здравоохранение.", [("туризм", None), ("здравоохранение", None)]),
    ("Президент поставил перед кабинетом задачу развития пригородных электричек.",
     [("развития пригородных электричек", None)]),
    ("Ветеринария — наш главный приоритет.", [("Ветеринария", None)]),
    ("Ветеринария — наш приоритет номер один.", [("Ветеринария", 1)]),
    ("В фокусе — поддержка экспортеров.", [("поддержка экспортеров", None)]),
])
def test_such_as_addressee_dash(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Такие встречи, как эта, важны.",
    "Президент выступил перед студентами с лекцией.",
    "Снимок получился не в фокусе.",
])
def test_such_as_addressee_dash_negative(light, text):
    assert found(light, text) == []


# ---- an elliptical ordinal agreeing with the cue's noun; "для X" between a predicate and its copula
def test_elliptical_ordinals_of_any_gender(light):
    text = "У нас три приоритета. Первый – ремонт вокзалов. Второй – поддержка фермеров."
    assert found(light, text) == [("ремонт вокзалов", 1), ("поддержка фермеров", 2)]


@pytest.mark.parametrize("text, items", [
    ("Важнейшими для республики остаются виноделие и туризм.", [("виноделие", None), ("туризм", None)]),
])
def test_predicate_for_whom_copula(light, text, items):
    assert found(light, text) == items


def test_elliptical_ordinal_without_a_list(light):
    assert found(light, "Первый – самый трудный шаг.") == []


# ---- the share of a speech given to a topic; "для нас" as the link of a nominative cue -----------
@pytest.mark.parametrize("text, items", [
    ("Основную часть выступления министр посвятил ветеринарии.", [("ветеринарии", None)]),
    ("Министр посвятил большую часть речи поддержке фермеров.", [("поддержке фермеров", None)]),
    ("Поддержка фермеров для нас приоритет.", [("Поддержка фермеров", None)]),
])
def test_share_of_speech_and_zero_copula(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Он посвятил книгу матери.",
    "Основную часть бюджета составили налоги.",
])
def test_share_of_speech_negative(light, text):
    assert found(light, text) == []


# ---- correlative pairs; ", в частности,"; the families of "важный", "значимый", "актуальный" ------
@pytest.mark.parametrize("text, items", [
    ("Министр отметил важность как виноделия, так и туризма.", [("виноделия", None), ("туризма", None)]),
    ("Стороны подчеркнули важность не только торговли, но и медицины.", [("торговли", None), ("медицины", None)]),
    ("Приоритетными остаются, в частности, ветеринария и туризм.", [("ветеринария", None), ("туризм", None)]),
    ("Важнейшая тема – охрана ледников.", [("охрана ледников", None)]),
    ("Не менее значимым направлением остается медицина.", [("медицина", None)]),
    ("Особенно актуальна сегодня охрана ледников.", [("охрана ледников", None)]),
])
def test_correlatives_and_importance_families(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Актуальная информация размещена на сайте.",
    "Этот вопрос не актуален.",
    "Как сообщили в ведомстве, так и будет.",
])
def test_correlatives_and_importance_negative(light, text):
    assert found(light, text) == []


# ---- a verb that is no copula links only a domain ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Встреча имела важное значение.",
    "Ситуация требует особого внимания.",
    "Главная задача – не допустить ошибок.",   # prevention of nothing that names a domain
])
def test_verb_links_only_a_domain(light, text):
    assert found(light, text) == []
