"""shos_speech on a local Dask cluster equals sequential extraction."""
from __future__ import annotations

import pytest

dask = pytest.importorskip("dask", reason="the [dask] extra is not installed")
distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")

SENTENCES = [
    "Президент Таджикистана Эмомали Рахмон заявил на саммите ШОС, что терроризм и наркотрафик угрожают региону.",
    "Главным приоритетом председательства Казахстана в ОДКБ станет укрепление коллективной безопасности.",
    "«Мы поддерживаем создание Банка развития ШОС», — сказал министр иностранных дел Кыргызстана.",
    "Лидеры стран СНГ подписали декларацию о сотрудничестве в сфере информационной безопасности.",
    "Министр иностранных дел России Сергей Лавров раскритиковал односторонние санкции Запада.",
]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.mark.slow
def test_bag_on_a_local_cluster_equals_sequential(client, extractor):
    import dask.bag as db

    from shos_speech.dask import extract_bag

    texts = [f"{SENTENCES[i % len(SENTENCES)]} Документ {i}." for i in range(200)]
    got = extract_bag(db.from_sequence(texts, npartitions=8)).compute()
    want = [extractor.extract(t).model_dump(mode="json") for t in texts]
    assert got == want


@pytest.mark.slow
def test_dataframe_partitions(client, extractor):
    import dask.dataframe as dd
    import pandas as pd

    from shos_speech.dask import extract_dataframe

    pdf = pd.DataFrame({"id": range(10), "text": [SENTENCES[i % len(SENTENCES)] for i in range(10)]})
    out = extract_dataframe(dd.from_pandas(pdf, npartitions=3)).compute()
    assert list(out["id"]) == list(range(10))
    assert list(out["result"]) == [extractor.extract(t).model_dump(mode="json") for t in pdf["text"]]
