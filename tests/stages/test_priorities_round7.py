"""Seventh round of issue 11 (priorities on unseen statements): classes found failing on statements
of our own, each with positive and negative sentences of our own."""
from __future__ import annotations

import pytest
from priorities_support import found, spans

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.sentences import fill


# ---- a circumstance of basis, norm or means is no part of the item, and its list is no list of items -
@pytest.mark.parametrize("text, items", [
    ("Стороны считают приоритетным развитие торговли на основе принципов равноправия, взаимной "
     "выгоды и невмешательства во внутренние дела.", ["развитие торговли"]),
    ("Мы уделяем особое внимание укреплению безопасности в соответствии с нормами международного "
     "права и Уставом ООН.", ["укреплению безопасности"]),
    ("Главной задачей остается урегулирование конфликта путем консультаций и переговоров.",
     ["урегулирование конфликта"]),
    ("Приоритетом является расширение транспортной связанности на основе уважения суверенитета, "
     "территориальной целостности и равенства.", ["расширение транспортной связанности"]),
    ("Министр подчеркнул важность диалога при уважении суверенитета, независимости и "
     "территориальной целостности государств.", ["диалога"]),
    ("На первом месте – развитие цифровой экономики посредством внедрения новых технологий и обмена "
     "опытом.", ["развитие цифровой экономики"]),
    ("Особое внимание уделяется борьбе с бедностью на базе национальных программ, грантов и кредитов.",
     ["борьбе с бедностью"]),
    ("Среди приоритетов – укрепление доверия на принципах открытости, прозрачности и инклюзивности.",
     ["укрепление доверия"]),
    ("Ключевой задачей мы считаем охрану лесов в духе добрососедства, партнерства и солидарности.",
     ["охрану лесов"]),
    ("Приоритетом станет модернизация дорог согласно планам правительства, регионов и городов.",
     ["модернизация дорог"]),
    # ", а также" after the circumstance goes on with the items when what follows names an area
    ("В центре внимания будет развитие северного маршрута на основе принципов открытости и взаимной "
     "выгоды, а также подготовка кадров.", ["развитие северного маршрута", "подготовка кадров"]),
    ("Приоритетом станет охрана лесов на основе принципов открытости, а также прозрачности.", ["охрана лесов"]),
])
def test_circumstance_is_no_item(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # the list goes on when no circumstance stands between its items
    ("Приоритетами станут развитие торговли, охрана лесов и подготовка врачей.",
     ["развитие торговли", "охрана лесов", "подготовка врачей"]),
    # a principle as the genitive of the head is the item's content
    ("Главной задачей остается соблюдение принципа невмешательства.", ["соблюдение принципа невмешательства"]),
    ("Мы уделяем особое внимание укреплению основ государственности.", ["укреплению основ государственности"]),
    # a complement of the head that is no circumstance stays
    ("Приоритетом является сотрудничество в сфере образования и науки.",
     ["сотрудничество в сфере образования и науки"]),
])
def test_circumstance_is_no_item_negative(light, text, items):
    assert spans(light, text) == items


# ---- answers in interviews: the verbless reply to a question whose cue named nothing ---------------
@pytest.mark.parametrize("text, items", [
    ("— Что для вас на первом месте?\n\n— Безусловно, энергетика.", [("энергетика", 1)]),
    ("— Что для вас на первом месте в эти годы?\n\n— Конечно, подготовка учителей. Мы много строим.",
     [("подготовка учителей", 1)]),
    # an answer that opens with "Прежде всего" names the first of a list the ordinals go on with
    ("— Какие направления вы считаете главными?\n\n— Прежде всего – туризм. Второе – подготовка "
     "врачей. И третье – охрана лесов.", [("туризм", None), ("подготовка врачей", 2), ("охрана лесов", 3)]),
    ("— Какие задачи вы считаете ключевыми?\n\n— В первую очередь – охрана рек. Второе – "
     "модернизация дорог.", [("охрана рек", None), ("модернизация дорог", 2)]),
    # a label and its colon open the answer
    ("Вопрос: Какие отрасли вы считаете приоритетными?\n\nОтвет: Это фармацевтика и сельское хозяйство.",
     [("фармацевтика", None), ("сельское хозяйство", None)]),
    ("Корр.: Какие сферы вы считаете приоритетными?\n\nИ. Петров: Туризм и подготовка врачей.",
     [("Туризм", None), ("подготовка врачей", None)]),
    # the preposition the question fronted, repeated before each item
    ("— На чем вы сосредоточитесь?\n\n— На энергетике и на водных ресурсах.",
     [("энергетике", None), ("водных ресурсах", None)]),
    # a dialogue dash before a fronted locative cue
    ("– А что в гуманитарной сфере?\n\n– Здесь на первом месте образование.", [("образование", 1)]),
])
def test_interview_answer(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # an answer with a verb of its own is no verbless answer
    "— Что для вас на первом месте?\n\n— Мы хотим нарастить торговлю.",
    # a reply to a question that holds no cue
    "— Как прошла поездка?\n\n— Конечно, хорошо. Погода отличная.",
    "— Что нового в Бишкеке?\n\n— Безусловно, погода.",
    # the preposition not fronted by the question opens no list of its objects
    "— Что для вас главное?\n\n— В конце года, в декабре.",
])
def test_interview_answer_negative(light, text):
    assert spans(light, text) == []


