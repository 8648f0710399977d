"""Terminal output: a rich gap table per commune, grouped by criterion."""

from __future__ import annotations

from collections.abc import Sequence
from io import StringIO

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


def build(result: CommuneResult, lang: str, *, unmet_only: bool = False) -> Table:
    """The gap table of one commune."""
    table = Table(
        title=f"{commune_title(result, lang)}\n{context_line(result, lang)}",
        title_justify="left",
        show_lines=False,
        expand=True,
    )
    table.add_column(message("word.indicator", lang), overflow="fold", ratio=7)
    table.add_column(message("word.required", lang), overflow="fold", ratio=3)
    table.add_column(message("word.actual", lang), overflow="fold", ratio=3)
    table.add_column(message("word.status", lang), no_wrap=True)
    table.add_column(message("word.gap", lang), overflow="fold", ratio=3)
    for criterion in result.criteria:
        if unmet_only and criterion.status in ("met", "not_applicable"):
            continue
        status = Text(message(f"status.{criterion.status}", lang), style=STYLES[criterion.status])
        label = f"{criterion.id}. {criterion.name.get(lang)}"
        basis = f" ({message('word.declared', lang)})" if criterion.basis == "declared" else ""
        if criterion.basis == "indicators" and not criterion.indicators_complete:
            basis += f" ({message('word.partial_list', lang)})"
        table.add_row(Text(label + basis, style="bold"), "", "", status, "", end_section=False)
        for ind in criterion.indicators:
            if unmet_only and ind.status in ("met", "not_applicable"):
                continue
            table.add_row(
                f"  {ind.id} {ind.name.get(lang)}",
                requirement_text(ind, lang),
                value_text(ind, lang),
                Text(message(f"status.{ind.status}", lang), style=STYLES[ind.status]),
                gap_text(ind, lang),
            )
        table.add_section()
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
        console.print(build(result, lang, unmet_only=unmet_only))
        for warning in notices(result, lang):
            console.print(f"{message('word.warning', lang)}: {warning}", style="yellow")
        console.print(Text(summary_line(result, lang), style="bold"))
        for line in ladder_lines(result, lang):
            console.print(Text(line))
    return buffer.getvalue()
