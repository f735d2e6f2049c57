"""Sixth round of issue 11 (priorities on unseen statements): cue classes found failing on statements
of our own, each with positive and negative sentences of our own."""
from __future__ import annotations

import pytest
from priorities_support import found, spans

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.sentences import fill


# ---- an enumerated item whose conjuncts belong to different areas: one item each, one rank --------
@pytest.mark.parametrize("text, items", [
    ("Мы выделили три направления. Во-первых, цифровой суверенитет и промышленная кооперация. "
     "Во-вторых, транспортная связанность.",
     [("цифровой суверенитет", 1), ("промышленная кооперация", 1), ("транспортная связанность", 2)]),
    ("Назову наши задачи. Первое — охрана рек и энергосбережение. Второе — подготовка учителей.",
     [("охрана рек", 1), ("энергосбережение", 1), ("подготовка учителей", 2)]),
    # a run no cue announced
    ("Во-первых, развитие туризма и защита лесов. Во-вторых, модернизация железных дорог.",
     [("развитие туризма", 1), ("защита лесов", 1), ("модернизация железных дорог", 2)]),
])
def test_enumerated_item_split_by_area(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # one area: one item
    ("Мы выделили два направления. Во-первых, промышленная кооперация и импортозамещение. "
     "Во-вторых, подготовка учителей.",
     [("промышленная кооперация и импортозамещение", 1), ("подготовка учителей", 2)]),
    # a conjunct of no area keeps the item whole
    ("Мы выделили два направления. Первое — рост торговли и взаимодействие. Второе — охрана рек.",
     [("рост торговли и взаимодействие", 1), ("охрана рек", 2)]),
])
def test_enumerated_item_split_by_area_negative(light, text, items):
    assert found(light, text) == items


# ---- a cue's preposition repeated before each object: one item per object -------------------------
@pytest.mark.parametrize("text, items", [
    ("Мы сосредоточимся на развитии торговли, на охране лесов и на подготовке врачей.",
     ["развитии торговли", "охране лесов", "подготовке врачей"]),
    ("Акцент будет сделан на энергетике, а также на транспорте.", ["энергетике", "транспорте"]),
    ("Министр заострил внимание на подготовке врачей, а также на строительстве дорог.",
     ["подготовке врачей", "строительстве дорог"]),
    # inside a purpose clause with an actor subject
    ("Важно, чтобы стороны сосредоточились на охране лесов и на развитии туризма.",
     ["охране лесов", "развитии туризма"]),
    ("Не менее важно, чтобы союз сосредоточился на росте экспорта и на модернизации дорог.",
     ["росте экспорта", "модернизации дорог"]),
])
def test_repeated_preposition(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # another preposition after the comma is no object of the cue's
    ("Мы сосредоточимся на развитии торговли, в том числе в приграничных районах.", ["развитии торговли"]),
    # a purpose clause whose actor takes a direct object names nothing
    ("Важно, чтобы стороны сохранили диалог, а также на встречах обсуждали туризм.", []),
])
def test_repeated_preposition_negative(light, text, items):
    assert spans(light, text) == items


# ---- "для" + a noun phrase between a naming verb's cue and its object; inside an adjective's cue ----
@pytest.mark.parametrize("text, items", [
    ("Министр назвал приоритетными сферами для инвестиций горное дело, связь и фармацевтику.",
     ["горное дело", "связь", "фармацевтику"]),
    ("Президент назвал ключевым направлением для региона развитие туризма.", ["развитие туризма"]),
    ("Премьер считает главной задачей для правительства снижение инфляции.", ["снижение инфляции"]),
    ("Правительство определило приоритетными для иностранных инвесторов отраслями энергетику и "
     "сельское хозяйство.", ["энергетику", "сельское хозяйство"]),
])
def test_for_whom_after_naming_cue(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Министр назвал приоритетными сферами для Монголии.",  # no object after it
    "Президент назвал ключевым направлением для региона.",
])
def test_for_whom_after_naming_cue_negative(light, text):
    assert spans(light, text) == []


