"""`ntm validate`: check commune, district and criteria-set files without scoring them."""

from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import (
    EXIT_INPUT,
    EXIT_OK,
    EmptyStatus,
    EmptyStatusOption,
    LangOption,
    Language,
    SetsDirOption,
    help_text,
)


def validate(
    files: Annotated[
        list[Path],
        typer.Argument(help=help_text("help.validate.files"), show_default=False),
    ],
    set_id: Annotated[
        str | None,
        typer.Option(
            "--set",
            help=help_text("help.validate.set"),
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help=help_text("help.validate.quiet"))
    ] = False,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
    empty_status: EmptyStatusOption = EmptyStatus.not_given,
) -> None:
    """Check files and list every problem as file:line:col: message, without scoring.

    A file holding `criteria:` and set metadata (decision, scheme...) is checked as a
    criteria set, one with `district:` and no `commune:` as a district file, any other as
    commune data. Exit code 0 when all files are clean, 2 otherwise. For unknown
    thresholds and missing sources in a set, see `ntm sets check`.
    """
    from ntm_cli.inputs.read import expand
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.text import inert
    from ntm_cli.report.messages import error_line, message
    from ntm_cli.run.check import check_file

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)  # an unknown --set is a usage error before any file is read
    found, missing = expand(files)
    for error in missing:
        typer.echo(inert(error_line(error, lang)))
    failed = len(missing)
    for path in map(Path, found):
        empty_unmet = empty_status is EmptyStatus.unmet
        report = check_file(path, registry, set_id, empty_unmet=empty_unmet)
        for problem in report.problems:
            typer.echo(inert(error_line(problem, lang)))
        for note in [] if quiet else report.notes:
            typer.echo(inert(error_line(note, lang)))
        if report.problems:
            failed += 1
        elif not quiet:
            if report.kind == "criteria set":
                what = message("validate.set", lang, id=report.sets[0], n=report.count)
            elif report.kind == "district":
                what = message("validate.district", lang, sets=", ".join(report.sets))
            elif report.kind == "province":
                what = message("period.validate_province", lang, sets=", ".join(report.sets))
            else:
                sets = ", ".join(report.sets)
                what = message("validate.communes", lang, n=report.count, sets=sets)
            typer.echo(inert(f"{path}: OK — {what}"))
    if failed:
        total = len(found) + len(missing)
        typer.echo(message("validate.failed", lang, failed=failed, total=total), err=True)
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK)
