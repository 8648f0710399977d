"""Commune spreadsheets: CSV and XLSX rows read as users mean them, errors at row + column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from ntm_cli.inputs.files import load_commune_file
from ntm_cli.inputs.sheets import (
    column_letter,
    header_key,
    load_sheet,
    load_sheet_file,
    parse_header,
    row_record,
)
from ntm_cli.model.errors import InputErrors, Location
from ntm_cli.model.values import parse_number_text
from ntm_cli.report.commune_sheet import number_text, write_csv, write_xlsx

from helpers import FIXTURES, TOY_SETS, english, run

HEADER = (
    "commune (Xã);district;region;year;criteria_set;1.1;2.1 Lao động qua đào tạo;2.2;3.1;"
    "4.1;4.2;4.3;tc5"
)

pytestmark = pytest.mark.english


def write(path: Path, *lines: str, bom: bool = False) -> Path:
    path.write_bytes(("\ufeff" if bom else "").encode() + "\n".join(lines).encode() + b"\n")
    return path


def test_location_prints_the_column_letter_for_cells() -> None:
    assert str(Location("a.xlsx", 12, 4, "D")) == "a.xlsx:12:D"
    assert str(Location("a.yaml", 3, 7)) == "a.yaml:3:7"  # YAML locations unchanged
    assert [column_letter(i) for i in (1, 4, 26, 27, 52, 703)] == ["A", "D", "Z", "AA", "AZ", "AAA"]


def test_header_key_is_the_first_token() -> None:
    assert header_key("14.2 Tỷ lệ học sinh tốt nghiệp THCS") == "14.2"
    assert header_key("  commune (Xã) ") == "commune"
    assert header_key(None) == ""


def test_semicolon_csv_with_bom_and_vietnamese_numbers(tmp_path: Path) -> None:
    sheet = write(
        tmp_path / "xa.csv",
        HEADER,
        'Thử A;Huyện Thử;Bắc Trung Bộ;2023;toy-xa;đạt;"42,5";18,5%;50;Đạt;ĐẠT;chua dat;đạt',
        ";;;;;;;;;;;;",  # an empty row is skipped
        "Thử B;Huyện Thử;btb;2023;toy-xa;chưa đạt; 38 ;1.234.567;na;đạt;đạt;đạt;",
        bom=True,
    )
    loaded, errors = load_sheet(sheet)
    assert errors == []
    first, second = (c.commune for c in loaded)
    assert first.indicators["2.1"] == 42.5
    assert first.indicators["2.2"] == 18.5
    assert first.indicators["4.3"] is False
    assert first.criteria == {"5": True}
    assert first.region == "btb"
    assert second.indicators["2.1"] == 38
    assert second.indicators["2.2"] == 1234567
    assert second.indicators["3.1"] == "na"
    assert loaded[1].origin.locate(("indicators", "2.2")) == Location(str(sheet), 4, 8, "H")


def test_ambiguous_number_is_a_located_error_and_other_rows_still_load(tmp_path: Path) -> None:
    sheet = write(
        tmp_path / "xa.csv",
        "commune,year,region,criteria_set,2.1,3.1",
        "Thử A,2023,btb,toy-xa,2.760,50",
        'Thử B,2023,btb,toy-xa,"87,5",50',
    )
    loaded, errors = load_sheet(sheet)
    assert [c.commune.commune for c in loaded] == ["Thử B"]
    (error,) = errors
    assert english(error).startswith(f"{sheet}:2:E: '2.760' is ambiguous")
    assert "2760" in english(error)


def test_batch_reports_cell_errors_with_row_and_column_letter(tmp_path: Path) -> None:
    sheet = write(
        tmp_path / "xa.csv",
        "commune,year,region,criteria_set,2.1,2.2,9.9",
        "Thử A,2023,btb,toy-xa,120,5,",
        "Thử B,2023,btb,toy-xa,45,5,1",
        "Thử C,2023,btb,toy-xa,45,5,",
    )
    result = run("batch", sheet, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [c["commune"] for c in data["communes"]] == ["Thử C"]
    located = {(e["line"], e["column"]) for e in data["errors"]}
    assert located == {(2, "E"), (3, "G")}  # 120% in E2; unknown indicator 9.9 in G3
    assert f"{sheet}:2:E:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("header", "where", "message"),
    [
        ("commune,year,dien_tich", "1:C", "unknown column 'dien_tich'"),
        ("commune,year,ten_xa", "1:C", "column 'ten_xa' repeats column A"),
        ("commune,year,2.1,2.1 again", "1:D", "column '2.1 again' repeats column C"),
        ("commune,district", "1:A", "missing required column 'year'"),
        ("commune,,year", "1:B", "header cell is empty (or part of a merged cell)"),
        ("commune,year,2.1.achieved", "1:C", "a count needs both 2.1.achieved and 2.1.total"),
    ],
)
def test_header_problems_are_located_on_row_1(
    tmp_path: Path, header: str, where: str, message: str
) -> None:
    sheet = write(tmp_path / "xa.csv", header, "Thử A,2023,1")
    result = run("batch", sheet, "--sets-dir", TOY_SETS, "--lang", "en")
    assert result.exit_code == 2
    assert f"{sheet}:{where}: {message}" in result.stderr


def test_counts_as_two_columns_and_half_filled_counts(tmp_path: Path) -> None:
    sheet = write(
        tmp_path / "xa.csv",
        "commune,year,2.1.achieved,2.1.total,2.1",
        "A,2023,380,1000,",
        "B,2023,380,,",
        "C,2023,,,40",
        "D,2023,1,2,40",
    )
    loaded, errors = load_sheet(sheet)
    counts = {c.commune.commune: c.commune.indicators["2.1"] for c in loaded}
    assert counts["A"].achieved == 380 and counts["A"].total == 1000  # type: ignore[union-attr]
    assert counts["C"] == 40
    messages = sorted(english(e) for e in errors)
    assert messages == [
        f"{sheet}:3:D: 2.1.achieved is filled in but 2.1.total is empty",
        f"{sheet}:5:E: indicator 2.1 is given both as a value and as a count"
        " (2.1.achieved / 2.1.total); keep one",
    ]


def test_xlsx_numeric_bool_and_text_cells(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "commune (Xã)",
            "year (Năm)",
            "region",
            "criteria_set",
            "2.1 Lao động",
            "2.2",
            "4.1",
            "group",
        ]
    )
    sheet.append(["Thử A", 2023, "btb", "toy-xa", 42.5, "18,5", True, None])
    sheet.append(["Thử B", 2023, "btb", "toy-xa", "2.760", 5, "đạt", 2.5])
    path = tmp_path / "xa.xlsx"
    workbook.save(path)
    loaded, errors = load_sheet(path)
    (commune,) = (c.commune for c in loaded)
    assert (commune.indicators["2.1"], commune.indicators["2.2"], commune.indicators["4.1"]) == (
        42.5,
        18.5,
        True,
    )
    assert sorted(english(e).split(": ")[0] for e in errors) == [f"{path}:3:E", f"{path}:3:H"]


def test_not_a_workbook_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputErrors) as caught:
        load_sheet_file(path)
    assert english(caught.value).startswith(f"{path}:1:1: not a readable .xlsx workbook")


def test_numbers_are_written_so_they_read_back_exactly() -> None:
    for value in (2.76, 87.125, 1234.5, 0.001, 40.0, 1e-7):
        assert parse_number_text(number_text(value)) == pytest.approx(value, abs=0)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_round_trip_yaml_to_sheet_written_by_ntm_and_back(tmp_path: Path, suffix: str) -> None:
    yaml_file = tmp_path / "communes.yaml"
    yaml_file.write_text(
        "province: Tỉnh Thử\nyear: 2023\ncriteria_set: toy-xa\ncommunes:\n"
        "  - {commune: '=Thử A', district: H1, region: btb, indicators: {'1.1': đạt,"
        " '2.1': {achieved: 380, total: 1000}, '2.2': 18.125, '3.1': 48, '4.1': đạt,"
        " '4.2': chưa đạt, '4.3': na}, criteria: {'5': đạt}}\n"
        "  - {commune: Thử B, district: H2, region: tdmnpb, extremely_disadvantaged: true,"
        " indicators: {'2.1': 30.5, '2.2': 2.76}}\n",
        encoding="utf-8",
    )
    communes = [c.commune for c in load_commune_file(yaml_file)]
    sheet = tmp_path / f"communes.{suffix}"
    if suffix == "csv":
        with open(sheet, "w", encoding="utf-8", newline="") as handle:
            write_csv(communes, handle)
    else:
        with open(sheet, "wb") as binary:
            write_xlsx(communes, binary)
    assert [c.commune for c in load_sheet_file(sheet)] == communes
    from_yaml = run("batch", yaml_file, "--sets-dir", TOY_SETS, "-f", "json")
    from_sheet = run("batch", sheet, "--sets-dir", TOY_SETS, "-f", "json")
    assert from_sheet.exit_code == from_yaml.exit_code == 1
    assert json.loads(from_sheet.stdout)["communes"] == json.loads(from_yaml.stdout)["communes"]


SHEETS = FIXTURES / "sheets"  # made by make-libreoffice-fixtures.sh from communes.yaml


@pytest.mark.parametrize("name", ["libreoffice-resaved.xlsx", "libreoffice-from-csv.xlsx"])
def test_sheets_saved_by_libreoffice_read_as_the_communes_ntm_wrote(name: str) -> None:
    # An office opens the sheet ntm wrote (or its CSV) in a spreadsheet program and saves it.
    communes = [c.commune for c in load_commune_file(SHEETS / "communes.yaml")]
    assert [c.commune for c in load_sheet_file(SHEETS / name)] == communes
    from_yaml = run("batch", SHEETS / "communes.yaml", "--sets-dir", TOY_SETS, "-f", "json")
    from_sheet = run("batch", SHEETS / name, "--sets-dir", TOY_SETS, "-f", "json")
    assert from_sheet.exit_code == from_yaml.exit_code == 1
    assert json.loads(from_sheet.stdout)["communes"] == json.loads(from_yaml.stdout)["communes"]


def test_xlsx_merged_header_cells_are_reported(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["commune", "year", "Giáo dục", None, "3.1"])
    sheet.merge_cells("C1:D1")
    sheet.append(["Thử A", 2023, 40, 5, 50])
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    result = run("batch", path, "--sets-dir", TOY_SETS)
    assert result.exit_code == 2
    assert f"{path}:1:C: unknown column 'Giáo dục'" in result.stderr
    assert f"{path}:1:D: header cell is empty (or part of a merged cell)" in result.stderr


def test_an_empty_required_cell_is_located(tmp_path: Path) -> None:
    sheet = write(tmp_path / "xa.csv", "commune,district,year", "Thử A,H,", ",H,2023")
    loaded, errors = load_sheet(sheet)
    assert loaded == []
    assert sorted(english(e) for e in errors) == [
        f"{sheet}:2:C: year is empty",
        f"{sheet}:3:A: commune is empty",
    ]


def test_a_number_too_large_for_a_float_is_a_located_cell_error() -> None:
    # A workbook cell holding a 401-digit integer (openpyxl reads it as an int).
    header = parse_header("xa.xlsx", ["commune", "year", "region", "criteria_set", "2.1"])
    with pytest.raises(InputErrors) as caught:
        row_record(header, 2, ["Thử A", 2023, "btb", "toy-xa", 10**400])
    assert english(caught.value) == (
        "xa.xlsx:2:E: 100000000000... (401 digits) is too large to be a value; check the number"
    )
