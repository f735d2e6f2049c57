"""Fourth round of issue 11 (priorities on real news pages): cue classes found failing on pages of
several speakers, each with positive and negative sentences of our own."""
from __future__ import annotations

import pytest
from priorities_support import found, spans


# ---- the one whose task it is: a genitive after the cue noun, then the content --------------------
@pytest.mark.parametrize("text, span", [
    # a person noun in the genitive (its accusative reads the same) is the owner, not the content
    ("Министр назвал главной задачей союзников охрану морских портов.", "охрану морских портов"),
    ("Посол назвал ключевой задачей партнеров развитие прямых авиарейсов.", "развитие прямых авиарейсов"),
    # the content in quotes after the owner's genitive
    ("Он назвал главной задачей сессии «сближение стандартов связи».", "сближение стандартов связи"),
])
def test_owner_genitive_then_content(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Министр назвал главной задачей партнеров.",  # no content after the owner
    "Министр назвал главной задачей союзников.",
])
def test_owner_genitive_alone_is_none(light, text):
    assert spans(light, text) == []


# ---- "как" of a capacity is no clause ------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Главная задача Узбекистана как председателя – доступная энергия для регионов.",
     "доступная энергия для регионов"),
    ("Ключевая задача России как страны-председателя – развитие научных обменов.", "развитие научных обменов"),
    # a "как"-clause with a verb is a parenthesis, as before
    ("Главная задача, как отметил министр, – развитие научных обменов.", "развитие научных обменов"),
])
def test_capacity_between_cue_and_dash(light, text, span):
    assert spans(light, text) == [span]


# ---- a fronted locative cue with the copula left out ----------------------------------------------
@pytest.mark.parametrize("text, items", [
    ("На первом месте развитие речных портов.", [("развитие речных портов", 1)]),
    ("В СНГ для нас на первом месте подготовка врачей.", [("подготовка врачей", 1)]),
    ("Ответ: в БРИКС для Минска на первом месте развитие расчетов.", [("развитие расчетов", 1)]),
])
def test_fronted_locative_cue_predicates_what_follows(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "На первом месте мы.",  # a pronoun names no direction
    "Министр на первом месте поставил вопрос.",  # a subject before the cue: not fronted
])
def test_fronted_locative_cue_negative(light, text):
    assert found(light, text) == []


# ---- an additive particle after the link verb ------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Приоритетом остается и подготовка инженеров.", "подготовка инженеров"),
    ("Приоритетом является также охрана лесов.", "охрана лесов"),
])
def test_additive_particle_after_link(light, text, span):
    assert spans(light, text) == [span]


# ---- a parenthesis of opinion between the cue and its phrase ---------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Главным направлением, полагает министр, является подготовка инженеров.", "подготовка инженеров"),
    ("В приоритетном порядке, считает он, следует заняться охраной лесов.", "охраной лесов"),
])
def test_opinion_parenthesis(light, text, span):
    assert spans(light, text) == [span]


# ---- an organization's acronym alone is no direction of work ---------------------------------------
@pytest.mark.parametrize("text", [
    "Главное за неделю: СНГ, ЕАЭС и БРИКС",
    "Приоритетом для нас остается ОДКБ.",
])
def test_acronym_alone_is_no_priority(light, text):
    assert found(light, text) == []


def test_acronym_inside_a_direction_stays(light):
    assert spans(light, "Приоритетом остается развитие ЕАЭС.") == ["развитие ЕАЭС"]


# ---- an importance predicate, then "для нас", then its subject -----------------------------------
@pytest.mark.parametrize("text, span", [
    ("Не менее значима для нас охрана лесов.", "охрана лесов"),
    ("Важна для нашей страны промышленная кооперация.", "промышленная кооперация"),
    ("Не менее актуальна для региона охрана лесов.", "охрана лесов"),
])
def test_predicate_beneficiary_subject(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Эта дата значима для нас.",  # nothing after the beneficiary
    "Не менее значима для нас эта встреча.",  # no domain
])
def test_predicate_beneficiary_negative(light, text):
    assert found(light, text) == []


# ---- the fronted accusative object of an active placing verb --------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Охрану лесов ставим во главу угла.", "Охрану лесов"),
    ("Развитие туризма мы сегодня ставим во главу угла.", "Развитие туризма"),
])
def test_fronted_object_of_placing_verb(light, text, span):
    assert spans(light, text) == [span]


@pytest.mark.parametrize("text", [
    "Эту задачу ставим во главу угла.",  # a demonstrative refers back
    "Вопрос мы ставим во главу угла.",  # no domain
])
def test_fronted_object_of_placing_verb_negative(light, text):
    assert found(light, text) == []


# ---- a partitive cue that opens its clause, with the copula left out -------------------------------
@pytest.mark.parametrize("text, items", [
    ("Среди приоритетов председательства также энергетика.", [("энергетика", None)]),
    ("В числе приоритетов охрана лесов и развитие туризма.", [("охрана лесов", None), ("развитие туризма", None)]),
])
def test_partitive_cue_predicates_what_follows(light, text, items):
    assert found(light, text) == items


# ---- naming verbs of a list in both aspects ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Мы выделяем три направления. Первое — охрана лесов. Второе — развитие туризма.",
    "Министр выделил три направления. Первое — охрана лесов. Второе — развитие туризма.",
    "Правительство определяет следующие задачи. Первое — охрана лесов. Второе — развитие туризма.",
])
def test_list_announced_by_either_aspect(light, text):
    assert found(light, text) == [("охрана лесов", 1), ("развитие туризма", 2)]


# ---- a bullet with an aside closed by its semicolon ------------------------------------------------
def test_aside_closed_by_semicolon_goes_on_to_the_next_bullet(light):
    text = ("Усилия будут сосредоточены на трех направлениях:\n— охрана лесов, прежде всего в горах;\n"
            "— подготовка врачей;\n— развитие туризма.")
    assert spans(light, text) == ["охрана лесов", "подготовка врачей", "развитие туризма"]


# ---- a run of enumerated nominal sentences that no cue announced ---------------------------------
def test_run_of_enumerated_nominal_sentences(light):
    text = ("Позвольте изложить наш план действий. Во-первых, укрепление мер доверия. Предлагаем обновить "
            "каталог мер. Во-вторых, транспортная взаимосвязанность. В-третьих, охрана лесов.")
    assert found(light, text) == [("укрепление мер доверия", 1), ("транспортная взаимосвязанность", 2),
                                  ("охрана лесов", 3)]


def test_run_of_ordinal_sentences_alone(light):
    text = "Назову главное. Первое. Охрана лесов. Второе. Подготовка врачей."
    assert found(light, text) == [("Охрана лесов", 1), ("Подготовка врачей", 2)]


@pytest.mark.parametrize("text", [
    "Во-первых, охрана лесов. На этом все.",  # one item is no run
    "Во-первых, мы провели встречу. Во-вторых, подписали документы.",  # clauses, not named directions
    "Во-вторых, охрана лесов. В-третьих, подготовка врачей.",  # a run starts at the first rank
])
def test_no_run(light, text):
    assert found(light, text) == []


def test_run_items_that_name_threats_stay_threats(extractor):
    r = extractor.extract("Во-первых, терроризм. Во-вторых, наркотрафик.")
    assert r.priorities == [] and {t.span.text for t in r.threats} == {"терроризм", "наркотрафик"}
