"""Initiatives: stance predicates and their objects, kinds, authors, targets, enumerations."""
from __future__ import annotations

import pytest

from shos_speech.grammars import initiatives, parser


@pytest.fixture(scope="module")
def ex(extractor):
    return extractor  # the session's: models load once


def _one(ex, text: str):
    items = ex.extract(text).initiatives
    assert len(items) == 1, [(i.span.text, i.stance.value) for i in items]
    return items[0]


# -- stances -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        ("Узбекская сторона предлагает учредить международный центр по водным ресурсам.",
         "учредить международный центр по водным ресурсам", "proposes"),
        ("Президент выступил с инициативой создать региональный банк семян.",
         "создать региональный банк семян", "proposes"),
        ("Мы поддерживаем создание Энергетического клуба СНГ.", "создание Энергетического клуба СНГ", "supports"),
        ("Москва выступает за снятие экономической блокады с Венесуэлы.",
         "снятие экономической блокады с Венесуэлы", "supports"),
        ("Казахстан приветствует принятие Программы сотрудничества в сфере туризма на 2025–2027 годы.",
         "Программы сотрудничества в сфере туризма на 2025–2027 годы", "welcomes"),
        ("Призываем международное сообщество оказать гуманитарную помощь Афганистану.",
         "оказать гуманитарную помощь Афганистану", "calls_for"),
        ("Необходимо провести международную конференцию по водной безопасности в Душанбе.",
         "провести международную конференцию по водной безопасности в Душанбе", "calls_for"),
        ("Туркменистан приступил к строительству железной дороги Туркменистан – Афганистан.",
         "строительству железной дороги Туркменистан – Афганистан", "implements"),
        ("По итогам встречи главы государств подписали Астанинскую декларацию.", "Астанинскую декларацию", "adopts"),
        ("Утверждена также дорожная карта развития промышленной кооперации.",
         "дорожная карта развития промышленной кооперации", "adopts"),
        ("Делегаты обсудили ход реализации Договора о Евразийском экономическом союзе.",
         "Договора о Евразийском экономическом союзе", "mentions"),
        # a date between the verb and its object stays in the span, out of the name's way
        ("Беларусь предлагает провести в 2026 году совместные командно-штабные учения «Взаимодействие».",
         "провести в 2026 году совместные командно-штабные учения «Взаимодействие»", "proposes"),
        # "и готов ..." opens a new predicate: the object ends before it
        ("Китай предлагает создать центр сотрудничества в области искусственного интеллекта и готов выделить "
         "на эти цели средства.", "создать центр сотрудничества в области искусственного интеллекта", "proposes"),
    ],
)
def test_stance(ex, text, span, stance):
    it = _one(ex, text)
    assert it.span.text == span
    assert text[it.span.start:it.span.end] == span
    assert it.stance.value == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Мы не поддерживаем идею размещения новых военных баз в регионе.", "opposes"),
        ("Мы не приветствуем решение о закрытии консульства.", "opposes"),
    ],
)
def test_negation_flips(ex, text, stance):
    assert _one(ex, text).stance.value == stance


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили ситуацию на Ближнем Востоке.",
        "Мы высоко оцениваем работу Секретариата ШОС.",
        "Президент открыл в Астане саммит Организации.",
        "Для расширения сотрудничества лидер предложил пакет инициатив.",
        "Необходимо противостоять терроризму и экстремизму.",
    ],
)
def test_no_undertaking(ex, text):
    assert ex.extract(text).initiatives == []


# -- kinds ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Мы поддерживаем инициативу Монголии о проведении диалога по энергетике.", "initiative"),
        ("Мы поддерживаем скорейшую реализацию Стратегии экономического развития до 2030 года.", "strategy"),
        ("Предлагаем создать совместный инвестиционный фонд.", "institution_building"),
        ("Поддерживаем скорейшее воплощение проекта строительства газопровода Туркменистан – Китай.", "project"),
        ("Призываем партнеров оказать техническую помощь Кыргызстану.", "assistance"),
        ("Предлагаем провести в Бишкеке форум молодых предпринимателей.", "event"),
        ("Считаем важным наладить обмен опытом между таможенными службами наших стран.", "cooperation"),
        ("Узбекистан поддерживает вступление Беларуси в ШОС.", "other"),
    ],
)
def test_kind(ex, text, kind):
    assert _one(ex, text).kind.value == kind


