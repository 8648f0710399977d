"""Batch XLSX: a summary sheet, one row per commune with a column per criterion, errors."""

from __future__ import annotations

from typing import IO, Any

from ntm_cli.report.batch.common import (
    closest_header,
    closest_rows,
    commune_header,
    commune_row,
    criterion_ids,
    criterion_label,
    decimal_number,
    group_header,
    group_row,
)
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import message, say
from ntm_cli.scoring.rollup import BatchReport


def _bold(sheet: Any, cells: list[Any]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    out = []
    for value in cells:
        cell = WriteOnlyCell(sheet, value=neutralise(value))
        cell.font = Font(bold=True)
        out.append(cell)
    return out


def _summary(workbook: Any, report: BatchReport, lang: str) -> None:
    sheet = workbook.create_sheet(message("batch.sheet_summary", lang))
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].width = 40
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
            names = group_row(report, tally, lang)[: 2 if rollup.by == "district" else 1]
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
        sheet.append(_bold(sheet, closest_header(lang)))
        for row in closest_rows(report, lang):
            sheet.append([neutralise(cell) for cell in row])


def write(target: IO[bytes], report: BatchReport, lang: str) -> None:
    """Write the workbook (write-only mode: rows stream, memory stays flat)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    _summary(workbook, report, lang)
    sheet = workbook.create_sheet(message("batch.sheet_communes", lang))
    sheet.freeze_panes = "B2"
    ids = criterion_ids(report)
    sheet.append(_bold(sheet, commune_header(report, lang)))
    for commune in report.communes:
        sheet.append([neutralise(c) for c in commune_row(report, commune, ids, lang)])
    if report.errors:
        errors = workbook.create_sheet(message("batch.sheet_errors", lang))
        errors.freeze_panes = "A2"
        errors.append(
            _bold(
                errors,
                [
                    message("batch.file", lang),
                    message("batch.row", lang),
                    message("batch.column", lang),
                    message("batch.message", lang),
                ],
            )
        )
        for e in report.errors:
            errors.append(
                [
                    neutralise(e.file),
                    e.line,
                    e.column_letter or e.column,
                    neutralise(say(e.message, lang)),
                ]
            )
    workbook.save(target)
