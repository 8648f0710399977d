"""Help screens in the help language: ntm's own words, metavars as words, typer's labels."""

import itertools
import re
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

import typer
from typer.core import TyperCommand, TyperGroup

from ntm_cli.cli.options import help_language, help_text


def _metavar(param: Any) -> None:
    """A word for the value of an option or argument ("TỆP", "SỐ"), never a Python type."""
    if param.metavar is not None or getattr(param, "count", False):
        return
    if getattr(param, "is_flag", False):
        param.metavar = ""  # a switch takes no value: show none
        return
    desc = getattr(param, "type_descriptor", None)
    argument = getattr(param, "param_type_name", "") == "argument"
    if desc is None or (desc.is_choice and not argument):
        return  # choices are shown as their words: table|json|...
    annotation = desc.annotation
    if get_origin(annotation) in (Union, UnionType):  # list[Path] | None
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    many = get_origin(annotation) is list
    if many:
        (annotation,) = get_args(annotation)
    names = (*getattr(param, "opts", ()), param.name)
    named = next((_NAMED[n] for n in names if n in _NAMED), None)
    if named is not None:
        key = named
    elif desc.is_path or annotation is Path:
        folder = not desc.parameter_info.file_okay
        key = "help.metavar.dir" if folder else "help.metavar.file"
    elif annotation in (int, float):
        key = "help.metavar.number"
    elif annotation is str:
        key = "help.metavar.text"
    else:
        return
    word = help_text(key)
    param.metavar = f"{word}..." if many and not argument else word  # typer adds argument dots
    if argument:
        param.display_type_rich = lambda ctx: None  # the name column already shows the word


# Options whose value has a better name than its type
_NAMED = {
    "--set": "help.metavar.id",
    "--id": "help.metavar.id",
    "--commune": "help.metavar.name",
    "--year": "help.metavar.year",
    "--group": "help.metavar.group",
    "--region": "help.metavar.region",
    "set_id": "help.metavar.id",  # arguments, by parameter name
    "first": "help.metavar.id",
    "second": "help.metavar.id",
    "paths": "help.metavar.file",
    "old": "help.metavar.file",
    "new": "help.metavar.file",
    "kind": "help.metavar.kind",
    "target": "help.metavar.set_or_file",
}


class _Localised:
    """Commands whose help option and value words speak the help language."""

    params: list[Any]
    options_metavar: str | None

    def _words(self) -> None:
        for param in self.params:
            _metavar(param)
        self.options_metavar = help_text("help.usage_options")
        if hasattr(self, "subcommand_metavar"):
            self.subcommand_metavar = help_text("help.usage_command")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Read the command line; typer's complaints about it come in the help language."""
        from typer._click import exceptions as click_errors

        english = help_language() == "en" or any(
            a == "--lang" and b == "en" for a, b in itertools.pairwise(args)
        )
        try:
            return list(super().parse_args(ctx, args))  # type: ignore[misc]
        except click_errors.UsageError as exc:
            if english or isinstance(exc, click_errors.NoArgsIsHelpError):
                raise
            speak_help_language()
            raise click_errors.UsageError(_in_vietnamese(exc, ctx), exc.ctx) from None

    def get_help(self, ctx: Any) -> str:
        """The help screen, with typer's own labels in the help language too."""
        speak_help_language()  # here, not at start-up: typer's rich screens import rich
        return str(super().get_help(ctx))  # type: ignore[misc]

    def get_help_option(self, ctx: Any) -> Any:
        """The --help option, described in the help language."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = help_text("help.option.help")
            option.metavar = ""
        return option


class NtmCommand(_Localised, TyperCommand):
    """A command of ntm (metavars as words, --help in the help language)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._words()


class NtmGroup(_Localised, TyperGroup):
    """Command group that turns every NtmError into one stderr line and exit code 2."""

    command_class = NtmCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._words()

    def invoke(self, ctx: Any) -> Any:
        """Run the command; known errors never show a traceback."""
        from ntm_cli.model.errors import NtmError

        try:
            return super().invoke(ctx)
        except NtmError as exc:
            from ntm_cli.cli.options import LANG_KEY, print_errors

            print_errors([exc], ctx.meta.get(LANG_KEY) or help_language())
            raise typer.Exit(2) from None


def _in_vietnamese(exc: Any, ctx: Any) -> str:
    """A typer/click usage complaint in Vietnamese (its quoted detail stays as it is)."""
    from typer._click import exceptions as click_errors

    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if hint is None and param is not None:
        hint = param.get_error_hint()
    if isinstance(hint, list | tuple):
        hint = " / ".join(hint)
    if isinstance(exc, click_errors.MissingParameter):
        argument = param is not None and param.param_type_name == "argument"
        kind = help_text("help.kind_argument" if argument else "help.kind_option")
        return message_in_help("help.usage_missing", kind=kind, hint=hint or "")
    if isinstance(exc, click_errors.NoSuchOption):
        text = message_in_help("help.usage_no_option", name=exc.option_name)
        if exc.possibilities:
            names = ", ".join(sorted(exc.possibilities))
            text += message_in_help("help.usage_possible", names=names)
        return text
    if isinstance(exc, click_errors.BadParameter) and hint:
        problem = str(exc.message).removeprefix("Value error, ")
        choice = _NOT_ONE_OF.fullmatch(problem)
        if choice:
            problem = message_in_help("help.not_one_of", value=choice[1], choices=choice[2])
        return message_in_help("help.usage_bad_value", hint=hint, problem=problem)
    return str(exc.format_message())


# typer's complaint about a value outside a choice: "'zzz' is not one of 'table', 'json'."
_NOT_ONE_OF = re.compile(r"(.+?) is not one of (.+?)\.?")


def message_in_help(key: str, **fields: object) -> str:
    """A catalogue phrase with fields, in the help language."""
    from ntm_cli.report.messages import message

    return message(key, help_language(), **fields)


def speak_help_language() -> None:
    """Typer's and click's own words on help screens (panel titles, Usage) in NTM_LANG's."""
    from typer import rich_utils
    from typer._click import formatting

    rich_utils.ARGUMENTS_PANEL_TITLE = help_text("help.panel_arguments")
    rich_utils.OPTIONS_PANEL_TITLE = help_text("help.panel_options")
    rich_utils.COMMANDS_PANEL_TITLE = help_text("help.panel_commands")
    rich_utils.ERRORS_PANEL_TITLE = help_text("help.panel_error")
    rich_utils.DEFAULT_STRING = help_text("help.default")
    rich_utils.REQUIRED_LONG_STRING = help_text("help.required")
    rich_utils.ENVVAR_STRING = help_text("help.envvar")
    rich_utils.ABORTED_TEXT = help_text("help.aborted")
    rich_utils.RICH_HELP = help_text("help.try_help")
    usage = help_text("help.usage")
    write_usage = formatting.HelpFormatter.write_usage
    if getattr(write_usage, "ntm_usage", None) == usage:
        return

    def localised(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, usage if prefix is None else prefix)

    original = getattr(write_usage, "ntm_original", write_usage)
    localised.ntm_usage = usage  # type: ignore[attr-defined]
    localised.ntm_original = original  # type: ignore[attr-defined]
    formatting.HelpFormatter.write_usage = localised  # type: ignore[method-assign]
