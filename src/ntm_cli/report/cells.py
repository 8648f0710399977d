"""Spreadsheet-safe cells: text that Excel would run as a formula is neutralised."""

from __future__ import annotations

from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@")

T = TypeVar("T")


def neutralise(value: T) -> T | str:
    """Prefix text starting with = + - @ with an apostrophe; numbers and None pass unchanged.

    A commune named "=HYPERLINK(...)" must stay a name when the CSV or XLSX is opened
    in Excel or LibreOffice (CSV/formula injection).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
