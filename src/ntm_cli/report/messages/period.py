"""The 2026–2030 period: commune groups, merged communes, declared statuses, province completion."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {}
