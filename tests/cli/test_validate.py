"""`ntm validate` on good files, criteria sets and set choice; `ntm schema` output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ntm_cli.inputs.read import holds_criteria_set
from ntm_cli.inputs.registry import Registry

from helpers import TOY_SETS as FIXTURE_SETS
from helpers import run

ROOT = Path(__file__).parents[2]
TOY_A = ROOT / "tests" / "fixtures" / "communes" / "toy-a.yaml"


def test_clean_commune_file_exits_0_and_says_which_set() -> None:
    result = run("validate", "--sets-dir", FIXTURE_SETS, TOY_A)
    assert result.exit_code == 0
    assert result.stdout == f"{TOY_A}: OK — 1 xã, bộ tiêu chí toy-xa\n"


def test_quiet_prints_nothing_for_clean_files() -> None:
    result = run("validate", "-q", "--sets-dir", FIXTURE_SETS, TOY_A)
    assert result.exit_code == 0
    assert result.stdout == ""


@pytest.mark.parametrize("path", sorted((ROOT / "examples").rglob("*.yaml")), ids=lambda p: p.name)
def test_examples_validate(path: Path) -> None:
    result = run("validate", "--sets-dir", ROOT / "examples" / "sets", path)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "path", sorted((ROOT / "criteria_sets").glob("*.yaml")), ids=lambda p: p.name
)
def test_bundled_criteria_sets_are_recognised_and_validate(path: Path) -> None:
    result = run("validate", path)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}: OK — bộ tiêu chí {path.stem} (")


@pytest.mark.english
def test_criteria_set_named_unlike_its_id_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "my-set.yaml"
    path.write_text((FIXTURE_SETS / "toy-xa.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 2
    assert (
        f"{path}:2:5: id 'toy-xa' differs from the file name; name the file toy-xa.yaml"
        in result.stdout
    )


@pytest.mark.english
def test_set_option_checks_communes_against_that_set(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(
        'commune: Thử\nregion: btb\nyear: 2023\nindicators:\n  "2.1": 50\n', encoding="utf-8"
    )
    assert run("validate", "--sets-dir", FIXTURE_SETS, "--set", "toy-xa", path).exit_code == 0
    # no criteria_set: the national set for 2023 lists no indicator of criterion 2 (kept)
    assert run("validate", path).exit_code == 0
    path.write_text(
        'commune: Thử\nregion: btb\nyear: 2023\nindicators:\n  "15.l": 50\n', encoding="utf-8"
    )
    national = run("validate", path, "--lang", "en")  # criterion 15's list is complete
    assert national.exit_code == 2
    assert f"{path}:5:3: unknown indicator '15.l' for set qd318-xa-ntm; did you mean 15.1?" in (
        national.stdout
    )


@pytest.mark.english
def test_unknown_set_option_is_a_usage_error() -> None:
    result = run("validate", "--set", "nope", TOY_A)
    assert result.exit_code == 2
    assert "unknown criteria set 'nope'" in result.stderr


@pytest.mark.english
def test_file_with_several_communes_reports_each_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "huyen.yaml"
    path.write_text(
        "criteria_set: toy-xa\nregion: btb\nyear: 2023\ncommunes:\n"
        '  - commune: A\n    indicators: {"2.1": 101}\n'
        "  - commune: B\n"
        "  - commune: C\n    year: abc\n",
        encoding="utf-8",
    )
    result = run("validate", "--sets-dir", FIXTURE_SETS, path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:6:25: 101% is impossible for 2.1; percentages are 0–100",
        f"{path}:9:11: year: Input should be a valid integer, unable to parse string as an integer;"
        " write a whole number, such as 2025",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"id": "x", "decision": {}, "criteria": []}, True),
        ({"criteria": [], "scheme": "regions"}, True),
        ({"commune": "A", "criteria": {"1": "đạt"}}, False),
        ({"criteria": {"1": "đạt"}}, False),
        (["a"], False),
    ],
)
def test_criteria_sets_are_recognised_by_their_keys(data: object, expected: bool) -> None:
    assert holds_criteria_set(data) is expected


# ----------------------------------------------------------------------- schema


def test_commune_schema_accepts_what_users_type() -> None:
    result = run("schema", "commune")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"commune", "year"}
    value_types = schema["properties"]["indicators"]["additionalProperties"]["anyOf"]
    assert {"type": "string"} in value_types  # "đạt", "87,5%"
    assert {"type": "number"} in value_types
    assert {"$ref": "#/$defs/Count"} in value_types
    assert {"type": "string"} in schema["properties"]["region"]["anyOf"]  # "Bắc Trung Bộ"


def test_criteria_set_schema_written_to_a_file_atomically(tmp_path: Path) -> None:
    path = tmp_path / "criteria-set.schema.json"
    assert run("schema", "criteria-set", "-o", path).exit_code == 0
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert "criteria" in schema["required"]
    again = run("schema", "criteria-set", "-o", path)
    assert again.exit_code == 2
    assert "thêm --force" in again.stderr
    assert run("schema", "criteria-set", "-o", path, "--force").exit_code == 0


def test_schema_of_a_filled_template_matches_the_template_keys(tmp_path: Path) -> None:
    schema = json.loads(run("schema", "commune").stdout)
    template = run(
        "template", "--set", "toy-xa", "--sets-dir", FIXTURE_SETS, "--region", "btb"
    ).stdout
    top_keys = {line.split(":")[0] for line in template.splitlines() if line[:1].isalpha()}
    assert top_keys <= set(schema["properties"])


def test_summary_lines_in_english() -> None:
    missing = TOY_A.parent / "khong-co.yaml"
    result = run("validate", "--lang", "en", "--sets-dir", FIXTURE_SETS, TOY_A, missing)
    assert result.exit_code == 2
    assert f"{missing}:1:1: no such file or folder" in result.stdout
    assert f"{TOY_A}: OK — 1 commune(s), set toy-xa" in result.stdout
    assert result.stderr == "1 of 2 files have problems\n"


@pytest.mark.english
def test_district_file_with_a_missing_commune_file(tmp_path: Path) -> None:
    path = tmp_path / "huyen.yaml"
    path.write_text(
        "district: Thử\nyear: 2024\ncommune_files: [xa-a.yaml]\nindicators:\n  C4.1: 120\n",
        encoding="utf-8",
    )
    result = run("validate", path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:3:17: commune file 'xa-a.yaml' not found (paths are relative to this file)",
        f"{path}:5:9: 120% is impossible for C4.1; percentages are 0–100",
    ]


def test_district_template_validates_once_filled(tmp_path: Path) -> None:
    path = tmp_path / "huyen.yaml"
    assert run("template", "--set", "qd320-huyen-ntm", "--year", "2024", "-o", path).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=district.schema.json\n")
    assert '"C1":' not in text  # counted from the communes, never typed
    kinds = {k: i.kind for k, i in Registry().get("qd320-huyen-ntm").indicators().items()}
    typed = {"percent": "95", "qualitative": "đạt"}
    lines = []
    for line in text.splitlines():
        key = line.strip().strip('":')
        if line.startswith("district:"):
            line = "district: Thử"
        elif line.startswith('  "') and key in kinds:
            line = f"{line} {typed[kinds[key]]}"
        elif line.startswith('  "'):
            line = f"{line} đạt"  # declared criterion statuses
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path}: OK — huyện, bộ tiêu chí qd320-huyen-ntm\n"


@pytest.mark.english
def test_a_fraction_of_a_counted_unit_is_refused_where_it_is_written(tmp_path: Path) -> None:
    # QĐ 318 9.1 counts makeshift houses: 2.5 houses is a typing error, not a value.
    path = tmp_path / "xa.yaml"
    path.write_text(
        "commune: Thử\nregion: btb\nyear: 2023\ncriteria_set: qd318-xa-ntm\n"
        'indicators:\n  "9.1": 2.5\n',
        encoding="utf-8",
    )
    result = run("validate", path)
    assert result.exit_code == 2
    assert result.stdout == f"{path}:6:10: 2.5 is not a whole number of units\n"


def test_a_folder_is_validated_file_by_file() -> None:
    result = run("validate", "--sets-dir", FIXTURE_SETS, TOY_A.parent)
    lines = result.stdout.splitlines()
    assert f"{TOY_A}: OK — 1 xã, bộ tiêu chí toy-xa" in lines
    assert len(lines) == len(list(TOY_A.parent.glob("*.yaml")))
