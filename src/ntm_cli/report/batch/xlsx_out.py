"""Batch XLSX: a summary sheet, one row per commune with a column per criterion, errors."""

from __future__ import annotations

from typing import IO, Any

from ntm_cli.report.annex import legend, matrix, matrix_cells, matrix_header
from ntm_cli.report.batch.common import (
    closest_header,
    closest_rows,
    commune_header,
    commune_row,
    criterion_ids,
    criterion_label,
    decimal_number,
    group_header,
    group_names,
)
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import message, say
from ntm_cli.report.sheet_print import column_letter, fitted_widths, prepare, write_sheet
from ntm_cli.scoring.rollup import BatchReport


class _Bold(list[Any]):
    """A row written in bold (a table's header inside the summary sheet)."""


class _Gathered:
    """The summary's rows, gathered first: the sheet's column widths are fitted to them."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def append(self, row: list[Any]) -> None:
        """Keep a row."""
        self.rows.append(row)

    def write(self, workbook: Any, title: str) -> None:
        """Write the rows to a new sheet (portrait, A4 one page wide, fitted widths)."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        sheet = workbook.create_sheet(title)
        # Headers wrap and a lone title runs on into the empty cells beside it: neither
        # widens a column.
        data = [r for r in self.rows if len(r) > 1 and not isinstance(r, _Bold)]
        headers = [r for r in self.rows if len(r) > 1 and isinstance(r, _Bold)]
        widths = [
            max(w, *(h[i] for h in (fitted_widths(r, []) for r in headers) if i < len(h)))
            for i, w in enumerate(fitted_widths([], data))
        ]
        prepare(sheet, widths, landscape=False)
        for row in self.rows:
            if isinstance(row, _Bold):
                cells = [WriteOnlyCell(sheet, value=neutralise(value)) for value in row]
                for cell in cells:
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                sheet.append(cells)
            else:
                sheet.append([neutralise(value) for value in row])


def _bold(sheet: _Gathered, cells: list[Any]) -> list[Any]:
    return _Bold(cells)


def _summary(workbook: Any, report: BatchReport, lang: str) -> None:
    sheet = _Gathered()
    rollup = report.rollup
    overall = rollup.overall
    sheet.append(_bold(sheet, [message("batch.figure", lang), message("batch.value", lang)]))
    sheet.append([message("batch.communes", lang), overall.communes])
    sheet.append([message("batch.met", lang), overall.met])
    sheet.append([message("batch.share", lang) + " (%)", decimal_number(overall.share_met)])
    sheet.append([message("batch.average", lang), decimal_number(overall.average_met)])
    sheet.append(
        [message("batch.under_floor", lang).format(floor=rollup.floor), overall.under_floor]
    )
    sheet.append([message("batch.errors", lang), len(report.errors)])
    if rollup.groups:
        sheet.append([])
        sheet.append(_bold(sheet, group_header(report, lang)))
        for tally in rollup.groups:
            names = group_names(report, tally, lang)
            sheet.append(
                [
                    *(neutralise(n) for n in names),
                    tally.communes,
                    tally.met,
                    decimal_number(tally.share_met),
                    decimal_number(tally.average_met),
                    tally.under_floor,
                ]
            )
    sheet.append([])
    sheet.append(
        _bold(sheet, [message("batch.criteria_met", lang), message("batch.communes", lang)])
    )
    for met, count in rollup.distribution:
        sheet.append([met, count])
    sheet.append([])
    sheet.append(
        _bold(sheet, [message("batch.most_missed", lang), message("batch.missed_by", lang)])
    )
    for cid, count in rollup.most_missed:
        sheet.append([neutralise(criterion_label(report, cid, lang)), count])
    if rollup.closest:
        sheet.append([])
        sheet.append(_bold(sheet, [message("batch.closest", lang)]))
        sheet.append(_bold(sheet, closest_header(report, lang)))
        for row in closest_rows(report, lang):
            sheet.append([neutralise(cell) for cell in row])
    sheet.write(workbook, message("batch.sheet_summary", lang))


def write(
    target: IO[bytes],
    report: BatchReport,
    lang: str,
    indicators: tuple[list[str], list[list[Any]]] | None = None,
) -> None:
    """Write the workbook; `indicators` (header, rows) adds evaluate's sheet of indicators."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    _summary(workbook, report, lang)
    ids = criterion_ids(report)
    rows = [commune_row(report, commune, ids, lang) for commune in report.communes]
    write_sheet(
        workbook, message("batch.sheet_communes", lang), commune_header(report, lang), rows,
        freeze="B2",
    )  # fmt: skip
    if indicators is not None:
        header, lines = indicators
        write_sheet(workbook, message("annex.sheet_indicators", lang), header, lines, freeze="C2")
    matrix_sheet(workbook, report, lang)
    if report.errors:
        header = [
            message("batch.file", lang),
            message("batch.row", lang),
            message("batch.column", lang),
            message("batch.message", lang),
        ]
        errors = [
            [e.file, e.line, e.column_letter or e.column, say(e.message, lang)]
            for e in report.errors
        ]
        write_sheet(workbook, message("batch.sheet_errors", lang), header, errors)
    workbook.save(target)


def matrix_sheet(workbook: Any, report: BatchReport, lang: str) -> None:
    """The commune × criteria matrix: a mark per criterion, the legend and criteria below."""
    grid = matrix(report.communes, criterion_ids(report))
    header = matrix_header(grid, lang)
    rows = [matrix_cells(grid, row, lang) for row in grid.rows]
    widths = fitted_widths(header, rows)
    first = len(header) - len(grid.ids) - 1
    for column in range(first, first + len(grid.ids)):
        widths[column] = 4.5  # narrow: the ids and marks; names are listed below
    notes: list[list[object]] = [[message("annex.legend", lang)]]
    notes += [["", f"{mark} {meaning}"] for mark, meaning in legend(grid.statuses(), lang)]
    if len({c.set_id for c in report.communes}) <= 1:
        notes.append([message("annex.criteria_key", lang)])
        notes += [["", criterion_label(report, cid, lang)] for cid in grid.ids]
    write_sheet(
        workbook, message("annex.sheet_matrix", lang), header, rows,
        freeze=f"{column_letter(first)}2", widths=widths, after=notes,
    )  # fmt: skip
