"""`ntm evaluate`: score commune files against a criteria set."""

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


class EvaluateFormat(StrEnum):
    """Formats `ntm evaluate` writes."""

    table = "table"
    json = "json"


def evaluate(
    files: Annotated[
        list[Path], typer.Argument(help="Commune data files (YAML).", show_default=False)
    ],
    set_id: Annotated[
        str | None,
        typer.Option(
            "--set",
            help="Criteria set id (see `ntm sets list`); overrides criteria_set in the files.",
        ),
    ] = None,
    fmt: Annotated[
        EvaluateFormat, typer.Option("--format", "-f", help="Output format.")
    ] = EvaluateFormat.table,
    lang: LangOption = Language.vi,
    unmet_only: Annotated[
        bool, typer.Option("--unmet-only", help="Show only criteria and indicators not met.")
    ] = False,
    sets_dir: SetsDirOption = None,
    ladder: Annotated[
        bool,
        typer.Option(
            "--ladder",
            help="Also score the higher tiers of the period (NTM -> nâng cao -> kiểu mẫu)"
            " and show the highest tier reached and what the next one lacks.",
        ),
    ] = False,
) -> None:
    """Score communes against a criteria set and show the gaps.

    Exit code 0 when every commune meets its set, 1 when any criterion is not met
    (unmet, missing data or undetermined threshold), 2 for bad input.
    """
    from ntm_cli.registry import Registry
    from ntm_cli.scoring import score_paths

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)  # an unknown --set is a usage error before any file is read
    outcome = score_paths(files, registry, set_id, ladder=ladder)
    if outcome.results:
        if fmt is EvaluateFormat.json:
            from ntm_cli.formatters import json_out

            many = len(files) > 1 or len(outcome.results) > 1
            typer.echo(json_out.render(outcome.results, lang.value, as_list=many), nl=False)
        else:
            from ntm_cli.formatters import table

            color = stdout_is_terminal()
            text = table.render(
                outcome.results,
                lang.value,
                unmet_only=unmet_only,
                color=color,
                width=None if color else 120,
            )
            typer.echo(text, nl=False)
    print_errors(list(outcome.errors))
    if outcome.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK if all(r.meets_set for r in outcome.results) else EXIT_NOT_MET)
