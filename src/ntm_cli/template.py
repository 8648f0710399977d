"""Blank commune data files for a criteria set: a commented YAML file or an XLSX sheet.

Pure functions: (set, region/group, year) -> text or bytes. Writing is the command's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ntm_cli.formatters.cells import neutralise
from ntm_cli.i18n import number
from ntm_cli.models import CriteriaSet, Criterion, Indicator, ScaledRef, Threshold
from ntm_cli.operators import SYMBOLS
from ntm_cli.regions import REGION_CODES, REGION_NAMES, region_label

SCHEMA_FILE = "commune.schema.json"  # what `ntm schema commune -o` is documented to write
DISTRICT_SCHEMA_FILE = "district.schema.json"  # `ntm schema district -o`
UNKNOWN_TEXT = "chưa rõ"
KIND_HINTS = {
    "percent": "số phần trăm, ví dụ 87,5 (hoặc {achieved: 380, total: 1000})",
    "number": "một số",
    "count": "số nguyên",
    "qualitative": "đạt / chưa đạt",
    "meets_set": "đạt / chưa đạt (hoặc xoá dòng và cho số liệu bộ kia trong other_sets)",
    "share_meeting_set": "không điền: ntm tính từ kết quả các xã trong commune_files",
}
BOOLEAN_KINDS = ("qualitative", "meets_set")
PERCENT_KINDS = ("percent", "share_meeting_set")
DATA_ROWS = 1000  # rows of the XLSX sheet that carry data validation


@dataclass(frozen=True)
class Scope:
    """Whose requirements a template shows: one region or group (or all of them), one year."""

    year: int
    region: str | None = None
    group: int | None = None
    # Sets that thresholds of the form "k × another set's threshold" refer to, by id.
    sets: Mapping[str, CriteriaSet] = field(default_factory=dict)

    def label(self, criteria_set: CriteriaSet) -> str:
        """'vùng Bắc Trung Bộ, năm 2025' / 'mọi vùng, năm 2025'."""
        if criteria_set.scheme == "regions":
            who = f"vùng {region_label(self.region)}" if self.region else "mọi vùng"
        elif criteria_set.scheme == "groups":
            who = f"nhóm xã {self.group}" if self.group else "mọi nhóm xã"
        else:
            who = f"mọi {unit_word(criteria_set)}"
        return f"{who}, năm {self.year}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unit_suffix(indicator: Indicator) -> str:
    if indicator.kind in PERCENT_KINDS:
        return "%"
    return f" {indicator.unit.get('vi')}" if indicator.unit else ""


def _scaled_text(
    indicator: Indicator, value: ScaledRef, scope: Scope, region: str | None, group: int | None
) -> str:
    """'≥ 55 (1,1 × qd318-xa-nang-cao 10.1)', or 'chưa rõ (…)' when that threshold is."""
    ref = value.ref
    how = f"{number(value.factor, 'vi')} × {ref.set_id} {ref.indicator}"
    target = scope.sets.get(ref.set_id)
    referred = target.indicators().get(ref.indicator) if target else None
    base = referred.threshold_for(region, group, scope.year) if referred else None
    if base is None or not isinstance(base.value, float):
        return f"{UNKNOWN_TEXT} ({how})"
    required = number(base.value * value.factor, "vi")
    return f"{SYMBOLS[indicator.operator]} {required}{_unit_suffix(indicator)} ({how})"


def _threshold_text(
    indicator: Indicator,
    rule: Threshold | None,
    scope: Scope,
    region: str | None = None,
    group: int | None = None,
) -> str:
    """'≥ 80%', 'đạt', '≤ 0 nhà', or 'chưa rõ' (with reported values, never picked)."""
    if rule is None:
        return UNKNOWN_TEXT
    if rule.is_unknown:
        if rule.candidates:
            values = " / ".join(
                f"{SYMBOLS[indicator.operator]} {number(float(c.value), 'vi')}"
                for c in rule.candidates
            )
            return f"{UNKNOWN_TEXT} (các nguồn nêu: {values}, chưa thống nhất)"
        return UNKNOWN_TEXT
    if isinstance(rule.value, ScaledRef):
        return _scaled_text(indicator, rule.value, scope, region, group)
    if isinstance(rule.value, bool):  # qualitative and meets_set thresholds are `true`
        return "đạt"
    if isinstance(rule.value, str):  # "unknown", handled above; this narrows the type
        return UNKNOWN_TEXT
    return f"{SYMBOLS[indicator.operator]} {number(rule.value, 'vi')}{_unit_suffix(indicator)}"


def _variants(criteria_set: CriteriaSet, scope: Scope) -> list[tuple[str | None, int | None]]:
    """The (region, group) pairs whose requirements the template shows."""
    if criteria_set.scheme == "regions":
        return [(scope.region, None)] if scope.region else [(r, None) for r in REGION_CODES]
    if criteria_set.scheme == "groups":
        return [(None, scope.group)] if scope.group else [(None, g) for g in (1, 2, 3)]
    return [(None, None)]


def requirement(indicator: Indicator, criteria_set: CriteriaSet, scope: Scope) -> str:
    """The requirement for the scope; several regions/groups are listed side by side."""
    variants = _variants(criteria_set, scope)
    texts: dict[str, list[str]] = {}
    for region, group in variants:
        rule = indicator.threshold_for(region, group, scope.year)
        who = region or (f"nhóm {group}" if group else "")
        texts.setdefault(_threshold_text(indicator, rule, scope, region, group), []).append(who)
    if len(texts) == 1:
        return next(iter(texts))
    return "; ".join(f"{text} ({', '.join(who)})" for text, who in texts.items())


def sources(indicator: Indicator, criteria_set: CriteriaSet, scope: Scope) -> str:
    """Source keys of the rules that apply to the scope, without repeats."""
    found: list[str] = []
    for region, group in _variants(criteria_set, scope):
        rule = indicator.threshold_for(region, group, scope.year)
        text = _one_line(rule.source) if rule and rule.source else "không có"
        if text not in found:
            found.append(text)
    return "; ".join(found)


def needs_declared_status(criterion: Criterion, criteria_set: CriteriaSet, scope: Scope) -> bool:
    """Whether the indicators alone cannot decide this criterion, so its status is asked for."""
    if not criterion.indicators or not criterion.indicators_complete:
        return True
    return any(UNKNOWN_TEXT in requirement(i, criteria_set, scope) for i in criterion.indicators)


def _unit_text(indicator: Indicator) -> str:
    if indicator.kind in PERCENT_KINDS:
        return "%"
    if indicator.kind in BOOLEAN_KINDS:
        return "đạt / chưa đạt"
    return indicator.unit.get("vi") if indicator.unit else "—"


def schema_file(criteria_set: CriteriaSet) -> str:
    """The schema file a template's first line points editors at."""
    return DISTRICT_SCHEMA_FILE if criteria_set.level == "huyen" else SCHEMA_FILE


