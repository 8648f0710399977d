"""The bundled QĐ 1980 and QĐ 318 sets against the reference facts.

Expected values are typed from /work/shared/reference/ntm-criteria-facts.md (S keys),
ntm-thresholds-found.md (T keys) and ntm-thresholds-third-pass.md (U keys), never read
back from the YAML files.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from ntm_cli.inputs.yaml_text import parse_yaml, read_text
from ntm_cli.model.regions import REGION_CODES
from ntm_cli.model.sets import UNKNOWN, CriteriaSet, Indicator, Prose, Threshold

SETS_DIR = Path(__file__).resolve().parents[2] / "criteria_sets"
SET_IDS = ("qd1980-xa-ntm", "qd318-xa-ntm")
SOURCE_KEY = re.compile(r"\b[STU]\d+\b")


def english(notes: list[Prose]) -> list[str]:
    """The notes' English texts (what these facts were written against)."""
    return [note.get("en") for note in notes]


@cache
def load(set_id: str) -> CriteriaSet:
    path = SETS_DIR / f"{set_id}.yaml"
    return CriteriaSet.model_validate(parse_yaml(read_text(path), str(path)))


def indicator(set_id: str, indicator_id: str) -> Indicator:
    return load(set_id).indicators()[indicator_id]


def rule(set_id: str, indicator_id: str, region: str, year: int) -> Threshold:
    found = indicator(set_id, indicator_id).threshold_for(region, None, year)
    assert found is not None, f"{set_id} {indicator_id}: no rule for {region} {year}"
    return found


def value(set_id: str, indicator_id: str, region: str, year: int) -> float | bool | str:
    return rule(set_id, indicator_id, region, year).value


def all_rules(set_id: str) -> list[tuple[str, Threshold]]:
    return [(i.id, t) for i in load(set_id).indicators().values() for t in i.thresholds]


# ------------------------------------------------------------------ shared expectations

NAMES_1980 = {
    "1": "Quy hoạch",
    "2": "Giao thông",
    "3": "Thủy lợi",
    "4": "Điện",
    "5": "Trường học",
    "6": "Cơ sở vật chất văn hóa",
    "7": "Cơ sở hạ tầng thương mại nông thôn",
    "8": "Thông tin và Truyền thông",
    "9": "Nhà ở dân cư",
    "10": "Thu nhập",
    "11": "Hộ nghèo",
    "12": "Lao động có việc làm",
    "13": "Tổ chức sản xuất",
    "14": "Giáo dục và Đào tạo",
    "15": "Y tế",
    "16": "Văn hóa",
    "17": "Môi trường và an toàn thực phẩm",
    "18": "Hệ thống chính trị và tiếp cận pháp luật",
    "19": "Quốc phòng và An ninh",
}

NAMES_318 = {
    **NAMES_1980,
    "3": "Thủy lợi và phòng, chống thiên tai",
    "11": "Nghèo đa chiều",
    "12": "Lao động",
    "13": "Tổ chức sản xuất và phát triển kinh tế nông thôn",
}


@pytest.mark.parametrize("set_id", SET_IDS)
def test_set_loads_with_19_criteria_numbered_1_to_19(set_id: str) -> None:
    assert load(set_id).criterion_ids() == [str(n) for n in range(1, 20)]


@pytest.mark.parametrize(("set_id", "names"), [(SET_IDS[0], NAMES_1980), (SET_IDS[1], NAMES_318)])
def test_criterion_names_are_the_sourced_ones(set_id: str, names: dict[str, str]) -> None:
    assert {c.id: c.name.vi for c in load(set_id).criteria} == names


@pytest.mark.parametrize("set_id", SET_IDS)
def test_every_rule_and_candidate_has_a_source(set_id: str) -> None:
    for indicator_id, threshold in all_rules(set_id):
        assert threshold.source and threshold.source.strip(), indicator_id
        for candidate in threshold.candidates or []:
            assert candidate.source.strip(), indicator_id


