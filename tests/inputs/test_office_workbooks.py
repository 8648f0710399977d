"""Office tables saved by LibreOffice (XLSX, XLS, ODS) read as the office laid them out."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES, GOLDEN, ROOT, TOY_SETS, check_golden, run

SHEETS = FIXTURES / "sheets"
# The same province table: a title, a note, STT, a two-row header with merged criterion
# groups, marks and a COUNTIF column (office.*), or capitals without diacritics on one row.
LAYOUTS = ["office.xlsx", "office.ods", "office.xls", "office-plain-names.xlsx"]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_scores_as_the_reviewed_table(
    name: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path = (SHEETS / name).relative_to(ROOT)
    result = run(
        "batch", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "-f", "csv", "--lang", lang
    )
    assert result.exit_code == 1, result.stderr  # two of the three communes fall short
    check_golden(GOLDEN / "sheets" / f"office.batch.{lang}.csv", result.stdout, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", ["office.xlsx", "office.ods", "office.xls"])
def test_validate_notes_the_skipped_columns_and_total_row(
    name: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path = (SHEETS / name).relative_to(ROOT)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "--lang", lang)
    assert result.exit_code == 0
    shown = result.stdout.replace(str(path), "tests/fixtures/sheets/office.xlsx")
    check_golden(GOLDEN / "sheets" / f"office.validate.{lang}.txt", shown, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_percent_typed_as_a_fraction_in_a_calc_workbook(
    lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path = (SHEETS / "office-fraction.xlsx").relative_to(ROOT)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "--lang", lang)
    assert result.exit_code == 2
    check_golden(
        GOLDEN / "sheets" / f"office-fraction.validate.{lang}.txt", result.stdout, update_golden
    )


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("localc") is None,
    reason="LibreOffice Calc not installed",
)
def test_an_office_table_saved_now_by_calc_reads_as_the_committed_ones(tmp_path: Path) -> None:
    # The committed fixtures were saved by one Calc; this one by the Calc installed here.
    import subprocess

    from openpyxl import load_workbook

    source = tmp_path / "source"
    source.mkdir()
    book = load_workbook(SHEETS / "office.xlsx")  # the table, with its merges, as Calc saved it
    book.save(source / "office.xlsx")
    env = {**os.environ, "HOME": str(tmp_path / "home")}  # a fresh LibreOffice profile
    for kind in ("xlsx", "ods", "xls"):
        out = tmp_path / kind
        command = ["soffice", "--headless", "--convert-to", kind, "--outdir", str(out)]
        subprocess.run(
            [*command, str(source / "office.xlsx")],
            check=True,
            capture_output=True,
            env=env,
            timeout=180,
        )
        result = run(
            "batch", "--sets-dir", TOY_SETS, "--set", "toy-xa", out / f"office.{kind}",
            "-f", "csv", "--lang", "vi",
        )  # fmt: skip
        expected = (GOLDEN / "sheets" / "office.batch.vi.csv").read_text(encoding="utf-8")
        assert result.stdout == expected, kind


@pytest.mark.parametrize("name", ["office-formula.xlsx", "office-formula.ods"])
def test_a_column_computed_by_formula_is_skipped_whatever_its_header(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path = (SHEETS / name).relative_to(ROOT)
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", path)
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[0] == (
        f"{path}:1:A: ghi chú: bỏ qua các cột không chứa số liệu của xã (số thứ tự, tổng,"
        " công thức): A (STT), G (Kết quả chung)"
    )


def test_the_same_header_over_typed_values_is_still_an_unknown_column(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên xã", "Vùng", "Năm", "Kết quả chung"])
    sheet.append(["Xã Thử Một", "btb", 2023, "Đạt"])
    book.save(tmp_path / "typed.xlsx")
    result = run("validate", "--sets-dir", TOY_SETS, "--set", "toy-xa", tmp_path / "typed.xlsx")
    assert result.exit_code == 2
    assert f"{tmp_path / 'typed.xlsx'}:1:D: không rõ cột 'Kết quả chung'" in result.stdout


@pytest.mark.parametrize("command", ["batch", "evaluate"])
def test_batch_and_evaluate_print_the_notes_on_standard_error(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    path = (SHEETS / "office.xlsx").relative_to(ROOT)
    result = run(command, "--sets-dir", TOY_SETS, "--set", "toy-xa", path, "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        f"{path}:3:A: note: columns that hold no commune data (row numbers, totals, formulas)"
        " are skipped: A (STT), L (Tổng số TC đạt)",
        f"{path}:8:B: note: the total row 'Tổng cộng' is skipped",
    ]
