"""Batch XLSX: a summary sheet, one row per commune with a column per criterion, errors."""

from __future__ import annotations

from typing import IO, Any

from ntm_cli.inputs.read import REPORT_KEYWORD
from ntm_cli.report.annex import legend, matrix, matrix_cells, matrix_header
from ntm_cli.report.batch.common import (
    band_header,
    band_rows,
    closest_header,
    closest_rows,
    commune_header,
    commune_row,
    criterion_ids,
    criterion_label,
    decimal_number,
    distribution_header,
    floor_label,
    group_header,
    group_names,
    missed_header,
    missed_rows,
    set_header,
    set_name,
    several,
    warning_header,
    warning_rows,
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
    if not overall.mixed:  # across sets or years these would mix x/19 with y/10
        sheet.append([message("batch.share", lang) + " (%)", decimal_number(overall.share_met)])
        sheet.append([message("batch.average", lang), decimal_number(overall.average_met)])
        label = floor_label(report, lang)
        if label is not None:
            sheet.append([label, overall.under_floor])
    sheet.append([message("batch.errors", lang), len(report.errors)])
    if several(report):
        sheet.append([])
        sheet.append(_bold(sheet, [message("figures.sets", lang)]))
        sheet.append(_bold(sheet, set_header(lang)))
        for part in rollup.sets:
            tally = part.tally
            sheet.append(
                [
                    tally.year,
                    neutralise(f"{report.decisions.get(part.key[0], part.key[0])} ({part.key[0]})"),
                    tally.criteria,
                    tally.communes,
                    tally.met,
                    decimal_number(tally.share_met),
                    decimal_number(tally.average_met),
                    tally.floor,
                    tally.under_floor,
                ]
            )
    if rollup.groups:
        sheet.append([])
        sheet.append(_bold(sheet, group_header(report, lang)))
        has_floor = floor_label(report, lang) is not None
        for tally in rollup.groups:
            names: list[Any] = [neutralise(n) for n in group_names(report, tally, lang)]
            if several(report):
                names += [tally.year, neutralise(report.decisions.get(tally.set_id or "", ""))]
            sheet.append(
                [
                    *names,
                    tally.communes,
                    tally.met,
                    decimal_number(tally.share_met),
                    decimal_number(tally.average_met),
                    *([tally.under_floor] if has_floor else []),
                ]
            )
    sheet.append([])
    sheet.append(_bold(sheet, distribution_header(report, lang)))
    for part in rollup.sets:
        name = set_name(report, *part.key, lang)
        for met, count in part.distribution:
            sheet.append([neutralise(name), met, count] if several(report) else [met, count])
    if any(part.bands for part in rollup.sets):
        sheet.append([])
        sheet.append(_bold(sheet, [message("figures.bands", lang)]))
        sheet.append(_bold(sheet, band_header(report, lang)))
        for row in band_rows(report, lang):
            sheet.append([neutralise(cell) for cell in row[:-1]] + [int(row[-1])])
    sheet.append([])
    sheet.append(_bold(sheet, [message("batch.most_missed", lang)]))
    sheet.append(_bold(sheet, missed_header(report, lang)))
    for row in missed_rows(report, lang):
        sheet.append([neutralise(cell) for cell in row[:-1]] + [int(row[-1])])
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
    workbook.properties.keywords = REPORT_KEYWORD  # so a later batch skips it as input
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
    warnings = warning_rows(report, lang)
    if warnings:  # sheet "Cảnh báo": what the office must query the communes about
        write_sheet(
            workbook, message("figures.warnings", lang), warning_header(report, lang), warnings
        )
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
    """The commune × criteria matrix, one sheet per criteria set: a column is one criterion."""
    by_set: dict[str, list[Any]] = {}
    for commune in report.communes:
        by_set.setdefault(commune.set_id, []).append(commune)
    base = message("annex.sheet_matrix", lang)
    for number, (set_id, members) in enumerate(by_set.items(), 1):
        ids = list(dict.fromkeys(cid for c in members for cid, _ in c.statuses))
        grid = matrix(members, ids)
        header = matrix_header(grid, lang)
        rows = [matrix_cells(grid, row, lang) for row in grid.rows]
        widths = fitted_widths(header, rows)
        first = len(header) - len(grid.ids) - 1
        for column in range(first, first + len(grid.ids)):
            widths[column] = 4.5  # narrow: the ids and marks; names are listed below
        notes: list[list[object]] = []
        if len(by_set) > 1:
            decision = report.decisions.get(set_id, set_id)
            notes.append([message("batch.set", lang), f"{decision} ({set_id})"])
        notes.append([message("annex.legend", lang)])
        notes += [["", f"{mark} {meaning}"] for mark, meaning in legend(grid.statuses(), lang)]
        notes.append([message("annex.criteria_key", lang)])
        notes += [["", criterion_label(report, (set_id, cid), lang)] for cid in grid.ids]
        title = base if len(by_set) == 1 else f"{base[:26]} {number}"
        write_sheet(
            workbook, title, header, rows,
            freeze=f"{column_letter(first)}2", widths=widths, after=notes,
        )  # fmt: skip
