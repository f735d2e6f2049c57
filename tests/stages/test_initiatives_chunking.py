"""Where an undertaking's phrase ends and why; the small phrases a walk steps over."""
from __future__ import annotations

import pytest
from initiatives_scan import index, scan, words

from shos_speech._stages.initiatives.chunking import (
    chunk_end,
    date_end,
    minimal_np_end,
    np_head,
    place_list_end,
    pp_end,
    trim,
)


def _chunk(light, text: str, first: str) -> tuple[str, str]:
    s = scan(light, text)
    i = index(s, first)
    h = np_head(s, i)
    end, why = chunk_end(s, i, s.toks[h].cases("NOUN"), False)
    return words(s, i, trim(s, i, end)), why


@pytest.mark.parametrize(
    ("text", "phrase", "why"),
    [
        ("Стороны поддержали создание фонда, который займется кредитованием.", "создание фонда", ""),
        # a second undertaking of the same case splits the phrase
        ("Стороны поддержали создание фонда и строительство дороги.", "создание фонда", "split"),
        ("Стороны поддержали создание фонда, а также строительство дороги.", "создание фонда", "split"),
        # a new predicate after "и" ends it without a second item
        ("Стороны поддержали создание фонда и готовы выделить средства.", "создание фонда", ""),
        ("Стороны поддержали три проекта: фонд, дорогу и порт.", "три проекта", "colon"),
        ("Стороны поддержали создание фонда в качестве механизма кредитования.", "создание фонда", "stop_pair"),
        # a quoted name, a short parenthesis, a list of places and a list closed by "и" are taken whole
        ("Стороны поддержали проект «Зеленый мост» в Бишкеке.", "проект «Зеленый мост» в Бишкеке", ""),
        ("Стороны поддержали создание фонда (ЕФР) для кредитования.", "создание фонда (ЕФР)", ""),
        ("Стороны поддержали строительство дороги Китай – Кыргызстан – Узбекистан.",
         "строительство дороги Китай – Кыргызстан – Узбекистан", ""),
        ("Стороны поддержали борьбу с терроризмом, сепаратизмом и экстремизмом.",
         "борьбу с терроризмом, сепаратизмом и экстремизмом", ""),
        ("Стороны поддержали создание широкого, открытого пространства.",
         "создание широкого, открытого пространства", ""),
    ],
)
def test_chunk_end(light, text, phrase, why):
    assert _chunk(light, text, text.split()[2]) == (phrase, why)


def test_an_event_after_an_infinitive_ends_its_phrase(light):
    s = scan(light, "Решено провести учения на полигоне и выставку на саммите ШОС.")
    v = index(s, "провести")
    end, why = chunk_end(s, v + 1, None, True)
    assert (words(s, v + 1, end), why) == ("учения на полигоне и выставку", "pp")
    end, why = chunk_end(s, v + 1, None, False)
    assert why == ""


@pytest.mark.parametrize(
    ("text", "first", "head"),
    [
        ("Это новый транспортный коридор.", "новый", "коридор"),
        ("Это финансово-экономическое партнерство.", "финансово", "партнерство"),
        ("Это «Зеленый мост» в горах.", "«", "мост"),
        ("Это широкое, открытое пространство.", "широкое", "пространство"),
        ("Это ШОС и партнеры.", "ШОС", None),
        ("Это очень быстро.", "очень", None),
    ],
)
def test_np_head(light, text, first, head):
    s = scan(light, text)
    h = np_head(s, index(s, first))
    assert (s.toks[h].value if h is not None else None) == head


@pytest.mark.parametrize(
    ("text", "first", "phrase"),
    [
        ("Стороны обсудили пакет документов ШОС в Астане.", "пакет", "пакет документов ШОС"),
        ("Стороны обсудили расширение торговли и инвестиций в регионе.", "расширение",
         "расширение торговли и инвестиций"),
        ("Стороны обсудили проект в Астане.", "проект", "проект"),
    ],
)
def test_minimal_np_end(light, text, first, phrase):
    s = scan(light, text)
    i = index(s, first)
    assert words(s, i, minimal_np_end(s, i)) == phrase


@pytest.mark.parametrize(
    ("text", "first", "phrase"),
    [
        ("Решено провести в 2026 году учения.", "в", "в 2026 году"),
        ("Решено провести в 2026–2027 годах учения.", "в", "в 2026–2027 годах"),
        ("Решено провести в Республике Казахстан учения.", "в", "в Республике Казахстан"),
        ("Решено провести на базе центра в мае учения.", "на", "на базе центра"),
    ],
)
def test_pp_end(light, text, first, phrase):
    s = scan(light, text)
    i = index(s, first)
    assert words(s, i, pp_end(s, i)) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Подписано 15 октября 2025 года в Минске.", "15 октября 2025 года"),
        ("Подписано 12 документов.", "12"),
        ("Подписано в 2024–2025 годах.", "2024–2025 годах"),
    ],
)
def test_date_end(light, text, phrase):
    s = scan(light, text)
    i = next(k for k, t in enumerate(s.toks) if t.is_int)
    assert words(s, i, date_end(s, i)) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Строится дорога Китай – Кыргызстан – Узбекистан до границы.", "Китай – Кыргызстан – Узбекистан"),
        ("Строится коридор «Север – Юг» до Ирана.", "«Север – Юг»"),
        ("Строится дорога Китай до границы.", None),
    ],
)
def test_place_list_end(light, text, phrase):
    s = scan(light, text)
    i = 2
    end = place_list_end(s, i)
    assert (words(s, i, end) if end is not None else None) == phrase
