"""Eighth round of issue 11 (priorities on unseen statements): classes found failing on statements
of our own, each with positive and negative sentences of our own."""
from __future__ import annotations

import pytest
from priorities_support import found, spans

from shos_speech._core.stage import DocContext
from shos_speech._stages.priorities.sentences import fill


def names(light, text: str) -> list[str]:
    ctx = DocContext(light(text))
    fill(ctx)
    return [p.name for p in ctx.priorities]


# ---- a goal of keeping: "не" + a verb of loss after a goal or importance cue -------------------------
@pytest.mark.parametrize("text, items", [
    ("Главное сейчас — не потерять темпы сотрудничества в энергетике.",
     ["не потерять темпы сотрудничества в энергетике"]),
    ("Ключевой задачей остается не сбавлять обороты в модернизации промышленности.",
     ["не сбавлять обороты в модернизации промышленности"]),
    ("Нам важно не утратить доверие, накопленное за тридцать лет.", ["не утратить доверие"]),
    ("Наша главная цель — не снижать темпы инвестиций в образование.",
     ["не снижать темпы инвестиций в образование"]),
    # the qualified pace of the work spoken of names its direction though it names no domain; a
    # participial clause that is all it is qualified by stays in the item
    ("Наша задача — не растерять темпы, набранные в прошлом году.",
     ["не растерять темпы, набранные в прошлом году"]),
    ("Главное — не снижать темпы, достигнутые в торговле.", ["не снижать темпы, достигнутые в торговле"]),
    # a negated goal conjunct after a positive one
    ("По словам министра, главная цель — сохранить положительную динамику товарооборота и не снижать "
     "темпы инвестиций.", ["сохранить положительную динамику товарооборота", "не снижать темпы инвестиций"]),
    ("Важнейшая задача — удержать темпы роста экономики и не допустить спада в сельском хозяйстве.",
     ["удержать темпы роста экономики", "не допустить спада в сельском хозяйстве"]),
    ("Не менее важно не ослаблять внимание к охране ледников.", ["не ослаблять внимание к охране ледников"]),
])
def test_keeping_goal(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Важно не потерять время.",  # nothing of a domain or of the work's pace
    "Главное — не сдавать экзамены в спешке.",
    "Стороны договорились не сбавлять темпы сотрудничества.",  # no cue
    "В прошлом году нам удалось не потерять динамику торговли.",
    "Мы не должны терять время.",
])
def test_keeping_goal_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, name", [
    ("Главное сейчас — не потерять темпы сотрудничества в энергетике.",
     "сохранение темпов сотрудничества в энергетике"),
    ("Ключевой задачей остается не сбавлять обороты в модернизации промышленности.",
     "сохранение оборотов в модернизации промышленности"),
    ("Нам важно не утратить доверие, накопленное за тридцать лет.", "сохранение доверия"),
    ("Наша задача — не растерять темпы, набранные в прошлом году.", "сохранение темпов, набранных в прошлом году"),
])
def test_keeping_goal_name(light, text, name):
    assert names(light, text) == [name]



@pytest.mark.parametrize("text, items", [
    # earlier rounds kept it a negative ("another negated verb"): a verb of loss keeps a qualified pace
    ("Главная задача – не снижать темпы строительства.", ["не снижать темпы строительства"]),
    ("Наша задача — удержать набранный темп.", ["удержать набранный темп"]),
    ("Важно не сбавлять набранные обороты.", ["не сбавлять набранные обороты"]),
])
def test_keeping_goal_pace(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Главное — не снижать темпы.",  # a bare pace: of the work before, no direction of its own
    "Теперь главное – в этом году начать строительство и не потерять темп.",  # the step's pace
])
def test_keeping_goal_pace_negative(light, text):
    assert spans(light, text) == []


