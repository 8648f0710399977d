"""Batch report for the terminal (rich): figures, groups, distribution, communes, errors."""

from __future__ import annotations

from io import StringIO

from rich.table import Table
from rich.text import Text

from ntm_cli.report.batch.common import (
    closest_header,
    closest_rows,
    error_header,
    error_row,
    group_header,
    group_row,
    missed_rows,
    place,
    summary_rows,
)
from ntm_cli.report.console import string_console
from ntm_cli.report.i18n import batch_word, word
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
        batch_word("title", lang), [batch_word("figure", lang), batch_word("value", lang)]
    )
    for label, value in summary_rows(report, lang):
        summary.add_row(label, value)
    tables.append(summary)
    if report.rollup.groups:
        groups = _table(
            batch_word(report.rollup.by or "district", lang), group_header(report, lang)
        )
        for tally in report.rollup.groups:
            groups.add_row(*group_row(report, tally, lang))
        tables.append(groups)
    if report.rollup.distribution:
        dist = _table(
            batch_word("distribution", lang),
            [batch_word("criteria_met", lang), batch_word("communes", lang)],
        )
        for met, count in report.rollup.distribution:
            dist.add_row(str(met), str(count))
        tables.append(dist)
    if report.rollup.most_missed:
        missed = _table(
            batch_word("most_missed", lang),
            [batch_word("not_met_list", lang), batch_word("missed_by", lang)],
        )
        for row in missed_rows(report, lang):
            missed.add_row(*row)
        tables.append(missed)
    if report.rollup.closest:
        closest = _table(batch_word("closest", lang), closest_header(lang))
        for row in closest_rows(report, lang):
            closest.add_row(*row)
        tables.append(closest)
    if report.communes:
        detail = _table(
            batch_word("detail", lang),
            [
                word("commune", lang),
                batch_word("district", lang),
                batch_word("province", lang),
                batch_word("criteria_met", lang),
                batch_word("result", lang),
                batch_word("not_met_list", lang),
            ],
        )
        for c in report.communes:
            result = batch_word("meets" if c.meets_set else "not_meets", lang)
            detail.add_row(
                c.commune,
                place(c.district, lang),
                place(c.province, lang),
                f"{c.met}/{c.total}",
                Text(result, style="green" if c.meets_set else "bold red"),
                ", ".join(cid for cid, s in c.statuses if s not in ("met", "not_applicable")),
            )
        tables.append(detail)
    if report.errors:
        errors = _table(batch_word("errors", lang), error_header(lang))
        for error in report.errors:
            location, message = error_row(error)
            errors.add_row(location, Text(message, style="yellow"))
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
