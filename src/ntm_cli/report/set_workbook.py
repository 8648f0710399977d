"""The set workbook an office fills in (`ntm sets template`), the set it imports to, completeness.

Pure functions: set -> workbook bytes, imported set -> YAML text, figures -> lines.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from typing import Any

from ntm_cli.inputs.set_workbook import (
    BASIC_KINDS,
    COMPLETE_WORDS,
    KIND_WORDS,
    LEAD_COLUMNS,
    META_KEYS,
    META_VALUE_COLUMN,
    TAIL_COLUMNS,
    Imported,
    own_office_key,
    row_years,
    rule_at,
    rule_cell,
    threshold_keys,
    years_text,
)
from ntm_cli.model.operators import SYMBOLS
from ntm_cli.model.regions import region_label
from ntm_cli.model.sets import CriteriaSet, Criterion, Indicator
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import message
from ntm_cli.scoring.completeness import Completeness, Figures

HEADER_ROW = 8  # the table's header row in the template (key rows above it)
TABLE_ROWS = 1000  # rows below the header that carry data validation
UNKNOWN_FILL = "FFF2CC"  # pale yellow: a value the office is asked for
PERCENT_KINDS = ("percent", "share_meeting_set")
BOOLEAN_KINDS = ("qualitative", "meets_set")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def column_label(key: str, lang: str) -> str:
    """The label under a column key: 'Mã chỉ tiêu', 'Nhóm 1', 'Bắc Trung Bộ'."""
    if key.startswith("nhom_"):
        return message("setbook.col_group", lang, group=key.removeprefix("nhom_"))
    if key in ("criterion", "criterion_name", "indicator", "name", "unit", "kind"):
        return message(f"setbook.col_{key}", lang)
    if key in ("operator", "year", "value", "source", "complete", "note"):
        return message(f"setbook.col_{key}", lang)
    return region_label(key, lang)


def table_columns(criteria_set: CriteriaSet) -> list[str]:
    """Column keys of the table, in order."""
    return [*LEAD_COLUMNS, *(k for k, _ in threshold_keys(criteria_set)), *TAIL_COLUMNS]


def _shown_sources(indicator: Indicator, years: Any, criteria_set: CriteriaSet) -> str | None:
    """A row's source column: its rules' sources, minus the office document cited above."""
    own = own_office_key(criteria_set)
    # Loaded sets show a rule's source keys as their citations (model.sets.cite_sources).
    own_text = criteria_set.citations().get(own) if own else None
    found: list[str] = []
    for _, variant in threshold_keys(criteria_set):
        rule = rule_at(indicator, variant, years)
        if rule is None or not rule.source:
            continue
        if own_text is not None and rule.source in (own, own_text):
            continue
        if rule.source not in found:
            found.append(rule.source)
    return "; ".join(found) or None


def _is_complete(criterion: Criterion) -> bool:
    return bool(criterion.indicators) and criterion.indicators_complete


def template_rows(criteria_set: CriteriaSet, lang: str) -> list[tuple[list[Any], list[int]]]:
    """Each table row's cells and the (0-based) columns whose value is asked for."""
    keys = table_columns(criteria_set)
    thresholds = threshold_keys(criteria_set)
    rows: list[tuple[list[Any], list[int]]] = []
    for criterion in criteria_set.criteria:
        complete = COMPLETE_WORDS[_is_complete(criterion)][0]
        criterion_name = _one_line(criterion.name.get(lang))
        if not criterion.indicators:
            cells: dict[str, Any] = {
                "criterion": criterion.id,
                "criterion_name": criterion_name,
                "complete": complete,
            }
            asked = [i for i, k in enumerate(keys) if k not in ("criterion", "criterion_name")]
            rows.append(([cells.get(k) for k in keys], asked))
            continue
        for indicator in criterion.indicators:
            for years in row_years(indicator):
                cells = {
                    "criterion": criterion.id,
                    "criterion_name": criterion_name,
                    "indicator": indicator.id,
                    "name": _one_line(indicator.name.get(lang)),
                    "unit": "%"
                    if indicator.kind in PERCENT_KINDS
                    else (_one_line(indicator.unit.get(lang)) if indicator.unit else None),
                    "kind": KIND_WORDS[indicator.kind][0],
                    "operator": None
                    if indicator.kind in BOOLEAN_KINDS
                    else SYMBOLS[indicator.operator],
                    "year": years_text(years),
                    "source": _shown_sources(indicator, years, criteria_set),
                    "complete": complete,
                    "note": _one_line(indicator.note.get(lang)) if indicator.note else None,
                }
                asked = []
                for key, variant in thresholds:
                    rule = rule_at(indicator, variant, years)
                    cells[key] = rule_cell(rule) if rule is not None else None
                    if cells[key] is None and (
                        years is None
                        or indicator.threshold_for(
                            variant if isinstance(variant, str) else None,
                            variant if isinstance(variant, int) else None,
                            years[0],
                        )
                        is None
                    ):
                        asked.append(keys.index(key))
                rows.append(([cells.get(k) for k in keys], asked))
    return rows


