"""Reading office spreadsheets: header rows, column names, marks, encodings."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
