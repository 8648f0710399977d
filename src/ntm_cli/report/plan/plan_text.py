"""Wording of priorities (`--plan`): what each unmet item still needs, in its own units."""

from __future__ import annotations

from ntm_cli.model.results import IndicatorResult
from ntm_cli.report.common import requirement_text, value_text
from ntm_cli.report.messages import message
from ntm_cli.report.wording import criterion_number, number
from ntm_cli.scoring.priorities import Priority, TargetStep


def investment_label(item: Priority | TargetStep, lang: str) -> str:
    """'không cần vốn đầu tư' / 'cần vốn đầu tư' / 'chưa phân loại đầu tư'."""
    # A target step's needs_investment is False only when every item of its criterion is.
    if item.needs_investment is False:
        return message("plan.no_investment", lang)
    if item.needs_investment is True:
        return message("plan.investment", lang)
    return message("plan.untagged", lang)


def _unit(indicator: IndicatorResult, lang: str) -> str:
    return f" {indicator.unit.get(lang)}" if indicator.unit else ""


def needed_text(indicator: IndicatorResult, lang: str) -> str:
    """'cần thêm 20 lao động được đào tạo', 'cần tăng thêm 2 điểm phần trăm', ..."""
    if indicator.kind == "qualitative" or indicator.gap is None:
        return message("plan.qualitative", lang)
    if indicator.units_needed is not None:
        unit = indicator.unit.get(lang) if indicator.unit else message("plan.unit", lang)
        key = "fewer_units" if indicator.operator == "at_most" else "more_units"
        return message(f"plan.{key}", lang).format(n=indicator.units_needed, unit=unit)
    gap = number(indicator.gap, lang)
    if indicator.kind == "percent":
        key = "lower_points" if indicator.operator == "at_most" else "raise_points"
        return message(f"plan.{key}", lang).format(gap=gap)
    key = {"at_least": "raise", "at_most": "lower"}.get(indicator.operator, "adjust")
    return message(f"plan.{key}", lang).format(gap=gap, unit=_unit(indicator, lang))


def item_subject(item: Priority, lang: str) -> str:
    """'Giáo dục (02) — 2.1 Lao động qua đào tạo' or 'Văn hóa (05)'."""
    head = f"{item.criterion_name.get(lang)} {criterion_number(item.criterion_id)}"
    if item.indicator is None:
        return head
    return f"{head} — {item.indicator.id} {item.indicator.name.get(lang)}"


def declared_text(item: Priority, lang: str) -> str:
    """Why a criterion without indicator data is in the plan (declared chưa đạt / cơ bản đạt)."""
    return message("period.plan_basic" if item.kind == "basically_met" else "plan.declared", lang)


def item_detail(item: Priority, lang: str) -> str:
    """'hiện 38%, yêu cầu ≥ 40%; cần thêm 20 đơn vị' or the declared-status explanation."""
    indicator = item.indicator
    if indicator is None:
        return declared_text(item, lang)
    where = message("plan.actual_required", lang).format(
        value=value_text(indicator, lang), required=requirement_text(indicator, lang)
    )
    return f"{where}; {needed_text(indicator, lang)}"
