"""`ntm schema commune --set ID`: a schema editors can use, checked by a third-party validator.

check-jsonschema (PyPI) reads the schema as an editor's language server would: a file with a
wrong key, text in a number field and an unknown region gets three diagnostics, each at its
own key; a valid file of each of the three shapes and a fresh template get none.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import run

pytest.importorskip("check_jsonschema")

BAD = """\
commune: Xã Thử
region: mien-trung
year: 2024
huyenn: Tuyên Hóa
indicators:
  "3.1": cao
"""
SHAPES = {
    "one": """\
commune: Xã Một
region: btb
year: 2024
indicators:
  "3.1": 85,5
  "15.1": {achieved: 900, total: 1000}
  "8.1": đạt
  "15.4": na
criteria:
  "2": đạt
  "4": cơ bản đạt
""",
    "list": """\
- commune: Xã Một
  region: Bắc Trung Bộ
  year: 2024
  indicators: {"3.1": 85}
- commune: Xã Hai
  region: dbsh
  year: 2024
""",
    "shared": """\
province: Quảng Bình
year: 2024
region: btb
criteria_set: qd318-xa-ntm
communes:
  - commune: Xã Một
    indicators: {"3.1": 85}
  - commune: Xã Hai
    criteria: {"2": chưa đạt}
""",
}


def schema_file(tmp_path: Path, set_id: str, *extra: str) -> Path:
    path = tmp_path / f"{set_id}.schema.json"
    result = run("schema", "commune", "--set", set_id, "--year", "2024", "-o", path, *extra)
    assert result.exit_code == 0, result.output
    return path


def diagnostics(schema: Path, data: Path) -> list[dict[str, Any]]:
    """check-jsonschema's errors for data, as its JSON report lists them."""
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "-o", "json", "--schemafile", schema, data],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    assert not report.get("parse_errors"), report
    return list(report["errors"])


def test_a_wrong_key_text_in_a_number_and_an_unknown_region_give_three_diagnostics(
    tmp_path: Path,
) -> None:
    data = tmp_path / "sai.yaml"
    data.write_text(BAD, encoding="utf-8")
    found = diagnostics(schema_file(tmp_path, "qd318-xa-ntm"), data)
    assert sorted(e["path"] for e in found) == ["$", "$.indicators['3.1']", "$.region"]
    by_path = {e["path"]: e for e in found}
    assert "'huyenn' was unexpected" in by_path["$"]["message"]
    assert "'cao'" in by_path["$.indicators['3.1']"]["message"]
    assert "'mien-trung'" in by_path["$.region"]["message"]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_valid_file_of_each_shape_gets_no_diagnostic(tmp_path: Path, shape: str) -> None:
    data = tmp_path / f"{shape}.yaml"
    data.write_text(SHAPES[shape], encoding="utf-8")
    assert diagnostics(schema_file(tmp_path, "qd318-xa-ntm"), data) == []
    assert run("validate", data, "--sets-dir", tmp_path).exit_code == 0  # ntm agrees


@pytest.mark.parametrize(
    "set_id", ["qd318-xa-ntm", "qd318-xa-nang-cao", "qd1980-xa-ntm", "qd51-2025-xa-ntm"]
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_fresh_template_gets_no_diagnostic(tmp_path: Path, set_id: str, lang: str) -> None:
    template = run("template", "--set", set_id, "--year", "2024", "--lang", lang)
    data = tmp_path / "mau.yaml"
    data.write_text(template.stdout, encoding="utf-8")
    assert diagnostics(schema_file(tmp_path, set_id, "--lang", lang), data) == []


def test_each_indicator_is_a_typed_described_property_in_vietnamese(tmp_path: Path) -> None:
    schema = json.loads(schema_file(tmp_path, "qd318-xa-ntm").read_text(encoding="utf-8"))
    assert schema["title"].startswith("Tệp số liệu xã — bộ tiêu chí qd318-xa-ntm")
    commune = schema["$defs"]["commune"]
    indicators = commune["properties"]["indicators"]["properties"]
    irrigation = indicators["3.1"]
    assert irrigation["title"].startswith("3.1 Tỷ lệ diện tích đất sản xuất nông nghiệp")
    assert "đơn vị: % — yêu cầu: ≥ 80% (nguồn không chia theo vùng)" in irrigation["description"]
    number = irrigation["anyOf"][0]
    assert (number["type"], number["minimum"], number["maximum"]) == ("number", 0, 100)
    region = commune["properties"]["region"]
    assert region["title"] == "Vùng" and "btb" in region["anyOf"][0]["enum"]
    assert [s["title"] for s in schema["oneOf"]] == [
        "Một xã",
        "Danh sách xã",
        "Danh sách `communes:` với các khoá dùng chung (tỉnh, năm, bộ tiêu chí…)",
    ]


def test_english_on_request_and_groups_for_a_2026_set(tmp_path: Path) -> None:
    path = schema_file(tmp_path, "qd51-2025-xa-ntm", "--lang", "en")
    schema = json.loads(path.read_text(encoding="utf-8"))
    commune = schema["$defs"]["commune"]
    assert schema["title"].startswith("Commune data file — criteria set qd51-2025-xa-ntm")
    assert commune["properties"]["group"]["title"] == "Commune group (1, 2, 3)"
    assert {1, 2, 3, "Nhóm I"} <= set(commune["properties"]["group"]["anyOf"][0]["enum"])
    data = tmp_path / "nhom.yaml"
    data.write_text("commune: Xã Ba\ngroup: 4\nyear: 2026\n", encoding="utf-8")
    assert [e["path"] for e in diagnostics(path, data)] == ["$.group"]


def test_set_schema_is_for_commune_sets_only(tmp_path: Path) -> None:
    result = run("schema", "district", "--set", "qd318-xa-ntm")
    assert result.exit_code == 2
    assert "--set chỉ dùng với `ntm schema commune`" in result.stderr
    result = run("schema", "commune", "--set", "qd320-huyen-ntm")
    assert result.exit_code == 2 and "ntm schema district" in result.stderr
