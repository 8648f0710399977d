"""Spreadsheet safety: text cells must never be read as formulas by Excel or LibreOffice."""

from __future__ import annotations

# A cell starting with one of these is a formula (or a DDE payload) in Excel and LibreOffice.
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix "'" to a text cell that a spreadsheet would otherwise run as a formula."""
    if text.startswith(_TRIGGERS):
        return "'" + text
    return text
