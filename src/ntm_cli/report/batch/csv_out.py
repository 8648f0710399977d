"""Batch CSV: one row per commune (a column per criterion), then one row per input error."""

from __future__ import annotations

import csv
from io import StringIO

from ntm_cli.report.batch.common import (
    commune_band,
    commune_header,
    commune_row,
    criterion_ids,
    warnings_of,
)
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import error_line, message
from ntm_cli.scoring.rollup import BatchReport


def render(report: BatchReport, lang: str, sep: str = ",") -> str:
    """CSV text, columns separated by sep (the command adds a BOM to files for Excel)."""
    buffer = StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    ids = criterion_ids(report)
    banded = any(part.bands for part in report.rollup.sets)  # --bands: a column per commune
    header = [
        *commune_header(report, lang),
        *([message("figures.band", lang)] if banded else []),
        message("figures.warnings", lang),
        message("batch.errors", lang),
    ]
    writer.writerow(header)
    for commune in report.communes:
        warned = "; ".join(warnings_of(commune, lang)) or None
        band = [commune_band(report, commune, lang)] if banded else []
        row = [*commune_row(report, commune, ids, lang), *band, warned, None]
        writer.writerow(["" if cell is None else neutralise(cell) for cell in row])
    blanks = [""] * (len(header) - 2)
    for error in report.errors:
        row = [
            error.file,
            *blanks[:6],
            message("batch.error_row", lang),
            *blanks[6:],
            error_line(error, lang),
        ]
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()