# -- proposer and target -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Россия поддерживает инициативу Казахстана о создании Международного агентства по биологической "
         "безопасности.", "Казахстан"),
        ("Мы поддерживаем выдвинутую Президентом Кыргызстана инициативу по устойчивому развитию горных регионов.",
         "Президент Кыргызстана"),
        ("Туркменистан приступил к строительству железной дороги Туркменистан – Афганистан.", "Туркменистан"),
        ("Узбекская сторона предлагает учредить международный центр по водным ресурсам.", "Узбекская сторона"),
    ],
)
def test_proposer(ex, text, proposer):
    assert _one(ex, text).proposer == proposer


def test_no_registry_author_when_the_text_names_none(ex):
    it = _one(ex, "Мы поддерживаем Инициативу глобальной безопасности.")
    assert it.name == "Инициатива глобальной безопасности"
    assert it.proposer is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Призываем международное сообщество оказать гуманитарную помощь Афганистану.", "Афганистан"),
        ("Узбекистан поддерживает вступление Беларуси в ШОС.", "Беларусь"),
    ],
)
def test_target(ex, text, target):
    assert _one(ex, text).target == target


# -- enumerations and coordination ---------------------------------------------------------
def test_enumeration_after_colon(ex):
    text = ("Лидеры высоко оценили инициативы Президента Таджикистана: в сфере водного сотрудничества, "
            "охраны ледников, энергетической безопасности.")
    items = ex.extract(text).initiatives
    assert [i.span.text for i in items] == ["водного сотрудничества", "охраны ледников", "энергетической безопасности"]
    assert [i.name for i in items] == ["инициатива водного сотрудничества", "инициатива охраны ледников",
                                       "инициатива энергетической безопасности"]
    assert {i.kind.value for i in items} == {"initiative"}
    assert {i.stance.value for i in items} == {"welcomes"}
    assert {i.proposer for i in items} == {"Президент Таджикистана"}


def test_coordinated_infinitives_split(ex):
    text = "Предлагаем провести форум регионов в Ташкенте и создать совместный инвестиционный фонд."
    items = ex.extract(text).initiatives
    assert [i.span.text for i in items] == ["провести форум регионов в Ташкенте",
                                            "создать совместный инвестиционный фонд"]
    assert [i.kind.value for i in items] == ["event", "institution_building"]
    assert {i.stance.value for i in items} == {"proposes"}


def test_nominalized_name_of_an_infinitive(ex):
    it = _one(ex, "Считаем важным усилить деловые контакты между нашими торговыми палатами.")
    assert it.name == "усиление деловых контактов между нашими торговыми палатами"


def test_speaker_of_a_quote(ex):
    text = ("«Предлагаем создать совместный инвестиционный фонд», — заявил Президент Казахстана "
            "Касым-Жомарт Токаев.")
    it = ex.extract(text).initiatives[0]
    assert it.speaker == "Касым-Жомарт Токаев"


