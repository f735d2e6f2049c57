"""The phrase before a cue: linked subjects, subject lists, the naming verb's object, back-references."""
from __future__ import annotations

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.priorities.backward import backward, named_before, object_of
from shos_speech._stages.priorities.cues import find_cues
from shos_speech._stages.priorities.phrases import Sent


def sent(text: str) -> Sent:
    return Sent(text, tokenize(text), {})


def before_cue(text: str) -> tuple[list[str], bool]:
    s = sent(text)
    (cue,) = find_cues(s.toks)
    phrases, back = backward(s, cue)
    return [text[s.toks[p.start].start:s.toks[p.stop - 1].stop] for p in phrases], back


@pytest.mark.parametrize("sentence, items, back", [
    ("Развитие энергетики является приоритетом.", ["Развитие энергетики"], False),
    ("Развитие энергетики — главная задача правительства.", ["Развитие энергетики"], False),
    ("Развитие водной дипломатии сегодня важно как никогда.", ["Развитие водной дипломатии"], False),
    # a plural verb after a subject list: one item per conjunct
    ("Торговля, инвестиции и логистика являются главными приоритетами Союза.",
     ["Торговля", "инвестиции", "логистика"], False),
    # a singular passive: the list is one subject's complement
    ("Расширение поставок в Китай, Индию и Иран признано важнейшей задачей.",
     ["Расширение поставок в Китай, Индию и Иран"], False),
    # a demonstrative subject points back
    ("Это направление остается для нас приоритетным.", [], True),
    # a person is named no priority
    ("Ледники мы назвали ключевым направлением.", [], False),
])
def test_backward(sentence, items, back):
    assert before_cue(sentence) == (items, back)


@pytest.mark.parametrize("sentence, items", [
    ("Мы считаем охрану ледников главным приоритетом.", ["охрану ледников"]),
    ("Президент назвал развитие туризма ключевым направлением.", ["развитие туризма"]),
    ("Мы считаем, что охрана ледников станет главным приоритетом.", []),  # a comma ends the search
])
def test_named_before(sentence, items):
    s = sent(sentence)
    (cue,) = find_cues(s.toks)
    assert [sentence[s.toks[p.start].start:s.toks[p.stop - 1].stop] for p in named_before(s, cue)] == items


@pytest.mark.parametrize("sentence, items", [
    ("Бишкек выступает за реформирование Совета Безопасности.", ["реформирование Совета Безопасности"]),
    ("Министр рассказал о модернизации энергосистемы.", ["модернизации энергосистемы"]),
    ("Стороны обсудили подписание соглашения.", []),  # a concrete undertaking
    ("Стороны обсудили эти вопросы.", []),  # a generic mention
])
def test_object_of_the_sentence_before(sentence, items):
    s = sent(sentence)
    assert [sentence[s.toks[p.start].start:s.toks[p.stop - 1].stop] for p in object_of(s)] == items
