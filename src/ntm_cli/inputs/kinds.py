"""The kinds of file ntm reads, told by suffix without loading any reader.

`ntm evaluate xa.yaml` then never imports the sheet readers (CSV, workbooks, header
matching): about 7 ms of its start.
"""

from __future__ import annotations

import os

YAML_SUFFIXES = (".yaml", ".yml")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")  # .xlsm: macros are never run
SHEET_SUFFIXES = (".csv", *WORKBOOK_SUFFIXES)
INPUT_SUFFIXES = (*YAML_SUFFIXES, *SHEET_SUFFIXES)


def is_sheet(path: str | os.PathLike[str]) -> bool:
    """Whether a path names a spreadsheet ntm reads (by its extension)."""
    return os.path.splitext(path)[1].lower() in SHEET_SUFFIXES
