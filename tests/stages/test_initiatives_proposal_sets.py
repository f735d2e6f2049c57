"""Proposal lists announced by a counted set of proposals, and the places between a verb and its object.

- A counted set of proposals that ends its sentence ("Хотел бы внести ряд предложений.", "У нас есть
  несколько предложений.", "Министр предложил ряд мер.") names no undertaking itself; the numbered
  sentences after it are its items and take its stance (lists.proposal_head).
- A clause of reason or condition between an item's marker and its infinitive ("Второе – поскольку …,
  провести …") is stepped over (lists._past_reason, data [reason_openers]).
- A proper place name takes no apposition: in "провести в Бишкеке Форум ШОС" the forum is the object,
  not a part of the place (chunking.pp_end), and the name leaves the place out.
"""
from __future__ import annotations

import pytest


def items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


_ITEMS = " Первое – учредить фонд поддержки фермерских хозяйств. Второе – провести форум по горным экосистемам."


@pytest.mark.parametrize("head", [
    "Хотел бы внести ряд предложений.",
    "У нас есть несколько предложений.",
    "Министр предложил ряд мер.",
    "Хочу озвучить три конкретные инициативы.",
])
def test_a_counted_set_of_proposals_heads_the_numbered_sentences(extractor, head):
    assert items(extractor, head + _ITEMS) == [
        ("учредить фонд поддержки фермерских хозяйств", "proposes"),
        ("провести форум по горным экосистемам", "proposes"),
    ]


@pytest.mark.parametrize("text", [
    "Хотел бы внести ряд предложений.",  # the set alone names nothing
    "Мы обсудили ряд предложений. Они касаются торговли и транспорта.",
    "У нас есть несколько предложений. Партнеры их изучают.",
])
def test_a_set_of_proposals_alone_is_no_item(extractor, text):
    assert items(extractor, text) == []


def test_a_set_without_a_count_opens_no_list(extractor):
    # "предложения" without a counter ends the sentence: no list is announced
    text = "Мы получили ваши предложения. Первое – это хорошая новость для всех."
    assert items(extractor, text) == []


@pytest.mark.parametrize("item, span", [
    ("Второе – поскольку засуха уже угрожает урожаю, провести форум по горным экосистемам.",
     "провести форум по горным экосистемам"),
    ("Второе – если партнеры согласятся, учредить фонд поддержки фермерских хозяйств.",
     "учредить фонд поддержки фермерских хозяйств"),
])
def test_a_clause_of_reason_before_an_item_is_stepped_over(extractor, item, span):
    text = "Предлагаю следующее. Первое – создать региональный центр по водным ресурсам. " + item
    assert items(extractor, text)[-1] == (span, "proposes")


def test_a_reason_clause_with_no_infinitive_gives_no_item(extractor):
    text = "Предлагаю следующее. Первое – создать региональный центр по водным ресурсам. " \
           "Второе – поскольку засуха уже угрожает урожаю."
    assert [s for s, _st in items(extractor, text)] == ["создать региональный центр по водным ресурсам"]


@pytest.mark.parametrize("text, name", [
    ("Предлагаем провести в Бишкеке Форум ШОС по горным экосистемам.", "Форум ШОС по горным экосистемам"),
    ("Предлагаем провести в мае в Минске заседание рабочей группы.", "заседание рабочей группы"),
    ("Предлагаем провести в Республике Казахстан форум по горным экосистемам.", "форум по горным экосистемам"),
])
def test_a_place_between_the_verb_and_its_object(extractor, text, name):
    found = extractor.extract(text).initiatives
    assert [i.name for i in found] == [name]
    assert found[0].stance.value == "proposes"


