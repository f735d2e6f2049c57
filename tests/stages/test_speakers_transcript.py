"""First-person transcripts: the speech is the speaker's whom its heading names, or nobody's known."""
from __future__ import annotations

import pytest
from speakers_support import attributed

from shos_speech._core.analysis import light_document
from shos_speech._stages.speakers.transcript import first_person, is_vocative


def sentence(text: str):
    return light_document(text).sentences[0]


@pytest.mark.parametrize("text, vocative", [
    ("Уважаемые коллеги!", True),
    ("Дорогие друзья!", True),
    ("Уважаемый Нурали Шарипович!", True),
    ("– Спасибо, уважаемый господин Председатель.", True),
    ("Дамы и господа!", True),
    # a respected person described, thanks to someone, colleagues who act: no address
    ("Уважаемый эксперт выступил с докладом.", False),
    ("Спасибо партнерам за поддержку.", False),
    ("Коллеги поддержали эту идею.", False),
])
def test_is_vocative(text, vocative):
    assert is_vocative(sentence(text)) is vocative


@pytest.mark.parametrize("text, first", [
    ("Предлагаю создать фонд.", True), ("Мы за диалог.", True), ("Наша позиция неизменна.", True),
    ("Министр предложил создать фонд.", False),
])
def test_first_person(text, first):
    assert first_person(sentence(text)) is first


SPEECH = ("Уважаемые коллеги!\n\nБлагодарю хозяев за прием. Терроризм остается главной угрозой. "
          "Предлагаем создать водный фонд.\n\nБлагодарю за внимание.")


@pytest.mark.parametrize("heading, names, speaker", [
    # the heading names the speaker in the genitive after a word of speech ...
    ("Выступление Президента Республики Таджикистан Нурали Саидова на саммите в Душанбе\n\n", ("Нурали Саидова",),
     "Нурали Саидов"),
    # ... or on a line of its own, with the post; or in a lead sentence
    ("Председатель Правления Банка Ли Цзюнь\nВыступление на годовом собрании\n\n", ("Ли Цзюнь",), "Ли Цзюнь"),
    ("Министр Андрей Веденеев принял участие в сессии по видеосвязи. Ниже – текст выступления.\n\n",
     ("Андрей Веденеев",), "Андрей Веденеев"),
])
def test_the_speech_is_the_speakers_the_heading_names(heading, names, speaker):
    text = heading + SPEECH
    ctx = attributed(text, *names)
    assert [s.name for s in ctx.speakers] == [speaker]
    for fragment in ("Благодарю хозяев", "Терроризм", "водный фонд"):
        assert ctx.speaker_at(text.index(fragment)) == speaker


def test_a_speech_with_no_name_in_its_heading_is_nobodys_known():
    text = "Выступление на саммите в Душанбе\n\n" + SPEECH
    ctx = attributed(text)
    assert ctx.speakers == [] and ctx.speaker_at(text.index("Терроризм")) is None


def test_the_persons_addressed_are_no_speakers_and_the_speech_ends_with_its_closing():
    text = ("Выступление Президента Кыргызстана Алмаза Осмонова\n\nУважаемый Нурали Шарипович!\n\n"
            "Благодарю вас за приглашение. Уверен, Нурали Шарипович проведет саммит достойно.\n\nСпасибо.\n\n"
            "После выступления лидеры подписали декларацию.")
    ctx = attributed(text, "Алмаза Осмонова", "Нурали Шарипович")
    assert [s.name for s in ctx.speakers] == ["Алмаз Осмонов"]
    assert ctx.speaker_at(text.index("проведет саммит")) == "Алмаз Осмонов"
    assert ctx.speaker_at(text.index("подписали декларацию")) is None


def test_a_speech_heading_with_a_first_person_body():
    text = ("Обращение Генерального секретаря ОДКБ Тимура Ахметова к участникам учений\n"
            "Мы высоко ценим вклад каждого контингента. Терроризм не знает границ.")
    ctx = attributed(text, "Тимура Ахметова")
    assert ctx.speaker_at(text.index("Терроризм")) == "Тимур Ахметов"


BRIEF_BODY = ("Официальный представитель провела очередной брифинг в Минске.\n\n"
              "Продолжаем следить за событиями на границе. Отмечаем рост контрабанды оружия.\n\n"
              "Вопрос: Поддержит ли Минск создание миротворческого центра?\n\n"
              "Ответ: Мы поддерживаем создание такого центра.")


@pytest.mark.parametrize("heading, speaker", [
    # a spokesman's briefing, comment, interview or answers: the first person is the one the heading names
    ("Брифинг официального представителя МИД Беларуси Анны Глазко\n\n", "Анна Глазко"),
    ("Комментарий официального представителя МИД Беларуси Анны Глазко\n\n", "Анна Глазко"),
    ("Ответы официального представителя МИД Беларуси Анны Глазко на вопросы СМИ\n\n", "Анна Глазко"),
    ("Интервью официального представителя МИД Беларуси Анны Глазко агентству БЕЛТА\n\n", "Анна Глазко"),
    # no one named in the heading: nobody's known
    ("Брифинг в МИД Беларуси\n\n", None),
])
def test_a_spokesmans_heading(heading, speaker):
    text = heading + BRIEF_BODY
    ctx = attributed(text, "Анны Глазко")
    for fragment in ("следить за событиями", "контрабанды оружия", "Мы поддерживаем создание"):
        assert ctx.speaker_at(text.index(fragment)) == speaker
    # the lead in the third person is the narrator's, a journalist's question nobody's
    assert ctx.speaker_at(text.index("провела очередной")) is None
    assert ctx.speaker_at(text.index("Поддержит ли Минск")) is None


