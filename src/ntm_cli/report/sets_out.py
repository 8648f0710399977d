"""Text, Markdown and JSON views of criteria sets: `sets show`, `sets check`, `sets diff`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ntm_cli.model.operators import SYMBOLS
from ntm_cli.model.sets import CriteriaSet, Indicator, ScaledRef, Threshold
from ntm_cli.report.common import qualified
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number
from ntm_cli.scoring.set_facts import Change, Finding, counts

# Short region names as the decisions' tables print them.
SHORT_REGIONS = {
    "tdmnpb": "TDMNPB",
    "dbsh": "ĐBSH",
    "btb": "BTB",
    "dhntb": "DHNTB",
    "tn": "TN",
    "dnb": "ĐNB",
    "dbscl": "ĐBSCL",
}


def scope_text(scope: dict[str, list[Any]] | None, lang: str) -> str:
    """'vùng TDMNPB, BTB; năm 2023' or 'mọi vùng/nhóm, mọi năm' for a rule's selectors."""
    if not scope:
        return message("word.scope_all", lang)
    parts = []
    if "regions" in scope:
        regions = ", ".join(SHORT_REGIONS.get(r, r) for r in scope["regions"])
        parts.append(f"{message('word.region', lang)} {regions}")
    if "groups" in scope:
        parts.append(f"{message('word.group', lang)} {', '.join(str(g) for g in scope['groups'])}")
    if "years" in scope:
        years = scope["years"]
        shown = f"{years[0]}–{years[-1]}" if len(years) > 2 else ", ".join(map(str, years))
        parts.append(f"{message('word.year', lang)} {shown}")
    return "; ".join(parts)


def rule_value_text(indicator: Indicator, rule: Threshold, lang: str) -> str:
    """'≥ 95%', 'Đạt', 'chưa rõ (tham khảo: ≥ 90 / ≥ 93)', '≥ 1,1 × qd318-xa-nang-cao 10'."""
    symbol = SYMBOLS[indicator.operator]
    suffix = "%" if indicator.kind in ("percent", "share_meeting_set") else ""
    value = rule.value
    if isinstance(value, ScaledRef):
        ref = value.ref
        return f"{symbol} {number(value.factor, lang)} × [{ref.set_id} {ref.indicator}]"
    if rule.is_unknown:
        if rule.candidates:
            shown = " / ".join(f"{symbol} {number(float(c.value), lang)}" for c in rule.candidates)
            reported = message("word.reported_values", lang)
            return f"{message('word.unknown', lang)} ({reported}: {shown})"
        return message("word.unknown", lang)
    if indicator.kind == "meets_set":
        return message("word.meets_set_of", lang).format(set=indicator.target_set)
    if isinstance(value, bool):
        return message("word.qualitative_met", lang)
    assert isinstance(value, float)
    unit = f" {indicator.unit.get(lang)}" if indicator.unit and not suffix else ""
    wording = rule.boundary_disputed.wording if rule.boundary_disputed else None
    return qualified(f"{symbol} {number(value, lang)}{suffix}{unit}", wording, False, lang)


def _source_text(rule: Threshold, lang: str) -> str:
    text = rule.source or "—"
    if rule.confidence:
        text += f" ({message(f'sources.confidence_{rule.confidence}', lang)})"
    return text


def show_rows(criteria_set: CriteriaSet, lang: str) -> list[dict[str, str]]:
    """One row per criterion, then one per threshold rule of each indicator."""
    rows: list[dict[str, str]] = []
    for criterion in criteria_set.criteria:
        label = f"{criterion.id}. {criterion.name.get(lang)}"
        if not criterion.indicators:
            label += f" ({message('word.declared_only', lang)})"
        elif not criterion.indicators_complete:
            label += f" ({message('word.partial_list', lang)})"
        rows.append({"item": label, "scope": "", "value": "", "source": ""})
        for indicator in criterion.indicators:
            for index, rule in enumerate(indicator.thresholds):
                item = f"  {indicator.id} {indicator.name.get(lang)}" if index == 0 else ""
                rows.append(
                    {
                        "item": item,
                        "scope": (
                            message("sources.no_regional_split", lang)
                            if rule.no_regional_split and not rule.regions
                            else scope_text(rule.selectors(), lang)
                        ),
                        "value": rule_value_text(indicator, rule, lang),
                        "source": _source_text(rule, lang),
                    }
                )
    return rows


