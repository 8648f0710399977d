"""An office's header: found below title rows, on one or two rows, in Vietnamese or English.

A header cell names a base column (`commune` or `Tên xã`, `year` or `Năm`...), a
criterion's declared status (`tc6`, `TC6`, `Tiêu chí 6`), an indicator (`14.2`,
`CT 14.2`, `Chỉ tiêu 14.2`), or a count (`14.3.achieved`, `14.3.total`); names are matched
in any case, with or without diacritics. A two-row header has criterion groups above
(`Tiêu chí 1`, merged over its columns) and indicators below (`1.1`, `Chỉ tiêu 2`).
Row numbers (`STT`) and totals (`Tổng số TC đạt`, a COUNTIF column) hold no commune data:
they are skipped with a note.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ntm_cli.model.errors import InputError, Location, Said, said
from ntm_cli.model.text import fold

Cell = str | int | float | bool | None
Loc = tuple[int | str, ...]

HEADER_SEARCH_ROWS = 30  # title and note rows an office puts above its header
TEXT_COLUMNS = (
    "commune", "district", "province", "code", "criteria_set", "region", "khu_vuc", "notes",
)  # fmt: skip
NUMBER_COLUMNS = ("year", "group")
FLAG_COLUMNS = ("extremely_disadvantaged", "safe_zone")
BASE_COLUMNS = (*TEXT_COLUMNS, *NUMBER_COLUMNS, *FLAG_COLUMNS)
REQUIRED_COLUMNS = ("commune", "year")

# Folded names (lower case, no diacritics) of the base columns; the first is the one to
# suggest to the user, in its written form (see SUGGESTED).
_NAMES: dict[str, tuple[str, ...]] = {
    "commune": ("ten xa", "xa", "commune", "ten xa phuong", "xa phuong", "ten xa, phuong"),
    "district": ("huyen", "district", "ten huyen"),
    "province": ("tinh", "province", "ten tinh", "tinh/thanh pho", "tinh, thanh pho"),
    "region": ("vung", "region", "vung mien"),
    "group": ("nhom xa", "group", "nhom"),
    "khu_vuc": ("khu vuc", "khu vuc dtts&mn", "khu vuc dtts", "khu vuc dtts va mn"),
    "year": ("nam", "year", "nam danh gia"),
    "code": ("ma xa", "code", "ma"),
    "criteria_set": ("bo tieu chi", "criteria set"),
    "extremely_disadvantaged": (
        "xa dbkk",
        "extremely disadvantaged",
        "dbkk",
        "xa dac biet kho khan",
    ),
    "safe_zone": ("an toan khu", "safe zone", "atk", "xa atk"),
    "notes": ("ghi chu", "notes"),
}
SUGGESTED = {
    "commune": "Tên xã",
    "district": "Huyện",
    "province": "Tỉnh",
    "region": "Vùng",
    "group": "Nhóm xã",
    "khu_vuc": "Khu vực DTTS&MN",
    "year": "Năm",
    "code": "Mã xã",
    "criteria_set": "Bộ tiêu chí",
    "extremely_disadvantaged": "Xã ĐBKK",
    "safe_zone": "An toàn khu",
    "notes": "Ghi chú",
}
_BY_NAME = {name: column for column, names in _NAMES.items() for name in names}

_CRITERION_NAME = re.compile(r"^(?:tc|tieu chi)\s*(?:so\s*)?0*([0-9]+)(?![0-9]|\.[0-9])")
_INDICATOR_NAME = re.compile(r"^(?:ct|chi tieu)\s*(?:so\s*)?([0-9]+(?:\.[0-9]+[a-z]?)+)(?![0-9])")
_PART_NAME = re.compile(r"^(?:ct|chi tieu)\s*(?:so\s*)?([0-9]+)(?![0-9.])")
_INDICATOR = re.compile(r"^[0-9][0-9A-Za-z._-]*$")
_CRITERION = re.compile(r"^tc([0-9][0-9A-Za-z._-]*)$", re.IGNORECASE)
_COUNT = re.compile(r"^([0-9][0-9A-Za-z._-]*)\.(achieved|total)$", re.IGNORECASE)
_ROW_NUMBER = {"stt", "tt", "so tt", "so thu tu", "thu tu", "no", "no."}
_TOTAL = re.compile(r"^(?:tong|cong\b|so (?:tc|tieu chi)|sum\b)|countif|=count")
# A sub-header cell under a criterion group that holds the criterion's own status.
_STATUS_WORDS = {"danh gia", "ket qua", "dat", "tc", "tieu chi", "ket qua danh gia", "status"}
_PARENS = re.compile(r"\s*\([^)]*\)\s*")

SKIP: Loc = ("skip",)  # a column that holds no commune data


def header_key(cell: Cell) -> str:
    """A header cell's first whitespace-separated token ("14.2 Tỷ lệ..." -> "14.2")."""
    text = _cell_text(cell)
    return text.split()[0] if text else ""


