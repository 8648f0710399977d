"""Citations of thresholds, the JSON Schema and the terminal table."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