def _header(criteria_set: CriteriaSet, lang: str) -> list[str]:
    decision = criteria_set.decision
    lines = [
        f"{criteria_set.id}: {criteria_set.title.get(lang)}",
        f"{message('word.decision', lang)}: {decision.number}"
        + (f", {decision.annex}" if decision.annex else "")
        + (f" ({decision.date.isoformat()})" if decision.date else "")
        + f" — {message('word.period', lang)} {criteria_set.period}",
    ]
    if criteria_set.extends:
        lines.append(f"{message('word.extends', lang)}: {criteria_set.extends}")
    if criteria_set.changes_unknown:
        lines.append(
            f"{message('word.warning', lang)}: {message('word.changes_unknown', lang)}"
            f" ({criteria_set.changes_unknown.source})"
        )
    indicators = len(criteria_set.indicators())
    stated = criteria_set.indicator_count
    count = f"{len(criteria_set.criteria)} {message('word.criteria_word', lang)}, {indicators}"
    count += f"/{stated}" if stated is not None else ""
    count += f" {message('word.indicators_encoded', lang)}"
    lines.append(count)
    return lines


def render_show_table(
    criteria_set: CriteriaSet, lang: str, width: int | None, *, evidence: bool = False
) -> str:
    """The set as a rich table (with its notes and sources below)."""
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    buffer = StringIO()
    console = Console(file=buffer, width=width or 140, highlight=False, emoji=False, markup=False)
    for line in _header(criteria_set, lang):
        console.print(line)
    table = Table(expand=True)
    table.add_column(message("word.indicator", lang), ratio=6, overflow="fold")
    table.add_column(message("word.applies_to", lang), ratio=2, overflow="fold")
    table.add_column(message("word.required", lang), ratio=3, overflow="fold")
    table.add_column(message("word.source", lang), ratio=2, overflow="fold")
    for row in show_rows(criteria_set, lang):
        style = "bold" if not row["scope"] and not row["value"] else None
        table.add_row(row["item"], row["scope"], row["value"], row["source"], style=style)
    console.print(table)
    _print_tail(console.print, criteria_set, lang, evidence=evidence)
    return buffer.getvalue()


def evidence_lines(criteria_set: CriteriaSet) -> list[str]:
    """The research trail kept beside the citations (`evidence:`), one line per item."""
    lines = [f"{criteria_set.id}: {e}" for e in criteria_set.evidence]
    for key, source in criteria_set.sources.items():
        if not isinstance(source, str) and source.evidence:
            lines.append(f"{key}: {source.evidence}")
    for own in (criteria_set.region_override, criteria_set.changes_unknown):
        if own is not None and own.evidence:
            lines.append(own.evidence)
    for criterion in criteria_set.criteria:
        if criterion.evidence:
            lines.append(f"{criterion.id}: {criterion.evidence}")
        for indicator in criterion.indicators:
            found = [indicator.evidence] if indicator.evidence else []
            for rule in indicator.thresholds:
                found += [rule.evidence] if rule.evidence else []
                found += [c.evidence for c in rule.candidates or [] if c.evidence]
                dispute = rule.boundary_disputed
                found += [dispute.evidence] if dispute and dispute.evidence else []
            lines += [f"{indicator.id}: {text}" for text in found]
    return lines


def item_note_lines(criteria_set: CriteriaSet, lang: str) -> list[str]:
    """Notes on criteria, indicators and rules: 'Tiêu chí 1: …', '9.2 (vùng ĐBSCL): …'."""
    lines = []
    for criterion in criteria_set.criteria:
        if criterion.note:
            label = f"{message('word.criterion', lang)} {criterion.id}"
            lines.append(f"{label}: {_flat(criterion.note.get(lang))}")
        for indicator in criterion.indicators:
            if indicator.note:
                lines.append(f"{indicator.id}: {_flat(indicator.note.get(lang))}")
            for rule in indicator.thresholds:
                scope = scope_text(rule.selectors(), lang)
                if rule.note:
                    lines.append(f"{indicator.id} ({scope}): {_flat(rule.note.get(lang))}")
                for candidate in rule.candidates or []:
                    if candidate.note:
                        value = number(float(candidate.value), lang)
                        text = _flat(candidate.note.get(lang))
                        lines.append(f"{indicator.id} ({scope}; {value}): {text}")
    return lines


def _flat(text: str) -> str:
    return " ".join(text.split())  # a note's line breaks would end a list item


