"""Threats, eighth quality round (issue 11): classes of the language on sentences of our own (no NER model)."""
from __future__ import annotations

import pytest
from threats_support import categories, names, spans, threats_of

from shos_speech._stages.threats import ThreatsStage


@pytest.fixture(scope="module")
def stage() -> ThreatsStage:
    return ThreatsStage()


# -- adjectives standing for their noun after a colon or a dash ----------------------------------
@pytest.mark.parametrize("text, span, items", [
    ("Мир столкнулся с каскадом кризисов: продовольственного, энергетического и финансового.",
     "кризисов: продовольственного, энергетического и финансового",
     {("продовольственный кризис", "economic_instability"), ("энергетический кризис", "economic_instability"),
      ("финансовый кризис", "economic_instability")}),
    ("Нас окружают угрозы – террористические, экстремистские, наркотические.",
     "угрозы – террористические, экстремистские, наркотические",
     {("террористические угрозы", "terrorism"), ("экстремистские угрозы", "extremism"),
      ("наркотические угрозы", "drug_trafficking")}),
    ("Регион страдает от конфликтов – этнических, религиозных и пограничных.",
     "конфликтов – этнических, религиозных и пограничных",
     {("этнические конфликты", "armed_conflict"), ("религиозные конфликты", "armed_conflict"),
      ("пограничные конфликты", "armed_conflict")}),
    ("Особую тревогу вызывают катастрофы – природные и техногенные.", "катастрофы – природные и техногенные",
     {("природные катастрофы", "environmental"), ("техногенные катастрофы", "technogenic")}),
    ("Мир переживает войны: торговые, санкционные, информационные.", "войны: торговые, санкционные, информационные",
     {("торговые войны", "sanctions"), ("информационные войны", "information_threat")}),
    ("Мир сталкивается с кризисами – как финансовыми, так и продовольственными.",
     "кризисами – как финансовыми, так и продовольственными",
     {("финансовые кризисы", "economic_instability"), ("продовольственные кризисы", "economic_instability")}),
    ("Регион раздирают конфликты: этнические, религиозные и другие.", "конфликты: этнические, религиозные и другие",
     {("этнические конфликты", "armed_conflict"), ("религиозные конфликты", "armed_conflict")}),
    ("Мы сталкиваемся с вызовами – экологическими и эпидемиологическими.",
     "вызовами – экологическими и эпидемиологическими",
     {("экологические вызовы", "environmental"), ("эпидемиологические вызовы", "health")}),
])
def test_adjectives_standing_for_their_noun(stage, text, span, items):
    found = threats_of(stage, text)
    assert items <= {(n, c) for s, n, c in found if s == span}
    assert all(s == span for s, _n, _c in found)  # the bare noun is the phrase's part


@pytest.mark.parametrize("text", [
    "Угрозы бывают разные – внешние и внутренние.",
    "Вызовы: новые и старые.",
    "Угроза – реальная.",
    "Угрозы – как внешние, так и внутренние.",
    "Риски – высокие, а ресурсы ограничены.",
])
def test_adjectives_naming_no_danger(stage, text):
    assert spans(stage, text) == []


@pytest.mark.parametrize("text, span", [
    ("Мы видим угрозы: террористические группировки усиливаются.", "террористические группировки"),
    ("Последствия конфликта – огромные.", "конфликта"),
])
def test_adjectives_with_a_noun_or_a_predicate_are_no_ellipsis(stage, text, span):
    assert spans(stage, text) == [span]


