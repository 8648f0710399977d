"""Options shared by several commands."""

import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


def help_language() -> str:
    """The language of `--help`: NTM_LANG, since help is printed before options are read."""
    return "en" if os.environ.get("NTM_LANG", "").strip().lower().startswith("en") else "vi"


def help_text(key: str) -> str:
    """The catalogue phrase for key in the help language (new options take help from here)."""
    from ntm_cli.report.messages import message

    return message(key, help_language())


class Language(StrEnum):
    """Language of user-facing labels."""

    vi = "vi"
    en = "en"


LANG_KEY = "ntm.lang"  # where the chosen language waits in the click context for errors


def _chosen_language(ctx: typer.Context, value: Language) -> Language:
    """--lang if given, else NTM_LANG; remembered so errors are written in it too."""
    source = ctx.get_parameter_source("lang")
    if source is None or source.name != "COMMANDLINE":
        value = Language(help_language())
    ctx.meta[LANG_KEY] = value.value
    return value


LangOption = Annotated[
    Language,
    typer.Option(
        "--lang",
        help=help_text("help.option.lang"),
        metavar="vi|en",
        callback=_chosen_language,
        is_eager=True,  # read first, so errors about other options are in this language
    ),
]
SetsDirOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--sets-dir",
        help=help_text("help.option.sets_dir"),
        file_okay=False,
    ),
]

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help=help_text("help.option.output")),
]
ForceOption = Annotated[bool, typer.Option("--force", help=help_text("help.option.force"))]

NoDetailsOption = Annotated[
    bool, typer.Option("--no-details", help=help_text("annex.help_no_details"))
]


class EmptyStatus(StrEnum):
    """What an empty criterion status cell of a sheet means."""

    not_given = "not-given"
    unmet = "unmet"


EmptyStatusOption = Annotated[
    EmptyStatus,
    typer.Option(
        "--empty-status",
        help=help_text("sheets.help_empty_status"),
        metavar="not-given|unmet",
    ),
]


class Separator(StrEnum):
    """CSV column separators."""

    semicolon = ";"
    comma = ","


SepOption = Annotated[
    Separator | None,
    typer.Option("--sep", help=help_text("annex.help_sep"), show_default=False),
]


def csv_separator(sep: Separator | None, lang: str, *, to_file: bool) -> str:
    """The separator asked for, else ';' (vi) or ',' (en) in a file, ',' on standard output.

    A file is opened in Excel, set to Vietnamese or not; standard output is read by scripts.
    """
    if sep is not None:
        return sep.value
    return ";" if to_file and lang != "en" else ","


EXIT_OK = 0
EXIT_NOT_MET = 1
EXIT_INPUT = 2


def print_errors(errors: Sequence[object], lang: str) -> None:
    """Write one line per error to stderr in lang; control characters are shown as spaces."""
    from ntm_cli.model.text import inert
    from ntm_cli.report.messages import error_line

    for error in errors:
        for line in error_line(error, lang).splitlines():
            typer.echo(inert(line), err=True)


def stdout_is_terminal() -> bool:
    """Whether colours and widths for a terminal apply."""
    return sys.stdout.isatty()