@pytest.mark.parametrize("set_id", SET_IDS)
def test_every_cited_source_key_is_listed(set_id: str) -> None:
    loaded = load(set_id)
    texts = [t.source or "" for _, t in all_rules(set_id)]
    texts += [c.source for _, t in all_rules(set_id) for c in t.candidates or []]
    notes = [c.note for c in loaded.criteria] + [i.note for i in loaded.indicators().values()]
    notes += loaded.notes
    texts += [text for note in notes if note for text in (note.vi, note.en or "")]
    if loaded.region_override:
        texts.append(loaded.region_override.source)
    cited = {key for text in texts for key in SOURCE_KEY.findall(text)}
    assert cited <= set(loaded.sources), cited - set(loaded.sources)


@pytest.mark.parametrize("set_id", SET_IDS)
def test_every_region_and_year_resolves_to_a_rule(set_id: str) -> None:
    loaded = load(set_id)
    years = range(loaded.period.start, loaded.period.end + 1)
    for ind in loaded.indicators().values():
        for region in REGION_CODES:
            for year in years:
                assert ind.threshold_for(region, None, year) is not None, (ind.id, region, year)


@pytest.mark.parametrize("set_id", SET_IDS)
def test_candidates_only_on_unknown_rules(set_id: str) -> None:
    for indicator_id, threshold in all_rules(set_id):
        if threshold.candidates:
            assert threshold.value == UNKNOWN, indicator_id


@pytest.mark.parametrize("set_id", SET_IDS)
def test_qualitative_rules_are_true_or_unknown(set_id: str) -> None:
    for ind in load(set_id).indicators().values():
        if ind.kind == "qualitative":
            assert all(t.value in (True, UNKNOWN) for t in ind.thresholds), ind.id


@pytest.mark.parametrize("set_id", SET_IDS)
def test_stunting_is_a_maximum(set_id: str) -> None:
    stunting = indicator(set_id, "15.3")
    assert stunting.operator == "at_most"
    assert stunting.note and "at_most" in stunting.note.get("en")


# Indicators that appear only in the unsourced "skeleton" (ntm-criteria-facts.md §1) or
# with an uncertain number ("likely 6.3", "17.x") must not be encoded.
@pytest.mark.parametrize(
    ("set_id", "indicator_id"),
    [
        ("qd318-xa-ntm", "1.1"),
        ("qd318-xa-ntm", "2.1"),
        ("qd318-xa-ntm", "4.2"),
        ("qd318-xa-ntm", "6.2"),
        ("qd318-xa-ntm", "6.3"),
        ("qd318-xa-ntm", "13.1"),
        ("qd318-xa-ntm", "14.2"),
        ("qd318-xa-ntm", "17.1"),
        ("qd318-xa-ntm", "19.1"),
        ("qd1980-xa-ntm", "2.1"),
        ("qd1980-xa-ntm", "17.2"),
    ],
)
def test_unsourced_indicators_are_not_encoded(set_id: str, indicator_id: str) -> None:
    assert indicator_id not in load(set_id).indicators()


@pytest.mark.parametrize("set_id", SET_IDS)
def test_criteria_without_indicators_explain_why(set_id: str) -> None:
    for criterion in load(set_id).criteria:
        if not criterion.indicators:
            assert criterion.note and "not found" in criterion.note.get("en").lower(), criterion.id


# ------------------------------------------------------------------ QĐ 1980/QĐ-TTg

S1980 = "qd1980-xa-ntm"


def test_1980_decision_metadata() -> None:
    loaded = load(S1980)
    assert loaded.decision.number == "1980/QĐ-TTg"
    assert str(loaded.decision.date) == "2016-10-17"
    assert str(loaded.decision.in_force) == "2016-12-01"
    assert (loaded.period.start, loaded.period.end) == (2016, 2020)
    assert loaded.region_override is None
    assert loaded.indicator_count is None  # 49 is a derived figure, kept in notes
    assert any("49" in note.get("en") for note in loaded.notes)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 70),
        ("dbsh", 90),
        ("btb", 85),
        ("dhntb", 85),
        ("tn", 70),
        ("dnb", 90),
        ("dbscl", 80),
    ],
)
def test_1980_lower_secondary_continuation_by_region(region: str, expected: float) -> None:
    assert value(S1980, "14.2", region, 2018) == expected
    assert rule(S1980, "14.2", region, 2018).source == "S19"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 25),
        ("dbsh", 40),
        ("btb", 40),
        ("dhntb", 40),
        ("tn", 25),
        ("dnb", 45),
        ("dbscl", 25),
    ],
)
def test_1980_trained_workers_by_region(region: str, expected: float) -> None:
    assert value(S1980, "14.3", region, 2018) == expected