def unit_word(criteria_set: CriteriaSet) -> str:
    """'huyện' for district sets, 'xã' otherwise (what one data file describes)."""
    return "huyện" if criteria_set.level == "huyen" else "xã"


def _header_keys(criteria_set: CriteriaSet) -> list[str]:
    if criteria_set.level == "huyen":  # a district file (QĐ 320): its communes are listed
        return [
            "district:  # tên huyện (bắt buộc)",
            "province:  # tỉnh",
            "commune_files:  # tệp số liệu các xã, ví dụ [xa-a.yaml, xa-b.yaml]",
        ]
    return ["commune:  # tên xã (bắt buộc)", "district:  # huyện", "province:  # tỉnh"]


def yaml_template(criteria_set: CriteriaSet, scope: Scope) -> str:
    """A commune YAML file with every indicator of the set, commented, values left empty."""
    lines = [
        f"# yaml-language-server: $schema={schema_file(criteria_set)}",
        f"# Mẫu số liệu {unit_word(criteria_set)} — bộ tiêu chí {criteria_set.id}:"
        f" {_one_line(criteria_set.title.vi)} ({criteria_set.decision.number});"
        f" yêu cầu cho {scope.label(criteria_set)}.",
        "# Điền giá trị sau dấu hai chấm: số (87,5 hoặc 87.5; có thể viết 87,5%),",
        "# đạt / chưa đạt, na (không áp dụng), hoặc {achieved: 380, total: 1000}.",
        "# Chưa có số liệu thì xoá dòng đó: ntm báo 'Thiếu số liệu', không bao giờ tính là đạt.",
        "# Kiểm tra: ntm validate TỆP — chấm điểm: ntm evaluate TỆP",
        *_header_keys(criteria_set),
    ]
    period = criteria_set.period
    if not period.start <= scope.year <= period.end:
        lines.insert(
            2, f"# Lưu ý: năm {scope.year} nằm ngoài giai đoạn {period} của bộ tiêu chí này."
        )
    if criteria_set.scheme == "regions":
        if scope.region:
            lines.append(f"region: {scope.region}  # {region_label(scope.region)}")
        else:
            lines.append(f"region:  # vùng: {', '.join(REGION_CODES)} hoặc tên, ví dụ Bắc Trung Bộ")
    elif criteria_set.scheme == "groups":
        lines.append(f"group: {scope.group}" if scope.group else "group:  # nhóm xã: 1, 2 hoặc 3")
    lines.append(f"year: {scope.year}")
    lines.append(f"criteria_set: {criteria_set.id}")
    if criteria_set.region_override:
        flags = " hoặc ".join(f"`{flag}: true`" for flag in criteria_set.region_override.when)
        lines.append(
            f"# Xã đặc biệt khó khăn / an toàn khu: thêm dòng {flags} (áp dụng yêu cầu vùng"
            f" {region_label(criteria_set.region_override.region)})."
        )
    if criteria_set.indicators():
        lines.append("indicators:")
    for criterion in criteria_set.criteria:
        if not criterion.indicators:
            continue
        lines.append(f"  # ── Tiêu chí {criterion.id}. {_one_line(criterion.name.vi)}")
        for ind in criterion.indicators:
            lines.append(f"  # {ind.id} {_one_line(ind.name.vi)}")
            needed = requirement(ind, criteria_set, scope)
            hint = KIND_HINTS[ind.kind]
            what = hint if ind.kind == "share_meeting_set" else f"điền: {hint}"
            lines.append(
                f"  #     đơn vị: {_unit_text(ind)} — yêu cầu: {needed}"
                f" — nguồn: {sources(ind, criteria_set, scope)} — {what}"
            )
            if ind.kind != "share_meeting_set":  # those are counted from the commune files
                lines.append(f'  "{ind.id}":')
    declared = [c for c in criteria_set.criteria if needs_declared_status(c, criteria_set, scope)]
    if declared:
        lines.append("# Kết quả tiêu chí (đạt / chưa đạt) khi các chỉ tiêu chưa đủ để kết luận:")
        lines.append("criteria:")
        for criterion in declared:
            why = (
                "chưa có danh sách chỉ tiêu"
                if not criterion.indicators
                else "chỉ tiêu chưa đầy đủ hoặc có yêu cầu chưa rõ"
            )
            lines.append(f"  # Tiêu chí {criterion.id}. {_one_line(criterion.name.vi)} — {why}")
            lines.append(f'  "{criterion.id}":')
    return "\n".join(lines) + "\n"


