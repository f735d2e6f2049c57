"""Fifth round of issue 11 (priorities on unseen statements): cue classes found failing on statements
of our own, each with positive and negative sentences of our own."""
from __future__ import annotations

import pytest
from priorities_support import found, spans


# ---- a parenthesis between the subject and the verb that links it to the cue ----------------------
@pytest.mark.parametrize("text, span", [
    ("Энергетическая безопасность, по его словам, остается приоритетом.", "Энергетическая безопасность"),
    ("Развитие торговли, как отметил министр, является ключевой задачей.", "Развитие торговли"),
    ("Охрана лесов, безусловно, остается для нас приоритетом.", "Охрана лесов"),
    ("Подготовка врачей, конечно, была и остается главной задачей.", "Подготовка врачей"),
    ("Цифровизация таможни, считает премьер, станет приоритетом председательства.", "Цифровизация таможни"),
])
def test_parenthesis_before_link(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Это направление, по его словам, остается приоритетом.",  # a back-reference with nothing before it
    "Министр, по его словам, остается на посту.",  # no cue
    "Встреча, безусловно, имела важное значение.",  # a verb that is no copula links only a domain
])
def test_parenthesis_before_link_negative(light, text):
    assert spans(light, text) == []


# ---- a sentence that continues a begun list without its ordinal -----------------------------------
@pytest.mark.parametrize("text, items", [
    ("Мы выделяем три направления. Первое — развитие торговли. Второе — подготовка кадров. "
     "Далее — охрана лесов.", [("развитие торговли", 1), ("подготовка кадров", 2), ("охрана лесов", 3)]),
    ("Приоритеты нашей работы таковы. Во-первых, развитие торговли. Во-вторых, подготовка кадров. "
     "И наконец, охрана лесов.", [("развитие торговли", 1), ("подготовка кадров", 2), ("охрана лесов", 3)]),
    ("Председательство сосредоточится на трех вещах. Во-первых, на энергетике. И последнее: на туризме.",
     [("энергетике", 1), ("туризме", 2)]),
])
def test_continuing_opener_names_next_item(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text, items", [
    # no list begun: "Далее" alone is no enumerator
    ("Министр говорил о многом. Далее — охрана лесов.", []),
    # a clause after the opener is no named direction
    ("Мы выделяем два направления. Первое — развитие торговли. Наконец, Казахстан предлагает создать фонд.",
     [("развитие торговли", 1)]),
])
def test_continuing_opener_negative(light, text, items):
    assert found(light, text) == items


# ---- an enumerated item spelled out by a colon list ------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Мы сосредоточимся на трех направлениях. Первое – энергетика. Второе – гуманитарное измерение: "
     "студенческие обмены, сотрудничество музеев и театров.",
     [("энергетика", 1), ("гуманитарное измерение", 2), ("студенческие обмены", 2),
      ("сотрудничество музеев и театров", 2)]),
    # a run no cue announced
    ("Во-первых, укрепление мер доверия. Во-вторых, культурное измерение: изучение языков, обмен "
     "выставками.", [("укрепление мер доверия", 1), ("культурное измерение", 2), ("изучение языков", 2),
                     ("обмен выставками", 2)]),
])
def test_item_spelled_out_by_colon_list(light, text, items):
    assert found(light, text) == items


def test_item_with_colon_and_one_phrase_stays_one(light):
    text = "Мы выделяем два направления. Первое – энергетика. Второе – туризм: развитие горнолыжных курортов."
    assert found(light, text) == [("энергетика", 1), ("туризм", 2)]


# ---- a word the cue holds: the subject pronoun after a fronted cue noun, a degree word ------------
@pytest.mark.parametrize("text, span", [
    ("Ставку мы делаем на подготовку молодых специалистов.", "подготовку молодых специалистов"),
    ("Акцент мы делаем на развитии сельского хозяйства.", "развитии сельского хозяйства"),
    ("Упор мы сделали на модернизации портов.", "модернизации портов"),
    ("Мы уделяем самое пристальное внимание вопросам кибербезопасности.", "вопросам кибербезопасности"),
    ("Правительство уделяет наиболее серьезное внимание охране лесов.", "охране лесов"),
])
def test_cue_holds_pronoun_or_degree_word(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Ставку мы обсудили на совещании.",  # the verb is no cue's: "ставка" is a rate
    "Самое главное мы сказали.",
])
def test_cue_holds_negative(light, text):
    assert spans(light, text) == []


