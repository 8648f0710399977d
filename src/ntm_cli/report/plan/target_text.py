"""Wording of a target plan (`--plan --target N`): the N criteria cheapest to reach."""

from __future__ import annotations

from ntm_cli.report.messages import message
from ntm_cli.report.plan.plan_text import declared_text, investment_label, item_detail
from ntm_cli.report.wording import criterion_number
from ntm_cli.scoring.priorities import Plan, TargetStep


def step_subject(step: TargetStep, lang: str) -> str:
    """'Y tế (15)'."""
    return f"{step.criterion_name.get(lang)} {criterion_number(step.criterion_id)}"


def step_needs(step: TargetStep, lang: str) -> list[str]:
    """What the criterion still needs: one phrase per item, then the indicators to settle."""
    needs = []
    for item in step.items:
        ind = item.indicator
        if ind is None:
            needs.append(declared_text(item, lang))
        else:
            needs.append(f"{ind.id} {ind.name.get(lang)}: {item_detail(item, lang)}")
    if step.unsettled:
        ids = ", ".join(i.id for i in step.unsettled)
        needs.append(message("target.unsettled", lang, ids=ids))
    return needs


def target_heading(plan: Plan, lang: str) -> str:
    """'Mục tiêu tăng thêm 2 tiêu chí (từ 15 lên 17/19 tiêu chí đạt): các tiêu chí dễ đạt nhất'."""
    result = plan.result
    return message(
        "target.heading",
        lang,
        n=plan.target,
        met=result.met,
        goal=result.met + len(plan.target_steps),
        total=result.total,
    )


def target_shortfall(plan: Plan, lang: str) -> str | None:
    """Why fewer criteria than the target are listed, or None."""
    if plan.target is None or len(plan.target_steps) >= plan.target:
        return None
    return message("target.short", lang, k=len(plan.target_steps), n=plan.target)


def target_lines(plan: Plan, lang: str) -> list[str]:
    """The target block as plain text lines."""
    lines = [target_heading(plan, lang)]
    for number, step in enumerate(plan.target_steps, 1):
        lines.append(f"{number}. {step_subject(step, lang)} [{investment_label(step, lang)}]")
        lines += [f"   - {need}" for need in step_needs(step, lang)]
    short = target_shortfall(plan, lang)
    if short:
        lines.append(short)
    return lines
