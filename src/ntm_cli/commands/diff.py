"""`ntm diff OLD NEW`: what changed between two assessments of the same communes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.commands.options import (
    EXIT_INPUT,
    EXIT_NOT_MET,
    EXIT_OK,
    LangOption,
    Language,
    SetsDirOption,
    print_errors,
    stdout_is_terminal,
)


class DiffFormat(StrEnum):
    """Formats `ntm diff` writes."""

    table = "table"
    json = "json"
    text = "text"


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier assessment (YAML commune file).")],
    new: Annotated[Path, typer.Argument(help="The later assessment (YAML commune file).")],
    set_id: Annotated[
        str | None,
        typer.Option("--set", help="Criteria set id for both sides; overrides the files."),
    ] = None,
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DiffFormat.table
    ),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Compare two assessments: criteria and indicators gained, lost (sụt giảm) or changed.

    A file may hold one commune or several; communes are matched by name and district
    (two single-commune files are compared directly). A commune that met the standard and
    has lost a criterion is flagged loudly: it risks losing its recognition (QĐ 18/2022).

    Exit code 1 when any criterion or indicator was lost, 0 otherwise, 2 for bad input.
    """
    from ntm_cli.diff import diff as compare
    from ntm_cli.formatters import diff_out
    from ntm_cli.registry import Registry
    from ntm_cli.scoring import score_path

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)
    before = score_path(old, registry, set_id)
    after = score_path(new, registry, set_id)
    errors = before.errors + after.errors
    if errors:
        print_errors(list(errors))
        raise typer.Exit(EXIT_INPUT)
    report = compare(before.results, after.results)
    if fmt is DiffFormat.json:
        typer.echo(diff_out.render_json(report, lang.value), nl=False)
        for pair in report.pairs:  # JSON goes to files and scripts: say it on stderr too
            for line in diff_out.risk_lines(pair, lang.value)[:1]:
                typer.echo(line, err=True)
    elif fmt is DiffFormat.text:
        typer.echo(diff_out.render_text(report, lang.value), nl=False)
    else:
        color = stdout_is_terminal()
        text = diff_out.render_table(report, lang.value, color=color, width=None if color else 120)
        typer.echo(text, nl=False)
    raise typer.Exit(EXIT_NOT_MET if report.lost_anything else EXIT_OK)
