"""Roll-up figures a batch reports: per set and year, duplicates, floors and bands."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
