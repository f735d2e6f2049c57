"""Interviews and press conferences: a question has no speaker, an answer is the interviewee's,
a labelled turn its speaker's."""
from __future__ import annotations

import pytest
from speakers_support import attributed, context, grammar

from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import find_persons
from shos_speech._stages.speakers.turns import find_turns

INTERVIEW = ("Министр энергетики Казахстана Алмасадам Саткалиев ответил на вопросы агентства.\n\n"
             "— Алмасадам Майданович, что мешает энергетике региона?\n\n"
             "— Прежде всего износ сетей. Мы предлагаем создать общий фонд модернизации.\n\n"
             "Наш приоритет — водно-энергетический баланс региона.\n\n"
             "— А как быть с климатом?\n\n"
             "— Засухи стали частыми, и без общей стратегии их не преодолеть.\n\n"
             "Ранее министр посетил Ташкент.")
NAMES = ("Алмасадам Саткалиев", "Алмасадам Майданович")


@pytest.mark.parametrize("fragment, speaker", [
    ("что мешает энергетике", None),
    ("А как быть с климатом", None),
    ("износ сетей", "Алмасадам Саткалиев"),
    ("общий фонд модернизации", "Алмасадам Саткалиев"),
    # an answer goes on in a paragraph in the first person
    ("водно-энергетический баланс", "Алмасадам Саткалиев"),
    ("Засухи стали частыми", "Алмасадам Саткалиев"),
])
def test_a_dash_interview(fragment, speaker):
    ctx = attributed(INTERVIEW, *NAMES)
    assert ctx.speaker_at(INTERVIEW.index(fragment)) == speaker
    assert [s.name for s in ctx.speakers] == ["Алмасадам Саткалиев"]


def test_the_question_addresses_the_interviewee_by_name():
    text = ("Накануне форума состоялась беседа с двумя министрами.\n\n— Андрей Петрович, ждать ли снижения пошлин?\n\n"
            "— Да, уже в этом году.\n\nМинистр Андрей Веденеев и министр Олжас Бектенов затем уехали.")
    ctx = attributed(text, "Андрей Петрович", "Андрей Веденеев", "Олжас Бектенов")
    assert ctx.speaker_at(text.index("уже в этом году")) == "Андрей Веденеев"


PRESS = ("Генеральный секретарь СВМДА Кайрат Сарыбаев провел пресс-конференцию.\n\n"
         "Интерфакс: Какие угрозы вы считаете главными?\n\n"
         "Кайрат Сарыбаев: Терроризм и незаконный оборот наркотиков.\n\n"
         "Вопрос: А экономика?\n\n"
         "Ответ: Мы поддерживаем создание фонда развития.")


@pytest.mark.parametrize("fragment, speaker", [
    ("Какие угрозы", None),
    ("Терроризм", "Кайрат Сарыбаев"),
    ("А экономика", None),
    ("фонда развития", "Кайрат Сарыбаев"),
])
def test_a_press_conference_with_labels(fragment, speaker):
    ctx = attributed(PRESS, "Кайрат Сарыбаев")
    assert ctx.speaker_at(PRESS.index(fragment)) == speaker


@pytest.mark.parametrize("headline, names, speaker", [
    ("Сарыбаев: терроризм остается главной угрозой Азии", ("Сарыбаев",), "Сарыбаев"),
    ("Алмаз Осмонов в Бишкеке: терроризм пора остановить", ("Алмаз Осмонов",), "Алмаз Осмонов"),
])
def test_a_headline_labelled_with_a_name(headline, names, speaker):
    text = headline + "\nСаммит открыл Президент Кыргызстана Алмаз Осмонов. Затем прошел обед."
    ctx = attributed(text, *names, "Алмаз Осмонов")
    assert ctx.speaker_at(text.index("терроризм")) == speaker
    assert ctx.speaker_at(text.index("прошел обед")) is None


@pytest.mark.parametrize("text", [
    # a list after a colon is no dialogue, nor a label with no one named in it
    "Министр Алмаз Осмонов предложил:\n– создать фонд;\n– провести форум?\nФорум пройдет в мае.",
    "Напомним: форум пройдет в мае?\nМинистр Алмаз Осмонов прибыл.",
])
def test_no_dialogue(text):
    ctx = context(text, "Алмаз Осмонов")
    assert find_turns(ctx.doc, find_persons(ctx.doc, Intervals(()), grammar())) == []


