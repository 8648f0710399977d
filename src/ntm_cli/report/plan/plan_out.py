"""Priorities (`ntm evaluate --plan`) in text, Markdown, CSV and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CriterionResult
from ntm_cli.report.common import commune_title
from ntm_cli.report.json_view import indicator_dict
from ntm_cli.report.messages import message
from ntm_cli.report.plan.plan_text import (
    declared_text,
    investment_label,
    item_detail,
    item_subject,
    needed_text,
)
from ntm_cli.report.wording import criterion_label
from ntm_cli.scoring.priorities import Plan, Priority


def _pending_lines(plan: Plan, lang: str) -> list[str]:
    lines = []
    for key, group in (("missing", plan.missing), ("undetermined", plan.undetermined)):
        if group:
            items = ", ".join(criterion_label(c, lang) for c in group)
            lines.append(message(f"plan.{key}", lang).format(items=items))
    return lines


def text_lines(plan: Plan, lang: str) -> list[str]:
    """A numbered list: '1. [không cần vốn đầu tư] Y tế (15) — 15.1 ...: hiện ...; cần ...'."""
    lines = [message("plan.title", lang).format(commune=commune_title(plan.result, lang))]
    for number, item in enumerate(plan.items, 1):
        label = investment_label(item, lang)
        lines.append(f"{number}. [{label}] {item_subject(item, lang)}: {item_detail(item, lang)}")
    if not plan.items:
        lines.append(message("plan.none", lang))
    lines.extend(_pending_lines(plan, lang))
    return lines


def render_text(plans: Sequence[Plan], lang: str) -> str:
    """Plain-text priorities, one block per commune."""
    return "\n\n".join("\n".join(text_lines(p, lang)) for p in plans) + "\n"


def render_markdown(plans: Sequence[Plan], lang: str) -> str:
    """Markdown priorities: a heading and a numbered list per commune."""
    from ntm_cli.report.commune.markdown import inline

    blocks = []
    for plan in plans:
        lines = [
            "## " + inline(message("plan.title", lang, commune=commune_title(plan.result, lang))),
            "",
        ]
        for number, item in enumerate(plan.items, 1):
            lines.append(
                f"{number}. **{inline(item_subject(item, lang))}** "
                f"({inline(investment_label(item, lang))}): {inline(item_detail(item, lang))}"
            )
        if not plan.items:
            lines.append(inline(message("plan.none", lang)))
        pending = _pending_lines(plan, lang)
        if pending:
            lines.append("")
            lines.extend(inline(line) for line in pending)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


_CSV_COLUMNS = (
    "commune",
    "district",
    "rank",
    "investment",
    "criterion_id",
    "criterion",
    "indicator_id",
    "indicator",
    "relative_gap",
    "still_needed",
)


def render_csv(plans: Sequence[Plan], lang: str, sep: str = ",") -> str:
    """One CSV row per priority, in order, columns separated by sep."""
    from ntm_cli.report.commune.csv_out import Cell, write_rows

    out: list[list[Cell]] = [[message(f"plan_csv.{column}", lang) for column in _CSV_COLUMNS]]
    for plan in plans:
        for number, item in enumerate(plan.items, 1):
            ind = item.indicator
            out.append(
                [
                    plan.result.commune,
                    plan.result.district,
                    number,
                    investment_label(item, lang),
                    item.criterion_id,
                    item.criterion_name.get(lang),
                    ind.id if ind else None,
                    ind.name.get(lang) if ind else None,
                    None if item.relative_gap is None else round(item.relative_gap, 4),
                    needed_text(ind, lang) if ind else declared_text(item, lang),
                ]
            )
    return write_rows(out, sep)


def _item_dict(item: Priority, lang: str) -> dict[str, Any]:
    ind = item.indicator
    return {
        "kind": item.kind,
        "criterion": item.criterion_id,
        "criterion_name": item.criterion_name.get(lang),
        "needs_investment": item.needs_investment,
        "relative_gap": None if item.relative_gap is None else round(item.relative_gap, 6),
        "indicator": indicator_dict(ind, lang) if ind else None,
        "needed": needed_text(ind, lang) if ind else declared_text(item, lang),
    }


def _ids(group: Sequence[CriterionResult]) -> list[str]:
    return [c.id for c in group]


def render_json(
    plans: Sequence[Plan], lang: str, *, as_list: bool, records: Sequence[RunRecord] = ()
) -> str:
    """JSON: per commune, the ranked items plus the criteria that cannot be ranked."""
    objects = []
    for index, p in enumerate(plans):
        data: dict[str, Any] = {
            "commune": p.result.commune,
            "district": p.result.district,
            "province": p.result.province,
            "criteria_set": p.result.set_id,
            "priorities": [_item_dict(i, lang) for i in p.items],
            "missing": _ids(p.missing),
            "undetermined": _ids(p.undetermined),
        }
        if records:
            data["record"] = records[index].as_dict()
        objects.append(data)
    return json.dumps(objects if as_list else objects[0], ensure_ascii=False, indent=2) + "\n"
