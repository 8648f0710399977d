"""Printable reports: the A4 annex, the Word document and workbook print setup."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
