"""The one way in: paths (files, folders, globs) -> input files -> located commune records.

`ntm evaluate`, `batch`, `diff` and `validate` all find their files with `expand` and read
each one with `read_communes`; what kind a file is gets decided here only (`kind_of`).
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from ntm_cli.inputs.files import LoadedCommune, load_commune_file, load_yaml_file
from ntm_cli.inputs.kinds import INPUT_SUFFIXES, YAML_SUFFIXES, is_sheet
from ntm_cli.inputs.yaml_text import read_text
from ntm_cli.model.errors import ErrorRecord, InputError, InputErrors, Location, NtmError, said
from ntm_cli.model.sets import FormerCommune
from ntm_cli.model.text import fold

Kind = Literal["yaml", "sheet"]

# What to do with files an office may have instead of the ones ntm reads.
_HINTS = {
    ".xlsb": "kind.hint_xlsb",
    ".xltx": "kind.hint_xltx",
    ".numbers": "kind.hint_numbers",
    ".fods": "kind.hint_fods",
    ".tsv": "kind.hint_tsv",
    ".txt": "kind.hint_txt",
}
_DEFAULT_HINT = "kind.hint_template"


# Header cells only ntm's own reports have (the catalogue's batch.criteria_met and
# batch.criteria_total, commune_csv.criterion_status and commune_csv.indicator_status, in
# both languages; tests/inputs checks they match): a report written back as input would
# be read as communes and give a line of errors per row.
_REPORT_HEADERS = (
    frozenset({"số tiêu chí đạt", "số tiêu chí áp dụng"}),
    frozenset({"criteria met", "criteria applicable"}),
    frozenset({"kết quả tiêu chí", "kết quả chỉ tiêu"}),
    frozenset({"criterion status", "indicator status"}),
)
REPORT_KEYWORD = "ntm-report"  # in the properties of every workbook ntm writes as a report
# In the properties of `ntm sets template` workbooks: a criteria set to import, not communes.
SET_WORKBOOK_KEYWORD = "ntm-set-workbook"
# Sheets of ntm's batch workbook before it carried the keyword.
_REPORT_SHEETS = (frozenset({"Tổng hợp", "Từng xã"}), frozenset({"Summary", "Communes"}))


def written_by_ntm(path: str | os.PathLike[str]) -> bool:
    """True for a file ntm wrote (a report CSV or workbook, a set workbook), not data to score."""
    import zipfile

    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix == ".csv":
            with open(path, "rb") as handle:
                first = handle.read(4096).split(b"\n", 1)[0]
            text = first.decode("utf-8-sig", errors="replace").strip().lower()
            cells = {c.strip().strip('"') for c in re.split(r"[;,\t]", text)}
            return any(needed <= cells for needed in _REPORT_HEADERS)
        if suffix in (".xlsx", ".xlsm"):
            with zipfile.ZipFile(path) as book:
                names = set(book.namelist())
                if "docProps/core.xml" in names:
                    core = book.read("docProps/core.xml").decode("utf-8", errors="replace")
                    if REPORT_KEYWORD in core or SET_WORKBOOK_KEYWORD in core:
                        return True
                if "xl/workbook.xml" in names:
                    sheets = set(
                        re.findall(
                            r'<sheet [^>]*name="([^"]+)"',
                            book.read("xl/workbook.xml").decode("utf-8", errors="replace"),
                        )
                    )
                    return any(needed <= sheets for needed in _REPORT_SHEETS)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # the reader says what is wrong
        return False
    return False


def kind_of(path: str | os.PathLike[str]) -> Kind:
    """YAML or sheet, by the file's suffix (no suffix: YAML, as from a pipe); else an error."""
    if is_sheet(path):
        return "sheet"
    suffix = os.path.splitext(path)[1].lower()
    if suffix in YAML_SUFFIXES or not suffix:
        return "yaml"
    hint = _HINTS.get(suffix, _DEFAULT_HINT)
    refusal = said("kind.not_read", suffix=suffix, hint=said(hint))
    raise InputError(Location(os.fspath(path)), refusal)


_SET_KEYS = ("decision", "scheme", "tier", "period", "extends")
# Top-level keys or list items that only commune files have.
_COMMUNE_FILE = re.compile(r"^(?:commune|communes)\s*:|^-\s", re.MULTILINE)


def holds_criteria_set(data: Any) -> bool:
    """A criteria set has `criteria:` (or `extends:`) plus set metadata, and no commune."""
    return (
        isinstance(data, dict)
        and ("criteria" in data or "extends" in data)
        and not any(k in data for k in ("commune", "communes", "district"))
        and any(k in data for k in _SET_KEYS)
    )


def holds_district(data: Any) -> bool:
    """A district file (QĐ 320) names a `district:` and no `commune:`."""
    return (
        isinstance(data, dict)
        and "district" in data
        and "commune" not in data
        and "communes" not in data
    )


def holds_province(data: Any, *, with_communes_dir: bool = False) -> bool:
    """A province file (QĐ 51 Phụ lục III): `province:` and `commune_files:`, no commune.

    With `with_communes_dir` (evaluate --communes DIR) the commune files may be left out.
    """
    return (
        isinstance(data, dict)
        and "province" in data
        and ("commune_files" in data or with_communes_dir)
        and not any(k in data for k in ("commune", "communes", "district"))
        and not holds_criteria_set(data)
    )


