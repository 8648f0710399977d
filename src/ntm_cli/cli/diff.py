"""`ntm diff OLD NEW`: what changed between two assessments of the same communes."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from ntm_cli.cli.options import (
    EXIT_INPUT,
    EXIT_NOT_MET,
    EXIT_OK,
    LangOption,
    Language,
    SetsDirOption,
    help_text,
    print_errors,
    stdout_is_terminal,
)


class DiffFormat(StrEnum):
    """Formats `ntm diff` writes."""

    table = "table"
    json = "json"
    text = "text"


def diff(
    old: Annotated[
        str,
        typer.Argument(
            help=help_text("help.diff.old"),
            show_default=False,
        ),
    ],
    new: Annotated[
        str,
        typer.Argument(help=help_text("help.diff.new"), show_default=False),
    ],
    set_id: Annotated[
        str | None,
        typer.Option("--set", help=help_text("help.diff.set")),
    ] = None,
    fmt: Annotated[
        DiffFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (DiffFormat.table),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Compare two assessments: criteria and indicators gained, lost (sụt giảm) or changed.

    Each side is read like `ntm batch` inputs (YAML files with one or many communes,
    CSV/XLSX sheets, folders, globs); communes are matched by name and district (two single
    communes are compared directly). Criteria are compared only within one set (or a set
    extending it, or one whose file declares `continues:`); across sets each side's result
    is shown side by side. A commune that met the standard and has lost a criterion is
    flagged loudly: it risks losing its recognition (QĐ 18/2022).

    Exit code 1 when a comparable criterion or indicator was lost, 0 otherwise, 2 for bad
    input.
    """
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report import diff_out
    from ntm_cli.run.diff import diff_paths

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)
    outcome = diff_paths(old, new, registry, set_id)
    if outcome.report is None:
        errors: list[object] = list(outcome.errors)
        print_errors(errors, lang.value)
        raise typer.Exit(EXIT_INPUT)
    report = outcome.report
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
