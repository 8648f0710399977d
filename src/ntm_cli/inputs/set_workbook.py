"""An office's set workbook (`ntm sets template`, filled in) -> a set that `extends` the original.

Layout of the first sheet (written by report/set_workbook.py, read here):

- key rows at the top: column A holds a key (`set`, `language`, `document`, `annex`, `date`),
  column C its value; `document` / `annex` / `date` cite the office's document once;
- a header row whose cells start with a column key (`criterion`, `indicator`, `name`, `unit`,
  `kind`, `operator`, `year`, one column per group `nhom_1`… or region `tdmnpb`…, or `value`,
  then `source`, `complete`, `note`), the rest of the cell being a label in any language;
- one row per indicator (and per year range when thresholds change by year).

An empty threshold cell changes nothing (an unknown value stays unknown); a filled one is the
office's value, cited as the office's document or the row's own source, never as ntm's.
Every problem is an InputError at its cell; nothing is returned unless the whole sheet is good.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ntm_cli.inputs.kinds import WORKBOOK_SUFFIXES
from ntm_cli.inputs.sheets import cell_location, column_letter
from ntm_cli.inputs.workbooks import Cell, Row, workbook_rows
from ntm_cli.model.errors import InputError, InputErrors, Location, Said, said
from ntm_cli.model.regions import REGION_CODES, parse_region
from ntm_cli.model.sets import (
    UNKNOWN,
    CriteriaSet,
    Indicator,
    ScaledRef,
    Threshold,
)
from ntm_cli.model.text import fold, inert
from ntm_cli.model.values import finite_float, parse_flag, parse_number_text

T = TypeVar("T")

# Key rows above the table (column A key, column C value).
META_KEYS = ("set", "language", "document", "annex", "date")
# Table columns before and after the threshold columns, in the order the template writes them.
LEAD_COLUMNS = (
    "criterion",
    "criterion_name",
    "indicator",
    "name",
    "unit",
    "kind",
    "operator",
    "year",
)
TAIL_COLUMNS = ("source", "complete", "note")
VALUE_COLUMN = "value"  # the threshold column of a set with neither regions nor groups
META_VALUE_COLUMN = 3  # column C

# Words an office may write, folded (no case, no diacritics); the first one is what the
# template writes (in Vietnamese whatever the language: a workbook means one thing).
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "percent": ("tỷ lệ %", "tỷ lệ", "%", "phần trăm", "percent"),
    "number": ("số", "number"),
    "count": ("số lượng", "count"),
    "qualitative": ("định tính", "đạt/chưa đạt", "qualitative"),
    "meets_set": ("meets_set",),
    "share_meeting_set": ("share_meeting_set",),
}
BASIC_KINDS = ("percent", "number", "count", "qualitative")  # what an office may choose
OPERATOR_WORDS: dict[str, tuple[str, ...]] = {
    "at_least": ("≥", ">=", "tối thiểu", "không thấp hơn", "at_least", "at least"),
    "at_most": ("≤", "<=", "tối đa", "không quá", "không vượt quá", "at_most", "at most"),
    "equal": ("=", "bằng", "equal"),
}
COMPLETE_WORDS = {True: ("đủ", "đã đủ", "complete", "yes"), False: ("chưa đủ", "incomplete", "no")}
UNKNOWN_WORDS = ("chưa rõ", "unknown", "?")

_KIND_BY_WORD = {fold(w): kind for kind, words in KIND_WORDS.items() for w in words}
_OPERATOR_BY_WORD = {fold(w): op for op, words in OPERATOR_WORDS.items() for w in words}
_OPERATOR_BY_WORD[">="] = "at_least"  # fold keeps these, but be explicit
_COMPLETE_BY_WORD = {fold(w): flag for flag, words in COMPLETE_WORDS.items() for w in words}
_GROUP_KEY = re.compile(r"^(?:nhom|group)\s*([0-9]+)$")
_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-–—]\s*(\d{4}))?\s*$")
_FORMULA_PREFIX = ("'=", "'+", "'-", "'@")
OFFICE_KEY = "VB"  # key of the office's document in the set's `sources:`


def office_key(parent: CriteriaSet) -> str:
    """The `sources:` key for a new office citation: VB, or VB2, VB3… if the parent has it."""
    key, n = OFFICE_KEY, 1
    while key in parent.sources:
        n += 1
        key = f"{OFFICE_KEY}{n}"
    return key


def own_office_key(criteria_set: CriteriaSet) -> str | None:
    """The office-citation key an imported set added last (VB, VB2…), or None."""
    keys = [k for k in criteria_set.sources if re.fullmatch(rf"{OFFICE_KEY}[0-9]*", k)]
    return max(keys, key=lambda k: int(k[len(OFFICE_KEY) :] or 1)) if keys else None


def threshold_keys(criteria_set: CriteriaSet) -> list[tuple[str, str | int | None]]:
    """(column key, region code / group number / None) of each threshold column of a set."""
    if criteria_set.scheme == "regions":
        return [(code, code) for code in REGION_CODES]
    if criteria_set.scheme == "groups":
        return [(f"nhom_{g}", g) for g in (1, 2, 3)]
    return [(VALUE_COLUMN, None)]


def years_text(years: Iterable[int] | None) -> str | None:
    """'2026', '2026-2030' (a run) or '2026, 2028'; None for every year."""
    if years is None:
        return None
    ordered = sorted(years)
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}-{ordered[-1]}"
    return ", ".join(str(y) for y in ordered)


def number_cell(value: float) -> int | float:
    """A threshold as a cell shows it: 80 rather than 80.0."""
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def scaled_text(value: ScaledRef) -> str:
    """How a 'k × another set's threshold' rule is written in a cell."""
    return f"{value.factor:g} × {value.ref.set_id} {value.ref.indicator}"


