"""Wording shared by the human-readable formats: requirements, values, summaries."""

from __future__ import annotations

from ntm_cli.model.operators import SYMBOLS
from ntm_cli.model.regions import region_label
from ntm_cli.model.results import CommuneResult, IndicatorResult
from ntm_cli.model.sets import Status
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number, titled

_NOT_MET: tuple[Status, ...] = ("basically_met", "unmet", "missing", "undetermined")


def _unit_suffix(result: IndicatorResult, lang: str) -> str:
    if result.kind == "percent":
        return "%"
    return f" {result.unit.get(lang)}" if result.unit else ""


def requirement_text(result: IndicatorResult, lang: str) -> str:
    """'≥ 40%', 'Đạt', or 'chưa rõ' (with the sourced candidate values, never picked)."""
    if result.kind in ("qualitative", "meets_set"):
        return (
            message("word.unknown", lang)
            if result.required is None
            else message("word.qualitative_met", lang)
        )
    if result.required is None or isinstance(result.required, bool):
        if result.candidates:
            values = " / ".join(
                f"{SYMBOLS[result.operator]} {number(float(c.value), lang)}"
                for c in result.candidates
            )
            reported = message("word.reported_values", lang)
            return f"{message('word.unknown', lang)} ({reported}: {values})"
        return message("word.unknown", lang)
    text = f"{SYMBOLS[result.operator]} {number(result.required, lang)}{_unit_suffix(result, lang)}"
    need = result.requirement
    return qualified(text, need.boundary_disputed, need.no_regional_split, lang)


def qualified(text: str, wording: str | None, unsplit: bool, lang: str) -> str:
    """The requirement text with what its sources leave open: the boundary, the regions."""
    if wording:
        text = message("sources.boundary", lang, required=text, wording=wording)
    if unsplit:
        text = message("sources.unsplit", lang, required=text)
    return text


def value_text(result: IndicatorResult, lang: str) -> str:
    """The measured value as entered ('380/1000 (38%)', '87,5%', 'Đạt', '—')."""
    if result.status == "not_applicable":
        return message("status.not_applicable", lang)
    value = result.value
    if value is None:
        return "—"
    if isinstance(value, bool):
        return message("word.qualitative_met" if value else "word.qualitative_unmet", lang)
    text = f"{number(value, lang)}{_unit_suffix(result, lang)}"
    if result.achieved is not None and result.total is not None:
        text = f"{number(result.achieved, lang)}/{number(result.total, lang)} ({text})"
    if result.combined:  # summed from the former communes of a merged commune
        text += f" {message('period.combined_mark', lang)}"
    return text


def gap_text(result: IndicatorResult, lang: str) -> str:
    """How far from the threshold, plus whole units where counts are known."""
    if result.status != "unmet" or result.gap is None:
        return ""
    if result.kind in ("percent", "share_meeting_set"):  # a gap between two percentages
        key = "figures.point" if result.gap == 1 else "figures.points"
        text = message(key, lang, n=number(result.gap, lang))
    else:
        text = f"{number(result.gap, lang)}{_unit_suffix(result, lang)}"
    if result.units_needed:  # in the indicator's own unit: "cần thêm 135 người"
        key = "plan.fewer_units" if result.operator == "at_most" else "plan.more_units"
        unit = result.unit.get(lang) if result.unit else message("plan.unit", lang)
        text += f" ({message(key, lang, n=number(result.units_needed, lang), unit=unit)})"
    return text


def commune_title(result: CommuneResult, lang: str) -> str:
    """'Xã Thạch Hóa' / 'Thạch Hóa commune' (no double prefix)."""
    name = result.commune
    if name.lower().startswith(("huyện", "thị xã", "district", "tỉnh", "thành phố", "province")):
        return name  # a district (QĐ 320) or a province (QĐ 51 Phụ lục III) scored as a unit
    return titled(name, lang)


def context_line(result: CommuneResult, lang: str) -> str:
    """Which set, region or group and year the commune was scored with."""
    parts = [f"{message('word.set', lang)}: {result.set_id} ({result.decision})"]
    if result.code:  # the new administrative unit code, where the data gives it
        parts.insert(0, message("period.code_label", lang, code=result.code))
    if result.region_applied:
        parts.append(f"{message('word.region', lang)} {region_label(result.region_applied, lang)}")
    if result.group is not None:
        group = f"{message('word.group', lang)} {result.group}"
        if result.group_basis == "khu_vuc":
            group += " " + message("period.group_from_area", lang, area=result.khu_vuc)
        parts.append(group)
    parts.append(f"{message('word.year', lang)} {result.year}")
    if result.set_chosen_by == "year":
        parts.append(message("word.chosen_by_year", lang).format(year=result.year))
    return " — ".join(parts)


