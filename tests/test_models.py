"""The data model is the JSON contract of ONTOLOGY.md §1–2."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

import shos_speech
from shos_speech import (
    Area,
    Initiative,
    InitiativeKind,
    Institution,
    InstitutionKind,
    Priority,
    Result,
    Span,
    Stance,
    Threat,
    ThreatCategory,
)

SOURCE = "Казахстан поддерживает борьбу с международным терроризмом."


def test_everything_is_importable_from_the_package():
    for name in ["Span", "Speaker", "Priority", "Threat", "Initiative", "Institution", "Result",
                 "extract", "Extractor"]:
        assert hasattr(shos_speech, name)


@pytest.mark.parametrize("enum, values", [
    (ThreatCategory, {"terrorism", "extremism", "separatism", "three_evils", "drug_trafficking",
                      "illegal_migration", "human_trafficking", "arms_trafficking", "organized_crime",
                      "cybercrime", "information_threat", "armed_conflict", "rivalry", "sanctions",
                      "economic_instability", "environmental", "technogenic", "health",
                      "wmd_proliferation", "other"}),
    (Area, {"security", "political", "economy", "connectivity", "energy", "technology", "humanitarian",
            "environment", "health", "food", "institutional", "other"}),
    (InitiativeKind, {"initiative", "strategy", "institution_building", "project", "assistance", "event",
                      "cooperation", "other"}),
    (Stance, {"proposes", "supports", "welcomes", "calls_for", "implements", "adopts", "opposes", "mentions"}),
    (InstitutionKind, {"international_organization", "organization_body", "state_body", "center", "media",
                       "company", "party", "other"}),
])
def test_enumerations_are_closed_and_exact(enum, values):
    assert {e.value for e in enum} == values


def test_span_of_points_into_the_source():
    start = SOURCE.index("международным")
    sp = Span.of(SOURCE, start, start + len("международным терроризмом"))
    assert sp.text == SOURCE[sp.start:sp.end] == "международным терроризмом"


@pytest.mark.parametrize("start, end, text", [(5, 3, ""), (0, 3, "Казахстан")])
def test_inconsistent_spans_are_rejected(start, end, text):
    with pytest.raises(ValidationError):
        Span(start=start, end=end, text=text)


def test_unknown_enum_value_is_rejected():
    sp = Span.of(SOURCE, 0, 9)
    with pytest.raises(ValidationError):
        Threat(span=sp, name="x", category="piracy")


def test_json_dump_has_the_contract_keys():
    sp = Span.of(SOURCE, 0, 9)
    r = Result(
        threats=[Threat(span=sp, name="терроризм", category=ThreatCategory.terrorism)],
        priorities=[Priority(span=sp, name="безопасность", area=Area.security, rank=1, cue="приоритет")],
        initiatives=[Initiative(span=sp, name="программа", kind=InitiativeKind.strategy, stance=Stance.supports)],
        institutions=[Institution(name="Шанхайская организация сотрудничества", acronym="ШОС",
                                  kind=InstitutionKind.international_organization, mentions=[sp])],
    )
    d = r.model_dump(mode="json")
    assert set(d) >= {"priorities", "threats", "initiatives", "institutions", "speakers"}
    assert set(d["threats"][0]) >= {"span", "name", "category", "speaker"}
    assert set(d["priorities"][0]) >= {"span", "name", "rank", "area", "speaker", "cue"}
    assert set(d["initiatives"][0]) >= {"span", "name", "kind", "stance", "proposer", "target", "speaker"}
    assert set(d["institutions"][0]) >= {"name", "acronym", "kind", "parent", "country", "mentions"}
    assert d["threats"][0]["category"] == "terrorism"
    assert d["threats"][0]["span"] == {"start": 0, "end": 9, "text": "Казахстан"}
    assert Result.model_validate(d) == r


def test_published_schema_names_every_type():
    schema = Result.model_json_schema()
    assert {"Span", "Speaker", "Priority", "Threat", "Initiative", "Institution"} <= set(schema["$defs"])
    assert set(schema["$defs"]["ThreatCategory"]["enum"]) == {e.value for e in ThreatCategory}


def test_check_spans_catches_a_span_that_points_elsewhere():
    r = Result(threats=[Threat(span=Span(start=0, end=9, text="Казахстан"), name="x", category="other")])
    r.check_spans(SOURCE)
    with pytest.raises(ValueError):
        r.check_spans("x" + SOURCE)
