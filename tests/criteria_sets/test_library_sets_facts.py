"""The sets added by the criteria-set library, checked against the reference facts.

Expected values are typed from /work/shared/reference/ntm-criteria-facts.md (S keys),
ntm-thresholds-found.md (T keys) and ntm-thresholds-third-pass.md (U keys), never read back
from the YAML files.
"""

from __future__ import annotations

import re

import pytest

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.regions import REGION_CODES
from ntm_cli.model.sets import UNKNOWN, CriteriaSet, Prose, ScaledRef, Threshold

NEW_SETS = (
    "qd318-xa-nang-cao",
    "qd319-xa-kieu-mau",
    "qd320-huyen-ntm",
    "qd51-2025-xa-ntm",
    "sonla-qd1002-xa-ntm",
)
SOURCE_KEY = re.compile(r"\b[STU]\d+\b")


def english(notes: list[Prose]) -> list[str]:
    """The notes' English texts (what these facts were written against)."""
    return [note.get("en") for note in notes]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry()


def get(registry: Registry, set_id: str) -> CriteriaSet:
    return registry.get(set_id)


def rule(
    registry: Registry,
    set_id: str,
    indicator: str,
    region: str | None,
    year: int,
    group: int | None = None,
) -> Threshold:
    found = get(registry, set_id).indicators()[indicator].threshold_for(region, group, year)
    assert found is not None
    return found


@pytest.mark.parametrize("set_id", NEW_SETS)
def test_every_rule_has_a_source_and_every_cited_key_is_listed(
    registry: Registry, set_id: str
) -> None:
    criteria_set = get(registry, set_id)
    for indicator in criteria_set.indicators().values():
        for threshold in indicator.thresholds:
            assert threshold.source, f"{set_id} {indicator.id}: rule without source"
            for key in SOURCE_KEY.findall(threshold.source):
                assert key in criteria_set.sources, f"{set_id} {indicator.id}: {key} not listed"


@pytest.mark.parametrize("set_id", NEW_SETS)
def test_criteria_without_indicators_say_why(registry: Registry, set_id: str) -> None:
    for criterion in get(registry, set_id).criteria:
        if not criterion.indicators:
            assert criterion.note and "declared" in criterion.note.get("en")


def test_all_sets_are_listed(registry: Registry) -> None:
    assert set(NEW_SETS) <= set(registry.ids())


# ------------------------------------------------------------------ QĐ 318 Phụ lục II

NANG_CAO_NAMES = [  # third pass §2a (via Hà Nội's set, U2), in this order
    "Quy hoạch",
    "Giao thông",
    "Thủy lợi và phòng, chống thiên tai",
    "Điện",
    "Giáo dục",
    "Văn hóa",
    "Cơ sở hạ tầng thương mại nông thôn",
    "Thông tin và truyền thông",
    "Nhà ở dân cư",
    "Thu nhập",
    "Nghèo đa chiều",
    "Lao động",
    "Tổ chức sản xuất và phát triển kinh tế nông thôn",
    "Y tế",
    "Hành chính công",
    "Tiếp cận pháp luật",
    "Môi trường",
    "Chất lượng môi trường sống",
    "Quốc phòng và an ninh",
]


def test_nang_cao_has_19_criteria_named_as_in_the_third_pass(registry: Registry) -> None:
    criteria_set = get(registry, "qd318-xa-nang-cao")
    assert criteria_set.criterion_ids() == [str(i) for i in range(1, 20)]
    assert [c.name.vi for c in criteria_set.criteria] == NANG_CAO_NAMES
    assert criteria_set.indicator_count == 75
    assert (criteria_set.decision.number, criteria_set.decision.annex) == (
        "318/QĐ-TTg",
        "Phụ lục II",
    )
    assert criteria_set.tier == "nang_cao"
    assert any("medium" in n.lower() and "U2" in n for n in english(criteria_set.notes))


def test_nang_cao_uses_the_tdmnpb_override(registry: Registry) -> None:
    override = get(registry, "qd318-xa-nang-cao").region_override
    assert override is not None and override.region == "tdmnpb"