# -- word families: division of a community, destabilisation, domination, segregation, gaps, erosion -------
@pytest.mark.parametrize("text, span, category", [
    ("Подобные шаги ведут к расколу региона.", "расколу региона", "rivalry"),
    ("Поляризация мирового сообщества усиливается.", "Поляризация мирового сообщества", "rivalry"),
    ("Мы видим фрагментацию международного сообщества.", "фрагментацию международного сообщества", "rivalry"),
    ("Раскол общества углубляется.", "Раскол общества", "other"),
    ("Дестабилизация обстановки в регионе опасна.", "Дестабилизация обстановки в регионе", "other"),
    ("Внешние силы добиваются дестабилизации ситуации в стране.", "дестабилизации ситуации в стране", "other"),
    ("Империализм не ушел в прошлое.", "Империализм", "rivalry"),
    ("Расизм и сегрегация должны быть искоренены.", "сегрегация", "other"),
    ("Технологический разрыв между странами растет.", "Технологический разрыв между странами", "economic_instability"),
    ("Спекуляции на рынках продовольствия усиливаются.", "Спекуляции на рынках продовольствия",
     "economic_instability"),
    ("Мы видим выхолащивание норм международного права.", "выхолащивание норм международного права", "other"),
])
def test_word_families(stage, text, span, category):
    assert (span, category) in [(s, c) for s, _n, c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Предотвращение новой дестабилизации важно.",
    "Стабилизация обстановки в регионе важна.",
    "Раскол в партии углубляется.",
])
def test_families_stay_out_of_generic_uses(stage, text):
    assert spans(stage, text) == []


# -- a genitive after a threat that reads as a plural nominative is no subject of a singular intransitive verb --
@pytest.mark.parametrize("text, span", [
    ("Размывание доверия продолжается.", "Размывание доверия"),
    ("Сегодня размывание доверия опасно.", "размывание доверия"),
    ("Вымывание доверия продолжается.", "Вымывание доверия"),
    ("Пандемия коронавируса государства объединила.", "Пандемия коронавируса"),
])
def test_a_genitive_before_a_verb_of_another_number(stage, text, span):
    assert spans(stage, text) == [span]


# -- a noun of concern with the preposition of its cause: "тревога в связи с", "обеспокоенность по поводу" --
@pytest.mark.parametrize("text, span", [
    ("Стороны выразили тревогу в связи с наращиванием арсеналов.", "наращиванием арсеналов"),
    ("Министры выразили обеспокоенность по поводу уничтожения посевов.", "уничтожения посевов"),
    ("Делегации выразили озабоченность в связи с вербовкой подростков через соцсети.",
     "вербовкой подростков через соцсети"),
    ("Посол выразил беспокойство по поводу обстрелов приграничных поселков.", "обстрелов приграничных поселков"),
])
def test_concern_with_its_cause(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Выражаем озабоченность в связи с тем, что переговоры зашли в тупик.",
    "Выразили тревогу в связи с отсутствием прогресса.",
    "Выразили озабоченность по поводу позиции США.",
])
def test_concern_about_no_phenomenon(stage, text):
    assert spans(stage, text) == []


# -- what an attack strikes is a threat only as the lexicon names it, modifiers included ----------------
@pytest.mark.parametrize("text, span", [
    ("Атаки на энергетические объекты продолжаются.", "Атаки на энергетические объекты"),
    ("Мы осуждаем атаки на транспортные объекты.", "атаки на транспортные объекты"),
    ("Обстрелы жилой инфраструктуры недопустимы.", "Обстрелы жилой инфраструктуры"),
])
def test_an_attack_on_what_is_no_threat(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text, span", [
    ("Удары по позициям террористов продолжаются.", "террористов"),
    ("Удары по террористической инфраструктуре нанесены.", "террористической инфраструктуре"),
])
def test_a_strike_against_a_threat_stays_out(stage, text, span):
    assert spans(stage, text) == [span]


# -- a threat named by a clause: a verb of a harmful process and its subject ("тают ледники") ----------
@pytest.mark.parametrize("text, span, name", [
    ("Мы видим, как тают ледники и мелеет Арал.", "тают ледники", "таяние ледников"),
    ("Мы видим, как тают ледники и мелеет Арал.", "мелеет Арал", "обмеление Арала"),
    ("Горные ледники Памира тают.", "Горные ледники Памира тают", "таяние горных ледников Памира"),
    ("Ледники стремительно тают.", "Ледники стремительно тают", "таяние ледников"),
    ("Дорожает продовольствие.", "Дорожает продовольствие", "подорожание продовольствия"),
    ("Продолжают исчезать ледники Памира.", "исчезать ледники Памира", "исчезновение ледников Памира"),
    ("В-третьих, климат – реки мелеют, а это вопрос выживания.", "реки мелеют", "обмеление рек"),
])
def test_a_process_clause(stage, text, span, name):
    assert (span, name) in [(s, n) for s, n, _c in threats_of(stage, text)]


