"""Blank commune data files for a criteria set: a commented YAML file or an XLSX sheet.

Pure functions: (set, region/group, year, language) -> text or bytes. Writing is the
command's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ntm_cli.model.operators import SYMBOLS
from ntm_cli.model.regions import REGION_CODES, REGION_NAMES, region_label
from ntm_cli.model.sets import CriteriaSet, Criterion, Indicator, ScaledRef, Threshold
from ntm_cli.report.cells import neutralise
from ntm_cli.report.common import qualified
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number

SCHEMA_FILE = "commune.schema.json"  # what `ntm schema commune -o` is documented to write
DISTRICT_SCHEMA_FILE = "district.schema.json"  # `ntm schema district -o`
PROVINCE_SCHEMA_FILE = "province.schema.json"  # `ntm schema province -o`
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

    def label(self, criteria_set: CriteriaSet, lang: str = "vi") -> str:
        """'vùng Bắc Trung Bộ, năm 2025' / 'every region, year 2025'."""
        if criteria_set.scheme == "regions":
            who = (
                message("template.scope_region", lang, region=region_label(self.region, lang))
                if self.region
                else message("template.scope_all_regions", lang)
            )
        elif criteria_set.scheme == "groups":
            who = (
                message("template.scope_group", lang, group=self.group)
                if self.group
                else message("template.scope_all_groups", lang)
            )
        else:
            who = message("template.scope_all_units", lang, unit=unit_word(criteria_set, lang))
        return message("template.scope", lang, who=who, year=self.year)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unit_suffix(indicator: Indicator, lang: str) -> str:
    if indicator.kind in PERCENT_KINDS:
        return "%"
    return f" {indicator.unit.get(lang)}" if indicator.unit else ""


def _scaled_base(
    value: ScaledRef, scope: Scope, region: str | None, group: int | None
) -> float | None:
    """The threshold a 'k × threshold' multiplies, or None when it is unknown."""
    ref = value.ref
    target = scope.sets.get(ref.set_id)
    referred = target.indicators().get(ref.indicator) if target else None
    base = referred.threshold_for(region, group, scope.year) if referred else None
    if base is None or not isinstance(base.value, float):
        return None
    return base.value


def _is_unknown(
    rule: Threshold | None, scope: Scope, region: str | None, group: int | None
) -> bool:
    """Whether a requirement cannot be stated: no rule, 'unknown', or k × an unknown one."""
    if rule is None or rule.is_unknown or isinstance(rule.value, str):
        return True
    if isinstance(rule.value, ScaledRef):
        return _scaled_base(rule.value, scope, region, group) is None
    return False


def _scaled_text(
    indicator: Indicator,
    value: ScaledRef,
    scope: Scope,
    region: str | None,
    group: int | None,
    lang: str,
) -> str:
    """'≥ 55 (1,1 × qd318-xa-nang-cao 10.1)', or 'chưa rõ (…)' when that threshold is."""
    how = f"{number(value.factor, lang)} × {value.ref.set_id} {value.ref.indicator}"
    base = _scaled_base(value, scope, region, group)
    if base is None:
        return f"{message('word.unknown', lang)} ({how})"
    required = number(base * value.factor, lang)
    return f"{SYMBOLS[indicator.operator]} {required}{_unit_suffix(indicator, lang)} ({how})"


def _threshold_text(
    indicator: Indicator,
    rule: Threshold | None,
    scope: Scope,
    region: str | None = None,
    group: int | None = None,
    lang: str = "vi",
) -> str:
    """'≥ 80%', 'đạt', '≤ 0 nhà', or 'chưa rõ' (with reported values, never picked)."""
    unknown = message("word.unknown", lang)
    if rule is None:
        return unknown
    if rule.is_unknown:
        if rule.candidates:
            values = " / ".join(
                f"{SYMBOLS[indicator.operator]} {number(float(c.value), lang)}"
                for c in rule.candidates
            )
            return message("template.candidates", lang, unknown=unknown, values=values)
        return unknown
    if isinstance(rule.value, ScaledRef):
        return _scaled_text(indicator, rule.value, scope, region, group, lang)
    if isinstance(rule.value, bool):  # qualitative and meets_set thresholds are `true`
        return message("template.met", lang)
    if isinstance(rule.value, str):  # "unknown", handled above; this narrows the type
        return unknown
    suffix = _unit_suffix(indicator, lang)
    text = f"{SYMBOLS[indicator.operator]} {number(rule.value, lang)}{suffix}"
    wording = rule.boundary_disputed.wording if rule.boundary_disputed else None
    return qualified(text, wording, rule.no_regional_split, lang)


def _variants(criteria_set: CriteriaSet, scope: Scope) -> list[tuple[str | None, int | None]]:
    """The (region, group) pairs whose requirements the template shows."""
    if criteria_set.scheme == "regions":
        return [(scope.region, None)] if scope.region else [(r, None) for r in REGION_CODES]
    if criteria_set.scheme == "groups":
        return [(None, scope.group)] if scope.group else [(None, g) for g in (1, 2, 3)]
    return [(None, None)]


def requirement(
    indicator: Indicator, criteria_set: CriteriaSet, scope: Scope, lang: str = "vi"
) -> str:
    """The requirement for the scope; several regions/groups are listed side by side."""
    variants = _variants(criteria_set, scope)
    texts: dict[str, list[str]] = {}
    for region, group in variants:
        rule = indicator.threshold_for(region, group, scope.year)
        who = region or (message("template.who_group", lang, group=group) if group else "")
        text = _threshold_text(indicator, rule, scope, region, group, lang)
        texts.setdefault(text, []).append(who)
    if len(texts) == 1:
        return next(iter(texts))
    return "; ".join(f"{text} ({', '.join(who)})" for text, who in texts.items())


def sources(indicator: Indicator, criteria_set: CriteriaSet, scope: Scope, lang: str = "vi") -> str:
    """Source keys of the rules that apply to the scope, without repeats."""
    found: list[str] = []
    for region, group in _variants(criteria_set, scope):
        rule = indicator.threshold_for(region, group, scope.year)
        text = (
            _one_line(rule.source) if rule and rule.source else message("template.no_source", lang)
        )
        if text not in found:
            found.append(text)
    return "; ".join(found)


def needs_declared_status(criterion: Criterion, criteria_set: CriteriaSet, scope: Scope) -> bool:
    """Whether the indicators alone cannot decide this criterion, so its status is asked for."""
    if not criterion.indicators or not criterion.indicators_complete:
        return True
    # Decided from the thresholds, not from the wording, so both languages ask for the same.
    return any(
        _is_unknown(ind.threshold_for(region, group, scope.year), scope, region, group)
        for ind in criterion.indicators
        for region, group in _variants(criteria_set, scope)
    )


def unit_text(indicator: Indicator, lang: str) -> str:
    """The unit an office reads for an indicator: '%', 'đạt / chưa đạt', 'nhà', '—'."""
    return _unit_text(indicator, lang)


def _unit_text(indicator: Indicator, lang: str) -> str:
    if indicator.kind in PERCENT_KINDS:
        return "%"
    if indicator.kind in BOOLEAN_KINDS:
        return message("template.flag_unit", lang)
    return indicator.unit.get(lang) if indicator.unit else "—"


def schema_file(criteria_set: CriteriaSet) -> str:
    """The schema file a template's first line points editors at."""
    if criteria_set.level == "tinh":
        return PROVINCE_SCHEMA_FILE
    return DISTRICT_SCHEMA_FILE if criteria_set.level == "huyen" else SCHEMA_FILE


