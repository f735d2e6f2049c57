"""A proposal noun with its infinitive, wherever the verb of the clause stands, and the clause's subject
after the undertaking; the kind of an existing body that an item works with.

- "предложение / инициатива / идея + infinitive" proposes the infinitive's step, "призыв + infinitive" calls
  for it, also when the noun is fronted in a prepositional phrase ("С предложением создать X министр
  выступил …") or is the subject ("Прозвучало предложение учредить X"); without an infinitive the noun is no
  predicate ("предложение Казахстана", "Предложения стороны выглядели так:" still heads its list).
- A lowercase noun that can only be a nominative, after the undertaking's own noun, is the clause's subject,
  not a dependent (chunking._clause_subject).
"""
from __future__ import annotations

import pytest


def items(extractor, text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.stance.value) for i in extractor.extract(text).initiatives]


@pytest.mark.parametrize("text, expected", [
    ("С предложением создать единый реестр перевозчиков выступил министр.",
     [("создать единый реестр перевозчиков", "proposes")]),
    ("С инициативой учредить премию в области агрономии делегация выступила на прошлой неделе.",
     [("учредить премию в области агрономии", "proposes")]),
    ("Прозвучало предложение открыть консульство в Оше.", [("открыть консульство в Оше", "proposes")]),
    ("Идея провести фестиваль кочевой культуры нашла поддержку у соседей.",
     [("провести фестиваль кочевой культуры", "proposes")]),
    ("Призыв немедленно прекратить огонь услышали все стороны.",
     [("немедленно прекратить огонь", "calls_for")]),
])
def test_a_proposal_noun_with_its_infinitive(extractor, text, expected):
    assert items(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Предложение Казахстана обсудили министры.",  # no infinitive: the noun names no step
    "Эта идея давно обсуждается в экспертном сообществе.",
    "Инициатива молодежи заслуживает уважения.",
])
def test_a_proposal_noun_without_an_infinitive_names_nothing(extractor, text):
    assert items(extractor, text) == []


def test_a_proposal_noun_before_a_colon_still_heads_its_list(extractor):
    text = "Предложения нашей стороны таковы: учредить фонд поддержки фермеров; провести форум ректоров."
    assert [s for s, _ in items(extractor, text)] == ["учредить фонд поддержки фермеров", "провести форум ректоров"]


@pytest.mark.parametrize("text, span", [
    ("С предложением создать реестр перевозчиков министр выступил в прошлом году.", "создать реестр перевозчиков"),
    ("Предлагаю открыть центр подготовки кадров делегация поддержала сразу.", "открыть центр подготовки кадров"),
])
def test_a_nominative_after_the_undertaking_is_the_subject(extractor, text, span):
    assert [s for s, _ in items(extractor, text)][:1] == [span]



# ---- the kind of an existing body worked with: an event's head that names a body --------------------
@pytest.mark.parametrize("text, kind", [
    ("Предлагаем укрепить Женский форум ШОС.", "cooperation"),  # the forum is a standing body of the SCO
    ("Предлагаем и дальше развивать Молодежный форум СНГ.", "cooperation"),
    ("Предлагаем провести в Алматы Женский форум ШОС.", "event"),  # holding it: the meeting is the event
    ("Предлагаем провести Форум глав регионов.", "event"),
])
def test_an_event_head_naming_a_body_is_cooperation_unless_held(extractor, text, kind):
    assert {i.kind.value for i in extractor.extract(text).initiatives} == {kind}


# ---- a quoted title "«О …»" / "«Об …»" is a document, with or without its head noun ----------------
@pytest.mark.parametrize("text, spans", [
    ("Среди новых модельных законов депутаты назвали «О цифровых платформах», «Об охране водных ресурсов» "
     "и «О молодежной политике».",
     ["«О цифровых платформах»", "«Об охране водных ресурсов»", "«О молодежной политике»"]),
    ("Парламент принял закон «О свободе торговли».", ["закон «О свободе торговли»"]),  # the head takes its title
])
def test_a_quoted_title_of_a_document(extractor, text, spans):
    found = extractor.extract(text).initiatives
    assert [i.span.text for i in found] == spans and {i.kind.value for i in found} == {"strategy"}


