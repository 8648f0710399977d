"""`ntm sets template` and `ntm sets import`: an office completes a set in a spreadsheet."""

from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import LangOption, Language, SetsDirOption, help_text


def set_template(
    set_id: Annotated[str, typer.Argument(help=help_text("setbook.help_set_id"))],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help=help_text("setbook.help_sets_template_output"), dir_okay=False
        ),
    ],
    force: Annotated[bool, typer.Option("--force", help=help_text("setbook.help_force"))] = False,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Write the set workbook (help text: setbook.help_sets_template in the catalogue)."""
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.report.atomic import write_bytes_atomic
    from ntm_cli.report.messages import message
    from ntm_cli.report.set_workbook import set_template as workbook

    if output.suffix.lower() != ".xlsx":
        raise UsageError(said("setbook.err_xlsx_name", path=str(output)))
    criteria_set = Registry(sets_dir or ()).get(set_id)
    write_bytes_atomic(output, workbook(criteria_set, lang.value), force)
    typer.echo(message("setbook.written_template", lang.value, path=output), err=True)


def set_import(
    workbook: Annotated[
        Path, typer.Argument(help=help_text("setbook.help_workbook"), dir_okay=False)
    ],
    new_id: Annotated[
        str, typer.Option("--id", help=help_text("setbook.help_sets_import_id"), show_default=False)
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=help_text("setbook.help_sets_import_output"), dir_okay=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("setbook.help_force"))] = False,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Import a filled set workbook (help text: setbook.help_sets_import)."""
    import re

    from ntm_cli.inputs.registry import Registry
    from ntm_cli.inputs.set_workbook import import_set_workbook
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.report.atomic import check_target, write_text_atomic
    from ntm_cli.report.messages import message
    from ntm_cli.report.set_workbook import set_yaml

    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,79}", new_id):
        raise UsageError(said("setbook.err_id_pattern", id=new_id))
    if output is not None:
        if output.suffix.lower() not in (".yaml", ".yml") or output.stem != new_id:
            raise UsageError(said("setbook.err_yaml_name", path=str(output), id=new_id))
        check_target(output, force=force)  # refuse before reading the workbook
    registry = Registry(sets_dir or ())
    replacing = force and output is not None and output.exists()
    if new_id in registry.ids() and not (
        replacing and output is not None and registry.path(new_id).resolve() == output.resolve()
    ):
        raise UsageError(said("setbook.err_id_exists", id=new_id, path=str(registry.path(new_id))))
    imported = import_set_workbook(workbook, new_id, registry.get)
    text = set_yaml(imported, workbook.name, lang.value)
    if output is None:
        typer.echo(text, nl=False)
        return
    write_text_atomic(output, text, force)
    typer.echo(
        message(
            "setbook.written_set",
            lang.value,
            path=output,
            set=new_id,
            parent=imported.parent.id,
            added=imported.added,
            changed=imported.changed,
        ),
        err=True,
    )