def unit_word(criteria_set: CriteriaSet, lang: str = "vi") -> str:
    """'huyện' for district sets, 'xã' otherwise (what one data file describes)."""
    if criteria_set.level == "tinh":
        return message("period.unit_tinh", lang)
    return message(
        "template.unit_huyen" if criteria_set.level == "huyen" else "template.unit_xa", lang
    )


def _header_keys(criteria_set: CriteriaSet, lang: str) -> list[str]:
    def key(name: str, hint: str) -> str:
        return f"{name}:  # {message(f'template.{hint}', lang)}"

    if criteria_set.level == "huyen":  # a district file (QĐ 320): its communes are listed
        return [
            key("district", "key_district_name"),
            key("province", "key_province"),
            key("commune_files", "key_commune_files"),
        ]
    if criteria_set.level == "tinh":  # a province file (QĐ 51 Phụ lục III): its communes listed
        return [
            f"province:  # {message('period.key_province_name', lang)}",
            key("commune_files", "key_commune_files"),
        ]
    if criteria_set.after_districts:  # no districts since 01/7/2025; the new unit code instead
        return [
            key("commune", "key_commune"),
            f"code:  # {message('period.key_code', lang)}",
            key("province", "key_province"),
        ]
    return [
        key("commune", "key_commune"),
        key("district", "key_district"),
        key("province", "key_province"),
    ]


