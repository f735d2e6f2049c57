"""The Extractor: input contract, reuse, order, spans."""
from __future__ import annotations

import pytest

import shos_speech
from shos_speech import Result

TEXTS = [
    "Президент Кыргызстана Садыр Жапаров выступил на саммите ШОС в Астане.",
    "Министр иностранных дел России Сергей Лавров прибыл в Нью-Йорк на сессию Генеральной Ассамблеи ООН.",
    "Стороны обсудили работу Евразийской экономической комиссии.",
]


@pytest.mark.parametrize("bad", [None, 42, b"\xd0\xa8\xd0\x9e\xd0\xa1", ["текст"]])
def test_non_string_input_is_a_type_error(extractor, bad):
    with pytest.raises(TypeError, match="expects the text as str"):
        extractor.extract(bad)
    with pytest.raises(TypeError):
        shos_speech.extract(bad)


@pytest.mark.parametrize("text", ["", "   \n\t ", "The SCO summit took place in Astana on Tuesday.", "12345 !!!"])
def test_empty_or_foreign_text_gives_an_empty_result(extractor, text):
    assert extractor.extract(text) == Result()


def test_pipe_yields_results_in_order_and_equal_to_extract(extractor):
    piped = list(extractor.pipe(iter(TEXTS)))
    assert piped == [extractor.extract(t) for t in TEXTS]
    assert [r.institutions[-1].acronym for r in piped] == ["ШОС", "ГА ООН", "ЕЭК"]


def test_module_level_extract_uses_one_shared_extractor():
    from shos_speech.extractor import default_extractor

    shos_speech.extract(TEXTS[0])
    first = default_extractor()
    shos_speech.extract(TEXTS[1])
    assert default_extractor() is first


def test_every_span_points_into_the_original_text(extractor, dev_docs):
    for doc in dev_docs:
        r = extractor.extract(doc["text"])
        r.check_spans(doc["text"])


def test_odd_unicode_keeps_spans_exact(extractor):
    text = "Президент\u00a0Казахстана выступил в\u00ad Шанхайской организации сотрудничества\u200b (ШОС) — «за мир»."
    r = extractor.extract(text)
    r.check_spans(text)
    assert r.institutions[0].acronym == "ШОС"


def test_long_sentence_without_punctuation_finishes(extractor):
    text = " ".join(["развитие сотрудничества ШОС"] * 700)
    r = extractor.extract(text)
    r.check_spans(text)
    assert r.institutions and len(r.institutions[0].mentions) == 700


def test_users_extend_threats_and_named_initiatives_without_forking(tmp_path):
    import json

    from shos_speech import Extractor

    lexicon = tmp_path / "my_threats.tsv"
    lexicon.write_text("phrase\tcategory\nподрыв газопровода\ttechnogenic\n", encoding="utf-8")
    registry = tmp_path / "my_initiatives.json"
    registry.write_text(json.dumps({"initiatives": [{
        "name": "Памирская водная инициатива", "aliases": [], "proposer": "Таджикистан", "kind": "initiative"}]},
        ensure_ascii=False), encoding="utf-8")
    # the proposer comes from the text ("инициативу Таджикистана"), not from the entry
    text = "Подрыв газопровода угрожает региону. Мы поддерживаем Памирскую водную инициативу Таджикистана."
    plain = Extractor().extract(text)
    assert "подрыв газопровода" not in [t.name for t in plain.threats]
    r = Extractor(threat_lexicons=[lexicon], initiative_registries=[registry]).extract(text)
    assert [(t.name, t.category.value) for t in r.threats] == [("подрыв газопровода", "technogenic")]
    it = next(i for i in r.initiatives if i.name.startswith("Памирская водная инициатива"))
    assert it.proposer == "Таджикистан" and it.stance.value == "supports"
