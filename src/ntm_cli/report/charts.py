"""Inline SVG bar charts for the HTML report: generated here, no script, no network."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

_BAR_WIDTH = 380
_ROW = 24
_LINE = 14  # a wrapped label's line height
_LABEL_CHARS = 36  # longer labels wrap onto more lines: never cut, in either language
# Text is measured in the browser, not here: allow a generous width per character at the
# chart's 12px (capitals and Vietnamese letters with two marks are the widest).
_CHAR_WIDTH = 7.6


def _text_width(text: str) -> int:
    return int(len(text) * _CHAR_WIDTH) + 6


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its value, the value it is measured against, and the text shown."""

    label: str
    value: float
    scale: float
    shown: str
    css: str = "bar"


def _lines(label: str) -> list[str]:
    return textwrap.wrap(label, _LABEL_CHARS, break_on_hyphens=False) or [""]


def bar_chart(bars: Sequence[Bar], title: str) -> str:
    """A horizontal bar chart as an <svg> element; every text is escaped, no label is cut."""
    wrapped = [_lines(bar.label) for bar in bars]
    label_width = max((_text_width(line) for lines in wrapped for line in lines), default=0) + 8
    shown_width = max((_text_width(bar.shown) for bar in bars), default=0) + 6
    rows = [max(_ROW, _LINE * len(lines) + 10) for lines in wrapped]
    height = sum(rows) + 8
    width = label_width + _BAR_WIDTH + shown_width
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    y = 4
    for bar, lines, row in zip(bars, wrapped, rows, strict=True):
        length = 0.0 if bar.scale <= 0 else _BAR_WIDTH * max(0.0, min(bar.value / bar.scale, 1.0))
        middle = y + row // 2
        first = middle + 4 - (len(lines) - 1) * _LINE // 2
        label = "".join(
            f'<tspan x="{label_width - 8}" y="{first + i * _LINE}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        parts.append(
            f"<g><title>{escape(bar.label)}: {escape(bar.shown)}</title>"
            f'<text text-anchor="end">{label}</text>'
            f'<rect class="track" x="{label_width}" y="{middle - 8}" width="{_BAR_WIDTH}"'
            ' height="16"/>'
            f'<rect class="{escape(bar.css)}" x="{label_width}" y="{middle - 8}" '
            f'width="{length:.1f}" height="16"/>'
            f'<text x="{label_width + _BAR_WIDTH + 6}" y="{middle + 4}">{escape(bar.shown)}'
            "</text></g>"
        )
        y += row
    parts.append("</svg>")
    return "".join(parts)