def _validations(sheet: Any, criteria_set: CriteriaSet, lang: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    keys = table_columns(criteria_set)
    lists = {
        "criterion": ",".join(criteria_set.criterion_ids()),
        "kind": ",".join(KIND_WORDS[k][0] for k in BASIC_KINDS),
        "operator": ",".join(SYMBOLS.values()),
        "complete": ",".join(COMPLETE_WORDS[flag][0] for flag in (True, False)),
    }
    for key, items in lists.items():
        if len(items) > 250:  # a list validation holds at most 255 characters
            continue
        rule = DataValidation(type="list", formula1=f'"{items}"', allow_blank=True)
        rule.showErrorMessage = True
        rule.errorTitle = message("setbook.check_title", lang)
        rule.error = message("setbook.check_list", lang, items=items.replace(",", ", "))
        sheet.add_data_validation(rule)
        letter = get_column_letter(keys.index(key) + 1)
        rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + TABLE_ROWS}")


def set_template(criteria_set: CriteriaSet, lang: str = "vi") -> bytes:
    """The workbook: key rows citing the document, the indicator table, a how-to sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from ntm_cli.inputs.read import SET_WORKBOOK_KEYWORD

    book = Workbook()
    book.properties.keywords = SET_WORKBOOK_KEYWORD  # a batch over its folder skips it
    sheet: Any = book.active
    sheet.title = message("setbook.sheet_table", lang)
    asked_fill = PatternFill("solid", fgColor=UNKNOWN_FILL)
    bold = Font(bold=True)
    title = message(
        "setbook.title",
        lang,
        set=criteria_set.id,
        name=_one_line(criteria_set.title.get(lang)),
        decision=criteria_set.decision.number,
    )
    sheet.cell(row=1, column=1, value=neutralise(title)).font = bold
    own = own_office_key(criteria_set)
    decision = criteria_set.decision
    prefilled: dict[str, Any] = {"set": criteria_set.id, "language": lang}
    if own is not None:  # a set imported before: its document is the office's
        prefilled["document"] = decision.number
        prefilled["annex"] = decision.annex
        prefilled["date"] = (
            f"{decision.date.day:02d}/{decision.date.month:02d}/{decision.date.year}"
            if isinstance(decision.date, dt.date)
            else None
        )
    for offset, key in enumerate(META_KEYS, start=2):
        sheet.cell(row=offset, column=1, value=key).font = bold
        sheet.cell(row=offset, column=2, value=message(f"setbook.meta_{key}", lang))
        value = sheet.cell(
            row=offset, column=META_VALUE_COLUMN, value=neutralise(prefilled.get(key))
        )
        if key in ("document", "annex", "date") and value.value is None:
            value.fill = asked_fill
    keys = table_columns(criteria_set)
    for index, key in enumerate(keys, start=1):
        cell = sheet.cell(
            row=HEADER_ROW, column=index, value=neutralise(f"{key}\n{column_label(key, lang)}")
        )
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, (cells, asked) in enumerate(
        template_rows(criteria_set, lang), start=HEADER_ROW + 1
    ):
        for index, value in enumerate(cells, start=1):
            cell = sheet.cell(row=number, column=index, value=neutralise(value))
            if index - 1 in asked:
                cell.fill = asked_fill
    widths = {"criterion": 9, "criterion_name": 24, "indicator": 9, "name": 50, "unit": 10}
    widths |= {"kind": 12, "operator": 9, "year": 11, "source": 24, "complete": 10, "note": 30}
    from openpyxl.utils import get_column_letter

    for index, key in enumerate(keys, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(key, 12)
    sheet.row_dimensions[HEADER_ROW].height = 60
    sheet.freeze_panes = f"E{HEADER_ROW + 1}"
    _validations(sheet, criteria_set, lang)
    how: Any = book.create_sheet(message("setbook.sheet_how", lang))
    how.column_dimensions["A"].width = 110
    for number in range(1, 13):
        line = message(f"setbook.how_{number}", lang, set=criteria_set.id)
        how.cell(row=number, column=1, value=neutralise(line)).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
    how["A1"].font = bold
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- imported set


def _plain(value: Any) -> Any:
    """Data as YAML should show it: 80 rather than 80.0, nested the same way."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def set_yaml(imported: Imported, workbook: str, lang: str = "vi") -> str:
    """The completed set as a YAML file: a header saying where it comes from, then the data."""
    import yaml

    head = [
        f"# {message('setbook.yaml_head', lang, workbook=workbook, set=imported.parent.id)}",
        f"# {message('setbook.yaml_cited', lang, citation=imported.citation)}",
        f"# {message('setbook.yaml_check', lang, set=imported.data['id'])}",
    ]

    class _Dumper(yaml.SafeDumper):
        """Lists of numbers on one line ([1, 2, 3]); everything else as blocks."""

    def _sequence(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
        flow = all(isinstance(item, int | float) for item in data)  # groups, years
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    _Dumper.add_representer(list, _sequence)
    body = yaml.dump(
        _plain(imported.data),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    return "\n".join(head) + "\n" + body


# --------------------------------------------------------------------------- completeness


def _of(known: int, total: int | None) -> str:
    return f"{known}/{total if total is not None else '?'}"


def figures_cell(figures: Figures) -> str:
    """'12/47 · 30/141' (indicators listed/expected · thresholds known/needed)."""
    return (
        f"{_of(figures.indicators_listed, figures.indicators_expected)}"
        f" · {_of(figures.thresholds_known, figures.thresholds_needed)}"
    )


def completeness_lines(found: Completeness, lang: str) -> list[str]:
    """`sets check` lines: the set's figures, then each criterion's."""

    def line(figures: Figures) -> str:
        return message(
            "setbook.figures",
            lang,
            indicators=_of(figures.indicators_listed, figures.indicators_expected),
            thresholds=_of(figures.thresholds_known, figures.thresholds_needed),
        )

    lines = [f"{message('setbook.completeness', lang)}: {line(found.total)}"]
    total = found.total
    if total.indicators_expected is not None and total.indicators_listed > (
        total.indicators_expected
    ):  # an id typed twice under two numbers, or a list from another decision
        lines.append(
            message(
                "setbook.too_many",
                lang,
                listed=total.indicators_listed,
                expected=total.indicators_expected,
            )
        )
    for criterion_id, figures in found.criteria:
        label = message("setbook.criterion", lang, id=criterion_id)
        lines.append(f"  {label}: {line(figures)}")
    return lines


def completeness_dict(found: Completeness) -> dict[str, Any]:
    """JSON view: the set's figures plus `criteria` (each criterion's, by id)."""
    return {**found.total.as_dict(), "criteria": {c: f.as_dict() for c, f in found.criteria}}
