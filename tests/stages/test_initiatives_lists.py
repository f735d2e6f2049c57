"""Proposal lists: every item of a list after a stance predicate (or a proposal noun) takes the head's stance."""
from __future__ import annotations

import pytest
from initiatives_scan import stage_items

from shos_speech._stages.initiatives import InitiativesStage


@pytest.fixture(scope="module")
def stage():
    return InitiativesStage()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bullets on lines, one sentence
        ("Казахстан предлагает следующее:\n– создать региональный центр по водным ресурсам;\n"
         "– провести в Астане форум молодых ученых.",
         [("создать региональный центр по водным ресурсам", "proposes"),
          ("провести в Астане форум молодых ученых", "proposes")]),
        # numbers, an addressee before the colon
        ("Наша делегация предложила партнерам:\n1) учредить фонд поддержки малого бизнеса;\n"
         "2) подготовить дорожную карту цифровой интеграции.",
         [("учредить фонд поддержки малого бизнеса", "proposes"),
          ("подготовить дорожную карту цифровой интеграции", "proposes")]),
        # items on lines of their own after a blank line, each a sentence
        ("Исходя из этого, предлагаю:\n\nпервое – разработать программу защиты ледников;\n\n"
         "второе – провести совместные учения спасателей.",
         [("разработать программу защиты ледников", "proposes"),
          ("провести совместные учения спасателей", "proposes")]),
        # "следующее." ends the head; numbered items with a sentence of another kind between them
        ("Конкретно предлагаю следующее. Первое – учредить в Бишкеке центр по борьбе с опустыниванием. "
         "Засуха касается всех нас. Второе – провести совместные учения спасателей.",
         [("учредить в Бишкеке центр по борьбе с опустыниванием", "proposes"),
          ("провести совместные учения спасателей", "proposes")]),
        # verbless nominal items
        ("Предлагаем следующее. Создание регионального хаба цифровой торговли. "
         "Подготовка дорожной карты промышленной кооперации.",
         [("Создание регионального хаба цифровой торговли", "proposes"),
          ("Подготовка дорожной карты промышленной кооперации", "proposes")]),
        # ordinals inside one sentence
        ("Предлагаем, во-первых, создать фонд водной безопасности, во-вторых, провести форум по водным ресурсам.",
         [("создать фонд водной безопасности", "proposes"), ("провести форум по водным ресурсам", "proposes")]),
        # a plural proposal noun heads the list
        ("Предложения казахстанской стороны выглядели так:\n– создать банк семян;\n– провести форум фермеров.",
         [("создать банк семян", "proposes"), ("провести форум фермеров", "proposes")]),
        # the infinitive of an item is no stance of its own: "учредить" proposes, not adopts
        ("Мы призываем:\n– учредить фонд помощи пострадавшим регионам.",
         [("учредить фонд помощи пострадавшим регионам", "calls_for")]),
    ],
)
def test_a_list_carries_its_heads_stance(stage, light, text, expected):
    assert stage_items(stage, light, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list closes at the first sentence that is none of its items: its own stance stands
        ("Предлагаем следующее:\n– создать фонд поддержки фермеров.\n"
         "В прошлом году Казахстан открыл новый логистический центр.",
         [("создать фонд поддержки фермеров", "proposes"), ("новый логистический центр", "implements")]),
        # a colon after no stance predicate heads no proposals
        ("Приоритеты председательства:\n– развитие транспорта;\n– цифровизация.", []),
        # a numbered list takes only numbered sentences
        ("Предлагаю следующее. Первое – учредить фонд помощи. Мы открыли новый логистический центр.",
         [("учредить фонд помощи", "proposes"), ("новый логистический центр", "implements")]),
    ],
)
def test_a_list_ends_where_its_items_end(stage, light, text, expected):
    assert stage_items(stage, light, text) == expected
