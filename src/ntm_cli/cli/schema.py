"""`ntm schema`: JSON Schema of commune files and criteria sets, for editors."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import LangOption, Language, SetsDirOption, help_text


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
    set_id: Annotated[
        str | None, typer.Option("--set", help=help_text("schema.help_set"), metavar="ID")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help=help_text("schema.help_year"), metavar="NĂM")
    ] = None,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Print the JSON Schema of a commune file or a criteria set (generated from the models).

    Editors with the YAML language server use it to complete keys and flag mistakes.
    """
    from ntm_cli.report.jsonschema import schema_text

    if set_id is None:
        text = schema_text(kind.value)
    else:
        text = _set_schema(kind, set_id, year, lang.value, sets_dir or [])
    if output is None:
        typer.echo(text, nl=False)
        return
    from ntm_cli.report.atomic import write_text_atomic

    write_text_atomic(output, text, force)


def _set_schema(
    kind: SchemaKind, set_id: str, year: int | None, lang: str, dirs: list[Path]
) -> str:
    """The commune schema of one set (--set), requirements shown for `year`."""
    import datetime as dt

    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.report.jsonschema import commune_schema_text

    if kind is not SchemaKind.commune:
        raise UsageError(said("schema.set_needs_commune"))
    criteria_set = Registry(dirs).get(set_id)
    if criteria_set.level != "xa":
        raise UsageError(said("schema.set_not_commune_level", id=set_id, level=criteria_set.level))
    period = criteria_set.period
    if year is None:
        year = min(max(dt.date.today().year, period.start), period.end)
    elif not 1990 <= year <= 2100:
        raise UsageError(said("error.implausible_year", year=year))
    return commune_schema_text(criteria_set, year, lang)
