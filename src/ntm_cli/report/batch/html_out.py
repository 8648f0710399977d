"""Batch HTML report (`ntm batch --format html`): figures, prose, charts, a drill-down per commune.

Same page rules as html_out: self-contained, every user string escaped, print styles.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ntm_cli.report.batch.prose import paragraphs
from ntm_cli.report.batch.view import BatchView, CommuneView, average_met, labeller
from ntm_cli.report.charts import Bar, bar_chart
from ntm_cli.report.commune.html_out import CHART_LIMIT, page
from ntm_cli.report.commune.html_out import phrase as page_phrase
from ntm_cli.report.i18n import status_label
from ntm_cli.report.wording import one_decimal, share, titled

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "under_floor": "Xã dưới {floor} tiêu chí",
        "distribution": "Số xã theo số tiêu chí đạt",
        "n_criteria": "{n} tiêu chí",
        "groups": "Tiêu chí bình quân/xã theo địa bàn",
        "communes_n": "{n} xã",
        "criterion": "Tiêu chí",
        "set": "Bộ tiêu chí",
        "most_missed": "Tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất",
        "status": "Kết quả",
    },
    "en": {
        "under_floor": "Communes under {floor} criteria",
        "distribution": "Communes by criteria met",
        "n_criteria": "{n} criteria",
        "groups": "Average criteria met per commune, by area",
        "communes_n": "{n} communes",
        "criterion": "Criterion",
        "set": "Criteria set",
        "most_missed": "Criteria most often not met (or not assessable)",
        "status": "Status",
    },
}


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the batch HTML report."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def _figures(report: BatchView, lang: str) -> str:
    overall = report.rollup.overall
    avg = average_met(overall)
    items = [
        ("communes", page_phrase("communes", lang), str(overall.communes)),
        ("meeting", page_phrase("meeting", lang),
         f"{overall.met} ({share(overall.met, overall.communes, lang)})"),
        ("average", page_phrase("average", lang),
         "—" if avg is None else one_decimal(float(avg), lang)),
        ("under_floor", phrase("under_floor", lang).format(floor=report.rollup.floor),
         str(overall.under_floor)),
    ]  # fmt: skip
    cells = "".join(
        f'<div><dt>{escape(label)}</dt><dd data-figure="{key}">{escape(value)}</dd></div>'
        for key, label, value in items
    )
    return f'<dl class="figures">{cells}</dl>'


def _charts(report: BatchView, lang: str) -> list[str]:
    rollup = report.rollup
    total = rollup.overall.communes
    charts = []
    if rollup.groups:
        bars = []
        top = max((c.total for c in report.communes), default=0)
        for tally in rollup.groups:
            avg = average_met(tally)
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
        label = labeller(report, lang)
        bars = [
            Bar(label(cid), count, total, phrase("communes_n", lang).format(n=count),
                "unmet")
            for cid, count in rollup.most_missed[:10]
        ]  # fmt: skip
        title = phrase("most_missed", lang)
        charts.append(f"<h3>{escape(title)}</h3>{bar_chart(bars, title)}")
    return charts


def _details(commune: CommuneView, label: Callable[[str], str], lang: str) -> str:
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


def render(report: BatchView, lang: str) -> str:
    """The whole batch page."""
    prose = "".join(f"<p>{escape(p)}</p>" for p in paragraphs(report, lang))
    label = labeller(report, lang)
    details = "".join(_details(c, label, lang) for c in report.communes)
    return page(
        lang,
        summary=f'{_figures(report, lang)}<div class="prose">{prose}</div>',
        charts="".join(_charts(report, lang)),
        details=details,
    )