def test_labels_with_initials_name_the_speakers_in_turn():
    text = ("Заявления для прессы по итогам переговоров\n\n"
            "А.Осмонов: Уважаемые друзья! Мы договорились бороться с наркотрафиком.\n\n"
            "Н.Саидов: Таджикистан поддерживает создание транспортного коридора.")
    ctx = attributed(text, "А.Осмонов", "Н.Саидов")
    assert ctx.speaker_at(text.index("наркотрафиком")) == "А.Осмонов"
    assert ctx.speaker_at(text.index("транспортного")) == "Н.Саидов"


def test_a_ministrys_answer_to_a_question():
    text = ("Ответ официального представителя МИД Кыргызстана А.А.Бекова на вопрос СМИ о санкциях\n\n"
            "Вопрос: Как в Бишкеке оценивают новые санкции?\n\n"
            "Ответ: Мы решительно осуждаем односторонние ограничительные меры.")
    ctx = attributed(text, "А.А.Бекова")
    assert ctx.speaker_at(text.index("Как в Бишкеке")) is None
    assert ctx.speaker_at(text.index("ограничительные")) == "А.А.Беков"


def test_a_question_inside_a_speech_is_not_the_speakers():
    text = ("Выступление Министра иностранных дел Казахстана Е.Б.Ашимова на пресс-конференции\n\n"
            "Уважаемые дамы и господа,\n\nМы провели содержательные переговоры.\n\n"
            "Вопрос: Обсуждали ли вы ситуацию в Афганистане?\n\n"
            "Е.Б.Ашимов: Да, мы обеспокоены наркотрафиком.")
    ctx = attributed(text, "Е.Б.Ашимова", "Е.Б.Ашимов")
    assert ctx.speaker_at(text.index("содержательные")) == "Е.Б.Ашимов"
    assert ctx.speaker_at(text.index("Обсуждали")) is None
    assert ctx.speaker_at(text.index("наркотрафиком")) == "Е.Б.Ашимов"


def test_an_answer_names_who_gives_it():
    text = ("Президент Кыргызстана Алмаз Осмонов и Президент Таджикистана Нурали Саидов ответили на вопросы.\n\n"
            "— Будет ли построена дорога?\n\n"
            "— Да, строительство начнется весной, — ответил таджикский лидер.\n\n"
            "— А водный фонд?\n\n"
            "— Мы его создадим.")
    ctx = attributed(text, "Алмаз Осмонов", "Нурали Саидов")
    assert ctx.speaker_at(text.index("строительство")) == "Нурали Саидов"
    assert ctx.speaker_at(text.index("Мы его")) == "Нурали Саидов"  # the same interviewee goes on


def test_furniture_opens_no_turn():
    text = ("Министр Алмаз Осмонов выступил на форуме.\nЧитайте также: Осмонов: водный фонд будет создан\n"
            "Напомним: форум прошел в мае.")
    ctx = context(text, "Алмаз Осмонов", "Осмонов")
    assert find_turns(ctx.doc, find_persons(ctx.doc, Intervals(()), grammar())) == []


def test_an_interview_with_no_blank_lines():
    text = ("Интервью министра энергетики Таджикистана Далера Джумы агентству «Ховар»\n"
            "– Господин министр, какие угрозы вы считаете главными?\n"
            "– Засухи и износ сетей.\n"
            "– Что планирует Душанбе?\n"
            "– Мы предлагаем создать водный фонд.")
    ctx = attributed(text, "Далера Джумы")
    assert ctx.speaker_at(text.index("какие угрозы")) is None
    assert ctx.speaker_at(text.index("Засухи")) == "Далер Джума"
    assert ctx.speaker_at(text.index("Что планирует")) is None
    assert ctx.speaker_at(text.index("водный фонд")) == "Далер Джума"


def test_a_label_that_natasha_leaves_untagged():
    text = ("Интерфакс: Как вы оцениваете итоги?\nСарыбаев: Итоги позитивные.\n"
            "Интерфакс: А санкции?\nСарыбаев: Незаконны.")
    ctx = attributed(text)
    assert ctx.speaker_at(text.index("позитивные")) == "Сарыбаев"
    assert ctx.speaker_at(text.index("А санкции")) is None


BRIEFING = ("Брифинг официального представителя МИД Таджикистана Шохрух Саидзода\n\n"
            "Шохрух Саидзода: Добрый день. Перейдем к вопросам.\n\n"
            "Вопрос (Asia-Plus.tj): Таджикская сторона поддерживает строительство канала Кош-Тепа?\n\n"
            "Шохрух Саидзода: Мы призываем к совместному управлению водными ресурсами.\n\n"
            "Вопрос (Иван Петров, ТАСС): Душанбе поддержит создание водного консорциума?\n\n"
            "Шохрух Саидзода: Мы поддерживаем создание водного консорциума.")