def _scope_keys(criteria_set: CriteriaSet, scope: Scope, lang: str) -> list[str]:
    """The region or group line (a value when the scope names one, else a hint)."""
    if criteria_set.scheme == "regions":
        if scope.region:
            return [f"region: {scope.region}  # {region_label(scope.region, lang)}"]
        codes = ", ".join(REGION_CODES)
        return [f"region:  # {message('template.key_region', lang, codes=codes)}"]
    if criteria_set.scheme == "groups":
        explained = [message(f"period.groups_{n}", lang) for n in range(1, 6)]
        area = f"khu_vuc:  # {message('period.key_khu_vuc', lang)}"
        if scope.group:
            return [*explained, area, f"group: {scope.group}"]
        return [*explained, area, f"group:  # {message('template.key_group', lang)}"]
    return []


def _indicator_lines(criteria_set: CriteriaSet, scope: Scope, lang: str) -> list[str]:
    """The `indicators:` block: each indicator under a comment saying what to write."""
    lines = ["indicators:"] if criteria_set.indicators() else []
    for criterion in criteria_set.criteria:
        if not criterion.indicators:
            continue
        name = _one_line(criterion.name.get(lang))
        lines.append(f"  # ── {message('template.criterion', lang, id=criterion.id, name=name)}")
        for ind in criterion.indicators:
            lines.append(f"  # {ind.id} {_one_line(ind.name.get(lang))}")
            hint = message(f"template.hint_{ind.kind}", lang)
            what = (
                hint
                if ind.kind == "share_meeting_set"
                else message("template.fill_in", lang, hint=hint)
            )
            detail = message(
                "template.indicator_line",
                lang,
                unit=_unit_text(ind, lang),
                required=requirement(ind, criteria_set, scope, lang),
                sources=sources(ind, criteria_set, scope, lang),
                what=what,
            )
            lines.append(f"  #     {detail}")
            if ind.kind != "share_meeting_set":  # those are counted from the commune files
                lines.append(f'  "{ind.id}":')
    return lines


def _declared_lines(criteria_set: CriteriaSet, scope: Scope, lang: str) -> list[str]:
    """The `criteria:` block for criteria whose status has to be declared."""
    declared = [c for c in criteria_set.criteria if needs_declared_status(c, criteria_set, scope)]
    if not declared:
        return []
    lines = [
        message("template.declared", lang),
        message("period.template_basic", lang),
        "criteria:",
    ]
    for criterion in declared:
        why = message(
            "template.why_partial" if criterion.indicators else "template.why_no_indicators", lang
        )
        name = _one_line(criterion.name.get(lang))
        title = message("template.criterion", lang, id=criterion.id, name=name)
        lines.append(f"  # {title} — {why}")
        lines.append(f'  "{criterion.id}":')
    return lines