def test_1980_health_insurance_is_85_everywhere_as_one_rule() -> None:
    ind = indicator(S1980, "15.1")
    assert len(ind.thresholds) == 1
    assert ind.thresholds[0].regions is None
    assert ind.thresholds[0].value == 85
    for region in REGION_CODES:
        assert value(S1980, "15.1", region, 2017) == 85


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 26.7),
        ("dbsh", 13.9),
        ("btb", 24.2),
        ("dhntb", 24.2),
        ("tn", 31.4),
        ("dnb", 14.3),
        ("dbscl", 20.5),
    ],
)
def test_1980_stunting_maximum_by_region(region: str, expected: float) -> None:
    assert value(S1980, "15.3", region, 2019) == expected


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 36),
        ("dbsh", 50),
        ("btb", 36),
        ("dhntb", 41),
        ("tn", 41),
        ("dnb", 59),
        ("dbscl", 50),
    ],
)
def test_1980_income_by_2020_by_region(region: str, expected: float) -> None:
    ind = indicator(S1980, "10")
    assert ind.kind == "number"
    assert value(S1980, "10", region, 2020) == expected
    assert rule(S1980, "10", region, 2020).source == "S17"


@pytest.mark.parametrize("year", [2016, 2017, 2018, 2019])
@pytest.mark.parametrize("region", REGION_CODES)
def test_1980_income_before_2020_is_unknown(region: str, year: int) -> None:
    assert value(S1980, "10", region, year) == UNKNOWN


@pytest.mark.parametrize(
    ("indicator_id", "general"),
    [("4.2", 98), ("5", 80), ("9.2", 80), ("11", 6), ("12", 90), ("16", 70)],
)
def test_1980_general_only_values_are_unknown_with_the_general_candidate(
    indicator_id: str, general: float
) -> None:
    for region in REGION_CODES:
        found = rule(S1980, indicator_id, region, 2018)
        assert found.value == UNKNOWN
        assert [c.value for c in found.candidates or []] == [general]


def test_1980_poverty_is_a_maximum() -> None:
    assert indicator(S1980, "11").operator == "at_most"


def test_1980_no_makeshift_houses() -> None:
    ind = indicator(S1980, "9.1")
    assert (ind.kind, ind.operator) == ("count", "at_most")
    assert value(S1980, "9.1", "dbsh", 2018) == 0


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 90),
        ("dbsh", 98),
        ("btb", 98),
        ("tn", 95),
        ("dnb", 98),
        ("dbscl", 95),
    ],
)
def test_1980_hygienic_water_by_region(region: str, expected: float) -> None:
    assert value(S1980, "17.1", region, 2018) == expected


def test_1980_suspected_typo_is_unknown_with_the_printed_value_as_candidate() -> None:
    found = rule(S1980, "17.1", "dhntb", 2018)
    assert found.value == "unknown"  # neither the printed 55 nor a "corrected" 95 is scored
    assert [c.value for c in found.candidates or []] == [55]


@pytest.mark.parametrize("indicator_id", ["1.1", "1.2", "4.1", "14.1", "15.2"])
def test_1980_pass_fail_indicators(indicator_id: str) -> None:
    ind = indicator(S1980, indicator_id)
    assert ind.kind == "qualitative"
    assert value(S1980, indicator_id, "btb", 2018) is True


# ------------------------------------------------------------------ QĐ 318/QĐ-TTg, Phụ lục I

S318 = "qd318-xa-ntm"


def test_318_decision_metadata() -> None:
    loaded = load(S318)
    assert loaded.decision.number == "318/QĐ-TTg"
    assert str(loaded.decision.date) == "2022-03-08"
    assert str(loaded.decision.in_force) == "2022-03-08"
    assert loaded.decision.annex == "Phụ lục I"
    assert (loaded.period.start, loaded.period.end) == (2021, 2025)
    assert loaded.indicator_count == 57


def test_318_region_override_uses_tdmnpb() -> None:
    override = load(S318).region_override
    assert override is not None
    assert override.region == "tdmnpb"
    assert set(override.when) == {"extremely_disadvantaged", "safe_zone"}
    assert "S1" in override.source and "S2" in override.source