# ---- the branch and vector heads of the priority adjectives ("приоритетные отрасли", "главный вектор") --
@pytest.mark.parametrize("text, items", [
    ("Ключевыми отраслями для сотрудничества остаются энергетика и агропромышленный комплекс.",
     ["энергетика", "агропромышленный комплекс"]),
    ("Главный вектор нашей политики — развитие связей с соседями.", ["развитие связей с соседями"]),
    ("Главным вектором остается интеграция в рамках союза.", ["интеграция в рамках союза"]),
    ("Правительство отнесло к ключевым отраслям сельское хозяйство.", ["сельское хозяйство"]),
    ("Приоритетными областями сотрудничества мы считаем медицину и образование.", ["медицину", "образование"]),
])
def test_branch_heads(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Поддержка приоритетных отраслей экономики продолжится.",  # an attribute marks nothing
    "Мы работаем во всех ключевых областях.",
    # the genitive after the cue noun is its own, not a verb's object
    "Сотрудничество развивается в ключевых сферах экономики.",
    "Мы работаем в ключевых сферах экономики.",
    "Сотрудничество развивается по основным направлениям экономики.",
])
def test_branch_heads_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    # an importance noun's genitive is its content
    ("Стороны заявили о важности укрепления энергетической безопасности.", ["укрепления энергетической безопасности"]),
    ("Министр включил в число приоритетов охрану лесов.", ["охрану лесов"]),
    ("Президент отнес к приоритетным задачам развитие туризма.", ["развитие туризма"]),
])
def test_verb_before_cue_preposition(light, text, items):
    assert spans(light, text) == items


# ---- a numbered item followed by a clause that describes it ("там, где ...", ", которые ...") -------
@pytest.mark.parametrize("text, items", [
    ("Назову три приоритета. Первое. Переработка сырья там, где оно добывается. Второе. Развитие туризма.",
     [("Переработка сырья", 1), ("Развитие туризма", 2)]),
    ("Наши задачи определены:\n1. Подготовка кадров, которые нужны промышленности.\n2. Развитие дорог.",
     [("Подготовка кадров", 1), ("Развитие дорог", 2)]),
    ("Назову три приоритета. Первое. Переработка сырья, когда это выгодно.", [("Переработка сырья", 1)]),
])
def test_numbered_item_with_describing_clause(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    ("Назову три приоритета. Первое. Министр сказал, что это важно.", []),  # a clause, no item
    # a short adjective after the item makes the sentence a clause
    ("Мы выделяем два направления. Первое — развитие торговли. И наконец, многополярный мир невозможен "
     "без реформ.", [("развитие торговли", 1)]),
])
def test_numbered_item_with_describing_clause_negative(light, text, items):
    assert found(light, text) == items


# ---- area: processing is industry, waste is environment ---------------------------------------------
@pytest.mark.parametrize("text, area", [
    ("Приоритетом является переработка природных ресурсов.", "economy"),
    ("Приоритетом является переработка отходов.", "environment"),
    ("Приоритетом является ликвидация свалок.", "environment"),
    ("Приоритетом является вывоз мусора.", "environment"),
])
def test_processing_and_waste_areas(light, text, area):
    ctx = DocContext(light(text))
    fill(ctx)
    assert [p.area.value for p in ctx.priorities] == [area]


# ---- "X занимает особое место": the subject before a place cue, linked by its verb ------------------
@pytest.mark.parametrize("text, items", [
    ("Энергетическая безопасность занимает особое место в нашей повестке.", ["Энергетическая безопасность"]),
    ("Развитие туризма занимает важное место в работе правительства.", ["Развитие туризма"]),
    ("Особое место в нашей работе занимает и экологическая повестка.", ["экологическая повестка"]),
    # a colon after the phrase that opens a clause of its own does not spell it out
    ("Важное место в нашей работе занимает и экологическая повестка: обмеление рек и изменение климата "
     "требуют действий.", ["экологическая повестка"]),
    ("Главное внимание — экологической повестке: засуха и обмеление рек угрожают урожаям.",
     ["экологической повестке"]),
])
def test_place_cue_subject(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    ("Встреча заняла важное место в графике визита.", []),  # the verb links only a domain
    # a colon list with no verb of its own spells the phrase out
    ("Особое внимание уделим трем направлениям: энергетике, транспорту и туризму.",
     ["энергетике", "транспорту", "туризму"]),
])
def test_place_cue_subject_negative(light, text, items):
    assert spans(light, text) == items


# ---- a predicative cue with the additive particle; the shared goal ----------------------------------
@pytest.mark.parametrize("text, items", [
    ("Не менее важно и сохранение культурного наследия.", ["сохранение культурного наследия"]),
    ("Не менее важно развитие университетских обменов.", ["развитие университетских обменов"]),
    ("Общей целью является создание условий для роста торговли.", ["создание условий для роста торговли"]),
    ("Наша общая задача — сохранение мира в регионе.", ["сохранение мира в регионе"]),
    ("Общей задачей мы считаем развитие торговли.", ["развитие торговли"]),
])
def test_particle_and_shared_goal(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Стороны обсудили общие задачи.",
    "Общие цели участников совпадают.",
    "Не менее важно и то, что встреча прошла в Минске.",
])
def test_particle_and_shared_goal_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, area", [
    ("Приоритетом является развитие университетских обменов.", "humanitarian"),
    ("Приоритетом является развитие школьного спорта.", "humanitarian"),
    ("Приоритетом является модернизация портовой инфраструктуры.", "connectivity"),
    ("Приоритетом является поддержка театральных фестивалей.", "humanitarian"),
])
def test_derived_area_adjectives(light, text, area):
    ctx = DocContext(light(text))
    fill(ctx)
    assert [p.area.value for p in ctx.priorities] == [area]


