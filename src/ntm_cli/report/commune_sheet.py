"""Commune data written as a spreadsheet in the input layout that `ntm batch` reads back."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import IO, Any

from ntm_cli.inputs.sheets import BASE_COLUMNS, BASE_LABELS, REQUIRED_COLUMNS, Cell
from ntm_cli.model.sets import NA, Commune, Count
from ntm_cli.report.cells import neutralise


def number_text(value: float) -> str:
    """A number as text that parse_number_text reads back exactly (never '2.760')."""
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text:
        text = f"{value:.20f}".rstrip("0")
    whole, _, fraction = text.partition(".")
    if len(fraction) == 3:
        return f"{whole}.{fraction}0"  # four decimals: no longer mistakable for thousands
    return text


def _base_cell(value: Any) -> Cell:
    if isinstance(value, bool):
        return "có" if value else None
    return value  # type: ignore[no-any-return]


def commune_table(communes: Sequence[Commune]) -> tuple[list[str], list[list[Cell]]]:
    """Header cells and rows (typed cells) for communes in the spreadsheet layout."""
    base = [c for c in BASE_COLUMNS if any(getattr(m, c) not in (None, False) for m in communes)]
    for required in reversed(REQUIRED_COLUMNS):
        if required not in base:
            base.insert(0, required)
    indicator_keys: dict[str, None] = {}
    criterion_keys: dict[str, None] = {}
    for commune in communes:
        for key, value in commune.indicators.items():
            if isinstance(value, Count):
                indicator_keys.setdefault(f"{key}.achieved")
                indicator_keys.setdefault(f"{key}.total")
            else:
                indicator_keys.setdefault(key)
        for key in commune.criteria:
            criterion_keys.setdefault(f"tc{key}")
    keys = [*base, *indicator_keys, *criterion_keys]
    header = [f"{k} ({BASE_LABELS[k]})" if k in BASE_LABELS else k for k in keys]
    rows: list[list[Cell]] = []
    for commune in communes:
        cells: dict[str, Cell] = {key: _base_cell(getattr(commune, key)) for key in base}
        for key, value in commune.indicators.items():
            if isinstance(value, Count):
                cells[f"{key}.achieved"] = value.achieved
                cells[f"{key}.total"] = value.total
            elif isinstance(value, bool):
                cells[key] = "đạt" if value else "chưa đạt"
            elif value == NA:
                cells[key] = NA
            else:
                cells[key] = value
        for key, status in commune.criteria.items():
            cells[f"tc{key}"] = (
                "cơ bản đạt" if status == "basically_met" else "đạt" if status else "chưa đạt"
            )
        rows.append([cells.get(k) for k in keys])
    return header, rows


def write_csv(communes: Sequence[Commune], stream: IO[str]) -> None:
    """Communes as CSV in the input layout (numbers written so they read back exactly)."""
    header, rows = commune_table(communes)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [
                ""
                if cell is None
                else number_text(float(cell))
                if isinstance(cell, int | float) and not isinstance(cell, bool)
                else neutralise(str(cell))
                for cell in row
            ]
        )


def write_xlsx(communes: Sequence[Commune], target: IO[bytes]) -> None:
    """Communes as an XLSX workbook in the input layout (one sheet, frozen header row)."""
    from openpyxl import Workbook

    header, rows = commune_table(communes)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("communes")
    sheet.freeze_panes = "B2"
    sheet.append(header)
    for row in rows:
        sheet.append([neutralise(cell) for cell in row])
    workbook.save(target)
