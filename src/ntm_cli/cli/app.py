"""The `ntm` command line: options -> one service call -> one format -> exit code."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from ntm_cli.cli import batch, diff, evaluate, schema, sets, template, validate
from ntm_cli.model.errors import NtmError


class NtmGroup(TyperGroup):
    """Command group that turns every NtmError into one stderr line and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; known errors never show a traceback."""
        try:
            return super().invoke(ctx)
        except NtmError as exc:
            from ntm_cli.cli.options import LANG_KEY, help_language, print_errors

            print_errors([exc], ctx.meta.get(LANG_KEY) or help_language())
            raise typer.Exit(2) from None


app = typer.Typer(
    name="ntm",
    cls=NtmGroup,
    help="Đánh giá xã theo Bộ tiêu chí nông thôn mới — evaluate communes against the NTM criteria.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("evaluate")(evaluate.evaluate)
app.command("batch")(batch.batch)
app.command("diff")(diff.diff)
app.command("validate")(validate.validate)
app.command("template")(template.template)
app.command("schema")(schema.schema)
app.add_typer(sets.app, name="sets")


def main() -> None:
    """Console-script entry point; an unexpected failure is one line, not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last resort: never a traceback for users
        if os.environ.get("NTM_DEBUG"):
            raise
        typer.echo(f"ntm: internal error: {exc!r}; rerun with NTM_DEBUG=1 and report it", err=True)
        sys.exit(70)
