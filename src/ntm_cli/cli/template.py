"""`ntm template`: write a blank commune data file (YAML or XLSX) for a criteria set."""

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import LangOption, Language, SetsDirOption, help_text


class TemplateFormat(StrEnum):
    """Formats `ntm template` writes."""

    yaml = "yaml"
    xlsx = "xlsx"


def template(
    set_id: Annotated[
        str,
        typer.Option("--set", help=help_text("help.sets.id"), show_default=False),
    ],
    region: Annotated[
        str | None,
        typer.Option("--region", help=help_text("help.template.region")),
    ] = None,
    group: Annotated[
        int | None,
        typer.Option("--group", help=help_text("help.template.group"), min=1, max=3),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            help=help_text("help.template.year"),
            show_default=help_text("help.template.year_default"),
        ),
    ] = None,
    fmt: Annotated[
        TemplateFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=help_text("help.template.format"),
            show_default=help_text("help.template.format_default"),
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=help_text("help.template.output")),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=help_text("help.option.force_file"))
    ] = False,
    sets_dir: SetsDirOption = None,
    lang: LangOption = Language.vi,
) -> None:
    """Write a blank data file listing every indicator of a set, with its requirement.

    Fill in the values, then `ntm validate FILE` and `ntm evaluate FILE`. With --lang en the
    comments and labels are in English; keys and values (đạt / chưa đạt / na) stay the same.
    """
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, reason, said
    from ntm_cli.model.regions import parse_region
    from ntm_cli.report.messages import message
    from ntm_cli.report.template import Scope, xlsx_template, yaml_template

    registry = Registry(sets_dir or ())
    criteria_set = registry.get(set_id)
    if region is not None and group is not None:
        raise UsageError(said("error.region_and_group"))
    if region is not None and criteria_set.scheme != "regions":
        raise UsageError(said("error.no_regions", id=set_id))
    if group is not None and criteria_set.scheme != "groups":
        raise UsageError(said("error.no_groups", id=set_id))
    try:
        region_code = parse_region(region) if region is not None else None
    except ValueError as exc:
        raise UsageError(said("error.option", option="--region", problem=reason(exc))) from None
    period = criteria_set.period
    if year is None:
        year = min(max(dt.date.today().year, period.start), period.end)
    elif not 1990 <= year <= 2100:
        raise UsageError(said("error.implausible_year", year=year))
    scope = Scope(year=year, region=region_code, group=group, sets=registry.closure(set_id))
    is_xlsx_name = output is not None and output.suffix.lower() == ".xlsx"
    if fmt is None:
        fmt = TemplateFormat.xlsx if is_xlsx_name else TemplateFormat.yaml
    elif output is not None and is_xlsx_name != (fmt is TemplateFormat.xlsx):
        raise UsageError(said("error.name_format", path=str(output), format=fmt.value))
    if fmt is TemplateFormat.xlsx and criteria_set.level != "xa":
        raise UsageError(said(f"error.xlsx_level_{criteria_set.level}", id=set_id))
    if fmt is TemplateFormat.xlsx:
        if output is None:
            raise UsageError(said("error.xlsx_template_output"))
        from ntm_cli.report.atomic import write_bytes_atomic

        write_bytes_atomic(output, xlsx_template(criteria_set, scope, lang.value), force)
    else:
        text = yaml_template(criteria_set, scope, lang.value)
        if output is None:
            typer.echo(text, nl=False)
            return
        from ntm_cli.report.atomic import write_text_atomic

        write_text_atomic(output, text, force)
    typer.echo(message("template.written", lang.value, path=output, set=set_id), err=True)
