"""Lines in capitals read as the same words in sentence case, for attribution and names."""
from __future__ import annotations

import pytest
from speakers_support import attributed

from shos_speech._stages.speakers.casing import in_capitals, recase


@pytest.mark.parametrize("text, caps", [
    ("ЖАПАРОВ: ЛЕДНИКИ ТАЮТ БЫСТРЕЕ ПРОГНОЗОВ", True),
    ("МИНИСТРЫ ОБСУДИЛИ ТРАНЗИТ", True),
    ("Жапаров: ледники тают быстрее прогнозов", False),
    ("ШОС и СНГ обсудили транзит", False),  # acronyms in a line in sentence case
    ("ООН", False),
])
def test_in_capitals(text, caps):
    assert in_capitals(text) is caps


@pytest.mark.parametrize("text, known, acronyms, expected, names", [
    # a name the text gives elsewhere, a country, an acronym the text uses or the dictionary knows
    ("ОСМОНОВ: ЛЕДНИКИ КЫРГЫЗСТАНА ТАЮТ", {"осмонов"}, set(), "Осмонов: ледники Кыргызстана тают", ["Осмонов"]),
    ("ВСТРЕЧА ШОС И ООН В МОСКВЕ", set(), {"шос"}, "Встреча ШОС и ООН в Москве", []),
    # a surname by its ending where a subject stands, and by its readings
    ("ДЖАКСЫБЕКОВ ПРЕДЛОЖИЛ СОЗДАТЬ ФОНД", set(), set(), "Джаксыбеков предложил создать фонд", ["Джаксыбеков"]),
    ("ЛАВРОВ И ВАН И ОБСУДИЛИ ТРАНЗИТ", {"ван", "и"}, set(), "Лавров и Ван И обсудили транзит",
     ["Лавров", "Ван И"]),
    # a word with a surname's ending that is no subject stays a word
    ("МИНИСТРЫ ГОТОВЫ К ДИАЛОГУ", set(), set(), "Министры готовы к диалогу", []),
])
def test_recase(text, known, acronyms, expected, names):
    pairs = frozenset({("ван", "и")}) if "ван" in known else frozenset()
    new, spans = recase(text, frozenset(known), frozenset(acronyms), pairs)
    assert new == expected and len(new) == len(text)
    joined = []
    for a, b in spans:
        if joined and not new[joined[-1][1]:a].strip():
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    assert [new[a:b] for a, b in joined] == names


BODY = "\nПрезидент Кыргызстана Алмаз Осмонов выступил на форуме в Бишкеке. Форум прошел в мае."


@pytest.mark.parametrize("headline", [
    "ОСМОНОВ: ТАЯНИЕ ЛЕДНИКОВ УГРОЖАЕТ РЕГИОНУ",
    "Осмонов: таяние ледников угрожает региону",
])
def test_a_headline_in_capitals_reads_as_in_sentence_case(headline):
    text = headline + BODY
    ctx = attributed(text, "Алмаз Осмонов", *(["Осмонов"] if not headline.isupper() else []))
    assert ctx.speaker_at(text.index(headline[10:20])) == "Алмаз Осмонов"
    assert [s.name for s in ctx.speakers] == ["Алмаз Осмонов"]
    assert ctx.speakers[0].mentions[0].text == headline[:7]  # spans keep the text as given


def test_a_name_only_in_a_headline_in_capitals_is_in_sentence_case():
    text = "ДЖАКСЫБЕКОВ ПРЕДЛОЖИЛ СОЗДАТЬ ВОДНЫЙ ФОНД\nФорум прошел в Бишкеке."
    ctx = attributed(text)
    assert [s.name for s in ctx.speakers] == ["Джаксыбеков"]
    assert ctx.speaker_at(text.index("ВОДНЫЙ")) == "Джаксыбеков"
