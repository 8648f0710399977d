"""Province diffs, early warnings, target plans and re-runnable records."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
