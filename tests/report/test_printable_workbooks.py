"""Workbooks that print: fitted widths, frozen header, A4 landscape one page wide, print titles,
the matrix sheet; evaluate writes one too. Golden dumps of every sheet in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import EXAMPLES, FIXTURES, GOLDEN, check_golden, run
from report_helpers import workbook_dump as dump

REPORT = FIXTURES / "report"
BATCH_INPUTS = [
    EXAMPLES / "xa-thach-hoa-2023.yaml",
    EXAMPLES / "xa-thanh-huong-2022.yaml",
    REPORT / "thu-b-2023.yaml",
    REPORT / "hostile.yaml",
]


def workbook(tmp_path: Path, *args: object) -> Path:
    target = tmp_path / "out.xlsx"
    result = run(*args, "-f", "xlsx", "-o", target)  # type: ignore[arg-type]
    assert result.exit_code == 1, result.stderr
    return target


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_batch_workbook_matches_golden(tmp_path: Path, lang: str, update_golden: bool) -> None:
    path = workbook(
        tmp_path, "batch", *BATCH_INPUTS, "--sets-dir", REPORT / "sets", "--by", "district",
        "--lang", lang, "-j", "1",
    )  # fmt: skip
    check_golden(GOLDEN / "batch" / f"examples.{lang}.xlsx.txt", dump(path), update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_evaluate_workbook_matches_golden(tmp_path: Path, lang: str, update_golden: bool) -> None:
    path = workbook(
        tmp_path, "evaluate", EXAMPLES / "xa-thach-hoa-2023.yaml",
        EXAMPLES / "xa-thanh-huong-2022.yaml", "--lang", lang,
    )  # fmt: skip
    expected = GOLDEN / "evaluate" / f"two-communes.{lang}.xlsx.txt"
    check_golden(expected, dump(path), update_golden)


def test_every_sheet_prints_on_a4_one_page_wide_with_its_header_repeated(tmp_path: Path) -> None:
    path = workbook(tmp_path, "batch", *BATCH_INPUTS, "--sets-dir", REPORT / "sets", "-j", "1")
    book = load_workbook(path)
    # One matrix per criteria set: a column is one criterion of one set.
    assert book.sheetnames == ["Tổng hợp", "Từng xã", "Ma trận 1", "Ma trận 2"]
    for sheet in book:
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.freeze_panes
    communes = book["Từng xã"]
    assert communes.page_setup.orientation == "landscape"
    # Widths fit the content: the commune column holds the longest name, never less.
    longest = max(len(str(c.value)) for c in communes["A"][1:])
    assert communes.column_dimensions["A"].width >= longest
    matrix = book["Ma trận 1"]
    assert [c.value for c in matrix[1]][:2] == ["STT", "Xã"]
    assert matrix["E2"].value in {"✓", "×", "?", "!", "–", "~"}


def test_matrix_sheet_neutralises_formulas(tmp_path: Path) -> None:
    path = workbook(tmp_path, "evaluate", REPORT / "hostile.yaml", "--sets-dir", REPORT / "sets")
    names = [c.value for c in load_workbook(path)["Ma trận"]["B"]]
    assert "'+cmd|' /C calc'!A0" in names
    assert all(not str(n).startswith(("=", "+", "-", "@")) for n in names if n)


def test_evaluate_workbook_needs_output_and_force(tmp_path: Path) -> None:
    example = EXAMPLES / "xa-thach-hoa-2023.yaml"
    result = run("evaluate", example, "-f", "xlsx")
    assert result.exit_code == 2 and "--output" in result.stderr
    target = tmp_path / "xa.xlsx"
    target.write_bytes(b"keep")
    again = run("evaluate", example, "-f", "xlsx", "-o", target)
    assert again.exit_code == 2 and target.read_bytes() == b"keep"
    assert run("evaluate", example, "-f", "xlsx", "-o", target, "--force").exit_code == 1
    assert load_workbook(target)["Chỉ tiêu"]["A2"].value == "Thạch Hóa"
