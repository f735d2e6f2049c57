"""Bad input, odd Unicode, HTML, huge and run-on texts, threads and processes."""
from __future__ import annotations

import json
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shos_speech import Extractor, Result
from shos_speech.textprep import prepare_text

STATEMENTS = [
    "Президент Узбекистана Шавкат Мирзиёев выступил на саммите ШОС. «Мы поддерживаем создание Центра "
    "ШОС по борьбе с наркотрафиком», — заявил Мирзиёев.",
    "Министр иностранных дел России Сергей Лавров заявил, что санкции Запада и гонка вооружений подрывают "
    "стабильность в Евразии.",
    "Главным приоритетом председательства Кыргызстана в СНГ станет развитие транспортных коридоров.",
    "Саммит Организации Договора о коллективной безопасности прошел в Минске.",
]


@contextmanager
def hang_guard(seconds: int = 120):
    """Fails the test instead of hanging forever (a guard, not a timing assertion)."""
    def boom(*_):
        raise TimeoutError(f"did not finish in {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_html_is_stripped_and_spans_point_into_the_page():
    page = ("<html><head><style>p{color:red}</style><script>var s = 'ШОС';</script></head><body>"
            "<p>Президент Казахстана <b>Касым-Жомарт Токаев</b> заявил на саммите "
            "<a href='/sco'>Шанхайской организации сотрудничества</a>, что угрозы терроризма&nbsp;растут.</p>"
            "<p>Он поддержал создание Центра ШОС по&nbsp;информационной безопасности &amp; связи.</p></body></html>")
    r = Extractor(strip_html=True).extract(page)
    r.check_spans(page)
    assert [t.name for t in r.threats] == ["терроризм"]
    assert r.threats[0].speaker == "Касым-Жомарт Токаев"
    center = next(i for i in r.institutions if i.kind == "center")
    assert center.name == "Центр ШОС по информационной безопасности"
    assert "&nbsp;" in center.mentions[0].text
    assert not any("var s" in m.text for i in r.institutions for m in i.mentions)


@pytest.mark.parametrize("odd", ["\u00ad", "\u200b", "\u200d", "\ufeff"])
def test_invisible_characters_inside_words(extractor, odd):
    text = f"Стороны обсудили угрозу между{odd}народного терроризма и Шанхайской органи{odd}зации сотрудничества."
    r = extractor.extract(text)
    r.check_spans(text)
    assert [t.name for t in r.threats] == ["международный терроризм"]
    assert r.institutions[0].acronym == "ШОС"


def test_quotes_dashes_and_yo(extractor):
    text = "«Мы против санкций», — заявил он. „Противостояние“ – ещё одна угроза; Объединённых Наций."
    r = extractor.extract(text)
    r.check_spans(text)
    assert {t.name for t in r.threats} >= {"санкции", "противостояние"}


@pytest.mark.parametrize("text", [
    "Лідери країн обговорили співпрацю в рамках ШОС.",  # Ukrainian
    "Die Staats- und Regierungschefs trafen sich in Astana.",
    "上海合作组织峰会在阿斯塔纳举行。",
])
def test_other_languages_give_little_or_nothing(extractor, text):
    r = extractor.extract(text)
    r.check_spans(text)
    assert not r.threats and not r.priorities and not r.initiatives


@pytest.mark.slow
def test_run_on_inputs_finish(extractor):
    cases = [
        " ".join(["угроза терроризма и экстремизма в регионе ШОС растет"] * 700),  # 5,600 tokens, no punctuation
        "Мы выступаем против " + ", ".join(["терроризма"] * 2000) + ".",  # a list of 2,000 items
        "«" * 200 + "санкции" + "»" * 200,  # deeply nested quotes
        "(" * 300 + "Совет глав государств СНГ" + ")" * 300,
    ]
    with hang_guard():
        for text in cases:
            r = extractor.extract(text)
            r.check_spans(text)


def test_long_text_is_processed_in_blocks_with_exact_spans(extractor):
    import shos_speech.extractor as pl

    text = "\n".join(STATEMENTS) * 3
    whole = extractor.extract(text)
    old = pl.BLOCK_CHARS
    try:
        pl.BLOCK_CHARS = 400
        blocked = extractor.extract(text)
    finally:
        pl.BLOCK_CHARS = old
    blocked.check_spans(text)
    assert [t.span for t in blocked.threats] == [t.span for t in whole.threats]
    assert {i.name for i in blocked.institutions} == {i.name for i in whole.institutions}


def test_threads_share_one_extractor(extractor):
    texts = STATEMENTS * 4
    sequential = [extractor.extract(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(extractor.extract, texts))
    assert parallel == sequential


@pytest.mark.slow
def test_pipe_with_processes_equals_sequential(extractor):
    texts = STATEMENTS * 2
    with hang_guard(300):
        parallel = list(extractor.pipe(texts, n_process=2))
    assert parallel == [extractor.extract(t) for t in texts]


def test_pipe_as_tuples_carries_the_context(extractor):
    pairs = ((text, {"id": f"doc-{n}"}) for n, text in enumerate(STATEMENTS))  # a generator: read lazily
    out = list(extractor.pipe(pairs, as_tuples=True))
    assert [ctx["id"] for _, ctx in out] == [f"doc-{n}" for n in range(len(STATEMENTS))]
    assert [r for r, _ in out] == [extractor.extract(t) for t in STATEMENTS]


@pytest.mark.slow
def test_pipe_as_tuples_with_processes_keeps_contexts_at_home(extractor):
    lock = threading.Lock()  # not picklable: it would fail if it were sent to a worker
    pairs = [(text, (n, lock)) for n, text in enumerate(STATEMENTS * 2)]
    with hang_guard(300):
        out = list(extractor.pipe(pairs, n_process=2, as_tuples=True))
    assert [ctx[0] for _, ctx in out] == list(range(len(pairs))) and all(ctx[1] is lock for _, ctx in out)
    assert [r for r, _ in out] == [extractor.extract(t) for t, _ in pairs]


@pytest.mark.parametrize("bad", [["Саммит ШОС прошел в Астане."], [("текст",)], [("a", "b", "c")]])
def test_pipe_as_tuples_wants_pairs(extractor, bad):
    with pytest.raises(TypeError, match="expects \\(text, context\\) pairs; item 0"):
        list(extractor.pipe(bad, as_tuples=True))


# -- lone surrogates and control characters ---------------------------------------------------
SURROGATE_TEXTS = [
    "Д\ud800 и Союз",
    "Президент Казахстана Касым-Жомарт\ud800 Токаев заявил, что терроризм опасен.",
    "Президент Казахстана Касым-Жомарт\udcd0 Токаев заявил, что между\u00adнародный терроризм опасен.",
    "Саммит \udfff\ud800ШОС прошел в Астане; стороны осудили терро\ud83dризм.",
]


@pytest.mark.parametrize("text", SURROGATE_TEXTS)
def test_lone_surrogates_never_raise_and_every_result_serialises(extractor, text):
    r = extractor.extract(text)
    r.check_spans(text)  # offsets into the input as given; a surrogate shows as U+FFFD in span.text
    assert Result.model_validate_json(r.model_dump_json()) == r


def test_a_surrogate_is_read_as_a_replacement_character(extractor):
    text = SURROGATE_TEXTS[1]
    r = extractor.extract(text)
    assert r == extractor.extract(text.replace("\ud800", "\ufffd"))
    [speaker] = r.speakers
    assert speaker.mentions[0].text == "Касым-Жомарт\ufffd Токаев"
    assert [t.name for t in r.threats] == ["терроризм"]


def test_surrogates_in_html_and_entities_that_decode_to_nothing_valid(html_extractor):
    page = "<p>Стороны осудили терроризм&#xd800; и экстремизм&#0;.</p><p>Саммит \ud800ШОС завершился.</p>"
    r = html_extractor.extract(page)
    r.check_spans(page)
    assert {t.name for t in r.threats} == {"терроризм", "экстремизм"}
    r.model_dump_json()


def test_same_length_replacements_keep_every_offset():
    text = "Саммит\x00ШОС\u2028прошел\u00a0в Астане\ud800.\x1b"
    clean, mapping = prepare_text(text)
    assert clean == "Саммит ШОС\nпрошел в Астане\ufffd. " and list(mapping) == list(range(len(text) + 1))
    assert prepare_text("Саммит \ud800ШОС") == ("Саммит \ufffdШОС", None)  # only surrogates: offsets as given
    clean, mapping = prepare_text("сотруд\u00adничество\ud800")
    assert clean == "сотрудничество\ufffd" and list(mapping) == [*range(6), *range(7, 16), 16]


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x9b"])
def test_control_characters_separate_words(extractor, control):
    text = f"Стороны обсудили угрозу{control}терроризма на саммите{control}СНГ."
    r = extractor.extract(text)
    r.check_spans(text)
    # the same items at the same offsets as with a space there; a span over it shows the input's character
    escaped = json.dumps(control, ensure_ascii=False)[1:-1]
    assert r.model_dump_json().replace(escaped, " ") == extractor.extract(text.replace(control, " ")).model_dump_json()
    assert r.threats and any(i.acronym == "СНГ" for i in r.institutions)  # words found on both sides of it


# -- properties ---------------------------------------------------------------------------------
WORDS = st.sampled_from(["ШОС", "СНГ", "терроризма", "санкций", "Президент", "заявил", "«", "»", "—", ",", ".",
                         "приоритетом", "поддерживаем", "создание", "центра", "\u00ad", "\u00a0", "<b>", "&amp;",
                         "Организации", "Объединенных", "Наций", "и", "по", "в", "\n", "Токаев", "наркотрафик"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_any_word_salad_is_safe_and_deterministic(extractor, text):
    r = extractor.extract(text)
    r.check_spans(text)
    assert extractor.extract(text) == r


ANY_CHARACTER = st.one_of(st.characters(), st.characters(categories=["Cs"]), st.characters(categories=["Cc"]))


@pytest.fixture(scope="module")
def html_extractor():
    return Extractor(strip_html=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(ANY_CHARACTER, max_size=300), st.booleans())
def test_arbitrary_unicode_never_raises(extractor, html_extractor, text, html):
    r = (html_extractor if html else extractor).extract(text)
    assert isinstance(r, Result)
    r.check_spans(text)
    r.model_dump_json()


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_dev_documents(extractor, dev_docs, data):
    doc = data.draw(st.sampled_from(dev_docs))
    text = doc["text"]
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 200)))
    insert = data.draw(st.sampled_from(["", "\u00ad", "«", "»", " — ", "<p>", "\n\n", "ШОС", "!!!", "(("]))
    mutated = text[:i] + insert + text[j:]
    r = extractor.extract(mutated)
    r.check_spans(mutated)