def yaml_template(criteria_set: CriteriaSet, scope: Scope, lang: str = "vi") -> str:
    """A commune YAML file with every indicator of the set, commented, values left empty."""
    lines = [
        f"# yaml-language-server: $schema={schema_file(criteria_set)}",
        message(
            "template.title",
            lang,
            unit=unit_word(criteria_set, lang),
            set=criteria_set.id,
            name=_one_line(criteria_set.title.get(lang)),
            decision=criteria_set.decision.number,
            scope=scope.label(criteria_set, lang),
        ),
        *(message(f"template.how_{n}", lang) for n in (1, 2, 3, 4)),
        *_header_keys(criteria_set, lang),
    ]
    period = criteria_set.period
    if not period.start <= scope.year <= period.end:
        lines.insert(2, message("template.outside_period", lang, year=scope.year, period=period))
    lines.extend(_scope_keys(criteria_set, scope, lang))
    lines.append(f"year: {scope.year}")
    lines.append(f"criteria_set: {criteria_set.id}")
    if criteria_set.region_override:
        override = criteria_set.region_override
        joiner = message("template.flags_joiner", lang)
        flags = joiner.join(f"`{flag}: true`" for flag in override.when)
        region = region_label(override.region, lang)
        lines.append(message("template.flags", lang, flags=flags, region=region))
    lines.extend(_indicator_lines(criteria_set, scope, lang))
    lines.extend(_declared_lines(criteria_set, scope, lang))
    return "\n".join(lines) + "\n"


def xlsx_columns(
    criteria_set: CriteriaSet, scope: Scope, lang: str = "vi"
) -> list[tuple[str, str, str]]:
    """(key, header text, kind) of every column; the key is the header's first word."""

    def column(key: str, kind: str) -> tuple[str, str, str]:
        return (key, f"{key} {message(f'template.col_{key}', lang)}", kind)

    columns = [column("commune", "text")]
    if criteria_set.after_districts:  # no districts since 01/7/2025; the new unit code instead
        columns += [column("code", "text"), column("province", "text")]
    else:
        columns += [column("district", "text"), column("province", "text")]
    if criteria_set.scheme == "regions":
        columns.append(column("region", "region"))
    elif criteria_set.scheme == "groups":
        columns.append(column("khu_vuc", "khu_vuc"))
        columns.append(column("group", "group"))
    columns.append(column("year", "year"))
    columns.append(column("criteria_set", "set"))
    for criterion in criteria_set.criteria:
        for ind in criterion.indicators:
            if ind.kind != "share_meeting_set":
                unit = " (%)" if ind.kind == "percent" else ""  # type 93,2: the percentage
                header = f"{ind.id} {_one_line(ind.name.get(lang))}{unit}"
                columns.append((ind.id, header, ind.kind))
    for criterion in criteria_set.criteria:
        if needs_declared_status(criterion, criteria_set, scope):
            key = f"tc{criterion.id}"
            name = _one_line(criterion.name.get(lang))
            columns.append(
                (key, f"{key} {message('template.col_status', lang, name=name)}", "status")
            )
    return columns