def _print_tail(out: Any, criteria_set: CriteriaSet, lang: str, *, evidence: bool = False) -> None:
    if criteria_set.notes:
        out(f"{message('word.notes', lang)}:")
        for note in criteria_set.notes:
            out(f"- {_flat(note.get(lang))}")
    item_notes = item_note_lines(criteria_set, lang)
    if item_notes:
        out(f"{message('word.item_notes', lang)}:")
        for line in item_notes:
            out(f"- {line}")
    if criteria_set.sources:
        out(f"{message('word.sources', lang)}:")
        for key, text in criteria_set.citations().items():
            out(f"- {key}: {text}")
    trail = evidence_lines(criteria_set) if evidence else []
    if trail:
        out(f"{message('sources.evidence_heading', lang)}:")
        for line in trail:
            out(f"- {line}")


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_show_markdown(criteria_set: CriteriaSet, lang: str, *, evidence: bool = False) -> str:
    """The set as Markdown: header, one table of rules, notes and sources."""
    lines = [f"# {criteria_set.title.get(lang)}", ""]
    lines += [f"- {line}" for line in _header(criteria_set, lang)]
    lines += [
        "",
        "| "
        + " | ".join(
            message(f"word.{k}", lang) for k in ("indicator", "applies_to", "required", "source")
        )
        + " |",
        "|---|---|---|---|",
    ]
    for row in show_rows(criteria_set, lang):
        item = row["item"].strip()
        if not row["scope"] and not row["value"]:
            item = f"**{item}**"
        cells = (item, row["scope"], row["value"], row["source"])
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    lines.append("")
    tail: list[str] = []
    _print_tail(tail.append, criteria_set, lang, evidence=evidence)
    lines += [t if t.startswith("-") else f"\n## {t.rstrip(':')}\n" for t in tail]
    return "\n".join(lines) + "\n"


def render_show_json(criteria_set: CriteriaSet, *, evidence: bool = False) -> str:
    """The resolved set as JSON (the same keys as the YAML format).

    Sources are citation strings; the research trail (`evidence`, and each source's
    document, page and evidence apart) only with evidence=True.
    """
    data = criteria_set.model_dump(mode="json", exclude_none=True, by_alias=True)
    if not evidence:
        data = _without_evidence(data)
        data["sources"] = criteria_set.citations()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _without_evidence(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_evidence(v) for k, v in data.items() if k != "evidence"}
    if isinstance(data, list):
        return [_without_evidence(v) for v in data]
    return data


def finding_line(finding: Finding, lang: str) -> str:
    """One finding as a line: '10 (mọi vùng/nhóm, mọi năm): ngưỡng chưa rõ — not found: ...'."""
    where = finding.indicator or finding.criterion or ""
    label = message(f"word.finding_{finding.kind}", lang)
    if finding.indicator:
        where += f" ({scope_text(finding.scope, lang)})"
    elif finding.criterion:
        where = f"{message('word.criterion', lang)} {where}"
    text = f"{where}: {label}" if where else label
    return f"{text} — {finding.detail}" if finding.detail else text


def render_check(shown: str, criteria_set: CriteriaSet, found: Sequence[Finding], lang: str) -> str:
    """`sets check` report: every finding, then the counts."""
    lines = [f"{shown}: {criteria_set.id} — {message('word.valid_set', lang)}"]
    lines += [f"  {finding_line(f, lang)}" for f in found]
    tally = counts(list(found))
    summary = ", ".join(f"{message(f'word.count_{k}', lang)}: {n}" for k, n in tally.items())
    lines.append(f"{message('word.total', lang)}: {summary}")
    return "\n".join(lines) + "\n"


def check_dict(shown: str, criteria_set: CriteriaSet, found: Sequence[Finding]) -> dict[str, Any]:
    """JSON view of a `sets check` report."""
    return {
        "file": shown,
        "id": criteria_set.id,
        "counts": counts(list(found)),
        "findings": [
            {
                "kind": f.kind,
                "criterion": f.criterion,
                "indicator": f.indicator,
                "scope": f.scope or {},
                "detail": f.detail,
            }
            for f in found
        ],
    }


def render_diff(old: CriteriaSet, new: CriteriaSet, changes: Sequence[Change], lang: str) -> str:
    """`sets diff` report: one line per change ('+', '-', '~')."""
    marks = {"added": "+", "removed": "-", "changed": "~"}
    lines = [f"{old.id} -> {new.id}: {len(changes)} {message('word.changes', lang)}"]
    for change in changes:
        text = f"{marks[change.kind]} {message(f'word.what_{change.what}', lang)} {change.id}"
        if change.kind == "changed" or change.what == "threshold":
            text += f" [{change.detail}]"
            if change.before is not None:
                text += f": {change.before}"
            if change.after is not None:
                text += f" -> {change.after}" if change.before is not None else f": {change.after}"
        else:
            text += f": {change.detail}"
        lines.append(text)
    if new.changes_unknown:
        lines.append(f"{message('word.warning', lang)}: {message('word.changes_unknown', lang)}")
    return "\n".join(lines) + "\n"


def diff_dict(old: CriteriaSet, new: CriteriaSet, changes: Sequence[Change]) -> dict[str, Any]:
    """JSON view of a `sets diff` report."""
    return {
        "from": old.id,
        "to": new.id,
        "changes_unknown": new.changes_unknown is not None,
        "changes": [
            {
                "kind": c.kind,
                "what": c.what,
                "id": c.id,
                "detail": c.detail,
                "before": c.before,
                "after": c.after,
            }
            for c in changes
        ],
    }