@pytest.mark.parametrize("text", [
    "Стороны обсудили вопросы «о будущем» региона.",  # lowercase: a quotation, no title
    "Министр процитировал слова «Об этом мы договорились давно».",  # no locative after the preposition
])
def test_a_quotation_is_no_title(extractor, text):
    assert extractor.extract(text).initiatives == []


# ---- adjectives coordinated by "и" before the head are the phrase's ---------------------------------
@pytest.mark.parametrize("text, span", [
    ("Министры призвали к полному и безоговорочному прекращению огня.", "полному и безоговорочному прекращению огня"),
    ("Поддерживаем скорейшее и всестороннее урегулирование конфликта.",
     "скорейшее и всестороннее урегулирование конфликта"),
])
def test_coordinated_adjectives_before_the_head(extractor, text, span):
    assert [i.span.text for i in extractor.extract(text).initiatives] == [span]


# ---- convening a meeting is holding it: "созыв" / "созвать" (a word family of "проведение") ----------
@pytest.mark.parametrize("text, span", [
    ("Казахстанская сторона поддерживает созыв экстренного заседания Совета Безопасности ООН.",
     "созыв экстренного заседания Совета Безопасности ООН"),
    ("Выступаем за скорейший созыв конференции по Ближнему Востоку.",
     "скорейший созыв конференции по Ближнему Востоку"),
    ("Мы предлагаем созвать международную конференцию по Афганистану.",
     "созвать международную конференцию по Афганистану"),
])
def test_convening_a_meeting(extractor, text, span):
    found = extractor.extract(text).initiatives
    assert [i.span.text for i in found] == [span] and found[0].kind.value == "event"


def test_convening_alone_names_no_undertaking(extractor):
    assert extractor.extract("Созыв парламента назначен на осень.").initiatives == []


# ---- a set of undertakings spelled out by an including-list: the set and each listed item -----------
@pytest.mark.parametrize("text, spans", [
    ("Делегация высоко оценила инициативы Кыргызстана, включая провозглашение 2026 года Годом горных экосистем "
     "и проведение в Бишкеке глобального горного саммита.",
     ["инициативы Кыргызстана", "провозглашение 2026 года Годом горных экосистем",
      "проведение в Бишкеке глобального горного саммита"]),
    ("Мы поддерживаем предложения Казахстана, в том числе создание регионального центра по ледникам.",
     ["предложения Казахстана", "создание регионального центра по ледникам"]),
])
def test_a_set_of_undertakings_and_its_including_list(extractor, text, spans):
    found = extractor.extract(text).initiatives
    assert [i.span.text for i in found] == spans and len({i.stance for i in found}) == 1


def test_a_singular_head_opens_no_including_list(extractor):
    # "инициатива" in the singular is one undertaking; what "включая" adds is its content, not a list of sets
    found = extractor.extract("Мы поддерживаем инициативу Казахстана, включая ее финансирование.").initiatives
    assert [i.span.text for i in found] == ["инициативу Казахстана"]


# ---- a founding document cited as the norm is no undertaking ----------------------------------------
@pytest.mark.parametrize("text", [
    "Санкции, не совместимые с Уставом ООН, недопустимы.",
    "Удары наносятся в нарушение Устава ООН.",
    "Стороны действуют в соответствии с Хартией ШОС.",
])
def test_a_charter_cited_as_the_norm(extractor, text):
    assert extractor.extract(text).initiatives == []


def test_a_charter_celebrated_is_an_item(extractor):
    assert [i.span.text for i in extractor.extract("Стороны отметили 20-летие Хартии ШОС.").initiatives] \
        == ["Хартии ШОС"]


# ---- a document list ends where a noun in another case opens a clause of its own -------------------
def test_a_document_list_ends_at_a_noun_in_another_case(extractor):
    text = ("По итогам заседания главы правительств подписали пакет документов, в том числе Соглашение о транзите "
            "грузов, а Исполнительному комитету СНГ поручено подготовить план его реализации.")
    spans = [i.span.text for i in extractor.extract(text).initiatives]
    assert "Соглашение о транзите грузов" in spans and not any("комитету" in x for x in spans)


def test_a_document_list_in_one_case_goes_on(extractor):
    text = ("Подписан пакет документов, в том числе Соглашение о транзите, Меморандум о сотрудничестве "
            "и Программа обменов.")
    assert [i.span.text for i in extractor.extract(text).initiatives] == [
        "Соглашение о транзите", "Меморандум о сотрудничестве", "Программа обменов"]
