"""Batch HTML report (`ntm batch --format html`): figures, prose, charts, a drill-down per commune.

Same page rules as html_out: self-contained, every user string escaped, print styles.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ntm_cli.report.batch.common import report_labeller
from ntm_cli.report.batch.prose import paragraphs
from ntm_cli.report.charts import Bar, bar_chart
from ntm_cli.report.commune.html_out import CHART_LIMIT, figures_block, most_missed_chart, page
from ntm_cli.report.commune.html_out import phrase as page_phrase
from ntm_cli.report.i18n import status_label
from ntm_cli.report.wording import one_decimal, titled
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "distribution": "Số xã theo số tiêu chí đạt",
        "n_criteria": "{n} tiêu chí",
        "groups": "Tiêu chí bình quân/xã theo địa bàn",
        "communes_n": "{n} xã",
        "criterion": "Tiêu chí",
        "set": "Bộ tiêu chí",
        "status": "Kết quả",
    },
    "en": {
        "distribution": "Communes by criteria met",
        "n_criteria": "{n} criteria",
        "groups": "Average criteria met per commune, by area",
        "communes_n": "{n} communes",
        "criterion": "Criterion",
        "set": "Criteria set",
        "status": "Status",
    },
}


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the batch HTML report."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def _charts(report: BatchReport, lang: str) -> list[str]:
    rollup = report.rollup
    total = rollup.overall.communes
    charts = []
    if rollup.groups:
        bars = []
        top = max((c.total for c in report.communes), default=0)
        for tally in rollup.groups:
            avg = tally.average_met
            place = tally.province or "—"
            if rollup.by == "district":
                place = f"{tally.district or '—'}, {place}"
            bars.append(
                Bar(
                    place,
                    float(avg or 0),
                    top,
                    "—" if avg is None else one_decimal(float(avg), lang),
                )
            )
        charts.append(
            f"<h3>{escape(phrase('groups', lang))}</h3>{bar_chart(bars, phrase('groups', lang))}"
        )
    if rollup.distribution:
        bars = [
            Bar(phrase("n_criteria", lang).format(n=met), count, total,
                phrase("communes_n", lang).format(n=count))
            for met, count in rollup.distribution
        ]  # fmt: skip
        title = phrase("distribution", lang)
        charts.append(f"<h3>{escape(title)}</h3>{bar_chart(bars, title)}")
    chosen = sorted(report.communes, key=lambda c: (c.met - c.total, c.met))[:CHART_LIMIT]
    if len(report.communes) <= CHART_LIMIT:
        chosen = list(report.communes)
    bars = [
        Bar(
            titled(c.commune, lang),
            c.met,
            c.total,
            f"{c.met}/{c.total}",
            "met" if c.met == c.total else "unmet",
        )
        for c in chosen
    ]
    title = page_phrase("per_commune", lang)
    chart = bar_chart(bars, title)
    if len(chosen) < len(report.communes):
        note = page_phrase("chart_cap", lang).format(shown=len(chosen), total=total)
        chart += f'<p class="context">{escape(note)}</p>'
    charts.append(f"<h3>{escape(title)}</h3>{chart}")
    if rollup.most_missed:
        title = page_phrase("most_missed", lang)
        chart = most_missed_chart(rollup, report_labeller(report, lang), lang)
        charts.append(f"<h3>{escape(title)}</h3>{chart}")
    return charts


def _details(commune: CommuneSummary, label: Callable[[str], str], lang: str) -> str:
    badge = "s-met" if commune.met == commune.total else "s-unmet"
    place = ", ".join(escape(p) for p in (commune.district, commune.province) if p)
    rows = "".join(
        f"<tr><td>{escape(label(cid))}</td>"
        f'<td><span class="s-{escape(status)}">{escape(status_label(status, lang))}</span>'
        "</td></tr>"
        for cid, status in commune.statuses
    )
    head = "".join(f"<th>{escape(phrase(k, lang))}</th>" for k in ("criterion", "status"))
    head = f"<tr>{head}</tr>"
    return (
        f'<details class="commune"><summary>{escape(titled(commune.commune, lang))}'
        f"{' — ' + place if place else ''} "
        f'<span class="badge {badge}">{commune.met}/{commune.total}</span></summary>'
        f'<p class="context">{escape(phrase("set", lang))}: {escape(commune.set_id)}</p>'
        f"<table><thead>{head}</thead><tbody>{rows}</tbody></table></details>"
    )


def render(report: BatchReport, lang: str) -> str:
    """The whole batch page."""
    prose = "".join(f"<p>{escape(p)}</p>" for p in paragraphs(report, lang))
    label = report_labeller(report, lang)
    details = "".join(_details(c, label, lang) for c in report.communes)
    figures = figures_block(report.rollup, lang, floor_line=True)
    return page(
        lang,
        summary=f'{figures}<div class="prose">{prose}</div>',
        charts="".join(_charts(report, lang)),
        details=details,
    )