def rule_cell(rule: Threshold) -> Cell:
    """A known rule's value as the template writes it; None for an unknown one."""
    value = rule.value
    if isinstance(value, ScaledRef):
        return scaled_text(value)
    if isinstance(value, bool):
        return "đạt"
    if isinstance(value, float):
        return number_cell(value)
    return None


def rule_at(
    indicator: Indicator, variant: str | int | None, years: tuple[int, ...] | None
) -> Threshold | None:
    """The rule written in the row of `years` for a region/group: exact years, most specific."""
    best: Threshold | None = None
    for rule in indicator.thresholds:
        rule_years = tuple(rule.years) if rule.years is not None else None
        if rule_years != years:
            continue
        if isinstance(variant, str) and rule.regions is not None and variant not in rule.regions:
            continue
        if isinstance(variant, int) and rule.groups is not None and variant not in rule.groups:
            continue
        if best is None or rule.specificity() > best.specificity():
            best = rule
    return best


def row_years(indicator: Indicator) -> list[tuple[int, ...] | None]:
    """The year ranges an indicator's rules use: one template row each (all years first)."""
    found: list[tuple[int, ...] | None] = []
    for rule in indicator.thresholds:
        years = tuple(rule.years) if rule.years is not None else None
        if years not in found:
            found.append(years)
    found.sort(key=lambda y: (y is not None, y or ()))
    return found


# ------------------------------------------------------------------------------ reading


@dataclass
class _Cells:
    """One table row: its number and its cells by column key."""

    number: int
    cells: dict[str, tuple[int, Cell]] = field(default_factory=dict)

    def get(self, key: str) -> Cell:
        return self.cells[key][1] if key in self.cells else None

    def col(self, key: str) -> int:
        return self.cells[key][0]


@dataclass
class SetWorkbook:
    """What a set workbook says, read and checked cell by cell."""

    path: str
    meta: dict[str, tuple[int, Cell]]
    header_row: int
    columns: dict[str, int]
    rows: list[_Cells]


def _text(value: Cell) -> str:
    text = inert(str(value)).strip()
    return text[1:] if text.startswith(_FORMULA_PREFIX) else text


def _key(value: Cell) -> str:
    """A header cell's key: its first word, folded; group columns as nhom_N."""
    if value is None:
        return ""
    words = _text(value).split()
    if not words:
        return ""
    first = words[0].lower()
    group = _GROUP_KEY.match(fold(first)) or (
        _GROUP_KEY.match(fold(" ".join(words[:2]))) if len(words) > 1 else None
    )
    if group:
        return f"nhom_{group.group(1)}"
    return first