# ---- a predicative importance cue before an infinitive that names a domain ("Нам важно сохранить X") --
@pytest.mark.parametrize("text, items", [
    ("Нам важно также сохранить консенсусный характер организации.", ["сохранить консенсусный характер организации"]),
    ("Не менее важно совместно противостоять терроризму.", ["совместно противостоять терроризму"]),
    ("Двум странам важно диверсифицировать рынки и развивать сотрудничество в сфере цифровых платежей.",
     ["диверсифицировать рынки", "развивать сотрудничество в сфере цифровых платежей"]),
    ("Нам важно развивать туризм.", ["развивать туризм"]),
    ("Крайне важно не допустить гуманитарной катастрофы.", ["не допустить гуманитарной катастрофы"]),
])
def test_importance_before_infinitive(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Важно понимать, что ситуация сложная.",  # a verb with no domain
    "Важно выполнить решения саммита.",  # a concrete step (an Initiative's)
    "Важно выполнить задачи Стратегии развития до 2030 года.",
    "Важно подписать соглашение о свободной торговле.",
    "Нам важно поддержать наших партнеров.",  # a person is no direction
    "Важно в установленные сроки завершить формирование общего рынка газа.",  # a deadline: a step
])
def test_importance_before_infinitive_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text", [
    "Важно усилить контакты между секретариатами союза и организации.",  # a step between parties
    "Нам важно наладить обмен между министерствами.",
])
def test_importance_before_infinitive_between_parties(light, text):
    assert spans(light, text) == []


# ---- "при" opens a circumstance, never a direction's complement -------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Приоритетом остается развитие торговли при поддержке партнеров.", ["развитие торговли"]),
    ("Нам важно сохранить консенсусный характер союза при его расширении.", ["сохранить консенсусный характер союза"]),
    ("Главная задача — модернизация школ при участии бизнеса.", ["модернизация школ"]),
])
def test_circumstance_with_pri(light, text, items):
    assert spans(light, text) == items


# ---- a named movement or campaign is an undertaking, not a direction --------------------------------
@pytest.mark.parametrize("text, items", [
    ("Главный ориентир — восстановление лесов, и здесь ставка сделана на движение «Миллиард деревьев».",
     ["восстановление лесов"]),
    ("Особое внимание уделим кампании «Зеленый пояс».", []),
    # with no name of its own the noun is a direction
    ("Приоритетом остается свободное движение товаров и услуг.", ["свободное движение товаров и услуг"]),
    ("Приоритетом является развитие волонтерского движения.", ["развитие волонтерского движения"]),
])
def test_named_movement(light, text, items):
    assert spans(light, text) == items


# ---- "Далее — X." shortly after a priority goes on with the speaker's directions --------------------
@pytest.mark.parametrize("text, items", [
    ("Не менее значима для нас промышленная кооперация. Поддерживаем обновление перечня проектов. "
     "Далее — транспортная связанность.", ["промышленная кооперация", "транспортная связанность"]),
    ("Приоритетом остается торговля. И наконец, охрана лесов.", ["торговля", "охрана лесов"]),
])
def test_continued_after_priority(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    ("Министр рассказал о визите. Далее — охрана лесов.", []),  # no priority before it
    ("Приоритетом остается торговля. Мы обсудили многое. Потом был обед. Далее — охрана лесов.",
     ["торговля"]),  # too far from it
    ("Приоритетом остается торговля. Далее — Казахстан.", ["торговля"]),  # no domain
    ("Приоритетом остается торговля. Далее выступил министр энергетики.", ["торговля"]),  # a clause
])
def test_continued_after_priority_negative(light, text, items):
    assert spans(light, text) == items


# ---- the substantivized importance adjective before a dash; "ключевым является X" -----------------
@pytest.mark.parametrize("text, items", [
    ("Ключевым для нас является вопрос водной безопасности.", ["вопрос водной безопасности"]),
    ("Самое важное сейчас — рост доходов населения.", ["рост доходов населения"]),
    ("Важное для нас — рост доходов населения.", ["рост доходов населения"]),
    ("Основным является развитие экспорта.", ["развитие экспорта"]),
])
def test_substantivized_importance(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Ключевым партнером является Китай.",  # an attribute of the noun after it
    "Самое важное — мы встретились.",  # a clause, no direction
    "Основной доклад сделал министр.",
    "Важное решение приняли стороны.",
    "Ключевое слово здесь — доверие.",
])
def test_substantivized_importance_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    ("Для нас принципиально важны свободное движение трудовых ресурсов и взаимное признание дипломов.",
     ["свободное движение трудовых ресурсов", "взаимное признание дипломов"]),
])
def test_diplomas_are_humanitarian(light, text, items):
    assert spans(light, text) == items