# ---- a direction named by a place alone is political; an area word still decides -----------------
@pytest.mark.parametrize("text, expected", [
    ("— Что для вас на первом месте?\n\n— Безусловно, Центральная Азия.", "political"),
    ("Приоритетом для нас остается Афганистан.", "political"),
    ("Приоритетом для нас остается энергетика Центральной Азии.", "energy"),
    ("Приоритетом для нас остается туризм.", "humanitarian"),
])
def test_place_area(light, text, expected):
    ctx = DocContext(light(text))
    fill(ctx)
    assert [p.area.value for p in ctx.priorities] == [expected]


# ---- headings without a colon and the lists under them ---------------------------------------------
@pytest.mark.parametrize("text, items", [
    # a heading's line, then numbered lines (the splitter leaves "1." on the heading's sentence)
    ("Министр выступил на совещании.\n\nПриоритеты председательства Кыргызстана\n1. Развитие туризма.\n"
     "2. Охрана лесов.\n3. Подготовка врачей.\n\nВстреча прошла в Москве.",
     [("Развитие туризма", 1), ("Охрана лесов", 2), ("Подготовка врачей", 3)]),
    # numbered lines in paragraphs of their own: the number alone is a sentence
    ("Министр выступил на совещании.\n\nПриоритеты союза на 2027 год\n\n1. Модернизация дорог.\n\n"
     "2. Подготовка инженеров.\n\nВстреча прошла в Москве.",
     [("Модернизация дорог", 1), ("Подготовка инженеров", 2)]),
    # bullets without punctuation on the lines of one sentence
    ("Министр выступил на совещании.\n\nГлавные задачи\n- модернизация железных дорог\n- развитие "
     "туризма\n- подготовка инженеров\n\nВстреча прошла в Москве.",
     [("модернизация железных дорог", None), ("развитие туризма", None), ("подготовка инженеров", None)]),
    # a bulleted list goes on past a bullet that names an undertaking
    ("Главные задачи на 2026 год:\n• модернизация железных дорог;\n• строительство новых "
     "электростанций;\n• подготовка инженеров.\nМинистр рассказал о планах.",
     [("модернизация железных дорог", None), ("подготовка инженеров", None)]),
])
def test_heading_list(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # numbered lines no cue announced are no priorities
    ("Министр выступил на совещании.\n\n1. Развитие туризма.\n\n2. Охрана лесов.", []),
    # a bullet after the list has ended (a sentence of text between) is no item of it
    ("Главные задачи на 2026 год:\n• модернизация железных дорог;\n• строительство новых "
     "электростанций;\nМинистр рассказал о планах.\n• развитие туризма.", [("модернизация железных дорог", None)]),
    # a number inside a line is no item's number
    ("Приоритеты председательства обсудили министры 1. Развитие туризма.", []),
])
def test_heading_list_negative(light, text, items):
    assert found(light, text) == items


# ---- an aside closed by ", и": the list goes on after it -------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Особое внимание уделяется энергетике, включая атомную генерацию, и подготовке кадров.",
     ["энергетике", "подготовке кадров"]),
    ("На первом месте — развитие торговли, в том числе приграничной, и охрана лесов.",
     ["развитие торговли", "охрана лесов"]),
    ("Приоритетами станут туризм, прежде всего горный, и сельское хозяйство.", ["туризм", "сельское хозяйство"]),
])
def test_aside_closed_by_and(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # a clause after ", и" is no item
    ("Особое внимание уделяется энергетике, включая атомную генерацию, и правительство выделило средства.",
     ["энергетике"]),
])
def test_aside_closed_by_and_negative(light, text, items):
    assert spans(light, text) == items