# ---- neglect under negation: "не упускать из виду X", "нельзя оставлять X без внимания" --------------
@pytest.mark.parametrize("text, items", [
    ("Мы не должны упускать из виду вопросы продовольственной безопасности.",
     ["вопросы продовольственной безопасности"]),
    ("Нельзя оставлять без внимания развитие малых городов.", ["развитие малых городов"]),
    ("Не стоит упускать из виду и цифровую трансформацию таможни.", ["цифровую трансформацию таможни"]),
    ("Министр призвал не упускать из виду подготовку кадров для атомной отрасли.",
     ["подготовку кадров для атомной отрасли"]),
    ("Президент призвал не выпускать из поля зрения вопросы водопользования.", ["вопросы водопользования"]),
    ("Мы не можем обойти вниманием тему водных ресурсов.", ["тему водных ресурсов"]),
    ("Отдельно скажу, что мы не оставим без внимания поддержку соотечественников.",
     ["поддержку соотечественников"]),
    ("Особенно нельзя упускать из виду энергетику, транспорт и связь.", ["энергетику", "транспорт", "связь"]),
    # the object between the verb and its complement
    ("Мы не будем оставлять вопросы энергетики без внимания.", ["вопросы энергетики"]),
    ("Правительство не оставит сельское хозяйство без внимания.", ["сельское хозяйство"]),
    # the object fronted; the subject of the intransitive
    ("Вопросы экологии нельзя оставлять без внимания.", ["Вопросы экологии"]),
    ("Вопросы водоснабжения сел не должны оставаться без внимания.", ["Вопросы водоснабжения сел"]),
    # overrating the importance, after a word of impossibility
    ("Невозможно переоценить значение образования и науки.", ["образования и науки"]),
    ("Значение транспортной связанности трудно переоценить.", ["транспортной связанности"]),
    ("Нельзя недооценивать значение водной дипломатии.", ["водной дипломатии"]),
    # a duty's subject after the intransitive verb
    ("Не должна остаться без внимания и охрана ледников.", ["охрана ледников"]),
    ("Не должны оставаться без внимания вопросы миграции и подготовка кадров.",
     ["вопросы миграции", "подготовка кадров"]),
    ("Нельзя преуменьшать важность подготовки кадров.", ["подготовки кадров"]),
])
def test_neglect_negated(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Эти вопросы остались без внимания.",  # not negated: neglected
    "Делегации упустили из виду вопросы экологии.",
    "Не следует упускать из виду, что торговля растет.",  # a clause, no direction
    "Эту тему мы не оставим без внимания.",  # a back-reference
    "Эти вопросы не должны оставаться без внимания правительства.",  # the attention's owner is no object
    "Мы не оставили без ответа ни одного письма.",  # another complement
    "Не стоит переоценивать значение санкций.",  # overrating negated: a warning
    "Значение этого визита трудно переоценить.",  # the importance of a visit is no direction
    "Его роль в этом трудно переоценить.",
    "Нельзя обойти вниманием и Казахстан.",  # a place alone: a topic the speaker turns to
    "Не остались без внимания и вопросы экологии.",  # no duty: what was discussed
])
def test_neglect_negated_negative(light, text):
    assert spans(light, text) == []


# ---- colon lists after an animate or collective subject: a pair after the colon is two items --------
@pytest.mark.parametrize("text, items", [
    ("Эксперты рабочей группы сконцентрируются на двух задачах: упрощении визового режима и развитии "
     "туризма.", ["упрощении визового режима", "развитии туризма"]),
    ("Наши эксперты сосредоточатся на следующих темах: упрощение визового режима и развитие туризма.",
     ["упрощение визового режима", "развитие туризма"]),
    ("Главная задача ясна: экономическое сотрудничество и торговля.", ["экономическое сотрудничество", "торговля"]),
    # a partnership noun in the genitive after the cue noun is the cue's, though the phrase took the
    # object for its dative ("энергетику" of "энергетик")
    ("Наши партнеры назвали ключевыми сферами сотрудничества энергетику и фармацевтику.",
     ["энергетику", "фармацевтику"]),
])
def test_colon_pair_and_cue_genitive(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # a shared head stays one item; a clause after the colon spells nothing out
    ("Приоритет один: развитие торговли и инвестиций.", ["развитие торговли и инвестиций"]),
    ("Второе — полная отмена барьеров: пошлины и квоты должны уйти в прошлое.", []),
    ("Приоритетом остается сотрудничество энергетиков и строителей.", ["сотрудничество энергетиков и строителей"]),
    ("Мы считаем главной задачей сотрудничества развитие торговли.", ["развитие торговли"]),
    ("Министр назвал приоритетными направлениями взаимодействия транспорт и логистику.",
     ["транспорт и логистику"]),
])
def test_colon_pair_and_cue_genitive_negative(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # lists over sentences and colon lists in news retellings (guards: they pass)
    ("По словам Токаева, у Казахстана три приоритета. Первый — безопасность. Второй — экономика. "
     "Третий — экология.", [("безопасность", 1), ("экономика", 2), ("экология", 3)]),
    ("Делегации сосредоточились на следующих вопросах: энергетическая безопасность, цифровизация и туризм.",
     [("энергетическая безопасность", None), ("цифровизация", None), ("туризм", None)]),
    ("В числе приоритетов, по словам министра, – энергетика и транспорт.", [("энергетика", None), ("транспорт", None)]),
    ("Правительство Киргизии обозначило приоритеты на 2026 год.\n\nПервое – энергетика.\n\nВторое – дороги.",
     [("энергетика", 1), ("дороги", 2)]),
])
def test_retold_lists(light, text, items):
    assert found(light, text) == items


