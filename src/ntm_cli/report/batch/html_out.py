"""Batch HTML report (`ntm batch --format html`): figures, prose, charts, a drill-down per commune.

Same page rules as html_out: self-contained, every user string escaped, print styles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from typing import Any

from ntm_cli.report.annex import RunFacts, batch_facts, run_facts
from ntm_cli.report.batch.common import (
    band_header,
    band_rows,
    error_header,
    error_row,
    floor_label,
    group_header,
    group_names,
    group_row,
    report_labeller,
    set_header,
    set_name,
    set_rows,
    several,
    warning_header,
    warning_rows,
)
from ntm_cli.report.batch.prose import paragraphs
from ntm_cli.report.charts import Bar, bar_chart
from ntm_cli.report.common import count_text
from ntm_cli.report.commune.html_out import (
    CHART_LIMIT,
    figures_block,
    matrices_block,
    most_missed_chart,
    page,
)
from ntm_cli.report.messages import message
from ntm_cli.report.wording import one_decimal, titled
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary


def _charts(report: BatchReport, lang: str) -> list[str]:
    rollup = report.rollup
    total = rollup.overall.communes
    charts = []
    if rollup.groups:
        bars = []
        top = max((c.total for c in report.communes), default=0)
        for tally in rollup.groups:
            avg = tally.average_met
            place = ", ".join(reversed(group_names(report, tally, lang)))
            if several(report) and tally.set_id is not None:
                place += f" ({set_name(report, tally.set_id, tally.year or 0, lang)})"
            bars.append(
                Bar(
                    place,
                    float(avg or 0),
                    tally.criteria or top,
                    "—" if avg is None else one_decimal(float(avg), lang),
                )
            )
        title = message("batch_html.groups", lang)
        charts.append(f"<h3>{escape(title)}</h3>{bar_chart(bars, title)}")
    for part in rollup.sets:
        bars = [
            Bar(message("batch_html.n_criteria", lang).format(n=met), count, part.tally.communes,
                message("batch_html.communes_n", lang).format(n=count))
            for met, count in part.distribution
        ]  # fmt: skip
        title = message("batch_html.distribution", lang)
        if several(report):
            title += f" — {set_name(report, *part.key, lang)}"
        charts.append(f"<h3>{escape(title)}</h3>{bar_chart(bars, title)}")
    chosen = sorted(report.communes, key=lambda c: (c.met - c.total, c.met))[:CHART_LIMIT]
    if len(report.communes) <= CHART_LIMIT:
        chosen = list(report.communes)
    bars = [
        Bar(
            titled(c.commune, lang),
            c.met,
            c.total,
            count_text(c.met, c.basically_met, c.total, lang),
            "met" if c.met == c.total else "unmet",
        )
        for c in chosen
    ]
    title = message("html.per_commune", lang)
    chart = bar_chart(bars, title)
    if len(chosen) < len(report.communes):
        note = message("html.chart_cap", lang).format(shown=len(chosen), total=total)
        chart += f'<p class="context">{escape(note)}</p>'
    charts.append(f"<h3>{escape(title)}</h3>{chart}")
    for part in rollup.sets:
        if part.most_missed:
            title = message("html.most_missed", lang)
            if several(report):
                title += f" — {set_name(report, *part.key, lang)}"
            chart = most_missed_chart(part, report_labeller(report, lang), lang)
            charts.append(f"<h3>{escape(title)}</h3>{chart}")
    return charts


def _details(commune: CommuneSummary, label: Callable[[str, str], str], lang: str) -> str:
    badge = "s-met" if commune.met == commune.total else "s-unmet"
    set_label = message("batch_html.set", lang)
    place = ", ".join(escape(p) for p in (commune.district, commune.province) if p)
    rows = "".join(
        f"<tr><td>{escape(label(commune.set_id, cid))}</td>"
        f'<td><span class="s-{escape(status)}">{escape(message(f"status.{status}", lang))}</span>'
        "</td></tr>"
        for cid, status in commune.statuses
    )
    head = "".join(
        f"<th>{escape(message(f'batch_html.{k}', lang))}</th>" for k in ("criterion", "status")
    )
    head = f"<tr>{head}</tr>"
    return (
        f'<details class="commune"><summary>{escape(titled(commune.commune, lang))}'
        f"{' — ' + place if place else ''} "
        f'<span class="badge {badge}">'
        f"{escape(count_text(commune.met, commune.basically_met, commune.total, lang))}</span>"
        "</summary>"
        f'<p class="context">{escape(set_label)}: {escape(commune.set_id)}</p>'
        f"<table><thead>{head}</thead><tbody>{rows}</tbody></table></details>"
    )


_NUMBER = ' class="n"'


def _table(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    numbers_from: int | None = None,
    last_class: str | None = None,
) -> str:
    """A table of the batch page: cells escaped, numbers (from a column on) right-aligned."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in header)

    def cell(i: int, value: object, width: int) -> str:
        if last_class is not None and i == width - 1:
            return f'<td class="{last_class}">{escape(str(value))}</td>'
        number = numbers_from is not None and i >= numbers_from
        return f"<td{_NUMBER if number else ''}>{escape(str(value))}</td>"

    body = "".join(
        "<tr>" + "".join(cell(i, value, len(row)) for i, value in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table class="groups"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _groups(report: BatchReport, lang: str) -> str:
    """The per-district / per-province table."""
    header = group_header(report, lang)
    places = len(header) - (5 if floor_label(report, lang) is not None else 4)
    rows = [group_row(report, tally, lang) for tally in report.rollup.groups]
    return _table(header, rows, numbers_from=places)


def _warnings(report: BatchReport, rows: list[list[Any]], lang: str) -> str:
    """The warnings as a table: commune, place, year, then the warning."""
    return _table(warning_header(report, lang), rows, last_class="warning")


def _errors(report: BatchReport, lang: str) -> str:
    """The input errors (files and cells not counted), located, as a table."""
    return _table(error_header(lang), [error_row(e, lang) for e in report.errors])


def _sets_table(report: BatchReport, lang: str) -> str:
    """The figures of each (criteria set, year) as a table."""
    title = escape(message("figures.sets", lang))
    return f"<h3>{title}</h3>" + _table(set_header(lang), set_rows(report, lang), numbers_from=2)


def render(report: BatchReport, lang: str, run: RunFacts | None = None) -> str:
    """The whole batch page: heading, figures, matrix, areas, charts, then each commune."""
    run = run or run_facts()
    prose = "".join(f"<p>{escape(p)}</p>" for p in paragraphs(report, lang))
    label = report_labeller(report, lang)
    figures = figures_block(report.rollup, lang, floor_line=True)
    if several(report):
        figures += _sets_table(report, lang)
    banded = band_rows(report, lang)
    if banded:
        title = escape(message("figures.bands", lang))
        figures += f"<h3>{title}</h3>" + _table(band_header(report, lang), banded)

    def set_title(set_id: str, year: int) -> str:
        return set_name(report, set_id, year, lang)

    if report.errors:  # communes not counted: said beside the figures they are missing from
        count = message("notice.district_errors", lang, count=len(report.errors))
        figures += f'<p class="warning">{escape(count)}</p>'
    sections = [
        ("summary", message("html.summary", lang), f'{figures}<div class="prose">{prose}</div>'),
        (
            "matrix",
            message("annex.matrix", lang),
            matrices_block(report.communes, report.names, lang, set_title),
        ),
    ]
    if report.errors:
        sections.append(("errors", message("batch.errors", lang), _errors(report, lang)))
    if report.rollup.groups:
        sections.append(("groups", message("annex.groups", lang), _groups(report, lang)))
    warnings = warning_rows(report, lang)
    if warnings:  # what the office must query the communes about, before the charts
        sections.append(
            ("warnings", message("figures.warnings", lang), _warnings(report, warnings, lang))
        )
    sections.append(("charts", message("html.charts", lang), "".join(_charts(report, lang))))
    if run.details:
        details = "".join(_details(c, label, lang) for c in report.communes)
        sections.append(("communes", message("html.details", lang), details))
    title = message("annex.batch_title", lang)
    return page(lang, title=title, facts=batch_facts(report, run, lang), sections=sections, run=run)
