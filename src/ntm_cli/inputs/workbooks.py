"""Workbooks (XLSX, XLS, ODS): the first sheet's cells, read with python-calamine.

Cells come back at their real place (row 1 and column A are the sheet's own, whatever is
empty), so every message can name the cell. A number shown with a percent format is read
as the number shown: a cell typed `93,2%` is stored as 0.932 and read as 93.2, the way
ntm writes percentages. calamine gives values only, so the formats come from the
workbook's own format tables, looked at only when the workbook uses a percent format.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ntm_cli.model.errors import InputError, Location, said

MAX_WORKBOOK_BYTES = 100 * 1024 * 1024
MAX_PART_BYTES = 512 * 2**20  # unpacked size of any part; more is a zip bomb, not a commune list

Cell = str | int | float | bool | None
Row = tuple[Cell, ...]

# Number formats 9 ("0%") and 10 ("0.00%") are built into every XLSX reader.
_BUILTIN_PERCENT = {"9", "10"}
_XLSX_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def workbook_rows(path: Path) -> Iterator[Row]:
    """Every row of the first sheet from row 1, cells from column A; percent cells scaled."""
    rows, _ = workbook_sheet(path)
    yield from rows


def workbook_sheet(path: Path) -> tuple[list[Row], set[tuple[int, int]]]:
    """The first sheet's rows (percent cells scaled) and the (row, column) of percent cells."""
    shown = str(path)
    _check_size(path, shown)
    values = _calamine_rows(path, shown)
    percent = _percent_cells(path)
    cells = [list(map(_cell, values_in_row)) for values_in_row in values]
    for row, column in percent:  # most sheets have none
        if row <= len(cells) and column <= len(cells[row - 1]):
            value = cells[row - 1][column - 1]
            if value.__class__ in (int, float):  # not a bool
                # 0.932 -> 93.2, not 93.20000000000002
                cells[row - 1][column - 1] = round(float(value) * 100, 10)
    return [tuple(row) for row in cells], percent


def _check_size(path: Path, shown: str) -> None:
    try:
        status = path.stat()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(Location(shown), said("file.unreadable", reason=reason)) from None
    if not stat.S_ISREG(status.st_mode):  # a device or a pipe would be read without end
        raise InputError(Location(shown), said("workbook.not_regular"))
    size = status.st_size
    if size > MAX_WORKBOOK_BYTES:
        too_large = said("file.too_large", size=f"{size // 2**20} MB", limit="100 MB")
        raise InputError(Location(shown), too_large)
    if not zipfile.is_zipfile(path):
        return  # an .xls (or a damaged file: the reader says so)
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.file_size > MAX_PART_BYTES:
                raise InputError(
                    Location(shown),
                    said(
                        "workbook.part_too_large",
                        part=info.filename,
                        size=f"{info.file_size // 2**20} MB",
                        limit=f"{MAX_PART_BYTES // 2**20} MB",
                    ),
                )