# ---- a short sentence that counts goals opens the list the enumerated sentences after it fill -------
@pytest.mark.parametrize("text, items", [
    ("Задач у нас несколько. Первая — снизить инфляцию. Вторая — повысить доходы граждан.",
     [("снизить инфляцию", 1), ("повысить доходы граждан", 2)]),
    ("Целей три. Первая — рост экспорта. Вторая — охрана лесов. Третья — подготовка кадров.",
     [("рост экспорта", 1), ("охрана лесов", 2), ("подготовка кадров", 3)]),
    ("Задач три. Во-первых, развитие туризма. Во-вторых, охрана рек.",
     [("развитие туризма", 1), ("охрана рек", 2)]),
])
def test_counted_goals(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Вопросов было несколько. Первый касался визита.",
    "Задач у нас несколько. Мы обсудили их.",
])
def test_counted_goals_negative(light, text):
    assert found(light, text) == []


# ---- an adverb of degree or relation before an adjective inside the phrase ---------------------------
@pytest.mark.parametrize("text, items", [
    ("Ключевые направления: мониторинг рек, защита критически важных объектов от аварий и подготовка "
     "населения.", ["мониторинг рек", "защита критически важных объектов от аварий", "подготовка населения"]),
    ("Приоритетом является развитие экологически чистой энергетики.", ["развитие экологически чистой энергетики"]),
    ("Приоритетом является поддержка социально незащищенных граждан.", ["поддержка социально незащищенных граждан"]),
    ("Приоритетом является защита наиболее уязвимых слоев населения.", ["защита наиболее уязвимых слоев населения"]),
])
def test_degree_adverb_in_phrase(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    ("Приоритетом является торговля, а также цифровая экономика.", ["торговля", "цифровая экономика"]),
    ("Приоритетом является торговля, особенно важная для регионов.", ["торговля"]),
])
def test_degree_adverb_in_phrase_negative(light, text, items):
    assert spans(light, text) == items


# ---- "X выходит на первый план": a verb of motion links the subject to a place cue; circumstances ---
@pytest.mark.parametrize("text, items", [
    ("Продовольственная безопасность выходит на первый план.", ["Продовольственная безопасность"]),
    ("Ермекбаев: продовольственная безопасность выходит в ШОС на первый план.", ["продовольственная безопасность"]),
    ("Вопросы энергетики выходят сегодня на первый план.", ["Вопросы энергетики"]),
    ("Цифровизация в этом году вышла на первое место.", ["Цифровизация"]),
    ("Развитие туризма в прошлом году стало приоритетом.", ["Развитие туризма"]),
])
def test_motion_to_first_place(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Встреча в этом году вышла на первый план новостей.",  # the verb links only a domain
    "Министр в этом году вышел на пенсию.",
    "Делегация выходит в Минске на связь.",
])
def test_motion_to_first_place_negative(light, text):
    assert spans(light, text) == []


# ---- a focus verb with its preposition fronted: the object after the verb is the effort --------------
@pytest.mark.parametrize("text, items", [
    ("Позвольте кратко обозначить, на чем мы предлагаем сосредоточить совместную работу.", []),
    ("Это направления, на которых мы сосредоточим усилия.", []),
    ("Энергетика, транспорт и туризм — вот на чем нужно сосредоточиться.", ["Энергетика", "транспорт", "туризм"]),
    ("Мы сосредоточим усилия на развитии туризма.", ["развитии туризма"]),
    ("Министр назвал сферы, на которых страна сосредоточится, — это медицина и энергетика.",
     ["медицина", "энергетика"]),
])
def test_fronted_preposition_object(light, text, items):
    assert spans(light, text) == items


# ---- a parenthesis between a manner cue and its verb ------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Поэтому в приоритетном порядке, считает министр, нужно укреплять охрану границы.",
     ["укреплять охрану границы"]),
    ("В приоритетном порядке, по его словам, будем развивать сотрудничество в области здравоохранения.",
     ["развивать сотрудничество в области здравоохранения"]),
    ("В приоритетном порядке, как известно, рассмотрим заявку.", []),  # no domain
    ("В приоритетном порядке, и это важно, мы решили вопрос.", []),  # no parenthesis: a clause
])
def test_manner_cue_across_parenthesis(light, text, items):
    assert spans(light, text) == items
