"""Classes of the language the second round of the initiatives work covers, on sentences of our own,
through the whole pipeline (the bodies the institutions stage finds decide some of them)."""
from __future__ import annotations

import pytest


def _items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event someone holds or will hold is an undertaking done
        ("Российская сторона проведет в Казани форум молодых ученых и выставку инноваций.",
         [("форум молодых ученых", "implements"), ("выставку инноваций", "implements")]),
        ("Узбекистан проводит фестиваль национальной кухни.", [("фестиваль национальной кухни", "implements")]),
        ("В следующем году Туркменистан проведет саммит организации.", [("саммит организации", "implements")]),
        # a sitting or talks held in the past are narrated; so is the meeting a relative clause describes
        ("Президенты провели переговоры в узком составе.", []),
        ("Вечером министры провели рабочую встречу.", []),
        ("Заседание, которое провел председатель, было посвящено экономике.", []),
    ],
)
def test_events_held(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joining a body is an undertaking wherever it is named (ONTOLOGY §5: accession, a status in a body)
        ("Главной темой станет принятие Сербии в полноправные члены союза.",
         [("принятие Сербии в полноправные члены союза", "mentions")]),
        ("Этот день войдет в историю как дата присоединения нашей страны к Шанхайской организации сотрудничества.",
         [("присоединения нашей страны к Шанхайской организации сотрудничества", "mentions")]),
        ("Тегеран рассчитывает, что членство Ирана в ШОС поможет торговле.", [("членство Ирана в ШОС", "mentions")]),
        # the decision put before its plural subject and verb takes their stance (test_initiatives_round6.py)
        ("Решение о завершении процедуры вступления лидеры подписали утром.",
         [("Решение о завершении процедуры вступления", "adopts")]),
        ("Ожидается ли расширение ШОС?", [("расширение ШОС", "mentions")]),
        # a predicate shortly before gives its stance
        ("Министр поздравил Лаос с обретением статуса наблюдателя АСЕАН.",
         [("обретением статуса наблюдателя АСЕАН", "welcomes")]),
        ("Мы поддерживаем консенсус о начале процедуры приема Республики Беларусь.",
         [("начале процедуры приема Республики Беларусь", "supports")]),
        # a status or a membership held is a state; a past accession naming a date, a reception: none
        ("Две страны имеют статус наблюдателей.", []),
        ("Членство в ОДКБ не защитило страну.", []),
        ("С момента присоединения Беларуси к Организации прошел год.", []),
        ("Благодарим за теплый прием в Астане.", []),
    ],
)
def test_joining_a_body(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imperfective pairs of the lexicon's verbs name the same steps
        ("Призываем партнеров расширять сеть логистических центров.",
         [("расширять сеть логистических центров", "calls_for")]),
        # growth, equipment, exchange of experience, a common approach worked out: steps of cooperation
        ("Президент предложил оснастить пограничные войска современной техникой.",
         [("оснастить пограничные войска современной техникой", "proposes")]),
        ("Стороны продолжат наращивать товарооборот.", [("наращивать товарооборот", "implements")]),
        ("Казахстан готов делиться опытом в сфере цифровизации.",
         [("делиться опытом в сфере цифровизации", "proposes")]),
        ("Предлагаем выработать единые подходы к маркировке товаров.",
         [("выработать единые подходы к маркировке товаров", "proposes")]),
        # a verb of the lexicon alone makes no item: an infinitive with no object stays none
        ("Мы будем и дальше делиться.", []),
    ],
)
def test_verbs_of_undertaking(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after the pronoun a predicate's preposition governs is its object
        ("Президент призвал к тому, чтобы создать региональный фонд.",
         [("создать региональный фонд", "calls_for")]),
        ("Министр выступил за то, чтобы провести форум в Ташкенте.",
         [("провести форум в Ташкенте", "supports")]),
        # a clause with a subject of its own names no undertaking
        ("Мы выступаем за то, чтобы все страны жили в мире.", []),
    ],
)
def test_correlative_clause(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named undertaking right after a verbal predicate is its object, and so are those joined to it
        ("Он высоко оценил «Один пояс, один путь» и Китайско-пакистанский экономический коридор.",
         [("«Один пояс, один путь»", "welcomes"), ("Китайско-пакистанский экономический коридор", "welcomes")]),
        ("Президент поддерживает Транскаспийский международный транспортный маршрут, а также железную дорогу "
         "Китай – Кыргызстан – Узбекистан.",
         [("Транскаспийский международный транспортный маршрут", "supports"),
          ("железную дорогу Китай – Кыргызстан – Узбекистан", "supports")]),
        # not across other words, not in a question
        ("Он высоко оценил вклад экспертов в проект «Один пояс, один путь».",
         [("проект «Один пояс, один путь»", "mentions")]),
        ("Поддержит ли Индия «Один пояс, один путь»?", [("«Один пояс, один путь»", "mentions")]),
    ],
)
def test_stance_carried_to_named_undertakings(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a registry undertaking wrapped keeps its kind; a document on it is a document
        ("Китай высоко ценит поддержку Бишкеком Инициативы глобального развития.", "initiative"),
        ("Министры утвердили положение о Совете мудрецов СВМДА.", "strategy"),
        # a discussion of an accession is the accession's kind
        ("Министр намерен обсудить вопрос о присоединении Турции к объединению.", "other"),
    ],
)
def test_kind_of_wrapped_undertakings(extractor, text, kind):
    assert [i.kind.value for i in extractor.extract(text).initiatives] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # changes to a document and the documents of a decision, one item each in a list of what was adopted
        ("Помимо этого, Совет одобрил изменения в регламент работы комиссии, бюджет Союза на 2027 год и решение "
         "о создании аналитического центра.",
         [("изменения в регламент работы комиссии", "adopts"), ("бюджет Союза на 2027 год", "adopts"),
          ("решение о создании аналитического центра", "adopts")]),
        ("Министры утвердили рекомендации по гармонизации таможенных процедур.",
         [("рекомендации по гармонизации таможенных процедур", "adopts")]),
        ("Лидеры подписали поручение о разработке плана действий.",
         [("поручение о разработке плана действий", "adopts")]),
        # quoted names joined by "и" are one item each
        ("Депутаты одобрили модельный закон «О защите персональных данных» и «О цифровых платформах».",
         [("модельный закон «О защите персональных данных»", "adopts"), ("«О цифровых платформах»", "adopts")]),
        ("Стороны провели учения «Взаимодействие» и «Поиск».",
         [("учения «Взаимодействие»", "implements"), ("«Поиск»", "implements")]),
        # an instruction with no content is no document
        ("Следуя поручению лидеров, министры продолжили работу.", []),
    ],
)
def test_documents_adopted(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting announced is an item wherever it is named (ONTOLOGY §6)
        ("Что вы ждете от предстоящего саммита ШОС в Бишкеке?", [("предстоящего саммита ШОС в Бишкеке", "mentions")]),
        ("Министр рассказал о повестке предстоящего заседания Совета министров.",
         [("предстоящего заседания Совета министров", "mentions")]),
        # named as a time or a place only; a year is a date
        ("Итоги доложат к следующему саммиту.", []),
        ("Вопрос рассмотрят на следующей встрече министров.", []),
        ("В следующем году мы продолжим эту работу.", []),
    ],
)
def test_meetings_announced(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strict wrapper governs its event past a date and a place
        ("Делегаты выступили за проведение в 2027 году в Самарканде Форума молодых дипломатов.",
         [("проведение в 2027 году в Самарканде Форума молодых дипломатов", "supports")]),
        ("Мы поддерживаем проведение в Астане Регионального экологического саммита.",
         [("проведение в Астане Регионального экологического саммита", "supports")]),
        # supplies take the kind of what is supplied
        ("Узбекистан продолжает поставки гуманитарной помощи соседям.",
         [("поставки гуманитарной помощи соседям", "implements")]),
        # a holding with a place and no event is none
        ("Мы поддерживаем проведение в Астане.", []),
    ],
)
def test_wrappers_and_supplies(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted set of documents after "и" is no part of the item before it
        ("Главы государств приняли Ташкентскую декларацию и еще около двух десятков документов.",
         [("Ташкентскую декларацию", "adopts")]),
        ("Министры подписали Бакинскую декларацию и ряд совместных документов.", [("Бакинскую декларацию", "adopts")]),
        ("Стороны подписали соглашение и несколько меморандумов.", [("соглашение", "adopts")]),
    ],
)
def test_counted_set_after_and(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted names after a named undertaking without a stance are one item each, as after a predicate
        ("В этом году прошли совместные учения «Взаимодействие-2024» и «Поиск-2024».",
         [("совместные учения «Взаимодействие-2024»", "mentions"), ("«Поиск-2024»", "mentions")]),
        ("Генсек напомнил об учениях «Рубеж», «Поиск» и «Эшелон».",
         [("учениях «Рубеж»", "mentions"), ("«Поиск»", "mentions"), ("«Эшелон»", "mentions")]),
    ],
)
def test_quoted_names_of_a_mention(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set of documents as an infinitive's object names none, its list does
        ("Мы готовы поддержать весь пакет документов, включая Стратегию развития цифровой экономики.",
         [("Стратегию развития цифровой экономики", "proposes")]),
        ("Предлагаем провести серию совместных учений.", [("провести серию совместных учений", "proposes")]),
        # a possessive of a thing named before opens an aspect of it, unless its head is an undertaking
        ("Поручаем экспертам проработать её правовые и организационные параметры.", []),
        ("Мы готовы поддержать его инициативу о создании фонда.",
         [("поддержать его инициативу о создании фонда", "proposes")]),
    ],
)
def test_infinitive_objects_that_name_none(extractor, text, expected):
    assert _items(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set or a count of proposals inside a stance phrase: the list after it is proposed
        ("Президент внес ряд предложений: создать фонд развития, запустить цифровую платформу и провести форум.",
         [("создать фонд развития", "proposes"), ("запустить цифровую платформу", "proposes"),
          ("провести форум", "proposes")]),
        ("Казахстан выступил с рядом инициатив: учредить центр по ледникам и провести водный форум.",
         [("учредить центр по ледникам", "proposes"), ("провести водный форум", "proposes")]),
    ],
)
def test_counted_proposals_in_a_stance_phrase(extractor, text, expected):
    assert _items(extractor, text) == expected
