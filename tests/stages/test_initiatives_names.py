"""Names: nominalized infinitive phrases, the nominative, the head a list leaves out, registry names."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan

from shos_speech._stages.initiatives.mentions import named_mentions
from shos_speech._stages.initiatives.names import counted_name, genitive, name_of
from shos_speech._stages.initiatives.phrases import inf_items
from shos_speech._stages.initiatives.scan import Item


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        # the verb's nominalization and its accusative object put in the genitive
        ("Мы предлагаем оказать гуманитарную помощь пострадавшим районам.", "оказать",
         "оказание гуманитарной помощи пострадавшим районам"),
        ("Мы предлагаем наладить прямое авиасообщение.", "наладить", "налаживание прямого авиасообщения"),
        # without a nominalization: the object in the nominative, adverbials left out
        ("Мы предлагаем создать под эгидой ООН Региональный центр по ледникам.", "создать",
         "Региональный центр по ледникам"),
        ("Мы предлагаем провести в 2027 году совместные учения.", "провести", "совместные учения"),
        ("Мы предлагаем приступить к модернизации пунктов пропуска.", "приступить", "модернизация пунктов пропуска"),
    ],
)
def test_infinitive_names(light, text, verb, name):
    s = scan(light, text)
    v = index(s, verb)
    (it,) = inf_items(s, v, v, "proposes")
    assert name_of(s, it) == name


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        ("Мы поддерживаем реализацию Программы сотрудничества.", "Программы", "Программа сотрудничества"),
        ("Мы поддерживаем финансово-экономические меры.", "финансово", "финансово-экономические меры"),
    ],
)
def test_noun_phrases_in_the_nominative(light, text, first, name):
    s = scan(light, text)
    it = Item(index(s, first), len(s.toks) - 1, "supports", "np", head=len(s.toks) - 2)
    assert name_of(s, it) == name


def test_an_enumerated_item_is_named_with_the_head_it_leaves_out(light):
    s = scan(light, "Предложены инициативы: в сфере водного сотрудничества.")
    it = Item(index(s, "водного"), len(s.toks) - 1, "proposes", "enum", enum_head_lemma="инициатива")
    assert name_of(s, it) == "инициатива водного сотрудничества"
    s = scan(light, "Поддержано строительство Рогунской ГЭС и ряда малых ГЭС.")
    it = Item(index(s, "ряда"), len(s.toks) - 1, "supports", "np", enum_head_lemma="строительство")
    assert name_of(s, it) == "строительство малых ГЭС"


def test_a_registry_name_is_its_entry_name(light):
    s = scan(light, "Делегации обсудили Инициативу глобального развития.")
    (it,) = named_mentions(s)
    assert name_of(s, it) == "Инициатива глобального развития"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Созданы три региональных центра сотрудничества: по засухе.", "региональный центр сотрудничества"),
        ("Созданы новые площадки: по торговле.", "новая площадка"),
    ],
)
def test_counted_name(light, text, name):
    s = scan(light, text)
    h = next(k for k, t in enumerate(s.toks) if t.lemma in ("центр", "площадка"))
    assert counted_name(s, h, index(s, ":") + 1) == name


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("гуманитарную помощь", "гуманитарной помощи"),
        ("Региональный центр", "Регионального центра"),
        ("развития торговли", "развития торговли"),
    ],
)
def test_genitive(light, phrase, expected):
    s = scan(light, phrase)
    assert genitive(s.text, s.toks) == expected