def _cell_text(cell: Cell) -> str:
    if cell is None or isinstance(cell, bool):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


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


def _forms(folded: str) -> list[str]:
    """The name, without its parenthesised part, and before a slash: "tên xã (phường)"."""
    bare = _PARENS.sub(" ", folded).strip(" :.*")
    return [folded, bare, bare.split("/")[0].strip()]


def recognise(cell: Cell) -> Loc | None:
    """What a header cell names: a record location, SKIP, or None when it is not known."""
    text = _cell_text(cell)
    if not text:
        return None
    folded = fold(text)
    forms = _forms(folded)
    for form in forms:
        if form in _BY_NAME:
            return (_BY_NAME[form],)
    if match := _INDICATOR_NAME.match(folded):
        return ("indicators", match.group(1))
    if match := _CRITERION_NAME.match(folded):
        return ("criteria", match.group(1))
    loc = _key_loc(text.split()[0])
    if loc is not None:
        return loc
    if any(form in _ROW_NUMBER for form in forms) or _TOTAL.search(folded):
        return SKIP
    return None


def suggestion(cell: Cell) -> str | None:
    """The column name closest to an unknown header ("Ten xa phuong" -> "Tên xã")."""
    folded = _forms(fold(_cell_text(cell)))[1]
    if folded.startswith(("tieu chi", "tc")):
        return "TC1"
    if folded.startswith(("chi tieu", "ct")):
        return "1.1"
    for name in sorted(_BY_NAME, key=len, reverse=True):
        if len(name) > 3 and folded.startswith(name + " "):  # "huyện thị xã" -> Huyện
            return SUGGESTED[_BY_NAME[name]]
    close = difflib.get_close_matches(folded, list(_BY_NAME), n=1, cutoff=0.72)
    return SUGGESTED[_BY_NAME[close[0]]] if close else None


@dataclass
class HeaderFound:
    """The header of a sheet: its row(s), what each column holds, notes and problems."""

    row: int  # the (first) header row, 1-based
    rows: int  # 1 or 2
    columns: dict[int, Loc] = field(default_factory=dict)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (column, header text)
    problems: list[InputError] = field(default_factory=list)


def _empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _letter(index: int) -> str:
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _at(path: str, row: int, column: int) -> Location:
    return Location(path, row, column, _letter(column))


def find_header(path: str, rows: Sequence[tuple[int, Sequence[Cell]]]) -> HeaderFound:
    """Find and read the header among the first rows; problems are listed, not raised."""
    candidates = [(n, list(c)) for n, c in rows if not all(_empty(v) for v in c)]
    candidates = candidates[:HEADER_SEARCH_ROWS]
    if not candidates:
        raise InputError(Location(path), said("sheets.empty_file"))
    start = next(
        (i for i, (_, cells) in enumerate(candidates) if _names_communes(cells)),
        None,
    )
    if start is None:
        # No row names the commune column: read as the header the first row of several
        # cells that holds no year (a data row does), and say what is wrong with it.
        start = next(
            (i for i, (_, cells) in enumerate(candidates) if _header_like(cells)),
            None,
        )
    if start is None:
        number, cells = candidates[0]
        filled = [v for v in cells if not _empty(v)]
        if len(filled) == 1:  # a title ("BẢNG TỔNG HỢP...") with no header row below it
            column = next(i for i, v in enumerate(cells, start=1) if not _empty(v))
            raise InputError(
                _at(path, number, column),
                said("sheets.title_without_header", title=_cell_text(filled[0])[:80]),
            )
        start = 0
    number, upper = candidates[start]
    lower: list[Cell] | None = None
    if start + 1 < len(candidates):
        next_number, next_cells = candidates[start + 1]
        if next_number == number + 1 and _is_sub_header(upper, next_cells):
            lower = next_cells
    found = HeaderFound(number, 2 if lower is not None else 1)
    _read_columns(path, found, upper, lower)
    return found


def _header_like(cells: Sequence[Cell]) -> bool:
    """Several cells, none of them a year: a header row, not a commune's row."""
    filled = [c for c in cells if not _empty(c)]
    return len(filled) >= 2 and not any(_YEAR.fullmatch(_cell_text(c)) for c in filled)


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _names_communes(cells: Sequence[Cell]) -> bool:
    """Whether a row is a header: it names the commune column."""
    return any(recognise(c) == ("commune",) for c in cells if isinstance(c, str))