# ---- a named format of cooperation after a stance verb is an undertaking, an established body is not ----
@pytest.mark.parametrize("text, span, stance, kind", [
    ("Мы поддерживаем Глобальный альянс против голода и нищеты.", "Глобальный альянс против голода и нищеты",
     "supports", "institution_building"),
    ("Приветствуем Партнерство БРИКС по ликвидации неравенства.", "Партнерство БРИКС по ликвидации неравенства",
     "welcomes", "cooperation"),
    ("Будем развивать Сетевой университет СНГ.", "Сетевой университет СНГ", "implements", "institution_building"),
    ("Казахстан поддерживает Международную платформу по водным ресурсам.",
     "Международную платформу по водным ресурсам", "supports", "institution_building"),
])
def test_a_named_format_after_a_stance_verb(extractor, text, span, stance, kind):
    found = extractor.extract(text).initiatives
    assert [(i.span.text, i.stance.value, i.kind.value) for i in found] == [(span, stance, kind)]


@pytest.mark.parametrize("text", [
    "Мы поддерживаем ШОС и ее Секретариат.",
    "Мы поддерживаем Совет Безопасности ООН.",
    "Мы благодарим Детский фонд ООН за помощь.",  # thanks: the body at work, no undertaking
    "Рад приветствовать вас на Форуме регионов.",
])
def test_an_established_body_after_a_stance_verb_is_none(extractor, text):
    assert items(extractor, text) == []


# ---- "считаем первоочередным/приоритетным" + a concrete step: supported; + a domain: a priority ----------
@pytest.mark.parametrize("text, span", [
    ("Первоочередным считаем запуск Антинаркотического центра в Душанбе.",
     "запуск Антинаркотического центра в Душанбе"),
    # a document's span is the document's, its signing peeled (output._peel)
    ("Считаем приоритетным скорейшее подписание соглашения о транзите.", "соглашения о транзите"),
])
def test_a_concrete_step_marked_first_is_supported(extractor, text, span):
    assert items(extractor, text) == [(span, "supports")]


@pytest.mark.parametrize("text, priority", [
    ("Считаем первоочередным развитие транспортной инфраструктуры.", "развитие транспортной инфраструктуры"),
    ("Считаем приоритетным укрепление продовольственной безопасности.", "укрепление продовольственной безопасности"),
])
def test_a_domain_marked_first_is_a_priority(extractor, text, priority):
    r = extractor.extract(text)
    assert r.initiatives == []
    assert [p.span.text for p in r.priorities] == [priority]


# ---- a manner or time idiom after the object ends the item (data [stop_pairs]) ----------------------------
@pytest.mark.parametrize("text, span", [
    ("Мы рассчитываем запустить инвестиционный фонд на полную мощность.", "инвестиционный фонд"),
    ("Призываем выполнить план мероприятий в полном объеме.", "выполнить план мероприятий"),
    ("Предлагаем завершить строительство железной дороги в кратчайшие сроки.",
     "завершить строительство железной дороги"),
    ("Предлагаем провести конференцию по водной безопасности в ближайшее время.",
     "провести конференцию по водной безопасности"),
    ("Предлагаем создать фонд поддержки фермеров без промедления.", "создать фонд поддержки фермеров"),
])
def test_a_manner_idiom_ends_the_item(extractor, text, span):
    assert [s for s, _st in items(extractor, text)] == [span]



# ---- a date or a place between a nominalisation and its genitive ("проведение в Баку в следующем году X") ----
@pytest.mark.parametrize("text, span", [
    ("Предлагаю проведение в Баку в следующем году конференции по водной безопасности.",
     "проведение в Баку в следующем году конференции по водной безопасности"),
    ("Поддерживаем скорейший запуск в Ташкенте Универсального центра ШОС.",
     "скорейший запуск в Ташкенте Универсального центра ШОС"),
    ("Поддерживаем проведение в августе 2027 года в Авазе конференции по развивающимся странам.",
     "проведение в августе 2027 года в Авазе конференции по развивающимся странам"),
])
def test_a_date_or_place_before_the_genitive(extractor, text, span):
    assert [s for s, _st in items(extractor, text)] == [span]
