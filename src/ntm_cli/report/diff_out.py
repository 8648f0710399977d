"""`ntm diff` output: report prose, a terminal table and JSON, with the revocation-risk flag."""

from __future__ import annotations

import json
from collections.abc import Sequence
from io import StringIO
from typing import Any

from ntm_cli.model.results import CommuneResult
from ntm_cli.report.common import commune_title, value_text
from ntm_cli.report.json_view import plain_number
from ntm_cli.report.messages import message
from ntm_cli.report.wording import criterion_label, criterion_number, share, two_digits
from ntm_cli.scoring.compare import Change, CommuneDiff, DiffReport

_ORDER = (
    ("criterion", "lost"), ("criterion", "gained"), ("criterion", "status"),
    ("indicator", "lost"), ("indicator", "gained"), ("indicator", "status"),
    ("indicator", "worse"), ("indicator", "better"), ("indicator", "changed"),
)  # fmt: skip


def change_text(change: Change, lang: str) -> str:
    """'Giáo dục (02)' or '2.1 Lao động qua đào tạo: 45% → 38% (Đạt → Chưa đạt)'."""
    if change.kind == "criterion":
        if change.old_id is not None:  # a declared continuation under another id
            number = criterion_number(change.id)[1:-1]
            was = message("diff.continued", lang, old=criterion_number(change.old_id)[1:-1])
            return f"{change.name.get(lang)} ({number}, {was})"
        return f"{change.name.get(lang)} {criterion_number(change.id)}"
    text = f"{change.id} {change.name.get(lang)}"
    if change.old is not None and change.new is not None:
        text += f": {value_text(change.old, lang)} → {value_text(change.new, lang)}"
        before, after = change.old.value, change.new.value
        numbers = not isinstance(before, bool) and not isinstance(after, bool)
        if numbers and before is not None and after is not None and before != after:
            # A poverty rate that rose got worse: say the value rose, not "decreased".
            text += f" ({message('figures.rose' if after > before else 'figures.fell', lang)})"
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
    lines.append(rule_sentence(pair, lang) + " " + now + message(f"diff.{verdict}", lang))
    return lines


def rule_sentence(pair: CommuneDiff, lang: str) -> str:
    """QĐ 18/2022's revocation rule, naming only the key criteria of the commune's own set."""
    named = [criterion_label(c, lang) for c in pair.key_criteria]
    if not named:
        return message("diff.rule_half", lang)
    items = named[0]
    if len(named) > 1:
        items = f"{', '.join(named[:-1])} {message('word.or', lang)} {named[-1]}"
    return message("diff.rule_named", lang, items=items)


def _open_criteria(result: CommuneResult, lang: str) -> str:
    """'Quy hoạch (01); Giao thông (02) — thiếu số liệu' for what is not met."""
    return "; ".join(
        criterion_label(c, lang)
        + ("" if c.status == "unmet" else f" — {message(f'status.{c.status}', lang).lower()}")
        for c in result.applicable
        if c.status != "met"
    )


def side_line(result: CommuneResult, lang: str) -> str:
    """One assessment on its own: 'Năm 2026, QĐ 51/2025/QĐ-TTg: đạt 7/10 tiêu chí; ...'."""
    line = message(
        "diff.side", lang, year=result.year, decision=result.decision, met=result.met,
        total=result.total,
    )  # fmt: skip
    open_items = _open_criteria(result, lang)
    if open_items:
        line += message("diff.side_open", lang, items=open_items)
    return line + "."


def _side_head(pair: CommuneDiff, lang: str) -> str:
    return message(
        "diff.side_head", lang, commune=commune_title(pair.new, lang),
        old=pair.old.set_id, new=pair.new.set_id,
    )  # fmt: skip


def set_notes(report: DiffReport, lang: str) -> list[str]:
    """Once per pair of sets that cannot be compared: why nothing is counted as gained or lost."""
    seen = dict.fromkeys((p.old.set_id, p.new.set_id) for p in report.pairs if not p.comparable)
    return [message("diff.sets_differ", lang, old=old, new=new) for old, new in seen]


def pair_lines(pair: CommuneDiff, lang: str) -> list[str]:
    """One commune's diff as sentences: the flag first, then what changed.

    Across two sets that cannot be compared, each side's result is given on its own line.
    """
    if not pair.comparable:
        return [_side_head(pair, lang), side_line(pair.old, lang), side_line(pair.new, lang)]
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


def unpaired_lines(report: DiffReport, lang: str) -> list[str]:
    """The communes found in only one of the two assessments, one line per side."""
    return _unpaired(report, lang)


def render_text(report: DiffReport, lang: str) -> str:
    """Report prose: one paragraph per commune, then the communes found on one side only."""
    blocks = set_notes(report, lang)
    blocks += ["\n".join(pair_lines(p, lang)) for p in report.pairs]
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
    for line in set_notes(report, lang):
        console.print(Text(line, style="bold"))
        console.print()
    for index, pair in enumerate(report.pairs):
        if index:
            console.print()
        if not pair.comparable:
            console.print(Text(_side_head(pair, lang), style="bold"))
            console.print(_side_by_side(pair, lang))
            continue
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
            "status": ("đổi tình trạng", "status changed"), "worse": ("xấu đi", "worse"),
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


def _side_by_side(pair: CommuneDiff, lang: str) -> Any:
    """Both assessments' criteria in two column pairs, row by row in set order."""
    from rich.table import Table

    old, new = pair.old, pair.new
    table = Table(expand=False)
    status_label = message("word.status", lang)
    for result, key in ((old, "diff.side_before"), (new, "diff.side_after")):
        table.add_column(message(key, lang, year=result.year, decision=result.decision))
        table.add_column(status_label)
    rows = max(len(old.criteria), len(new.criteria))
    for row in range(rows):
        cells: list[str] = []
        for result in (old, new):
            if row < len(result.criteria):
                criterion = result.criteria[row]
                cells += [
                    criterion_label(criterion, lang),
                    message(f"status.{criterion.status}", lang),
                ]
            else:
                cells += ["", ""]
        table.add_row(*cells)
    table.add_row(
        message("word.total", lang), f"{old.met}/{old.total}",
        message("word.total", lang), f"{new.met}/{new.total}",
    )  # fmt: skip
    return table


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
    if change.old_id is not None:
        data["old_id"] = change.old_id
    if change.old is not None and change.new is not None:
        data["old_value"] = plain_number(change.old.value)
        data["new_value"] = plain_number(change.new.value)
    return data


def _side_dict(result: CommuneResult, lang: str) -> dict[str, Any]:
    return {
        "year": result.year,
        "criteria_set": result.set_id,
        "met": result.met,
        "total": result.total,
        "status": "met" if result.meets_set else "not_met",
        "criteria": [
            {"id": c.id, "name": c.name.get(lang), "status": c.status} for c in result.criteria
        ],
    }


def _pair_dict(pair: CommuneDiff, lang: str) -> dict[str, Any]:
    return {
        "commune": pair.new.commune,
        "district": pair.new.district,
        "province": pair.new.province,
        "old": _side_dict(pair.old, lang),
        "new": _side_dict(pair.new, lang),
        "comparable": pair.comparable,
        "continuity": pair.continuity,
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
