"""`ntm batch` as coordination offices run it: folders, figures, formats, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import EXAMPLES, TOY_SETS, run

MET_COUNTS = [19, 19, 18, 17, 16, 16, 15, 15, 14, 12]  # hand-checked: sums to 161


def declared(folder: Path, name: str, met: int, *, district: str = "Tuyên Hóa") -> Path:
    """A QĐ 318 commune file giving criterion statuses only (criteria 1..met are met)."""
    lines = [
        f"commune: {name}",
        f"district: {district}",
        "province: Quảng Bình",
        "region: btb",
        "year: 2023",
        "criteria:",
        *(f'  "{i}": {"đạt" if i <= met else "chưa đạt"}' for i in range(1, 20)),
    ]
    path = folder / f"{name.replace(' ', '-')}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def district(tmp_path: Path) -> Path:
    folder = tmp_path / "tuyen-hoa"
    folder.mkdir()
    for index, met in enumerate(MET_COUNTS):
        declared(folder, f"Xã {index}", met)
    return folder


def batch_json(*args: str | Path) -> tuple[int, dict[str, object]]:
    result = run("batch", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_hand_checked_district_reports_16_1_in_vietnamese_and_json(district: Path) -> None:
    table = run("batch", district, "--by", "district")
    assert table.exit_code == 1  # eight communes do not meet the standard
    assert "Bình quân số tiêu chí đạt/xã │ 16,1" in table.stdout
    assert "Số xã dưới 15 tiêu chí       │ 2" in table.stdout
    code, data = batch_json(district, "--by", "district")
    assert code == 1
    summary = data["summary"]
    assert isinstance(summary, dict)
    assert (summary["communes"], summary["met"], summary["average_met"]) == (10, 2, 16.1)
    assert data["groups"] == [
        {
            "district": "Tuyên Hóa",
            "province": "Quảng Bình",
            "criteria_set": "qd318-xa-ntm",
            "year": 2023,
            "communes": 10,
            "met": 2,
            "average_met": 16.1,
            "share_met": 20.0,
            "floor": 15,  # QĐ 318's own floor (the 2021–2025 programme target)
            "under_floor": 2,
        }
    ]
    communes = data["communes"]
    assert isinstance(communes, list) and len(communes) == 10
    assert {c["met"] for c in communes} == set(MET_COUNTS)
    assert set(communes[0]) >= {"commune", "met", "total", "status", "criteria", "unmet"}
    assert data["errors"] == []


def test_english_labels_use_a_decimal_point(district: Path) -> None:
    result = run("batch", district, "--lang", "en")
    assert "Average criteria met per commune │ 16.1" in result.stdout
    assert "Communes under 15 criteria" in result.stdout


def test_floor_option_changes_the_count(district: Path) -> None:
    _, data = batch_json(district, "--floor", "13")
    assert data["summary"]["under_floor"] == 1  # type: ignore[index]


def test_a_broken_file_is_an_error_entry_and_the_others_are_still_scored(district: Path) -> None:
    broken = district / "Xã hỏng.yaml"
    broken.write_text('commune: Hỏng\nyear: 2023\ncriteria: {"1": đạt\n', encoding="utf-8")
    bad_value = district / "Xã sai.yaml"
    bad_value.write_text(
        'commune: Sai\nyear: 2023\nregion: btb\ncriteria:\n  "1": có lẽ\n', "utf-8"
    )
    result = run("batch", district, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["summary"]["communes"] == 10
    errors = {Path(e["file"]).name: e for e in data["errors"]}
    assert set(errors) == {"Xã hỏng.yaml", "Xã sai.yaml"}
    assert errors["Xã sai.yaml"]["line"] == 5
    assert "trạng thái tiêu chí" in errors["Xã sai.yaml"]["message"]
    assert errors["Xã hỏng.yaml"]["line"] >= 3
    assert f"{bad_value}:5:" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    table = run("batch", district)
    assert "Lỗi dữ liệu" in table.stdout and "Xã sai.yaml:5:" in table.stdout
    page = run("batch", district, "--format", "html").stdout  # the printed annex says it too
    assert "2 lỗi trong hồ sơ xã: các xã đó không được tính" in page
    assert "<h2>Lỗi dữ liệu</h2>" in page and "Xã sai.yaml:5:" in page


def test_exit_code_is_0_when_every_commune_meets_its_set(tmp_path: Path) -> None:
    declared(tmp_path, "Xã A", 19)
    declared(tmp_path, "Xã B", 19)
    assert run("batch", tmp_path).exit_code == 0
    declared(tmp_path, "Xã C", 18)
    assert run("batch", tmp_path).exit_code == 1


@pytest.mark.english
def test_missing_path_is_an_error_but_other_paths_still_run(district: Path) -> None:
    code, data = batch_json(district, district / "nope.yaml")
    assert code == 2
    assert data["summary"]["communes"] == 10  # type: ignore[index]
    assert data["errors"][0]["message"] == "no such file or folder"  # type: ignore[index]


def test_globs_and_multi_commune_files(tmp_path: Path) -> None:
    many = tmp_path / "many.yaml"
    many.write_text(
        "province: Quảng Bình\nyear: 2023\nregion: btb\ncommunes:\n"
        '  - {commune: A, criteria: {"1": đạt}}\n  - {commune: B, criteria: {"1": chưa đạt}}\n',
        encoding="utf-8",
    )
    declared(tmp_path, "Xã C", 19)
    (tmp_path / "notes.txt").write_text("not a commune", encoding="utf-8")
    _, data = batch_json(str(tmp_path / "*.yaml"))
    names = [c["commune"] for c in data["communes"]]  # type: ignore[union-attr]
    assert names == ["Xã C", "A", "B"]  # sorted paths: 'Xã-C.yaml' < 'many.yaml'
    assert data["errors"] == []


def test_set_option_applies_to_every_commune() -> None:
    code, data = batch_json(
        EXAMPLES / "xa-thach-hoa-2023.yaml", "--set", "qd1980-xa-ntm", "--jobs", "1"
    )
    assert code == 1
    assert {c["criteria_set"] for c in data["communes"]} == {"qd1980-xa-ntm"}  # type: ignore[union-attr]


@pytest.mark.english
def test_unknown_set_is_a_usage_error(district: Path) -> None:
    result = run("batch", district, "--set", "no-such-set")
    assert result.exit_code == 2
    assert "unknown criteria set 'no-such-set'" in result.stderr


def test_output_is_written_atomically_and_never_overwritten_without_force(
    district: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report", encoding="utf-8")
    refused = run("batch", district, "-f", "json", "-o", target)
    assert refused.exit_code == 2
    assert "tệp đã có; thêm --force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "previous report"
    forced = run("batch", district, "-f", "json", "-o", target, "--force")
    assert forced.exit_code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["communes"] == 10
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json")]


def test_xlsx_needs_an_output_file(district: Path) -> None:
    result = run("batch", district, "-f", "xlsx")
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_xlsx_has_summary_and_one_column_per_criterion(district: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    assert run("batch", district, "-f", "xlsx", "-o", target, "--by", "district").exit_code == 1
    workbook = load_workbook(target)
    summary, communes = workbook["Tổng hợp"], workbook["Từng xã"]
    figures = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row and row[0]}
    assert figures["Bình quân số tiêu chí đạt/xã"] == pytest.approx(16.1)
    assert figures["Số xã đạt chuẩn"] == 2
    header = [c.value for c in communes[1]]
    assert header[:3] == ["Xã", "Huyện", "Tỉnh"]
    assert "1. Quy hoạch" in header and len([h for h in header if h and h[0].isdigit()]) == 19
    assert communes.freeze_panes == "B2"
    statuses = {c.value for row in communes.iter_rows(min_row=2, min_col=9) for c in row}
    assert statuses == {"Đạt", "Chưa đạt"}


def test_csv_and_markdown_outputs(district: Path, tmp_path: Path) -> None:
    result = run("batch", district, "-f", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))  # standard output: ',' for scripts
    assert run("batch", district, "-f", "csv", "--sep", ";").stdout.startswith("Xã;Huyện;")
    target = tmp_path / "tong-hop.csv"
    assert run("batch", district, "-f", "csv", "-o", target).exit_code == 1
    assert target.read_text(encoding="utf-8-sig").startswith("Xã;Huyện;")  # Excel, Vietnamese
    assert rows[0][:8] == [
        "Xã", "Huyện", "Tỉnh", "Năm", "Bộ tiêu chí", "Số tiêu chí đạt",
        "Số tiêu chí áp dụng", "Kết quả",
    ]  # fmt: skip
    assert len(rows) == 11
    markdown = run("batch", district, "-f", "markdown").stdout
    assert "| Bình quân số tiêu chí đạt/xã | 16,1 |" in re.sub(" +", " ", markdown)
    assert markdown.startswith("# Tổng hợp kết quả đánh giá")


def test_commune_names_cannot_run_formulas_in_csv_or_xlsx(tmp_path: Path) -> None:
    declared(tmp_path, "=HYPERLINK(1)", 19)
    rows = list(csv.reader(io.StringIO(run("batch", tmp_path, "-f", "csv").stdout)))
    assert rows[1][0] == "'=HYPERLINK(1)"
    target = tmp_path / "out.xlsx"
    run("batch", tmp_path / "=HYPERLINK(1).yaml", "-f", "xlsx", "-o", target)
    sheet = load_workbook(target)["Từng xã"]
    assert sheet["A2"].value == "'=HYPERLINK(1)"
    assert sheet["A2"].data_type == "s"


def test_parallel_run_gives_the_same_result_as_one_process(district: Path) -> None:
    for index in range(50):  # enough files that the batch really starts workers
        declared(district, f"Xã thêm {index}", 19 - index % 5, district="Minh Hóa")
    one = run("batch", district, "-f", "json", "--jobs", "1", "--by", "district")
    two = run("batch", district, "-f", "json", "--jobs", "2", "--by", "district")
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_toy_set_commune_via_sets_dir() -> None:
    code, data = batch_json(TOY_SETS.parent / "communes", "--sets-dir", TOY_SETS)
    assert code == 1
    assert data["communes"][0]["commune"] == "Thử A"  # type: ignore[index]


def test_no_progress_bar_when_stderr_is_not_a_terminal(district: Path) -> None:
    for index in range(60):
        declared(district, f"Xã thêm {index}", 19)
    result = run("batch", district, "-f", "json")
    assert result.stderr == ""


def test_a_report_written_among_the_inputs_is_not_read_back(district: Path) -> None:
    report = district / "bao-cao.csv"
    assert run("batch", district, "-f", "csv", "-o", report).exit_code == 1
    again = run("batch", district, "-f", "csv", "-o", report, "--force")
    assert again.exit_code == 1, again.stderr


def test_folders_skip_hidden_entries_and_excel_lock_files(tmp_path: Path) -> None:
    declared(tmp_path, "Xã A", 19)
    (tmp_path / ".git").mkdir()
    declared(tmp_path / ".git", "Xã ẩn", 3)
    (tmp_path / "~$bang.xlsx").write_bytes(b"lock")
    nested = tmp_path / "huyen" / "xa"
    nested.mkdir(parents=True)
    declared(nested, "Xã B", 19)
    code, data = batch_json(tmp_path)
    assert code == 0
    assert [c["commune"] for c in data["communes"]] == ["Xã A", "Xã B"]  # type: ignore[union-attr]


def test_each_file_is_listed_once_however_it_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The current folder, "./sub", "sub/", a glob and the file itself all name the same
    # files: each is scored once, and errors show a plain relative path.
    sub = tmp_path / "sub"
    (sub / "deeper").mkdir(parents=True)
    declared(sub, "Xã A", 19)
    (sub / "deeper" / "bad.yaml").write_text("commune: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for arguments in (
        [".", "sub/", "./sub", "sub/Xã-A.yaml", "./sub//Xã-A.yaml", "sub/**/*.yaml"],
        ["sub", "."],
    ):
        code, data = batch_json(*arguments)
        assert code == 2
        assert [c["commune"] for c in data["communes"]] == ["Xã A"]  # type: ignore[index]
        errors = data["errors"]
        assert isinstance(errors, list)
        assert [e["file"] for e in errors] == [os.path.join("sub", "deeper", "bad.yaml")]
