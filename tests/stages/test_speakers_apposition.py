"""Names in apposition to a post that natasha leaves untagged."""
from __future__ import annotations

import pytest
from speakers_support import grammar

from shos_speech._core.analysis import light_document
from shos_speech._core.document import NerSpan
from shos_speech._stages.speakers.apposition import apposition_names


def found(text: str, *tagged: str) -> list[str]:
    ner = [NerSpan(text.index(t), text.index(t) + len(t), "LOC") for t in tagged]
    return [text[sp.start:sp.stop] for sp in apposition_names(light_document(text, ner), grammar())]


@pytest.mark.parametrize("text, names", [
    # a name with no reading after the country in a post's complement
    ("Председатель Китайской Народной Республики Ли Цян открыл форум.", ["Ли Цян"]),
    ("Вице-премьер Государственного совета КНР Дин Сюэсян прибыл в Астану.", ["Дин Сюэсян"]),
    # a post whose chain holds another post: the name after the chain
    ("Заявление сделал заведующий отделом Администрации Президента Хикмет Гаджиев.", ["Хикмет Гаджиев"]),
    # a line that is only the post and the name
    ("Министр иностранных дел Ирана Аббас Аракчи", ["Аббас Аракчи"]),
])
def test_a_name_after_a_post(text, names):
    assert found(text) == names


@pytest.mark.parametrize("text, tagged", [
    # the post's complement is no name: a place, a body, an acronym
    ("Президент Республики Казахстан выступил первым.", ()),
    ("Генеральный секретарь ШОС выступил первым.", ()),
    ("Председатель Совета Федерации открыл заседание.", ()),
    # a word after a preposition is a place, not a name
    ("Посол России в Мьянме открыл выставку.", ()),
    # no post before the capitalized words
    ("Вчера Ли Цян открыл форум.", ()),
    # what NER tagged stays NER's
    ("Председатель Китайской Народной Республики Ли Цян открыл форум.", ("Ли Цян",)),
])
def test_no_name_after_a_post(text, tagged):
    assert found(text, *tagged) == []


@pytest.mark.parametrize("text, names", [
    # a surname that opens a sentence before its verb, even one read as a common word's case
    ("Токаев направил телеграмму соболезнования.", ["Токаев"]),
    ("Жапаров подписал указ.", ["Жапаров"]),
    # a common word in the nominative is no surname; nor a word before a plural verb
    ("Остров стал туристическим центром.", []),
    ("Жапаров и Токаев подписали меморандум.", []),
])
def test_a_surname_that_opens_a_sentence(text, names):
    from shos_speech._stages.speakers.apposition import subject_surnames

    doc = light_document(text)
    assert [text[sp.start:sp.stop] for sp in subject_surnames(doc)] == names


@pytest.mark.parametrize("text, names", [
    # a speaker's label with the place or occasion of the words: the surname the text gives in full
    ("Бердымухамедов в Ашхабаде: газ пойдет в Китай\n\nПрезидент Сердар Бердымухамедов открыл форум.",
     ["Бердымухамедов"]),
    ("Алиев на саммите ОТГ: Средний коридор нужен всем\n\nПрезидент Ильхам Алиев выступил первым.", ["Алиев"]),
    # a word the text gives as a surname of a name in full opens a sentence before its verb
    ("Президент Сердар Бердымухамедов прибыл в Ташкент. Бердымухамедов подчеркнул важность газа.",
     ["Бердымухамедов"]),
    # no name in full with that surname, a clause before the colon, a place: no one
    ("Мирзо в Ашхабаде: газ пойдет в Китай\n\nПрезидент Сердар Бердымухамедов открыл форум.", []),
    ("Бердымухамедов, приехав в Ашхабад: газ пойдет в Китай\n\nПрезидент Сердар Бердымухамедов открыл форум.", []),
    ("Ашхабад в ожидании: газ пойдет в Китай\n\nПрезидент Сердар Бердымухамедов открыл форум.", []),
])
def test_a_surname_the_text_gives_in_full_labels_or_opens(text, names):
    from shos_speech._stages.speakers.apposition import subject_surnames

    full = "Сердар Бердымухамедов" if "Сердар" in text else "Ильхам Алиев"
    a = text.index(full)
    doc = light_document(text, [NerSpan(a, a + len(full), "PER")])
    assert [text[sp.start:sp.stop] for sp in subject_surnames(doc)] == names
