"""`ntm evaluate` and `ntm sets list` as users run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ntm_cli.inputs.registry import bundled_dir

from helpers import EXAMPLES, TOY_SETS, run

THACH_HOA = EXAMPLES / "xa-thach-hoa-2023.yaml"
THANH_HUONG = EXAMPLES / "xa-thanh-huong-2022.yaml"
MINH_HOA = EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml"


def as_json(*args: str | Path) -> object:
    result = run("evaluate", *args, "--format", "json")
    return json.loads(result.stdout)


def test_thach_hoa_2023_scores_14_of_19_as_reported() -> None:
    result = run("evaluate", THACH_HOA)
    assert result.exit_code == 1
    assert "Xã Thạch Hóa: đạt 14/19 tiêu chí — chưa đạt: 1, 2, 6, 13, 15" in result.stdout


def test_thach_hoa_set_is_chosen_by_year_and_said_so() -> None:
    data = as_json(THACH_HOA)
    assert isinstance(data, dict)
    assert (data["criteria_set"], data["set_chosen_by"]) == ("qd318-xa-ntm", "year")
    assert "chọn theo năm 2023" in run("evaluate", THACH_HOA).stdout


def test_json_contract_keys_and_values() -> None:
    data = as_json(THACH_HOA)
    assert isinstance(data, dict)
    assert data["commune"] == "Thạch Hóa"
    assert (data["met"], data["total"], data["status"]) == (14, 19, "not_met")
    assert data["unmet"] == ["1", "2", "6", "13", "15"]
    assert len(data["criteria"]) == 19
    first = data["criteria"][0]
    assert set(first) >= {"id", "name", "status", "indicators"}
    assert first["name"] == "Quy hoạch"


def test_indicator_objects_carry_value_required_and_gap() -> None:
    data = as_json(MINH_HOA)
    assert isinstance(data, dict)
    rows = {i["id"]: i for c in data["criteria"] for i in c["indicators"]}
    trained = rows["14.3"]
    assert set(trained) >= {"id", "name", "status", "value", "required", "gap"}
    assert (trained["status"], trained["required"], trained["units_needed"]) == ("unmet", 25, 20)
    assert trained["value"] == pytest.approx(23.75)
    assert rows["4.2"]["status"] == "undetermined"
    assert rows["4.2"]["required"] is None


def test_several_files_give_a_list_in_argument_order() -> None:
    data = as_json(THANH_HUONG, THACH_HOA)
    assert isinstance(data, list)
    assert [d["commune"] for d in data] == ["Thanh Hương", "Thạch Hóa"]
    assert data[0]["unmet"] == ["2", "5", "6", "17"]
    assert data[0]["met"] == 15


def test_qd1980_example_reports_undetermined_thresholds_honestly() -> None:
    data = as_json(MINH_HOA)
    assert isinstance(data, dict)
    assert data["unmet"] == ["13", "14", "15"]
    assert data["undetermined"] == ["4", "5", "9", "11", "12", "16", "17"]
    assert data["met"] == 9


def test_set_option_overrides_the_file(tmp_path: Path) -> None:
    result = run("evaluate", THANH_HUONG, "--set", "qd1980-xa-ntm", "--format", "json")
    assert json.loads(result.stdout)["criteria_set"] == "qd1980-xa-ntm"


def test_exit_zero_when_every_criterion_is_met(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    statuses = "\n".join(f'  "{n}": đạt' for n in range(1, 20))
    good.write_text(f"commune: Tốt\nregion: btb\nyear: 2023\ncriteria:\n{statuses}\n", "utf-8")
    result = run("evaluate", good)
    assert result.exit_code == 0
    assert "đạt 19/19 tiêu chí — đạt chuẩn" in result.stdout


def test_english_labels() -> None:
    result = run("evaluate", THACH_HOA, "--lang", "en")
    assert "Thạch Hóa commune: 14/19 criteria met — not met: 1, 2, 6, 13, 15" in result.stdout
    assert "Planning" in result.stdout


def test_unmet_only_hides_met_criteria() -> None:
    result = run("evaluate", THACH_HOA, "--unmet-only")
    assert "Quy hoạch" in result.stdout
    assert "Thủy lợi" not in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("commune: X\nyear: 2023\nregion: mars\n", ":3:9: region: unknown region 'mars'"),
        ("commune: X\nyear: 2023\nregion: btb\nfoo: 1\n", ":4:1: unknown key 'foo'"),
        (
            'commune: X\nyear: 2023\nregion: btb\nindicators:\n  "15.1": 120\n',
            ":5:11: 120% is impossible for 15.1",
        ),
        (
            'commune: X\nyear: 2023\nregion: btb\nindicators:\n  "99.9": 1\n',
            ":5:3: unknown indicator '99.9'",
        ),
        ("commune: X\nyear: twenty\n", ":2:7: year: Input should be a valid integer"),
        ("commune: [\n", ":2:1: YAML syntax"),
        ("", ":1:1: file is empty"),
        ("commune: X\nyear: 2023\n", ":1:1: missing region"),
        ("commune: X\ncommune: Y\nyear: 2023\n", ":2:1: duplicate key 'commune'"),
    ],
    ids=[
        "unknown-region",
        "unknown-key",
        "percent-over-100",
        "unknown-indicator",
        "wrong-type",
        "yaml-syntax",
        "empty",
        "no-region",
        "duplicate-key",
    ],
)
@pytest.mark.english
def test_bad_input_is_one_located_line_and_exit_2(
    tmp_path: Path, content: str, expected: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    result = run("evaluate", bad)
    assert result.exit_code == 2
    assert f"{bad}{expected}" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("commune: [\n", encoding="utf-8")
    result = run("evaluate", bad, THACH_HOA, "--format", "json")
    assert result.exit_code == 2
    assert [d["commune"] for d in json.loads(result.stdout)] == ["Thạch Hóa"]
    assert f"{bad}:2:1:" in result.stderr


@pytest.mark.english
def test_unknown_set_is_a_usage_error() -> None:
    result = run("evaluate", THACH_HOA, "--set", "no-such-set")
    assert result.exit_code == 2
    assert "unknown criteria set 'no-such-set'" in result.stderr


def test_sets_list_json() -> None:
    rows = json.loads(run("sets", "list", "--format", "json").stdout)
    by_id = {r["id"]: r for r in rows}
    assert by_id["qd318-xa-ntm"]["decision"] == "318/QĐ-TTg"
    assert by_id["qd1980-xa-ntm"]["period"] == "2016–2020"
    assert set(by_id["qd318-xa-ntm"]) == {
        "id",
        "title",
        "decision",
        "level",
        "tier",
        "period",
        "completeness",
    }


def test_user_sets_dir_adds_sets(tmp_path: Path) -> None:
    rows = json.loads(run("sets", "list", "--format", "json", "--sets-dir", TOY_SETS).stdout)
    assert "toy-xa" in {r["id"] for r in rows}
    env_rows = json.loads(
        run("sets", "list", "--format", "json", env={"NTM_SETS_PATH": str(TOY_SETS)}).stdout
    )
    assert "toy-xa" in {r["id"] for r in env_rows}


def test_bundled_sets_are_found_from_the_installed_package() -> None:
    assert (bundled_dir() / "qd318-xa-ntm.yaml").is_file()


def test_long_lists_are_one_json_document_with_every_commune(tmp_path: Path) -> None:
    statuses = "\n".join(f'      "{n}": {"đạt" if n != 6 else "chưa đạt"}' for n in range(1, 20))
    records = "\n".join(f"  - commune: Xã {i}\n    criteria:\n{statuses}" for i in range(60))
    many = tmp_path / "many.yaml"
    many.write_text(f"region: btb\nyear: 2023\ncommunes:\n{records}\n", encoding="utf-8")
    result = run("evaluate", many, "--format", "json")
    data = json.loads(result.stdout)
    assert [d["commune"] for d in data] == [f"Xã {i}" for i in range(60)]
    assert all(d["unmet"] == ["6"] and d["met"] == 18 for d in data)


@pytest.mark.english
def test_a_criteria_set_or_district_file_given_as_commune_data_says_what_it_is() -> None:
    result = run("batch", EXAMPLES, "--quiet", "--format", "json")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    set_lines = [line for line in lines if "hatinh-style-20-tieu-chi.yaml" in line]
    assert len(set_lines) == 1 and "this is a criteria set" in set_lines[0]
    district = [line for line in lines if "huyen-minh-hoa-2024.yaml" in line]
    assert len(district) == 1 and "this is a district file" in district[0]
    assert "Traceback" not in result.output