def test_nang_cao_health_insurance_is_95_everywhere(registry: Registry) -> None:
    for region in REGION_CODES:
        assert rule(registry, "qd318-xa-nang-cao", "14.1", region, 2024).value == 95


@pytest.mark.parametrize(("indicator", "expected"), [("14.2", 90), ("14.3", 40), ("14.4", 70)])
def test_nang_cao_health_values_only_for_tdmnpb(
    registry: Registry, indicator: str, expected: float
) -> None:
    tdmnpb = rule(registry, "qd318-xa-nang-cao", indicator, "tdmnpb", 2024)
    assert (tdmnpb.value, tdmnpb.confidence) == (expected, "low")
    assert rule(registry, "qd318-xa-nang-cao", indicator, "dbsh", 2024).value == UNKNOWN


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("dbsh", 100),
        ("dnb", 100),
        ("btb", 99),
        ("dhntb", 99),
        ("dbscl", 99),
        ("tdmnpb", 98),
        ("tn", 98),
    ],
)
def test_nang_cao_electricity_households(registry: Registry, region: str, expected: float) -> None:
    assert rule(registry, "qd318-xa-nang-cao", "4", region, 2024).value == expected
    assert not get(registry, "qd318-xa-nang-cao").criteria[3].indicators_complete


def test_nang_cao_income_is_unknown_and_poverty_btb_is_4(registry: Registry) -> None:
    for region in REGION_CODES:
        assert rule(registry, "qd318-xa-nang-cao", "10", region, 2023).value == UNKNOWN
    poverty = get(registry, "qd318-xa-nang-cao").indicators()["11"]
    assert poverty.operator == "at_most"
    assert rule(registry, "qd318-xa-nang-cao", "11", "btb", 2024).value == 4
    assert rule(registry, "qd318-xa-nang-cao", "11", "dbsh", 2024).value == UNKNOWN


def test_nang_cao_planning_rows_are_pass_fail(registry: Registry) -> None:
    for indicator in ("1.1", "1.2", "1.3"):
        assert rule(registry, "qd318-xa-nang-cao", indicator, "dnb", 2024).value is True


# ------------------------------------------------------------------ QĐ 319


def test_kieu_mau_has_the_four_conditions_as_data(registry: Registry) -> None:
    criteria_set = get(registry, "qd319-xa-kieu-mau")
    assert criteria_set.criterion_ids() == ["1", "2", "3", "4"]
    indicators = criteria_set.indicators()
    assert indicators["1"].kind == "meets_set"
    assert indicators["1"].target_set == "qd318-xa-nang-cao"
    income = indicators["2"].thresholds[0].value
    assert isinstance(income, ScaledRef)
    assert (income.ref.set_id, income.ref.indicator, income.factor) == (
        "qd318-xa-nang-cao",
        "10",
        1.1,
    )
    assert (indicators["3"].kind, indicators["3"].thresholds[0].value) == ("count", 1)
    assert indicators["4"].kind == "qualitative"


# ------------------------------------------------------------------ QĐ 320

DISTRICT_NAMES = [  # facts §4, order UNVERIFIED
    "Quy hoạch",
    "Giao thông",
    "Thủy lợi và phòng, chống thiên tai",
    "Điện",
    "Y tế – Văn hóa – Giáo dục",
    "Kinh tế",
    "Môi trường",
    "Chất lượng môi trường sống",
    "Hệ thống chính trị – An ninh trật tự – Hành chính công",
]


def test_district_set_has_the_9_criteria_and_the_conditions(registry: Registry) -> None:
    criteria_set = get(registry, "qd320-huyen-ntm")
    named = [c for c in criteria_set.criteria if not c.id.startswith("C")]
    assert [c.name.vi for c in named] == DISTRICT_NAMES
    assert criteria_set.level == "huyen"
    assert any("UNVERIFIED" in n for n in english(criteria_set.notes))
    indicators = criteria_set.indicators()
    assert (indicators["C1"].kind, indicators["C1"].target_set) == (
        "share_meeting_set",
        "qd318-xa-ntm",
    )
    assert indicators["C1"].thresholds[0].value == 100
    assert (indicators["C2"].target_set, indicators["C2"].thresholds[0].value) == (
        "qd318-xa-nang-cao",
        10,
    )
    assert indicators["C4.1"].thresholds[0].value == 90
    assert indicators["C4.2"].thresholds[0].value == 80
    assert indicators["5.thpt"].thresholds[0].value == 60
    assert {"2.1", "2.2", "2.4", "9.6"} <= set(indicators)


