"""Early-warning wording (`--watch`): the met indicators near their threshold."""

from __future__ import annotations

from collections.abc import Sequence

from ntm_cli.model.results import CommuneResult, IndicatorResult
from ntm_cli.report.common import commune_title, requirement_text, value_text
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number
from ntm_cli.scoring.watch import near_indicators


def watch_heading(margin: float, lang: str) -> str:
    """'Tiêu chí dễ bị sụt giảm — chỉ tiêu đạt sát ngưỡng (trong phạm vi 5% của ngưỡng)'."""
    return message("watch.title", lang, margin=number(margin, lang))


def near_text(indicator: IndicatorResult, lang: str) -> str:
    """'11.1 Tỷ lệ hộ nghèo: hiện 3,9%, yêu cầu ≤ 4%' (+ the set's own margin and reason)."""
    text = message(
        "watch.near_item",
        lang,
        id=indicator.id,
        name=indicator.name.get(lang),
        value=value_text(indicator, lang),
        required=requirement_text(indicator, lang),
    )
    own = indicator.requirement.watch
    if own is not None:
        text += " " + message(
            "watch.own_margin", lang, percent=number(own.percent, lang), reason=own.reason
        )
    return text


def watched(
    results: Sequence[CommuneResult], margin: float, lang: str
) -> tuple[list[tuple[str, list[str]]], str | None]:
    """Each commune with an indicator near its threshold and their texts; else one sentence."""
    found = [
        (commune_title(r, lang), [near_text(i, lang) for i in near_indicators(r, margin)])
        for r in results
    ]
    listed = [(title, items) for title, items in found if items]
    if listed:
        return listed, None
    return [], message("watch.none" if len(results) == 1 else "watch.at_risk_none", lang)


def watch_lines(results: Sequence[CommuneResult], margin: float, lang: str) -> list[str]:
    """The watch block as plain lines: a heading, then each commune and its indicators."""
    listed, none = watched(results, margin, lang)
    lines = [watch_heading(margin, lang)]
    for title, items in listed:
        lines.append(f"- {title}:")
        lines += [f"  - {item}" for item in items]
    return lines + ([none] if none else [])


def watch_markdown(results: Sequence[CommuneResult], margin: float, lang: str) -> list[str]:
    """The watch block in Markdown: a heading and a nested list."""
    from ntm_cli.report.commune.markdown import inline

    listed, none = watched(results, margin, lang)
    lines = [f"## {inline(watch_heading(margin, lang))}", ""]
    for title, items in listed:
        lines.append(f"- **{inline(title)}**")
        lines += [f"  - {inline(item)}" for item in items]
    return lines + ([inline(none)] if none else [])


def watch_html(results: Sequence[CommuneResult], margin: float, lang: str) -> str:
    """The watch section's body: one list per commune (escaped)."""
    from html import escape

    listed, none = watched(results, margin, lang)
    parts = [
        f"<p><strong>{escape(title)}</strong></p><ul>"
        + "".join(f"<li>{escape(item)}</li>" for item in items)
        + "</ul>"
        for title, items in listed
    ]
    return "".join(parts) + (f"<p>{escape(none)}</p>" if none else "")
