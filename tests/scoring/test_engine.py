"""Scoring rules users rely on, on a small invented set (tests/fixtures/sets/toy-xa.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ntm_cli.inputs.files import load_criteria_set
from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Commune, CriteriaSet
from ntm_cli.report.json_view import indicator_dict
from ntm_cli.report.messages import say
from ntm_cli.scoring.checks import check_commune
from ntm_cli.scoring.engine import evaluate

from helpers import FIXTURES

TOY = load_criteria_set(FIXTURES / "sets" / "toy-xa.yaml")


def score(criteria_set: CriteriaSet = TOY, **fields: Any) -> CommuneResult:
    data = {"commune": "Thử", "region": "btb", "year": 2023, **fields}
    return evaluate(criteria_set, Commune.model_validate(data))


def indicator(result: CommuneResult, indicator_id: str) -> Any:
    return next(i for c in result.criteria for i in c.indicators if i.id == indicator_id)


def criterion(result: CommuneResult, criterion_id: str) -> Any:
    return next(c for c in result.criteria if c.id == criterion_id)


def test_count_gap_is_given_in_units_still_needed() -> None:
    result = score(indicators={"2.1": {"achieved": 380, "total": 1000}})
    ind = indicator(result, "2.1")
    assert ind.status == "unmet"
    assert ind.value == pytest.approx(38.0)
    assert ind.gap == pytest.approx(2.0)
    assert ind.units_needed == 20


def test_count_exactly_on_threshold_is_met() -> None:
    ind = indicator(score(indicators={"2.1": {"achieved": 400, "total": 1000}}), "2.1")
    assert (ind.status, ind.gap, ind.units_needed) == ("met", 0.0, 0)


def test_at_most_indicator_fails_above_the_limit() -> None:
    assert indicator(score(indicators={"2.2": 20.5}), "2.2").status == "unmet"
    assert indicator(score(indicators={"2.2": 20}), "2.2").status == "met"


def test_threshold_depends_on_region() -> None:
    assert indicator(score(indicators={"2.1": 30}), "2.1").status == "unmet"
    assert indicator(score(region="tdmnpb", indicators={"2.1": 30}), "2.1").status == "met"


def test_extremely_disadvantaged_commune_uses_tdmnpb_thresholds() -> None:
    result = score(extremely_disadvantaged=True, indicators={"2.1": 30})
    assert indicator(result, "2.1").status == "met"
    assert result.region_applied == "tdmnpb"
    assert [n.key for n in result.notices] == ["region_override"]


def test_threshold_depends_on_year() -> None:
    assert indicator(score(year=2023, indicators={"3.1": 52}), "3.1").status == "met"
    assert indicator(score(year=2022, indicators={"3.1": 52}), "3.1").status == "undetermined"


def test_unknown_threshold_is_undetermined_never_met() -> None:
    ind = indicator(score(year=2022, indicators={"3.1": 10_000}), "3.1")
    assert ind.status == "undetermined"
    assert ind.required is None


def test_disagreeing_sources_are_undetermined_with_both_candidates_kept() -> None:
    ind = indicator(score(year=2024, indicators={"3.1": 100}), "3.1")
    assert ind.status == "undetermined"
    assert [c.value for c in ind.candidates] == [55, 60]


def test_missing_and_not_applicable_values() -> None:
    result = score(indicators={"2.1": "na"})
    assert indicator(result, "2.1").status == "not_applicable"
    assert indicator(result, "2.2").status == "missing"
    assert criterion(result, "2").status == "missing"


def test_at_least_n_of_m_rule() -> None:
    two = score(indicators={"4.1": "đạt", "4.2": "chưa đạt", "4.3": "đạt"})
    one = score(indicators={"4.1": "đạt", "4.2": "chưa đạt", "4.3": "chưa đạt"})
    pending = score(indicators={"4.1": "đạt", "4.2": "chưa đạt"})
    assert criterion(two, "4").status == "met"
    assert criterion(one, "4").status == "unmet"
    assert criterion(pending, "4").status == "missing"


def test_declared_status_fills_in_where_indicators_cannot_decide() -> None:
    result = score(criteria={"5": "đạt", "2": "chưa đạt"})
    assert (criterion(result, "5").status, criterion(result, "5").basis) == ("met", "declared")
    assert criterion(result, "2").status == "unmet"


def test_indicators_win_over_a_disagreeing_declaration_with_a_warning() -> None:
    result = score(indicators={"1.1": "chưa đạt"}, criteria={"1": "đạt"})
    assert criterion(result, "1").status == "unmet"
    assert [n.key for n in result.notices] == ["declared_disagrees"]


def test_commune_meets_set_only_when_every_criterion_is_met() -> None:
    full = {
        "1.1": "đạt",
        "2.1": 45,
        "2.2": 10,
        "3.1": 60,
        "4.1": "đạt",
        "4.2": "đạt",
        "4.3": "chưa đạt",
    }
    assert score(indicators=full, criteria={"5": "đạt"}).meets_set
    not_quite = score(indicators=full)  # criterion 5 has no data
    assert not not_quite.meets_set
    assert (not_quite.met, not_quite.total) == (4, 5)
    assert not_quite.ids_with("missing") == ["5"]


def test_partial_indicator_list_is_not_reported_as_met() -> None:
    partial = TOY.model_copy(
        update={
            "criteria": [
                c.model_copy(update={"indicators_complete": False}) if c.id == "1" else c
                for c in TOY.criteria
            ]
        }
    )
    result = score(partial, indicators={"1.1": "đạt"})
    assert criterion(result, "1").status == "undetermined"
    declared = score(partial, indicators={"1.1": "đạt"}, criteria={"1": "đạt"})
    assert criterion(declared, "1").status == "met"
    failing = score(partial, indicators={"1.1": "chưa đạt"})
    assert criterion(failing, "1").status == "unmet"


def test_resolved_thresholds_are_never_shared_between_two_sets_with_the_same_id(
    tmp_path: Path,
) -> None:
    # A user's edited copy of a set keeps its id; a batch may score with both copies.
    text = (FIXTURES / "sets" / "toy-xa.yaml").read_text(encoding="utf-8")
    edited_file = tmp_path / "toy-xa.yaml"
    edited_file.write_text(text.replace("- {value: 40, source: T}", "- {value: 30, source: T}"))
    edited = load_criteria_set(edited_file)
    for _ in range(2):  # alternate, so a memo filled by one set is there for the other
        assert indicator(score(TOY, indicators={"2.1": 35}), "2.1").status == "unmet"
        assert indicator(score(edited, indicators={"2.1": 35}), "2.1").status == "met"


def test_thresholds_follow_each_communes_year_within_one_run() -> None:
    years = [2023, 2024, 2023, 2022]
    required = [indicator(score(year=y, indicators={"3.1": 52}), "3.1").required for y in years]
    assert required == [50, None, 50, None]


def test_json_views_of_communes_sharing_a_threshold_stay_independent() -> None:
    # Every commune of one region and year shares the resolved requirement and the fixed
    # parts of its JSON view; a script editing one commune's JSON must not change another's.
    first = score(year=2024, indicators={"3.1": 40})
    second = score(year=2024, indicators={"3.1": 70})
    one = indicator_dict(indicator(first, "3.1"), "vi")
    one["source"] = "edited"
    one["candidates"][0]["value"] = 0
    other = indicator_dict(indicator(second, "3.1"), "vi")
    assert other["source"] == "T"
    assert [c["value"] for c in other["candidates"]] == [55, 60]
    assert (one["value"], other["value"]) == (40, 70)


def test_json_view_is_built_per_language_from_a_shared_threshold() -> None:
    result = indicator(score(indicators={"3.1": 52.5}), "3.1")
    vi, en = indicator_dict(result, "vi"), indicator_dict(result, "en")
    assert (vi["name"], vi["unit"]) == ("Thu nhập bình quân", "triệu đồng/người/năm")
    assert (en["name"], en["unit"]) == ("Income per person", "million VND per person per year")
    assert indicator_dict(result, "vi") == vi
    assert list(vi) == ["id", "name", "status", "value", "required", "operator", "gap", "unit",
                        "source"]  # fmt: skip
    assert (vi["value"], vi["required"], vi["gap"]) == (52.5, 50, 0)


@pytest.mark.english
def test_a_copy_of_a_set_with_other_criteria_checks_against_its_own_indicators() -> None:
    commune = Commune.model_validate(
        {"commune": "Thử", "region": "btb", "year": 2023, "indicators": {"2.1": 50}}
    )
    assert check_commune(TOY, commune) == []  # TOY's indicator index is now built
    narrowed = TOY.model_copy(update={"criteria": TOY.criteria[:1]})
    problems = check_commune(narrowed, commune)
    assert [p.loc for p in problems] == [("indicators", "2.1")]
    assert say(problems[0].message, "en").startswith("unknown indicator '2.1'")
    assert check_commune(TOY, commune) == []
    assert narrowed == TOY.model_copy(update={"criteria": TOY.criteria[:1]})
