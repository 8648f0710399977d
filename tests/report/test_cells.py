"""Formula neutralisation for CSV and XLSX output."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_cli.report.cells import neutralise

from helpers import TOY_SETS, run


@pytest.mark.parametrize("text", ["=1+1", "+84 123", "-x", "@SUM(A1)", '=HYPERLINK("x")'])
def test_text_starting_a_formula_gets_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Thạch Hóa", "", "a=b", 16.1, -5, None, True])
def test_other_cells_are_unchanged(value: object) -> None:
    assert neutralise(value) == value


def test_control_characters_become_spaces_so_a_workbook_can_hold_the_name() -> None:
    # A vertical tab pasted from Word: openpyxl refuses it and the XLSX report failed.
    assert neutralise("Xã Thử\vA\x00") == "Xã Thử A "
    assert neutralise("=\x0bcmd") == "'= cmd"
    assert neutralise("Dòng 1\nDòng 2\tB") == "Dòng 1\nDòng 2\tB"


def test_a_name_with_a_vertical_tab_reaches_the_xlsx_report(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    commune = tmp_path / "xa.yaml"
    commune.write_text(
        'commune: "Xã Thử\\vA"\nyear: 2023\nregion: btb\ncriteria_set: toy-xa\n'
        'indicators:\n  "2.1": 50\n',
        encoding="utf-8",
    )
    report = tmp_path / "bao-cao.xlsx"
    result = run("batch", commune, "--sets-dir", TOY_SETS, "-f", "xlsx", "-o", report)
    assert result.exit_code == 1, result.stderr
    book = load_workbook(report, read_only=True)
    names = [row[0] for row in book.worksheets[1].iter_rows(values_only=True)]
    assert "Xã Thử A" in names
