"""Classes of the language the eighth round of the initiatives work covers (issue 11), on sentences of our
own through the whole pipeline: authors put after their verb, re-mentions that carry a stance of their own,
stance families the lexicon lacked, and constructions that name no undertaking."""
from __future__ import annotations

import pytest


def _full(extractor, text: str) -> list[tuple[str, str, str, str | None]]:
    return [(i.span.text, i.kind.value, i.stance.value, i.proposer) for i in extractor.extract(text).initiatives]


def _items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


# ---- 1. an author put after the verb: "с инициативой X выступил Y", "инициатором X стал Y" -----------------
@pytest.mark.parametrize(
    ("text", "span", "proposer"),
    [
        ("С инициативой создания Евразийского инвестиционного фонда выступила российская сторона.",
         "создания Евразийского инвестиционного фонда", "Россия"),
        ("Инициатором проведения форума выступил Казахстан.", "проведения форума", "Казахстан"),
        ("Автором идеи создания Совета мудрецов стал Казахстан.", "создания Совета мудрецов", "Казахстан"),
        ("С предложением о проведении Года экологии выступил Кыргызстан.", "проведении Года экологии",
         "Кыргызстан"),
        ("С идеей учреждения Молодежного совета ШОС выступил Президент Узбекистана Шавкат Мирзиёев.",
         "учреждения Молодежного совета ШОС", "Президент Узбекистана Шавкат Мирзиёев"),
        ("Как известно, инициатором созыва Совещания стала казахстанская сторона.", "созыва Совещания",
         "Казахстан"),
    ],
)
def test_an_author_after_the_verb_proposes(extractor, text, span, proposer):
    got = _full(extractor, text)
    assert [(sp, st, p) for sp, _k, st, p in got] == [(span, "proposes", proposer)]


@pytest.mark.parametrize(
    "text",
    [
        # no undertaking after the noun, or the noun names no proposal
        "С инициативой выступил министр.",
        "Инициатором конфликта стал не Азербайджан.",
        "Автором статьи стал известный журналист.",
        "Инициатором встречи выступила китайская сторона.",
    ],
)
def test_an_author_noun_without_an_undertaking_names_none(extractor, text):
    assert _full(extractor, text) == []


def test_the_verb_before_the_author_noun_stays_one_item(extractor):
    got = _full(extractor, "Китай выступил инициатором создания банка развития.")
    assert got == [("создания банка развития", "institution_building", "proposes", "Китай")]


# ---- 2. a re-mention by a singular possessive and an action noun carries a stance of its own (§6) -----------
@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Казахстан строит новую дорогу. Мы поддерживаем ее строительство.", ("ее строительство", "supports")),
        ("Таджикистан предложил провести конференцию по воде. Приветствуем ее проведение в Душанбе.",
         ("ее проведение в Душанбе", "welcomes")),
        ("Мы предлагаем создать платформу электронной торговли. Поддерживаем ее скорейший запуск.",
         ("ее скорейший запуск", "supports")),
        ("Узбекистан предложил создать банк развития. Мы всецело поддерживаем его учреждение.",
         ("его учреждение", "supports")),
        ("Стороны парафировали соглашение о транзите. Выступаем за его подписание в этом году.",
         ("его подписание в этом году", "supports")),
    ],
)
def test_a_possessive_re_mention_with_a_stance_is_an_item(extractor, text, item):
    assert item in _items(extractor, text)


def test_a_wrapper_re_mention_takes_the_kind_of_what_it_stands_for(extractor):
    text = "Мы предлагаем создать платформу электронной торговли. Поддерживаем ее скорейший запуск."
    kinds = {i.span.text: i.kind.value for i in extractor.extract(text).initiatives}
    assert kinds["ее скорейший запуск"] == "institution_building"


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative with an undertaking's noun, a plural pronoun for several, no action noun
        "Мы поддерживаем этот проект.",
        "Стороны условились создать два центра. Китай уже приступил к их формированию.",
        "Мы поддерживаем его позицию по этому вопросу.",
        "Мы приветствуем его председательство.",
    ],
)
def test_no_re_mention_item(extractor, text):
    assert [sp for sp, _st in _items(extractor, text) if sp.split()[0].lower() in ("его", "ее", "их", "этот")] == []