# ---- naming verbs of the importance family: "счесть", "признать", "полагать" ------------------------
@pytest.mark.parametrize("text, items", [
    ("Министры сочли приоритетными развитие туризма и охрану лесов.", ["развитие туризма", "охрану лесов"]),
    ("Лидеры сочли важным развитие цифровой экономики.", ["развитие цифровой экономики"]),
    ("Стороны признали важным укрепление продовольственной безопасности.",
     ["укрепление продовольственной безопасности"]),
    ("Важным мы сочли расширение торговли.", ["расширение торговли"]),
])
def test_naming_importance(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    # after a naming verb's weak cue, a phrase of no area is a concrete step (an Initiative)
    "Государства-члены сочли важным продолжение работы Контактной группы «ШОС – Афганистан».",
    "Стороны считают важным продолжение работы Контактной группы по Афганистану.",
])
def test_naming_importance_negative(light, text):
    assert spans(light, text) == []


# ---- a manner cue before a passive verb: the verb's subject after it ------------------------------
@pytest.mark.parametrize("text, items", [
    ("В приоритетном порядке будет рассматриваться модернизация дорог, а также подготовка врачей.",
     ["модернизация дорог", "подготовка врачей"]),
    ("В первоочередном порядке решаются вопросы водоснабжения.", ["вопросы водоснабжения"]),
    ("По словам министра, в приоритетном порядке будут развиваться туризм и сельское хозяйство.",
     ["туризм", "сельское хозяйство"]),
])
def test_manner_passive(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    # the subject names no domain
    "В приоритетном порядке будет рассматриваться заявка Лаоса.",
    # a reflexive linking verb still takes its object (not a subject)
    "В первоочередном порядке надо заняться этим.",
])
def test_manner_passive_negative(light, text):
    assert spans(light, text) == []


# ---- a status is an Initiative only as a place in a body ------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Неизменным приоритетом остается нейтральный статус Туркменистана.", ["нейтральный статус Туркменистана"]),
    ("Приоритетом для нас остается статус безъядерной зоны.", ["статус безъядерной зоны"]),
])
def test_state_status(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Приоритетом остается получение статуса наблюдателя.",
    "Приоритетом остается предоставление Лаосу статуса партнера по диалогу.",
    "Главной задачей считаем получение статуса государства-партнера.",
])
def test_state_status_negative(light, text):
    assert spans(light, text) == []


# ---- the quote that opens at the predicate; a subject list never reaches into another clause -------
@pytest.mark.parametrize("text, items", [
    ("Министр отметил, что развитие туризма «имеет ключевое значение для региона».", ["развитие туризма"]),
    ("По его словам, охрана лесов «остается главным приоритетом».", ["охрана лесов"]),
    ("Для нашей республики, территорию которой покрывают леса, вопросы экологии стоят на первом месте.",
     ["вопросы экологии"]),
    # a subject list still reaches back over its commas
    ("Туризм, образование и культура остаются нашими приоритетами.", ["Туризм", "образование", "культура"]),
])
def test_subject_before(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    # the quote is the speaker's word for a name, not a predicate's opening
    "Встреча «имела важное значение», отметил он.",
])
def test_subject_before_negative(light, text):
    assert spans(light, text) == []


# ---- "Важно, чтобы X оставался Y": an actor's copula with a domain predicate names the state ------
@pytest.mark.parametrize("text, items", [
    ("Нам важно, чтобы Центральная Азия оставалась пространством доверия.",
     ["Центральная Азия оставалась пространством доверия"]),
    ("Важно, чтобы ШОС стала площадкой экономического сотрудничества.",
     ["ШОС стала площадкой экономического сотрудничества"]),
    ("Для нас принципиально важно, чтобы Каспий оставался зоной мира, а не ареной соперничества.",
     ["Каспий оставался зоной мира"]),
])
def test_purpose_state(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    # a copula's place or a role names no domain
    "Важно, чтобы стороны оставались на связи.",
    "Важно, чтобы Казахстан стал членом организации.",
    "Важно, чтобы ШОС оставалась такой же.",
])
def test_purpose_state_negative(light, text):
    assert spans(light, text) == []


# ---- a restriction between conjuncts: "и в первую очередь", "и прежде всего" ------------------------
@pytest.mark.parametrize("text, items", [
    ("Нам важно диверсифицировать рынки и в первую очередь развивать сотрудничество в сфере цифровых "
     "платежей.", ["диверсифицировать рынки", "развивать сотрудничество в сфере цифровых платежей"]),
    ("Важно укреплять оборону и прежде всего развивать подготовку кадров.",
     ["укреплять оборону", "развивать подготовку кадров"]),
    # "в первую очередь" is never a complement of the phrase before it
    ("Главная задача — развитие торговли в первую очередь со странами региона.", ["развитие торговли"]),
])
def test_restriction_between_conjuncts(light, text, items):
    assert spans(light, text) == items