def is_province_file(path: str | os.PathLike[str]) -> bool:
    """Whether a YAML file holds a province (a file that cannot be read is not one)."""
    try:
        if kind_of(path) != "yaml":
            return False
        text = read_text(Path(path))
        if _COMMUNE_FILE.search(text):
            return False
        data, _ = load_yaml_file(Path(path))
    except NtmError:
        return False
    return holds_province(data)


def is_district_file(path: str | os.PathLike[str]) -> bool:
    """Whether a YAML file holds a district (a file that cannot be read is not one)."""
    try:
        if kind_of(path) != "yaml":
            return False
        text = read_text(Path(path))
        if _COMMUNE_FILE.search(text):
            return False  # a commune file: do not parse a large file twice just to look
        data, _ = load_yaml_file(Path(path))
    except NtmError:
        return False  # reported by the normal path with its location
    return holds_district(data)


def read_communes(
    path: str | os.PathLike[str], *, empty_unmet: bool = False
) -> tuple[list[LoadedCommune], list[InputError]]:
    """Every commune in one input file, and an error for each thing that could not be read.

    With `empty_unmet`, a sheet's empty criterion status cells read as chưa đạt.
    """
    try:
        if kind_of(path) == "sheet":
            from ntm_cli.inputs.sheets import load_sheet  # YAML input never loads the sheet readers

            return load_sheet(Path(path), empty_unmet=empty_unmet)
        return load_commune_file(Path(path)), []
    except InputErrors as exc:
        return [], list(exc.errors)
    except InputError as exc:
        return [], [exc]


def read_former(loaded: LoadedCommune) -> list[FormerCommune]:
    """A merged commune's former communes, each file read (relative to the commune's file).

    InputErrors located at the `formed_from` entry when a file cannot be read or does not
    hold exactly the commune it is meant to.
    """
    formed = loaded.commune.formed_from
    if formed is None:
        return []
    base = Path(loaded.origin.path).parent
    parts: list[FormerCommune] = []
    problems: list[InputError] = []
    for index, part in enumerate(formed.communes):
        if part.file is None:
            parts.append(part)
            continue
        where = loaded.origin.locate(("formed_from", "communes", index, "file"))
        path = base / part.file
        if not path.is_file():
            problems.append(InputError(where, said("period.err_former_missing", file=part.file)))
            continue
        found, errors = read_communes(path)
        if errors:
            first = errors[0]
            problems.append(
                InputError(
                    where,
                    said(
                        "period.err_former_broken",
                        file=part.file,
                        where=str(first.location),
                        problem=first.message,
                    ),
                )
            )
            continue
        if part.commune is not None:
            key = fold(part.commune).removeprefix("xa ")
            found = [c for c in found if fold(c.commune.commune).removeprefix("xa ") == key]
        if len(found) != 1:
            message = (
                said("period.err_former_no_name", file=part.file, name=part.commune)
                if part.commune
                else said("period.err_former_many", file=part.file, count=len(found))
            )
            problems.append(InputError(where, message))
            continue
        former = found[0].commune
        parts.append(  # the file's values, already validated (the model forbids both in YAML)
            FormerCommune.model_construct(
                file=part.file,
                commune=former.commune,
                indicators=dict(former.indicators),
                criteria=dict(former.criteria),
            )
        )
    if problems:
        raise InputErrors(problems)
    return parts


def _folder_files(folder: Path) -> list[str]:
    """Input files below folder, sorted; hidden folders/files and Excel lock files skipped.

    Paths are strings spelled as str(Path(...)) spells them, so each file is named once
    however the folder was given.
    """
    top = str(folder)  # normalised by Path, so joining plain names keeps it normalised
    found: list[str] = []
    for root, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            path
            for name in names
            if name.lower().endswith(INPUT_SUFFIXES)
            and not name.startswith((".", "~$"))
            # only regular files: a named pipe called x.yaml would hang the batch
            and os.path.isfile(path := os.path.join(root, name))
        )
    if top == os.curdir:  # os.walk(".") gives "./xa.yaml" where Path shows "xa.yaml"
        cut = len(os.curdir + os.sep)
        found = [name[cut:] for name in found]
    return sorted(found)


def expand(arguments: Sequence[str | os.PathLike[str]]) -> tuple[list[str], list[ErrorRecord]]:
    """Folders (recursively), globs and files -> input files in a stable order, each once."""
    found: dict[str, None] = {}
    errors: list[ErrorRecord] = []
    for given in arguments:
        argument = os.fspath(given)
        path = Path(argument)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                errors.append(ErrorRecord(argument, 1, 1, None, said("kind.empty_folder")))
        elif path.exists():
            files = [str(path)]
        elif glob.has_magic(argument):
            matches = [Path(m) for m in sorted(glob.glob(argument, recursive=True))]
            files = [str(m) for m in matches if m.is_file() and m.suffix.lower() in INPUT_SUFFIXES]
            if not files:
                errors.append(ErrorRecord(argument, 1, 1, None, said("kind.no_match")))
        else:
            files = []
            errors.append(ErrorRecord(argument, 1, 1, None, said("kind.no_such_file")))
        for file in files:
            found.setdefault(file, None)
    return list(found), errors
