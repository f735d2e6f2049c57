"""What a BODY match names: trimmed words, an acronym taken out, the head's kind, parent, registry entry."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.institutions.bodies import own_acronym, trim
from shos_speech._stages.institutions.mentions import find_mentions
from shos_speech._stages.institutions.resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.build()


def grammar_mentions(light, res, text):
    """(surface, name, kind, parent, country, acronym) of the mentions the grammar made."""
    out = []
    for m in find_mentions(light(text), res):
        if m.source == "grammar":
            e = m.entry
            out.append((text[m.start:m.stop], e.name if e else m.name, e.kind if e else m.kind,
                        e.parent if e else m.parent, e.country if e else m.country, e.acronym if e else m.acronym))
    return out


@pytest.mark.parametrize("words, kept", [
    ("Совет министров и", "Совет министров"),
    ("Фонд «", "Фонд"),
    ("Фонд « Евразия »", "Фонд « Евразия »"),
    ("Фонд Евразия »", "Фонд Евразия"),
    ("Центр -", "Центр"),
    ("Центр", "Центр"),
])
def test_trim(words, kept):
    assert " ".join(t.value for t in trim(tokenize(words))) == kept


@pytest.mark.parametrize("words, kept, acronym", [
    ("Совет министров обороны ( СМО ) ОДКБ", "Совет министров обороны ОДКБ", "СМО"),
    ("Азиатский фонд проектов ( АФП )", "Азиатский фонд проектов", None),
    ("Совет министров обороны", "Совет министров обороны", None),
])
def test_own_acronym(words, kept, acronym):
    tokens, found = own_acronym(tokenize(words))
    assert (" ".join(t.value for t in tokens), found) == (kept, acronym)


@pytest.mark.parametrize("text, mentions", [
    ("Брифинг провёл Минздрав Узбекистана.",
     [("Минздрав Узбекистана", "Министерство здравоохранения Узбекистана", "state_body", None, "Узбекистан",
       "Минздрав Узбекистана")]),
    # the acronym inside the name is the organ's; the name without it is the registry's
    ("Заседание Совета министров обороны (СМО) ОДКБ прошло в Ереване.",
     [("Совета министров обороны (СМО) ОДКБ", "Совет министров обороны ОДКБ", "organization_body",
       "Организация Договора о коллективной безопасности", None, "СМО ОДКБ")]),
    # an acronym after the name is introduced, not named
    ("Проект поддержал Азиатский фонд инфраструктурных проектов (АФИП) в Алматы.",
     [("Азиатский фонд инфраструктурных проектов", "Азиатский фонд инфраструктурных проектов", "center", None,
       None, "АФИП")]),
    ("Делегацию принял Комитет по делам религий Республики Таджикистан.",
     [("Комитет по делам религий Республики Таджикистан", "Комитет по делам религий Республики Таджикистан",
       "state_body", None, "Таджикистан", None)]),
    ("В Душанбе открылось Представительство ШОС по делам молодёжи.",
     [("Представительство ШОС по делам молодёжи", "Представительство ШОС по делам молодёжи",
       "organization_body", "Шанхайская организация сотрудничества", None, None)]),
    # capitalized only because it starts the sentence; a demonstrative refers back
    ("Региональные организации готовят доклад.", []),
    ("Эксперты высоко оценили работу данного Центра.", []),
])
def test_bodies_of_one_sentence(light, res, text, mentions):
    assert grammar_mentions(light, res, text) == mentions


@pytest.mark.parametrize("text, surface, name, parent", [
    # an organ named without its organization is the organ of the one the text is about
    ("Саммит ОТГ прошёл в Астане. Совет министров иностранных дел рассмотрел повестку.",
     "Совет министров иностранных дел", "Совет министров иностранных дел ОТГ", "Организация тюркских государств"),
    # a capitalized last word refers back to the organization
    ("Саммит ОДКБ прошёл в Москве. Заявление принял Постоянный совет Организации.",
     "Постоянный совет Организации", "Постоянный совет ОДКБ", "Организация Договора о коллективной безопасности"),
    # the name with the acronym of an organization named before is a registry name
    ("Саммит ОДКБ прошёл в Москве. Коллективные силы оперативного реагирования провели учения.",
     "Коллективные силы оперативного реагирования", "Коллективные силы оперативного реагирования ОДКБ",
     "Коллективные силы ОДКБ"),
])
def test_bodies_read_with_what_the_text_named_before(light, res, text, surface, name, parent):
    assert [(s, n, p) for s, n, _k, p, _c, _a in grammar_mentions(light, res, text)] == [(surface, name, parent)]


def test_a_capitalized_organization_head_with_a_description_refers_back(light, res):
    text = "Саммит СНГ прошёл в Минске. В Содружестве наднациональных органов нет."
    refs = [(text[m.start:m.stop], m.source, m.entry.name) for m in find_mentions(light(text), res)]
    assert refs[-1] == ("Содружестве", "backref", "Содружество Независимых Государств")


@pytest.mark.parametrize("text, surface, name, kind", [
    # heads of bodies: a bureau (an organ), a consortium (a company), a cooperation format (ONTOLOGY §5)
    ("Наблюдателей направило Бюро ОБСЕ по демократическим институтам и правам человека.",
     "Бюро ОБСЕ по демократическим институтам и правам человека",
     "Бюро ОБСЕ по демократическим институтам и правам человека", "organization_body"),
    ("Проект строит Китайско-киргизский консорциум по возведению гидроэлектростанций.",
     "Китайско-киргизский консорциум по возведению гидроэлектростанций",
     "Китайско-киргизский консорциум по возведению гидроэлектростанций", "company"),
    ("Участники подтвердили роль Женевского формата по Закавказью.",
     "Женевского формата по Закавказью", "Женевский формат по Закавказью", "other"),
    # an organ cited with its organization's acronym keeps the acronym as the text writes it
    ("Доклад подготовил Деловой совет стран БРИКС.", "Деловой совет стран БРИКС", "Деловой совет стран БРИКС",
     "organization_body"),
])
def test_bodies_by_their_heads(light, res, text, surface, name, kind):
    assert [(s, n, k) for s, n, k, *_ in grammar_mentions(light, res, text)] == [(surface, name, kind)]


@pytest.mark.parametrize("text", [
    "Заседание прошло в формате видеоконференции.",
    "Переговоры в узком формате продолжались два часа.",
])
def test_a_format_in_lowercase_is_no_body(light, res, text):
    assert grammar_mentions(light, res, text) == []
