"""Workbook sheets that print: widths fitted to the content, frozen header, A4 landscape.

openpyxl's write-only sheets stream rows, so a sheet's rows are gathered first, measured,
and then written with `write_sheet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ntm_cli.report.cells import neutralise

MOST = 60  # widest column, in characters (longer text wraps on screen, not in print)
HEADER_MOST = 16  # a header wraps rather than widening a column of short values
A4 = 9  # the paper size code of A4 in the OOXML page setup


def _width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:g}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def fitted_widths(header: Sequence[object], rows: Sequence[Sequence[object]]) -> list[float]:
    """Column widths (in characters): the widest value, the header's longest word at least."""
    count = max([len(header), *(len(r) for r in rows)], default=0)
    widths: list[float] = []
    for column in range(count):
        data = max((_width(r[column]) for r in rows if column < len(r)), default=0)
        label = str(header[column]) if column < len(header) else ""
        word = max((len(w) for w in label.split()), default=0)
        heading = min(max(len(label), word), max(HEADER_MOST, word))
        widths.append(min(max(data, heading, 3) + 2, MOST))
    return widths


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA'."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def prepare(
    sheet: Any,
    widths: Sequence[float],
    *,
    freeze: str | None = "A2",
    landscape: bool = True,
    title_rows: str | None = "1:1",
) -> None:
    """Before any row is written: column widths, frozen panes, A4 one page wide, print titles."""
    from openpyxl.worksheet.properties import PageSetupProperties

    for index, width in enumerate(widths):
        sheet.column_dimensions[column_letter(index)].width = width
    sheet.freeze_panes = freeze
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.page_setup.paperSize = A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6


def write_sheet(
    workbook: Any,
    title: str,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    *,
    freeze: str = "A2",
    landscape: bool = True,
    widths: Sequence[float] | None = None,
    after: Sequence[Sequence[Any]] = (),
) -> Any:
    """A sheet: bold header repeated on each printed page, fitted widths, notes below.

    Printed A4 landscape (or portrait), one page wide; `after` rows (a legend) follow the
    table after a blank row.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(title)
    prepare(sheet, widths or fitted_widths(header, rows), freeze=freeze, landscape=landscape)
    sheet.print_options.gridLines = True
    heading = []
    for value in header:
        cell = WriteOnlyCell(sheet, value=neutralise(value))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        heading.append(cell)
    sheet.append(heading)
    for row in rows:
        sheet.append([neutralise(c) for c in row])
    if after:
        sheet.append([])
        for row in after:
            sheet.append([neutralise(c) for c in row])
    return sheet
