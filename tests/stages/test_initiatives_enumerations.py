"""Lists of undertakings: conjuncts after a colon, "по"-lists of a counted head, documents after a set."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan, words

from shos_speech._stages.initiatives.chunking import np_head
from shos_speech._stages.initiatives.enumerations import after_clause, continuations, enumeration, including
from shos_speech._stages.initiatives.scan import Item


def _head_item(s, first: str, head: str, colon: bool = True) -> Item:
    stop = index(s, ":") if colon else index(s, head) + 1
    return Item(index(s, first), stop, "proposes", "np", head=index(s, head), proposer="Китай")


@pytest.mark.parametrize(
    ("text", "first", "head", "expected"),
    [
        # the opening every conjunct leaves out ("в сфере") is left out of each; the head names them
        ("Председатель предложил инициативы: в сфере водного сотрудничества, продовольственной безопасности.",
         "инициативы", "инициативы",
         [("водного сотрудничества", "инициатива"), ("продовольственной безопасности", "инициатива")]),
        # conjuncts in the head's case name themselves
        ("Мы поддерживаем проекты: строительство дороги, который свяжет страны, и модернизацию аэропорта.",
         "проекты", "проекты", [("строительство дороги", None), ("модернизацию аэропорта", None)]),
        # prepositional conjuncts of a counted head are named with it, in the nominative singular
        ("Страны создадут три центра сотрудничества: по сокращению бедности и по борьбе с засухой.",
         "три", "центра", [("по сокращению бедности", "центр сотрудничества"),
                           ("по борьбе с засухой", "центр сотрудничества")]),
    ],
)
def test_enumeration_after_a_colon(light, text, first, head, expected):
    s = scan(light, text)
    it = _head_item(s, first, head)
    out = enumeration(s, index(s, ":") + 1, "proposes", it)
    assert [(words(s, x.start, x.stop), x.enum_head_lemma) for x in out] == expected
    assert all(x.enum_of is it and x.proposer == "Китай" and x.source == "enum" for x in out)


def test_an_enumeration_replaces_its_head(light):
    s = scan(light, "Мы поддерживаем проекты: строительство дороги, модернизацию аэропорта и порта.")
    it = _head_item(s, "проекты", "проекты")
    out = continuations(s, index(s, ":"), "colon", "supports", s.toks[it.head].cases("NOUN"), it)
    # a comma ends each conjunct; "и" does not (the conjunct's case is not checked against a head)
    assert [words(s, x.start, x.stop) for x in out] == ["строительство дороги", "модернизацию аэропорта и порта"]
    assert it.replaced


def test_a_singular_head_announces_no_list(light):
    s = scan(light, "Мы поддерживаем проект: строительство дороги.")
    it = _head_item(s, "проект", "проект")
    assert continuations(s, index(s, ":"), "colon", "supports", s.toks[it.head].cases("NOUN"), it) == []
    assert not it.replaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы предлагаем создать фонд, а также провести конференцию.", ["провести конференцию"]),
        ("Мы поддерживаем создание фонда и подписание соглашения.", ["подписание соглашения"]),
    ],
)
def test_the_conjunct_after_a_split(light, text, expected):
    s = scan(light, text)
    end = next(k for k, t in enumerate(s.toks) if t.value in (",", "и"))
    assert [words(s, x.start, x.stop) for x in continuations(s, end, "split", "supports", None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Подписан ряд соглашений, в том числе Соглашение о транзите и Меморандум о туризме.",
         ["Соглашение о транзите", "Меморандум о туризме"]),
        ("Подписан ряд соглашений: Соглашение о транзите, Меморандум о туризме.",
         ["Соглашение о транзите", "Меморандум о туризме"]),
        ("Подписан ряд соглашений в Астане.", []),
    ],
)
def test_documents_listed_after_a_set(light, text, expected):
    s = scan(light, text)
    out = including(s, index(s, "соглашений") + 1, "adopts")
    assert [words(s, x.start, x.stop) for x in out] == expected
    assert all(x.listed for x in out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head left out of the conjunct after the clause: "заявления ... и о защите ледников"
        ("Стороны приняли заявления о борьбе с засухой, ведущей к голоду, и о защите ледников.",
         [("о защите ледников", "заявление")]),
        ("Стороны приняли декларацию, в которой закреплены принципы, а также заявление о борьбе с засухой.",
         [("заявление о борьбе с засухой", None)]),
        ("Стороны приняли декларацию, а также заявление о борьбе с засухой.", []),
    ],
)
def test_conjuncts_after_a_clause(light, text, expected):
    s = scan(light, text)
    i = index(s, "приняли") + 1
    h = np_head(s, i)
    first = Item(i, index(s, ","), "adopts", "np", head=h)
    out = after_clause(s, index(s, ","), "adopts", first)
    assert [(words(s, x.start, x.stop), x.enum_head_lemma) for x in out] == expected


def _stage_items(light, text: str) -> list[tuple[str, str]]:
    from shos_speech._core.stage import DocContext
    from shos_speech._stages.initiatives import InitiativesStage

    ctx = DocContext(light(text))
    InitiativesStage()(ctx)
    return [(i.span.text, i.stance.value) for i in ctx.initiatives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undertakings with heads of their own, in one case, a conjunction closing the list: one item each
        ("Государства региона поддерживают Программу водной безопасности, Стратегию развития туризма и "
         "Концепцию цифровой торговли.",
         [("Программу водной безопасности", "supports"), ("Стратегию развития туризма", "supports"),
          ("Концепцию цифровой торговли", "supports")]),
        # an adverbial after the first does not end the list ("по итогам встречи", "в поддержку ...")
        ("Министры утвердили регламент комиссии по итогам встречи, план мероприятий на 2027 год, "
         "а также дорожную карту цифровизации.",
         [("регламент комиссии", "adopts"), ("план мероприятий на 2027 год", "adopts"),
          ("дорожную карту цифровизации", "adopts")]),
        # dependents of one head in an oblique case stay in its phrase
        ("Стороны подписали Программу сотрудничества в области науки, образования и культуры.",
         [("Программу сотрудничества в области науки, образования и культуры", "adopts")]),
        # no conjunction closes it: an apposition, not a second undertaking
        ("Мы поддерживаем Программу водной безопасности, документ большой важности.",
         [("Программу водной безопасности", "supports")]),
        # a relative clause after the comma
        ("Мы поддерживаем Программу водной безопасности, которая объединит усилия и ресурсы.",
         [("Программу водной безопасности", "supports")]),
    ],
)
def test_undertakings_listed_with_commas(light, text, expected):
    assert _stage_items(light, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По итогам саммита лидеры подписали пакет из 12 документов, в том числе Программу развития туризма "
         "и Декларацию о партнерстве.",
         [("Программу развития туризма", "adopts"), ("Декларацию о партнерстве", "adopts")]),
        ("Министры подписали 9 документов, среди которых Соглашение о транзите и Меморандум о научном обмене.",
         [("Соглашение о транзите", "adopts"), ("Меморандум о научном обмене", "adopts")]),
        # the set's participle after it, the list after a dash
        ("В числе документов, одобренных на заседании, – Стратегия цифровой торговли и План действий на 2027 год.",
         [("Стратегия цифровой торговли", "adopts"), ("План действий на 2027 год", "adopts")]),
        # the set's participle before it, the list after "вошли"
        ("В пакет подписанных документов вошли Соглашение о транзите и протокол о таможенных поправках.",
         [("Соглашение о транзите", "adopts"), ("протокол о таможенных поправках", "adopts")]),
        ("На подпись сегодня вынесен пакет документов, в том числе Декларация глав государств.",
         [("Декларация глав государств", "adopts")]),
        # a counted set with no list names no undertaking
        ("Стороны подписали 14 документов о сотрудничестве.", []),
        ("В Душанбе будет подписано много соглашений.", []),
    ],
)
def test_documents_a_set_lists(light, text, expected):
    assert _stage_items(light, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjuncts after a colon with heads of their own in one case, joined by "и"
        ("Особое внимание уделили совместным проектам: модернизации аэропорта Оша и строительству моста.",
         [("модернизации аэропорта Оша", "supports"), ("строительству моста", "supports")]),
        # a count after "и" opens a phrase of its own
        ("В этом году исполняется 10 лет Хартии Союза и 5 лет Договору о партнерстве.",
         [("Хартии Союза", "mentions"), ("Договору о партнерстве", "mentions")]),
    ],
)
def test_conjuncts_split(light, text, expected):
    assert _stage_items(light, text) == expected
