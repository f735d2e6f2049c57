"""Persons from natasha's PER spans: one per surname, with a title and country; not in institutions."""
from __future__ import annotations

import pytest
from speakers_support import attributed, context, grammar

from shos_speech._stages.speakers.intervals import Intervals
from shos_speech._stages.speakers.persons import Cast, find_persons


def cast_of(text: str, *names: str, taken: tuple[str, ...] = ()) -> Cast:
    ctx = context(text, *names)
    spans = Intervals((text.index(t), text.index(t) + len(t)) for t in taken)
    return find_persons(ctx.doc, spans, grammar())


def test_one_person_whatever_the_case_and_gender_reading():
    text = ("Официальный представитель МИД России Мария Захарова провела брифинг. Захаровой задали вопрос о "
            "Судане. Захарова ответила.")
    cast = cast_of(text, "Мария Захарова", "Захаровой", "Захарова")
    assert [(p.name, p.title, p.country) for p in cast.persons] == [
        ("Мария Захарова", "Официальный представитель МИД России", "Россия")]
    assert [text[a:b] for a, b in cast.persons[0].mentions] == ["Мария Захарова", "Захаровой", "Захарова"]


def test_the_longest_name_is_the_persons_name():
    text = "Лукашенко прибыл в Минск. Президент Беларуси Александр Лукашенко открыл форум."
    cast = cast_of(text, "Лукашенко", "Александр Лукашенко")
    assert [p.name for p in cast.persons] == ["Александр Лукашенко"]
    # the title comes from the first mention that has one
    assert cast.persons[0].title == "Президент Беларуси"


def test_a_name_in_another_case_is_put_in_the_nominative():
    text = "Делегация встретилась с Президентом Монголии Ухнаагийном Хурэлсухом и Шавкатом Мирзиёевым."
    cast = cast_of(text, "Ухнаагийном Хурэлсухом", "Шавкатом Мирзиёевым")
    assert [p.name for p in cast.persons] == ["Ухнаагийн Хурэлсух", "Шавкат Мирзиёев"]


@pytest.mark.parametrize("text, name, taken", [
    # natasha's PER inside an institution's name is that institution
    ("Фонд Нурсултана Назарбаева провел конференцию.", "Нурсултана Назарбаева", ("Фонд Нурсултана Назарбаева",)),
    # a country adjective tagged as a person is no one
    ("Кыргызский лидер заявил о поддержке.", "Кыргызский", ()),
])
def test_no_person(text, name, taken):
    assert cast_of(text, name, taken=taken).persons == []


TEXT = "Министр Сергей Лавров выступил. Ван И заявил о поддержке. Лавров добавил, что санкции незаконны."


def test_mentions_found_by_offset():
    cast = cast_of(TEXT, "Сергей Лавров", "Ван И", "Лавров")
    lavrov, wang = cast.persons
    assert [m.person for m in cast.starting_in(0, TEXT.index("Ван"))] == [lavrov]
    assert [m.person for m in cast.starting_in(TEXT.index("Ван"), len(TEXT))] == [wang, lavrov]
    assert cast.last_before(TEXT.index("заявил")) is wang
    assert cast.last_before(TEXT.index("Сергей")) is None
    assert cast.last_speaker_before(len(TEXT)) is None  # no one has spoken yet
    wang.speaks = True
    assert cast.last_speaker_before(len(TEXT)) is wang
    assert cast.speakers(TEXT)[0].name == "Ван И" and [s.name for s in cast.speakers(TEXT)] == ["Ван И"]


def test_one_surname_two_first_names_are_two_people():
    text = ("Президент Узбекистана Карим Ташкентов открыл форум. Его брат Бахром Ташкентов выступил позднее. "
            "Карим Ташкентов поблагодарил гостей, а Ташкентов-младший промолчал. Затем Ташкентов ушел.")
    cast = cast_of(text, "Карим Ташкентов", "Бахром Ташкентов", "Ташкентов")
    assert [p.name for p in cast.persons] == ["Карим Ташкентов", "Бахром Ташкентов"]
    # a surname alone is the person of that surname named in full nearest before it
    last = text.rindex("Ташкентов")
    assert next(cast.starting_in(last, len(text))).person.name == "Карим Ташкентов"


@pytest.mark.parametrize("text, names, expected", [
    # a first name and patronymic address the person of that first name ...
    ("Министр Андрей Веденеев прибыл в Ереван. — Андрей Петрович, каковы итоги? — Итоги хорошие.",
     ("Андрей Веденеев", "Андрей Петрович"), [("Андрей Веденеев", 2)]),
    # ... and name no one when the text has no such person
    ("Уважаемый Нурали Шарипович! Благодарю за приглашение.", ("Нурали Шарипович",), []),
])
def test_a_form_of_address(text, names, expected):
    cast = cast_of(text, *names)
    assert [(p.name, len(p.mentions)) for p in cast.persons] == expected


@pytest.mark.parametrize("text, names, expected", [
    # natasha's PER on a post alone, on a common word, or with the post inside, is trimmed or dropped
    ("По словам Президента, работа продолжится.", ("Президента",), []),
    ("Поблагодарив хозяев, делегация уехала.", ("Поблагодарив",), []),
    ("Ранее Председатель Ли Цян посетил Астану.", ("Председатель Ли Цян",), ["Ли Цян"]),
    # a common word is a surname when the text names that person in full
    ("Премьер-министр Пакистана Имран Хан прибыл в Бишкек. Хан выступил первым.", ("Имран Хан", "Хан"),
     ["Имран Хан"]),
])
def test_names_natasha_overreads(text, names, expected):
    assert [p.name for p in cast_of(text, *names).persons] == expected