def test_318_irrigation_is_80_everywhere_as_one_rule() -> None:
    ind = indicator(S318, "3.1")
    assert len(ind.thresholds) == 1
    assert ind.thresholds[0].regions is None
    assert ind.thresholds[0].value == 80
    assert ind.thresholds[0].source is not None
    assert {"S3", "S6"} <= set(SOURCE_KEY.findall(ind.thresholds[0].source))


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("tdmnpb", 24),
        ("dbsh", 16.5),
        ("btb", 25),
        ("dhntb", 22),
        ("tn", 26.5),
        ("dnb", 14.5),
        ("dbscl", 19),
    ],
)
def test_318_stunting_maximum_by_region(region: str, expected: float) -> None:
    assert value(S318, "15.3", region, 2023) == expected
    assert rule(S318, "15.3", region, 2023).source == "S4"


def test_318_e_health_record() -> None:
    assert value(S318, "15.4", "tdmnpb", 2023) == 50
    assert value(S318, "15.4", "dbsh", 2023) == 70
    for region in ("btb", "dhntb", "tn", "dnb", "dbscl"):
        assert value(S318, "15.4", region, 2023) == UNKNOWN


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2024, 2025])
@pytest.mark.parametrize("region", REGION_CODES)
def test_318_income_is_unknown_everywhere(region: str, year: int) -> None:
    assert indicator(S318, "10").kind == "number"
    found = rule(S318, "10", region, year)
    assert found.value == UNKNOWN
    assert not found.candidates  # "39 triệu" was never confirmed


def test_318_poverty() -> None:
    assert indicator(S318, "11").operator == "at_most"
    btb = rule(S318, "11", "btb", 2023)
    assert btb.value == 6.5
    assert btb.confidence == "low"
    tdmnpb = rule(S318, "11", "tdmnpb", 2023)
    assert tdmnpb.value == UNKNOWN
    candidates = tdmnpb.candidates or []
    assert [c.value for c in candidates] == [13]
    assert candidates[0].note and "inferred" in candidates[0].note.get("en").lower()
    for region in ("dbsh", "dhntb", "tn", "dnb", "dbscl"):
        assert value(S318, "11", region, 2023) == UNKNOWN


def test_318_health_insurance_conflict_is_unknown_with_both_candidates() -> None:
    for region in ("tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb"):
        assert value(S318, "15.1", region, 2023) == 90
    conflict = rule(S318, "15.1", "dbscl", 2023)
    assert conflict.value == UNKNOWN
    candidates = conflict.candidates or []
    assert len(candidates) >= 2
    assert {(c.value, c.source) for c in candidates} == {(90, "T9"), (93, "T2")}


def test_318_housing_share_is_unknown_with_provincial_candidate() -> None:
    for region in ("tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb"):
        assert value(S318, "9.2", region, 2023) == UNKNOWN
    dbscl = rule(S318, "9.2", "dbscl", 2023)
    assert dbscl.value == UNKNOWN
    assert [c.value for c in dbscl.candidates or []] == [85]


def test_318_school_facilities() -> None:
    assert value(S318, "5", "dbsh", 2023) == 100
    assert value(S318, "5", "dnb", 2023) == 100
    for region in ("tdmnpb", "btb", "dhntb", "tn", "dbscl"):
        assert value(S318, "5", region, 2023) == UNKNOWN


@pytest.mark.parametrize("indicator_id", ["3.2", "7", "8.1", "8.2", "8.3", "8.4", "14.1", "15.2"])
def test_318_pass_fail_indicators(indicator_id: str) -> None:
    ind = indicator(S318, indicator_id)
    assert ind.kind == "qualitative"
    assert value(S318, indicator_id, "tn", 2023) is True


def test_318_health_criterion_has_the_four_sourced_indicators() -> None:
    health = next(c for c in load(S318).criteria if c.id == "15")
    assert [i.id for i in health.indicators] == ["15.1", "15.2", "15.3", "15.4"]


def test_318_group_label_disagreement_is_noted() -> None:
    assert any("S1" in n and "S3" in n and "group" in n.lower() for n in english(load(S318).notes))
