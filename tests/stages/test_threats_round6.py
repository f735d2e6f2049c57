"""Threats, sixth quality round (issue 11): classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import categories, spans, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- a degree adverb before a modifier belongs to the threat ("особо опасных инфекций") ----------
@pytest.mark.parametrize("text, span", [
    ("Сохраняется угроза завоза особо опасных инфекций.", "особо опасных инфекций"),
    ("Нарастает угроза крайне опасных эпидемий.", "крайне опасных эпидемий"),
    ("Опасно распространение особо опасных инфекций.", "распространение особо опасных инфекций"),
    ("Растет число социально обусловленных заболеваний.", "социально обусловленных заболеваний"),
])
def test_a_degree_adverb_stays_in_the_span(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, alone", [
    # the activity a cue governs is no threat of its own when an adverb stands before the threat
    ("Сохраняется высокая угроза распространения особо опасных инфекций.", "распространения"),
    ("Растет риск распространения крайне опасных эпидемий.", "распространения"),
])
def test_a_governed_activity_before_an_adverb_is_no_threat(stage, text, alone):
    assert alone not in spans(stage, text)


def test_a_sentence_adverb_stays_out(stage):
    assert "также терроризм" not in spans(stage, "Нас беспокоит также терроризм.")


# -- of two entries of the same size, a category wins over other --------------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Мы осуждаем санкционное давление Запада.", "санкционное давление Запада", "sanctions"),
    ("Страны намерены противостоять санкционному давлению Запада.", "санкционное давление Запада", "sanctions"),
])
def test_a_category_wins_over_other(stage, text, name, category):
    assert categories(stage, text).get(name) == category


# -- where a danger is does not say what it is ("столкновения на границе") ----------------------
@pytest.mark.parametrize("text, name, category", [
    ("Мы осуждаем ожесточенные столкновения на границе.", "ожесточенные столкновения на границе",
     "armed_conflict"),
    ("Мы осуждаем кровопролитные столкновения на границе.", "кровопролитные столкновения на границе",
     "armed_conflict"),
])
def test_a_place_does_not_categorise(stage, text, name, category):
    assert categories(stage, text).get(name) == category


# -- families: mines, hostile attitudes, military activity, humanitarian disasters, diseases by
#    their social burden, isolation, resource hunger, clashes between communities ----------------
@pytest.mark.parametrize("text, name, category", [
    ("Сохраняется минная угроза на освобожденных территориях.", "минная угроза", "other"),
    ("Неразорвавшиеся боеприпасы уносят жизни детей.", "неразорвавшиеся боеприпасы", "other"),
    ("В Европе усиливаются реваншистские настроения.", "реваншистские настроения", "extremism"),
    ("Мы видим рост протекционистских настроений.", "протекционистские настроения", "sanctions"),
    ("Подогреваются милитаристские настроения.", "милитаристские настроения", "rivalry"),
    ("Нарастает военная активность альянса у наших границ.", "военная активность альянса", "rivalry"),
    ("Гуманитарная трагедия в Йемене продолжается.", "гуманитарная трагедия в Йемене", "other"),
    ("Распространяются социально значимые заболевания.", "социально значимые заболевания", "health"),
    ("Нашу страну пытаются загнать в международную изоляцию.", "международная изоляция", "sanctions"),
    ("Европа переживает энергетический голод.", "энергетический голод", "economic_instability"),
    ("В долине вспыхнули межэтнические стычки.", "межэтнические стычки", "armed_conflict"),
])
def test_families(stage, text, name, category):
    assert categories(stage, text).get(name) == category


@pytest.mark.parametrize("text", [
    "Минная промышленность региона развивается.",  # no mines
    "Настроения в обществе позитивные.",  # an attitude with no ideology
    "Деловая активность растет.",  # no military activity
    "Ни одна страна не справится с этим в изоляции.",  # isolation as a way of acting
])
def test_family_lookalikes_are_none(stage, text):
    assert spans(stage, text) == []


# -- a shared head over conjuncts of different length ("оборот оружия и взрывчатых веществ") -----
@pytest.mark.parametrize("text, expected", [
    ("Растет незаконный оборот оружия и взрывчатых веществ.",
     ["незаконный оборот оружия", "незаконный оборот взрывчатых веществ"]),
    ("Пресекается незаконный оборот наркотиков и психотропных веществ.",
     ["незаконный оборот наркотиков", "незаконный оборот психотропных веществ"]),
    ("Мы боремся с незаконным оборотом оружия, боеприпасов и взрывчатых веществ.",
     ["незаконный оборот оружия", "незаконный оборот боеприпасов", "незаконный оборот взрывчатых веществ"]),
    ("Растет незаконный оборот наркотических средств и их прекурсоров.",
     ["незаконный оборот наркотических средств", "незаконный оборот их прекурсоров"]),
])
def test_a_shared_head_over_conjuncts_of_any_length(stage, text, expected):
    found = threats_of(stage, text)
    assert [n for _s, n, _c in found] == expected
    assert len({s for s, _n, _c in found}) == 1  # every conjunct with the span of the whole phrase


@pytest.mark.parametrize("text, name", [
    # a plain conjunct with no entry of its own joins the phrase
    ("Растет незаконный оборот оружия и его комплектующих.", "незаконный оборот оружия и его комплектующих"),
])
def test_a_plain_conjunct_still_joins(stage, text, name):
    assert [n for _s, n, _c in threats_of(stage, text)] == [name]


# -- the collapse of a system or order is damage done to it -------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Нельзя допустить распада системы международных договоров.", "распада системы международных договоров"),
    ("Мы видим слом архитектуры европейской безопасности.", "слом архитектуры европейской безопасности"),
    ("Крах мирового порядка недопустим.", "Крах мирового порядка"),
    ("Опасен развал режима нераспространения.", "развал режима нераспространения"),
])
def test_the_collapse_of_an_order(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Распад Советского Союза изменил карту мира.",  # history, no value at stake
    "Крах компании стал неожиданностью.",
])
def test_a_collapse_of_no_value_is_none(stage, text):
    assert spans(stage, text) == []


# -- threat contexts by family: concern, condemnation, rejection, inadmissibility, "связанные с" --
# ("мракобесие", "кумовство": heads the lexicon lacks, made threats by their cue)
@pytest.mark.parametrize("text, span", [
    ("Мы выражаем озабоченность мракобесием.", "мракобесием"),
    ("Мы глубоко обеспокоены мракобесием.", "мракобесием"),
    ("Стороны осудили кумовство.", "кумовство"),
    ("Стороны выступили с осуждением кумовства.", "кумовства"),
    ("Мы решительно отвергаем мракобесие.", "мракобесие"),
    ("Министры заявили о недопустимости кумовства.", "кумовства"),
    ("Существуют угрозы, связанные с мракобесием.", "мракобесием"),
    ("Растут риски, связанные с кумовством в регионах.", "кумовством в регионах"),
])
def test_context_cues_by_family(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Мы решительно отвергаем обвинения в адрес нашей страны.",  # a claim, not a danger
    "Стороны осудили такой подход.",
    "Мы обеспокоены судьбой соотечественников.",
    "Вопросы, связанные с торговлей, обсуждались отдельно.",  # no danger before "связанные с"
    "Риски, связанные с этим, велики.",  # a pronoun names nothing
    "Мы отвергли это предложение.",
    "Министры выразили озабоченность отсутствием прогресса на переговорах.",  # a lack, not a danger
])
def test_context_cues_leave_views_and_topics(stage, text):
    assert spans(stage, text) == []


# -- a noun of growth the cue governs frames the threat ("обеспокоены усилением X") --------------
@pytest.mark.parametrize("text, span", [
    ("Мы глубоко обеспокоены усилением мракобесия.", "мракобесия"),
    ("Стороны выразили озабоченность дальнейшим нарастанием кумовства.", "кумовства"),
])
def test_growth_frames_stay_out(stage, text, span):
    assert spans(stage, text) == [span]


# -- an attempt a cue governs names no danger by itself; its infinitive's object may ------------
@pytest.mark.parametrize("text, absent, present", [
    ("Мы отвергаем попытки превратить форум в площадку для блоковой конфронтации.", "попытки",
     "блоковой конфронтации"),
    ("Стороны осудили попытки отдельных стран «использовать энергию как оружие», назвав это шантажом.",
     "попытки отдельных стран", None),
])
def test_a_governed_attempt_is_no_threat(stage, text, absent, present):
    found = spans(stage, text)
    assert absent not in found
    assert present is None or present in found


def test_the_attempt_construction_still_stands(stage):
    assert "попытки дестабилизировать регион" in spans(stage, "Мы отвергаем попытки дестабилизировать регион.")


# -- a verb's object keeps its activity ("осуждаем политику запугивания") ------------------------
@pytest.mark.parametrize("text, span", [
    ("Соседи осуждают политику запугивания.", "политику запугивания"),
    ("Мы осуждаем финансирование террористических ячеек.", "финансирование террористических ячеек"),
    ("Необходимо предотвратить распространение идеологии экстремизма.",
     "распространение идеологии экстремизма"),
])
def test_a_verb_object_keeps_its_activity(stage, text, span):
    assert span in spans(stage, text)


def test_a_nominal_cue_still_acts_on_the_activity(stage):
    # "противодействие распространению X": the cue acts on the activity, whose object is the threat
    assert "идеологии терроризма" in spans(stage, "Важно противодействие распространению идеологии терроризма.")


# -- a conjunct with another preposition and case is the cue's next argument, not the phrase's ---
@pytest.mark.parametrize("text, first, second", [
    ("Он указал на угрозу распространения наркотиков из Афганистана и на активизацию ячеек ИГИЛ.",
     "распространения наркотиков из Афганистана", "ячеек ИГИЛ"),
    ("Министр указал на контрабанду оружия через границу и на рост киберпреступности.",
     "контрабанду оружия через границу", "киберпреступности"),
])
def test_a_conjunct_of_another_frame_ends_the_phrase(stage, text, first, second):
    found = spans(stage, text)
    assert first in found and second in found


@pytest.mark.parametrize("text, span", [
    ("Паводки на Урале и в Западном Казахстане нанесли ущерб.", "Паводки на Урале и в Западном Казахстане"),
    ("Растет нестабильность на Ближнем Востоке и в Северной Африке.",
     "нестабильность на Ближнем Востоке и в Северной Африке"),
    ("Идет торговля людьми через соцсети и через мессенджеры.", "торговля людьми через соцсети и через мессенджеры"),
])
def test_a_conjunct_of_the_same_frame_continues(stage, text, span):
    assert span in spans(stage, text)


# -- a source frames a bare state only; a named danger after it stays a threat --------------------
@pytest.mark.parametrize("text, expected", [
    ("Афганистан остается источником наркоугрозы для региона.", ["наркоугрозы"]),
    ("Эти районы стали источником терроризма.", ["терроризма"]),
    ("Споры о границах остаются источником напряженности.", []),
    ("Причиной нестабильности он назвал бедность.", ["бедность"]),
])
def test_a_source_frames_only_a_state(stage, text, expected):
    assert spans(stage, text) == expected


# -- a cue over a drawing noun: the threat is what one is drawn into ------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Главное — не допустить втягивания наших стран в большую войну.", ["большую войну"]),
    ("Важно предотвратить вовлечение подростков в азартные игры.", []),  # nothing named a threat
])
def test_a_governed_drawing_is_no_threat(stage, text, expected):
    assert spans(stage, text) == expected


def test_an_ungoverned_drawing_keeps_its_threat(stage):
    found = spans(stage, "Продолжается втягивание стран региона в вооруженный конфликт.")
    assert found == ["втягивание стран региона в вооруженный конфликт"]


# -- a subject with its acronym after a genitive is no genitive of the threat ---------------------
@pytest.mark.parametrize("text, span", [
    ("На фоне украинского кризиса страны ЕАЭС наращивают торговлю.", "украинского кризиса"),
    ("На фоне энергетического кризиса государства ШОС ищут новые рынки.", "энергетического кризиса"),
])
def test_a_subject_with_its_acronym_ends_the_threat(stage, text, span):
    assert spans(stage, text) == [span]


# -- the subject of a threat predicate ("X представляет угрозу", "главной угрозой остается X") ----
@pytest.mark.parametrize("text, expected", [
    ("Мракобесие представляет серьезную угрозу для региона.", ["Мракобесие"]),
    ("Мракобесие стало серьезным вызовом для всех нас.", ["Мракобесие"]),
    ("Он отметил, что мракобесие и шарлатанство представляют угрозу.", ["мракобесие", "шарлатанство"]),
    ("Мы считаем, что шарлатанство является угрозой.", ["шарлатанство"]),
    ("Главной угрозой остается мракобесие.", ["мракобесие"]),
    ("Серьезную опасность представляет шарлатанство.", ["шарлатанство"]),
    ("Серьезной угрозой становится дезинформация в социальных сетях.", ["дезинформация в социальных сетях"]),
])
def test_the_subject_of_a_threat_predicate(stage, text, expected):
    assert spans(stage, text) == expected


@pytest.mark.parametrize("text", [
    "Это представляет серьезную угрозу для региона.",  # a pronoun
    "Ситуация остается угрозой для всех.",  # a generic word
    "Россия не представляет угрозы для соседей.",  # negated, and a country
    "Афганистан остается угрозой для соседей.",  # a country is no phenomenon
    "Афганистан остается источником угроз.",  # no danger predicate
    "Наш союз является ответом на вызовы времени.",
    "Развитие цифровой экономики стало вызовом для регуляторов.",  # a value, not a danger
    "Сотрудничество является ответом на угрозы.",
])
def test_a_threat_predicate_names_no_phenomenon_here(stage, text):
    assert spans(stage, text) == []


def test_a_dash_opens_the_subject_of_a_threat_predicate(stage):
    assert spans(stage, "Он сказал прямо — мракобесие представляет угрозу.") == ["мракобесие"]


# -- a list a danger noun opens: colon, dash, "как", "среди угроз ... назвал", "к вызовам относятся" --
@pytest.mark.parametrize("text, expected", [
    ("Регион сталкивается с новыми угрозами: мракобесием и шарлатанством.", ["мракобесием", "шарлатанством"]),
    ("Основные угрозы — мракобесие и шарлатанство.", ["мракобесие", "шарлатанство"]),
    ("Мы сталкиваемся с такими вызовами, как мракобесие и шарлатанство.", ["мракобесие", "шарлатанство"]),
    ("Угрозы, такие как мракобесие и шарлатанство, не знают границ.", ["мракобесие", "шарлатанство"]),
    ("Среди главных угроз министр назвал мракобесие и шарлатанство.", ["мракобесие", "шарлатанство"]),
    ("К новым вызовам относятся мракобесие и шарлатанство.", ["мракобесие", "шарлатанство"]),
])
def test_a_list_a_danger_noun_opens(stage, text, expected):
    assert spans(stage, text) == expected


@pytest.mark.parametrize("text", [
    "Мы обсудили угрозы: как им противостоять и что делать дальше.",  # no noun phrase listed
    "Перед нами стоят серьезные вызовы: обеспечение устойчивого роста и создание рабочих мест.",  # tasks
    "Среди вызовов министр назвал необходимость модернизации экономики.",
    "Среди угроз он назвал Афганистан и Сирию.",  # countries
    "Ответ на вызовы: укрепление сотрудничества.",  # the list is the answer's
    "Угрозы, такие как эти, требуют ответа.",
])
def test_a_danger_noun_list_of_no_phenomena(stage, text):
    assert spans(stage, text) == []


# -- families: colonial policy, currency manipulation and secondary restrictions, changing a
#    government from outside, forced displacement, expansion and pressure of ideas, weapons tests,
#    disputes over water, shocks and power cuts, arbitrary sanctions ---------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Колониальная политика не ушла в прошлое.", "колониальная политика", "other"),
    ("Растут валютные манипуляции.", "валютные манипуляции", "sanctions"),
    ("Вводятся вторичные ограничения.", "вторичные ограничения", "sanctions"),
    ("Мы отвергаем попытки смены режимов извне.", "смена режимов извне", "other"),
    ("Вынужденная миграция растет.", "вынужденная миграция", "illegal_migration"),
    ("Идет натовская экспансия.", "натовская экспансия", "rivalry"),
    ("Усиливается идеологическое давление.", "идеологическое давление", "other"),
    ("Продолжаются ракетные испытания.", "ракетные испытания", "wmd_proliferation"),
    ("Обостряются водные споры.", "водные споры", "armed_conflict"),
    ("Экономику бьют инфляционные шоки.", "инфляционные шоки", "economic_instability"),
    ("Начались перебои с электроснабжением.", "перебои с электроснабжением", "economic_instability"),
    ("Это санкционный произвол.", "санкционный произвол", "sanctions"),
])
def test_families_second(stage, text, name, category):
    assert categories(stage, text).get(name) == category


@pytest.mark.parametrize("text", [
    "Смена режима работы предприятия прошла спокойно.",  # no government changed from outside
    "Испытания новой техники прошли успешно.",  # no weapons tested
    "Споры о методике продолжаются.",
])
def test_second_family_lookalikes_are_none(stage, text):
    assert spans(stage, text) == []


# -- the movement of weapons and fighters -----------------------------------------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Нас тревожит поток оружия из зоны конфликта.", "поток оружия из зоны конфликта", "arms_trafficking"),
    ("Растет транзит оружия через регион.", "транзит оружия через регион", "arms_trafficking"),
    ("Продолжается переброска боевиков на север.", "переброска боевиков", "terrorism"),
    ("Фиксируется приток боевиков из Сирии.", "приток боевиков из Сирии", "terrorism"),
])
def test_movement_of_weapons_and_fighters(stage, text, name, category):
    assert categories(stage, text).get(name) == category


@pytest.mark.parametrize("text", [
    "Растет поток туристов в регион.",
    "Приток инвестиций увеличился.",
])
def test_movement_of_goods_is_none(stage, text):
    assert spans(stage, text) == []


# -- a dependent shared by coordinated heads ("производством и оборотом наркотиков") ---------------
@pytest.mark.parametrize("text, expected", [
    ("Мы боремся с незаконным производством и оборотом наркотиков.",
     # the shared adjective goes to both heads (ONTOLOGY §6: shared modifiers are expanded; round 7)
     ["незаконное производство наркотиков", "незаконный оборот наркотиков"]),
    ("Необходимо пресечь производство и контрабанду синтетических наркотиков.",
     ["производство синтетических наркотиков", "контрабанда синтетических наркотиков"]),
    ("Государства осуждают пропаганду и оправдание терроризма.", ["пропаганда терроризма", "оправдание терроризма"]),
    ("Мы противодействуем контрабанде и незаконному обороту оружия.",
     ["контрабанда оружия", "незаконный оборот оружия"]),
])
def test_a_dependent_shared_by_coordinated_heads(stage, text, expected):
    found = threats_of(stage, text)
    assert [n for _s, n, _c in found] == expected
    assert len({s for s, _n, _c in found}) == 1  # the span of the whole coordinated phrase


@pytest.mark.parametrize("text, expected", [
    # no entry "вербовка терроризма": the first head keeps its own item
    ("Растут вербовка и финансирование терроризма.", ["вербовка", "финансирование терроризма"]),
])
def test_a_head_the_dependent_makes_no_entry_with_keeps_its_item(stage, text, expected):
    assert spans(stage, text) == expected


# -- families: hostile conduct by its adjective, destructive movements, harmful content and data,
#    falsified medicines, illegal fishing, resistance to antimicrobials ---------------------------
@pytest.mark.parametrize("text, name, category", [
    ("Провокационные действия продолжаются.", "провокационные действия", "armed_conflict"),
    ("Агрессивная политика соседей тревожит.", "агрессивная политика соседей", "rivalry"),
    ("Звучит враждебная риторика.", "враждебная риторика", "information_threat"),
    ("Растет число деструктивных культов.", "деструктивные культы", "extremism"),
    ("Удаляется запрещенный контент.", "запрещенный контент", "information_threat"),
    ("Пресечен незаконный сбор данных.", "незаконный сбор данных", "cybercrime"),
    ("Изъяты фальсифицированные лекарства.", "фальсифицированные лекарства", "health"),
    ("Продолжается нелегальный вылов рыбы.", "нелегальный вылов рыбы", "environmental"),
])
def test_families_third(stage, text, name, category):
    assert categories(stage, text).get(name) == category


@pytest.mark.parametrize("text", [
    "Политика соседей остается прежней.",  # no hostile adjective
    "Действия правительства одобрены.",
    "Вылов рыбы вырос на треть.",
])
def test_third_family_lookalikes_are_none(stage, text):
    assert spans(stage, text) == []


# -- a strike with the adjective of the state that strikes ("израильские удары") -----------------
@pytest.mark.parametrize("text, span", [
    ("Американские бомбардировки продолжаются.", "Американские бомбардировки"),
    ("Как вы оцениваете обстановку после турецких обстрелов 3 марта?", "турецких обстрелов"),
    ("Израильские удары по Ирану осуждены.", "Израильские удары по Ирану"),
])
def test_a_strike_by_a_state(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, expected", [
    ("Российские удары по базам боевиков продолжаются.", ["боевиков"]),  # a strike against the danger
    ("Сильные удары стихии обрушились на побережье.", []),  # no state strikes
    ("Китайская делегация прибыла в Москву.", []),
])
def test_no_strike_by_a_state(stage, text, expected):
    assert spans(stage, text) == expected


def test_a_head_named_by_its_own_modifier_shares_nothing(stage):
    found = threats_of(stage, "Мы отвергаем блоковое мышление и менталитет холодной войны.")
    assert [n for _s, n, _c in found] == ["блоковое мышление", "менталитет холодной войны"]
