"""The institution registry: entries validated as read, users' files over the bundled ones, the gazetteer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from shos_speech._core.tokens import tokenize
from shos_speech._stages.institutions.registry import (
    InstitutionEntry,
    Registry,
    bundled_gazetteer,
    bundled_institutions,
    load_institutions,
    norm_name,
    resolved,
)
from shos_speech.errors import LexiconError
from shos_speech.grammars.common import parser
from shos_speech.grammars.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[3] / "shared"
FUND = {"name": "Фонд развития горных районов", "acronyms": ["ФРГР"], "kind": "center",
        "parent": None, "country": "Кыргызстан", "aliases": ["Горный фонд"], "name_en": None}


def write_json(tmp_path: Path, data) -> Path:
    path = tmp_path / "bodies.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_the_bundled_registry_is_valid():
    entries = bundled_institutions()
    assert len(entries) >= 200
    assert all(isinstance(e, InstitutionEntry) and e.name.strip() for e in entries)


@pytest.mark.parametrize("field, value, default", [
    ("acronyms", None, []),
    ("aliases", None, []),
    ("kind", None, "other"),
])
def test_null_reads_as_none(field, value, default):
    entry = InstitutionEntry.model_validate({"name": "Совет старейшин", field: value})
    assert getattr(entry, field) == default


@pytest.mark.parametrize("name, key", [
    ("Организация Объединённых Наций", "организация объединенных наций"),
    ("Фонд «Евразия»", "фонд евразия"),
    ("Совет глав государств – членов ШОС", "совет глав государств-членов шос"),
    ("  Исполком   СНГ ", "исполком снг"),
])
def test_norm_name(name, key):
    assert norm_name(name) == key


def bad_files():
    """(name, bytes of the file, the line the error must name)."""
    entry = json.dumps(FUND, ensure_ascii=False)
    yield "malformed JSON", '{"institutions": [\n  {"name": "Фонд"\n]}'.encode(), 3
    yield "latin-1 bytes", '{"institutions": [\n{"name": "Caf\xe9"}]}'.encode("latin-1"), 2
    yield "empty file", b"", None
    yield "entry without a name", f'{{"institutions": [\n{entry},\n{{"kind": "center"}}\n]}}'.encode(), 3
    yield "acronyms not a list", '{"institutions": [\n\n{"name": "Фонд", "acronyms": "ФРГР"}]}'.encode(), 3
    yield "name not a string", b'{"institutions": [{"name": 17}]}', 1
    yield "blank name", b'{"institutions": [\n{"name": "  "}]}', 2
    yield "bogus kind", f'{{"institutions": [\n{entry},\n{{"name": "Фонд", "kind": "ministry"}}]}}'.encode(), 3
    yield "no entry list", b'{"bodies": []}', None


@pytest.mark.parametrize("raw, line", [pytest.param(raw, line, id=name) for name, raw, line in bad_files()])
def test_a_bad_registry_fails_when_the_extractor_is_built(tmp_path, raw, line):
    from shos_speech import Extractor

    path = tmp_path / "bodies.json"
    path.write_bytes(raw)
    with pytest.raises(LexiconError) as err:
        Extractor(registries=[path])
    assert err.value.path == str(path)
    assert err.value.line == line


def test_a_good_registry_loads(tmp_path):
    entries = load_institutions(write_json(tmp_path, {"institutions": [FUND]}))
    assert [(e.name, e.kind, e.acronym, e.country) for e in entries] == [
        ("Фонд развития горных районов", "center", "ФРГР", "Кыргызстан")]


def test_a_users_entry_replaces_the_bundled_one_of_its_name(tmp_path):
    sco = next(e for e in bundled_institutions() if e.acronym == "ШОС")
    mine = {"name": sco.name, "acronyms": ["ШОС"], "kind": "other"}
    reg = Registry([write_json(tmp_path, [mine, FUND])])
    assert reg.lookup("ШОС").kind == "other"
    assert len(reg.entries) == len(bundled_institutions()) + 1
    assert reg.lookup("горный фонд").name == FUND["name"]


@pytest.mark.parametrize("sentence, found", [
    ("Грант выделил Горный фонд.", ["Горный фонд"]),
    ("Средства ФРГР направят на школы.", ["ФРГР"]),
    ("Проекты Фонда развития горных районов одобрены.", ["Фонда развития горных районов"]),
    ("Фонд развития района создан в прошлом году.", []),
])
def test_users_names_are_found_in_any_case_form(tmp_path, sentence, found):
    reg = Registry([write_json(tmp_path, {"institutions": [FUND]})])
    toks = tokenize(sentence)
    hits = [h for h in reg.scan(toks) if h.payload.name == FUND["name"]]
    assert [sentence[toks[h.start].start:toks[h.stop - 1].stop] for h in hits] == found


@pytest.mark.parametrize("sentence, names", [
    # the acronym of the organ is one name, not the organ's acronym and the organization's
    ("Решение принял СКБ ОДКБ на сессии в Минске.", ["СКБ ОДКБ"]),
    ("Сессия Совета коллективной безопасности ОДКБ прошла в Минске.", ["Совета коллективной безопасности ОДКБ"]),
    ("Делегации ШОС и СНГ встретились в Душанбе.", ["ШОС", "СНГ"]),
    ("консультативные встречи проходят ежегодно.", []),
])
def test_scan_keeps_the_longest_name(sentence, names):
    toks = tokenize(sentence)
    hits = Registry().scan(toks)
    assert [sentence[toks[h.start].start:toks[h.stop - 1].stop] for h in hits] == names


@pytest.mark.parametrize("words, entry", [
    ("Шанхайской организации сотрудничества", "Шанхайская организация сотрудничества"),
    ("ОДКБ", "Организация Договора о коллективной безопасности"),
    ("Шанхайской организации сотрудничества в Азии", None),
    ("организации", None),
])
def test_entry_for_a_whole_name_only(words, entry):
    found = Registry().entry_for(tokenize(words))
    assert (found.name if found else None) == entry


def corpus_sentences() -> list:
    from shos_speech._core.analysis import light_document

    folders = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev-wide"]
    if not all(f.exists() for f in folders):
        pytest.skip(f"the dev corpora are not here ({SHARED}/corpus): ../shared is absent in a user's clone")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for f in folders for p in sorted(f.glob("*.json"))]
    return [s for t in texts for s in light_document(t).sentences if s.tokens]


def can_start_in(gazetteer: Gazetteer, toks) -> Gazetteer:
    """The gazetteer of the phrases whose first word's forms are among the sentence's lemmas or
    spellings: the others cannot match there (their first predicate fails on every token)."""
    keys = frozenset().union(*({t.value} | t.lemmas for t in toks))
    return Gazetteer([(words, p) for words, p in gazetteer.entries if words[0].forms & keys], name=gazetteer.name)


@pytest.mark.slow
def test_the_registry_gazetteer_and_its_rule_agree_on_the_corpora():
    """Every match, and the matches kept, of the gazetteer's index and of its yargy rule.

    Each sentence is parsed with the rule of the phrases that can start in it (the same
    matches; yargy's chart over all 1,600 phrases as one ``or_`` takes ~0.25 s a sentence).
    """
    g = bundled_gazetteer()
    for sent in corpus_sentences():
        toks = sent.tokens
        hits = [h for i in range(len(toks)) for h in g.matches_at(toks, i)]
        every = {(toks[h.start].start, toks[h.stop - 1].stop) for h in hits}
        kept = [(toks[h.start].start, toks[h.stop - 1].stop) for h in resolved(hits)]
        local = can_start_in(g, toks)
        if not len(local):
            assert not every, sent.text
            continue
        p = parser(local.rule)
        assert every == {(m.span.start, m.span.stop) for m in p.extract(toks)}, sent.text
        assert kept == [(m.span.start, m.span.stop) for m in p.findall(toks)], sent.text


def test_the_rule_is_the_gazetteers():
    """``grammars.institutions.REGISTRY`` is the bundled gazetteer's rule, and matches like it."""
    from shos_speech.grammars import institutions

    assert institutions.REGISTRY is bundled_gazetteer().rule
    sentence = "Саммит ШОС прошёл в Астане."
    assert [m.span for m in parser(institutions.REGISTRY).findall(sentence)] == [(7, 10)]