def read_set_workbook(path: Path) -> SetWorkbook:
    """The key rows, header and table rows of a set workbook; located errors if none."""
    shown = str(path)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise InputError(
            Location(shown),
            said("setbook.err_not_workbook", suffix=path.suffix or "—"),
        )
    rows: list[Row] = list(workbook_rows(path))
    meta: dict[str, tuple[int, Cell]] = {}
    header_row = 0
    columns: dict[str, int] = {}
    problems: list[InputError] = []
    for number, row in enumerate(rows, start=1):
        first = _key(row[0]) if row else ""
        if first == "criterion":
            header_row = number
            for index, cell in enumerate(row, start=1):
                key = _key(cell)
                if not key:
                    continue
                if key in columns:
                    problems.append(
                        InputError(
                            cell_location(shown, number, index),
                            said(
                                "setbook.err_column_twice",
                                column=key,
                                other=column_letter(columns[key]),
                            ),
                        )
                    )
                    continue
                columns[key] = index
            break
        if first in META_KEYS:
            value = row[META_VALUE_COLUMN - 1] if len(row) >= META_VALUE_COLUMN else None
            meta[first] = (number, value)
    if not header_row:
        raise InputError(
            Location(shown),
            said("setbook.err_no_header"),
        )
    if problems:
        raise InputErrors(problems)
    table: list[_Cells] = []
    for number, row in enumerate(rows[header_row:], start=header_row + 1):
        cells = _Cells(number)
        for key, index in columns.items():
            value = row[index - 1] if index - 1 < len(row) else None
            if isinstance(value, str) and not _text(value):
                value = None
            cells.cells[key] = (index, value)
        extra = [
            (i, v)
            for i, v in enumerate(row, start=1)
            if v is not None and i not in columns.values() and _text(v)
        ]
        if extra:
            index, _ = extra[0]
            problems.append(
                InputError(
                    cell_location(shown, number, index),
                    said("setbook.err_no_column_key", row=header_row),
                )
            )
        if any(v is not None for _, v in cells.cells.values()):
            table.append(cells)
    if problems:
        raise InputErrors(problems)
    return SetWorkbook(shown, meta, header_row, columns, table)


# ------------------------------------------------------------------------------ import


