"""Threats, fourth quality round: classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import names, spans, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- a conjunct inside a prepositional phrase that is a threat by itself starts a new one --------
@pytest.mark.parametrize("text, first, second", [
    ("Растет торговля людьми через соцсети и наркотрафик через границу.",
     "торговля людьми через соцсети", "наркотрафик через границу"),
    ("Мы видим вербовку подростков через форумы и кибермошенничество.",
     "вербовку подростков через форумы", "кибермошенничество"),
])
def test_a_threat_conjunct_leaves_the_prepositional_phrase(stage, text, first, second):
    found = spans(stage, text)
    assert first in found and second in found


@pytest.mark.parametrize("text, span", [
    ("Это ограничение доступа к источникам кредитования и технологиям.",
     "ограничение доступа к источникам кредитования и технологиям"),  # no threat by itself
    ("Мы осуждаем насилие в отношении врачей и их пациентов.", "насилие в отношении врачей и их пациентов"),
])
def test_a_plain_conjunct_stays_in_the_prepositional_phrase(stage, text, span):
    assert span in spans(stage, text)


# -- a compound common noun in a complement is one noun ("колл-центров") ------------------------
@pytest.mark.parametrize("text, span", [
    ("Растет торговля людьми через интернет-площадки.", "торговля людьми через интернет-площадки"),
    ("Кибератаки на бизнес-центры участились.", "Кибератаки на бизнес-центры"),
])
def test_a_compound_noun_in_a_complement_stays_whole(stage, text, span):
    assert span in spans(stage, text)


def test_a_spaced_dash_after_a_complement_is_no_compound(stage):
    assert "торговля людьми через интернет" in spans(stage, "Растет торговля людьми через интернет – это беда.")


# -- carriers: a throw-in of a falsehood, the hostile act of a group -----------------------------
@pytest.mark.parametrize("text, name", [
    ("Идут массированные вбросы фейков.", "массированные вбросы фейков"),
    ("Вброс дезинформации готовился заранее.", "вброс дезинформации"),
    ("Участились нападения боевиков на блокпосты.", "нападения боевиков на блокпосты"),
    ("Вылазки экстремистов не прекращаются.", "вылазки экстремистов"),
    ("Эксперты фиксируют атаки хакерских группировок.", "атаки хакерских группировок"),
])
def test_a_carrier_opens_the_threat(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text, name", [
    ("Армия наносит удары по позициям террористов.", "террористы"),  # the act is not the group's
    ("Мы против нападения на журналистов.", "нападение на журналистов"),
])
def test_an_act_without_the_group_as_agent_keeps_its_own_span(stage, text, name):
    assert name in names(stage, text)


# -- an incident keeps a scene named in quotes; any other threat does not --------------------------
@pytest.mark.parametrize("text, span", [
    ("Стороны осудили теракт в «Гранд Отеле».", "теракт в «Гранд Отеле»"),
    ("Это диверсия на «Северном потоке».", "диверсия на «Северном потоке»"),
    ("Вчера случился теракт у «Метрополя».", "теракт у «Метрополя»"),
])
def test_an_incident_keeps_a_quoted_scene(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, span", [
    ("Мы обсуждали терроризм в «Известиях».", "терроризм"),  # a newspaper is no scene of terrorism
    ("Мы видим коррупцию в «Гранд Отеле».", "коррупцию"),
])
def test_a_quoted_name_is_no_place_of_a_phenomenon(stage, text, span):
    assert spans(stage, text) == [span]


# -- a use names a threat only as a misuse or against someone, even after a threat cue -----------
@pytest.mark.parametrize("text", [
    "Мы осуждаем использование чужой территории.",
    "Мы призываем не допустить использования соседней территории.",
    "Мы призываем не допустить превращения страны.",
])
def test_a_use_after_a_cue_is_no_threat_by_itself(stage, text):
    assert threats_of(stage, text) == []


@pytest.mark.parametrize("text, span", [
    ("Мы осуждаем применение дронов против мирных жителей.", "применение дронов против мирных жителей"),
    ("Мы осуждаем использование космоса в военных целях.", "использование космоса в военных целях"),
])
def test_a_use_against_someone_or_to_a_harmful_end_stands(stage, text, span):
    assert span in spans(stage, text)


# -- a tight prefix no entry has qualifies the head's entries; a noun in apposition is named ------
@pytest.mark.parametrize("text, name", [
    ("Опасна онлайн-вербовка подростков.", "онлайн-вербовка подростков"),
    ("Растет онлайн-мошенничество.", "онлайн-мошенничество"),
    ("Скотоводы боятся морозных зим-дзудов.", "морозные зимы-дзуды"),
    ("Страны составили список боевиков-террористов.", "боевики-террористы"),
    ("Мы боремся с интернет-мошенничеством.", "интернет-мошенничество"),  # the entry's own prefix
])
def test_a_prefix_outside_the_lexicon_keeps_the_head_a_threat(stage, text, name):
    assert name in names(stage, text)


def test_a_prefixed_neutral_noun_stays_neutral(stage):
    assert threats_of(stage, "Открылся бизнес-центр.") == []


# -- families of heads: hostile trade duties, economic decline, emissions, harsh winters ----------
@pytest.mark.parametrize("text, name, category", [
    ("Вашингтон ввел пошлины против европейских производителей.", "пошлины против европейских производителей",
     "sanctions"),
    ("Мы против односторонних пошлин.", "односторонние пошлины", "sanctions"),
    ("Сохраняются необоснованные ограничения на ввоз фруктов.", "необоснованные ограничения на ввоз фруктов",
     "sanctions"),
    ("Мы отвергаем политику давления.", "политика давления", "sanctions"),
    ("Отрасль переживает спад в промышленности.", "спад в промышленности", "economic_instability"),
    ("Наблюдается промышленный спад.", "промышленный спад", "economic_instability"),
    ("Выбросы метана растут.", "выбросы метана", "environmental"),
    ("Сократились выбросы загрязняющих веществ.", "выбросы загрязняющих веществ", "environmental"),
    ("Суровые зимы губят скот.", "суровые зимы", "environmental"),
    ("Аномальные морозы ударили по урожаю.", "аномальные морозы", "environmental"),
    ("Обсуждалась корейская ядерная проблема.", "корейская ядерная проблема", "wmd_proliferation"),
])
def test_family_heads_are_threats(stage, text, name, category):
    assert (name, category) in [(n, c) for _s, n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Стороны снизили пошлины на зерно.",  # bare duties are neutral
    "Зимы здесь мягкие.",
    "Обсуждались проблемы образования.",
    "Мы ведем политику добрососедства.",
    "Спад напряжения в сети устранили.",
])
def test_family_neighbours_are_no_threats(stage, text):
    assert threats_of(stage, text) == []


# -- the abuse of trade instruments; the spread of a threat carries it ----------------------------
@pytest.mark.parametrize("text, name", [
    ("Мы против злоупотребления тарифами.", "злоупотребление тарифами"),
    ("Злоупотребление санкциями вредит всем.", "злоупотребление санкциями"),
    ("Расширение конфликта угрожает региону.", "расширение конфликта"),
    ("Мы против расширения санкций.", "расширение санкций"),
])
def test_abuse_and_spread_name_the_threat(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text", [
    "Стороны договорились о расширении сотрудничества.",
    "Мы обсудили расширение торговли.",
    "Злоупотребление доверием друзей огорчает.",
])
def test_spread_of_nothing_hostile_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- drawing people into a threat: the drawing noun, whom it draws, "в" + the threat ------------
@pytest.mark.parametrize("text, name", [
    ("Растет принудительное вовлечение граждан в кибермошенничество.",
     "принудительное вовлечение граждан в кибермошенничество"),
    ("Опасно втягивание стран региона в вооруженный конфликт.", "втягивание стран региона в вооруженный конфликт"),
    ("Опасно вовлечение несовершеннолетних в наркоторговлю.", "вовлечение несовершеннолетних в наркоторговлю"),
])
def test_drawing_into_a_threat_opens_it(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text, name", [
    ("Мы обсудили вовлечение граждан в борьбу с терроризмом.", "терроризм"),  # drawn into the fight
    ("Вовлечение молодежи в спорт снижает преступность.", "преступность"),
    ("Число граждан в кибермошенничестве растет.", "кибермошенничество"),  # no drawing noun
])
def test_no_drawing_noun_no_opening(stage, text, name):
    assert names(stage, text) == [name]


# -- "после" + a hostile act or incident is the event a statement answers, not history ------------
@pytest.mark.parametrize("text, name", [
    ("Напряженность выросла после ударов Израиля по территории Ирана.", "удары Израиля по территории Ирана"),
    ("Границу закрыли после теракта у посольства.", "теракт у посольства"),
])
def test_a_recent_act_after_posle_is_a_threat(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text", [
    "Туризм восстановился после пандемии.",  # a phenomenon after "после" is a time reference
    "Город отстроили после войны.",
    "После терактов в апреле 2019 года страна изменилась.",  # a year dates the act as history
])
def test_a_time_reference_after_posle_is_history(stage, text):
    assert threats_of(stage, text) == []


# -- a hostile act with what it strikes is a threat whatever the lexicon lists for it ------------
@pytest.mark.parametrize("text, name", [
    ("Американские удары по Ирану недопустимы.", "американские удары по Ирану"),
    ("Мы против ударов по Сирии.", "удары по Сирии"),
    ("Атаки на порты продолжаются.", "атаки на порты"),
])
def test_an_aimed_attack_is_a_threat(stage, text, name):
    assert name in names(stage, text)


@pytest.mark.parametrize("text", [
    "Удары стали реже.",  # bare, with no aim
    "Мы рассчитываем на удары судьбы.",
])
def test_an_unaimed_attack_word_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


def test_a_strike_against_the_danger_is_not_one(stage):
    assert names(stage, "Армия нанесла удары по базам боевиков.") == ["боевики"]


# -- discrediting as an information threat, also carried by a campaign ---------------------------
@pytest.mark.parametrize("text, name", [
    ("Ведутся кампании по дискредитации наших союзников.", "кампании по дискредитации наших союзников"),
    ("Мы против дискредитации международных институтов.", "дискредитация международных институтов"),
    ("Шельмование неугодных политиков стало нормой.", "шельмование неугодных политиков"),
])
def test_discrediting_is_an_information_threat(stage, text, name):
    assert (name, "information_threat") in [(n, c) for _s, n, c in threats_of(stage, text)]


# -- forces and elements are group nouns: the quoted groups they include are threats ---------------
@pytest.mark.parametrize("text, member", [
    ("Мы против террористических сил, включая «Фронт освобождения».", "Фронт освобождения"),
    ("Мы против экстремистских элементов, в том числе «Братства».", "Братства"),
])
def test_members_of_forces_are_threats(stage, text, member):
    assert member in names(stage, text)


def test_a_quote_after_the_use_of_force_is_no_member(stage):
    assert names(stage, "Мы против применения силы «в одностороннем порядке».") == ["применение силы"]


# -- a quoted name after a prepositional noun belongs to it; it makes no place by itself ----------
@pytest.mark.parametrize("text, name", [
    ("Идет вербовка молодежи в ряды «Талибана».", "вербовка молодежи в ряды «Талибана»"),
    ("Стороны осудили теракт в отеле «Гранд».", "теракт в отеле «Гранд»"),
])
def test_a_quoted_name_completes_the_prepositional_noun(stage, text, name):
    assert name in names(stage, text)


def test_a_quoted_name_makes_no_place(stage):
    assert names(stage, "Мы обсудили терроризм в журнале «Огонек».") == ["терроризм"]
