"""HTML report (`--format html`): one self-contained page, summary first, charts, drill-down.

No network: inline CSS, inline SVG, a content-security policy that forbids fetching anything,
and one tiny inline script that opens every drill-down before printing. Every string that
comes from a user file (commune names, set texts, notes) goes through html.escape.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text
from ntm_cli.report.annex import (
    Matrix,
    RunFacts,
    legend,
    matrix,
    matrix_cells,
    matrix_header,
    result_facts,
    run_facts,
)
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
from ntm_cli.report.plan.target_text import (
    step_needs,
    step_subject,
    target_heading,
    target_shortfall,
)
from ntm_cli.report.wording import criterion_label, one_decimal, share
from ntm_cli.scoring.priorities import Plan, plan
from ntm_cli.scoring.rollup import CommuneSummary, Rollup, SetRollup, roll_up, summarise

# Beyond this many communes the per-commune chart shows those furthest from the standard.
CHART_LIMIT = 40

STYLE = """
:root{--met:#1b7f3b;--unmet:#c62828;--missing:#b26a00;--undetermined:#6a1b9a;--na:#777;
--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--track:#eef0f3}
*{box-sizing:border-box}
body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;color:var(--ink);margin:0 auto;
max-width:1100px;padding:24px;line-height:1.45;background:#fff}
h1{font-size:1.5rem;margin:0 0 8px}h2{font-size:1.2rem;margin:24px 0 8px;
border-bottom:2px solid var(--line);padding-bottom:4px}
header.annex{border-bottom:2px solid var(--ink);margin-bottom:12px;padding-bottom:6px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:1px 12px;margin:0;
font-size:.9rem}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
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
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:#f5f6f8}tr.criterion td{background:#fafbfc;font-weight:600}
table.matrix{font-size:.78rem;line-height:1.25;width:auto;max-width:100%}
table.matrix th,table.matrix td{padding:1px 3px;border-color:#aab}
table.matrix th.c,table.matrix td.c{width:1.6em;min-width:1.6em;text-align:center;padding:1px 0}
table.matrix td.n,table.matrix th.n{text-align:right;white-space:nowrap}
table.matrix tbody tr:nth-child(even){background:#f6f7f9}
table.groups{width:auto;max-width:100%}table.groups td.n{text-align:right}
td>span[class^=s-]{white-space:nowrap}
.s-met{color:var(--met)}.s-unmet{color:var(--unmet);font-weight:700}
.s-basically_met{color:var(--undetermined);font-weight:600}
.s-missing{color:var(--missing)}.s-undetermined{color:var(--undetermined)}
.s-not_applicable{color:var(--na)}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8rem;margin-left:6px;
border:1px solid currentColor}
.legend{font-size:.85rem;margin:4px 0}.legend span{margin-right:14px;white-space:nowrap}
ol.key{font-size:.8rem;columns:2;column-gap:24px;margin:4px 0;padding-left:2.2em}
.warning{color:var(--missing)}
footer.record{margin-top:24px;border-top:1px solid var(--line);font-size:.8rem;color:var(--muted)}
li.d0{list-style:none;margin-top:6px}li.d2{margin-left:1.5em}
@page{size:A4;margin:14mm 12mm 16mm 12mm;
@bottom-center{content:"PAGE_LABEL " counter(page) "/" counter(pages);font-size:9pt;color:#555}}
@media print{
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10.5pt}
table.matrix{font-size:7.5pt}
h2{break-after:avoid}
details{border:none;padding:0;break-inside:auto}
details>summary{list-style:none;font-size:1.1rem}
details>summary::-webkit-details-marker{display:none}
tr,svg.chart,dl.facts{break-inside:avoid}
.figures div{border-color:#999}
thead{display:table-header-group}
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
    """The roll-up's headline figures as a definition list (evaluate and batch pages).

    Across several criteria sets or years there is no one average: the per-(set, year)
    figures follow in their own table (batch) or per-set charts.
    """
    overall = rollup.overall
    avg = overall.average_met
    items = [
        ("communes", message("html.communes", lang), str(overall.communes)),
        ("meeting", message("html.meeting", lang),
         f"{overall.met}" + ("" if overall.mixed
                             else f" ({share(overall.met, overall.communes, lang)})")),
    ]  # fmt: skip
    if not overall.mixed:
        items.append(
            ("average", message("html.average", lang),
             "—" if avg is None else one_decimal(float(avg), lang))
        )  # fmt: skip
    if floor_line and not overall.mixed and rollup.floor is not None:
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


def most_missed_chart(part: SetRollup, label: Callable[[str, str], str], lang: str) -> str:
    """Bars of one set's criteria most communes do not meet (or cannot be assessed on), top ten."""
    if not part.most_missed:
        return f"<p>{escape(message('html.none_missed', lang))}</p>"
    set_id, _ = part.key
    bars = [
        Bar(
            label=label(set_id, criterion_id),
            value=count,
            scale=part.tally.communes,
            shown=message("html.missed_by_one" if count == 1 else "html.missed_by", lang).format(
                n=count
            ),
            css="unmet",
        )
        for criterion_id, count in part.most_missed[:10]
    ]
    return bar_chart(bars, message("html.most_missed", lang))


def most_missed_charts(rollup: Rollup, label: Callable[[str, str], str], lang: str,
                       set_title: Callable[[str, int], str]) -> str:  # fmt: skip
    """One most-missed chart per (set, year): criteria of two sets are never added up."""
    if len(rollup.sets) <= 1:
        part = rollup.sets[0] if rollup.sets else None
        return most_missed_chart(part, label, lang) if part else ""
    return "".join(
        f"<h4>{escape(set_title(*part.key))}</h4>{most_missed_chart(part, label, lang)}"
        for part in rollup.sets
    )


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


def _target(steps: Plan, lang: str) -> str:
    """The --target block: the criteria cheapest to reach and what each still needs."""
    if steps.target is None:
        return ""
    items = "".join(
        f"<li><strong>{escape(step_subject(s, lang))}</strong> "
        f'<span class="badge">{escape(investment_label(s, lang))}</span><ul>'
        + "".join(f"<li>{escape(need)}</li>" for need in step_needs(s, lang))
        + "</ul></li>"
        for s in steps.target_steps
    )
    short = target_shortfall(steps, lang)
    return (
        f"<h3>{escape(message('target.title', lang))}</h3>"
        f"<p>{escape(target_heading(steps, lang))}</p><ol>{items}</ol>"
        + (f"<p>{escape(short)}</p>" if short else "")
    )


def _priorities(result: CommuneResult, lang: str, target: int | None = None) -> str:
    steps = plan(result, target)
    if not steps.items:
        return _target(steps, lang)
    items = "".join(
        f"<li><strong>{escape(item_subject(i, lang))}</strong> "
        f'<span class="badge">{escape(investment_label(i, lang))}</span><br>'
        f"{escape(item_detail(i, lang))}</li>"
        for i in steps.items
    )
    heading = escape(message("plan.title", lang).split(" — ")[0])
    return f"{_target(steps, lang)}<h3>{heading}</h3><ol>{items}</ol>"


def commune_details(result: CommuneResult, lang: str, target: int | None = None) -> str:
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
        f"{_criteria_table(result, lang)}{_ladder(result, lang)}"
        f"{_priorities(result, lang, target)}"
        "</details>"
    )


def _single(
    result: CommuneResult, lang: str, target: int | None = None
) -> list[tuple[str, str, str]]:
    """A single commune's page: its sentence, its table, its ladder and its plan."""
    warnings = "".join(
        f'<p class="warning">{escape(message("word.warning", lang))}: {escape(text)}</p>'
        for text in notices(result, lang)
    )
    body = (
        f'<p class="context">{escape(context_line(result, lang))}</p>'
        f'<div class="prose"><p>{escape(commune_paragraph(result, lang))}</p></div>{warnings}'
    )
    return [
        ("summary", message("html.summary", lang), body),
        ("criteria", message("batch_html.criterion", lang),
         _criteria_table(result, lang) + _ladder(result, lang)
         + _priorities(result, lang, target)),
    ]  # fmt: skip


def render(results: Sequence[CommuneResult], lang: str, run: RunFacts | None = None) -> str:
    """The whole page: one commune's own page, or the roll-up and matrix of several first."""
    run = run or run_facts()
    facts = result_facts(results, run, lang)
    if len(results) == 1:
        title = message("annex.commune_title", lang, commune=commune_title(results[0], lang))
        return page(
            lang, title=title, facts=facts, sections=_single(results[0], lang, run.target), run=run
        )
    summaries = [summarise(r, "") for r in results]
    rollup = roll_up(summaries)
    names: dict[tuple[str, str], Text] = {}
    decisions: dict[str, str] = {}
    for result in results:
        decisions.setdefault(result.set_id, result.decision)
        for criterion in result.criteria:
            names.setdefault((result.set_id, criterion.id), criterion.name)
    label = labeller(names, lang)
    summary_prose = "".join(f"<p>{escape(commune_paragraph(r, lang))}</p>" for r in results)

    def set_title(set_id: str, year: int) -> str:
        return message("figures.set_year", lang, year=year, decision=decisions.get(set_id, set_id))

    charts = [
        f"<h3>{escape(message('html.per_commune', lang))}</h3>{per_commune_chart(results, lang)}",
        f"<h3>{escape(message('html.most_missed', lang))}</h3>"
        + most_missed_charts(rollup, label, lang, set_title),
    ]
    if any(r.ladder for r in results):
        charts.append(f"<h3>{escape(message('html.tiers', lang))}</h3>{tier_chart(results, lang)}")
    sections = [
        ("summary", message("html.summary", lang),
         f'{figures_block(rollup, lang)}<div class="prose">{summary_prose}</div>'),
        ("matrix", message("annex.matrix", lang),
         matrices_block(summaries, names, lang, set_title)),
        ("charts", message("html.charts", lang), "".join(charts)),
    ]  # fmt: skip
    if run.details:
        details = "".join(commune_details(r, lang, run.target) for r in results)
        sections.append(("communes", message("html.details", lang), details))
    title = message("html.title", lang)
    return page(lang, title=title, facts=facts, sections=sections, run=run)


def matrices_block(
    communes: Sequence[CommuneSummary],
    names: Mapping[tuple[str, str], Text],
    lang: str,
    set_title: Callable[[str, int], str],
) -> str:
    """One commune × criteria matrix per criteria set: a column is one criterion of one set."""
    by_set: dict[str, list[CommuneSummary]] = {}
    for commune in communes:
        by_set.setdefault(commune.set_id, []).append(commune)
    blocks = []
    for set_id, members in by_set.items():
        ids = list(dict.fromkeys(cid for c in members for cid, _ in c.statuses))
        own = {cid: name for (owner, cid), name in names.items() if owner == set_id}
        block = matrix_block(matrix(members, ids), own, lang, one_set=True)
        if len(by_set) > 1:
            years = sorted({c.year for c in members})
            title = set_title(set_id, years[0]) if len(years) == 1 else set_id
            block = f"<h3>{escape(title)}</h3>{block}"
        blocks.append(block)
    return "".join(blocks)


def matrix_block(m: Matrix, names: Mapping[str, Text], lang: str, *, one_set: bool) -> str:
    """The commune × criteria matrix with its legend and the criteria it numbers.

    Under several sets one id can name different criteria: then no name is given.
    """
    names = names if one_set else {}
    head = matrix_header(m, lang)
    places = int(m.show_district) + int(m.show_province)
    classes = ["n", "", *([""] * places), *(["c"] * len(m.ids)), "n"]
    titles = ["", "", *([""] * places), *(_name(names, i, lang) for i in m.ids), ""]
    cells = "".join(
        f'<th scope="col"{_class(k)}{_title(t)}>{escape(h)}</th>'
        for h, k, t in zip(head, classes, titles, strict=True)
    )
    rows = []
    for row in m.rows:
        text = matrix_cells(m, row, lang)
        marks = [
            ' class="n"',
            "",
            *([""] * places),
            *(' class="c"' if s is None else f' class="c s-{escape(s)}"' for s in row.statuses),
            ' class="n"',
        ]
        rows.append(
            "<tr>"
            + "".join(f"<td{k}>{escape(t)}</td>" for k, t in zip(marks, text, strict=True))
            + "</tr>"
        )
    legend_items = legend(m.statuses(), lang)
    if any(s is None for row in m.rows for s in row.statuses):
        legend_items.append(("", message("annex.no_criterion", lang)))
    legend_html = "".join(
        f"<span><b>{escape(k)}</b> {escape(v)}</span>" if k else f"<span>{escape(v)}</span>"
        for k, v in legend_items
    )
    key = ""
    if names:
        items = "".join(f"<li>{escape(_name(names, i, lang))}</li>" for i in m.ids)
        key = (
            f'<p class="legend"><strong>{escape(message("annex.criteria_key", lang))}:'
            f'</strong></p><ol class="key">{items}</ol>'
        )
    return (
        f'<p class="legend"><strong>{escape(message("annex.legend", lang))}:</strong> '
        f"{legend_html}</p>"
        f'<table class="matrix"><thead><tr>{cells}</tr></thead><tbody>{"".join(rows)}</tbody>'
        f"</table>{key}"
    )


def _name(names: Mapping[str, Text], criterion_id: str, lang: str) -> str:
    name = names.get(criterion_id)
    return f"{criterion_id}. {name.get(lang)}" if name else criterion_id


def _title(text: str) -> str:
    return f' title="{escape(text)}"' if text else ""


def _class(name: str) -> str:
    return f' class="{name}"' if name else ""


def page(
    lang: str,
    *,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str, str]],
    run: RunFacts,
) -> str:
    """The self-contained A4 page: heading facts, then (id, heading, escaped body) sections."""
    facts_html = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    body = "".join(
        f'<section id="{part}"><h2>{escape(heading)}</h2>{html}</section>\n'
        for part, heading, html in (*sections, *run.sections)
    )
    if not run.details:
        body += f'<p class="context">{escape(message("annex.no_details", lang))}</p>\n'
    if run.record:
        record = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in run.record)
        body += (
            f'<footer class="record"><p>{escape(message("annex.record", lang))}</p>'
            f'<dl class="facts">{record}</dl></footer>\n'
        )
    style = STYLE.replace("PAGE_LABEL", message("annex.page", lang))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "vi"}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{style}</style></head><body>\n"
        f'<header class="annex"><h1>{escape(title)}</h1><dl class="facts">{facts_html}</dl>'
        f"</header>\n{body}"
        f"<script>{SCRIPT}</script>\n</body></html>\n"
    )