def _parse_date(text: str) -> dt.date | None:
    text = text.strip().split(" ")[0]
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _date_text(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


@dataclass
class _Collector:
    """Problems found so far, each at its cell."""

    path: str
    problems: list[InputError] = field(default_factory=list)

    def at(self, row: int, column: int, text: Said) -> None:
        self.problems.append(InputError(cell_location(self.path, row, column), text))


@dataclass
class Imported:
    """The child set's data (as a YAML mapping) and the set it extends."""

    data: dict[str, Any]
    parent: CriteriaSet
    citation: str
    added: int
    changed: int
    resolved: CriteriaSet | None = None


def _citation(book: SetWorkbook, found: _Collector) -> tuple[dict[str, Any], str]:
    """The office's document (decision mapping, one-line citation) from the key rows."""

    def value(key: str) -> tuple[int, str | None]:
        row, cell = book.meta.get(key, (0, None))
        return row, (_text(cell) if cell is not None else None) or None

    number_row, number = value("document")
    if number is None:
        where = number_row or book.header_row
        found.at(
            where,
            META_VALUE_COLUMN,
            said("setbook.err_no_document"),
        )
        return {}, ""
    decision: dict[str, Any] = {"number": number}
    parts = [number]
    _, annex = value("annex")
    if annex:
        decision["annex"] = annex
        parts.append(annex)
    date_row, date_text = value("date")
    if date_text:
        date = _parse_date(date_text)
        if date is None:
            found.at(
                date_row,
                META_VALUE_COLUMN,
                said("setbook.err_date", text=date_text),
            )
        else:
            decision["date"] = date
            parts.append(_date_text(date))
    return decision, ", ".join(parts)


def _word(table: dict[str, T], cell: Cell) -> T | None:
    return table.get(fold(_text(cell))) if cell is not None else None


def _known_words(words: dict[str, tuple[str, ...]]) -> str:
    """'≥ (tối thiểu, at_least), ≤ (…)': the word the template writes, then its other names."""
    return ", ".join(f"{w[0]} ({', '.join(w[1:3])})" for w in words.values())


def _parse_years(text: str, period: tuple[int, int]) -> tuple[int, ...] | Said:
    """Years of a `year` cell, or the reason it cannot be read."""
    years: set[int] = set()
    for part in re.split(r"[,;]", text):
        match = _YEARS.match(part)
        if not match:
            return said("setbook.err_years", text=text)
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if end < start:
            return said("setbook.err_years_order", text=text)
        years.update(range(start, end + 1))
    outside = sorted(y for y in years if not period[0] <= y <= period[1])
    if outside:
        return said("setbook.err_year_outside", year=outside[0], period=f"{period[0]}–{period[1]}")
    return tuple(sorted(years))


def _threshold_value(
    cell: Cell, kind: str, indicator_id: str, inherited: Threshold | None
) -> float | bool | Said | None:
    """A threshold cell: a value, None (empty: no change), or the reason it is wrong."""
    if cell is None:
        return None
    if isinstance(cell, str):
        text = _text(cell)
        if fold(text) in {fold(w) for w in UNKNOWN_WORDS}:
            return None
        scaled = inherited.value if inherited is not None else None
        if isinstance(scaled, ScaledRef) and text == scaled_text(scaled):
            return None  # the inherited reference, as the template wrote it
    boolean_kind = kind in ("qualitative", "meets_set")
    if isinstance(cell, bool):
        flag: bool | str | None = cell
    elif isinstance(cell, str):
        flag = parse_flag(_text(cell))
    else:
        flag = None
    if boolean_kind:
        if flag is True:
            return True
        return said(
            "setbook.err_needs_dat",
            id=indicator_id,
            kind=said(f"setbook.kind_{kind}"),
            cell=repr(cell),
        )
    if flag is not None:
        return said(
            "setbook.err_flag_for_number",
            id=indicator_id,
            kind=said(f"setbook.kind_{kind}"),
            cell=repr(cell),
        )
    try:
        number = finite_float(cell) if isinstance(cell, int | float) else None
        if number is None:
            number = parse_number_text(_text(cell))
    except ValueError as exc:
        if "ambiguous" in str(exc):
            return said(
                "setbook.err_ambiguous",
                id=indicator_id,
                kind=said(f"setbook.kind_{kind}"),
                cell=repr(cell),
            )
        return said(
            "setbook.err_not_number",
            id=indicator_id,
            kind=said(f"setbook.kind_{kind}"),
            cell=repr(cell),
        )
    if kind in ("percent", "share_meeting_set") and not 0 <= number <= 100:
        return said("setbook.err_percent", value=f"{number:g}")
    if kind == "count" and number < 0:
        return said("setbook.err_negative_count", value=f"{number:g}")
    return number


def _same_value(new: float | bool, rule: Threshold | None) -> bool:
    if rule is None or rule.is_unknown or isinstance(rule.value, ScaledRef):
        return False
    if isinstance(rule.value, bool) or isinstance(new, bool):
        return rule.value is new
    return isinstance(rule.value, float) and abs(rule.value - new) < 1e-9


def _label(cell_text: str, inherited: Any | None, lang: str) -> Any:
    """A name or unit typed in the workbook as a Label, keeping the other language."""
    vi = getattr(inherited, "vi", None)
    en = getattr(inherited, "en", None)
    if lang == "en" and vi:
        return {"vi": vi, "en": cell_text}
    return {"vi": cell_text, "en": en} if en and cell_text == vi else {"vi": cell_text}


@dataclass
class _IndicatorRows:
    """The rows of one indicator in the workbook (one per year range)."""

    criterion: str
    first: _Cells
    rows: list[tuple[_Cells, tuple[int, ...] | None]] = field(default_factory=list)


def _compact(rules: list[dict[str, Any]], selector: str) -> list[dict[str, Any]]:
    """Rules that differ only by region/group joined into one (same value, source, years)."""
    joined: list[dict[str, Any]] = []
    for rule in rules:
        same = next(
            (
                r
                for r in joined
                if selector in r
                and selector in rule
                and {k: v for k, v in r.items() if k != selector}
                == {k: v for k, v in rule.items() if k != selector}
            ),
            None,
        )
        if same is None:
            joined.append(dict(rule))
        else:
            same[selector] = [*same[selector], *rule[selector]]
    return joined


def import_set_workbook(path: Path, new_id: str, get_set: Callable[[str], CriteriaSet]) -> Imported:
    """Read a filled set workbook into a set extending its original; every problem located."""
    book = read_set_workbook(path)
    found = _Collector(book.path)
    set_row, set_cell = book.meta.get("set", (0, None))
    if set_cell is None:
        raise InputError(
            cell_location(book.path, set_row or 1, META_VALUE_COLUMN),
            said("setbook.err_no_set"),
        )
    parent = get_set(_text(set_cell))
    lang_cell = book.meta.get("language", (0, None))[1]
    lang = "en" if lang_cell is not None and _text(lang_cell).lower() == "en" else "vi"
    if new_id == parent.id:
        raise InputError(
            cell_location(book.path, set_row, META_VALUE_COLUMN),
            said("setbook.err_same_id", id=new_id, parent=parent.id),
        )
    decision, citation = _citation(book, found)
    key = office_key(parent)
    variants = threshold_keys(parent)
    selector = {"regions": "regions", "groups": "groups"}.get(parent.scheme)
    _check_columns(book, parent, variants, found)
    if found.problems:
        raise InputErrors(found.problems)

    criteria = {c.id: c for c in parent.criteria}
    inherited_all = parent.indicators()
    period = (parent.period.start, parent.period.end)
    by_indicator: dict[str, _IndicatorRows] = {}
    complete: dict[str, tuple[bool, _Cells]] = {}
    order: list[str] = []
    for row in book.rows:
        criterion_cell = row.get("criterion")
        indicator_cell = row.get("indicator")
        criterion_id = _text(criterion_cell) if criterion_cell is not None else ""
        if isinstance(criterion_cell, float) and criterion_cell.is_integer():
            criterion_id = str(int(criterion_cell))
        if not criterion_id:
            found.at(
                row.number,
                row.col("criterion"),
                said("setbook.err_no_criterion"),
            )
            continue
        if criterion_id not in criteria:
            found.at(
                row.number,
                row.col("criterion"),
                said(
                    "setbook.err_unknown_criterion",
                    criterion=criterion_id,
                    set=parent.id,
                    known=", ".join(criteria),
                ),
            )
            continue
        flag_cell = row.get("complete")
        if flag_cell is not None and "complete" in book.columns:
            flag = _word(_COMPLETE_BY_WORD, flag_cell)
            if flag is None:
                found.at(
                    row.number,
                    row.col("complete"),
                    said("setbook.err_complete_word", text=_text(flag_cell)),
                )
            else:
                earlier = complete.get(criterion_id)
                if earlier is not None and earlier[0] != flag:
                    found.at(
                        row.number,
                        row.col("complete"),
                        said(
                            "setbook.err_complete_differs",
                            criterion=criterion_id,
                            first=COMPLETE_WORDS[earlier[0]][0],
                            row=earlier[1].number,
                            here=COMPLETE_WORDS[flag][0],
                        ),
                    )
                elif earlier is None:
                    complete[criterion_id] = (flag, row)
        if indicator_cell is None:
            filled = [
                k
                for k in ("name", "unit", "kind", "operator", "year", *(v for v, _ in variants))
                if row.get(k) is not None
            ]
            if filled:
                found.at(
                    row.number,
                    row.col("indicator"),
                    said("setbook.err_no_indicator"),
                )
            continue
        indicator_id = (
            str(int(indicator_cell))
            if isinstance(indicator_cell, float) and indicator_cell.is_integer()
            else _text(indicator_cell)
        )
        if not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z._-]{0,19}", indicator_id):
            found.at(
                row.number,
                row.col("indicator"),
                said("setbook.err_indicator_id", text=indicator_id),
            )
            continue
        year_cell = row.get("year")
        years: tuple[int, ...] | None = None
        if year_cell is not None:
            text = str(int(year_cell)) if isinstance(year_cell, float | int) else _text(year_cell)
            parsed = _parse_years(text, period)
            if isinstance(parsed, Said):
                found.at(row.number, row.col("year"), parsed)
                continue
            years = parsed
        entry = by_indicator.get(indicator_id)
        if entry is None:
            entry = _IndicatorRows(criterion_id, row)
            by_indicator[indicator_id] = entry
            order.append(indicator_id)
        else:
            if entry.criterion != criterion_id:
                found.at(
                    row.number,
                    row.col("indicator"),
                    said(
                        "setbook.err_two_criteria",
                        id=indicator_id,
                        first=entry.criterion,
                        row=entry.first.number,
                        here=criterion_id,
                    ),
                )
                continue
            twin = next((r for r, y in entry.rows if y == years), None)
            if twin is not None:
                found.at(
                    row.number,
                    row.col("indicator"),
                    said(
                        "setbook.err_twice_years" if years else "setbook.err_twice",
                        id=indicator_id,
                        years=years_text(years) or "",
                        first=twin.number,
                        row=row.number,
                    ),
                )
                continue
            for column in ("name", "unit", "kind", "operator"):
                cell = row.get(column)
                first = entry.first.get(column)
                if cell is not None and first is not None and _text(cell) != _text(first):
                    found.at(
                        row.number,
                        row.col(column),
                        said(
                            "setbook.err_rows_differ",
                            id=indicator_id,
                            column=column,
                            row=entry.first.number,
                        ),
                    )
        entry.rows.append((row, years))

    added: dict[str, list[dict[str, Any]]] = {}
    patches: dict[str, dict[str, Any]] = {}
    changed = 0
    for indicator_id in order:
        entry = by_indicator[indicator_id]
        inherited = inherited_all.get(indicator_id)
        if inherited is not None and not any(
            i.id == indicator_id for i in criteria[entry.criterion].indicators
        ):
            owner = next(
                c.id for c in parent.criteria if any(i.id == indicator_id for i in c.indicators)
            )
            found.at(
                entry.first.number,
                entry.first.col("indicator"),
                said(
                    "setbook.err_other_criterion",
                    id=indicator_id,
                    owner=owner,
                    set=parent.id,
                    criterion=entry.criterion,
                ),
            )
            continue
        result = _indicator(entry, inherited, parent, variants, selector, key, lang, found)
        if result is None:
            continue
        if inherited is None:
            added.setdefault(entry.criterion, []).append(result)
        elif result:
            patches[indicator_id] = result
            changed += 1
    if found.problems:
        raise InputErrors(found.problems)

    criterion_patches: dict[str, dict[str, Any]] = {}
    for criterion_id, criterion in criteria.items():
        claim = complete.get(criterion_id)
        if claim is not None:
            if claim[0] != (criterion.indicators_complete and bool(criterion.indicators)) or (
                criterion_id in added
            ):
                criterion_patches[criterion_id] = {"indicators_complete": claim[0]}
        elif criterion_id in added:
            # New indicators in a list nobody called complete: all of them met must not
            # read as the criterion met.
            criterion_patches[criterion_id] = {"indicators_complete": False}
    overrides: dict[str, Any] = {}
    if criterion_patches:
        overrides["criteria"] = criterion_patches
    if patches:
        overrides["indicators"] = patches
    if added:
        overrides["add"] = {"indicators": added}
    data: dict[str, Any] = {
        "id": new_id,
        "extends": parent.id,
        "title": {
            "vi": f"{parent.title.vi} (hoàn thiện theo {decision.get('number', '')})",
            "en": f"{parent.title.get('en')} (completed from {decision.get('number', '')})",
        },
        "decision": decision,
        "sources": {key: f"{citation} (văn bản do cơ quan điền bảng {Path(path).name} trích dẫn)"},
        "notes": [
            {
                "vi": f"Chỉ tiêu và ngưỡng do cơ quan điền bảng {Path(path).name} bổ sung,"
                f" trích dẫn {citation} (khóa nguồn {key}); ntm không đối chiếu với quyết định.",
                "en": f"Indicators and thresholds added from the workbook {Path(path).name} by"
                f" the office that filled it in, citing {citation} (source key {key}); ntm"
                " did not check them against the decision.",
            }
        ],
        "overrides": overrides,
    }
    if key not in _used_sources(overrides):
        del data["sources"][key]  # nothing cites it: the next template keeps the same rows
    imported = Imported(data, parent, citation, sum(len(v) for v in added.values()), changed)
    imported.resolved = _resolved(imported, book.path)
    return imported