# ---- "Речь идет о X" right after a priority spells it out ------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Мы выделяем три направления. Третье направление — цифровизация. Речь идет о трансграничном "
     "электронном документообороте, без которого трудно.",
     ["цифровизация", "трансграничном электронном документообороте"]),
    ("Во-первых, развитие торговли. Во-вторых, транспортная связанность. Здесь речь идет прежде всего о "
     "цифровизации транзитных процедур: пломбы должны работать.",
     ["развитие торговли", "транспортная связанность", "цифровизации транзитных процедур"]),
])
def test_elaboration(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # no priority just before
    ("Министр приехал в Бишкек. Речь идет о развитии туризма.", []),
    # what it is about is no direction: a clause, a concrete step
    ("Приоритетом остается туризм. Речь идет о том, чтобы привлечь гостей.", ["туризм"]),
    ("Приоритетом остается туризм. Речь идет о подписании соглашения.", ["туризм"]),
])
def test_elaboration_negative(light, text, items):
    assert spans(light, text) == items


# ---- a goal of preventing a war names a direction ----------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Наша главная задача — не допустить втягивания региона в большую войну.",
     ["не допустить втягивания региона в большую войну"]),
    ("Главное сейчас — не допустить новой войны.", ["не допустить новой войны"]),
])
def test_prevention_of_war(light, text, items):
    assert spans(light, text) == items


def test_prevention_without_domain(light):
    assert spans(light, "Главная задача — не допустить ошибок.") == []


# ---- a conjunct's case by its adjective: "и молодежная политика" is nominative -------------------
@pytest.mark.parametrize("text, items", [
    ("В числе приоритетов — укрепление энергетической безопасности, развитие зеленой экономики и "
     "молодежная политика.",
     ["укрепление энергетической безопасности", "развитие зеленой экономики", "молодежная политика"]),
    ("Приоритетом станет развитие цифровой экономики и миграционная политика.",
     ["развитие цифровой экономики", "миграционная политика"]),
])
def test_conjunct_case_by_adjective(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # a genitive conjunct under one head stays inside the item
    ("Приоритетом станет развитие туризма и молодежной политики.", ["развитие туризма и молодежной политики"]),
])
def test_conjunct_case_by_adjective_negative(light, text, items):
    assert spans(light, text) == items


# ---- enumerators that go on inside one sentence ----------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Президент выделил несколько приоритетов. Это, во-первых, модернизация инфраструктуры, во-вторых, "
     "цифровая трансформация, в-третьих, развитие человеческого капитала.",
     [("модернизация инфраструктуры", 1), ("цифровая трансформация", 2), ("развитие человеческого капитала", 3)]),
    ("Министр назвал приоритеты. Во-первых, охрана лесов, во-вторых, подготовка врачей. В-третьих, туризм.",
     [("охрана лесов", 1), ("подготовка врачей", 2), ("туризм", 3)]),
])
def test_inline_enumerators(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # an enumerator out of order inside the sentence ends the item list
    ("Министр назвал приоритеты. Во-первых, охрана лесов, в-третьих, подготовка врачей.", [("охрана лесов", 1)]),
])
def test_inline_enumerators_negative(light, text, items):
    assert found(light, text) == items


# ---- an adjective alone whose noun (the cue's "направление") is left out ---------------------------
@pytest.mark.parametrize("text, items", [
    ("— Какое направление для Таджикистана сейчас главное?\n\n— Водно-энергетическое. Мы строим ГЭС.",
     [("Водно-энергетическое", None)]),
    ("Министр выделил три направления. Первое — экономическое измерение. Второе — экологическое: "
     "министр напомнил о засухах. Третье — гуманитарное.",
     [("экономическое измерение", 1), ("экологическое", 2), ("гуманитарное", 3)]),
])
def test_elliptical_adjective(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # an adjective that names no area, or one that opens a phrase going on, is no elliptical item
    ("— Какое направление для вас главное?\n\n— Очевидное.", []),
    ("Министр выделил три направления. Первое — экологическое измерение работы.",
     [("экологическое измерение работы", 1)]),
])
def test_elliptical_adjective_negative(light, text, items):
    assert found(light, text) == items


# ---- a negated naming or modal verb before the cue marks nothing ----------------------------------
@pytest.mark.parametrize("text", [
    "Не стоит считать приоритетом развитие туризма.",
    "Не следует называть главной задачей рост тарифов.",
])
def test_negated_naming(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    ("Нельзя не считать приоритетом развитие туризма.", ["развитие туризма"]),
    ("Стоит считать приоритетом развитие туризма.", ["развитие туризма"]),
    ("Не менее важным считаем развитие туризма.", ["развитие туризма"]),
])
def test_negated_naming_negative(light, text, items):
    assert spans(light, text) == items
