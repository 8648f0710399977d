"""Batch report as Markdown (GitHub tables via tabulate)."""

from __future__ import annotations

from tabulate import tabulate

from ntm_cli.report.batch.common import (
    band_header,
    band_rows,
    closest_header,
    closest_rows,
    criterion_ids,
    distribution_header,
    distribution_rows,
    error_header,
    error_row,
    group_header,
    group_row,
    missed_header,
    missed_rows,
    set_header,
    set_rows,
    several,
    shows_district,
    summary_rows,
    warning_header,
    warning_rows,
)
from ntm_cli.report.cells import markdown_text
from ntm_cli.report.common import count_text
from ntm_cli.report.messages import message
from ntm_cli.scoring.rollup import BatchReport


def _escape(cell: object) -> str:
    return "" if cell is None else markdown_text(str(cell))


def _section(title: str, header: list[str], rows: list[list[str]]) -> str:
    body = tabulate(
        [[_escape(c) for c in row] for row in rows],
        headers=[_escape(h) for h in header],
        tablefmt="github",
        disable_numparse=True,
    )
    return f"## {title}\n\n{body}\n"


def render(report: BatchReport, lang: str) -> str:
    """The whole report as Markdown."""
    rollup = report.rollup
    parts = [f"# {message('batch.title', lang)}\n"]
    parts.append(
        _section(
            message("batch.figure", lang),
            [message("batch.figure", lang), message("batch.value", lang)],
            [list(pair) for pair in summary_rows(report, lang)],
        )
    )
    if several(report):
        parts.append(
            _section(message("figures.sets", lang), set_header(lang), set_rows(report, lang))
        )
    if rollup.groups:
        rows = [group_row(report, tally, lang) for tally in rollup.groups]
        parts.append(
            _section(
                message(f"batch.{rollup.by or 'district'}", lang),
                group_header(report, lang),
                rows,
            )
        )
    rows = distribution_rows(report, lang)
    if rows:
        header = distribution_header(report, lang)
        parts.append(_section(message("batch.distribution", lang), header, rows))
    rows = band_rows(report, lang)
    if rows:
        parts.append(_section(message("figures.bands", lang), band_header(report, lang), rows))
    rows = missed_rows(report, lang)
    if rows:
        header = missed_header(report, lang)
        parts.append(_section(message("batch.most_missed", lang), header, rows))
    if rollup.closest:
        parts.append(
            _section(
                message("batch.closest", lang),
                closest_header(report, lang),
                closest_rows(report, lang),
            )
        )
    if report.communes:
        ids = criterion_ids(report)
        district = shows_district(report)  # no districts since 01/7/2025
        many = len({set_id for set_id, _ in ids}) > 1  # the same number in two sets
        header = [
            message("word.commune", lang),
            *([message("batch.district", lang)] if district else []),
            message("batch.province", lang),
            message("batch.criteria_met", lang),
            message("batch.result", lang),
            *(f"{report.decisions.get(k[0], k[0])}: {k[1]}" if many else k[1] for k in ids),
        ]
        rows = []
        for c in report.communes:
            statuses = {(c.set_id, cid): status for cid, status in c.statuses}
            rows.append(
                [
                    c.commune,
                    *([c.district or ""] if district else []),
                    c.province or "",
                    count_text(c.met, c.basically_met, c.total, lang),
                    message("batch.meets" if c.meets_set else "batch.not_meets", lang),
                    *(message(f"status.{statuses[i]}", lang) if i in statuses else "" for i in ids),
                ]
            )
        parts.append(_section(message("batch.detail", lang), header, rows))
    warnings = warning_rows(report, lang)
    if warnings:
        rows = [[str(cell) for cell in row] for row in warnings]
        parts.append(
            _section(message("figures.warnings", lang), warning_header(report, lang), rows)
        )
    if report.errors:
        rows = [error_row(e, lang) for e in report.errors]
        parts.append(_section(message("batch.errors", lang), error_header(lang), rows))
    return "\n".join(parts)
