"""Markdown (`--format markdown`): a heading, the report sentence and a GitHub table per commune."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from ntm_cli.model.results import CommuneResult
from ntm_cli.report.cells import markdown_text
from ntm_cli.report.common import (
    commune_title,
    context_line,
    gap_text,
    requirement_text,
    value_text,
)
from ntm_cli.report.commune.prose import commune_paragraph
from ntm_cli.report.messages import message
from ntm_cli.report.wording import criterion_number

# Table cells need the same escaping as text (a pipe would split the cell).
inline = cell = markdown_text


def commune_table(result: CommuneResult, lang: str, *, unmet_only: bool = False) -> str:
    """The criteria and indicators of one commune as a GitHub-flavoured table."""
    rows: list[list[str]] = []
    for criterion in result.criteria:
        if unmet_only and criterion.status in ("met", "not_applicable"):
            continue
        basis = f" ({message('word.declared', lang)})" if criterion.basis == "declared" else ""
        label = f"**{cell(criterion.name.get(lang))} {criterion_number(criterion.id)}**{basis}"
        rows.append([label, "", "", f"**{message(f'status.{criterion.status}', lang)}**", ""])
        for ind in criterion.indicators:
            if unmet_only and ind.status in ("met", "not_applicable"):
                continue
            rows.append(
                [
                    cell(f"{ind.id} {ind.name.get(lang)}"),
                    cell(requirement_text(ind, lang)),
                    cell(value_text(ind, lang)),
                    message(f"status.{ind.status}", lang),
                    cell(gap_text(ind, lang)),
                ]
            )
    headers = [
        message(f"word.{k}", lang) for k in ("indicator", "required", "actual", "status", "gap")
    ]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def render(results: Sequence[CommuneResult], lang: str, *, unmet_only: bool = False) -> str:
    """Every commune: '## Xã ...', the context, the prose paragraph, then its table."""
    blocks = []
    for result in results:
        blocks.append(
            "\n\n".join(
                [
                    f"## {inline(commune_title(result, lang))}",
                    f"*{inline(context_line(result, lang))}*",
                    inline(commune_paragraph(result, lang)),
                    commune_table(result, lang, unmet_only=unmet_only),
                ]
            )
        )
    return "\n\n".join(blocks) + "\n"