def _calamine_rows(path: Path, shown: str) -> list[list[Any]]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    kind = path.suffix.lower()
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            if not workbook.sheet_names:
                raise InputError(Location(shown), said("workbook.no_sheet"))
            rows: list[list[Any]] = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
        finally:
            workbook.close()
    except PasswordError:
        raise InputError(Location(shown), said("workbook.password")) from None
    except (CalamineError, OSError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise InputError(
            Location(shown),
            said("workbook.unreadable", kind=kind, detail=detail),
        ) from None
    return rows


_PLAIN = (str, float, int, bool)  # the classes of calamine's values other than dates and times


def _cell(value: object) -> Cell:
    """A calamine value as ntm keeps it: empty is None; dates and times stay text."""
    # A class test, not isinstance with a union: this runs for every cell of the sheet.
    if value.__class__ in _PLAIN:
        return None if value == "" else value
    if value is None:
        return None
    return str(value)  # a date or time: reported as "not a number", never read as a serial


def _percent_cells(path: Path) -> set[tuple[int, int]]:
    """(row, column) of the first sheet's cells shown with a percent format, 1-based."""
    readers = {".xlsx": _xlsx_percent_cells, ".xlsm": _xlsx_percent_cells}
    readers[".ods"] = _ods_percent_cells
    reader = readers.get(path.suffix.lower(), _xls_percent_cells)
    try:
        return reader(path)
    except Exception as exc:  # any failure: a percent cell could be read 100 times too small
        # calamine read the values, but without the formats a percent cell would read as
        # 0.932 where the sheet shows 93,2%: refuse rather than guess.
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(
            Location(str(path)),
            said("workbook.no_formats", detail=detail),
        ) from None


def _xlsx_uses_percent(archive: zipfile.ZipFile) -> bool:
    """Whether any cell style of the workbook has a percent number format."""
    try:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return False
    percent = set(_BUILTIN_PERCENT)
    for number_format in styles.iter(f"{_XLSX_MAIN}numFmt"):
        if "%" in number_format.get("formatCode", "").replace('"%"', ""):
            percent.add(number_format.get("numFmtId", ""))
    cell_styles = styles.find(f"{_XLSX_MAIN}cellXfs")
    if cell_styles is None:
        return False
    return any(xf.get("numFmtId") in percent for xf in cell_styles)


def _xlsx_percent_cells(path: Path) -> set[tuple[int, int]]:
    with zipfile.ZipFile(path) as archive:
        if not _xlsx_uses_percent(archive):
            return set()  # the common case: no need to read the sheet a second time
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        found: set[tuple[int, int]] = set()
        for row in workbook.worksheets[0].iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if type(value) not in (int, float):
                    continue
                where = (getattr(cell, "row", None), getattr(cell, "column", None))
                shown_as = str(getattr(cell, "number_format", ""))
                if "%" in shown_as.replace('"%"', "") and None not in where:
                    found.add((int(where[0] or 0), int(where[1] or 0)))
        return found
    finally:
        workbook.close()


def _ods_percent_cells(path: Path) -> set[tuple[int, int]]:
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml")
    if b"percentage" not in content:
        return set()
    found: set[tuple[int, int]] = set()
    row = 0
    column = 0
    depth = 0  # nesting of tables: only the first sheet's own cells count
    for event, element in ElementTree.iterparse(io.BytesIO(content), ("start", "end")):
        tag = element.tag
        if tag == f"{_ODS_TABLE}table":
            if event == "start":
                depth += 1
                if depth == 1 and row:
                    break  # the second sheet
            else:
                depth -= 1
                if depth == 0:
                    break
            continue
        if depth != 1 or event != "end":
            continue
        if tag == f"{_ODS_TABLE}table-row":
            row += int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
            column = 0
            element.clear()
        elif tag in (f"{_ODS_TABLE}table-cell", f"{_ODS_TABLE}covered-table-cell"):
            repeat = int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
            if element.get(f"{_ODS_OFFICE}value-type") == "percentage":
                found.update((row + 1, column + i + 1) for i in range(min(repeat, 1024)))
            column += repeat
    return found


def _xls_percent_cells(path: Path) -> set[tuple[int, int]]:
    import xlrd  # type: ignore[import-untyped]  # no type stubs are published

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        percent_formats = {
            key
            for key, fmt in book.format_map.items()
            if "%" in (fmt.format_str or "").replace('"%"', "")
        }
        if not percent_formats:
            return set()
        percent_xf = {i for i, xf in enumerate(book.xf_list) if xf.format_key in percent_formats}
        sheet = book.sheet_by_index(0)
        found: set[tuple[int, int]] = set()
        for r in range(sheet.nrows):
            for c in range(sheet.row_len(r)):
                if sheet.cell_type(r, c) == xlrd.XL_CELL_NUMBER and sheet.cell_xf_index(r, c) in (
                    percent_xf
                ):
                    found.add((r + 1, c + 1))
        return found
    finally:
        book.release_resources()


def formula_columns(path: Path, columns: set[int], first_row: int) -> set[int]:
    """Which of these columns hold formulas from first_row on (XLSX and ODS; else none).

    A column an office computes (`=COUNTIF(...)`, `=IF(...;"Đạt";...)`) holds no commune
    data, whatever its header says.
    """
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_formula_columns(path, columns, first_row)
        if suffix == ".ods":
            return _ods_formula_columns(path, columns, first_row)
    except Exception:  # unreadable formulas: the header problem is reported as it is
        return set()
    return set()


def _xlsx_formula_columns(path: Path, columns: set[int], first_row: int) -> set[int]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        found: set[int] = set()
        rows = workbook.worksheets[0].iter_rows(min_row=first_row, values_only=True)
        for row in rows:
            for column in columns - found:
                value = row[column - 1] if column <= len(row) else None
                if isinstance(value, str) and value.startswith("="):
                    found.add(column)
            if found == columns:
                break
        return found
    finally:
        workbook.close()


def _ods_formula_columns(path: Path, columns: set[int], first_row: int) -> set[int]:
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml")
    found: set[int] = set()
    row = 0
    column = 0
    depth = 0
    for event, element in ElementTree.iterparse(io.BytesIO(content), ("start", "end")):
        tag = element.tag
        if tag == f"{_ODS_TABLE}table":
            depth += 1 if event == "start" else -1
            if event == "end" and depth == 0:
                break  # the first sheet only
            continue
        if depth != 1 or event != "end":
            continue
        if tag == f"{_ODS_TABLE}table-row":
            row += int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
            column = 0
            element.clear()
        elif tag in (f"{_ODS_TABLE}table-cell", f"{_ODS_TABLE}covered-table-cell"):
            repeat = int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
            if row + 1 >= first_row and element.get(f"{_ODS_TABLE}formula"):
                found.update(c for c in range(column + 1, column + repeat + 1) if c in columns)
            column += repeat
    return found
