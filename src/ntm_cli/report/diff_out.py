"""`ntm diff` output: report prose, a terminal table and JSON, with the revocation-risk flag."""

from __future__ import annotations

import json
from collections.abc import Sequence
from io import StringIO
from typing import Any

from ntm_cli.report.common import commune_title, value_text
from ntm_cli.report.i18n import status_label
from ntm_cli.report.json_view import plain_number
from ntm_cli.report.wording import criterion_number, share, two_digits
from ntm_cli.scoring.compare import Change, CommuneDiff, DiffReport

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "head": (
            "{commune}: đạt {met}/{total} tiêu chí (lần trước, năm {old_year}:"
            " {old_met}/{old_total})."
        ),
        "criterion_lost": "Tiêu chí sụt giảm: {items}.",
        "criterion_gained": "Tiêu chí mới đạt: {items}.",
        "criterion_status": "Tiêu chí đổi tình trạng: {items}.",
        "indicator_lost": "Chỉ tiêu sụt giảm: {items}.",
        "indicator_gained": "Chỉ tiêu mới đạt: {items}.",
        "indicator_status": "Chỉ tiêu đổi tình trạng: {items}.",
        "indicator_worse": "Chỉ tiêu giảm giá trị (vẫn cùng kết quả): {items}.",
        "indicator_better": "Chỉ tiêu cải thiện (vẫn cùng kết quả): {items}.",
        "indicator_changed": "Chỉ tiêu đổi giá trị: {items}.",
        "nothing": "Không có thay đổi về tiêu chí, chỉ tiêu.",
        "risk": (
            "CẢNH BÁO: {commune} đã đạt chuẩn ở lần đánh giá trước nhưng nay không còn đạt"
            " {items}; xã có nguy cơ bị thu hồi quyết định công nhận đạt chuẩn."
        ),
        "rule": (
            "Theo QĐ 18/2022/QĐ-TTg, quyết định công nhận bị thu hồi khi từ 30% đến 50% số"
            " tiêu chí không đạt và trong đó có tiêu chí Thu nhập, Môi trường và an toàn thực"
            " phẩm, Môi trường, Chất lượng môi trường sống hoặc Quốc phòng và An ninh; hoặc khi"
            " từ 50% số tiêu chí trở lên không đạt."
        ),
        "now": "Hiện có {n} tiêu chí chưa đạt hoặc chưa đánh giá được ({share} số tiêu chí)",
        "now_key": ", trong đó có {items}",
        "half_or_more": ": thuộc trường hợp bị thu hồi (từ 50% số tiêu chí trở lên).",
        "key_criterion": ": thuộc trường hợp bị thu hồi.",
        "none": ": chưa đến mức thu hồi theo quy định này, cần khắc phục ngay.",
        "only_old": "Chỉ có trong lần đánh giá trước: {items}.",
        "only_new": "Chỉ có trong lần đánh giá mới: {items}.",
        "set_changed": "Lưu ý: hai lần đánh giá dùng hai bộ tiêu chí khác nhau ({old} → {new}).",
    },
    "en": {
        "head": (
            "{commune}: {met}/{total} criteria met (previously, year {old_year}:"
            " {old_met}/{old_total})."
        ),
        "criterion_lost": "Criteria lost: {items}.",
        "criterion_gained": "Criteria gained: {items}.",
        "criterion_status": "Criteria whose status changed: {items}.",
        "indicator_lost": "Indicators lost: {items}.",
        "indicator_gained": "Indicators gained: {items}.",
        "indicator_status": "Indicators whose status changed: {items}.",
        "indicator_worse": "Indicators that worsened (same result): {items}.",
        "indicator_better": "Indicators that improved (same result): {items}.",
        "indicator_changed": "Indicators whose value changed: {items}.",
        "nothing": "No change in criteria or indicators.",
        "risk": (
            "WARNING: {commune} met the standard in the previous assessment but no longer meets"
            " {items}; its recognition is at risk of being revoked."
        ),
        "rule": (
            "Under QĐ 18/2022/QĐ-TTg, recognition is revoked when 30% to 50% of the criteria"
            " are not met and one of them is Income, Environment and food safety, Environment,"
            " Quality of the living environment, or Defence and security; or when 50% or more"
            " of the criteria are not met."
        ),
        "now": "Now {n} criteria are not met or cannot be assessed ({share} of the criteria)",
        "now_key": ", including {items}",
        "half_or_more": ": this is a revocation case (50% or more of the criteria).",
        "key_criterion": ": this is a revocation case.",
        "none": ": not a revocation case under this rule yet; to be fixed at once.",
        "only_old": "Only in the previous assessment: {items}.",
        "only_new": "Only in the new assessment: {items}.",
        "set_changed": "Note: the assessments use different criteria sets ({old} → {new}).",
    },
}  # fmt: skip

