"""Commune spreadsheets (CSV, XLSX, XLS, ODS): one row per commune, with cell locations.

Header convention: a header cell's key is its first whitespace-separated token, so
"14.2 Tỷ lệ học sinh..." is indicator 14.2 and "commune (Xã)" is the commune column.
Keys: the base columns (BASE_COLUMNS), an indicator id ("14.2"), a criterion status
"tc6" (criterion 6: đạt / chưa đạt), or a count as two columns "14.3.achieved" and
"14.3.total" (a sheet may have both "14.3" and the count columns; a row fills one or the
other). Empty cells mean "not given".
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_cli.inputs.files import LoadedCommune, validate
from ntm_cli.inputs.workbooks import WORKBOOK_SUFFIXES, workbook_rows
from ntm_cli.inputs.workbooks import Cell as Cell
from ntm_cli.inputs.yaml_text import decode_bytes
from ntm_cli.model.errors import InputError, InputErrors, Location
from ntm_cli.model.sets import Commune
from ntm_cli.model.values import finite_float, parse_flag, parse_number_text, parse_status

SHEET_SUFFIXES = (".csv", *WORKBOOK_SUFFIXES)
MAX_SHEET_BYTES = 100 * 1024 * 1024
TEXT_COLUMNS = (
    "commune", "district", "province", "code", "criteria_set", "region", "khu_vuc", "notes",
)  # fmt: skip
NUMBER_COLUMNS = ("year", "group")
FLAG_COLUMNS = ("extremely_disadvantaged", "safe_zone")
BASE_COLUMNS = (*TEXT_COLUMNS, *NUMBER_COLUMNS, *FLAG_COLUMNS)
REQUIRED_COLUMNS = ("commune", "year")
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

_INDICATOR = re.compile(r"^[0-9][0-9A-Za-z._-]*$")
_CRITERION = re.compile(r"^tc([0-9][0-9A-Za-z._-]*)$", re.IGNORECASE)
_COUNT = re.compile(r"^([0-9][0-9A-Za-z._-]*)\.(achieved|total)$", re.IGNORECASE)
_YES = {"true", "có", "co", "x", "1", "yes"}
_NO = {"false", "không", "khong", "0", "no"}
_FORMULA_PREFIX = ("'=", "'+", "'-", "'@")

Loc = tuple[int | str, ...]


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
    """What each column of a sheet holds: loc (within a Commune record) by column number."""

    path: str
    columns: dict[int, Loc]

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

    def locate(self, loc: Sequence[int | str], *, at_key: bool = False) -> Location:
        """The cell that holds loc; for a key (e.g. an unknown id) still this row's cell."""
        return cell_location(self.header.path, self.row, self.header.column_of(loc))


@dataclass(frozen=True)
class SheetRows:
    """A sheet's parsed header and its data rows as (row number, cell values)."""

    header: Header
    rows: list[tuple[int, tuple[Cell, ...]]]


def header_key(cell: Cell) -> str:
    """A header cell's key: its first whitespace-separated token ("14.2 Tỷ lệ..." -> "14.2")."""
    text = str(cell).strip() if cell is not None else ""
    return text.split()[0] if text else ""


def _key_loc(key: str) -> Loc | None:
    lowered = key.lower()
    if lowered in BASE_COLUMNS:
        return (lowered,)
    if match := _CRITERION.match(key):
        return ("criteria", match.group(1))
    if match := _COUNT.match(key):
        return ("indicators", match.group(1), match.group(2).lower())
    if _INDICATOR.match(key):
        return ("indicators", key)
    return None


def parse_header(path: str, cells: Sequence[Cell]) -> Header:
    """Map header cells to record locations; every header problem is raised together."""
    cells = list(cells)
    while cells and header_key(cells[-1]) == "":
        cells.pop()  # trailing blank columns are formatting, not data
    problems: list[InputError] = []
    columns: dict[int, Loc] = {}
    seen: dict[Loc, int] = {}
    for index, cell in enumerate(cells, start=1):
        where = cell_location(path, 1, index)
        key = header_key(cell)
        if not key:
            problems.append(
                InputError(
                    where,
                    "header cell is empty (or part of a merged cell); give every column"
                    " its own header: commune, year, an indicator id such as 14.2, or tc6",
                )
            )
            continue
        loc = _key_loc(key)
        if loc is None:
            problems.append(
                InputError(
                    where,
                    f"unknown column {key!r}; expected one of: {', '.join(BASE_COLUMNS)},"
                    " an indicator id (14.2), a count (14.3.achieved, 14.3.total)"
                    " or a criterion status (tc6)",
                )
            )
            continue
        if loc in seen:
            first = column_letter(seen[loc])
            problems.append(InputError(where, f"column {key!r} repeats column {first}"))
            continue
        seen[loc] = index
        columns[index] = loc
    for loc, index in seen.items():
        if len(loc) != 3:
            continue
        parent, part = loc[1], loc[2]
        partner = "total" if part == "achieved" else "achieved"
        if ("indicators", parent, partner) not in seen:
            problems.append(
                InputError(
                    cell_location(path, 1, index),
                    f"a count needs both {parent}.achieved and {parent}.total columns",
                )
            )
    for required in REQUIRED_COLUMNS:
        if (required,) not in seen:
            problems.append(
                InputError(cell_location(path, 1, 1), f"missing required column {required!r}")
            )
    if problems:
        raise InputErrors(problems)
    return Header(path, columns)


