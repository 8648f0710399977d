"""Spreadsheet-safe cells: text that Excel would run as a formula is neutralised."""

from __future__ import annotations

import re
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@")
# Control characters a workbook cannot hold (XML 1.0 forbids them): a vertical tab pasted
# from Word, a stray NUL. Tab, line feed and carriage return are allowed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

T = TypeVar("T")


def neutralise(value: T) -> T | str:
    """Prefix text starting with = + - @ with an apostrophe, control characters as spaces.

    A commune named "=HYPERLINK(...)" must stay a name when the CSV or XLSX is opened
    in Excel or LibreOffice (CSV/formula injection).
    """
    if not isinstance(value, str):
        return value
    value_text = _CONTROL.sub(" ", value)  # shown as a space: a line break in Word, mostly
    if value_text.startswith(FORMULA_STARTS):
        return "'" + value_text
    return value_text


_MARKDOWN_SPECIALS = str.maketrans(
    {char: "\\" + char for char in "\\`*_[]<>#|"} | {"\n": " ", "\r": " "}
)


def markdown_text(text: str) -> str:
    """User text made inert in Markdown: Markdown and HTML characters escaped, one line."""
    return text.translate(_MARKDOWN_SPECIALS)
