"""Inline SVG bar charts for the HTML report: generated here, no script, no network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

_LABEL_WIDTH = 260
_BAR_WIDTH = 380
_ROW = 24
_LABEL_CHARS = 38


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its value, the value it is measured against, and the text shown."""

    label: str
    value: float
    scale: float
    shown: str
    css: str = "bar"


def _short(label: str) -> str:
    # Truncate before escaping so an entity is never cut in half.
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def bar_chart(bars: Sequence[Bar], title: str) -> str:
    """A horizontal bar chart as an <svg> element; every text is escaped."""
    height = _ROW * len(bars) + 8
    width = _LABEL_WIDTH + _BAR_WIDTH + 70
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for row, bar in enumerate(bars):
        y = 4 + row * _ROW
        length = 0.0 if bar.scale <= 0 else _BAR_WIDTH * max(0.0, min(bar.value / bar.scale, 1.0))
        parts.append(
            f"<g><title>{escape(bar.label)}: {escape(bar.shown)}</title>"
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end">'
            f"{escape(_short(bar.label))}</text>"
            f'<rect class="track" x="{_LABEL_WIDTH}" y="{y + 3}" width="{_BAR_WIDTH}" height="16"/>'
            f'<rect class="{escape(bar.css)}" x="{_LABEL_WIDTH}" y="{y + 3}" '
            f'width="{length:.1f}" height="16"/>'
            f'<text x="{_LABEL_WIDTH + _BAR_WIDTH + 6}" y="{y + 16}">{escape(bar.shown)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
