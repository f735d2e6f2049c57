"""Span boundaries of threats: which dependents belong to the phrase (ONTOLOGY §3, §5), on
sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- the activity a threat goes on in belongs to it, unless a cue governs the activity ----------
@pytest.mark.parametrize("text, span, name", [
    ("Нас тревожит распространение фейков в интернете.", "распространение фейков в интернете",
     "распространение фейков в интернете"),
    ("Сохраняется активность террористических группировок на севере.",
     "активность террористических группировок", "активность террористических группировок"),
    ("Соседи отвергают политику запугивания.", "политику запугивания", "политика запугивания"),
    ("Продолжается деятельность экстремистских группировок.", "деятельность экстремистских группировок",
     "деятельность экстремистских группировок"),
])
def test_activity_of_a_threat_is_in_the_span(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Мы усилим противодействие распространению идеологии терроризма.", "идеологии терроризма"),
    ("Стороны отметили риски распространения радикальных идеологий.", "радикальных идеологий"),
    ("Нужна борьба с активностью экстремистских группировок.", "экстремистских группировок"),
])
def test_activity_a_cue_governs_stays_outside(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span, name", [
    ("Эксперты не исключают сценарий третьей мировой войны.", "сценарий третьей мировой войны",
     "третья мировая война"),
    ("Извне навязывают сценарии так называемых «цветных революций».",
     "сценарии так называемых «цветных революций»", "цветные революции"),
])
def test_a_scenario_frames_the_span_not_the_name(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


# -- drug trafficking: the movement or trade of a drug is the threat -----------------------------
@pytest.mark.parametrize("text, span, name", [
    ("Быстро растет оборот синтетических наркотиков.", "оборот синтетических наркотиков",
     "оборот синтетических наркотиков"),
    ("Надо противостоять трафику опиатов из региона.", "трафику опиатов из региона", "трафик опиатов из региона"),
    ("Поток героина идет на север.", "Поток героина", "поток героина"),
    ("Организация обсудила мировую проблему наркотиков.", "мировую проблему наркотиков",
     "мировая проблема наркотиков"),
])
def test_drug_trade_heads(stage, text, span, name):
    assert (span, name, "drug_trafficking") in threats_of(stage, text)


def test_shared_head_over_drug_names_is_expanded(stage):
    found = threats_of(stage, "Растет производство синтетических наркотиков и марихуаны.")
    assert [n for _s, n, _c in found] == ["производство синтетических наркотиков", "производство марихуаны"]


@pytest.mark.parametrize("text", ["Это оборот капитала.", "Поток туристов растет.", "Трафик в сети вырос."])
def test_trade_heads_without_a_drug_are_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- a quoted name after a group noun ----------------------------------------------------------
@pytest.mark.parametrize("text, span, category", [
    ("На востоке активизировались боевики «Исламского государства».", "боевики «Исламского государства»",
     "terrorism"),
    ("В провинции сохраняется присутствие группировки «Джундулла».", "группировки «Джундулла»", "terrorism"),
    ("Запрещенная террористическая организация «Хизб ут-Тахрир» вербует молодежь.",
     "Запрещенная террористическая организация «Хизб ут-Тахрир»", "terrorism"),
])
def test_quoted_name_of_a_group_is_in_the_span(stage, text, span, category):
    assert (span, category) in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Организация «Договор о коллективной безопасности» провела заседание.",
    "Движение «Молодые лидеры» провело форум.",
])
def test_quoted_name_of_a_body_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- quotes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Извне насаждают идеологию так называемого «религиозного экстремизма».",
     "идеологию так называемого «религиозного экстремизма»"),
    ("Страны противостоят «трем силам зла» вместе.", "трем силам зла"),
])
def test_a_quote_opened_in_the_span_closes_in_it(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


# -- places: where a threat is vs the area it is watched in -------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Растут фейки в социальных сетях.", "фейки в социальных сетях"),
    ("Турбулентность на мировых рынках нарастает.", "Турбулентность на мировых рынках"),
    ("Наркотрафик с территории соседней страны растет.", "Наркотрафик с территории соседней страны"),
    ("Беспокоит конфликт в Судане.", "конфликт в Судане"),
])
def test_place_that_defines_the_threat_is_kept(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Угроза эпидемий на пространстве СНГ растет.", "эпидемий"),
    ("Наркопроизводство на соседней территории не сокращается.", "Наркопроизводство"),
    ("Вооруженные стычки на приграничной территории продолжаются.", "Вооруженные стычки"),
])
def test_area_of_watch_is_left_out(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


# -- prepositional phrases: coordinated nouns and places ----------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Недопустимо насилие в отношении дипломатов и их семей.", "насилие в отношении дипломатов и их семей"),
    ("Санкции против Ирана и Сирии вредят всем.", "Санкции против Ирана и Сирии"),
    ("Наводнения на Алтае и в Восточном Казахстане разрушили дома.",
     "Наводнения на Алтае и в Восточном Казахстане"),
])
def test_conjunct_of_a_prepositional_phrase_is_in_the_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, spans", [
    ("Беспокоят конфликт в Судане и напряженность на границах.",
     ["конфликт в Судане", "напряженность на границах"]),
    ("Угроза санкций против Ирана и терроризма растет.", ["санкций против Ирана", "терроризма"]),
])
def test_conjunct_that_heads_a_threat_starts_a_new_one(stage, text, spans):
    assert [s for s, _n, _c in threats_of(stage, text)] == spans


def test_a_word_read_first_as_a_verb_ends_the_phrase(stage):
    assert "Кибератаки на банковские системы" in [
        s for s, _n, _c in threats_of(stage, "Кибератаки на банковские системы стали привычными.")]


@pytest.mark.parametrize("text, span", [
    ("Мы осуждаем давление Запада на страны региона.", "давление Запада на страны региона"),
    ("Растет волатильность цен на зерно и удобрения.", "волатильность цен на зерно и удобрения"),
    ("Введены ограничения на поставку электроники.", "ограничения на поставку электроники"),
])
def test_what_a_threat_bears_on_is_in_the_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Произошел теракт на железнодорожном вокзале в Пешаваре.", "теракт на железнодорожном вокзале в Пешаваре"),
    ("Осуждаем взрыв у здания консульства.", "взрыв у здания консульства"),
    ("Растет мошенничество с использованием поддельных документов.",
     "мошенничество с использованием поддельных документов"),
])
def test_scene_of_an_incident_and_means_of_a_crime_are_in_the_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text, span", [
    ("Серия терактов в Пешаваре в марте потрясла страну.", "терактов в Пешаваре"),
    ("Мы обсуждали терроризм на заседании.", "терроризм"),
])
def test_a_time_or_a_meeting_is_no_scene(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


def test_a_campaign_carries_the_threat_it_wages(stage):
    found = threats_of(stage, "Страны столкнулись с целенаправленными кампаниями по искажению истории.")
    assert ("целенаправленными кампаниями по искажению истории", "целенаправленные кампании по искажению истории") \
        in [(s, n) for s, n, _c in found]


# -- a place makes a generic state a named threat ----------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Нестабильность в Ираке остается вызовом.", "Нестабильность в Ираке"),
    ("Нас тревожит нестабильность в этой стране.", "нестабильность в этой стране"),
])
def test_a_placed_instability_is_a_threat(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Нестабильность не исчезла.",
    "Важно предотвратить дестабилизацию в зоне ответственности.",
])
def test_bare_instability_is_generic(stage, text):
    assert threats_of(stage, text) == []


# -- lexicon families grown from unseen statements ----------------------------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Таяние и отступление ледников угрожают реками.", "отступление ледников", "environmental"),
    ("Международное право подменяется правом силы.", "право силы", "rivalry"),
    ("Нас тревожит право силы.", "право силы", "rivalry"),
    ("Мир делится на враждующие блоки.", "враждующие блоки", "rivalry"),
    ("Беспокоит уязвимость критической инфраструктуры.", "уязвимость критической инфраструктуры", "cybercrime"),
    ("Компании помогают в обходе санкций.", "обход санкций", "sanctions"),
    ("Введены ограничения на импорт зерна.", "ограничения на импорт зерна", "sanctions"),
    ("Банки грозят отключением от платежных сервисов.", "отключение от платежных сервисов", "sanctions"),
    ("Остаются препятствия во взаимной торговле.", "препятствия во взаимной торговле", "sanctions"),
    ("Сохраняется неурегулированность конфликтов в регионе.", "неурегулированность конфликтов в регионе",
     "armed_conflict"),
])
def test_grown_families(stage, text, name, category):
    assert (name, category) in [(n, c) for _s, n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Страна не входит ни в какие военные блоки.",
    "Участники военных блоков приглашены.",
])
def test_membership_of_blocs_is_no_threat(stage, text):
    assert threats_of(stage, text) == []


# -- genitives: agreement decides what the chart left open --------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Ученые отмечают, что обмеление Аральского моря представляет угрозу.", "обмеление Аральского моря"),
    ("Протекционизм и фрагментация мировой экономики подрывают рост.", "фрагментация мировой экономики"),
    ("И обострение обстановки в Черном море тревожит соседей.", "обострение обстановки в Черном море"),
])
def test_adjective_agreement_keeps_the_genitive(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


def test_a_plural_subject_genitive_stays_outside(stage):
    found = threats_of(stage, "Пандемии коронавируса государства объединили усилия.")
    assert [s for s, _n, _c in found] == ["Пандемии коронавируса"]


def test_escalation_of_a_threat_only_frames_it(stage):
    assert [s for s, _n, _c in threats_of(stage, "Дальнейшая эскалация конфликта опасна.")] == ["конфликта"]


# -- a threat in the task of a body's or a post's name ------------------------------------------
@pytest.mark.parametrize("text", [
    "Он предложил учредить центр по реагированию на чрезвычайные ситуации.",
    "Выступил Министр по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий "
    "стихийных бедствий.",
    "Заседание Межгосударственного совета по чрезвычайным ситуациям прошло в Минске.",
])
def test_threat_in_a_body_or_post_name_is_none(stage, text):
    assert threats_of(stage, text) == []


@pytest.mark.parametrize("text, spans", [
    ("Стороны обсудили меры по борьбе с терроризмом и экстремизмом.", ["терроризмом", "экстремизмом"]),
    ("Стороны договорились о сотрудничестве по ликвидации чрезвычайных ситуаций.", ["чрезвычайных ситуаций"]),
])
def test_threat_in_a_task_of_no_body_stays(stage, text, spans):
    assert [s for s, _n, _c in threats_of(stage, text)] == spans


def test_a_meeting_is_no_place_of_a_threat(stage):
    assert [s for s, _n, _c in threats_of(stage, "Мы обсудили терроризм на саммите ШОС.")] == ["терроризм"]


# -- a misuse: what is used and the harmful purpose ----------------------------------------------
@pytest.mark.parametrize("text, span, category", [
    ("Растет использование дронов в преступных целях.", "использование дронов в преступных целях", "other"),
    ("Осуждаем применение химикатов в террористических целях.", "применение химикатов в террористических целях",
     "terrorism"),
    ("Недопустимо использование приграничных районов для подготовки терактов.",
     "использование приграничных районов для подготовки терактов", "terrorism"),
    ("Мы видим превращение торговой политики в оружие.", "превращение торговой политики в оружие", "other"),
    ("Тревожит применение дронов в военных целях.", "применение дронов в военных целях", "other"),
])
def test_misuse_is_a_threat(stage, text, span, category):
    assert (span, category) in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Важно использование новых технологий в мирных целях.",
    "Использование беспилотников для доставки грузов растет.",
    "Применение искусственного интеллекта в медицинских целях расширяется.",
])
def test_use_for_a_harmless_purpose_is_none(stage, text):
    assert threats_of(stage, text) == []


# -- conjuncts of a complement keep their own genitives ------------------------------------------
@pytest.mark.parametrize("text, spans", [
    ("Обсуждались угрозы террористического характера и проявления экстремизма.",
     ["угрозы террористического характера", "проявления экстремизма"]),
    ("Растет распространение трансграничных болезней животных и вредителей растений.",
     ["распространение трансграничных болезней животных и вредителей растений"]),
])
def test_conjunct_with_its_genitive(stage, text, spans):
    assert [s for s, _n, _c in threats_of(stage, text)] == spans


# -- an opponent's undertaking the speaker is against is no threat ------------------------------
@pytest.mark.parametrize("text, found", [
    ("Мы выступаем против планов размещения ракет средней дальности в Азии.", []),
    ("Страна выступает против развертывания ракет у своих границ.", []),
    ("Размещение ракет средней дальности в Азии опасно.", ["Размещение ракет средней дальности в Азии"]),
])
def test_opposed_deployment_is_an_initiative(stage, text, found):
    assert [s for s, _n, _c in threats_of(stage, text)] == found


# -- the agent of an act in the instrumental ------------------------------------------------------
def test_agent_of_an_act_joins_it(stage):
    found = threats_of(stage, "Растет вербовка подростков экстремистскими группировками.")
    assert found == [("вербовка подростков экстремистскими группировками",
                      "вербовка подростков экстремистскими группировками", "extremism")]


def test_instrumental_object_of_a_cue_is_no_agent(stage):
    found = threats_of(stage, "Мы боремся с вербовкой и с терроризмом.")
    assert [s for s, _n, _c in found] == ["вербовкой", "терроризмом"]


# -- named members of a group threat -----------------------------------------------------------
def test_quoted_members_of_a_group_threat(stage):
    found = threats_of(stage, "Там действуют экстремистские организации, в том числе «Хизб ут-Тахрир» и «Таблиги».")
    assert [(s, c) for s, _n, c in found] == [("экстремистские организации", "extremism"),
                                              ("«Хизб ут-Тахрир»", "extremism"), ("«Таблиги»", "extremism")]


def test_quoted_name_after_an_inclusion_needs_a_group_threat(stage):
    assert threats_of(stage, "Соседи провели учения, включая «Мирную миссию».") == []


# -- grown families: risks of a domain, force, strikes, build-up, armed groups, recruitment -------
@pytest.mark.parametrize("text, name, category", [
    ("Сохраняются продовольственные риски.", "продовольственные риски", "economic_instability"),
    ("Мы осуждаем применение силы.", "применение силы", "armed_conflict"),
    ("Продолжаются удары по городам.", "удары по городам", "armed_conflict"),
    ("Идет наращивание войск у границ.", "наращивание войск", "rivalry"),
    ("В горах действуют вооруженные группировки.", "вооруженные группировки", "armed_conflict"),
    ("Продолжается сколачивание военных блоков.", "сколачивание военных блоков", "rivalry"),
    ("Вербовка уходит в социальные сети.", "вербовка", "terrorism"),
])
def test_grown_families_of_force_and_groups(stage, text, name, category):
    assert (name, category) in [(n, c) for _s, n, c in threats_of(stage, text)]


# -- the channel a threat goes through; prepositions that are no place ----------------------------
@pytest.mark.parametrize("text, span", [
    ("Растет отмывание денег через криптовалютные биржи.", "отмывание денег через криптовалютные биржи"),
    ("Вербовка подростков через мессенджеры опасна.", "Вербовка подростков через мессенджеры"),
])
def test_channel_of_a_threat_is_in_the_span(stage, text, span):
    assert span in [s for s, _n, _c in threats_of(stage, text)]


def test_in_violation_of_is_a_preposition(stage):
    found = threats_of(stage, "Стороны осуждают применение силы в нарушение Устава ООН.")
    assert [s for s, _n, _c in found] == ["применение силы"]


def test_conjunct_joins_the_noun_it_agrees_with(stage):
    found = threats_of(stage, "Это ограничение доступа к источникам кредитования и технологиям.")
    assert "ограничение доступа к источникам кредитования и технологиям" in [s for s, _n, _c in found]


# -- a bare state a source frames ---------------------------------------------------------------
@pytest.mark.parametrize("text, spans", [
    ("Споры о воде остаются источником напряженности.", []),
    ("Нехватка воды может стать источником новых конфликтов в регионе.",
     ["Нехватка воды", "новых конфликтов в регионе"]),
])
def test_a_source_frames_a_bare_state(stage, text, spans):
    assert [s for s, _n, _c in threats_of(stage, text)] == spans


@pytest.mark.parametrize("text, name, category", [
    ("Нас настораживает воинственная риторика соседей.", "воинственная риторика соседей", "information_threat"),
    ("Граждан удерживают в мошеннических колл-центрах.", "мошеннические колл-центры", "organized_crime"),
])
def test_rhetoric_and_fraud_families(stage, text, name, category):
    assert (name, category) in [(n, c) for _s, n, c in threats_of(stage, text)]


# -- categories: glorifying Nazism and mine contamination are "other" (ONTOLOGY §2 names neither) --
@pytest.mark.parametrize("text, name", [
    ("Мы осуждаем героизацию нацизма.", "героизация нацизма"),
    ("Минное загрязнение полей мешает фермерам.", "минное загрязнение полей"),
])
def test_categories_of_memory_and_war_remnants(stage, text, name):
    assert (name, "other") in [(n, c) for _s, n, c in threats_of(stage, text)]
