"""Figures an office signs, from a small province: two districts, 2025 (QĐ 318) and 2026 (QĐ 51).

Each test names the wrong figure ntm once printed and asserts the corrected one, in JSON
and in the text report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from helpers import FIXTURES, run

PROVINCE = FIXTURES / "province"


def batch_json(*args: object) -> tuple[int, dict[str, Any]]:
    result = run("batch", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_two_sets_are_never_averaged_together() -> None:
    # Was: "tiêu chí bình quân đạt 12,4 tiêu chí/xã" over 4 communes at x/19 and 4 at y/10.
    code, data = batch_json(PROVINCE, "--by", "district")
    assert code == 1
    summary = data["summary"]
    assert summary["average_met"] is None and summary["under_floor"] is None
    assert summary["sets"] == [
        {
            "criteria_set": "qd318-xa-ntm", "year": 2025, "decision": "318/QĐ-TTg",
            "criteria": 19, "communes": 4, "met": 2, "criteria_basically_met": 0,
            "average_met": 17.3, "share_met": 50.0, "floor": 15, "under_floor": 1, "bands": [],
        },
        {
            "criteria_set": "qd51-2025-xa-ntm", "year": 2026, "decision": "51/2025/QĐ-TTg",
            "criteria": 10, "communes": 4, "met": 1, "criteria_basically_met": 0,
            "average_met": 7.5, "share_met": 25.0, "floor": None, "under_floor": None,
            "bands": [],
        },
    ]  # fmt: skip
    # 69 criteria over the four 2025 communes (19 + 17 + 19 + 14) is 17,25: rounded half up.
    text = run("batch", PROVINCE, "--format", "text").stdout
    assert text.startswith(
        "Năm 2025, theo Quyết định 318/QĐ-TTg (19 tiêu chí), 04 xã được đánh giá: có 02 xã đạt"
        " đủ tiêu chí (50%), tiêu chí bình quân đạt 17,3 tiêu chí/xã; còn 01 xã dưới 15 tiêu chí."
    )
    assert (
        "Năm 2026, theo Quyết định 51/2025/QĐ-TTg (10 tiêu chí), 04 xã được đánh giá: có 01 xã"
        " đạt đủ tiêu chí (25%), tiêu chí bình quân đạt 7,5 tiêu chí/xã."
    ) in text
    assert "Toàn bộ" not in text


def test_a_criterion_is_counted_and_named_within_its_own_set() -> None:
    # Was: QĐ 318's "2. Giao thông" and QĐ 51's "2. Hạ tầng kinh tế – xã hội" added up as
    # one most-missed "tiêu chí 02", with no name.
    _, data = batch_json(PROVINCE)
    missed = {(m["criteria_set"], m["id"]): m for m in data["summary"]["most_missed"]}
    assert missed[("qd318-xa-ntm", "2")]["name"] == "Giao thông"
    assert missed[("qd318-xa-ntm", "2")]["communes"] == 1
    assert missed[("qd51-2025-xa-ntm", "2")]["name"] == "Hạ tầng kinh tế – xã hội"
    assert missed[("qd51-2025-xa-ntm", "2")]["communes"] == 2
    assert all(m["year"] in (2025, 2026) for m in missed.values())
    text = run("batch", PROVINCE, "--format", "text").stdout
    assert "Giao thông (02): 1 xã" in text and "Hạ tầng kinh tế – xã hội (02): 2 xã" in text
    assert "tiêu chí 02" not in text


def test_groups_are_per_district_and_per_set_and_year() -> None:
    _, data = batch_json(PROVINCE, "--by", "district")
    keys = [(g["district"], g["criteria_set"], g["year"], g["communes"]) for g in data["groups"]]
    assert keys == [
        ("Huyện Đông", "qd318-xa-ntm", 2025, 2),
        ("Huyện Tây", "qd318-xa-ntm", 2025, 2),
        (None, "qd51-2025-xa-ntm", 2026, 4),  # districts were abolished on 01/7/2025
    ]


def test_a_set_without_a_floor_gets_no_floor_line() -> None:
    # Was: "Các xã dưới 15 tiêu chí" listed a 2026 commune meeting 10/10.
    _, data = batch_json(PROVINCE / "2026.yaml")
    assert data["summary"]["floor"] is None and data["summary"]["under_floor"] is None
    assert data["summary"]["under_floor_communes"] == []
    text = run("batch", PROVINCE / "2026.yaml", "--format", "text").stdout
    assert "dưới" not in text
    table = run("batch", PROVINCE / "2026.yaml").stdout
    assert "dưới" not in table
    # A floor the 10-criterion set cannot reach is a usage error, before any figure.
    above = run("batch", PROVINCE / "2026.yaml", "--floor", "15")
    assert above.exit_code == 2
    assert "--floor 15 lớn hơn 10 tiêu chí của bộ qd51-2025-xa-ntm" in above.stderr
    assert run("batch", PROVINCE, "--set", "qd51-2025-xa-ntm", "--floor", "11").exit_code == 2
    given = run("batch", PROVINCE / "2026.yaml", "--floor", "8", "--format", "text").stdout
    assert (
        "còn 02 xã dưới 8 tiêu chí. Các xã dưới 8 tiêu chí: Xã Đồng Tâm (5/10),"
        " Xã Bình Minh (6/10)." in given
    )


def test_the_same_communes_twice_are_counted_once_with_an_error_naming_both_places(
    tmp_path: Path,
) -> None:
    # Was: the same communes as an XLSX and a CSV made "Toàn bộ 20 xã".
    folder = tmp_path / "tinh"
    folder.mkdir()
    text = (PROVINCE / "2025.yaml").read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    (folder / "b.yaml").write_text(text.replace('"17": chưa đạt', '"17": đạt'), encoding="utf-8")
    code, data = batch_json(folder)
    assert code == 2  # a duplicate is an input error
    assert data["summary"]["communes"] == 4 and len(data["communes"]) == 4
    assert data["summary"]["average_met"] == 17.3  # the first records, as before
    twice = [e for e in data["errors"] if e["kind"] == "duplicate"]
    assert len(twice) == 4
    binh_minh = next(e for e in twice if "Bình Minh" in e["message"])
    assert binh_minh["file"].endswith("b.yaml") and binh_minh["line"] == 11
    assert binh_minh["other"].endswith("a.yaml:11:14")
    assert "(17/19 tiêu chí), ở đây lại có với kết quả khác (18/19)" in binh_minh["message"]
    result = run("batch", folder, "--format", "text")
    assert result.stdout.startswith("Toàn bộ 4 xã được đánh giá")
    assert "b.yaml:4:14: Xã An Phú năm 2025 đã có ở" in result.stderr


def test_a_commune_code_identifies_it_whatever_its_name(tmp_path: Path) -> None:
    one = tmp_path / "a.yaml"
    one.write_text(
        "commune: Xã An Phú\ncode: '99901'\nprovince: Tỉnh Thử\ngroup: 2\nyear: 2026\n"
        "criteria_set: qd51-2025-xa-ntm\n",
        encoding="utf-8",
    )
    two = tmp_path / "b.yaml"
    two.write_text(one.read_text(encoding="utf-8").replace("Xã An Phú", "An Phu"), "utf-8")
    other = tmp_path / "c.yaml"
    other.write_text(one.read_text(encoding="utf-8").replace("99901", "99902"), "utf-8")
    _, data = batch_json(one, two, other)
    assert [e["kind"] for e in data["errors"]] == ["duplicate"]  # c.yaml has another code
    assert data["summary"]["communes"] == 2


def test_several_years_are_never_averaged_together(tmp_path: Path) -> None:
    # Was: a folder with a 2023 and a 2024 file made one average over both years.
    later = tmp_path / "2024.yaml"
    later.write_text(
        (PROVINCE / "2025.yaml").read_text(encoding="utf-8").replace("2025", "2024"), "utf-8"
    )
    code, data = batch_json(PROVINCE / "2025.yaml", later)
    assert code == 1 and not data["errors"]  # the same communes in two years: no duplicate
    assert [(s["year"], s["communes"]) for s in data["summary"]["sets"]] == [(2024, 4), (2025, 4)]
    assert data["summary"]["average_met"] is None


def test_reports_ntm_wrote_are_skipped_with_one_line(tmp_path: Path) -> None:
    # Was: ntm's own earlier report files in the folder added 194 error lines.
    folder = tmp_path / "tinh"
    folder.mkdir()
    (folder / "2025.yaml").write_text((PROVINCE / "2025.yaml").read_text(encoding="utf-8"), "utf-8")
    for fmt, name in (("xlsx", "bao-cao.xlsx"), ("csv", "bao-cao.csv")):
        assert run("batch", folder, "-f", fmt, "-o", folder / name).exit_code == 1
    assert run("evaluate", folder / "2025.yaml", "-f", "csv", "-o", folder / "xa.csv").exit_code
    # The set workbook an office fills in (`ntm sets template`) often sits beside the data.
    set_book = folder / "bo-tieu-chi.xlsx"
    assert run("sets", "template", "qd51-2025-xa-ntm", "-o", set_book).exit_code == 0
    result = run("batch", folder, "--format", "json")
    assert result.exit_code == 1  # no input error
    data = json.loads(result.stdout)
    assert data["summary"]["communes"] == 4 and data["errors"] == []
    assert sorted(Path(p).name for p in data["summary"]["skipped_reports"]) == [
        "bao-cao.csv",
        "bao-cao.xlsx",
        "bo-tieu-chi.xlsx",
        "xa.csv",
    ]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    assert all("bỏ qua, đây là tệp do ntm tạo" in line for line in lines)


WARNING = "tiêu chí 7: kết quả khai (Chưa đạt) khác với số liệu chỉ tiêu (Đạt)"


def test_a_declared_status_the_data_contradict_is_shown_in_every_format(tmp_path: Path) -> None:
    # Was: the "declared status disagrees" warnings appeared in JSON only.
    source = PROVINCE / "2025.yaml"
    _, data = batch_json(source)
    binh_minh = next(c for c in data["communes"] if c["commune"] == "Xã Bình Minh")
    assert any(WARNING in w for w in binh_minh["warnings"])
    assert all("warnings" in c for c in data["communes"])
    for fmt in ("table", "text", "markdown", "csv", "html"):
        out = run("batch", source, "--format", fmt).stdout
        flat = " ".join(re.sub(r"[│┃|]", " ", out).split())  # table cells wrap over lines
        assert WARNING in flat, fmt
    text = run("batch", source, "--format", "text").stdout
    assert f"Cảnh báo cần hỏi lại xã (1): Xã Bình Minh (2025): {WARNING}" in text
    book = tmp_path / "bao-cao.xlsx"
    run("batch", source, "--format", "xlsx", "--output", book)
    from openpyxl import load_workbook

    sheet = load_workbook(book)["Cảnh báo"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][:4] == ["Xã Bình Minh", "Huyện Đông", "Tỉnh Thử", 2025]
    assert WARNING in rows[1][4]


def test_sentences_say_what_is_true(tmp_path: Path) -> None:
    # A tier with no data was "Chưa đạt 0/19": it has no data yet.
    ladder = run("evaluate", PROVINCE / "2025.yaml", "--commune", "An Phú", "--ladder")
    assert "xã NTM nâng cao (qd318-xa-nang-cao): chưa có số liệu" in ladder.stdout
    assert "Chưa đạt 0/" not in ladder.stdout
    text = run("evaluate", PROVINCE / "2025.yaml", "--commune", "An Phú", "--ladder", "-f", "text")
    assert "xã NTM nâng cao (qd318-xa-nang-cao): chưa có số liệu." in text.stdout
    # Indicators given for a criterion whose list is incomplete were "không có số liệu chỉ tiêu".
    path = tmp_path / "binh-minh.yaml"
    source = (PROVINCE / "2025.yaml").read_text(encoding="utf-8")
    path.write_text(
        source.replace('indicators: {"7": đạt}', 'indicators: {"7": đạt, "17.nuoc-sach": 80}'),
        encoding="utf-8",
    )
    said = run("evaluate", path, "--commune", "Bình Minh", "-f", "text").stdout
    assert (
        "Kết quả tiêu chí 17 lấy theo đánh giá đã khai: đã có số liệu chỉ tiêu, nhưng bộ tiêu"
        " chí mới mã hóa một phần chỉ tiêu nên chưa tự kết luận được." in said
    )
    assert "16, 18, 19 lấy theo đánh giá đã khai, không có số liệu chỉ tiêu." in said


def test_gaps_are_in_percentage_points_and_the_indicators_own_unit() -> None:
    # Was "2% (cần thêm 20 đơn vị)": 38% against 40% is 2 percentage points, 20 workers.
    report = FIXTURES / "report"
    out = run(
        "evaluate", report / "thu-c-2023.yaml", "--sets-dir", report / "sets", "-f", "markdown"
    ).stdout
    assert "2 điểm % (cần thêm 20 lao động được đào tạo)" in out
    assert "4 điểm %" in out  # 86% against 90%


def test_a_rate_that_rose_is_said_to_rise(tmp_path: Path) -> None:
    # Was "giảm giá trị" for a malnutrition (at most) rate that went up from 15% to 18%.
    report = FIXTURES / "report"
    old = report / "thu-b-2022.yaml"
    new = tmp_path / "thu-b-2023.yaml"
    new.write_text(
        old.read_text(encoding="utf-8").replace('"2.2": 15', '"2.2": 18').replace("2022", "2023"),
        encoding="utf-8",
    )
    out = run("diff", old, new, "--sets-dir", report / "sets", "-f", "text").stdout
    assert "Chỉ tiêu xấu đi (vẫn cùng kết quả): 2.2 " in out
    assert ": 15% → 18% (tăng)." in out


def test_bands_break_the_communes_down_as_the_2026_report_forms_do(tmp_path: Path) -> None:
    source = PROVINCE / "2026.yaml"
    _, data = batch_json(source, "--bands", "10,5")
    assert data["summary"]["sets"][0]["bands"] == [
        {"from": 10, "to": None, "communes": 1},
        {"from": 5, "to": 9, "communes": 3},
        {"from": None, "to": 4, "communes": 0},
    ]
    assert data["summary"]["bands"][1] == {
        "criteria_set": "qd51-2025-xa-ntm", "year": 2026, "from": 5, "to": 9, "communes": 3,
    }  # fmt: skip
    text = run("batch", source, "--bands", "10,5", "--format", "text").stdout
    assert (
        "Số xã theo số tiêu chí đạt: đạt 10 tiêu chí trở lên: 01 xã; từ 5 đến 9 tiêu chí:"
        " 03 xã; dưới 5 tiêu chí: 00 xã." in text
    )
    for fmt in ("table", "markdown", "html"):
        out = run("batch", source, "--bands", "10,5", "--format", fmt).stdout
        assert "từ 5 đến 9 tiêu chí" in out, fmt
    csv_text = run("batch", source, "--bands", "10,5", "--format", "csv").stdout
    assert "Nhóm số tiêu chí đạt" in csv_text and "đạt 10 tiêu chí trở lên" in csv_text
    book = tmp_path / "b.xlsx"
    run("batch", source, "--bands", "10,5", "--format", "xlsx", "--output", book)
    from openpyxl import load_workbook

    cells = [c.value for row in load_workbook(book)["Tổng hợp"].iter_rows() for c in row]
    assert "từ 5 đến 9 tiêu chí" in cells
    assert run("batch", source, "--bands", "12,5").exit_code == 2  # above QĐ 51's 10
    assert run("batch", source, "--bands", "mười").exit_code == 2
