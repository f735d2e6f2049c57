"""Speakers and the attribution helper."""
from __future__ import annotations

import pytest


def attribution(extractor, text):
    ctx = extractor.context(text)
    return ctx.speakers, ctx.attribution


def speaker_of(extractor, text, fragment):
    speakers, att = attribution(extractor, text)
    return att.speaker_at(text.index(fragment))


@pytest.mark.parametrize("text, fragment, who", [
    # the author of a quote named after it
    ("Президент Узбекистана Шавкат Мирзиёев прибыл в Астану. «Мы поддерживаем расширение торговли», "
     "— заявил Мирзиёев.", "поддерживаем", "Шавкат Мирзиёев"),
    # ... or before it, with a colon
    ("Министр иностранных дел Китая Ван И заявил: «Китай выступает против протекционизма».", "протекционизма",
     "Ван И"),
    # "По его словам" refers back to the last speaker
    ("Президент Таджикистана Эмомали Рахмон выступил на форуме. По его словам, регион нуждается в воде.",
     "регион нуждается", "Эмомали Рахмон"),
    # a title refers back
    ("Президент Казахстана Касым-Жомарт Токаев открыл саммит. Президент подчеркнул важность транзита.",
     "важность транзита", "Касым-Жомарт Токаев"),
    # a descriptive title with a country refers back
    ("«Мы открыты к диалогу», — сказал министр иностранных дел России Сергей Лавров. Глава российской "
     "дипломатии добавил, что санкции вредят всем.", "санкции вредят", "Сергей Лавров"),
    # a pronoun subject refers back
    ("Министр иностранных дел Китая Ван И выступил первым. Он призвал партнеров к диалогу.", "к диалогу",
     "Ван И"),
    # the reporting verb inside the sentence
    ("Председатель Кабинета министров Адылбек Касымалиев отметил рост экспорта.", "рост экспорта",
     "Адылбек Касымалиев"),
    # the title is the subject, the person named after the verb is the object
    ("Президент Казахстана Касым-Жомарт Токаев выступил первым. «Мы за диалог», — заявил Токаев. "
     "В завершение казахстанский лидер пригласил Шавката Мирзиёева посетить Астану.", "посетить Астану",
     "Касым-Жомарт Токаев"),
    # enumeration goes on with the same speaker
    ("Президент России Владимир Путин заявил, что у председательства три задачи. Во-первых, Россия "
     "сосредоточится на торговле.", "сосредоточится", "Владимир Путин"),
    # "по его словам" after a sentence whose subject is a person who has not spoken yet
    ("«Торговля растет», — заявил министр иностранных дел Бразилии Мауро Виейра. Министр иностранных дел "
     "России Сергей Лавров сосредоточился на финансах. По его словам, расчеты переходят на рубли.",
     "расчеты переходят", "Сергей Лавров"),
    # a country adjective natasha may tag as a person is the title of the speaker, not a speaker
    ("Президент Кыргызстана Садыр Жапаров выступил в Нью-Йорке. Кыргызский лидер заявил, что ледники тают.",
     "ледники тают", "Садыр Жапаров"),
    # an ordinal list goes on with the same speaker
    ("Первым приоритетом председательства Лукашенко назвал снятие барьеров. Вторым приоритетом станет "
     "промышленная кооперация.", "промышленная кооперация", "Лукашенко"),
    # a passive report right after the speaker's name, with no speech verb of his own yet
    ("Президент Казахстана Касым-Жомарт Токаев выступил на саммите. Как передает Trend, в качестве первого "
     "приоритета было обозначено укрепление доверия.", "укрепление доверия", "Касым-Жомарт Токаев"),
    # "Об этом заявил" hands the sentence before to the speaker
    ("Союзу нужно действовать гибче. Об этом заявил Президент Беларуси Александр Лукашенко.",
     "действовать гибче", "Александр Лукашенко"),
])
def test_who_speaks_here(extractor, text, fragment, who):
    assert speaker_of(extractor, text, fragment) == who


@pytest.mark.parametrize("text, fragment", [
    ("Саммит прошел в Душанбе. Итоги встречи закреплены в коммюнике.", "Итоги встречи"),
    ("Президент России Владимир Путин выступил на саммите. Саммит завершился подписанием декларации.",
     "подписанием декларации"),
    ("Встреча прошла в Ташкенте, сообщает Кабар.", "Встреча прошла"),
    # what a document says is the document's voice
    ("Председатель сессии Садыр Жапаров заявил, что саммит прошел успешно. В декларации констатируется, что "
     "терроризм остается угрозой.", "терроризм остается"),
    # an impersonal passive at a meeting is the meeting's voice
    ("Министр иностранных дел России Сергей Лавров заявил, что санкции незаконны. В ходе заседания было "
     "подчеркнуто, что терроризм остается угрозой.", "терроризм остается"),
    # a group as the subject: the narrator reports what the leaders did
    ("Президент Кыргызстана Садыр Жапаров заявил о поддержке проекта. По итогам встречи главы государств "
     "подписали меморандум.", "подписали меморандум"),
])
def test_the_narrator_speaks_for_no_one(extractor, text, fragment):
    assert speaker_of(extractor, text, fragment) is None


def test_nested_straight_quotes_keep_the_outer_author(extractor):
    text = ('"Угрозы, включая "три зла", можно преодолеть только вместе", - сказал Президент Кыргызстана '
            'Садыр Жапаров.')
    assert speaker_of(extractor, text, "можно преодолеть") == "Садыр Жапаров"


def test_speaker_entity_with_title_country_and_all_mentions(extractor):
    text = ("Президент Казахстана Касым-Жомарт Токаев выступил в Душанбе. «Мы за диалог», — заявил Токаев. "
            "Позднее Токаеву вручили награду.")
    speakers, _ = attribution(extractor, text)
    assert len(speakers) == 1
    s = speakers[0]
    assert (s.name, s.title, s.country) == ("Касым-Жомарт Токаев", "Президент Казахстана", "Казахстан")
    assert [m.text for m in s.mentions] == ["Касым-Жомарт Токаев", "Токаев", "Токаеву"]
    for m in s.mentions:
        assert text[m.start:m.end] == m.text


def test_feminine_surname_in_any_case_is_one_person(extractor):
    text = ("Официальный представитель МИД России Мария Захарова провела брифинг. По словам Захаровой, санкции "
            "незаконны. Отдельно Захарова остановилась на ситуации в Судане.")
    speakers, att = attribution(extractor, text)
    assert [s.name for s in speakers] == ["Мария Захарова"]
    assert att.speaker_at(text.index("ситуации в Судане")) == "Мария Захарова"


def test_a_person_who_does_not_speak_is_no_speaker(extractor):
    speakers, _ = attribution(extractor, "На церемонии присутствовал посол Японии Такаси Накамура.")
    assert speakers == []


def test_seed_speaker(extractor, seed_text):
    r = extractor.extract(seed_text)
    assert [(s.name, s.title, s.country) for s in r.speakers] == [
        ("Касым-Жомарт Токаев", "Президент Казахстана", "Казахстан")]