# -- round 2: constructions of held-out prose ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "stance", "kind"),
    [
        # the phrase after "выступаем за" is governed even when its head is no lexicon noun
        ("Стороны выступают за скорейшее возобновление авиасообщения между столицами.",
         "скорейшее возобновление авиасообщения между столицами", "supports", "other"),
        ("Министр высказался за наращивание пропускной способности Трансазиатской железнодорожной магистрали.",
         "наращивание пропускной способности Трансазиатской железнодорожной магистрали", "supports", "project"),
        # an action noun wrapping a project, a body or an event of the lexicon
        ("Лидеры приветствуют завершение реконструкции автомобильной дороги Душанбе – Бохтар.",
         "завершение реконструкции автомобильной дороги Душанбе – Бохтар", "welcomes", "project"),
        ("Участники приветствовали начало работы Евразийского перестраховочного фонда.",
         "начало работы Евразийского перестраховочного фонда", "welcomes", "institution_building"),
        ("Мы заинтересованы в скорейшей прокладке газопровода через территорию страны.",
         "скорейшей прокладке газопровода через территорию страны", "supports", "project"),
        # a passive predicate and its object after it
        ("На заседании был утвержден бюджет Секретариата на 2026 год.",
         "бюджет Секретариата на 2026 год", "adopts", "strategy"),
        # the object opens the clause: "X решено провести ..."
        ("Следующий форум ректоров решено провести осенью в Ташкенте.",
         "Следующий форум ректоров", "adopts", "event"),
        # a period declared a year of something
        ("Главы государств объявили 2027 год Годом народных ремесел.",
         "2027 год Годом народных ремесел", "adopts", "event"),
        # hosting an event is doing it, not adopting a document
        ("В будущем году Кыргызстан примет очередной саммит организации.",
         "очередной саммит организации", "implements", "event"),
        # a negated proposal is opposition; a failed adoption is no adoption
        ("Мы не считаем целесообразным вводить мораторий на добычу редкоземельных металлов.",
         "вводить мораторий на добычу редкоземельных металлов", "opposes", "other"),
        ("Согласовать итоговое коммюнике участникам встречи так и не удалось.",
         "итоговое коммюнике", "mentions", "strategy"),
        # a noun predicate in the object slot of a verbal one takes the verbal stance
        ("Министр приветствовал одобрение заявки Вьетнама на получение статуса партнера.",
         "заявки Вьетнама на получение статуса партнера", "welcomes", "other"),
    ],
)
def test_round2_stance_and_kind(ex, text, span, stance, kind):
    it = _one(ex, text)
    assert it.span.text == span
    assert it.stance.value == stance
    assert it.kind.value == kind


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a lexicon head with a quoted or Latin name is an undertaking without any stance
        ("Делегации ознакомились с концепцией «Зеленый Шелковый путь» и ее первыми результатами.",
         "концепцией «Зеленый Шелковый путь»", "концепция «Зеленый Шелковый путь»"),
        ("Министр рассказал об учениях «Рубеж-2026», которые пройдут в горах.",
         "учениях «Рубеж-2026»", "учения «Рубеж-2026»"),
        # a sentence-initial place adjective is part of a document's proper name
        ("Самаркандская декларация открывает новый этап в отношениях сторон.",
         "Самаркандская декларация", "Самаркандская декларация"),
        # a capitalized project name
        ("Уже сегодня Трансафганский железнодорожный коридор привлекает внимание инвесторов.",
         "Трансафганский железнодорожный коридор", "Трансафганский железнодорожный коридор"),
    ],
)
def test_round2_named_mentions(ex, text, span, name):
    it = _one(ex, text)
    assert it.span.text == span
    assert it.stance.value == "mentions"
    assert it.name == name


def test_conjuncts_after_a_relative_clause(ex):
    text = ("Министры утвердили Программу действий, в которой закреплены сроки работ, а также заявление о "
            "борьбе с опустыниванием, принятое единогласно, и о сохранении биоразнообразия.")
    items = ex.extract(text).initiatives
    assert [i.span.text for i in items] == [
        "Программу действий", "заявление о борьбе с опустыниванием", "о сохранении биоразнообразия"]
    assert {i.stance.value for i in items} == {"adopts"}
    assert items[2].name == "заявление о сохранении биоразнообразия"
    assert items[2].kind.value == "strategy"


def test_coordination_after_a_stop_pair(ex):
    text = ("Президент приветствовал вступление Лаоса в организацию в качестве наблюдателя и подписание "
            "Камбоджей меморандума о сотрудничестве.")
    items = ex.extract(text).initiatives
    assert [i.span.text for i in items] == [
        "вступление Лаоса в организацию", "меморандума о сотрудничестве"]
    assert [i.stance.value for i in items] == ["welcomes", "welcomes"]


def test_purpose_of_a_procedure(ex):
    text = ("Главы государств призывают завершить внутригосударственные процедуры, необходимые для вступления "
            "в силу Соглашения о взаимном признании виз.")
    (it,) = ex.extract(text).initiatives
    assert it.span.text == "вступления в силу Соглашения о взаимном признании виз"
    assert it.stance.value == "calls_for"
    assert it.kind.value == "strategy"


