"""The `ntm` command line: options -> loader -> engine -> formatter -> exit code."""

from __future__ import annotations

import os
import sys

import typer

from ntm_cli.commands import batch, evaluate, sets

app = typer.Typer(
    name="ntm",
    help="Đánh giá xã theo Bộ tiêu chí nông thôn mới — evaluate communes against the NTM criteria.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("evaluate")(evaluate.evaluate)
app.command("batch")(batch.batch)
app.add_typer(sets.app, name="sets")


def main() -> None:
    """Console-script entry point: known errors become one line on stderr and exit 2."""
    from ntm_cli.errors import NtmError

    try:
        code = app(standalone_mode=False)
    except NtmError as exc:
        typer.echo(str(exc), err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if isinstance(exc, typer.Abort):
            sys.exit(130)
        # typer vendors click in recent releases; find its ClickException either way.
        click_error = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
        if isinstance(exc, click_error):
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if os.environ.get("NTM_DEBUG"):
            raise
        typer.echo(f"ntm: internal error: {exc!r}; rerun with NTM_DEBUG=1 and report it", err=True)
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)
