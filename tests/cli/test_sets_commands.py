"""`ntm sets show / check / diff` and user sets from --sets-dir and NTM_SETS_PATH."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import EXAMPLES, TOY_SETS, run

EXAMPLE_SETS = EXAMPLES / "sets"
BUNDLED = (
    "qd1980-xa-ntm",
    "qd318-xa-ntm",
    "qd318-xa-nang-cao",
    "qd319-xa-kieu-mau",
    "qd320-huyen-ntm",
    "qd51-2025-xa-ntm",
    "sonla-qd1002-xa-ntm",
)


def test_every_bundled_set_is_listed_and_shown() -> None:
    listed = {row["id"] for row in json.loads(run("sets", "list", "-f", "json").stdout)}
    assert set(BUNDLED) <= listed
    for set_id in BUNDLED:
        result = run("sets", "show", set_id)
        assert result.exit_code == 0, result.stderr
        assert set_id in result.stdout


def test_show_lists_thresholds_per_region_with_sources() -> None:
    result = run("sets", "show", "qd318-xa-nang-cao", "--format", "markdown")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    electricity = next(r for r in rows if "| vùng ĐBSH, ĐNB | ≥ 100% |" in r)
    assert "1327/QĐ-BCT" in electricity and "(độ tin cậy trung bình)" in electricity
    health = next(r for r in rows if "| vùng TDMNPB | ≥ 90% |" in r)
    assert "Lạng Sơn" in health and "(độ tin cậy thấp)" in health
    assert "chưa rõ" in result.stdout


def test_show_json_is_the_resolved_set() -> None:
    data = json.loads(run("sets", "show", "sonla-qd1002-xa-ntm", "-f", "json").stdout)
    assert data["extends"] == "qd318-xa-ntm"
    assert len(data["criteria"]) == 19
    assert "chưa tìm thấy" in data["changes_unknown"]["source"]
    assert "evidence" not in data["changes_unknown"]  # the research trail only on request


def test_show_says_when_a_reference_is_used() -> None:
    result = run("sets", "show", "qd319-xa-kieu-mau", "--lang", "en", "-f", "markdown")
    assert "≥ 1.1 × [qd318-xa-nang-cao 10]" in result.stdout
    assert "Meets set qd318-xa-nang-cao" in result.stdout


def check_counts(target: str | Path, *extra: str | Path) -> tuple[int, dict[str, int]]:
    result = run("sets", "check", target, "-f", "json", *extra)
    return result.exit_code, json.loads(result.stdout)["counts"]


@pytest.mark.parametrize(
    ("set_id", "unknown", "via_reference"),
    [
        ("qd1980-xa-ntm", 8, 0),
        ("qd318-xa-ntm", 9, 0),
        ("qd318-xa-nang-cao", 6, 0),
        ("qd319-xa-kieu-mau", 0, 1),
        ("qd320-huyen-ntm", 0, 0),
        ("qd51-2025-xa-ntm", 0, 0),
        ("sonla-qd1002-xa-ntm", 9, 0),
    ],
)
def test_check_counts_unknown_thresholds_of_bundled_sets(
    set_id: str, unknown: int, via_reference: int
) -> None:
    code, counts = check_counts(set_id)
    assert code == 1  # every bundled set has gaps the reference could not fill
    assert (counts["unknown_threshold"], counts["unknown_via_reference"]) == (
        unknown,
        via_reference,
    )
    assert counts["no_source"] == 0


def test_check_reports_sonla_changes_as_unknown() -> None:
    code, counts = check_counts("sonla-qd1002-xa-ntm")
    assert (code, counts["changes_unknown"]) == (1, 1)
    text = run("sets", "check", "sonla-qd1002-xa-ntm").stdout
    assert "chưa rõ nội dung thay đổi so với bộ gốc" in text


def test_check_complete_set_exits_0_and_unsourced_threshold_exits_1(tmp_path: Path) -> None:
    complete = tmp_path / "du.yaml"
    complete.write_text(
        "id: du\ntitle: Đủ\ndecision: {number: X}\nlevel: xa\ntier: ntm\n"
        "period: {start: 2021, end: 2025}\nscheme: none\ncriteria:\n"
        "  - id: '1'\n    name: A\n    indicators:\n"
        "      - {id: '1.1', name: B, thresholds: [{value: 50, source: 'QĐ X'}]}\n",
        encoding="utf-8",
    )
    assert run("sets", "check", complete).exit_code == 0
    unsourced = tmp_path / "thieu.yaml"
    unsourced.write_text(
        complete.read_text("utf-8").replace("id: du", "id: thieu").replace(", source: 'QĐ X'", ""),
        encoding="utf-8",
    )
    code, counts = check_counts(unsourced)
    assert (code, counts["no_source"]) == (1, 1)


@pytest.mark.english
def test_check_invalid_file_exits_2_with_location(tmp_path: Path) -> None:
    bad = tmp_path / "hong.yaml"
    bad.write_text(
        (TOY_SETS / "toy-xa.yaml").read_text("utf-8").replace("value: 40", "value: 140"),
        encoding="utf-8",
    )
    result = run("sets", "check", bad)
    assert result.exit_code == 2
    assert f"{bad}:22:9:" in result.stderr  # the indicator whose threshold is wrong
    assert "outside 0–100" in result.stderr


def test_diff_of_a_provincial_example_against_its_parent() -> None:
    result = run(
        "sets", "diff", "hatinh-style-20-tieu-chi", "--sets-dir", EXAMPLE_SETS, "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["from"] == "qd318-xa-nang-cao"
    changes = {(c["kind"], c["what"], c["id"]) for c in data["changes"]}
    assert ("added", "criterion", "20") in changes
    assert ("added", "indicator", "20.1") in changes
    assert not any(c[1] == "threshold" for c in changes)  # inherited thresholds unchanged


def test_diff_between_two_named_sets_shows_threshold_changes() -> None:
    result = run("sets", "diff", "qd1980-xa-ntm", "qd318-xa-ntm", "--lang", "en")
    assert result.exit_code == 0
    assert "~ criterion 11 [name]: Hộ nghèo -> Nghèo đa chiều" in result.stdout


@pytest.mark.english
def test_diff_of_a_set_without_parent_asks_for_two_ids() -> None:
    result = run("sets", "diff", "qd318-xa-ntm")
    assert result.exit_code == 2
    assert "extends no other set" in result.stderr


def test_user_sets_from_sets_dir_and_environment() -> None:
    via_option = run("sets", "list", "-f", "json", "--sets-dir", EXAMPLE_SETS)
    assert "hatinh-style-20-tieu-chi" in via_option.stdout
    via_env = run("sets", "list", "-f", "json", env={"NTM_SETS_PATH": str(EXAMPLE_SETS)})
    assert "hatinh-style-20-tieu-chi" in via_env.stdout
    assert "hatinh-style-20-tieu-chi" not in run("sets", "list", "-f", "json").stdout


def test_example_commune_is_scored_with_the_20_criterion_example_set() -> None:
    result = run(
        "evaluate",
        EXAMPLES / "xa-minh-hoa-20-tieu-chi.yaml",
        "--sets-dir",
        EXAMPLE_SETS,
        "-f",
        "json",
    )
    data = json.loads(result.stdout)
    assert (data["criteria_set"], data["total"], data["met"]) == (
        "hatinh-style-20-tieu-chi",
        20,
        19,
    )
    assert data["unmet"] == ["14"]


@pytest.mark.parametrize(
    ("example", "set_id", "met", "total", "not_met"),
    [
        ("xa-minh-hoa-nang-cao-2024.yaml", "qd318-xa-nang-cao", 18, 19, ["14"]),
        ("xa-minh-hoa-kieu-mau-2024.yaml", "qd319-xa-kieu-mau", 3, 4, ["2"]),
        ("xa-minh-hoa-2026.yaml", "qd51-2025-xa-ntm", 8, 10, ["3", "7"]),
        ("xa-minh-hoa-son-la-2023.yaml", "sonla-qd1002-xa-ntm", 18, 19, ["15"]),
    ],
)
def test_each_new_set_scores_an_example_commune(
    example: str, set_id: str, met: int, total: int, not_met: list[str]
) -> None:
    result = run("evaluate", EXAMPLES / example, "-f", "json")
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert (data["criteria_set"], data["met"], data["total"]) == (set_id, met, total)
    assert data["unmet"] + data["undetermined"] == not_met


def test_kieu_mau_example_computes_condition_1_and_leaves_income_undetermined() -> None:
    data = json.loads(
        run("evaluate", EXAMPLES / "xa-minh-hoa-kieu-mau-2024.yaml", "-f", "json").stdout
    )
    statuses = {c["id"]: (c["status"], c["basis"]) for c in data["criteria"]}
    assert statuses["1"] == ("met", "indicators")
    assert statuses["2"] == ("undetermined", "indicators")
    income = data["criteria"][1]["indicators"][0]
    assert income["required"] is None and "1.1 × qd318-xa-nang-cao 10" in income["source"]


def test_sonla_results_warn_that_provincial_changes_are_unknown() -> None:
    data = json.loads(
        run("evaluate", EXAMPLES / "xa-minh-hoa-son-la-2023.yaml", "-f", "json").stdout
    )
    assert any("sonla-qd1002-xa-ntm" in w and "qd318-xa-ntm" in w for w in data["warnings"])


def test_sets_show_lists_the_notes_on_criteria_and_indicators() -> None:
    vi = run("sets", "show", "qd318-xa-ntm", "--format", "markdown").stdout
    en = run("sets", "show", "qd318-xa-ntm", "--format", "markdown", "--lang", "en").stdout
    assert "## Ghi chú theo tiêu chí, chỉ tiêu" in vi
    assert "## Notes on criteria and indicators" in en
    # Why criterion 1 is scored from the declared result, and a disputed value's caveat.
    assert "- Tiêu chí 1: Chưa tìm thấy danh mục chỉ tiêu" in vi
    assert "- 9.2 (vùng ĐBSCL; 85): CHƯA XÁC MINH" in vi
    assert "- Criterion 1: " in en and "- 9.2 (region ĐBSCL; 85): UNVERIFIED" in en