# ---- 3. the proposal noun that ends a predicate heads what it names with "о" -------------------------------
@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Казахстан выступил с инициативой о создании центра.",
         ("инициативой о создании центра", "proposes", "Казахстан")),
        ("Таджикистан выдвинул инициативу о проведении конференции по водным ресурсам.",
         ("инициативу о проведении конференции по водным ресурсам", "proposes", "Таджикистан")),
        ("Монголия выдвинула идею о создании центра кочевых культур.",
         ("создании центра кочевых культур", "proposes", "Монголия")),
        ("Кыргызстан выступает с предложением о проведении форума.",
         ("проведении форума", "proposes", "Кыргызстан")),
    ],
)
def test_a_proposal_noun_with_o_proposes(extractor, text, item):
    assert item in [(sp, st, p) for sp, _k, st, p in _full(extractor, text)]


# ---- 4. counting and hoping on an undertaking supports it; the support it receives is none -----------------
@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Надеемся на скорейшее завершение строительства газопровода ТАПИ.",
         ("скорейшее завершение строительства газопровода ТАПИ", "supports")),
        ("Рассчитываем на скорейший запуск программы «Цифровой шелковый путь».",
         ("скорейший запуск программы «Цифровой шелковый путь»", "supports")),
        ("Мы очень рассчитываем на подписание меморандума о сотрудничестве в сфере туризма.",
         ("меморандума о сотрудничестве в сфере туризма", "supports")),
        ("Узбекистан надеется на открытие нового пункта пропуска на границе.",
         ("открытие нового пункта пропуска на границе", "supports")),
    ],
)
def test_counting_on_an_undertaking_supports_it(extractor, text, item):
    assert item in _items(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Мы рассчитываем на поддержку партнеров.",
        "Проект получил поддержку всех участников.",
        "Надеемся на понимание наших соседей.",
        "Эта идея нашла отклик у партнеров.",
    ],
)
def test_the_support_received_is_no_undertaking(extractor, text):
    assert _items(extractor, text) == []


def test_an_initiative_keeps_its_item_when_it_receives_support(extractor):
    text = "Выдвинутая Таджикистаном инициатива по водным ресурсам получила широкую поддержку."
    assert _items(extractor, text) == [("инициатива по водным ресурсам", "proposes")]


# ---- 5. events: a nominative pronoun after the meeting is its clause's subject; hosting a body's event -------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("В рамках предстоящей сессии Генеральной Ассамблеи мы обсудим вопросы климата.",
         "предстоящей сессии Генеральной Ассамблеи"),
        ("На полях предстоящего саммита ОДКБ мы проведем ряд встреч.", "предстоящего саммита ОДКБ"),
        ("В ходе предстоящего заседания Совета министров они рассмотрят проект бюджета.",
         "предстоящего заседания Совета министров"),
    ],
)
def test_a_pronoun_subject_ends_the_meeting(extractor, text, span):
    got = [sp for sp, _st in _items(extractor, text)]
    assert span in got
    assert not any(sp.endswith((" мы", " они")) for sp in got)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Беларусь намерена принять у себя Форум молодежи ШОС.", "event"),
        ("Казахстан готов принять Форум регионов СНГ в следующем году.", "event"),
        # work on an existing body's event stays cooperation
        ("Мы предлагаем укрепить Молодежный форум СНГ.", "cooperation"),
    ],
)
def test_hosting_a_bodys_event_is_an_event(extractor, text, kind):
    kinds = [i.kind.value for i in extractor.extract(text).initiatives]
    assert kinds == [kind]


# ---- 6. the nominalisations of the verbs of undertaking wrap what they govern -------------------------------
@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Межпарламентская Ассамблея продолжит гармонизацию законодательства в сфере образования.",
         "гармонизацию законодательства в сфере образования", "cooperation"),
        ("Мы поддерживаем вовлечение Афганистана в региональные экономические проекты.",
         "вовлечение Афганистана в региональные экономические проекты", "project"),  # the kind of what it wraps
        ("Стороны приступили к синхронизации национальных программ цифровизации.",
         "синхронизации национальных программ цифровизации", "strategy"),
        ("Правительство продолжит привлечение иностранных инвестиций в энергетику.",
         "привлечение иностранных инвестиций в энергетику", "cooperation"),
    ],
)
def test_a_nominalised_step_is_an_object(extractor, text, span, kind):
    got = {i.span.text: i.kind.value for i in extractor.extract(text).initiatives}
    assert got.get(span) == kind