@pytest.mark.parametrize(
    "text",
    [
        "Мы не поддерживаем этот проект.",  # a back-reference names no undertaking
        "Он призвал партнеров активнее участвовать в ее реализации.",
        "Эксперты готовы принять в нем участие.",
        "Министры будут и впредь утверждать документы.",
        "Террористические группировки продолжают использовать горные районы для переброски боевиков.",
        "Главы государств не приемлют любые попытки вмешательства во внутренние дела.",
        "Саммит прошел под девизом «Единство в многообразии».",
    ],
)
def test_round2_no_undertaking(ex, text):
    assert ex.extract(text).initiatives == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an existing body brought in is cooperation, not setting up a body
        ("Казахстан предлагает привлечь к финансированию проекта Евразийский банк развития.", "cooperation"),
        ("Стороны договорились шире задействовать ресурсы Азиатского банка инфраструктурных инвестиций.",
         "cooperation"),
        ("Узбекистан предлагает создать Центральноазиатский фонд водной безопасности.", "institution_building"),
    ],
)
def test_existing_body_is_cooperation(ex, text, kind):
    assert _one(ex, text).kind.value == kind


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Делегация поддержала китайскую инициативу о создании пула экспертов.", "Китай"),
        ("По инициативе Казахстана Генеральная Ассамблея объявила 2028 год Международным годом степей.",
         "Казахстан"),
        ("Президент напомнил о выдвижении кандидатуры Таджикистана в члены Совета по правам человека.",
         "Таджикистан"),
    ],
)
def test_round2_proposer(ex, text, proposer):
    its = ex.extract(text).initiatives
    assert its and its[0].proposer == proposer


# -- the grammar is public -----------------------------------------------------------------
def test_stance_rule_composes():
    text = "Мы решительно выступаем за снятие блокады"
    spans = [(m.span.start, m.span.stop) for m in parser(initiatives.STANCE).findall(text)]
    assert (14, 26) in spans  # "выступаем за"
    assert parser(initiatives.INITIATIVE).findall("Утверждена Программа сотрудничества в сфере туризма")


def test_predicates_allow_gap_words():
    from shos_speech._core.tokens import tokenize

    toks = tokenize("Мы высказались также за снятие блокады")
    (hit,) = initiatives.stance_gazetteer().findall(toks)
    a, b, ph = hit.start, hit.stop, hit.payload
    assert ph.stance == "supports"
    assert [t.value for t in toks[a:b]] == ["высказались", "также", "за"]


# -- the seed statement, end to end --------------------------------------------------------
def test_seed_initiatives(ex, seed_text, seed_gold):
    got = ex.extract(seed_text).initiatives
    gold = seed_gold["initiatives"]
    assert len(got) == len(gold) == 10
    for g, p in zip(gold, got, strict=True):
        assert p.span.text == g["text"] or g["text"] in p.span.text or p.span.text in g["text"]
        assert p.kind.value in (g["kind"] if isinstance(g["kind"], list) else [g["kind"]])
        assert p.stance.value in (g["stance"] if isinstance(g["stance"], list) else [g["stance"]])
        assert p.speaker == g["speaker"]
    assert [p.name for p in got[:4]] == [g["name"] for g in gold[:4]]
    assert {p.proposer for p in got[:4]} == {"Председатель Китая"}


# -- round 3: constructions that hid undertakings -------------------------------------------
def _items(ex, text: str) -> list:
    return ex.extract(text).initiatives