@pytest.mark.parametrize("text, names, expected", [
    # the fullest naming in the nominative is the person's name
    ("Встреча Генерального секретаря ШОС Ли Мина с послами прошла в Пекине. Ли Мин заявил о планах.",
     ("Ли Мина", "Ли Мин"), "Ли Мин"),
    # a foreign name named only in another case, read in the case its title gives
    ("Переговоры с Президентом Ирана Масудом Пезешкианом завершились.", ("Масудом Пезешкианом",),
     "Масуд Пезешкиан"),
    # the person's other mentions give the gender the lone surname is read in
    ("Власти поддержали Токаева. Токаев поблагодарил их.", ("Токаева", "Токаев"), "Токаев"),
])
def test_the_persons_name(text, names, expected):
    (person,) = cast_of(text, *names).persons
    assert person.name == expected


@pytest.mark.parametrize("text, name, subject", [
    ("Сергей Лавров провел переговоры.", "Сергей Лавров", True),
    ("Стороны поддержали кандидатуру Сергея Лаврова.", "Сергея Лаврова", False),
    ("Касым-Жомарт Токаев открыл саммит.", "Касым-Жомарт Токаев", True),
    # no reading tells the case: the verb after it does, or the noun before it
    ("Ван И выступил первым.", "Ван И", True),
    ("Затем Хурэлсух пригласил гостей.", "Хурэлсух", True),
    ("Делегации осмотрели памятник Исмоилу Сомони в центре города.", "Исмоилу Сомони", False),
    # a title in apposition gives the case
    ("Встреча прошла с Председателем КНР Си Цзиньпином.", "Си Цзиньпином", False),
    # the verb after a name agrees with a noun before it that can only be the subject ...
    ("Позиция Бахтиёра Саидова осталась прежней.", "Бахтиёра Саидова", False),
    # ... not with the object put first
    ("Ирак Моди назвал важным партнером.", "Моди", True),
])
def test_a_mention_that_can_be_a_subject(text, name, subject):
    (mention,) = cast_of(text, name).mentions
    assert mention.subject is subject


def test_an_institution_that_runs_into_a_name_leaves_the_person():
    text = "Об этом заявил помощник Администрации Президента Рамиз Гасанов."
    cast = cast_of(text, "Рамиз Гасанов", taken=("Администрации Президента Рамиз",))
    assert [p.name for p in cast.persons] == ["Рамиз Гасанов"]


@pytest.mark.parametrize("text, name, expected, title", [
    # a name in apposition to a noun of a person takes its case
    ("Министр провел встречу с казахстанским коллегой Ержаном Казыханом.", "Ержаном Казыханом",
     "Ержан Казыхан", None),
    # a post's complements stay as written, its head is put in the nominative
    ("Выступил заведующий отделом внешней политики Хикмет Гаджиев.", "Хикмет Гаджиев", "Хикмет Гаджиев",
     "заведующий отделом внешней политики"),
    ("Визит вице-премьера Турции Джевдета Йылмаза начался.", "Джевдета Йылмаза", "Джевдет Йылмаз",
     "вице-премьер Турции"),
])
def test_name_and_title_in_apposition(text, name, expected, title):
    (person,) = cast_of(text, name).persons
    assert (person.name, person.title) == (expected, title)


@pytest.mark.parametrize("text, names, expected", [
    # no post in the name; the first name when the text gives it anywhere
    ("Президент Путин прибыл в Астану. Владимир Путин провел переговоры.", ("Президент Путин", "Владимир Путин"),
     "Владимир Путин"),
    ("Президент Путин прибыл в Астану.", ("Президент Путин",), "Путин"),
    # initials spaced as the text spaces them
    ("Брифинг провела М.В.Захарова.", ("М.В.Захарова",), "М.В.Захарова"),
    ("Брифинг провела М. В. Захарова.", ("М. В. Захарова",), "М. В. Захарова"),
    ("Заявление М.В.Захаровой опубликовано.", ("М.В.Захаровой",), "М.В.Захарова"),
])
def test_names_as_the_text_gives_them(text, names, expected):
    (person,) = cast_of(text, *names).persons
    assert person.name == expected


@pytest.mark.parametrize("text, written, name", [
    # a name right after a word of speech is whose words they are: a foreign name in the genitive
    ("Выступление Шахбаза Шарифа было посвящено экономике.", "Шахбаза Шарифа", "Шахбаз Шариф"),
    ("Предложение Масуда Пезешкиана касалось транзита.", "Масуда Пезешкиана", "Масуд Пезешкиан"),
    ("Слова Марии Захаровой прозвучали жестко.", "Марии Захаровой", "Мария Захарова"),
    # after a preposition the word of speech is a circumstance: the name is the subject
    ("В своем выступлении Шахбаз Шариф отметил рост торговли.", "Шахбаз Шариф", "Шахбаз Шариф"),
    ("На брифинге Мария Захарова заявила о санкциях.", "Мария Захарова", "Мария Захарова"),
])
def test_a_name_after_a_word_of_speech_is_in_the_genitive(text, written, name):
    assert [p.name for p in cast_of(text, written).persons] == [name]


@pytest.mark.parametrize("text, names, person", [
    # the name after "по словам" is a genitive: one person with the name in full
    ("Президент Ирана Масуд Пезешкиан прибыл в Душанбе. По словам Пезешкиана, санкции недопустимы.",
     ("Масуд Пезешкиан", "Пезешкиана"), "Масуд Пезешкиан"),
    ("Премьер-министр Пакистана Шахбаз Шариф выступил в Астане. По мнению Шарифа, терроризм угрожает всем.",
     ("Шахбаз Шариф", "Шарифа"), "Шахбаз Шариф"),
])
def test_a_name_after_according_is_the_person_named_in_full(text, names, person):
    ctx = attributed(text, *names)
    assert [s.name for s in ctx.speakers] == [person]
