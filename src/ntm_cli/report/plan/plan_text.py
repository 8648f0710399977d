"""Wording of priorities (`--plan`): what each unmet item still needs, in its own units."""

from __future__ import annotations

from ntm_cli.model.results import IndicatorResult
from ntm_cli.report.common import requirement_text, value_text
from ntm_cli.report.i18n import number
from ntm_cli.report.wording import criterion_number
from ntm_cli.scoring.priorities import Priority

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "more_units": "cần thêm {n} {unit}",
        "fewer_units": "cần giảm {n} {unit}",
        "unit": "đơn vị",
        "raise_points": "cần tăng thêm {gap} điểm phần trăm",
        "lower_points": "cần giảm {gap} điểm phần trăm",
        "raise": "cần tăng thêm {gap}{unit}",
        "lower": "cần giảm {gap}{unit}",
        "adjust": "cần điều chỉnh {gap}{unit}",
        "qualitative": "cần hoàn thành yêu cầu của chỉ tiêu",
        "declared": (
            "tiêu chí được khai là chưa đạt, không có số liệu chỉ tiêu nên chưa tính được phần"
            " còn thiếu"
        ),
        "no_investment": "không cần vốn đầu tư",
        "investment": "cần vốn đầu tư",
        "untagged": "chưa phân loại đầu tư",
        "actual_required": "hiện {value}, yêu cầu {required}",
        "title": "Thứ tự ưu tiên — {commune}",
        "none": "Không còn chỉ tiêu nào chưa đạt.",
        "missing": "Chưa xếp được ưu tiên, thiếu số liệu: {items}.",
        "undetermined": "Chưa xếp được ưu tiên, chưa xác định được kết quả: {items}.",
    },
    "en": {
        "more_units": "{n} more {unit} needed",
        "fewer_units": "{n} fewer {unit} needed",
        "unit": "units",
        "raise_points": "needs {gap} more percentage points",
        "lower_points": "needs {gap} fewer percentage points",
        "raise": "needs {gap}{unit} more",
        "lower": "needs {gap}{unit} less",
        "adjust": "off by {gap}{unit}",
        "qualitative": "the indicator's requirement is still to be completed",
        "declared": (
            "criterion declared not met; there is no indicator data to size what is missing"
        ),
        "no_investment": "no investment needed",
        "investment": "needs investment",
        "untagged": "investment not classified",
        "actual_required": "now {value}, required {required}",
        "title": "Priorities — {commune}",
        "none": "No unmet indicator is left.",
        "missing": "Cannot be ranked yet, data missing: {items}.",
        "undetermined": "Cannot be ranked yet, result undetermined: {items}.",
    },
}


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the priorities output."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def investment_label(item: Priority, lang: str) -> str:
    """'không cần vốn đầu tư' / 'cần vốn đầu tư' / 'chưa phân loại đầu tư'."""
    if item.needs_investment is False:
        return phrase("no_investment", lang)
    if item.needs_investment is True:
        return phrase("investment", lang)
    return phrase("untagged", lang)


def _unit(indicator: IndicatorResult, lang: str) -> str:
    return f" {indicator.unit.get(lang)}" if indicator.unit else ""


def needed_text(indicator: IndicatorResult, lang: str) -> str:
    """'cần thêm 20 lao động được đào tạo', 'cần tăng thêm 2 điểm phần trăm', ..."""
    if indicator.kind == "qualitative" or indicator.gap is None:
        return phrase("qualitative", lang)
    if indicator.units_needed is not None:
        unit = indicator.unit.get(lang) if indicator.unit else phrase("unit", lang)
        key = "fewer_units" if indicator.operator == "at_most" else "more_units"
        return phrase(key, lang).format(n=indicator.units_needed, unit=unit)
    gap = number(indicator.gap, lang)
    if indicator.kind == "percent":
        key = "lower_points" if indicator.operator == "at_most" else "raise_points"
        return phrase(key, lang).format(gap=gap)
    key = {"at_least": "raise", "at_most": "lower"}.get(indicator.operator, "adjust")
    return phrase(key, lang).format(gap=gap, unit=_unit(indicator, lang))


def item_subject(item: Priority, lang: str) -> str:
    """'Giáo dục (02) — 2.1 Lao động qua đào tạo' or 'Văn hóa (05)'."""
    head = f"{item.criterion_name.get(lang)} {criterion_number(item.criterion_id)}"
    if item.indicator is None:
        return head
    return f"{head} — {item.indicator.id} {item.indicator.name.get(lang)}"


def item_detail(item: Priority, lang: str) -> str:
    """'hiện 38%, yêu cầu ≥ 40%; cần thêm 20 đơn vị' or the declared-status explanation."""
    indicator = item.indicator
    if indicator is None:
        return phrase("declared", lang)
    where = phrase("actual_required", lang).format(
        value=value_text(indicator, lang), required=requirement_text(indicator, lang)
    )
    return f"{where}; {needed_text(indicator, lang)}"