@pytest.mark.parametrize("text", [
    "Растут доходы населения.",
    "Цены на нефть выросли.",
    "Не тают ледники.",
    "Сокращается число туристов.",
])
def test_a_process_of_no_danger(stage, text):
    assert spans(stage, text) == []


def test_a_subject_that_is_a_threat_stays_itself(stage):
    assert spans(stage, "В Европе распространяется исламофобия.") == ["исламофобия"]


# -- a verb in the first or second person has a pronoun subject: an ambiguous head after it is no plural --
@pytest.mark.parametrize("text, name", [
    ("Мы противостоим киберпреступности, торговле людьми и нелегальной миграции.", "киберпреступность"),
    ("Мы противостоим радикализации молодежи.", "радикализация молодежи"),
    ("Участились кибератаки.", "кибератаки"),
    ("Мы осуждаем бомбардировки.", "бомбардировки"),
])
def test_the_number_after_a_verb_of_the_first_person(stage, text, name):
    assert name in names(stage, text)


# -- inadmissibility and rejection by family: "неприемлемость", "неприятие" + genitive --------------------
@pytest.mark.parametrize("text, span", [
    ("Стороны заявили о неприемлемости ультиматумов.", "ультиматумов"),
    ("Стороны подчеркнули неприемлемость экономического принуждения.", "экономического принуждения"),
    ("Стороны подтвердили неприятие шантажа и запугивания.", "запугивания"),
])
def test_inadmissibility_by_family(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Заявили о неприемлемости такого подхода.",
    "Подчеркнули неприемлемость подобных заявлений.",
])
def test_inadmissibility_of_no_phenomenon(stage, text):
    assert spans(stage, text) == []


@pytest.mark.parametrize("text, name", [
    ("Регион раздирают конфликты: этнические, религиозные и другие.", "другие конфликты"),
    ("Угрозы: террористические и подобные.", "подобные угрозы"),
])
def test_a_pronominal_adjective_names_no_kind(stage, text, name):
    assert name not in names(stage, text) and names(stage, text)


# -- what bears or makes a danger is one: "X несет угрозу", "X создает угрозу", "X таит опасность" ---------
@pytest.mark.parametrize("text, span", [
    ("Массовая слежка несет угрозу свободам граждан.", "Массовая слежка"),
    ("Массовая слежка создает угрозу свободам граждан.", "Массовая слежка"),
    ("Скупка земель таит серьезную опасность.", "Скупка земель"),
    ("Ядерная программа Пхеньяна несет угрозу.", "Ядерная программа Пхеньяна"),
])
def test_what_bears_a_danger(stage, text, span):
    assert span in spans(stage, text)


@pytest.mark.parametrize("text", [
    "Это решение несет угрозу.",
    "Такой шаг создает угрозу для региона.",
    "Россия не несет угрозы никому.",
])
def test_what_bears_no_named_danger(stage, text):
    assert spans(stage, text) == []


# -- a compound adjective in an elliptic list; a process of damage done to a value ---------------------
@pytest.mark.parametrize("text, name", [
    ("В мире нарастают кризисы – военно-политические, экономические и гуманитарные.", "военно-политические кризисы"),
    ("В мире нарастают кризисы – военно-политические, экономические и гуманитарные.", "экономические кризисы"),
    ("Деградирует режим нераспространения.", "деградация режима нераспространения"),
    ("Разрушаются цепочки поставок.", "разрушение цепочек поставок"),
    ("Мы видим, как деградирует система контроля над вооружениями.", "деградация системы контроля над вооружениями"),
])
def test_compound_adjectives_and_damage_processes(stage, text, name):
    assert name in names(stage, text)


def test_a_damage_process_takes_the_value_category(stage):
    assert categories(stage, "Деградирует режим нераспространения.") == {
        "деградация режима нераспространения": "wmd_proliferation"}


# -- precision of the new classes ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ответственность за угрозу несут организаторы.",  # a danger a preposition governs is no predicate
    "Разрушаются связи между людьми.",  # a bare value is no damage named
    "Итоги: экономические и политические.",
    "Проект создает рабочие места.",
])
def test_new_classes_stay_precise(stage, text):
    assert spans(stage, text) == []
