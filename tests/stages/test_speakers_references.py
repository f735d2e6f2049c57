"""Who a title refers back to: the speaker so far if it fits, else the latest person it fits."""
from __future__ import annotations

import pytest
from speakers_support import grammar

from shos_speech._core.tokens import tokenize
from shos_speech._stages.speakers.persons import Cast, Person
from shos_speech._stages.speakers.references import compatible, title_ref


def person(title: str | None, country: str | None) -> Person:
    return Person(name="Имя Фамилия", surname="фамилия", title=title, country=country)


@pytest.mark.parametrize("title, country, words, ref_country, fits", [
    ("Президент Казахстана", "Казахстан", frozenset({"президент"}), None, True),
    ("Президент Казахстана", "Казахстан", frozenset({"президент"}), "Казахстан", True),
    ("Президент Казахстана", "Казахстан", frozenset(), "Россия", False),  # another country
    ("Президент Казахстана", "Казахстан", frozenset({"министр"}), None, False),  # another post
    ("Министр иностранных дел Китая", "Китай", frozenset({"глава"}), None, True),  # "глава" fits any post
    (None, None, frozenset({"министр"}), None, True),  # nothing known against it
])
def test_compatible(title, country, words, ref_country, fits):
    assert compatible(person(title, country), words, ref_country, grammar().any_post) is fits


TEXT = ("Министр иностранных дел России Сергей Лавров заявил о поддержке. Министр иностранных дел Китая Ван И "
        "заявил о приоритетах. ")


def cast(speaking: bool = True) -> Cast:
    c = Cast()
    for name, title, country in [("Сергей Лавров", "Министр иностранных дел России", "Россия"),
                                 ("Ван И", "Министр иностранных дел Китая", "Китай")]:
        p = c.add(TEXT.index(name), TEXT.index(name) + len(name), name, name.split()[-1].lower())
        p.title, p.country, p.speaks = title, country, speaking
    return c


def ref(words: str, c: Cast, current: Person | None, **kw) -> Person | None:
    return title_ref(tokenize(words), c, current, grammar(), pos=len(TEXT), **kw)


def names(p: Person | None) -> str | None:
    return p.name if p else None


@pytest.mark.parametrize("words, who", [
    ("Российский министр добавил", "Сергей Лавров"),  # the country picks the person named before
    ("Китайский министр добавил", "Ван И"),
    ("Министр добавил", "Ван И"),  # the speaker so far fits
    ("Он добавил", "Ван И"),
    # a post that fits no one named is someone not named: no one is guessed
    ("Президент добавил", None),
])
def test_title_ref(words, who):
    c = cast()
    assert names(ref(words, c, c.persons[1])) == who


def test_only_words_in_the_nominative_are_the_subject():
    c = cast()
    # the Russian minister is the addressee here
    assert names(ref("обратился к российскому министру", c, c.persons[1])) == "Ван И"


def test_with_no_speaker_so_far_the_latest_fitting_person_is_meant():
    c = cast()
    assert names(ref("Российский министр добавил", c, None)) == "Сергей Лавров"
    assert ref("Делегация добавила", c, None) is None


def test_only_speakers_when_asked():
    c = cast(speaking=False)
    assert names(ref("Российский министр добавил", c, None)) == "Сергей Лавров"
    assert ref("Российский министр добавил", c, None, only_speakers=True) is None


def test_a_title_that_does_not_fit_the_speaker_is_the_one_it_fits():
    text = "Президент Казахстана Нурлан Сагинов и Президент России Игорь Волков. "
    c = Cast()
    for name, title, country in [("Нурлан Сагинов", "Президент Казахстана", "Казахстан"),
                                 ("Игорь Волков", "Президент России", "Россия")]:
        p = c.add(text.index(name), text.index(name) + len(name), name, name.split()[-1].lower())
        p.title, p.country = title, country
    volkov = c.persons[1]
    volkov.speaks = True  # the Russian president has spoken, the Kazakh one not yet
    found = title_ref(tokenize("Казахстанский президент призвал"), c, volkov, grammar(), pos=len(text))
    assert names(found) == "Нурлан Сагинов"


@pytest.mark.parametrize("title, words, fits", [
    ("постоянный представитель Беларуси при ООН", {"постпред"}, True),
    ("Генеральный секретарь ШОС", {"генсек"}, True),
    ("заместитель министра иностранных дел", {"замминистр"}, True),
    ("Генеральный секретарь ШОС", {"замминистр"}, False),
])
def test_a_post_spelled_another_way(title, words, fits):
    assert compatible(person(title, None), frozenset(words), None, grammar().any_post) is fits


def test_a_diplomat_is_a_diplomatic_post():
    assert compatible(person("официальный представитель МИД России", "Россия"), frozenset({"дипломат"}), "Россия",
                      grammar().any_post)
    assert not compatible(person("Председатель Правления банка", None), frozenset({"дипломат"}), None,
                          grammar().any_post)


@pytest.mark.parametrize("words, who", [
    # a word that fits any post takes its country from its complement
    ("Глава российской дипломатии добавил", "Сергей Лавров"),
    ("Руководитель внешнеполитического ведомства России добавил", "Сергей Лавров"),
    ("Глава китайского МИД добавил", "Ван И"),
    # no country in the complement: the speaker so far; a country past the verb is no complement
    ("Глава дипломатии добавил", "Ван И"),
    ("Глава ведомства добавил, что Россия готова", "Ван И"),
])
def test_the_country_of_a_head_is_in_its_complement(words, who):
    c = cast()
    assert names(ref(words, c, c.persons[1])) == who


def _with_an_official() -> tuple[Cast, Person]:
    """Лавров (Russia) and Ван И (China) named, then the CSTO's secretary general (no country), who speaks."""
    c = cast()
    text_end = len(TEXT)
    official = c.add(text_end, text_end + 10, "Имангали Тасмагамбетов", "тасмагамбетов")
    official.title, official.speaks = "генеральный секретарь ОДКБ", True
    return c, official


@pytest.mark.parametrize("words, who", [
    # a country's title after an official of no country spoke: the person of that country
    ("Российский министр добавил", "Сергей Лавров"),
    ("Китайский лидер добавил", "Ван И"),
    # no country in the title: the speaker so far
    ("Генсек добавил", "Имангали Тасмагамбетов"),
    ("Глава добавил", "Имангали Тасмагамбетов"),
])
def test_a_countrys_title_after_an_official_of_no_country(words, who):
    c, official = _with_an_official()
    assert names(title_ref(tokenize(words), c, official, grammar(), pos=len(TEXT) + 20)) == who
