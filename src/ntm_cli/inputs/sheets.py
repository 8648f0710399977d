"""Commune spreadsheets (CSV, XLSX, XLS, ODS): one row per commune, with cell locations.

The header (found below title rows, on one or two rows: see inputs.headers) names the
base columns (BASE_COLUMNS, or their Vietnamese names), an indicator id ("14.2",
"Chỉ tiêu 14.2"), a criterion status ("tc6", "Tiêu chí 6": đạt / chưa đạt / x), or a
count as two columns "14.3.achieved" and "14.3.total" (a sheet may have both "14.3" and
the count columns; a row fills one or the other). Empty cells mean "not given".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_cli.inputs.encodings import decode_csv
from ntm_cli.inputs.files import LoadedCommune, validate
from ntm_cli.inputs.headers import BASE_COLUMNS as BASE_COLUMNS
from ntm_cli.inputs.headers import (
    FLAG_COLUMNS,
    SKIP,
    TEXT_COLUMNS,
    HeaderFound,
    Loc,
    find_header,
)
from ntm_cli.inputs.headers import REQUIRED_COLUMNS as REQUIRED_COLUMNS
from ntm_cli.inputs.headers import header_key as header_key
from ntm_cli.inputs.kinds import SHEET_SUFFIXES
from ntm_cli.inputs.workbooks import Cell as Cell
from ntm_cli.inputs.workbooks import formula_columns, workbook_sheet
from ntm_cli.model.errors import (
    ErrorRecord,
    InputError,
    InputErrors,
    Location,
    Said,
    SaidValueError,
    reason,
    said,
)
from ntm_cli.model.sets import Commune
from ntm_cli.model.text import fold
from ntm_cli.model.values import finite_float, parse_flag, parse_number_text, parse_status

MAX_SHEET_BYTES = 100 * 1024 * 1024
BASE_LABELS = {
    "commune": "Xã",
    "district": "Huyện",
    "province": "Tỉnh",
    "code": "Mã xã",
    "region": "Vùng",
    "group": "Nhóm xã",
    "khu_vuc": "Khu vực DTTS&MN",
    "year": "Năm",
    "criteria_set": "Bộ tiêu chí",
    "extremely_disadvantaged": "Xã ĐBKK",
    "safe_zone": "An toàn khu",
    "notes": "Ghi chú",
}

_YES = {"true", "có", "co", "x", "1", "yes"}
_NO = {"false", "không", "khong", "0", "no"}
# Marks offices put in a criterion's status column for "met" (a ticked box, "đ" for đạt).
_MET_MARKS = {"x", "✓", "✔", "☑", "đ", "d"}
_FORMULA_PREFIX = ("'=", "'+", "'-", "'@")
# A commune cell that names a total row at the bottom of an office's table.
_TOTAL_ROWS = {"tong", "tong cong", "cong", "tong so", "toan tinh", "toan huyen", "total"}


def column_letter(index: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (spreadsheet column names)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_location(path: str, row: int, column: int) -> Location:
    """Location of a cell, printed as `file.xlsx:12:D`."""
    return Location(path, row, column, column_letter(column))


@dataclass(frozen=True)
class Header:
    """What each column of a sheet holds: loc (within a Commune record) by column number.

    `row` is the (first) header row; `notes` are located remarks that are not errors
    (skipped columns and rows); `fractions` holds, by row, the columns whose value in
    (0, 1] may be a percentage typed as a fraction (see _fractions).
    """

    path: str
    columns: dict[int, Loc]
    row: int = 1
    notes: tuple[ErrorRecord, ...] = ()  # plain records: a Header travels to workers
    fractions: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # An office's choice (--empty-status unmet): an empty criterion status cell is chưa đạt.
    empty_unmet: bool = False

    def column_of(self, loc: Sequence[int | str]) -> int:
        """The column that holds loc, or of its nearest parent (column A when none)."""
        wanted = tuple(loc)
        by_loc = {v: k for k, v in self.columns.items()}
        while wanted:
            if wanted in by_loc:
                return by_loc[wanted]
            wanted = wanted[:-1]
        return by_loc.get(("commune",), 1)


@dataclass(frozen=True)
class SheetOrigin:
    """A commune row in a spreadsheet; locates values as row + column letter."""

    header: Header
    row: int

    @property
    def path(self) -> str:
        """The file, as shown in messages."""
        return self.header.path

    @property
    def fractions(self) -> dict[str, str]:
        """Indicators of this row whose value may be a percentage typed as a fraction -> cell."""
        columns = self.header.fractions.get(self.row, ())
        return {str(self.header.columns[c][1]): f"{column_letter(c)}{self.row}" for c in columns}

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """The cell that holds loc; for a key (e.g. an unknown id) still this row's cell."""
        return cell_location(self.header.path, self.row, self.header.column_of(loc))