def test_a_bare_nominalised_step_names_none(extractor):
    assert _items(extractor, "Мы продолжим гармонизацию.") == []


# ---- 7. a wrapper conjunct inside a capitalized document's title is a dependent of the title ---------------
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Стороны подписали Соглашение о сотрудничестве в области охраны и рационального использования водных "
         "ресурсов.",
         ["Соглашение о сотрудничестве в области охраны и рационального использования водных ресурсов"]),
        ("Мы приняли Программу по сближению и гармонизации национального законодательства.",
         ["Программу по сближению и гармонизации национального законодательства"]),
        # a second document stays an item of its own
        ("По итогам сессии приняты Декларация Совета коллективной безопасности и решение о плане мероприятий.",
         ["Декларация Совета коллективной безопасности", "решение о плане мероприятий"]),
    ],
)
def test_a_titled_dependent_is_no_second_item(extractor, text, spans):
    assert [sp for sp, _st in _items(extractor, text)] == spans


# ---- 8. precision: what a preposition of exclusion holds is no object; a verb's "не" is no part of a phrase --
@pytest.mark.parametrize(
    "text",
    [
        "Мы не можем представить наше сотрудничество без Программы развития.",
        "Стороны подписали все документы, кроме Соглашения о транзите.",
        "Мы поддерживаем все шаги, помимо Договора о размещении баз.",
    ],
)
def test_an_excluded_document_takes_no_stance(extractor, text):
    assert all(st == "mentions" for _sp, st in _items(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # a stance predicate right after "без" states none: what cannot be done without is no undertaking
        "Сегодня без согласованных маршрутов в обход перегруженных направлений не обходится ни один экспортер.",
        "Без подписанного соглашения о транзите грузы простаивают на границе.",
        "Ни одна сделка не обходится без поддержки банков развития.",
    ],
)
def test_a_predicate_after_without_states_no_stance(extractor, text):
    assert all(st == "mentions" for _sp, st in _items(extractor, text))


# ---- 9. precision: a stance predicate in a clause of condition is hypothetical ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Если соглашение будет подписано, товарооборот вырастет.",
        "Если партнеры поддержат создание регионального фонда, мы сможем расширить кредитование.",
        "Если бы мы построили новую дорогу, время в пути сократилось бы вдвое.",
        "Товарооборот удвоится, если стороны подпишут соглашение о свободной торговле.",
    ],
)
def test_a_conditional_clause_states_no_undertaking(extractor, text):
    assert _items(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Если иранские партнеры поддержат, мы предлагаем создать совместный банк.",
        "Мы предлагаем создать совместный банк, если партнеры согласятся.",
    ],
)
def test_the_main_clause_after_a_condition_keeps_its_stance(extractor, text):
    assert _items(extractor, text) == [("создать совместный банк", "proposes")]


# ---- 10. an interest in a step supports it; a step wished done soon is supported ---------------------------
@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Стороны выразили заинтересованность в скорейшем открытии Зангезурского коридора.",
         ("скорейшем открытии Зангезурского коридора", "supports")),
        ("Казахстан подтвердил заинтересованность в строительстве Трансафганской железной дороги.",
         ("строительстве Трансафганской железной дороги", "supports")),
        # no predicate gives a stance: the wish adjective does
        ("Мы говорили о скорейшем открытии Зангезурского коридора.",
         ("скорейшем открытии Зангезурского коридора", "supports")),
    ],
)
def test_an_interest_or_a_wish_supports(extractor, text, item):
    assert item in _items(extractor, text)


def test_a_wish_adjective_outside_anyones_words_gives_no_stance(extractor):
    # the narrator's wording: no one's wish ("скорейшее" in a report of what was done)
    got = _items(extractor, "В 2024 году началось скорейшее строительство Зангезурского коридора.")
    assert all(st != "supports" for _sp, st in got)


# ---- 11. precision: wrappers around a bare lowercase plural name no document ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На предстоящей встрече министры обсудят ход реализации соглашений.", []),
        ("Министры обсудили ход выполнения договоренностей.", []),
        ("Министры обсудили ход реализации Соглашения о транзите.", [("Соглашения о транзите", "mentions")]),
        ("Министры обсудили ход строительства дорог.", [("строительства дорог", "mentions")]),
    ],
)
def test_a_wrapped_bare_plural_is_no_undertaking(extractor, text, expected):
    assert _items(extractor, text) == expected
