"""Input and usage errors and warnings, with the fix they suggest."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
