"""The long table as pandas: Result.to_frame(), shos_speech.to_frame(results, ids=..., texts=...)."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

import shos_speech
from shos_speech import Result
from shos_speech.frame import COLUMNS, item_rows

TEXT_A = ("Президент Таджикистана Эмомали Рахмон заявил на саммите ШОС, что терроризм и наркотрафик "
          "угрожают региону. «Мы поддерживаем создание Центра ШОС по борьбе с наркотрафиком», — сказал он.")
TEXT_B = "Министр иностранных дел России Сергей Лавров раскритиковал односторонние санкции Запада."


@pytest.fixture(scope="module")
def results(extractor) -> list[Result]:
    return [extractor.extract(TEXT_A), extractor.extract(TEXT_B)]


def _n_items(r: Result) -> int:
    return (len(r.priorities) + len(r.threats) + len(r.initiatives)
            + sum(len(i.mentions) for i in r.institutions) + sum(len(s.mentions) for s in r.speakers))


def test_result_to_frame_one_row_per_item(results):
    r = results[0]
    df = r.to_frame(TEXT_A, doc_id="rahmon")
    assert tuple(df.columns) == COLUMNS and len(df) == _n_items(r) > 0
    assert set(df["id"]) == {"rahmon"}
    assert df["type"].value_counts().to_dict() == {k: v for k, v in {
        "threat": len(r.threats), "initiative": len(r.initiatives), "priority": len(r.priorities),
        "institution": sum(len(i.mentions) for i in r.institutions),
        "speaker": sum(len(s.mentions) for s in r.speakers)}.items() if v}
    for row in df.itertuples():
        assert TEXT_A[row.start:row.end] == row.text and row.text in row.sentence
    t = r.threats[0]
    threat = df[(df["type"] == "threat") & (df["start"] == t.span.start)].iloc[0]
    assert (threat["name"], threat["category"], threat["speaker"]) == (t.name, t.category.value, t.speaker)
    assert list(df["start"]) == sorted(df["start"])


def test_dtypes_do_not_depend_on_the_rows(results):
    full, empty = results[0].to_frame(), Result().to_frame()
    assert len(empty) == 0 and tuple(empty.columns) == COLUMNS
    assert dict(full.dtypes) == dict(empty.dtypes)
    assert str(full["start"].dtype) == "Int64" and str(full["rank"].dtype) == "Int64"
    assert full["sentence"].isna().all()  # no text given: no sentence


def test_to_frame_of_many_results_with_ids_and_texts(results):
    df = shos_speech.to_frame(results, ids=["a", "b"], texts=[TEXT_A, TEXT_B])
    assert len(df) == sum(_n_items(r) for r in results)
    assert list(dict.fromkeys(df["id"])) == ["a", "b"]
    b = df[df["id"] == "b"]
    assert any("санкции" in name for name in b[b["type"] == "threat"]["name"])
    assert (b["sentence"] == TEXT_B).all()
    by_position = shos_speech.to_frame(results)
    assert list(dict.fromkeys(by_position["id"])) == [0, 1]
    # the rows are those the batch CSV holds
    assert df.drop(columns="id").astype(object).where(df.notna(), None).to_dict("records")[0] == {
        k: v for k, v in item_rows(results[0], "a", TEXT_A)[0].items() if k != "id"}


def test_lengths_must_agree(results):
    with pytest.raises(ValueError, match="2 results, 1 ids and 2 texts"):
        shos_speech.to_frame(results, ids=["a"])


def test_without_pandas_the_error_names_the_extra(results, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"shos_speech\[pandas\]"):
        results[0].to_frame()


def test_concatenates_with_pandas(results):
    frames = [r.to_frame(doc_id=i) for i, r in enumerate(results)]
    assert len(pd.concat(frames)) == sum(_n_items(r) for r in results)
