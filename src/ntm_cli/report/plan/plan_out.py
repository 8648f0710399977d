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
from ntm_cli.report.plan.target_text import (
    step_needs,
    step_subject,
    target_heading,
    target_lines,
    target_shortfall,
)
from ntm_cli.report.wording import criterion_label
from ntm_cli.scoring.priorities import Plan, Priority, TargetStep


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
    if plan.target is not None:
        lines += [*target_lines(plan, lang), message("plan.all_items", lang)]
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
        lines += _target_markdown(plan, lang)
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


def _target_markdown(plan: Plan, lang: str) -> list[str]:
    """The target block in Markdown: a bold heading, a numbered list, a line per need."""
    from ntm_cli.report.commune.markdown import inline

    if plan.target is None:
        return []
    lines = [f"**{inline(target_heading(plan, lang))}**", ""]
    for number, step in enumerate(plan.target_steps, 1):
        lines.append(
            f"{number}. **{inline(step_subject(step, lang))}** "
            f"({inline(investment_label(step, lang))})"
        )
        lines += [f"   - {inline(need)}" for need in step_needs(step, lang)]
    short = target_shortfall(plan, lang)
    if short:
        lines += ["", inline(short)]
    lines += ["", f"**{inline(message('plan.all_items', lang))}**", ""]
    return lines


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

    # --target adds a column: the criterion's place in the target plan (empty when not in it)
    targeted = any(p.target is not None for p in plans)
    columns = (*_CSV_COLUMNS, "target_rank") if targeted else _CSV_COLUMNS
    out: list[list[Cell]] = [[message(f"plan_csv.{column}", lang) for column in columns]]
    for plan in plans:
        ranks = {s.criterion_id: n for n, s in enumerate(plan.target_steps, 1)}
        for number, item in enumerate(plan.items, 1):
            ind = item.indicator
            row: list[Cell] = [
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
            if targeted:
                row.append(ranks.get(item.criterion_id))
            out.append(row)
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


def _step_dict(step: TargetStep, lang: str) -> dict[str, Any]:
    return {
        "criterion": step.criterion_id,
        "criterion_name": step.criterion_name.get(lang),
        "needs_investment": step.needs_investment,
        "relative_gap": None if step.relative_gap is None else round(step.relative_gap, 6),
        "items": [_item_dict(i, lang) for i in step.items],
        "unsettled": [i.id for i in step.unsettled],
        "needed": step_needs(step, lang),
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
        if p.target is not None:
            data["target"] = p.target
            data["target_plan"] = [s.criterion_id for s in p.target_steps]
            data["target_steps"] = [_step_dict(s, lang) for s in p.target_steps]
        if records:
            data["record"] = records[index].as_dict()
        objects.append(data)
    return json.dumps(objects if as_list else objects[0], ensure_ascii=False, indent=2) + "\n"