def _validation(kind: str, set_id: str, lang: str = "vi") -> Any:
    """The openpyxl DataValidation for a column kind, or None."""
    from openpyxl.worksheet.datavalidation import DataValidation

    # The lists hold the values the loader reads, in Vietnamese whatever the language:
    # a workbook means the same thing in either language.
    flag_list = '"đạt,chưa đạt"'
    status_list = '"đạt,cơ bản đạt,chưa đạt"'  # a criterion may be declared cơ bản đạt
    specs: dict[str, dict[str, Any]] = {
        "percent": {"type": "decimal", "operator": "between", "formula1": "0", "formula2": "100"},
        "number": {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "0"},
        "count": {"type": "whole", "operator": "greaterThanOrEqual", "formula1": "0"},
        "qualitative": {"type": "list", "formula1": flag_list},
        "meets_set": {"type": "list", "formula1": flag_list},
        "status": {"type": "list", "formula1": status_list},
        "year": {"type": "whole", "operator": "between", "formula1": "1990", "formula2": "2100"},
        "group": {"type": "whole", "operator": "between", "formula1": "1", "formula2": "3"},
        "khu_vuc": {"type": "list", "formula1": '"I,II,III"'},
        "region": {
            "type": "list",
            "formula1": '"' + ",".join(vi for vi, _ in REGION_NAMES.values()) + '"',
        },
        "set": {"type": "list", "formula1": f'"{set_id}"'},
    }
    if kind not in specs:
        return None
    check = "flag" if kind in BOOLEAN_KINDS else kind
    rule = DataValidation(allow_blank=True, showErrorMessage=True, **specs[kind])
    rule.errorTitle = message("template.check_title", lang)
    if kind == "percent":  # 0,932 typed for 93,2% would read as 0,932 %: say what to type
        rule.error = message("sheets.percent_check", lang)
        rule.prompt = message("sheets.percent_prompt", lang)
        rule.promptTitle = message("sheets.percent_prompt_title", lang)
        rule.showInputMessage = True
    else:
        rule.error = message(f"template.check_{check}", lang, set=set_id)
    return rule


def _append(sheet: Any, row: list[Any]) -> None:
    """Add a row whose text can never run as a formula (set data may come from users)."""
    sheet.append([neutralise(value) for value in row])


def _requirements_sheet(book: Any, criteria_set: CriteriaSet, scope: Scope, lang: str) -> None:
    """Sheet 'Yêu cầu': each indicator's requirement and source, then the set's sources."""
    from openpyxl.styles import Font

    def text(key: str) -> str:
        return message(f"template.{key}", lang)

    notes: Any = book.create_sheet(text("sheet_requirements"))
    title = message(
        "template.notes_title",
        lang,
        set=criteria_set.id,
        decision=criteria_set.decision.number,
        name=_one_line(criteria_set.title.get(lang)),
        scope=scope.label(criteria_set, lang),
    )
    _append(notes, [title])
    columns = ("id", "indicator", "criterion", "unit", "required", "source")
    _append(notes, [text(f"notes_{key}") for key in columns])
    for criterion in criteria_set.criteria:
        for ind in criterion.indicators:
            _append(
                notes,
                [
                    ind.id,
                    _one_line(ind.name.get(lang)),
                    f"{criterion.id}. {_one_line(criterion.name.get(lang))}",
                    _unit_text(ind, lang),
                    requirement(ind, criteria_set, scope, lang),
                    sources(ind, criteria_set, scope, lang),
                ],
            )
    if criteria_set.scheme == "groups":  # what the groups are, where the text comes from
        _append(notes, [])
        for n in range(1, 6):
            _append(notes, [message(f"period.groups_{n}", lang).lstrip("# ")])
    if criteria_set.sources:
        _append(notes, [])
        _append(notes, [text("notes_source"), text("notes_document")])
        for key, source in criteria_set.citations().items():
            _append(notes, [key, _one_line(source)])
    for cell in notes[2]:
        cell.font = Font(bold=True)
    notes.freeze_panes = "A3"
    for letter, width in zip("ABCDEF", (8, 60, 30, 14, 30, 40), strict=True):
        notes.column_dimensions[letter].width = width


def xlsx_template(criteria_set: CriteriaSet, scope: Scope, lang: str = "vi") -> bytes:
    """An XLSX workbook: a data sheet (one row per commune) and a requirements sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet: Any = book.active
    # Readers take the first sheet whatever its title, so the title can be translated.
    sheet.title = message("template.sheet_data", lang)
    columns = xlsx_columns(criteria_set, scope, lang)
    bold = Font(bold=True)
    for index, (_, header, kind) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=neutralise(header))
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 24 if kind == "text" else 16
        rule = _validation(kind, criteria_set.id, lang)
        if rule is not None:
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{DATA_ROWS + 1}")
    sheet.freeze_panes = "B2"
    sheet.row_dimensions[1].height = 75
    _requirements_sheet(book, criteria_set, scope, lang)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
