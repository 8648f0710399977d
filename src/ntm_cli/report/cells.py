"""Spreadsheet-safe cells: text that Excel would run as a formula is neutralised."""

from __future__ import annotations

from typing import TypeVar

from ntm_cli.model.text import inert_lines

FORMULA_STARTS = ("=", "+", "-", "@")

T = TypeVar("T")


def neutralise(value: T) -> T | str:
    """Prefix text starting with = + - @ with an apostrophe, control characters as spaces.

    A commune named "=HYPERLINK(...)" must stay a name when the CSV or XLSX is opened
    in Excel or LibreOffice (CSV/formula injection).
    """
    if not isinstance(value, str):
        return value
    # A workbook cannot hold control characters (XML forbids them): a vertical tab pasted
    # from Word stopped the XLSX report. Names are cleaned when read; notes and sources here.
    value_text = inert_lines(value)
    if value_text.startswith(FORMULA_STARTS):
        return "'" + value_text
    return value_text


_MARKDOWN_SPECIALS = str.maketrans(
    {char: "\\" + char for char in "\\`*_[]<>#|"} | {"\n": " ", "\r": " "}
)


def markdown_text(text: str) -> str:
    """User text made inert in Markdown: Markdown and HTML characters escaped, one line."""
    return text.translate(_MARKDOWN_SPECIALS)
