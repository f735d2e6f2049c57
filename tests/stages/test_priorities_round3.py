"""Third round of issue 11 (priorities on unseen statements): the cue classes found failing on
statements of our own, each with positive and negative sentences."""
from __future__ import annotations

import pytest
from priorities_support import found


# ---- a locative cue predicates the subject before it: after a copula, or with none -------------
@pytest.mark.parametrize("text, items", [
    ("Вопросы водной безопасности будут в центре внимания форума.", [("Вопросы водной безопасности", None)]),
    ("Подготовка учителей оказалась в центре внимания конференции.", [("Подготовка учителей", None)]),
    ("Охрана здоровья матерей для правительства всегда на первом месте.", [("Охрана здоровья матерей", 1)]),
    ("Развитие горного туризма сейчас в приоритете.", [("Развитие горного туризма", None)]),
    # the subject after the cue still wins when it is there
    ("В центре внимания форума будут вопросы водной безопасности.", [("вопросы водной безопасности", None)]),
    ("На первом месте для нас стоит охрана здоровья матерей.", [("охрана здоровья матерей", 1)]),
])
def test_locative_cue_predicates_its_subject(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "В центре внимания оказался вице-премьер.",
    "В центре внимания журналистов оказался премьер-министр.",
    "Мы сейчас в центре внимания.",
    "Правительство в приоритетном порядке выделит средства.",
])
def test_locative_cue_negative(light, text):
    assert found(light, text) == []


# ---- the passive of a placing verb links its subject to the cue -----------------------------
@pytest.mark.parametrize("text, items", [
    ("Снижение безработицы поставлено во главу угла.", [("Снижение безработицы", None)]),
    ("Нужды сельских школ поставлены во главу угла нашей политики.", [("Нужды сельских школ", None)]),
    ("Поддержка экспортеров выдвинута на первый план.", [("Поддержка экспортеров", None)]),
    ("Во главу угла поставлено снижение безработицы.", [("снижение безработицы", None)]),
])
def test_placing_passive(light, text, items):
    assert found(light, text) == items


# ---- the dative object of a cue's verb fronted before the cue ------------------------------------
@pytest.mark.parametrize("text, items", [
    ("Подготовке медицинских кадров будет уделено первоочередное внимание.",
     [("Подготовке медицинских кадров", None)]),
    ("Охране горных пастбищ мы придаем большое значение.", [("Охране горных пастбищ", None)]),
    ("Вопросам трудовой миграции уделяется особое внимание.", [("Вопросам трудовой миграции", None)]),
    ("Развитию цифровой торговли стороны уделили повышенное внимание.", [("Развитию цифровой торговли", None)]),
])
def test_fronted_dative(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Этому вопросу мы уделяем особое внимание.",  # a back-reference names no direction
    "Гостям выставки было уделено особое внимание.",  # persons
    "Подготовке к визиту было уделено большое внимание.",  # no domain
])
def test_fronted_dative_negative(light, text):
    assert found(light, text) == []


# ---- importance fronted before a verb that links it ("Важное значение имеет X") ----------------
@pytest.mark.parametrize("text, items", [
    ("Большое значение имеет модернизация ирригации.", [("модернизация ирригации", None)]),
    ("Важнейшее значение имеет, по мнению министра, подготовка инженерных кадров.",
     [("подготовка инженерных кадров", None)]),
    ("Важное значение имеют, на наш взгляд, экспорт и туризм.", [("экспорт", None), ("туризм", None)]),
])
def test_importance_fronted_before_link_verb(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Большое значение имеет то, что переговоры прошли конструктивно.",
    "Важное значение имела встреча министров.",
    "Большое значение имеет позиция соседей.",
])
def test_importance_fronted_negative(light, text):
    assert found(light, text) == []


