"""`ntm diff` output: report prose, a terminal table and JSON, with the revocation-risk flag."""

from __future__ import annotations

import json
from collections.abc import Sequence
from io import StringIO
from typing import Any

from ntm_cli.report.common import commune_title, value_text
from ntm_cli.report.json_view import plain_number
from ntm_cli.report.messages import message
from ntm_cli.report.wording import criterion_number, share, two_digits
from ntm_cli.scoring.compare import Change, CommuneDiff, DiffReport

_ORDER = (
    ("criterion", "lost"), ("criterion", "gained"), ("criterion", "status"),
    ("indicator", "lost"), ("indicator", "gained"), ("indicator", "status"),
    ("indicator", "worse"), ("indicator", "better"), ("indicator", "changed"),
)  # fmt: skip


def change_text(change: Change, lang: str) -> str:
    """'Giáo dục (02)' or '2.1 Lao động qua đào tạo: 45% → 38% (Đạt → Chưa đạt)'."""
    if change.kind == "criterion":
        return f"{change.name.get(lang)} {criterion_number(change.id)}"
    text = f"{change.id} {change.name.get(lang)}"
    if change.old is not None and change.new is not None:
        text += f": {value_text(change.old, lang)} → {value_text(change.new, lang)}"
    if change.old_status != change.new_status and change.old_status and change.new_status:
        old, new = (
            message(f"status.{change.old_status}", lang),
            message(f"status.{change.new_status}", lang),
        )
        text += f" ({old} → {new})"
    return text


def risk_lines(pair: CommuneDiff, lang: str) -> list[str]:
    """The loud flag for a recognised commune that lost a criterion, with QĐ 18/2022's rule."""
    if not pair.at_risk:
        return []
    lost = ", ".join(change_text(c, lang) for c in pair.having("criterion", "lost"))
    lines = [message("diff.risk", lang).format(commune=commune_title(pair.new, lang), items=lost)]
    verdict = pair.revocation
    if verdict == "not_assessed":
        return lines
    failed = pair.not_met
    count = two_digits(len(failed)) if lang != "en" else str(len(failed))
    now = message("diff.now", lang).format(n=count, share=share(len(failed), pair.new.total, lang))
    if pair.key_failed:
        keys = ", ".join(f"{c.name.get(lang)} {criterion_number(c.id)}" for c in pair.key_failed)
        now += message("diff.now_key", lang).format(items=keys)
    lines.append(message("diff.rule", lang) + " " + now + message(f"diff.{verdict}", lang))
    return lines


def pair_lines(pair: CommuneDiff, lang: str) -> list[str]:
    """One commune's diff as sentences: the flag first, then what changed."""
    lines = risk_lines(pair, lang)
    lines.append(
        message("diff.head", lang).format(
            commune=commune_title(pair.new, lang),
            met=pair.new.met,
            total=pair.new.total,
            old_year=pair.old.year,
            old_met=pair.old.met,
            old_total=pair.old.total,
        )
    )
    if pair.old.set_id != pair.new.set_id:
        lines.append(
            message("diff.set_changed", lang).format(old=pair.old.set_id, new=pair.new.set_id)
        )
    found = False
    for kind, direction in _ORDER:
        changes = pair.having(kind, direction)
        if changes:
            found = True
            items = "; ".join(change_text(c, lang) for c in changes)
            lines.append(message(f"diff.{kind}_{direction}", lang).format(items=items))
    if not found:
        lines.append(message("diff.nothing", lang))
    return lines


def _unpaired(report: DiffReport, lang: str) -> list[str]:
    lines = []
    for key, group in (("only_old", report.only_old), ("only_new", report.only_new)):
        if group:
            names = ", ".join(commune_title(r, lang) for r in group)
            lines.append(message(f"diff.{key}", lang).format(items=names))
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
        head = message("diff.head", lang).format(
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
            console.print(message("diff.nothing", lang))
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