# ---- chairmanships, years and agendas ------------------------------------------------------------
@pytest.mark.parametrize("text, items", [
    # the theme that runs through a chairmanship or a year
    ("Лейтмотивом председательства станет цифровая трансформация.", ["цифровая трансформация"]),
    ("Сквозной темой года будет охрана ледников.", ["охрана ледников"]),
    ("Главным лейтмотивом саммита стала продовольственная безопасность.", ["продовольственная безопасность"]),
    ("Лейтмотив выступления — доверие.", ["доверие"]),
])
def test_chairmanship_theme(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    # a meeting's agenda lists its topics, not the speaker's priorities
    ("На повестке дня заседания — утверждение бюджета и кадровые вопросы.", []),
    ("На повестке дня нашей встречи — торговля и инвестиции.", []),
    ("В повестку дня саммита вошли вопросы искусственного интеллекта.", []),
    # the speaker's own agenda still does
    ("Сегодня на повестке дня — снижение барьеров в торговле.", ["снижение барьеров в торговле"]),
    ("Теперь на повестке дня стоит повышение энергоэффективности.", ["повышение энергоэффективности"]),
    ("Повестка председательства Кыргызстана включает охрану ледников и развитие туризма.",
     ["охрану ледников", "развитие туризма"]),
    # a quoted motto, a year declared, a word of saying: no direction
    ("Девизом председательства станет «Вместе к устойчивому развитию».", []),
    ("Председательство Таджикистана пройдет под девизом «Вода для мира».", []),
    ("2026 год объявлен в Содружестве Годом культуры.", []),
    ("Лейтмотивом встречи стала фраза «Вместе сильнее».", []),
    ("Это лейтмотив нашей политики.", []),
])
def test_agenda_and_motto(light, text, items):
    assert spans(light, text) == items


# ---- precision: supposed and asked cues, a danger found by the threats stage --------------------
@pytest.mark.parametrize("text", [
    "Корреспондент поинтересовался, будет ли уделено особое внимание развитию туризма.",
    "Если приоритетом станет только экономика, мы проиграем.",
])
def test_supposed_cue(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    # (guards: they passed before) an indirect question, "вряд ли"
    ("Эксперты задаются вопросом, сделает ли правительство ставку на атомную энергетику.", []),
    ("Вряд ли туризм станет приоритетом в ближайшие годы.", []),
    ("Журналист уточнил, станет ли приоритетом развитие туризма.", []),
    # a supposition before the clause of the cue, or a parenthesis after it, leaves the cue
    ("Если говорить о приоритетах, главной задачей является развитие торговли.", ["развитие торговли"]),
    ("Главной задачей, если говорить откровенно, является развитие торговли.", ["развитие торговли"]),
])
def test_supposed_cue_negative(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Американская администрация сделала ставку на протекционизм.",
    "Западные страны сосредоточились на санкционном давлении.",
])
def test_threat_is_no_direction(extractor, text):
    assert [p.span.text for p in extractor.extract(text).priorities] == []


def test_threat_is_no_direction_negative(extractor):
    text = "Мы сосредоточимся на борьбе с наркотрафиком и на развитии торговли."
    assert [p.span.text for p in extractor.extract(text).priorities] == ["борьбе с наркотрафиком", "развитии торговли"]