def _used_sources(overrides: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    patches = list(overrides.get("indicators", {}).values())
    patches += [
        i for items in overrides.get("add", {}).get("indicators", {}).values() for i in items
    ]
    for patch in patches:
        found.update(str(rule.get("source")) for rule in patch.get("thresholds", []))
    return found


def _resolved(imported: Imported, shown: str) -> CriteriaSet:
    """The completed set as ntm will load it; a problem left is reported at the workbook."""
    import yaml

    from ntm_cli.inputs.extends import resolve
    from ntm_cli.inputs.files import YamlOrigin, validate
    from ntm_cli.inputs.yaml_text import YamlSource

    text = yaml.safe_dump(imported.data, allow_unicode=True, sort_keys=False)
    origin = YamlOrigin(shown, YamlSource(text))
    try:
        data = resolve(dict(imported.data), imported.parent, origin)
        return validate(CriteriaSet, data, origin)
    except InputErrors as exc:
        raise InputErrors([InputError(Location(shown), e.message) for e in exc.errors]) from None
    except InputError as exc:
        raise InputError(Location(shown), exc.message) from None


def _check_columns(
    book: SetWorkbook,
    parent: CriteriaSet,
    variants: list[tuple[str, str | int | None]],
    found: _Collector,
) -> None:
    """Every column the set needs is there; no threshold column for a region it lacks."""
    expected = [*LEAD_COLUMNS, *(k for k, _ in variants), *TAIL_COLUMNS]
    optional = {"criterion_name", "year", "source", "complete", "note", "unit"}
    last = max(book.columns.values(), default=1)
    for key in expected:
        if key not in book.columns and key not in optional:
            unit = _unit_of_key(key) if key in {k for k, _ in variants} else None
            found.at(
                book.header_row,
                last + 1,
                said(
                    "setbook.err_threshold_column_missing"
                    if unit is not None
                    else "setbook.err_column_missing",
                    column=key,
                    unit=unit or "",
                    set=parent.id,
                    needed=", ".join(k for k, _ in variants),
                ),
            )
    known = set(expected)
    for key, index in book.columns.items():
        if key in known:
            continue
        unit = _unit_of_key(key)
        values = [(r, r.get(key)) for r in book.rows if r.get(key) is not None]
        if unit is not None:
            have = ", ".join(k for k, _ in variants)
            where = (book.header_row, index) if not values else (values[0][0].number, index)
            found.at(
                *where,
                said("setbook.err_not_in_set", unit=unit, set=parent.id, have=have),
            )
        elif values:
            found.at(
                book.header_row,
                index,
                said("setbook.err_unknown_column", column=key, known=", ".join(expected)),
            )


def _unit_of_key(key: str) -> Said | None:
    """'nhóm 4' / 'vùng tdmnpb' when a header key names a group or region; else None."""
    group = re.fullmatch(r"nhom_([0-9]+)", key)
    if group:
        return said("setbook.unit_group", group=group.group(1))
    try:
        return said("setbook.unit_region", region=parse_region(key))
    except ValueError:
        return None


def _indicator(
    entry: _IndicatorRows,
    inherited: Indicator | None,
    parent: CriteriaSet,
    variants: list[tuple[str, str | int | None]],
    selector: str | None,
    key: str,
    lang: str,
    found: _Collector,
) -> dict[str, Any] | None:
    """A new indicator's mapping, an inherited one's patch ({} if unchanged), or None."""
    first = entry.first
    indicator_id = _text(first.get("indicator"))
    before = len(found.problems)
    kind_cell, operator_cell = first.get("kind"), first.get("operator")
    kind = _word(_KIND_BY_WORD, kind_cell)
    if kind_cell is not None and kind is None:
        found.at(
            first.number,
            first.col("kind"),
            said(
                "setbook.err_kind",
                text=_text(kind_cell),
                words=_known_words({k: KIND_WORDS[k] for k in BASIC_KINDS}),
            ),
        )
    operator = _word(_OPERATOR_BY_WORD, operator_cell)
    if operator_cell is not None and operator is None:
        found.at(
            first.number,
            first.col("operator"),
            said(
                "setbook.err_operator",
                text=_text(operator_cell),
                words=_known_words(OPERATOR_WORDS),
            ),
        )
    name_cell, unit_cell = first.get("name"), first.get("unit")
    if inherited is None:
        if name_cell is None:
            found.at(first.number, first.col("name"), said("setbook.err_no_name", id=indicator_id))
        if kind is None and kind_cell is None:
            if unit_cell is not None and _text(unit_cell) == "%":
                kind = "percent"
            else:
                found.at(
                    first.number,
                    first.col("kind"),
                    said("setbook.err_no_kind", id=indicator_id),
                )
        if operator is None and operator_cell is None:
            if kind == "qualitative":
                operator = "at_least"
            else:
                found.at(
                    first.number,
                    first.col("operator"),
                    said("setbook.err_no_operator", id=indicator_id),
                )
    effective_kind = kind or (inherited.kind if inherited else "percent")
    # A new kind or operator makes every inherited number mean something else: the rows
    # then say everything, as for a new indicator.
    redefined = inherited is not None and (
        kind not in (None, inherited.kind) or operator not in (None, inherited.operator)
    )
    fresh = inherited is None or redefined
    rules: list[dict[str, Any]] = []
    for row, years in entry.rows:
        source_cell = row.get("source")
        source_text = _text(source_cell) if source_cell is not None else ""
        for column, variant in variants:
            if column not in row.cells:
                continue
            old = rule_at(inherited, variant, years) if inherited else None
            value = _threshold_value(row.get(column), effective_kind, indicator_id, old)
            if isinstance(value, Said):
                found.at(row.number, row.col(column), value)
                continue
            if value is None:
                if fresh:
                    rules.append(_rule(selector, variant, years, UNKNOWN, key))
                continue
            if not fresh and _same_value(value, old):
                continue
            shown_sources = _row_sources(inherited, variants, years) if inherited else ""
            own = source_text and source_text != shown_sources
            rules.append(_rule(selector, variant, years, value, source_text if own else key))
    if len(found.problems) > before:
        return None
    if selector is not None:
        rules = _compact(rules, selector)
    note_cell = first.get("note")
    if inherited is None:
        indicator: dict[str, Any] = {
            "id": indicator_id,
            "name": _label(_text(name_cell), None, lang),
            "kind": effective_kind,
            "operator": operator or "at_least",
            "thresholds": rules or [{"value": UNKNOWN, "source": key}],
        }
        if unit_cell is not None and effective_kind not in ("percent", "share_meeting_set"):
            indicator["unit"] = _label(_text(unit_cell), None, lang)
        if note_cell is not None:
            indicator["note"] = _text(note_cell)
        return _checked(indicator, entry, found)
    patch: dict[str, Any] = {}
    if name_cell is not None and _text(name_cell) not in (
        inherited.name.vi,
        inherited.name.en,
    ):
        patch["name"] = _label(_text(name_cell), inherited.name, lang)
    if kind is not None and kind != inherited.kind:
        patch["kind"] = kind
    if operator is not None and operator != inherited.operator:
        patch["operator"] = operator
    shown_unit = "%" if inherited.kind in ("percent", "share_meeting_set") else None
    if (
        unit_cell is not None
        and _text(unit_cell) != shown_unit
        and (
            inherited.unit is None or _text(unit_cell) not in (inherited.unit.vi, inherited.unit.en)
        )
        and effective_kind not in ("percent", "share_meeting_set")
    ):
        patch["unit"] = _label(_text(unit_cell), inherited.unit, lang)
    known = (inherited.note.vi, inherited.note.en) if inherited.note else ("",)
    if note_cell is not None and _text(note_cell) not in known:
        patch["note"] = _text(note_cell)
    if redefined:
        patch["thresholds"] = rules or [_rule(selector, None, None, UNKNOWN, key)]
        patch["replace_thresholds"] = True
    elif rules:
        patch["thresholds"] = rules
    if patch:
        merged = inherited.model_dump(mode="python", exclude_none=True, by_alias=True)
        merged.update({k: v for k, v in patch.items() if k not in ("thresholds",)})
        merged.pop("replace_thresholds", None)
        if redefined:
            merged["thresholds"] = patch["thresholds"]
        if _checked(merged, entry, found) is None:
            return None
    return patch


def _row_sources(
    indicator: Indicator, variants: list[tuple[str, str | int | None]], years: Any
) -> str:
    """The source column the template writes for a row: its rules' sources, joined."""
    found: list[str] = []
    for _, variant in variants:
        rule = rule_at(indicator, variant, years)
        if rule is not None and rule.source and rule.source not in found:
            found.append(rule.source)
    return "; ".join(found)


def _rule(
    selector: str | None,
    variant: str | int | None,
    years: tuple[int, ...] | None,
    value: float | bool | str,
    source: str,
) -> dict[str, Any]:
    rule: dict[str, Any] = {}
    if selector is not None and variant is not None:
        rule[selector] = [variant]
    if years is not None:
        rule["years"] = list(years)
    rule["value"] = value
    rule["source"] = source
    return rule


def _checked(
    indicator: dict[str, Any], entry: _IndicatorRows, found: _Collector
) -> dict[str, Any] | None:
    """The indicator as the set model reads it; a problem is reported at its first row."""
    from pydantic import ValidationError

    try:
        Indicator.model_validate(indicator)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        found.at(
            entry.first.number,
            entry.first.col("indicator"),
            said("setbook.err_indicator", id=str(indicator.get("id")), detail=message),
        )
        return None
    return indicator