@pytest.mark.parametrize(
    ("text", "span", "stance", "kind", "proposer"),
    [
        # coordinated predicates share the subject: the second predicate's object is an item too
        ("Казахстан расширяет пропускную способность сухого порта и строит новые железнодорожные линии.",
         "новые железнодорожные линии", "implements", "project", "Казахстан"),
        ("Узбекистан модернизирует аэропорты и прокладывает новые автодороги к границе с Афганистаном.",
         "новые автодороги к границе с Афганистаном", "implements", "project", "Узбекистан"),
        # orders and instructions: the infinitive phrase, the addressee left out
        ("Президент поручил Министерству финансов завершить переход на электронные счета-фактуры.",
         "завершить переход на электронные счета-фактуры", "calls_for", "other", None),
        ("Ответственным ведомствам поручено внести проект бюджета на следующий год.",
         "внести проект бюджета на следующий год", "calls_for", "strategy", None),
        ("Глава государства дал поручение разработать дорожную карту цифровой трансформации.",
         "разработать дорожную карту цифровой трансформации", "calls_for", "strategy", None),
        # long adverbials between the predicate and its object stay in the span
        ("Казахстан предложил провести в 2027 году на базе Антитеррористического центра СНГ (АТЦ СНГ) "
         "совместные учения.",
         "провести в 2027 году на базе Антитеррористического центра СНГ (АТЦ СНГ) совместные учения",
         "proposes", "event", "Казахстан"),
        ("Беларусь предложила провести в рамках председательства в ОДКБ совместные учения миротворческих сил.",
         "провести в рамках председательства в ОДКБ совместные учения миротворческих сил",
         "proposes", "event", "Беларусь"),
        ("Россия предлагает в 2026 году провести форум регионов.", "провести форум регионов", "proposes", "event",
         "Россия"),
        # the undertaking after an addressee
        ("Россия поддержит Кыргызстан в подготовке саммита ШОС.", "подготовке саммита ШОС", "supports", "event",
         "Россия"),
        ("Президент призвал партнеров к совместной разработке месторождений редкоземельных металлов.",
         "совместной разработке месторождений редкоземельных металлов", "calls_for", "project", None),
        ("Мы призываем партнеров к скорейшему запуску единой платежной системы.",
         "скорейшему запуску единой платежной системы", "calls_for", "institution_building", None),
        ("Китай поддержит Казахстан в строительстве атомной электростанции.",
         "строительстве атомной электростанции", "supports", "project", "Китай"),
        # undertakings of others opposed: their actor is the proposer
        ("Мы выступаем против продвижения НАТО в Азиатско-Тихоокеанский регион.",
         "продвижения НАТО в Азиатско-Тихоокеанский регион", "opposes", "other", "НАТО"),
        # a bare document noun adopted is a document
        ("Лидеры приняли декларацию.", "декларацию", "adopts", "strategy", None),
        ("Министры подписали соглашение.", "соглашение", "adopts", "strategy", None),
        ("Главы правительств утвердили программу.", "программу", "adopts", "strategy", None),
    ],
)
def test_round3_constructions(ex, text, span, stance, kind, proposer):
    it = _one(ex, text)
    assert it.span.text == span
    assert text[it.span.start:it.span.end] == span
    assert it.stance.value == stance
    assert it.kind.value == kind
    assert it.proposer == proposer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intransitive predicate before its subject; a genitive conjunct shares the wrapper
        ("В стране продолжается строительство Камбаратинской ГЭС-1, а также ряда малых ГЭС.",
         [("строительство Камбаратинской ГЭС-1", "implements", "строительство Камбаратинской ГЭС-1"),
          ("ряда малых ГЭС", "implements", "строительство малых ГЭС")]),
        # a passive predicate over a set of documents: one item per document after "в том числе"
        ("По итогам переговоров подписан пакет документов, в том числе Программа экономического сотрудничества "
         "на 2026–2030 годы и решение о создании совместного венчурного фонда.",
         [("Программа экономического сотрудничества на 2026–2030 годы", "adopts",
           "Программа экономического сотрудничества на 2026–2030 годы"),
          ("решение о создании совместного венчурного фонда", "adopts",
           "решение о создании совместного венчурного фонда")]),
        ("Подписано 15 документов, включая соглашение о свободной торговле и меморандум о сотрудничестве в "
         "сфере туризма.",
         [("соглашение о свободной торговле", "adopts", "соглашение о свободной торговле"),
          ("меморандум о сотрудничестве в сфере туризма", "adopts", "меморандум о сотрудничестве в сфере туризма")]),
    ],
)
def test_round3_several_items(ex, text, expected):
    got = [(i.span.text, i.stance.value, i.name) for i in _items(ex, text)]
    assert got == expected


def test_round3_adverbials_leave_the_name(ex):
    it = _one(ex, "Мы предлагаем провести осенью 2026 года в Бишкеке международную конференцию по водной "
                  "безопасности.")
    assert it.name == "международная конференция по водной безопасности"
    assert it.kind.value == "event"


_LEAD = "Президент Казахстана Касым-Жомарт Токаев выступил на пленарном заседании. "