@pytest.mark.parametrize("fragment, speaker", [
    # a question labelled with its outlet in brackets is the journalist's, a dot in the outlet or not
    ("Таджикская сторона поддерживает", None),
    ("Душанбе поддержит", None),
    ("совместному управлению", "Шохрух Саидзода"),
    ("Мы поддерживаем создание", "Шохрух Саидзода"),
])
def test_a_question_labelled_with_its_outlet(fragment, speaker):
    ctx = attributed(BRIEFING, "Шохрух Саидзода", "Иван Петров")
    assert ctx.speaker_at(BRIEFING.index(fragment)) == speaker
    assert [s.name for s in ctx.speakers] == ["Шохрух Саидзода"]



@pytest.mark.parametrize("lead", [
    # the lead's person is no subject the reporter reads (no reporting verb), and the outlet's own voice
    # stands between the lead and the first question
    "Президент Монголии Ухнаагийн Хурэлсух ответил на вопросы агентства. Публикуем основные фрагменты беседы.",
    "Президент Монголии Ухнаагийн Хурэлсух перед поездкой в Пекин дал интервью газете. Приводим текст беседы.",
])
def test_the_lead_names_the_interviewee_before_the_outlets_voice(extractor, lead):
    text = lead + ("\n\n— Господин Президент, что для вас главное?\n\n— Главное для нас — водная безопасность "
                   "региона.\n\n— А что с транзитом?\n\n— Мы предлагаем построить новую железную дорогу.")
    r = extractor.extract(text)
    assert [(p.span.text, p.speaker) for p in r.priorities] == [("водная безопасность региона", "Ухнаагийн Хурэлсух")]
    assert [(i.span.text, i.speaker) for i in r.initiatives] == [("построить новую железную дорогу",
                                                                   "Ухнаагийн Хурэлсух")]


@pytest.mark.parametrize("label, full", [
    # initials before a surname of two words: the words after the initials are the surname, not a
    # first name, so the label is the person the chair introduced in full
    ("М.Исхак Дар", "Мухаммад Исхак Дар"),
    ("М. Исхак Дар", "Мухаммад Исхак Дар"),
    ("А.Абдулла Абдулла", "Абдулла Абдулла"),
])
def test_a_label_of_initials_and_a_double_surname_is_the_person_introduced(label, full):
    text = ("Стенограмма заседания Совета министров\n\n"
            f"Председательствующий: Слово предоставляется министру иностранных дел {full}.\n\n"
            f"{label}: Благодарю. Мы решительно осуждаем терроризм во всех его проявлениях.")
    ctx = attributed(text, full, label)
    assert ctx.speaker_at(text.index("терроризм")) == full


def test_a_label_of_a_first_name_and_surname_stays_its_own_person():
    text = ("Стенограмма заседания Совета министров\n\n"
            "Председательствующий: Слово предоставляется министру Мухаммаду Исхаку Дару.\n\n"
            "Хина Дар: Благодарю. Мы решительно осуждаем терроризм во всех его проявлениях.")
    ctx = attributed(text, "Мухаммаду Исхаку Дару", "Хина Дар")
    assert ctx.speaker_at(text.index("терроризм")) == "Хина Дар"


TALKS = ("Переговоры в узком составе\n\n"
         "Ш.Мирзиёев: Уважаемый Садыр Нургожоевич! Рад видеть Вас в Ташкенте.\n\n"
         "Главное для нас сейчас – вода. Мы предлагаем создать совместный водный консорциум.\n\n"
         "Второй вопрос – транспорт. Важно ускорить строительство железной дороги.\n\n"
         "{between}"
         "С.Жапаров: Спасибо. Кыргызстан поддерживает создание консорциума.")


@pytest.mark.parametrize("fragment", ["водный консорциум", "Второй вопрос", "железной дороги"])
def test_a_labelled_turn_goes_on_over_its_paragraphs(fragment):
    text = TALKS.format(between="")
    ctx = attributed(text, "Ш.Мирзиёев", "С.Жапаров", "Садыр Нургожоевич")
    assert ctx.speaker_at(text.index(fragment)) == "Ш.Мирзиёев"
    assert ctx.speaker_at(text.index("поддерживает создание")) == "С.Жапаров"


