"""Page furniture (ONTOLOGY §6) is found line by line and never read as text."""
from __future__ import annotations

import pytest

from shos_speech._core.analysis import light_document
from shos_speech._core.furniture import _dateline, furniture_spans

PAGE = """МЕЖДУНАРОДНЫЕ ДЕЛА
12 марта 2026, 10:15
Мирзиёев призвал страны СНГ к цифровой интеграции
Президент Узбекистана выступил на неформальном саммите в Ташкенте
ТАШКЕНТ, 12 марта. /УзА/ – Президент Шавкат Мирзиёев предложил создать общую цифровую платформу.
Фото: пресс-служба президента Узбекистана
Участники саммита перед началом встречи
«Нам нужна общая цифровая инфраструктура», — сказал он.
Читайте также: Ташкент принял делегации стран Содружества
Напомним, неформальный саммит проходит в Ташкенте впервые.
Теги: СНГ, Узбекистан
Подписывайтесь на наш канал в Telegram"""


def furniture_lines(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_spans(text)]


def test_a_page_keeps_headline_lead_body_and_background():
    got = furniture_lines(PAGE)
    assert got == ["МЕЖДУНАРОДНЫЕ ДЕЛА", "12 марта 2026, 10:15", "ТАШКЕНТ, 12 марта. /УзА/ – ",
                   "Фото: пресс-служба президента Узбекистана", "Участники саммита перед началом встречи",
                   "Читайте также: Ташкент принял делегации стран Содружества", "Теги: СНГ, Узбекистан",
                   "Подписывайтесь на наш канал в Telegram"]


def test_sentences_are_the_text_only():
    doc = light_document(PAGE)
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Мирзиёев призвал страны СНГ к цифровой интеграции"
    assert "Президент Шавкат Мирзиёев предложил создать общую цифровую платформу." in texts
    assert "Напомним, неформальный саммит проходит в Ташкенте впервые." in texts
    assert not any("Читайте" in t or "Фото" in t or "УзА" in t or "Telegram" in t for t in texts)


@pytest.mark.parametrize("line, head", [
    ("БИШКЕК, 3 мая. /Кабар/ – Глава государства провел встречу.", "БИШКЕК, 3 мая. /Кабар/ – "),
    ("АЛМАТЫ, 8 апреля (Казинформ) – Министр выступил с докладом.", "АЛМАТЫ, 8 апреля (Казинформ) – "),
    ("ЕРЕВАН, 2 фев — Sputnik. Заседание началось утром.", "ЕРЕВАН, 2 фев — Sputnik. "),
    ("Баку, Азербайджан, 19 мая. /Trend/ – Саммит открылся.", "Баку, Азербайджан, 19 мая. /Trend/ – "),
    ("Ашхабад. 5 июня. «Туркменистан сегодня» – Форум начал работу.",
     "Ашхабад. 5 июня. «Туркменистан сегодня» – "),
])
def test_datelines_at_a_paragraph_head(line, head):
    assert line[:_dateline(line)] == head


@pytest.mark.parametrize("line", [
    "Москва и Пекин, по словам министра, сверили позиции.",
    "Касым-Жомарт Токаев: ШОС должна работать на опережение",
    "ОДКБ, ШОС и СНГ – опоры региональной безопасности.",
    "Президент Казахстана, выступая на форуме, заявил о новых мерах.",
])
def test_sentences_that_start_with_names_are_no_datelines(line):
    assert _dateline(line) is None


@pytest.mark.parametrize("line", [
    "Поделиться: ВКонтакте | Telegram",
    "Следите за новостями агентства в Telegram",
    "© ТАСС / Пресс-служба МИД России",
    "Фото из архива",
    "Просмотров: 1032",
    "15.05.2026 | 09:41 (обновлено: 10:02)",
    "Главная / Новости / Политика",
    "(Душанбе, 10 октября 2025 года)",
])
def test_furniture_lines(line):
    text = f"Заголовок новости о саммите в Душанбе\nПервое предложение текста.\n{line}\nПоследнее предложение."
    assert line in furniture_lines(text)


@pytest.mark.parametrize("text", [
    "Уважаемые коллеги!\nСегодня мы обсуждаем вопросы безопасности.",
    "Совместное заявление глав государств\nСтороны подтвердили приверженность диалогу.",
])
def test_greetings_and_titles_are_text(text):
    assert furniture_lines(text) == []


def test_no_sentence_runs_across_a_blank_line_or_a_new_line():
    doc = light_document("Токаев выступил на саммите\nПрезидент Казахстана заявил о новых мерах.\n\n"
                         "Стороны договорились\n\nо продолжении диалога.")
    assert [s.text for s in doc.sentences] == [
        "Токаев выступил на саммите", "Президент Казахстана заявил о новых мерах.",
        "Стороны договорились", "о продолжении диалога."]


def test_a_list_laid_out_on_lines_stays_one_sentence():
    doc = light_document("Мы предлагаем:\n– создать центр по водным ресурсам;\n– провести форум в Душанбе.")
    assert len(doc.sentences) == 1


@pytest.mark.parametrize("first, furniture", [
    ("В мире", True),  # a rubric atop the page
    ("ПОЛИТИКА", True),
    ("Новости Казахстана", True),
    ("Мария Захарова", False),  # the byline of a post: its author, in title case
    ("Бахтиёр Саидов", False),
    ("Алишер Усманов Ташкентский", False),
])
def test_a_persons_name_atop_the_page_is_no_rubric(first, furniture):
    text = first + "\n\nРешительно осуждаем удар по гражданским объектам."
    assert (first in furniture_lines(text)) is furniture
