"""A merged commune scored from its former communes' files (formed_from), in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from helpers import EXAMPLES, run

MERGED = EXAMPLES / "xa-minh-hoa-sap-nhap-2025.yaml"


def test_json_names_the_former_communes_and_flags_combined_values() -> None:
    result = run("evaluate", MERGED, "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["formed_from"] == [
        {"commune": "Minh Họa A", "file": "sap-nhap/xa-cu-a-2025.yaml"},
        {"commune": "Minh Họa B", "file": "sap-nhap/xa-cu-b-2025.yaml"},
    ]
    assert data["merged_on"] == "2025-07-01"
    indicators = {i["id"]: i for c in data["criteria"] for i in c["indicators"]}
    irrigated = indicators["3.1"]
    assert (irrigated["achieved"], irrigated["total"], irrigated["combined"]) == (660, 840, True)
    assert (irrigated["status"], irrigated["units_needed"]) == ("unmet", 12)  # 80% of 840 = 672
    assert indicators["11"]["combined"] is True
    for key in ("15.1", "3.2", "15.4"):
        assert indicators[key]["status"] == "missing" and "combined" not in indicators[key]
    assert "combined" not in indicators["15.3"]  # the new commune's own figure
    warnings = "\n".join(data["warnings"])
    assert "cần số liệu của xã mới: 15.1" in warnings
    assert "cần số liệu của xã mới: 3.2" in warnings
    assert "cần số liệu của xã mới: 15.4" in warnings
    assert "cần số liệu của xã mới: tiêu chí 6" in warnings


def test_text_formats_say_which_values_were_combined() -> None:
    table = run("evaluate", MERGED).stdout
    assert "660/840" in table and "(cộng gộp từ" in table  # the cell wraps in the table
    markdown = run("evaluate", MERGED, "-f", "markdown").stdout
    assert "660/840 (78,57%) (cộng gộp từ các xã cũ)" in markdown
    assert "xã hình thành từ sáp nhập các xã Minh Họa A, Minh Họa B (ngày 01/07/2025)" in table
    text = run("evaluate", MERGED, "-f", "text").stdout
    assert "số liệu cộng gộp từ các xã cũ (cộng số đạt và tổng số): 3.1, 11" in text
    english = run("evaluate", MERGED, "-f", "markdown", "--lang", "en").stdout
    assert "(combined from the former communes)" in english
    assert "the new commune's own data is needed: 15.1" in english
    html = run("evaluate", MERGED, "-f", "html").stdout
    assert "cộng gộp từ các xã cũ" in html


def test_inline_records_of_former_communes(tmp_path: Path) -> None:
    path = tmp_path / "moi.yaml"
    path.write_text(
        "commune: Mới\nregion: btb\nyear: 2025\n"
        "formed_from:\n  date: 2025-07-01\n  communes:\n"
        '    - {commune: Cũ A, indicators: {"11": {achieved: 30, total: 1000}}}\n'
        '    - {commune: Cũ B, indicators: {"11": {achieved: 90, total: 1000}}}\n',
        encoding="utf-8",
    )
    data = json.loads(run("evaluate", path, "-f", "json").stdout)
    poverty = next(i for c in data["criteria"] for i in c["indicators"] if i["id"] == "11")
    assert (poverty["achieved"], poverty["total"], poverty["value"]) == (120, 2000, 6)
    assert data["formed_from"] == [
        {"commune": "Cũ A", "file": None},
        {"commune": "Cũ B", "file": None},
    ]


def test_a_missing_former_file_is_located_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "moi.yaml"
    path.write_text(
        "commune: Mới\nregion: btb\nyear: 2025\n"
        "formed_from:\n  date: 2025-07-01\n  communes:\n"
        "    - file: cu/a.yaml\n    - file: cu/b.yaml\n",
        encoding="utf-8",
    )
    result = run("evaluate", path)
    assert result.exit_code == 2
    assert "moi.yaml:7:13: không tìm thấy tệp xã cũ 'cu/a.yaml'" in result.stderr
    english = run("evaluate", path, "--lang", "en")
    assert "moi.yaml:7:13: former commune file 'cu/a.yaml' not found" in english.stderr
    assert "Traceback" not in result.output
    assert "moi.yaml:7:13:" in run("validate", path).stdout


def test_one_former_commune_is_not_a_merger(tmp_path: Path) -> None:
    path = tmp_path / "moi.yaml"
    path.write_text(
        "commune: Mới\nregion: btb\nyear: 2025\n"
        "formed_from: {date: 2025-07-01, communes: [{file: a.yaml}]}\n",
        encoding="utf-8",
    )
    result = run("validate", path)
    assert result.exit_code == 2
    assert "formed_from.communes" in result.stdout


def test_csv_marks_combined_values_and_has_no_empty_district_column() -> None:
    text = run("evaluate", MERGED, "-f", "csv", "--sep", ",").stdout
    rows = list(csv.reader(io.StringIO(text)))
    assert "Huyện" not in rows[0]
    assert rows[0][-1] == "Cộng gộp từ xã cũ"
    marked = {row[7] for row in rows[1:] if row[-1] == "có"}  # indicator id column
    assert marked == {"3.1", "11"}