def xlsx_columns(criteria_set: CriteriaSet, scope: Scope) -> list[tuple[str, str, str]]:
    """(key, header text, kind) of every column; the key is the header's first word."""
    columns = [
        ("commune", "commune Tên xã", "text"),
        ("district", "district Huyện", "text"),
        ("province", "province Tỉnh", "text"),
    ]
    if criteria_set.scheme == "regions":
        columns.append(("region", "region Vùng", "region"))
    elif criteria_set.scheme == "groups":
        columns.append(("group", "group Nhóm xã", "group"))
    columns.append(("year", "year Năm", "year"))
    columns.append(("criteria_set", "criteria_set Bộ tiêu chí", "set"))
    for criterion in criteria_set.criteria:
        for ind in criterion.indicators:
            if ind.kind != "share_meeting_set":
                columns.append((ind.id, f"{ind.id} {_one_line(ind.name.vi)}", ind.kind))
    for criterion in criteria_set.criteria:
        if needs_declared_status(criterion, criteria_set, scope):
            key = f"tc{criterion.id}"
            columns.append((key, f"{key} Tiêu chí {_one_line(criterion.name.vi)}", "status"))
    return columns


def _validation(kind: str, set_id: str) -> Any:
    """The openpyxl DataValidation for a column kind, or None."""
    from openpyxl.worksheet.datavalidation import DataValidation

    flag_list = '"đạt,chưa đạt"'
    specs: dict[str, dict[str, Any]] = {
        "percent": {"type": "decimal", "operator": "between", "formula1": "0", "formula2": "100"},
        "number": {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "0"},
        "count": {"type": "whole", "operator": "greaterThanOrEqual", "formula1": "0"},
        "qualitative": {"type": "list", "formula1": flag_list},
        "meets_set": {"type": "list", "formula1": flag_list},
        "status": {"type": "list", "formula1": flag_list},
        "year": {"type": "whole", "operator": "between", "formula1": "1990", "formula2": "2100"},
        "group": {"type": "whole", "operator": "between", "formula1": "1", "formula2": "3"},
        "region": {
            "type": "list",
            "formula1": '"' + ",".join(vi for vi, _ in REGION_NAMES.values()) + '"',
        },
        "set": {"type": "list", "formula1": f'"{set_id}"'},
    }
    messages = {
        "percent": "Nhập số phần trăm từ 0 đến 100.",
        "number": "Nhập một số không âm.",
        "count": "Nhập số nguyên không âm.",
        "qualitative": "Chọn đạt hoặc chưa đạt.",
        "meets_set": "Chọn đạt hoặc chưa đạt.",
        "status": "Chọn đạt hoặc chưa đạt.",
        "year": "Nhập năm, ví dụ 2025.",
        "group": "Nhập nhóm xã 1, 2 hoặc 3.",
        "region": "Chọn vùng trong danh sách.",
        "set": f"Mã bộ tiêu chí: {set_id}.",
    }
    if kind not in specs:
        return None
    rule = DataValidation(allow_blank=True, showErrorMessage=True, **specs[kind])
    rule.error = messages[kind]
    rule.errorTitle = "Giá trị không hợp lệ"
    return rule


