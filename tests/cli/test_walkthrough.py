"""A new user's path: template -> fill in -> validate -> evaluate, with the bundled QĐ 318 set."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ntm_cli.inputs.registry import Registry

from helpers import run

SET_ID = "qd318-xa-ntm"
# What an official types for each kind of indicator (Vietnamese spellings on purpose).
TYPED = {"percent": '"85,5%"', "number": "60", "count": "0", "qualitative": "đạt"}


def _fill(text: str) -> str:
    """Fill the template as a user would: the name, every empty value, every status."""
    indicators = Registry().get(SET_ID).indicators()
    section = ""
    out = []
    for line in text.splitlines():
        if re.match(r"^\w+:", line):
            section = line.split(":")[0]
        match = re.match(r'^  "([^"]+)":$', line)
        if line.startswith("commune:"):
            line = "commune: Thử Nghiệm"
        elif match and section == "indicators":
            line = f"{line} {TYPED[indicators[match.group(1)].kind]}"
        elif match and section == "criteria":
            line = f"{line} chưa đạt" if match.group(1) == "1" else f"{line} đạt"
        out.append(line)
    return "\n".join(out) + "\n"


def test_from_template_to_a_scored_commune(tmp_path: Path) -> None:
    path = tmp_path / "thu-nghiem.yaml"
    made = run(
        "template", "--set", SET_ID, "--region", "Bắc Trung Bộ", "--year", "2024", "-o", path
    )
    assert made.exit_code == 0, made.output

    unfilled = run("validate", path)
    assert unfilled.exit_code == 2
    assert "commune: giá trị trống; hãy điền vào" in unfilled.stdout

    path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run("validate", path)
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == f"{path}: OK — 1 xã, bộ tiêu chí {SET_ID}\n"

    scored = run("evaluate", path, "--format", "json")
    assert scored.exit_code == 1, scored.output  # criterion 1 declared chưa đạt
    result = json.loads(scored.stdout)
    assert result["commune"] == "Thử Nghiệm"
    assert len(result["criteria"]) == 19
    by_id = {c["id"]: c for c in result["criteria"]}
    assert by_id["1"]["status"] == "unmet"
    indicator_31 = next(i for i in by_id["3"]["indicators"] if i["id"] == "3.1")
    assert indicator_31["status"] == "met"  # 85.5% against the sourced ≥ 80%
    assert indicator_31["value"] == 85.5

    table = run("evaluate", path)
    assert "Thử Nghiệm" in table.stdout


def test_xlsx_template_filled_in_excel_is_read_by_validate_and_batch(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "huyen.xlsx"
    assert run("template", "--set", SET_ID, "--year", "2024", "-o", path).exit_code == 0
    book = load_workbook(path)
    sheet = book["Số liệu"]
    keys = [str(c.value).split()[0] for c in sheet[1]]
    indicators = Registry().get(SET_ID).indicators()
    typed = {"percent": "85,5", "number": 60, "count": 0, "qualitative": "đạt"}  # as typed in Excel
    base = {"district": "Huyện Thử", "province": "Tỉnh Thử", "year": 2024, "criteria_set": SET_ID}
    for name, region in (("Xã Một", "Bắc Trung Bộ"), ("Xã Hai", "Đồng bằng sông Hồng")):
        values = {**base, "commune": name, "region": region}
        row = []
        for key in keys:
            if key in values:
                row.append(values[key])
            elif key in indicators:
                row.append(typed[indicators[key].kind])
            else:  # tcN: declared criterion status
                row.append("đạt")
        sheet.append(row)
    book.save(path)

    checked = run("validate", path)
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == f"{path}: OK — 2 xã, bộ tiêu chí {SET_ID}\n"

    batch = run("batch", path, "--format", "json", "--jobs", "1")
    assert batch.exit_code in (0, 1), batch.output
    report = json.loads(batch.stdout)
    assert report["errors"] == []
    assert report["summary"]["communes"] == 2
    by_name = {c["commune"]: c for c in report["communes"]}
    assert set(by_name) == {"Xã Một", "Xã Hai"}
    first = {c["id"]: c for c in by_name["Xã Một"]["criteria"]}
    indicator_31 = next(i for i in first["3"]["indicators"] if i["id"] == "3.1")
    assert indicator_31["value"] == 85.5  # the text cell "85,5" read with a decimal comma
    assert indicator_31["status"] == "met"
