"""A person's title and country from the words before the name, and the case the title gives it."""
from __future__ import annotations

import pytest
from speakers_support import grammar

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.intervals import Intervals, tokens_before
from shos_speech._stages.speakers.titles import title_cases, title_of


def before(text: str, name: str) -> list:
    return tokens_before(tokenize(text), text.index(name))


def names(text: str, *names: str) -> Intervals:
    return Intervals((text.index(n), text.index(n) + len(n)) for n in names)


@pytest.mark.parametrize("text, name, title, country", [
    ("Посол Японии Такаси Накамура вручил верительные грамоты.", "Такаси", "Посол Японии", "Япония"),
    # the title is put in the nominative, its complements kept
    ("Встреча с министром иностранных дел Ирана Аббасом Аракчи прошла в Москве.", "Аббасом",
     "министр иностранных дел Ирана", "Иран"),
    # a capitalized adjective before the title word is part of it
    ("Первый Президент Казахстана Нурсултан Назарбаев выступил.", "Нурсултан", "Первый Президент Казахстана",
     "Казахстан"),
    ("Председатель Исполкома СНГ Сергей Лебедев выступил.", "Сергей", "Председатель Исполкома СНГ", None),
    # a compound post is one word of it; lowercase adjectives agreeing with the head belong to it
    ("Премьер-министр Армении Никол Пашинян прибыл.", "Никол", "Премьер-министр Армении", "Армения"),
    ("Брифинг провела официальный представитель МИД России Мария Захарова.", "Мария",
     "официальный представитель МИД России", "Россия"),
    ("Встреча с первым заместителем министра юстиции Монголии Батом Эрдэнэ прошла в Улан-Баторе.", "Батом",
     "первый заместитель министра юстиции Монголии", "Монголия"),
    # the head is the first post of the chain, posts in its complements are no heads
    ("Доклад представил директор Института стратегических и региональных исследований при Президенте "
     "Республики Казахстан Ерлан Карин.", "Ерлан",
     "директор Института стратегических и региональных исследований при Президенте Республики Казахстан",
     "Казахстан"),
    # a verb ends the chain: the post before it belongs to another clause
    ("На вокзале российского лидера встретил Президент Кыргызстана Садыр Жапаров.", "Садыр",
     "Президент Кыргызстана", "Кыргызстан"),
])
def test_title_of(text, name, title, country):
    assert title_of(text, before(text, name), names(text, name), grammar()) == (title, country)


@pytest.mark.parametrize("text, name, others", [
    # another person's name stands between: "Чжан Мин" has the title, not Лебедев
    ("Генеральный секретарь ШОС Чжан Мин и Сергей Лебедев выступили.", "Сергей", ["Чжан Мин"]),
    ("Президент Казахстана и Касым-Жомарт Токаев", "Касым", []),  # "и" ends a title
    ("Секретарь Совбеза, Александр Венедиктов, выступил.", "Александр", []),  # so does punctuation
    ("Накануне Александр Венедиктов выступил.", "Александр", []),
    # a spaced dash is punctuation, not a hyphen
    ("Об этом сообщил Президент Беларуси – Александр Лукашенко.", "Александр", []),
])
def test_no_title(text, name, others):
    assert title_of(text, before(text, name), names(text, name, *others), grammar()) == (None, None)


@pytest.mark.parametrize("text, name, cases", [
    ("Посол Японии Такаси Накамура вручил грамоты.", "Такаси", {"nomn"}),
    ("Глава МИД Ирана Аббас Аракчи заявил.", "Аббас", {"nomn"}),
    # the head's cases, whatever they are: the name in apposition has one of them
    ("Послу Японии Такаси Накамуре вручили орден.", "Такаси", {"datv"}),
    ("Визит министра иностранных дел Ирана Аббаса Аракчи завершился.", "Аббаса", {"gent", "accs"}),
    ("Переговоры с Президентом Ирана Масудом Пезешкианом прошли в Тегеране.", "Масудом", {"ablt"}),
    # a compound post: the case of its last part ("премьер" alone may be a genitive plural)
    ("Премьер-министр Индии Нарендра Моди выступил.", "Нарендра", {"nomn"}),
    ("Накануне Александр Венедиктов выступил.", "Александр", None),
])
def test_title_cases(text, name, cases):
    found = title_cases(before(text, name), names(text, name), grammar())
    assert (set(found) if found is not None else None) == cases


@pytest.mark.parametrize("text, name, title", [
    # a dash between two posts joins them; a rank before the name is no part of the post
    ("Выступил вице-премьер — министр иностранных дел Казахстана Ерлан Карин.", "Ерлан",
     "вице-премьер — министр иностранных дел Казахстана"),
    ("Выступил министр обороны Беларуси генерал-лейтенант Виктор Хренин.", "Виктор", "министр обороны Беларуси"),
])
def test_compound_titles(text, name, title):
    assert title_of(text, before(text, name), names(text, name), grammar())[0] == title


@pytest.mark.parametrize("text, name, title", [
    # "и" between two genitive complements of one post stays in the title
    ("Министр экономики и финансов Узбекистана Джамшид Кучкаров выступил на форуме.", "Джамшид",
     "Министр экономики и финансов Узбекистана"),
    ("Слово взял министр труда и социальной защиты населения Казахстана Светлана Жакупова.", "Светлана",
     "министр труда и социальной защиты населения Казахстана"),
])
def test_a_post_with_coordinated_complements(text, name, title):
    assert title_of(text, before(text, name), names(text, name), grammar())[0] == title


def test_and_before_another_post_still_ends_the_title():
    text = "Выступили министр финансов Ирана и министр экономики Узбекистана Джамшид Кучкаров."
    assert title_of(text, before(text, "Джамшид"), names(text, "Джамшид"), grammar())[0] == \
        "министр экономики Узбекистана"
