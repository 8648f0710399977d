"""`ntm schema`: JSON Schema of commune files and criteria sets, for editors."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import help_text


class SchemaKind(StrEnum):
    """Which file kind the schema describes."""

    commune = "commune"
    district = "district"
    province = "province"
    criteria_set = "criteria-set"


def schema(
    kind: Annotated[
        SchemaKind,
        typer.Argument(help=help_text("help.schema.kind")),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help=help_text("help.schema.output"))
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=help_text("help.option.force_file"))
    ] = False,
) -> None:
    """Print the JSON Schema of a commune file or a criteria set (generated from the models).

    Editors with the YAML language server use it to complete keys and flag mistakes.
    """
    from ntm_cli.report.jsonschema import schema_text

    text = schema_text(kind.value)
    if output is None:
        typer.echo(text, nl=False)
        return
    from ntm_cli.report.atomic import write_text_atomic

    write_text_atomic(output, text, force)