def test_a_narrated_paragraph_between_turns_is_the_narrators():
    text = TALKS.format(between="Беседа продолжилась в расширенном составе с участием министров.\n\n")
    ctx = attributed(text, "Ш.Мирзиёев", "С.Жапаров", "Садыр Нургожоевич")
    assert ctx.speaker_at(text.index("расширенном")) is None
    assert ctx.speaker_at(text.index("железной дороги")) == "Ш.Мирзиёев"


def test_a_paragraph_between_turns_that_names_another_speaker_is_his():
    text = TALKS.format(between="Ильхам Алиев, присоединившийся по видеосвязи, уверен, что Азербайджан готов "
                                "участвовать в консорциуме.\n\n")
    ctx = attributed(text, "Ш.Мирзиёев", "С.Жапаров", "Садыр Нургожоевич", "Ильхам Алиев")
    assert ctx.speaker_at(text.index("участвовать")) == "Ильхам Алиев"
    assert ctx.speaker_at(text.index("железной дороги")) == "Ш.Мирзиёев"


@pytest.mark.parametrize("intro, per, label, full", [
    # a foreign first name pymorphy only guesses ("Ухнаагийн" as a plural genitive) does not deny
    # the case of the title the name stands in apposition to
    ("Переговоры с Президентом Монголии Ухнаагийн Хурэлсухом прошли в Улан-Баторе.", "Ухнаагийн Хурэлсухом",
     "У.Хурэлсух", "Ухнаагийн Хурэлсух"),
    ("Встреча с Председателем Великого государственного хурала Монголии Дашзэгвийн Амарбаясгаланом прошла в "
     "Москве.", "Дашзэгвийн Амарбаясгаланом", "Д.Амарбаясгалан", "Дашзэгвийн Амарбаясгалан"),
])
def test_a_label_is_the_person_introduced_with_a_guessed_first_name(intro, per, label, full):
    text = (f"{intro}\n\n{label}: Уважаемые коллеги! Мы обеспокоены трансграничной преступностью.\n\n"
            "В.Володин: Спасибо. Мы поддерживаем создание рабочей группы.")
    ctx = attributed(text, per, label, "В.Володин")
    assert ctx.speaker_at(text.index("трансграничной")) == full


@pytest.mark.parametrize("label, who", [
    ("ТОКАЕВ", "Касым-Жомарт Токаев"),
    ("МИРЗИЁЕВ", "Шавкат Мирзиёев"),
])
def test_a_label_of_a_surname_in_capitals(label, who):
    text = ("Телеканал «Хабар», программа «Итоги». В студии – Касым-Жомарт Токаев и Шавкат Мирзиёев.\n\n"
            "ВЕДУЩИЙ: Что для вас главное в отношениях двух стран?\n\n"
            f"{label}: Мы решительно осуждаем терроризм и поддерживаем создание водного консорциума.\n\n"
            "ВЕДУЩИЙ: Спасибо.")
    ctx = attributed(text, "Касым-Жомарт Токаев", "Шавкат Мирзиёев")
    assert ctx.speaker_at(text.index("терроризм")) == who


UNMARKED = ("Глава МИД Армении Арарат Мирзоян ответил на вопросы газеты «Голос Армении».\n\n"
            "Господин министр, что Ереван считает главным для предстоящего заседания?\n\n"
            "Для нас на первом месте – разблокирование коммуникаций. Мы предлагаем создать рабочую группу.\n\n"
            "Как вы оцениваете ситуацию на границе?\n\n"
            "Ситуация остается напряженной. Провокации недопустимы.\n\n"
            "Беседовала Анна Петросян")


@pytest.mark.parametrize("fragment, speaker", [
    # questions set as paragraphs of their own, with no dash or label (bold in the original)
    ("что Ереван", None),
    ("разблокирование", "Арарат Мирзоян"),
    ("Как вы оцениваете", None),
    ("остается напряженной", "Арарат Мирзоян"),
    ("Провокации", "Арарат Мирзоян"),
])
def test_an_interview_whose_questions_are_unmarked_paragraphs(fragment, speaker):
    ctx = attributed(UNMARKED, "Арарат Мирзоян", "Анна Петросян")
    assert ctx.speaker_at(UNMARKED.index(fragment)) == speaker


def test_one_question_paragraph_makes_no_interview():
    text = ("Министр Арарат Мирзоян выступил на форуме.\n\nЧто ждет регион?\n\n"
            "Эксперты считают, что ситуация остается напряженной.")
    ctx = attributed(text, "Арарат Мирзоян")
    assert ctx.speaker_at(text.index("остается")) is None
