"""HTML report (`--format html`): one self-contained page, summary first, charts, drill-down.

No network: inline CSS, inline SVG, a content-security policy that forbids fetching anything,
and one tiny inline script that opens every drill-down before printing. Every string that
comes from a user file (commune names, set texts, notes) goes through html.escape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text
from ntm_cli.report.batch.common import labeller
from ntm_cli.report.charts import Bar, bar_chart
from ntm_cli.report.common import (
    commune_title,
    context_line,
    count_text,
    gap_text,
    ladder_lines,
    notices,
    requirement_text,
    tier_label,
    value_text,
)
from ntm_cli.report.commune.prose import commune_paragraph
from ntm_cli.report.messages import message
from ntm_cli.report.plan.plan_text import investment_label, item_detail, item_subject
from ntm_cli.report.wording import criterion_label, one_decimal, share
from ntm_cli.scoring.priorities import plan
from ntm_cli.scoring.rollup import Rollup, roll_up, summarise

# Beyond this many communes the per-commune chart shows those furthest from the standard.
CHART_LIMIT = 40

STYLE = """
:root{--met:#1b7f3b;--unmet:#c62828;--missing:#b26a00;--undetermined:#6a1b9a;--na:#777;
--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--track:#eef0f3}
*{box-sizing:border-box}
body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;color:var(--ink);margin:0 auto;
max-width:1100px;padding:24px;line-height:1.45;background:#fff}
h1{font-size:1.6rem;margin:0 0 12px}h2{font-size:1.25rem;margin:28px 0 10px;
border-bottom:2px solid var(--line);padding-bottom:4px}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0}
.figures div{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:180px}
.figures dt{color:var(--muted);font-size:.85rem}
.figures dd{margin:0;font-size:1.6rem;font-weight:700}
.prose p{margin:8px 0}
svg.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit}
svg.chart text{fill:var(--ink)}
svg.chart .track{fill:var(--track)}svg.chart .bar{fill:#3565a8}
svg.chart .met{fill:var(--met)}svg.chart .unmet{fill:var(--unmet)}
details{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:6px 12px}
summary{cursor:pointer;font-weight:600}
.context{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f6f8}tr.criterion td{background:#fafbfc;font-weight:600}
.s-met{color:var(--met)}.s-unmet{color:var(--unmet);font-weight:700}
.s-basically_met{color:var(--undetermined);font-weight:600}
.s-missing{color:var(--missing)}.s-undetermined{color:var(--undetermined)}
.s-not_applicable{color:var(--na)}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8rem;margin-left:6px;
border:1px solid currentColor}
.warning{color:var(--missing)}
li.d0{list-style:none;margin-top:6px}li.d2{margin-left:1.5em}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
h2{break-after:avoid}
details{border:none;padding:0;break-inside:auto}
details>summary{list-style:none;font-size:1.1rem}
details>summary::-webkit-details-marker{display:none}
tr,svg.chart{break-inside:avoid}
.figures div{border-color:#999}
}
"""

# Drill-downs are closed on screen; open them all before printing so the PDF is complete.
SCRIPT = (
    "addEventListener('beforeprint',function(){"
    "document.querySelectorAll('details').forEach(function(d){d.open=true})});"
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _status(status: str, lang: str) -> str:
    return f'<span class="s-{escape(status)}">{escape(message(f"status.{status}", lang))}</span>'


def figures_block(rollup: Rollup, lang: str, *, floor_line: bool = False) -> str:
    """The roll-up's headline figures as a definition list (evaluate and batch pages)."""
    overall = rollup.overall
    avg = overall.average_met
    items = [
        ("communes", message("html.communes", lang), str(overall.communes)),
        ("meeting", message("html.meeting", lang),
         f"{overall.met} ({share(overall.met, overall.communes, lang)})"),
        ("average", message("html.average", lang),
         "—" if avg is None else one_decimal(float(avg), lang)),
    ]  # fmt: skip
    if floor_line:
        label = message("html.under_floor", lang).format(floor=rollup.floor)
        items.append(("under_floor", label, str(overall.under_floor)))
    cells = "".join(
        f'<div><dt>{escape(label)}</dt><dd data-figure="{key}">{escape(value)}</dd></div>'
        for key, label, value in items
    )
    return f'<dl class="figures">{cells}</dl>'


def per_commune_chart(results: Sequence[CommuneResult], lang: str) -> str:
    """Bars of criteria met per commune (the furthest from the standard when there are many)."""
    chosen = sorted(results, key=lambda r: (r.met - r.total, r.met))[:CHART_LIMIT]
    if len(results) <= CHART_LIMIT:
        chosen = list(results)
    bars = [
        Bar(
            label=commune_title(r, lang),
            value=r.met,
            scale=r.total,
            shown=count_text(r.met, r.basically_met, r.total, lang),
            css="met" if r.meets_set else "unmet",
        )
        for r in chosen
    ]
    chart = bar_chart(bars, message("html.per_commune", lang))
    if len(chosen) < len(results):
        note = message("html.chart_cap", lang).format(shown=len(chosen), total=len(results))
        chart += f'<p class="context">{escape(note)}</p>'
    return chart


def most_missed_chart(rollup: Rollup, label: Callable[[str], str], lang: str) -> str:
    """Bars of the criteria most communes do not meet (or cannot be assessed on), top ten."""
    if not rollup.most_missed:
        return f"<p>{escape(message('html.none_missed', lang))}</p>"
    bars = [
        Bar(
            label=label(criterion_id),
            value=count,
            scale=rollup.overall.communes,
            shown=message("html.missed_by_one" if count == 1 else "html.missed_by", lang).format(
                n=count
            ),
            css="unmet",
        )
        for criterion_id, count in rollup.most_missed[:10]
    ]
    return bar_chart(bars, message("html.most_missed", lang))


def tier_chart(results: Sequence[CommuneResult], lang: str) -> str:
    """Bars of the tier each commune reached on its ladder (only communes scored with --ladder)."""
    laddered = [r for r in results if r.ladder][:CHART_LIMIT]
    bars = []
    for r in laddered:
        reached = sum(1 for _ in _tiers_met(r))
        bars.append(
            Bar(
                label=commune_title(r, lang),
                value=reached,
                scale=len(r.ladder),
                shown=tier_label(r.tier_reached, lang),
                css="met" if reached else "unmet",
            )
        )
    return bar_chart(bars, message("html.tiers", lang))


def _tiers_met(result: CommuneResult) -> list[str]:
    met = []
    for step in result.ladder:
        if not step.result.meets_set:
            break
        met.append(step.tier)
    return met


def _ladder(result: CommuneResult, lang: str) -> str:
    if not result.ladder:
        return ""
    lines = ladder_lines(result, lang)
    # ladder_lines indents by two spaces per level; keep that nesting visible.
    items = "".join(
        f'<li class="d{(len(line) - len(line.lstrip())) // 2}">{escape(line.strip())}</li>'
        for line in lines[1:]
    )
    return (
        f"<h3>{escape(message('html.ladder', lang))}</h3><p><strong>{escape(lines[0])}</strong></p>"
        f"<ul>{items}</ul>"
    )


def _criteria_table(result: CommuneResult, lang: str) -> str:
    head = "".join(
        f"<th>{escape(message(f'word.{k}', lang))}</th>"
        for k in ("indicator", "required", "actual", "status", "gap")
    )
    rows = [f"<thead><tr>{head}</tr></thead><tbody>"]
    for c in result.criteria:
        basis = f" ({escape(message('word.declared', lang))})" if c.basis == "declared" else ""
        rows.append(
            f'<tr class="criterion" data-criterion="{escape(c.id)}"><td colspan="3">'
            f"{escape(criterion_label(c, lang))}{basis}</td>"
            f"<td>{_status(c.status, lang)}</td><td></td></tr>"
        )
        for i in c.indicators:
            cells = [
                escape(f"{i.id} {i.name.get(lang)}"),
                escape(requirement_text(i, lang)),
                escape(value_text(i, lang)),
                _status(i.status, lang),
                escape(gap_text(i, lang)),
            ]
            rows.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    rows.append("</tbody>")
    return "<table>" + "".join(rows) + "</table>"


def _priorities(result: CommuneResult, lang: str) -> str:
    steps = plan(result)
    if not steps.items:
        return ""
    items = "".join(
        f"<li><strong>{escape(item_subject(i, lang))}</strong> "
        f'<span class="badge">{escape(investment_label(i, lang))}</span><br>'
        f"{escape(item_detail(i, lang))}</li>"
        for i in steps.items
    )
    return f"<h3>{escape(message('plan.title', lang).split(' — ')[0])}</h3><ol>{items}</ol>"


def commune_details(result: CommuneResult, lang: str) -> str:
    """One commune's drill-down: context, report sentence, warnings, table, priorities."""
    badge = "s-met" if result.meets_set else "s-unmet"
    warnings = "".join(
        f'<p class="warning">{escape(message("word.warning", lang))}: {escape(text)}</p>'
        for text in notices(result, lang)
    )
    place = ", ".join(escape(p) for p in (result.district, result.province) if p)
    return (
        f'<details class="commune"><summary>{escape(commune_title(result, lang))}'
        f"{' — ' + place if place else ''} "
        f'<span class="badge {badge}">'
        f"{escape(count_text(result.met, result.basically_met, result.total, lang))}</span>"
        "</summary>"
        f'<p class="context">{escape(context_line(result, lang))}</p>'
        f"<p>{escape(commune_paragraph(result, lang))}</p>{warnings}"
        f"{_criteria_table(result, lang)}{_ladder(result, lang)}{_priorities(result, lang)}"
        "</details>"
    )


def render(results: Sequence[CommuneResult], lang: str) -> str:
    """The whole page: the roll-up of these communes first, then each commune."""
    rollup = roll_up([summarise(r, "") for r in results])
    names: dict[str, Text] = {}
    for result in results:
        for criterion in result.criteria:
            names.setdefault(criterion.id, criterion.name)
    label = labeller(names, {r.set_id for r in results}, lang)
    summary_prose = "".join(f"<p>{escape(commune_paragraph(r, lang))}</p>" for r in results)
    charts = [
        f"<h3>{escape(message('html.per_commune', lang))}</h3>{per_commune_chart(results, lang)}",
        f"<h3>{escape(message('html.most_missed', lang))}</h3>"
        + most_missed_chart(rollup, label, lang),
    ]
    if any(r.ladder for r in results):
        charts.append(f"<h3>{escape(message('html.tiers', lang))}</h3>{tier_chart(results, lang)}")
    details = "".join(commune_details(r, lang) for r in results)
    return page(
        lang,
        summary=f'{figures_block(rollup, lang)}<div class="prose">{summary_prose}</div>',
        charts="".join(charts),
        details=details,
    )


def page(lang: str, *, summary: str, charts: str, details: str) -> str:
    """The self-contained page around already-escaped summary, charts and details HTML."""
    title = escape(message("html.title", lang))
    sections = "".join(
        f'<section id="{part}"><h2>{escape(message(heading, lang))}</h2>{body}</section>\n'
        for part, heading, body in (
            ("summary", "html.summary", summary),
            ("charts", "html.charts", charts),
            ("communes", "html.details", details),
        )
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "vi"}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>\n"
        f"<h1>{title}</h1>\n{sections}"
        f"<script>{SCRIPT}</script>\n</body></html>\n"
    )