@pytest.mark.parametrize(
    ("text", "span", "stance"),
    [
        # an event in the speaker's plans, named without a stance predicate
        (_LEAD + "По его словам, он примет участие в Региональном климатическом саммите в Астане.",
         "Региональном климатическом саммите в Астане", "supports"),
        (_LEAD + "«Мы примем участие в Международном форуме по водной безопасности», — сказал Токаев.",
         "Международном форуме по водной безопасности", "supports"),
        # a future event announced by the speaker: subject before or after the predicate
        (_LEAD + "Он сообщил, что очередное заседание Совета министров иностранных дел пройдет в октябре в Душанбе.",
         "очередное заседание Совета министров иностранных дел", "mentions"),
        (_LEAD + "«В декабре в Бишкеке состоится неформальный саммит глав государств», — сказал Токаев.",
         "неформальный саммит глав государств", "mentions"),
    ],
)
def test_round3_planned_events(ex, text, span, stance):
    """A future event in the speaker's plans or announced by him (ONTOLOGY §6)."""
    items = _items(ex, text)
    assert [(i.span.text, i.stance.value, i.kind.value) for i in items] == [(span, stance, "event")]
    assert items[0].speaker == "Касым-Жомарт Токаев"
    assert items[0].proposer is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("На следующий день в Бишкеке пройдет заседание Совета глав правительств СНГ.",
         "заседание Совета глав правительств СНГ"),
        ("Очередная встреча министров обороны государств ОДКБ состоится весной в Минске.",
         "Очередная встреча министров обороны государств ОДКБ"),
    ],
)
def test_a_future_meeting_the_narrator_announces_is_an_event_in_no_ones_voice(ex, text, span):
    """ONTOLOGY §6: a future meeting announced is an item (event, mentions), the narrator's: speaker null."""
    items = _items(ex, text)
    assert [(i.span.text, i.stance.value, i.kind.value, i.speaker) for i in items] == [
        (span, "mentions", "event", None)]


@pytest.mark.parametrize(
    "text",
    [
        # priority-like domains and routine work are no undertakings
        "Необходимо уделить особое внимание развитию транспортных коридоров.",
        "Мы уделяем приоритетное внимание развитию транспортных коридоров.",
        "Продолжается подготовка энергосистемы к зиме.",
        "Правительству поручено обеспечить подготовку энергосистемы к зиме.",
        "Президент поручил принять меры по стабилизации цен.",
        "Президент поручил обеспечить безопасность граждан.",
        "Президент поручил подготовить предложения.",
        # generic sets and bare generic documents
        "Стороны подписали документы.",
        "Подписан ряд документов.",
        # an addressee with no undertaking after it
        "Мы поддерживаем Таджикистан в этом вопросе.",
        "Россия поддержит партнеров в борьбе с терроризмом.",
        # a past event narrated as background carries no stance
        "Вчера в Астане прошел саммит ШОС.",
        _LEAD + "«В прошлом году в Душанбе прошло заседание Совета министров», — сказал Токаев.",
        _LEAD + "Он принял участие в церемонии открытия выставки.",
        # support for a right, not an undertaking
        "Депутат высказался за право граждан создавать общественные объединения.",
    ],
)
def test_round3_no_undertaking(ex, text):
    assert _items(ex, text) == []


# -- round 3: named infrastructure, counted enumerations, events, status, orders, false hits --------------
@pytest.mark.parametrize(
    ("text", "span", "name", "stance"),
    [
        ("Поставки газа по газопроводу «Голубой поток» идут без перебоев.",
         "газопроводу «Голубой поток»", "газопровод «Голубой поток»", "mentions"),
        ("Началось строительство железной дороги Китай – Кыргызстан – Узбекистан.",
         "строительство железной дороги Китай – Кыргызстан – Узбекистан",
         "Железная дорога Китай – Кыргызстан – Узбекистан", "mentions"),
        ("Главы государств обсудили линию Бахты – Аягоз.", "линию Бахты – Аягоз", "линия Бахты – Аягоз", "mentions"),
        ("Мы поддерживаем создание транспортного коридора Узбекистан – Туркменистан – Иран – Оман.",
         "создание транспортного коридора Узбекистан – Туркменистан – Иран – Оман",
         "создание транспортного коридора Узбекистан – Туркменистан – Иран – Оман", "supports"),
        ("Туркменистан последовательно реализует проект газопровода ТАПИ.",
         "проект газопровода ТАПИ", "проект газопровода ТАПИ", "implements"),
        ("Стороны продолжат строительство газопровода «Сила Сибири – 2».",
         "строительство газопровода «Сила Сибири – 2»", "строительство газопровода «Сила Сибири – 2»", None),
    ],
)
def test_named_infrastructure(ex, text, span, name, stance):
    it = _one(ex, text)
    assert (it.span.text, it.name, it.kind.value) == (span, name, "project")
    if stance:
        assert it.stance.value == stance