def count_text(met: int, basic: int, total: int, lang: str) -> str:
    """'14/19', or 'đạt 10, cơ bản đạt 2 / 20' when some criteria are basically met."""
    if not basic:
        return f"{met}/{total}"
    return message("period.count_basic", lang, met=met, basic=basic, total=total)


def summary_line(result: CommuneResult, lang: str) -> str:
    """'Xã Thạch Hóa: đạt 14/19 tiêu chí — chưa đạt: 1, 2, 6, 13, 15'."""
    basic = result.basically_met
    key = "period.summary_basic" if basic else "word.summary"
    line = message(key, lang).format(
        commune=commune_title(result, lang), met=result.met, basic=basic, total=result.total
    )
    if result.meets_set:
        return f"{line} — {message('word.meets_set', lang)}"
    lists = []
    for status in _NOT_MET:
        ids = result.ids_with(status)
        if ids:
            lists.append(f"{message(f'word.list_{status}', lang)}: {', '.join(ids)}")
    return f"{line} — " + "; ".join(lists)


def notices(result: CommuneResult, lang: str) -> list[str]:
    """Warnings about this commune's input, translated."""
    return [notice_text(n.key, n.args, lang) for n in result.notices]


def tier_label(tier: str | None, lang: str) -> str:
    """'xã NTM nâng cao' / 'advanced NTM commune' (or 'no tier yet')."""
    return message(f"word.tier_{tier or 'none'}", lang)


def has_data(result: CommuneResult) -> bool:
    """Whether any criterion of this result was decided or given data (else: chưa có số liệu)."""
    return any(c.status not in ("missing", "not_applicable") for c in result.criteria)


def ladder_lines(result: CommuneResult, lang: str) -> list[str]:
    """The ladder as text: each tier's result, the tier reached, what the next one lacks."""
    if not result.ladder:
        return []
    lines = [message("word.tier_reached", lang).format(tier=tier_label(result.tier_reached, lang))]
    for step in result.ladder:
        status = message("status.met" if step.result.meets_set else "status.unmet", lang)
        count = f" {step.result.met}/{step.result.total}"
        if not has_data(step.result):  # "Chưa đạt 0/19" would read as a verdict
            status, count = message("figures.no_data", lang), ""
        lines.append(f"  {tier_label(step.tier, lang)} ({step.set_id}): {status}{count}")
    upcoming = result.next_step
    if upcoming is None:
        return lines
    lines.append(
        message("word.next_tier_missing", lang).format(tier=tier_label(upcoming.tier, lang))
    )
    for criterion in upcoming.result.criteria:
        if criterion.status in ("met", "not_applicable"):
            continue
        status = message(f"status.{criterion.status}", lang)
        lines.append(f"  {criterion.id}. {criterion.name.get(lang)}: {status}")
        for ind in criterion.indicators:
            if ind.status in ("met", "not_applicable"):
                continue
            detail = f"{message('word.required', lang)} {requirement_text(ind, lang)}"
            detail += f", {message('word.actual', lang)} {value_text(ind, lang)}"
            gap = gap_text(ind, lang)
            if gap:
                detail += f", {message('word.gap', lang)} {gap}"
            lines.append(f"    {ind.id}: {message(f'status.{ind.status}', lang)} — {detail}")
    return lines


def notice_text(key: str, args: dict[str, str], lang: str) -> str:
    """A warning rendered in the requested language."""
    values: dict[str, object] = dict(args)
    if "declared" in values:
        declared = {"True": "met", "basically_met": "basically_met"}.get(str(values["declared"]))
        values["declared"] = message(f"status.{declared or 'unmet'}", lang)
    if values.get("confidence") in ("medium", "low"):
        values["confidence"] = message(f"period.confidence_{values['confidence']}", lang)
    if "computed" in values:
        values["computed"] = message(f"status.{values['computed']}", lang)
    return message(f"notice.{key}", lang, **values)