# ---- a predicative cue opening a complement clause ("заявил, что важно X") -------------------
@pytest.mark.parametrize("text, items", [
    ("Министр отметил, что для республики крайне важно сохранение ледников.", [("сохранение ледников", None)]),
    ("Он сказал, что принципиально важна защита прав мигрантов.", [("защита прав мигрантов", None)]),
])
def test_predicate_in_that_clause(light, text, items):
    assert found(light, text) == items


# ---- word families of the cues -----------------------------------------------------------------
@pytest.mark.parametrize("text, items", [
    # attention: the degree adjectives of "особое внимание"
    ("Большое внимание делегации уделили охране озер.", [("охране озер", None)]),
    ("Мы уделяем серьезное внимание подготовке врачей.", [("подготовке врачей", None)]),
    # priority nouns: the degree adjectives of "ключевое направление", "главная цель"
    ("Магистральным направлением остается развитие экспорта.", [("развитие экспорта", None)]),
    ("Важнейшей целью является снижение бедности.", [("снижение бедности", None)]),
    # focus: a modal verb between the fronted cue verb and its preposition; a compound subject
    ("Сосредоточиться следует на подготовке инженеров.", [("подготовке инженеров", None)]),
    ("Отдельно премьер-министр остановился на вопросах водоснабжения.", [("вопросах водоснабжения", None)]),
])
def test_cue_families(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Большое внимание вызвала выставка.",
    "Магистральный газопровод прошел испытания.",
    "Сосредоточиться следует на главном.",
])
def test_cue_families_negative(light, text):
    assert found(light, text) == []


# ---- lists that run on over sentences ----------------------------------------------------------
@pytest.mark.parametrize("text, items", [
    # after a goal cue the enumerated items may be infinitives
    ("Главных задач у нас три. Первая — снизить инфляцию. Вторая — поддержать экспорт. Третья — обновить дороги.",
     [("снизить инфляцию", 1), ("поддержать экспорт", 2), ("обновить дороги", 3)]),
    # an ordinal alone as a sentence ranks the sentence after it
    ("Мы определили следующие приоритеты.\nПервое. Охрана водных ресурсов.\nВторое. Развитие туризма.",
     [("Охрана водных ресурсов", 1), ("Развитие туризма", 2)]),
    # a cue whose phrase is generic opens the list of the sentences after it
    ("Мы сосредоточимся на следующих направлениях. Во-первых, на энергетике. Во-вторых, на здравоохранении.",
     [("энергетике", 1), ("здравоохранении", 2)]),
    # "И третье – X"
    ("Выделю три направления. Первое – экспорт. Второе – туризм. И третье – экология.",
     [("экспорт", 1), ("туризм", 2), ("экология", 3)]),
    # numbers inside a line (the splitter cuts at ";")
    ("Приоритетными сферами являются: 1) медицина; 2) транспорт; 3) туризм.",
     [("медицина", 1), ("транспорт", 2), ("туризм", 3)]),
])
def test_lists_over_sentences(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Первое. Мы предлагаем создать фонд. Второе. Провести форум.",  # no cue before: no list
    "Мы определили приоритеты.\nВторое. Развитие туризма.",  # out of order
    "Во-первых, я благодарю хозяев. Во-вторых, поздравляю коллег.",
])
def test_lists_over_sentences_negative(light, text):
    assert found(light, text) == []


# ---- goal cues: "нацелены на", "видим свою задачу в том, чтобы" -----------------------------------
@pytest.mark.parametrize("text, items", [
    ("Наши усилия нацелены на сокращение бедности.", [("сокращение бедности", None)]),
    ("Мы видим свою задачу в том, чтобы расширить экспорт зерна.", [("расширить экспорт зерна", None)]),
    ("Главная задача — в том, чтобы расширить экспорт зерна.", [("расширить экспорт зерна", None)]),
])
def test_goal_cues(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    # a participial clause describes what it qualifies, it marks nothing
    "Стороны подписали документы, нацеленные на углубление сотрудничества.",
    "Мы видим задачу.",
])
def test_goal_cues_negative(light, text):
    assert found(light, text) == []
