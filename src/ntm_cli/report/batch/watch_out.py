"""`ntm batch --watch`: the criteria most at risk across communes, in every batch format."""

from __future__ import annotations

from html import escape
from typing import Any

from ntm_cli.report.batch.common import place, report_labeller
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary


def heading(report: BatchReport, lang: str) -> str:
    """'Tiêu chí dễ bị sụt giảm nhất (số xã có chỉ tiêu đạt sát ngưỡng, trong phạm vi 5%…)'."""
    margin = report.rollup.watch or 0.0
    return message("watch.at_risk", lang, margin=number(margin, lang))


def risk_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """(criterion, communes with an indicator of it near its threshold), most first."""
    label = report_labeller(report, lang)
    return [[label(*key), str(count)] for key, count in report.rollup.at_risk]


def near_communes(report: BatchReport) -> list[CommuneSummary]:
    """The communes with an indicator near its threshold, in input order."""
    return [c for c in report.communes if c.near]


def commune_text(commune: CommuneSummary, lang: str) -> str:
    """'Thạch Hóa (Tuyên Hóa): 10, 11.1'."""
    ids = ", ".join(indicator for _, indicator in commune.near)
    return f"{commune.commune} ({place(commune.district, lang)}): {ids}"


def lines(report: BatchReport, lang: str) -> list[str]:
    """The block as plain text: the ranking, then each commune and its indicators."""
    out = [heading(report, lang)]
    rows = risk_rows(report, lang)
    if not rows:
        return [*out, message("watch.at_risk_none", lang)]
    out += [f"- {criterion}: {count}" for criterion, count in rows]
    out += [message("watch.column", lang) + ":"]
    out += [f"- {commune_text(c, lang)}" for c in near_communes(report)]
    return out


def markdown(report: BatchReport, lang: str) -> list[str]:
    """The block in Markdown: a table of criteria and a list of communes."""
    from ntm_cli.report.commune.markdown import inline

    out = [f"## {inline(heading(report, lang))}", ""]
    rows = risk_rows(report, lang)
    if not rows:
        return [*out, inline(message("watch.at_risk_none", lang))]
    criterion_head, communes_head = message("word.criterion", lang), message("watch.communes", lang)
    out += [
        f"| {inline(criterion_head)} | {inline(communes_head)} |",
        "|---|---:|",
        *(f"| {inline(criterion)} | {count} |" for criterion, count in rows),
        "",
        f"**{inline(message('watch.column', lang))}**",
        "",
        *(f"- {inline(commune_text(c, lang))}" for c in near_communes(report)),
    ]
    return out


def html(report: BatchReport, lang: str) -> str:
    """The section's body, escaped."""
    rows = risk_rows(report, lang)
    if not rows:
        return f"<p>{escape(message('watch.at_risk_none', lang))}</p>"
    head = (
        f"<thead><tr><th>{escape(message('word.criterion', lang))}</th>"
        f"<th>{escape(message('watch.communes', lang))}</th></tr></thead>"
    )
    body = "".join(
        f'<tr><td>{escape(criterion)}</td><td class="n">{count}</td></tr>'
        for criterion, count in rows
    )
    communes = "".join(f"<li>{escape(commune_text(c, lang))}</li>" for c in near_communes(report))
    return (
        f"<table>{head}<tbody>{body}</tbody></table>"
        f"<h3>{escape(message('watch.column', lang))}</h3><ul>{communes}</ul>"
    )


def summary_entries(report: BatchReport, lang: str) -> dict[str, Any]:
    """The JSON summary's keys with --watch: the margin and the criteria at risk."""
    return {
        "watch_margin": report.rollup.watch,
        "at_risk": [
            {
                "set": key[0],
                "id": key[1],
                "name": report.names[key].get(lang) if key in report.names else None,
                "communes": count,
            }
            for key, count in report.rollup.at_risk
        ],
    }