def _text(value: Cell) -> str:
    """A cell as text; a leading apostrophe that neutralised a formula is dropped."""
    text = str(value).strip()
    if text.startswith(_FORMULA_PREFIX):
        text = text[1:]
    return text


def _number(value: Cell) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{value} is not a number")
    if isinstance(value, int | float):
        return finite_float(value)
    if isinstance(value, str):
        return parse_number_text(value)
    raise ValueError(f"{value!r} is not a number")  # dates and times


def _whole(value: Cell, what: str) -> int:
    number = _number(value)
    if not number.is_integer():
        raise ValueError(f"{what} must be a whole number, not {value!r}")
    return int(number)


def _indicator_value(value: Cell) -> float | bool | str:
    if isinstance(value, bool):
        return value
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
            raise ValueError(f"{exc}; write a number, đạt / chưa đạt or na") from None
    raise ValueError(f"{value!r} is a date or time, not an indicator value")


def _criterion_status(value: Cell) -> bool | str:
    if isinstance(value, bool):
        return value
    status = parse_status(value) if isinstance(value, str) else None
    if status is not None:
        return status
    raise ValueError(f"{value!r} is not a criterion status; write đạt, cơ bản đạt or chưa đạt")


def _yes_no(value: Cell) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"{value!r} is not yes/no; write có or không (true / false)")


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
        if loc is None:
            problems.append(
                InputError(
                    cell_location(header.path, row, index),
                    "value in a column without a header; add a header or clear the cell",
                )
            )
            continue
        try:
            converted = _convert(loc, value)
        except ValueError as exc:
            problems.append(InputError(cell_location(header.path, row, index), str(exc)))
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
                    f"indicator {indicator} is given both as a value and as a count"
                    f" ({indicator}.achieved / {indicator}.total); keep one",
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
                    f"{indicator}.{given} is filled in but {indicator}.{missing} is empty",
                )
            )
            continue
        indicators[indicator] = parts
    for required in REQUIRED_COLUMNS:
        if required not in record and not any(p.location.column == header.column_of((required,))
                                              for p in problems):  # fmt: skip
            column = header.column_of((required,))
            problems.append(
                InputError(cell_location(header.path, row, column), f"{required} is empty")
            )
    if problems:
        raise InputErrors(problems)
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


def _sniff_delimiter(first_line: str) -> str:
    """`;` or tab when the header uses it more than `,` (Excel in Vietnamese locales), else `,`.

    Quoted labels are left out of the count: "Tỷ lệ (%), năm 2024" holds a comma but is
    one cell of a `;` sheet.
    """
    bare = _QUOTED.sub("", first_line)
    counts = {d: bare.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _csv_rows(path: Path) -> Iterator[tuple[Cell, ...]]:
    shown = str(path)
    try:
        with open(path, "rb") as handle:  # a device or a pipe has no size: read at most the cap
            data = handle.read(MAX_SHEET_BYTES + 1)
    except OSError as exc:
        raise InputError(Location(shown), f"cannot read file: {exc.strerror}") from None
    if len(data) > MAX_SHEET_BYTES:
        raise InputError(Location(shown), "file is too large (more than 100 MB)")
    text = decode_bytes(data, shown)
    delimiter = _sniff_delimiter(text.split("\n", 1)[0])
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
                'a quote (") opened in this row is never closed, so every row below it'
                " would be one cell; close the quote or remove it",
            ) from None
        raise InputError(Location(shown, reader.line_num), f"CSV: {exc}") from None


def open_sheet(path: Path) -> tuple[Header, Iterator[tuple[int, tuple[Cell, ...]]]]:
    """Read a sheet's header (first sheet of a workbook); stream its non-empty rows."""
    shown = str(path)
    if path.is_dir():
        raise InputError(Location(shown), "is a directory, not a file; name a file inside it")
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise InputError(Location(shown), "a spreadsheet must be .csv, .xlsx, .xls or .ods")
    records = enumerate(_csv_rows(path) if suffix == ".csv" else workbook_rows(path), start=1)
    for number, cells in records:
        if all(_is_empty(c) for c in cells):
            raise InputError(Location(shown, number), "the first row must be the header row")
        header = parse_header(shown, cells)
        rows = ((n, c) for n, c in records if not all(_is_empty(v) for v in c))
        return header, rows
    raise InputError(Location(shown), "file is empty; see `ntm template` for a starting point")


def no_rows_error(path: Path) -> InputError:
    """The error for a sheet with a header and no commune rows."""
    return InputError(Location(str(path), 2), "no communes: the sheet has a header but no rows")


def read_rows(path: Path) -> SheetRows:
    """Read a spreadsheet's header and all its non-empty rows."""
    header, rows = open_sheet(path)
    listed = list(rows)
    if not listed:
        raise no_rows_error(path)
    return SheetRows(header, listed)


def load_sheet(path: Path) -> tuple[list[LoadedCommune], list[InputError]]:
    """Load every row of a spreadsheet; bad rows become errors while good rows load."""
    try:
        sheet = read_rows(path)
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


def is_sheet(path: str | os.PathLike[str]) -> bool:
    """Whether a path names a spreadsheet ntm reads (by its extension)."""
    return os.path.splitext(path)[1].lower() in SHEET_SUFFIXES
