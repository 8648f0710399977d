"""Tier references (QĐ 319 as data), the tier ladder, and choosing the set by year."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.sets import Commune
from ntm_cli.scoring.engine import evaluate

from helpers import EXAMPLES, FIXTURES, run

TIERS = FIXTURES / "tiers"
LADDER_EXAMPLE = EXAMPLES / "xa-minh-hoa-bac-thang-2024.yaml"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry([TIERS])


def commune(**values: Any) -> Commune:
    base: dict[str, Any] = {"commune": "Thử", "region": "btb", "year": 2023}
    base.update(values)
    return Commune.model_validate(base)


def score(registry: Registry, data: Commune) -> Any:
    return evaluate(registry.get("toy-km"), data, registry.closure("toy-km"))


def indicator(result: Any, criterion: str) -> Any:
    return next(c for c in result.criteria if c.id == criterion).indicators[0]


def test_income_is_k_times_the_referenced_threshold_of_the_region_and_year(
    registry: Registry,
) -> None:
    result = score(registry, commune(indicators={"2": 65}))
    income = indicator(result, "2")
    assert income.required == pytest.approx(66.0)  # 1.1 × 60 (BTB, 2023)
    assert income.status == "unmet"
    assert income.gap == pytest.approx(1.0)
    assert "toy-nc 10" in income.source


def test_the_reference_follows_the_referenced_sets_region_override(registry: Registry) -> None:
    result = score(registry, commune(indicators={"2": 45}, extremely_disadvantaged=True))
    assert indicator(result, "2").required == pytest.approx(44.0)  # 1.1 × 40 (TDMNPB rule)
    assert indicator(result, "2").status == "met"


def test_an_unknown_referenced_threshold_is_undetermined_never_met(registry: Registry) -> None:
    result = score(registry, commune(year=2024, indicators={"2": 1000}))
    assert indicator(result, "2").status == "undetermined"
    assert indicator(result, "2").required is None


def test_meets_set_is_computed_from_the_communes_values_for_that_set(registry: Registry) -> None:
    met = score(registry, commune(other_sets={"toy-nc": {"indicators": {"1.1": 96, "10": 70}}}))
    assert indicator(met, "1").status == "met"
    unmet = score(registry, commune(other_sets={"toy-nc": {"indicators": {"1.1": 90}}}))
    assert indicator(unmet, "1").status == "unmet"


def test_a_declared_meets_set_value_fills_in_only_when_data_cannot_decide(
    registry: Registry,
) -> None:
    declared = score(registry, commune(indicators={"1": "đạt"}))
    assert indicator(declared, "1").status == "met"
    contradicted = score(
        registry,
        commune(indicators={"1": "đạt"}, other_sets={"toy-nc": {"indicators": {"1.1": 80}}}),
    )
    assert indicator(contradicted, "1").status == "unmet"
    assert any(n.key == "declared_disagrees" for n in contradicted.notices)


def ladder_json(*args: str | Path) -> dict[str, Any]:
    result = run("evaluate", *args, "--ladder", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_ladder_reaches_nang_cao_but_not_kieu_mau() -> None:
    data = ladder_json(LADDER_EXAMPLE)
    assert [(s["tier"], s["set"], s["status"]) for s in data["ladder"]] == [
        ("ntm", "qd318-xa-ntm", "met"),
        ("nang_cao", "qd318-xa-nang-cao", "met"),
        ("kieu_mau", "qd319-xa-kieu-mau", "not_met"),
    ]
    assert (data["ladder"][2]["met"], data["ladder"][2]["total"]) == (3, 4)
    assert data["tier_reached"] == "nang_cao"
    missing = data["next_tier"]["missing"]
    assert [(m["id"], m["status"]) for m in missing] == [("2", "undetermined")]
    assert data["criteria_set"] == "qd318-xa-ntm"  # the contract keys are still there


def test_ladder_in_the_table_names_the_tier_and_what_is_missing() -> None:
    result = run("evaluate", LADDER_EXAMPLE, "--ladder")
    assert "Bậc cao nhất đã đạt: xã NTM nâng cao" in result.stdout
    assert "Để đạt xã NTM kiểu mẫu còn thiếu:" in result.stdout
    assert "2. Thu nhập: Chưa xác định" in result.stdout


def test_without_ladder_the_json_has_no_ladder_keys() -> None:
    data = json.loads(run("evaluate", LADDER_EXAMPLE, "--format", "json").stdout)
    assert "ladder" not in data and "tier_reached" not in data


def test_a_commune_without_higher_tier_data_reaches_only_ntm() -> None:
    data = ladder_json(EXAMPLES / "district" / "communes" / "xa-binh.yaml")
    assert data["tier_reached"] == "ntm"
    assert data["next_tier"]["tier"] == "nang_cao"
    assert {m["status"] for m in data["next_tier"]["missing"]} == {"missing"}


def test_2026_is_scored_with_qd51_chosen_by_year_and_has_a_one_step_ladder(
    tmp_path: Path,
) -> None:
    path = tmp_path / "xa-2026.yaml"
    path.write_text("commune: Thử\ngroup: 2\nyear: 2026\ncriteria: {'1': đạt}\n", encoding="utf-8")
    data = ladder_json(path)
    assert (data["criteria_set"], data["set_chosen_by"]) == ("qd51-2025-xa-ntm", "year")
    assert [s["set"] for s in data["ladder"]] == ["qd51-2025-xa-ntm"]
    assert "chọn theo năm 2026" in run("evaluate", path).stdout


@pytest.mark.english
def test_unknown_other_set_id_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(
        "commune: Thử\nregion: btb\nyear: 2023\nother_sets:\n  khong-co: {criteria: {}}\n",
        encoding="utf-8",
    )
    result = run("evaluate", path)
    assert result.exit_code == 2
    assert f"{path}:5:3: unknown criteria set 'khong-co'" in result.stderr