@dataclass(frozen=True)
class SheetRows:
    """A sheet's parsed header and its data rows as (row number, cell values)."""

    header: Header
    rows: list[tuple[int, tuple[Cell, ...]]]


def parse_header(path: str, cells: Sequence[Cell]) -> Header:
    """Map a one-row header (row 1) to record locations; every problem is raised together."""
    found = find_header(path, [(1, cells)])
    return _header(path, found)


def _header(path: str, found: HeaderFound) -> Header:
    if found.problems:
        raise InputErrors(found.problems)
    notes: list[ErrorRecord] = []
    if found.skipped:
        first = found.skipped[0][0]
        names = ", ".join(f"{column_letter(c)} ({text[:40]})" for c, text in found.skipped)
        notes.append(
            ErrorRecord.at(
                cell_location(path, found.row, first), said("sheets.skipped", names=names)
            )
        )
    columns = dict(found.columns)
    columns.update((column, SKIP) for column, _ in found.skipped)
    return Header(path, columns, found.row, tuple(notes))


def _text(value: Cell) -> str:
    """A cell as text; a leading apostrophe that neutralised a formula is dropped."""
    text = str(value).strip()
    if text.startswith(_FORMULA_PREFIX):
        text = text[1:]
    return text


def _number(value: Cell) -> float:
    if isinstance(value, bool):
        raise SaidValueError(said("value.not_a_number", value=str(value)))
    if isinstance(value, int | float):
        return finite_float(value)
    if isinstance(value, str):
        return parse_number_text(value)
    raise SaidValueError(said("value.not_a_number", value=repr(value)))  # dates and times


def _whole(value: Cell, what: str) -> int:
    number = _number(value)
    if not number.is_integer():
        raise SaidValueError(said("sheet.not_whole", what=what, value=repr(value)))
    return int(number)


def _indicator_value(value: Cell) -> float | bool | str:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _MET_MARKS:
        return True  # a ticked qualitative indicator
    if isinstance(value, int | float):
        return finite_float(value)
    if isinstance(value, str):
        text = value.strip()
        # Most cells are numbers typed as text: read those first (a flag never starts
        # with a digit), and fold words for đạt / chưa đạt / na only when needed.
        if not text[:1].isdigit():
            flag = parse_flag(text)
            if flag is not None:
                return flag
        try:
            return parse_number_text(text)
        except ValueError as exc:
            raise SaidValueError(said("sheet.write_a_value", problem=reason(exc))) from None
    raise SaidValueError(said("sheet.date_not_value", value=repr(value)))


def _criterion_status(value: Cell) -> bool | str:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _MET_MARKS:
        return True
    status = parse_status(value) if isinstance(value, str) else None
    if status is not None:
        return status
    raise SaidValueError(said("value.not_a_status", value=repr(value)))