# ------------------------------------------------------------------ QĐ 51/2025

QD51_NAMES = [
    "Quy hoạch",
    "Hạ tầng kinh tế – xã hội",
    "Phát triển kinh tế nông thôn",
    "Đào tạo nguồn nhân lực nông thôn",
    "Văn hóa, giáo dục, y tế",
    "Giảm nghèo và an sinh xã hội",
    "Khoa học công nghệ và chuyển đổi số",
    "Môi trường và cảnh quan nông thôn",
    "Xây dựng hệ thống chính trị và hành chính công",
    "Tiếp cận pháp luật và an ninh, quốc phòng",
]


def test_qd51_has_10_criteria_by_groups_and_no_invented_indicators(registry: Registry) -> None:
    criteria_set = get(registry, "qd51-2025-xa-ntm")
    assert [c.name.vi for c in criteria_set.criteria] == QD51_NAMES
    assert criteria_set.scheme == "groups"
    assert criteria_set.indicator_count == 47
    assert criteria_set.decision.in_force is not None
    assert criteria_set.decision.in_force.isoformat() == "2026-02-15"
    assert criteria_set.indicators() == {}  # thresholds and assignment NOT FOUND
    assert any("U1" in n and "NOT stated" in n for n in english(criteria_set.notes))


# ------------------------------------------------------------------ Sơn La


def test_sonla_extends_318_and_says_its_changes_are_unknown(registry: Registry) -> None:
    sonla = get(registry, "sonla-qd1002-xa-ntm")
    national = get(registry, "qd318-xa-ntm")
    assert sonla.extends == "qd318-xa-ntm"
    assert sonla.changes_unknown is not None
    assert "chưa tìm thấy" in sonla.changes_unknown.source  # its content, in no public source
    assert sonla.decision.number == "1002/QĐ-UBND"
    assert sonla.criteria == national.criteria  # inherited with every source kept


@pytest.mark.parametrize(
    ("set_id", "scheme", "indicator_ids"),
    [
        # only indicators the reference sources: planning rows [T16], electricity [T12],
        # income (unknown), poverty [S7], health 14.1–14.4 [S9, T9], access to law [T10],
        # centralised water (unknown, a candidate only: fourth pass V1, T5; number not given)
        (
            "qd318-xa-nang-cao",
            "regions",
            [
                *("1.1", "1.2", "1.3", "4", "10", "11", "14.1", "14.2", "14.3", "14.4", "16"),
                "18.nuoc-tap-trung",
            ],
        ),
        ("qd319-xa-kieu-mau", "regions", ["1", "2", "3", "4"]),
        (
            "qd320-huyen-ntm",
            "none",
            [
                "C1",
                "C2",
                "C3",
                "C4.1",
                "C4.2",
                "2.1",
                "2.2",
                "2.4",
                "5.ttyt",
                "5.thpt",
                "5.gdnn",
                "9.6",
            ],
        ),
        ("qd51-2025-xa-ntm", "groups", []),
    ],
)
def test_indicator_ids_and_scheme(
    registry: Registry, set_id: str, scheme: str, indicator_ids: list[str]
) -> None:
    criteria_set = get(registry, set_id)
    assert criteria_set.scheme == scheme
    assert list(criteria_set.indicators()) == indicator_ids


def test_every_region_and_year_resolves_to_a_rule_in_the_regional_sets(registry: Registry) -> None:
    for set_id in ("qd318-xa-nang-cao", "qd319-xa-kieu-mau"):
        criteria_set = get(registry, set_id)
        for indicator in criteria_set.indicators().values():
            for region in REGION_CODES:
                for year in range(criteria_set.period.start, criteria_set.period.end + 1):
                    assert indicator.threshold_for(region, None, year) is not None
