"""Speakers named after a national body's own-language name: the name starts after the body,
the title holds it ("Председатель Сената Олий Мажлиса", "Торага Жогорку Кенеша")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    ("ТАШКЕНТ, 5 мая. Председатель Сената Олий Мажлиса Танзила Нарбаева заявила, что приоритетом "
     "остается поддержка молодежи.", "Танзила Нарбаева", "Председатель Сената Олий Мажлиса"),
    ("БИШКЕК, 5 мая. Торага Жогорку Кенеша Нурланбек Тургунбек уулу выступил за углубление "
     "межпарламентских связей.", "Нурланбек Тургунбек уулу", "Торага Жогорку Кенеша"),
    # a body that runs into a one-word rest of the name leaves the person whole
    ("БАКУ, 5 мая. Председатель Милли Меджлиса Сахиба Гафарова осудила агрессивный сепаратизм.",
     "Сахиба Гафарова", "Председатель Милли Меджлиса"),
])
def test_a_speaker_after_a_national_body_is_named_without_it(extractor, text, name, title):
    (speaker,) = extractor.extract(text).speakers
    assert (speaker.name, speaker.title) == (name, title)