def _yes_no(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise SaidValueError(said("sheet.not_yes_no", value=repr(value)))


def _convert(loc: Loc, value: Cell) -> Any:
    field = loc[0]
    if field in TEXT_COLUMNS:
        return _text(value)
    if field == "year":
        return _whole(value, "year")
    if field == "group":  # "nhóm 1", "Nhóm I" are read by the model
        return value.strip() if isinstance(value, str) else _whole(value, "group")
    if field in FLAG_COLUMNS:
        return _yes_no(value)
    if field == "criteria":
        return _criterion_status(value)
    if len(loc) == 3:
        return _number(value)
    return _indicator_value(value)


def _is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def row_record(header: Header, row: int, cells: Sequence[Cell]) -> dict[str, Any]:
    """Build the commune mapping of one row; located InputErrors for unreadable cells."""
    record: dict[str, Any] = {}
    indicators: dict[str, Any] = {}
    criteria: dict[str, Any] = {}
    counts: dict[str, dict[str, Any]] = {}
    problems: list[InputError] = []
    for index, value in enumerate(cells, start=1):
        if _is_empty(value):
            continue
        loc = header.columns.get(index)
        if loc == SKIP:
            continue
        if loc is None:
            problems.append(
                InputError(
                    cell_location(header.path, row, index),
                    said("sheet.value_without_header"),
                )
            )
            continue
        try:
            converted = _convert(loc, value)
        except ValueError as exc:
            problems.append(InputError(cell_location(header.path, row, index), reason(exc)))
            continue
        if loc[0] == "criteria":
            criteria[str(loc[1])] = converted
        elif len(loc) == 3:
            counts.setdefault(str(loc[1]), {})[str(loc[2])] = converted
        elif loc[0] == "indicators":
            indicators[str(loc[1])] = converted
        else:
            record[str(loc[0])] = converted
    for indicator, parts in counts.items():
        if indicator in indicators:
            column = header.column_of(("indicators", indicator))
            problems.append(
                InputError(
                    cell_location(header.path, row, column),
                    said("sheet.value_and_count", id=indicator),
                )
            )
            continue
        if len(parts) == 1:
            (given,) = parts
            missing = "total" if given == "achieved" else "achieved"
            column = header.column_of(("indicators", indicator, missing))
            problems.append(
                InputError(
                    cell_location(header.path, row, column),
                    said(
                        "sheet.half_count",
                        given=f"{indicator}.{given}",
                        missing=f"{indicator}.{missing}",
                    ),
                )
            )
            continue
        indicators[indicator] = parts
    for required in REQUIRED_COLUMNS:
        if required not in record and not any(p.location.column == header.column_of((required,))
                                              for p in problems):  # fmt: skip
            column = header.column_of((required,))
            problems.append(
                InputError(
                    cell_location(header.path, row, column),
                    said("sheet.required_empty", key=required),
                )
            )
    if problems:
        raise InputErrors(problems)
    if header.empty_unmet:
        for loc in header.columns.values():
            if loc[0] == "criteria":
                criteria.setdefault(str(loc[1]), False)
    if indicators:
        record["indicators"] = indicators
    if criteria:
        record["criteria"] = criteria
    return record


def communes_from_rows(
    header: Header, rows: Sequence[tuple[int, Sequence[Cell]]]
) -> tuple[list[LoadedCommune], list[InputError]]:
    """Validate each row as a commune; a bad row becomes errors, the others still load."""
    loaded: list[LoadedCommune] = []
    errors: list[InputError] = []
    for row, cells in rows:
        origin = SheetOrigin(header, row)
        try:
            record = row_record(header, row, cells)
            loaded.append(LoadedCommune(validate(Commune, record, origin), origin))
        except InputErrors as exc:
            errors.extend(exc.errors)
    return loaded, errors


_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def _sniff_delimiter(text: str) -> str:
    """`;` or tab when the first rows use it more than `,` (Excel in Vietnamese locales).

    Quoted labels are left out of the count: "Tỷ lệ (%), năm 2024" holds a comma but is
    one cell of a `;` sheet. Several rows are counted, since a title row may have none.
    """
    bare = _QUOTED.sub("", "\n".join(text.split("\n", 31)[:30]))
    counts = {d: bare.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _csv_rows(path: Path) -> Iterator[tuple[Cell, ...]]:
    shown = str(path)
    try:
        with open(path, "rb") as handle:  # a device or a pipe has no size: read at most the cap
            data = handle.read(MAX_SHEET_BYTES + 1)
    except OSError as exc:
        reason_ = exc.strerror or str(exc)
        raise InputError(Location(shown), said("file.unreadable", reason=reason_)) from None
    if len(data) > MAX_SHEET_BYTES:
        raise InputError(Location(shown), said("sheet.too_large"))
    text = decode_csv(data, shown)
    delimiter = _sniff_delimiter(text)
    # strict: a quote opened and never closed is an error, not a cell that swallows every
    # row below it (whose only symptom was "year is empty" further down)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    started = 1
    try:
        for record in reader:
            yield tuple(record)
            started = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc) or "EOF" in str(exc):
            raise InputError(
                Location(shown, started),
                said("sheet.unclosed_quote"),
            ) from None
        raise InputError(
            Location(shown, reader.line_num), said("sheet.csv", problem=str(exc))
        ) from None


def open_sheet(
    path: Path, *, empty_unmet: bool = False
) -> tuple[Header, Iterator[tuple[int, tuple[Cell, ...]]]]:
    """Read a sheet's header (first sheet of a workbook) and its non-empty rows below it.

    With `empty_unmet`, an empty criterion status cell reads as chưa đạt (else not given).
    """
    shown = str(path)
    if path.is_dir():
        raise InputError(Location(shown), said("file.is_directory"))
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise InputError(Location(shown), said("sheet.suffix"))
    percent: set[tuple[int, int]] = set()
    if suffix == ".csv":
        values: list[tuple[Cell, ...]] = list(_csv_rows(path))
    else:
        values, percent = workbook_sheet(path)
    records = list(enumerate(values, start=1))
    found = find_header(shown, records[:200])
    if found.problems and suffix != ".csv":
        _skip_formula_columns(path, found)
    header = _header(shown, found)
    first = found.row + found.rows
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    notes = list(header.notes)
    commune = header.column_of(("commune",)) - 1
    for number, cells in records[first - 1 :]:
        if all(_is_empty(v) for v in cells):
            continue
        name = cells[commune] if commune < len(cells) else None
        if isinstance(name, str) and fold(name).rstrip(" :") in _TOTAL_ROWS:
            notes.append(
                ErrorRecord.at(
                    cell_location(shown, number, commune + 1),
                    said("sheets.total_row", name=name.strip()[:40]),
                )
            )
            continue
        rows.append((number, cells))
    fractions = _fractions(header, rows, percent)
    header = Header(shown, header.columns, header.row, tuple(notes), fractions, empty_unmet)
    return header, iter(rows)


def _skip_formula_columns(path: Path, found: HeaderFound) -> None:
    """Columns with an unknown header that an office computes by formula: skipped, not errors."""
    unknown = {
        p.location.column: p
        for p in found.problems
        if isinstance(p.message, Said) and p.message.key.startswith("sheets.unknown_column")
    }
    if not unknown:
        return
    computed = formula_columns(path, set(unknown), found.row + found.rows)
    for column in sorted(computed):
        problem = unknown[column]
        found.problems.remove(problem)
        name = (
            dict(problem.message.fields).get("name", "")
            if isinstance(problem.message, Said)
            else ""
        )
        found.skipped.append((column, str(name)))
    found.skipped.sort()


def _fraction_candidate(cell: Cell, formatted: bool) -> float | None:
    """A cell's number for the fraction check; None when it says nothing either way."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return None if formatted else float(cell)
    if "%" in cell:
        return None  # "0,5%" says it is a percentage
    try:
        return parse_number_text(cell.strip())
    except ValueError:
        return None


def _may_be_small(cell: Cell) -> bool:
    """Whether a cell may hold a value in (0, 1] (cheap: most cells are ruled out unread)."""
    if isinstance(cell, str):
        text = cell.strip()
        return text[:1] in ("0", ",", ".") or text in ("1", "1,0", "1.0", "1,00", "1.00")
    return isinstance(cell, int | float) and not isinstance(cell, bool) and 0 < cell <= 1


def _fractions(
    header: Header, rows: Sequence[tuple[int, Sequence[Cell]]], percent: set[tuple[int, int]]
) -> dict[int, tuple[int, ...]]:
    """Cells in (0, 1] of a column whose other values are >= 1 (zeros aside), by row.

    Such a cell is most likely a percentage typed as a fraction (0,932 for 93,2%) in a
    cell without a percent format; whether the column is a percent indicator is for the
    set to say (scoring.checks). A cell with a percent format or a "%" is never one, nor
    one whose value as a percentage would lie far outside the others (0,8 among poverty
    rates of 1,2 and 2,5 is 0,8%, not 80%).
    """
    found: dict[int, list[int]] = {}
    for column, loc in header.columns.items():
        if loc[0] != "indicators" or len(loc) != 2:
            continue
        if not any(_may_be_small(cells[column - 1]) for _, cells in rows if column <= len(cells)):
            continue  # the common case: no value below 1, so nothing to parse twice
        small: list[tuple[int, float]] = []
        large: list[float] = []
        for number, cells in rows:
            if column > len(cells):
                continue
            value = _fraction_candidate(cells[column - 1], (number, column) in percent)
            if (number, column) in percent and isinstance(cells[column - 1], int | float):
                large.append(float(cells[column - 1] or 0))  # shown as the percentage it is
            elif value is None or value == 0:
                continue
            elif 0 < value <= 1:
                small.append((number, value))
            else:
                large.append(value)
        if not small or not large or min(large) < 1:
            continue
        low, high = min(large) / 2, max(large) * 2
        for number, value in small:
            if low <= value * 100 <= high:
                found.setdefault(number, []).append(column)
    return {row: tuple(columns) for row, columns in found.items()}


def no_rows_error(path: Path, row: int = 2) -> InputError:
    """The error for a sheet with a header and no commune rows."""
    return InputError(Location(str(path), row), said("sheet.no_rows"))


def read_rows(path: Path, *, empty_unmet: bool = False) -> SheetRows:
    """Read a spreadsheet's header and all its non-empty rows."""
    header, rows = open_sheet(path, empty_unmet=empty_unmet)
    listed = list(rows)
    if not listed:
        raise no_rows_error(path, header.row + 1)
    return SheetRows(header, listed)


def load_sheet(
    path: Path, *, empty_unmet: bool = False
) -> tuple[list[LoadedCommune], list[InputError]]:
    """Load every row of a spreadsheet; bad rows become errors while good rows load."""
    try:
        sheet = read_rows(path, empty_unmet=empty_unmet)
    except InputErrors as exc:
        return [], list(exc.errors)
    except InputError as exc:
        return [], [exc]
    return communes_from_rows(sheet.header, sheet.rows)


def load_sheet_file(path: Path) -> list[LoadedCommune]:
    """Like files.load_commune_file for spreadsheets: all problems are raised together."""
    loaded, errors = load_sheet(path)
    if errors:
        raise InputErrors(errors)
    return loaded
