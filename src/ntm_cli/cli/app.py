"""The `ntm` command line: options -> one service call -> one format -> exit code."""

import os
import sys
from typing import Annotated

import typer

from ntm_cli.cli import batch, diff, evaluate, schema, sets, template, validate
from ntm_cli.cli.options import help_text
from ntm_cli.cli.screens import NtmCommand, NtmGroup


def _version(value: bool) -> None:
    if value:
        from ntm_cli import __version__

        typer.echo(f"ntm {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="ntm",
    cls=NtmGroup,
    help=help_text("help.app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for _name, _command in (
    ("evaluate", evaluate.evaluate),
    ("batch", batch.batch),
    ("diff", diff.diff),
    ("validate", validate.validate),
    ("template", template.template),
    ("schema", schema.schema),
):
    app.command(_name, cls=NtmCommand, help=help_text(f"help.cmd.{_name}"))(_command)
app.add_typer(sets.app, name="sets", help=help_text("help.cmd.sets"))


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help=help_text("help.option.version")
        ),
    ] = False,
) -> None:
    # ntm itself has one option, --version; the commands do the work.
    pass


def main() -> None:
    """Console-script entry point; an unexpected failure is one line, not a traceback."""
    # ntm uses no pydantic plugin: looking for them reads every installed package's entry
    # points when the first model is built (4 ms of each start with 55 packages). Setting
    # the variable yourself (e.g. to 0) keeps pydantic's own behaviour.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last resort: never a traceback for users
        if os.environ.get("NTM_DEBUG"):
            raise
        from ntm_cli.cli.options import help_language
        from ntm_cli.report.messages import message

        typer.echo(message("help.internal_error", help_language(), error=repr(exc)), err=True)
        sys.exit(70)