_SPEECH = ("Выступление Премьер-министра Кыргызстана Адылбека Касымалиева\n\nУважаемые коллеги!\n\n"
           "Мы предлагаем создать общий реестр перевозчиков.\n\n")


@pytest.mark.parametrize("epilogue, fragment, speaker", [
    # the narrator reports the meeting's outcome: the text's own voice
    ("По итогам заседания главы правительств подписали соглашение о транзите.", "соглашение о транзите", None),
    # ... also with a short passive participle for its predicate
    ("По итогам заседания подписано соглашение о транзите.", "соглашение о транзите", None),
    ("В ходе встречи были утверждены планы на следующий год.", "планы", None),
    # another person's words after the speech, and what follows them
    ("Председатель Коллегии ЕЭК Бакытжан Сагинтаев отметил, что комиссия займется тарифами. "
     "Он добавил, что главное — цифровые платежи.", "цифровые платежи", "Бакытжан Сагинтаев"),
])
def test_the_narrator_takes_the_floor_back_after_a_speech(epilogue, fragment, speaker):
    text = _SPEECH + epilogue
    ctx = attributed(text, "Адылбека Касымалиева", "Бакытжан Сагинтаев")
    assert ctx.speaker_at(text.index("общий реестр")) == "Адылбек Касымалиев"
    assert ctx.speaker_at(text.index(fragment)) == speaker


@pytest.mark.parametrize("paragraph", [
    "В 2001 году лидеры шести стран подписали Хартию организации.",  # history the speaker tells
    "В будущем году народы Содружества отметят юбилей Победы.",
    "Убеждены, что союз справится с вызовами.",
])
def test_a_speech_paragraph_in_the_third_person_stays_the_speakers(paragraph):
    text = _SPEECH + paragraph + "\n\nНаша цель — общий рынок электроэнергии."
    ctx = attributed(text, "Адылбека Касымалиева")
    assert ctx.speaker_at(text.index(paragraph[:12])) == "Адылбек Касымалиев"
    assert ctx.speaker_at(text.index("общий рынок")) == "Адылбек Касымалиев"


ARTICLE = ("Статья Президента Республики Таджикистан Эмомали Рахмона для газеты «Азия-Плюс»\n\n"
           "Вода объединяет Центральную Азию\n\n"
           "Для нашей страны водная повестка – вопрос выживания. Мы предлагаем создать региональный водный фонд.\n\n"
           "Ледники – наше общее достояние. {cited} Убежден, что ледники нужно беречь вместе.")


def test_a_signed_article_is_its_authors_speech():
    text = ARTICLE.format(cited="Ледники тают все быстрее.")
    ctx = attributed(text, "Эмомали Рахмона")
    for fragment in ("водный фонд", "общее достояние", "Ледники тают", "ледники нужно"):
        assert ctx.speaker_at(text.index(fragment)) == "Эмомали Рахмон"


@pytest.mark.parametrize("cited, names, speaker", [
    # another person named as the subject of a verb of speech with what he said: his words
    ("Президент Казахстана Касым-Жомарт Токаев на саммите подчеркнул, что водные споры решаются только "
     "диалогом.", ("Касым-Жомарт Токаев",), "Касым-Жомарт Токаев"),
    ("Генеральный секретарь ООН Антониу Гутерреш заявил: водный кризис затронет миллионы людей.",
     ("Антониу Гутерреш",), "Антониу Гутерреш"),
    # the speaker's own verb of speech, or a pronoun, keeps the speech his
    ("С удовлетворением отмечу, что Генеральная Ассамблея поддержала нашу инициативу.", (), "Эмомали Рахмон"),
    ("Токаев предложил провести водный форум в Астане.", ("Токаев",), "Эмомали Рахмон"),
])
def test_words_cited_inside_a_speech(cited, names, speaker):
    text = ARTICLE.format(cited=cited)
    ctx = attributed(text, "Эмомали Рахмона", *names)
    assert ctx.speaker_at(text.index(cited[:25])) == speaker
    for fragment in ("водный фонд", "ледники нужно"):
        assert ctx.speaker_at(text.index(fragment)) == "Эмомали Рахмон"


SPEECH_BODY = ("Мир переживает период турбулентности. Терроризм по-прежнему угрожает стабильности.\n\n"
               "Мы предлагаем создать региональный центр по адаптации к изменению климата.")
HEADING = "Выступление Президента Кыргызской Республики Садыра Жапарова на общих дебатах Генассамблеи ООН\n\n"


@pytest.mark.parametrize("text", [
    HEADING + "Г-н Председатель!\nГ-н Генеральный секретарь!\n\n" + SPEECH_BODY,  # an abbreviated address
    HEADING + SPEECH_BODY,  # a heading on a line of its own: the speech is all after it
    "Садыр Жапаров\nПрезидент Кыргызской Республики\n\n" + SPEECH_BODY,  # a byline, first person soon after
])
def test_a_speech_under_its_heading_is_its_speakers_from_its_first_sentence(text):
    ctx = attributed(text, "Садыра Жапарова", "Садыр Жапаров")
    assert ctx.speaker_at(text.index("Терроризм")) == "Садыр Жапаров"


@pytest.mark.parametrize("text", [
    # a heading that runs on into the text: no speech yet
    "Выступление Садыра Жапарова вызвало интерес. Терроризм по-прежнему угрожает стабильности. "
    "Мы предлагаем создать центр.",
    # a byline over a news lead that names whom it reports
    "Садыр Жапаров\n\nПрезидент Садыр Жапаров выступил в ООН. Терроризм по-прежнему угрожает стабильности. "
    "«Мы предлагаем создать центр», — сказал он.",
])
def test_no_speech_before_its_words(text):
    ctx = attributed(text, "Садыра Жапарова", "Садыр Жапаров")
    assert ctx.speaker_at(text.index("Терроризм")) is None