def _is_sub_header(upper: Sequence[Cell], cells: Sequence[Cell]) -> bool:
    """A second header row: nothing under the base columns, indicator names elsewhere."""
    named = {recognise(c): i for i, c in enumerate(upper)}
    for base in REQUIRED_COLUMNS:
        index = named.get((base,))
        if index is not None and index < len(cells) and not _empty(cells[index]):
            return False
    return any(
        ((loc := recognise(c)) is not None and loc != SKIP) or _PART_NAME.match(fold(_cell_text(c)))
        for c in cells
        if not _empty(c)
    )


def _read_columns(
    path: str, found: HeaderFound, upper: list[Cell], lower: list[Cell] | None
) -> None:
    width = max(len(upper), len(lower or ()))
    upper = upper + [None] * (width - len(upper))
    below = (lower or []) + [None] * (width - len(lower or ()))
    while width and _empty(upper[width - 1]) and _empty(below[width - 1]):
        width -= 1  # trailing blank columns are formatting, not data
    seen: dict[Loc, int] = {}
    group: str | None = None  # the criterion of a group cell merged over the columns below
    for index in range(1, width + 1):
        top, bottom = upper[index - 1], below[index - 1]
        top_loc = recognise(top)
        if not _empty(top):
            group = str(top_loc[1]) if top_loc and top_loc[0] == "criteria" else None
        if lower is None or _empty(bottom):
            where, cell, loc = _at(path, found.row, index), top, top_loc
        else:
            where = _at(path, found.row + 1, index)
            cell, loc = bottom, _under(bottom, group)
            problem = _disagreement(top, top_loc, bottom, loc, group)
            if problem is not None:
                found.problems.append(InputError(where, problem))
                continue
        if _empty(cell):
            found.problems.append(InputError(where, said("sheets.empty_header")))
            continue
        if loc is None:
            found.problems.append(InputError(where, _unknown(cell)))
            continue
        if loc == SKIP:
            found.skipped.append((index, _cell_text(cell)))
            continue
        if loc in seen:
            found.problems.append(
                InputError(
                    where,
                    said("sheets.repeated_column", name=_cell_text(cell), first=_letter(seen[loc])),
                )
            )
            continue
        seen[loc] = index
        found.columns[index] = loc
    _check_counts(path, found, seen)
    for required in REQUIRED_COLUMNS:
        if (required,) not in seen:
            found.problems.append(
                InputError(
                    _at(path, found.row, 1),
                    said("sheets.missing_column", column=required, name=SUGGESTED[required]),
                )
            )


def _under(cell: Cell, group: str | None) -> Loc | None:
    """What a sub-header cell names, read within its criterion group."""
    loc = recognise(cell)
    if group is None:
        return loc
    folded = _forms(fold(_cell_text(cell)))[1]
    if folded in _STATUS_WORDS:
        return ("criteria", group)
    part = _PART_NAME.match(folded) or re.fullmatch(r"([0-9]+)", folded)
    if part:
        return ("indicators", f"{group}.{part.group(1)}")
    return loc


def _disagreement(
    top: Cell, top_loc: Loc | None, bottom: Cell, loc: Loc | None, group: str | None
) -> Said | None:
    """Why a cell and the one above it cannot both be right, or None when they agree."""
    if loc is None or loc == SKIP:
        return None
    if group is not None:
        owner = str(loc[1]).split(".")[0] if loc[0] in ("indicators", "criteria") else None
        if owner != group:
            return said(
                "sheets.headers_disagree",
                top=_cell_text(top) or f"TC{group}",
                bottom=_cell_text(bottom),
            )
        return None
    if not _empty(top) and top_loc is not None and top_loc != SKIP and top_loc != loc:
        return said("sheets.headers_disagree", top=_cell_text(top), bottom=_cell_text(bottom))
    return None


def _unknown(cell: Cell) -> Said:
    name = _cell_text(cell)[:60]
    hint = suggestion(cell)
    if hint is not None:
        return said("sheets.unknown_column_hint", name=name, hint=hint)
    return said("sheets.unknown_column", name=name)


def _check_counts(path: str, found: HeaderFound, seen: dict[Loc, int]) -> None:
    for loc, index in seen.items():
        if len(loc) != 3:
            continue
        parent, part = loc[1], loc[2]
        partner = "total" if part == "achieved" else "achieved"
        if ("indicators", parent, partner) not in seen:
            found.problems.append(
                InputError(_at(path, found.row, index), said("sheets.count_needs_both", id=parent))
            )