@pytest.mark.parametrize(
    "text",
    [
        "Необходимо полнее использовать транзитные возможности маршрутов Север – Юг и Восток – Запад.",
        "Взаимодействие ведется по линии министерств иностранных дел.",
    ],
)
def test_no_infrastructure_project(ex, text):
    assert all(i.kind.value != "project" for i in ex.extract(text).initiatives)


def test_registry_project_gets_its_name(ex):
    it = _one(ex, "Строительство Рогунской ГЭС идет по графику.")
    assert (it.name, it.kind.value) == ("Рогунская ГЭС", "project")


def test_counted_head_with_prepositional_conjuncts(ex):
    items = ex.extract("Казахстан предложил учредить три центра сотрудничества: по сокращению бедности, "
                       "по обмену студентами и по борьбе с засухой.").initiatives
    assert [i.name for i in items] == ["центр сотрудничества по сокращению бедности",
                                       "центр сотрудничества по обмену студентами",
                                       "центр сотрудничества по борьбе с засухой"]
    assert {(i.kind.value, i.stance.value) for i in items} == {("institution_building", "proposes")}
    assert items[1].span.text == "по обмену студентами"


def test_counted_head_agrees_adjectives(ex):
    items = ex.extract("Предлагаем создать два региональных центра: по борьбе с опустыниванием "
                       "и по водным ресурсам.").initiatives
    assert [i.name for i in items] == ["региональный центр по борьбе с опустыниванием",
                                       "региональный центр по водным ресурсам"]


@pytest.mark.parametrize(
    ("text", "name", "kind", "stance"),
    [
        ("Предлагаем провести в Ашхабаде Международную конференцию высокого уровня по водной дипломатии.",
         "Международная конференция высокого уровня по водной дипломатии", "event", "proposes"),
        ("Президент примет участие в Уланбаторском диалоге по вопросам безопасности.",
         "Уланбаторский диалог по вопросам безопасности в Северо-Восточной Азии", "event", None),
        ("Азербайджан намерен получить статус наблюдателя при ШОС.",
         "статус наблюдателя при ШОС", "other", "proposes"),
        ("Мы поддерживаем предоставление Монголии статуса партнера.",
         "предоставление Монголии статуса партнера", "other", "supports"),
        ("Стороны договорились приступить к модернизации пунктов пропуска.",
         "модернизация пунктов пропуска", "project", None),
        ("Призываем ускорить создание общего рынка электроэнергии.",
         "создание общего рынка электроэнергии", None, "calls_for"),
        ("Главы правительств утвердили распоряжение о плане развития цифровых коридоров на 2026–2027 годы.",
         "распоряжение о плане развития цифровых коридоров на 2026–2027 годы", "strategy", "adopts"),
    ],
)
def test_round3_objects(ex, text, name, kind, stance):
    it = _one(ex, text)
    assert it.name == name
    if kind:
        assert it.kind.value == kind
    if stance:
        assert it.stance.value == stance


def test_infinitive_with_a_goal_is_named_by_its_verb(ex):
    items = ex.extract("Призываем интегрировать защиту ледников в национальные планы.").initiatives
    assert all(not i.name.startswith("защита") for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "Мы выступаем против односторонних санкций.",
        "Осуждаем практику «цветных революций».",
        "Приветствуем практическое участие в проектах объединения.",
        "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ЭНЕРГЕТИКИ",
        "Будем руководствоваться в работе Содружества этими принципами.",
    ],
)
def test_round3b_no_undertaking(ex, text):
    assert ex.extract(text).initiatives == []


def test_threat_next_to_a_real_undertaking(ex):
    it = _one(ex, "Мы выступаем против односторонних санкций и поддерживаем создание зоны свободной торговли.")
    assert (it.span.text, it.stance.value) == ("создание зоны свободной торговли", "supports")


def test_an_opposed_deployment_is_an_initiative_not_a_threat(ex):
    """ONTOLOGY §6: an opponent's undertaking the speaker opposes is an Initiative (opposes)."""
    r = ex.extract("Мы выступаем против размещения ракет средней дальности в Европе.")
    assert r.threats == []
    assert [(i.span.text, i.stance.value) for i in r.initiatives] == [
        ("размещения ракет средней дальности в Европе", "opposes")]