def _append(sheet: Any, row: list[Any]) -> None:
    """Add a row whose text can never run as a formula (set data may come from users)."""
    sheet.append([neutralise(value) for value in row])


def xlsx_template(criteria_set: CriteriaSet, scope: Scope) -> bytes:
    """An XLSX workbook: a data sheet (one row per commune) and a requirements sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet: Any = book.active
    sheet.title = "Số liệu"
    columns = xlsx_columns(criteria_set, scope)
    bold = Font(bold=True)
    for index, (_, header, kind) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=neutralise(header))
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 24 if kind == "text" else 16
        rule = _validation(kind, criteria_set.id)
        if rule is not None:
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{DATA_ROWS + 1}")
    sheet.freeze_panes = "B2"
    sheet.row_dimensions[1].height = 75

    notes: Any = book.create_sheet("Yêu cầu")
    _append(
        notes,
        [
            f"Bộ tiêu chí {criteria_set.id} ({criteria_set.decision.number}):"
            f" {_one_line(criteria_set.title.vi)} — yêu cầu cho {scope.label(criteria_set)}"
        ],
    )
    _append(notes, ["Mã", "Chỉ tiêu", "Tiêu chí", "Đơn vị", "Yêu cầu", "Nguồn"])
    for criterion in criteria_set.criteria:
        for ind in criterion.indicators:
            _append(
                notes,
                [
                    ind.id,
                    _one_line(ind.name.vi),
                    f"{criterion.id}. {_one_line(criterion.name.vi)}",
                    _unit_text(ind),
                    requirement(ind, criteria_set, scope),
                    sources(ind, criteria_set, scope),
                ],
            )
    if criteria_set.sources:
        _append(notes, [])
        _append(notes, ["Nguồn", "Văn bản"])
        for key, text in criteria_set.sources.items():
            _append(notes, [key, _one_line(text)])
    for cell in notes[2]:
        cell.font = bold
    notes.freeze_panes = "A3"
    for letter, width in zip("ABCDEF", (8, 60, 30, 14, 30, 40), strict=True):
        notes.column_dimensions[letter].width = width
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