# ---- attention by the degree adjectives not yet listed; a fronted adverb with the speaker's wish -----
@pytest.mark.parametrize("text, items", [
    ("Первостепенное внимание следует уделять охране границ.", ["охране границ"]),
    ("Особо хочу отметить сельское хозяйство.", ["сельское хозяйство"]),
    ("Отдельно хотел бы выделить цифровизацию.", ["цифровизацию"]),
    ("Особо отмечу энергетику.", ["энергетику"]),
    ("Отдельно хочу остановиться на вопросах экологии.", ["вопросах экологии"]),
])
def test_attention_and_wish(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Особо хочу отметить Казахстан.",  # thanks to a country
    "Особо хочу отметить вклад наших партнеров.",  # praise of a contribution: no domain
    "Особо хочу отметить, что торговля выросла.",
    "Особо хотелось бы поблагодарить организаторов.",
])
def test_attention_and_wish_negative(light, text):
    assert spans(light, text) == []


@pytest.mark.parametrize("text, items", [
    # (guards: the verb after the noun held them before)
    ("Неослабное внимание уделяется защите лесов.", ["защите лесов"]),
    ("Максимальное внимание мы уделим подготовке врачей.", ["подготовке врачей"]),
])
def test_attention_guards(light, text, items):
    assert spans(light, text) == items


# ---- a denial corrected after ", а": the correction is the item ---------------------------------
@pytest.mark.parametrize("text, items", [
    ("Приоритетом является не оборона, а развитие образования.", ["развитие образования"]),
    ("Главное сейчас — не расширение организации, а повышение ее эффективности.",
     ["повышение ее эффективности"]),
    ("Наша задача — не конкурировать, а развивать торговлю.", ["развивать торговлю"]),
    ("В центре внимания будет не политика, а экономика.", ["экономика"]),
])
def test_denial_corrected(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text, items", [
    ("Не менее важным направлением остается туризм.", ["туризм"]),  # "не менее" is no denial
    ("Главная задача — не допустить нехватки воды, а не искать виноватых.", ["не допустить нехватки воды"]),
])
def test_denial_corrected_negative(light, text, items):
    assert spans(light, text) == items


# ---- focus by "особый акцент / упор", "фокус"; an interview's question that fronts "на каких" ------
@pytest.mark.parametrize("text, items", [
    ("Особый акцент делегация сделала на вопросах миграции и трудовых прав.",
     [("вопросах миграции и трудовых прав", None)]),
    ("Фокус нашей работы — зеленая экономика.", [("зеленая экономика", None)]),
    ("Фокусом председательства станет водная дипломатия.", [("водная дипломатия", None)]),
    ("— На каких направлениях вы сосредоточитесь?\n\n— На энергетике и логистике.",
     [("энергетике", None), ("логистике", None)]),
    # the answer's enumerated sentences repeat the preposition the question fronted
    ("— На чем вы сосредоточитесь?\n\n— Прежде всего на энергетике. Во-вторых, на логистике.",
     [("энергетике", None), ("логистике", 2)]),
])
def test_focus_and_fronted_question(light, text, items):
    assert found(light, text) == items


@pytest.mark.parametrize("text", [
    "Фокус сместился на Азию.",
    "Это был настоящий фокус.",
    "Мы сделали особый акцент на этом.",
])
def test_focus_negative(light, text):
    assert spans(light, text) == []


# ---- news retellings: a relative clause of inclusion lists the cue noun's items; "уделять значение" ---
@pytest.mark.parametrize("text, items", [
    ("Глава МИД выделил ряд приоритетов, среди которых – цифровизация и туризм.", ["цифровизация", "туризм"]),
    ("Посол назвал несколько приоритетов председательства, в числе которых охрана ледников.",
     ["охрана ледников"]),
    ("Как подчеркнул министр, Казахстан уделяет первостепенное значение сотрудничеству в водной сфере.",
     ["сотрудничеству в водной сфере"]),
    ("Мы уделим особое значение подготовке кадров.", ["подготовке кадров"]),
])
def test_retold_inclusion_and_importance(light, text, items):
    assert spans(light, text) == items


@pytest.mark.parametrize("text", [
    "Стороны обсудили ряд вопросов, среди которых – энергетика.",  # no cue
    "Он говорил о приоритетах, среди которых, по его мнению, нет места войне.",  # a clause
    "Уделяем значение мелочам.",  # no degree of importance
])
def test_retold_inclusion_negative(light, text):
    assert spans(light, text) == []