# ---- a naming verb's importance adjective before a purpose clause ------------------------------
@pytest.mark.parametrize("text, span", [
    ("Считаем важным, чтобы модернизация пограничных переходов шла быстрее.",
     "модернизация пограничных переходов шла быстрее"),
    ("Полагаем важным, чтобы сотрудничество в сфере энергетики развивалось на равной основе.",
     "сотрудничество в сфере энергетики развивалось на равной основе"),
    ("Мы считаем принципиально важным, чтобы торговля между странами велась в национальных валютах.",
     "торговля между странами велась в национальных валютах"),
])
def test_considered_important_that(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Считаем важным, чтобы стороны выполнили обязательства.",  # an actor with a direct object
    "Считаем важным, чтобы центр заработал.",  # a concrete subject
])
def test_considered_important_that_negative(light, text):
    assert spans(light, text) == []


# ---- manner: "в приоритетном порядке" + the verb of the activity ------------------------------------
@pytest.mark.parametrize("text, span", [
    ("В приоритетном порядке будем развивать сотрудничество в области здравоохранения.",
     "развивать сотрудничество в области здравоохранения"),
    ("В приоритетном порядке необходимо решать вопросы водопользования.", "решать вопросы водопользования"),
    ("В первоочередном порядке мы решаем вопросы водоснабжения.", "вопросы водоснабжения"),
    ("Приоритетно будем заниматься развитием возобновляемой энергетики.", "развитием возобновляемой энергетики"),
])
def test_manner_cue_marks_activity(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "В приоритетном порядке рассмотрим заявку Монголии.",  # no domain
    "Заявки будут рассмотрены в приоритетном порядке.",  # no verb after the cue
    "Ожидаем, что Совет в приоритетном порядке рассмотрит ситуацию в регионе.",  # another's activity
])
def test_manner_cue_negative(light, text):
    assert spans(light, text) == []


def test_manner_cue_linking_infinitive_takes_its_object(light):
    text = "Партнерам в приоритетном порядке следует заняться развитием энергосистем и подготовкой инженеров."
    assert spans(light, text) == ["развитием энергосистем и подготовкой инженеров"]


# ---- the chairmanship's agenda -------------------------------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Повестка председательства включает продовольственную безопасность, изменение климата и развитие туризма.",
     ["продовольственную безопасность", "изменение климата", "развитие туризма"]),
    ("Повестка нашего председательства включит вопросы энергетики.", ["вопросы энергетики"]),
    ("В повестку председательства войдут цифровая трансформация и зеленая экономика.",
     ["цифровая трансформация", "зеленая экономика"]),
    ("Главной задачей нашего председательства станет развитие туризма.", ["развитие туризма"]),
    ("Президент назвал одной из главных задач председательства расширение гуманитарных связей.",
     ["расширение гуманитарных связей"]),
])
def test_chairmanship_agenda(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Повестка встречи включает вопросы энергетики.",  # a meeting's agenda is a topic
    "Повестка председательства была утверждена на заседании.",
    "Целью визита стало обсуждение вопросов энергетики.",
])
def test_chairmanship_agenda_negative(light, text):
    assert spans(light, text) == []


# ---- an explaining verb's locative is the goal's content ------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Главная задача председательства состоит в развитии транспортных коридоров.",
     "развитии транспортных коридоров"),
    ("Наша главная цель заключается в повышении качества образования.", "повышении качества образования"),
])
def test_explaining_verb_locative(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Проблема состоит в нехватке средств.",  # no cue
    "Главная задача состоит в том.",  # nothing after "в том"
])
def test_explaining_verb_locative_negative(light, text):
    assert spans(light, text) == []