_ORDER = (
    ("criterion", "lost"), ("criterion", "gained"), ("criterion", "status"),
    ("indicator", "lost"), ("indicator", "gained"), ("indicator", "status"),
    ("indicator", "worse"), ("indicator", "better"), ("indicator", "changed"),
)  # fmt: skip


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the diff output."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def change_text(change: Change, lang: str) -> str:
    """'Giáo dục (02)' or '2.1 Lao động qua đào tạo: 45% → 38% (Đạt → Chưa đạt)'."""
    if change.kind == "criterion":
        return f"{change.name.get(lang)} {criterion_number(change.id)}"
    text = f"{change.id} {change.name.get(lang)}"
    if change.old is not None and change.new is not None:
        text += f": {value_text(change.old, lang)} → {value_text(change.new, lang)}"
    if change.old_status != change.new_status and change.old_status and change.new_status:
        old, new = status_label(change.old_status, lang), status_label(change.new_status, lang)
        text += f" ({old} → {new})"
    return text


def risk_lines(pair: CommuneDiff, lang: str) -> list[str]:
    """The loud flag for a recognised commune that lost a criterion, with QĐ 18/2022's rule."""
    if not pair.at_risk:
        return []
    lost = ", ".join(change_text(c, lang) for c in pair.having("criterion", "lost"))
    lines = [phrase("risk", lang).format(commune=commune_title(pair.new, lang), items=lost)]
    verdict = pair.revocation
    if verdict == "not_assessed":
        return lines
    failed = pair.not_met
    count = two_digits(len(failed)) if lang != "en" else str(len(failed))
    now = phrase("now", lang).format(n=count, share=share(len(failed), pair.new.total, lang))
    if pair.key_failed:
        keys = ", ".join(f"{c.name.get(lang)} {criterion_number(c.id)}" for c in pair.key_failed)
        now += phrase("now_key", lang).format(items=keys)
    lines.append(phrase("rule", lang) + " " + now + phrase(verdict, lang))
    return lines


def pair_lines(pair: CommuneDiff, lang: str) -> list[str]:
    """One commune's diff as sentences: the flag first, then what changed."""
    lines = risk_lines(pair, lang)
    lines.append(
        phrase("head", lang).format(
            commune=commune_title(pair.new, lang),
            met=pair.new.met,
            total=pair.new.total,
            old_year=pair.old.year,
            old_met=pair.old.met,
            old_total=pair.old.total,
        )
    )
    if pair.old.set_id != pair.new.set_id:
        lines.append(phrase("set_changed", lang).format(old=pair.old.set_id, new=pair.new.set_id))
    found = False
    for kind, direction in _ORDER:
        changes = pair.having(kind, direction)
        if changes:
            found = True
            items = "; ".join(change_text(c, lang) for c in changes)
            lines.append(phrase(f"{kind}_{direction}", lang).format(items=items))
    if not found:
        lines.append(phrase("nothing", lang))
    return lines


def _unpaired(report: DiffReport, lang: str) -> list[str]:
    lines = []
    for key, group in (("only_old", report.only_old), ("only_new", report.only_new)):
        if group:
            names = ", ".join(commune_title(r, lang) for r in group)
            lines.append(phrase(key, lang).format(items=names))
    return lines


