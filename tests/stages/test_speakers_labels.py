"""Transcript labels of initials and a surname ("М.Нуртлеу:", "А.Арагчи:") are that person's turns,
even when pymorphy guesses the surname as a verb or natasha does not tag the label; a speaker
named after a committee whose domains are listed with commas keeps the sentences that follow."""
from __future__ import annotations

import pytest

CONFERENCE = (
    "Пресс-конференция Министра иностранных дел Казахстана Мурата Нуртлеу и Министра иностранных дел "
    "Ирана Аббаса Арагчи\n\n"
    "М.Нуртлеу: Мы провели насыщенные переговоры. Важнейшая задача – развитие торговли.\n\n"
    "А.Арагчи: Иран поддерживает создание транспортного коридора. Односторонние санкции незаконны.\n\n"
    "Вопрос (ИРНА): Что дальше?\n\n"
    "А.Арагчи: Терроризм угрожает всем странам региона.\n"
)


@pytest.mark.parametrize("span, speaker", [
    ("развитие торговли", "Мурат Нуртлеу"),  # a label natasha does not tag
    ("создание транспортного коридора", "Аббас Арагчи"),  # a surname read as a verb
    ("Односторонние санкции", "Аббас Арагчи"),
    ("Терроризм", "Аббас Арагчи"),
])
def test_initialled_labels_are_turns(extractor, span, speaker):
    r = extractor.extract(CONFERENCE)
    items = {i.span.text: i.speaker for i in (*r.threats, *r.priorities, *r.initiatives)}
    assert items[span] == speaker


def test_an_initialled_label_of_no_one_named_is_no_turn(extractor):
    text = ("Брифинг Министра иностранных дел Казахстана Мурата Нуртлеу\n\n"
            "М.Нуртлеу: Важнейшая задача – развитие торговли.\n\n"
            "П.Иванов: Терроризм угрожает всем странам региона.\n")
    r = extractor.extract(text)
    assert [t.speaker for t in r.threats if t.span.text == "Терроризм"] != ["Мурат Нуртлеу"]


@pytest.mark.parametrize("text, name", [
    ("Комитет Госдумы по бюджету, налогам и финансам одобрил поправки.",
     "Комитет Госдумы по бюджету, налогам и финансам"),
    ("Глава Комитета по делам СНГ, евразийской интеграции и связям с соотечественниками выступил.",
     "Комитет по делам СНГ, евразийской интеграции и связям с соотечественниками"),
])
def test_a_committee_lists_its_domains(extractor, text, name):
    assert name in [i.name for i in extractor.extract(text).institutions]


def test_a_comma_without_a_closing_conjunct_ends_the_name(extractor):
    names = [i.name for i in extractor.extract(
        "Комитет по бюджету, Совет Федерации и правительство согласовали поправки.").institutions]
    assert "Комитет по бюджету" in names


def test_the_speaker_after_a_listed_committee_keeps_the_next_sentence(extractor):
    text = ("Депутат Иван Петров напомнил о теракте. «Терроризм угрожает всем», – заявил он.\n\n"
            "Глава Комитета по делам СНГ, евразийской интеграции и связям с соотечественниками Олег Смирнов "
            "поддержал коллегу. В приоритетном порядке, считает он, стоит заняться миграционной безопасностью.")
    (item,) = extractor.extract(text).priorities
    assert item.speaker == "Олег Смирнов"


def test_a_surname_pymorphy_reads_as_a_first_name_keeps_its_title_case(extractor):
    # "Бердымухамедов" reads first as a genitive plural of a first name: only a naming's first word counts
    r = extractor.extract("Президент Туркменистана Сердар Бердымухамедов, выступая на форуме, заявил, "
                          "что терроризм угрожает всем.")
    assert [t.speaker for t in r.threats] == ["Сердар Бердымухамедов"]


@pytest.mark.parametrize("opener", ["Первое –", "Второе:", "Третье —"])
def test_an_enumerating_ordinal_goes_on_with_the_speaker(extractor, opener):
    text = (f"Президент Монголии Ухнаагийн Хурэлсух предложил следующее. {opener} учредить в Улан-Баторе "
            "региональный центр по борьбе с опустыниванием.")
    (item,) = extractor.extract(text).initiatives
    assert item.speaker == "Ухнаагийн Хурэлсух"


def test_an_ordinal_of_a_narrated_event_is_no_continuation(extractor):
    text = ("Президент Монголии Ухнаагийн Хурэлсух заявил, что терроризм угрожает региону. "
            "Первое заседание комиссии по борьбе с наркотрафиком прошло в мае.")
    speakers = {t.span.text: t.speaker for t in extractor.extract(text).threats}
    assert "наркотрафиком" in speakers and speakers["наркотрафиком"] is None


BRIEFING = ("Брифинг официального представителя МИД Китая Мао Нин\n\n"
            "Вопрос (ТАСС): Как Пекин оценивает ситуацию?\n\n"
            "Мао Нин: Китай осуждает удары по гражданской инфраструктуре. {cited} "
            "Мы призываем стороны соблюдать режим прекращения огня.\n")


def test_a_person_cited_inside_a_turn_has_the_sentence(extractor):
    text = BRIEFING.format(cited="Как справедливо заметил генеральный секретарь ООН Антониу Гутерриш, "
                                 "нападения на миротворцев недопустимы.")
    speakers = {t.span.text: t.speaker for t in extractor.extract(text).threats}
    assert speakers["нападения на миротворцев"] == "Антониу Гутерриш"
    assert speakers["удары по гражданской инфраструктуре"] == "Мао Нин"


def test_a_turn_citing_no_one_keeps_its_speaker(extractor):
    text = BRIEFING.format(cited="Как мы уже говорили, нападения на миротворцев недопустимы.")
    speakers = {t.span.text: t.speaker for t in extractor.extract(text).threats}
    assert speakers["нападения на миротворцев"] == "Мао Нин"
