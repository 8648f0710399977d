"""Completing a criteria set: the set workbook, its import and completeness."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