def render_text(report: DiffReport, lang: str) -> str:
    """Report prose: one paragraph per commune, then the communes found on one side only."""
    blocks = ["\n".join(pair_lines(p, lang)) for p in report.pairs]
    extra = _unpaired(report, lang)
    if extra:
        blocks.append("\n".join(extra))
    return "\n\n".join(blocks) + "\n"


def render_table(
    report: DiffReport, lang: str, *, color: bool = False, width: int | None = 120
) -> str:
    """Terminal view: the red flag, then a table of changes per commune."""
    from rich.table import Table
    from rich.text import Text

    from ntm_cli.report.console import string_console

    vi = lang != "en"
    buffer = StringIO()
    console = string_console(buffer, width=width, color=color)
    styles = {"lost": "bold red", "worse": "red", "gained": "green", "better": "green"}
    for index, pair in enumerate(report.pairs):
        if index:
            console.print()
        for line in risk_lines(pair, lang):
            console.print(Text(line, style="bold red"))
        head = phrase("head", lang).format(
            commune=commune_title(pair.new, lang), met=pair.new.met, total=pair.new.total,
            old_year=pair.old.year, old_met=pair.old.met, old_total=pair.old.total,
        )  # fmt: skip
        table = Table(title=head, title_justify="left", expand=False)
        for label in ("Loại", "Mục", "Thay đổi") if vi else ("Kind", "Item", "Change"):
            table.add_column(label, overflow="fold")
        names = {
            "lost": ("sụt giảm", "lost"), "gained": ("mới đạt", "gained"),
            "status": ("đổi tình trạng", "status changed"), "worse": ("giảm giá trị", "worse"),
            "better": ("cải thiện", "better"), "changed": ("đổi giá trị", "changed"),
        }  # fmt: skip
        kinds = {"criterion": ("Tiêu chí", "Criterion"), "indicator": ("Chỉ tiêu", "Indicator")}
        for kind, direction in _ORDER:
            for change in pair.having(kind, direction):
                table.add_row(
                    kinds[kind][0 if vi else 1],
                    change_text(change, lang),
                    Text(names[direction][0 if vi else 1], style=styles.get(direction, "")),
                )
        if pair.changes:
            console.print(table)
        else:
            console.print(Text(head, style="bold"))
            console.print(phrase("nothing", lang))
    for line in _unpaired(report, lang):
        console.print(line)
    return buffer.getvalue()


def _change_dict(change: Change, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": change.kind,
        "id": change.id,
        "name": change.name.get(lang),
        "criterion": change.criterion_id,
        "change": change.direction,
        "old_status": change.old_status,
        "new_status": change.new_status,
    }
    if change.old is not None and change.new is not None:
        data["old_value"] = plain_number(change.old.value)
        data["new_value"] = plain_number(change.new.value)
    return data


def _pair_dict(pair: CommuneDiff, lang: str) -> dict[str, Any]:
    return {
        "commune": pair.new.commune,
        "district": pair.new.district,
        "province": pair.new.province,
        "old": {"year": pair.old.year, "criteria_set": pair.old.set_id, "met": pair.old.met,
                "total": pair.old.total, "status": "met" if pair.old.meets_set else "not_met"},
        "new": {"year": pair.new.year, "criteria_set": pair.new.set_id, "met": pair.new.met,
                "total": pair.new.total, "status": "met" if pair.new.meets_set else "not_met"},
        "lost": any(c.direction == "lost" for c in pair.changes),
        "at_risk": pair.at_risk,
        "revocation": pair.revocation,
        "warnings": risk_lines(pair, lang),
        "changes": [_change_dict(c, lang) for c in pair.changes],
    }  # fmt: skip


def _names(results: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"commune": r.commune, "district": r.district} for r in results]


def render_json(report: DiffReport, lang: str) -> str:
    """JSON: per paired commune its changes and risk; the unpaired communes by side."""
    payload = {
        "lost": report.lost_anything,
        "communes": [_pair_dict(p, lang) for p in report.pairs],
        "only_old": _names(report.only_old),
        "only_new": _names(report.only_new),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
