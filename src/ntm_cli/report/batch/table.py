"""Batch report for the terminal (rich): figures, groups, distribution, communes, errors."""

from __future__ import annotations

from io import StringIO

from rich.table import Table
from rich.text import Text

from ntm_cli.report.batch.common import (
    band_header,
    band_rows,
    closest_header,
    closest_rows,
    distribution_header,
    distribution_rows,
    error_header,
    error_row,
    group_header,
    group_row,
    missed_header,
    missed_rows,
    place,
    set_header,
    set_rows,
    several,
    shows_district,
    summary_rows,
    warning_header,
    warning_rows,
)
from ntm_cli.report.common import count_text
from ntm_cli.report.console import string_console
from ntm_cli.report.messages import message
from ntm_cli.scoring.rollup import BatchReport


def _table(title: str, header: list[str]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold")
    for label in header:
        table.add_column(label, overflow="fold")
    return table


def build(report: BatchReport, lang: str) -> list[Table]:
    """The report's tables, in reading order."""
    tables = []
    summary = _table(
        message("batch.title", lang), [message("batch.figure", lang), message("batch.value", lang)]
    )
    for label, value in summary_rows(report, lang):
        summary.add_row(label, value)
    tables.append(summary)
    if several(report):
        sets = _table(message("figures.sets", lang), set_header(lang))
        for row in set_rows(report, lang):
            sets.add_row(*row)
        tables.append(sets)
    if report.rollup.groups:
        groups = _table(
            message(f"batch.{report.rollup.by or 'district'}", lang), group_header(report, lang)
        )
        for tally in report.rollup.groups:
            groups.add_row(*group_row(report, tally, lang))
        tables.append(groups)
    distribution = distribution_rows(report, lang)
    if distribution:
        dist = _table(message("batch.distribution", lang), distribution_header(report, lang))
        for row in distribution:
            dist.add_row(*row)
        tables.append(dist)
    banded = band_rows(report, lang)
    if banded:
        table = _table(message("figures.bands", lang), band_header(report, lang))
        for row in banded:
            table.add_row(*row)
        tables.append(table)
    missed_list = missed_rows(report, lang)
    if missed_list:
        missed = _table(message("batch.most_missed", lang), missed_header(report, lang))
        for row in missed_list:
            missed.add_row(*row)
        tables.append(missed)
    if report.rollup.closest:
        closest = _table(message("batch.closest", lang), closest_header(report, lang))
        for row in closest_rows(report, lang):
            closest.add_row(*row)
        tables.append(closest)
    if report.communes:
        district = shows_district(report)  # no districts since 01/7/2025
        labels = ["commune", "district", "province", "criteria_met", "result", "not_met_list"]
        detail = _table(
            message("batch.detail", lang),
            [
                message("word.commune" if k == "commune" else f"batch.{k}", lang)
                for k in labels
                if district or k != "district"
            ],
        )
        for c in report.communes:
            result = message("batch.meets" if c.meets_set else "batch.not_meets", lang)
            cells: list[str | Text] = [
                c.commune,
                *([place(c.district, lang)] if district else []),
                place(c.province, lang),
                count_text(c.met, c.basically_met, c.total, lang),
                Text(result, style="green" if c.meets_set else "bold red"),
                ", ".join(cid for cid, s in c.statuses if s not in ("met", "not_applicable")),
            ]
            detail.add_row(*cells)
        tables.append(detail)
    warnings = warning_rows(report, lang)
    if warnings:  # what the office must query the communes about
        table = _table(message("figures.warnings", lang), warning_header(report, lang))
        for row in warnings:
            table.add_row(*(str(cell) for cell in row[:-1]), Text(row[-1], style="yellow"))
        tables.append(table)
    if report.errors:
        errors = _table(message("batch.errors", lang), error_header(lang))
        for error in report.errors:
            location, problem = error_row(error, lang)
            errors.add_row(location, Text(problem, style="yellow"))
        tables.append(errors)
    return tables


def render(report: BatchReport, lang: str, *, color: bool = False, width: int | None = 120) -> str:
    """The whole report as text."""
    buffer = StringIO()
    console = string_console(buffer, width=width, color=color)
    for index, table in enumerate(build(report, lang)):
        if index:
            console.print()
        console.print(table)
    return buffer.getvalue()
