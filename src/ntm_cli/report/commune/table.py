"""Terminal output: a rich gap table per commune, grouped by criterion."""

from __future__ import annotations

from collections.abc import Sequence
from io import StringIO
from typing import Any

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from ntm_cli.model.results import CommuneResult
from ntm_cli.report.common import (
    commune_title,
    context_line,
    gap_text,
    ladder_lines,
    notices,
    requirement_text,
    summary_line,
    value_text,
)
from ntm_cli.report.console import string_console
from ntm_cli.report.messages import message

STYLES = {
    "met": "green",
    "basically_met": "cyan",
    "unmet": "bold red",
    "missing": "yellow",
    "undetermined": "magenta",
    "not_applicable": "dim",
}


def _longest_word(cells: Sequence[str]) -> int:
    """Width of the longest space-free token: a column narrower than that splits it."""
    return max((cell_len(word) for cell in cells for word in cell.split()), default=1)


def _rows(result: CommuneResult, lang: str, unmet_only: bool) -> list[tuple[Any, ...]]:
    """(indicator, required, actual, status, gap) rows; None marks a section end.

    Under a criterion decided by its declared result, the indicators without data fold
    into one line: twelve "Thiếu số liệu" rows would say nothing the declaration does not.
    """
    rows: list[tuple[Any, ...]] = []
    for criterion in result.criteria:
        if unmet_only and criterion.status in ("met", "not_applicable"):
            continue
        status = Text(message(f"status.{criterion.status}", lang), style=STYLES[criterion.status])
        label = f"{criterion.id}. {criterion.name.get(lang)}"
        basis = f" ({message('word.declared', lang)})" if criterion.basis == "declared" else ""
        if criterion.basis == "indicators" and not criterion.indicators_complete:
            basis += f" ({message('word.partial_list', lang)})"
        rows.append((Text(label + basis, style="bold"), "", "", status, ""))
        folded = [
            i.id
            for i in criterion.indicators
            if criterion.basis == "declared" and i.status == "missing"
        ]
        for ind in criterion.indicators:
            if ind.id in folded or (unmet_only and ind.status in ("met", "not_applicable")):
                continue
            rows.append(
                (
                    f"  {ind.id} {ind.name.get(lang)}",
                    requirement_text(ind, lang),
                    value_text(ind, lang),
                    Text(message(f"status.{ind.status}", lang), style=STYLES[ind.status]),
                    gap_text(ind, lang),
                )
            )
        if folded:
            line = message("table.folded_missing", lang, ids=", ".join(folded), count=len(folded))
            rows.append((Text(f"  {line}", style="dim"), "", "", "", ""))
        rows.append((None,))
    return rows


def _widths(columns: list[list[str]], ratios: Sequence[int], width: int) -> list[int]:
    """Content widths: shared by ratio, but each column at least its longest token.

    rich's own ratio split gives the first column its share before the others' minimums,
    and then shrinks every column evenly, splitting numbers; this reserves them first.
    """
    least = [_longest_word(cells) for cells in columns]
    # The status column (ratio 0) keeps its widest cell on one line.
    least = [
        m if r else max(cell_len(c) for c in cells)
        for m, r, cells in zip(least, ratios, columns, strict=True)
    ]
    room = width - (len(columns) + 1) - 2 * len(columns)  # less borders and padding
    flexible = room - sum(m for m, r in zip(least, ratios, strict=True) if not r)
    total = sum(ratios)
    sizes = [max(m, flexible * r // total) if r else m for m, r in zip(least, ratios, strict=True)]
    # Too wide: take a character at a time from the column with most above its minimum.
    while sum(sizes) > room and any(s > m for s, m in zip(sizes, least, strict=True)):
        widest = max(range(len(sizes)), key=lambda i: sizes[i] - least[i])
        sizes[widest] -= 1
    return sizes


def build(result: CommuneResult, lang: str, *, unmet_only: bool = False, width: int = 120) -> Table:
    """The gap table of one commune, `width` columns wide."""
    table = Table(
        title=f"{commune_title(result, lang)}\n{context_line(result, lang)}",
        title_justify="left",
        show_lines=False,
    )
    rows = _rows(result, lang, unmet_only)
    cells = [row for row in rows if row[0] is not None]
    headers = [
        message(f"word.{k}", lang) for k in ("indicator", "required", "actual", "status", "gap")
    ]
    columns = [[h, *(str(row[i]) for row in cells)] for i, h in enumerate(headers)]
    ratios = (7, 3, 3, 0, 3)
    # No column is narrower than its longest word or number, so none is split mid-token.
    for header, ratio, size in zip(headers, ratios, _widths(columns, ratios, width), strict=True):
        table.add_column(header, overflow="fold", width=size, no_wrap=not ratio)
    for row in rows:
        if row[0] is None:
            table.add_section()
        else:
            table.add_row(*row)
    return table


def render(
    results: Sequence[CommuneResult],
    lang: str,
    *,
    unmet_only: bool = False,
    color: bool = False,
    width: int | None = 120,
) -> str:
    """All communes' tables, each followed by its summary line and warnings."""
    buffer = StringIO()
    console = string_console(buffer, width=width, color=color)
    for index, result in enumerate(results):
        if index:
            console.print()
        # The summary first as well as last: a long table scrolls its last line into view
        # and its first one out of it.
        console.print(Text(summary_line(result, lang), style="bold"))
        console.print(build(result, lang, unmet_only=unmet_only, width=console.width))
        for warning in notices(result, lang):
            console.print(f"{message('word.warning', lang)}: {warning}", style="yellow")
        console.print(Text(summary_line(result, lang), style="bold"))
        for line in ladder_lines(result, lang):
            console.print(Text(line))
    return buffer.getvalue()
