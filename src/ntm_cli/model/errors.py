"""Exceptions that carry a user-facing, one-line message as a catalogue key and its fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar


class _Located(Protocol):
    @property
    def location(self) -> Location: ...
    @property
    def message(self) -> Text: ...


E = TypeVar("E", bound=_Located)


@dataclass(frozen=True, slots=True)
class Said:
    """A message before it is put into words: a catalogue key and its fields.

    The model, inputs and scoring layers stay language-free; report.messages.say() writes
    a Said in the language the user chose. Field values are text, numbers, tuples or Saids.
    """

    key: str
    fields: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        # For logs and debugging only: users read say(said, lang).
        args = ", ".join(f"{name}={value}" for name, value in self.fields)
        return f"{self.key}({args})"


# A message: a Said, or text ntm does not translate (a library's or the system's own words).
Text = Said | str


def said(key: str, /, **fields: object) -> Said:
    """The message key with its fields (lists become tuples, so the message stays hashable)."""
    return Said(key, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in fields.items()))


class SaidValueError(ValueError):
    """A validator's complaint as a catalogue message (pydantic keeps the exception)."""

    def __init__(self, message: Said) -> None:
        super().__init__(str(message))
        self.said = message


def reason(exc: Exception) -> Text:
    """What a ValueError says: its catalogue message, or its own text."""
    return exc.said if isinstance(exc, SaidValueError) else str(exc)


def one_of(choices: Sequence[object], word: str = "or") -> Said:
    """'a, b or c' in the user's language (word: "or" or "and")."""
    shown = [str(c) for c in choices]
    if len(shown) < 2:
        return said("list.one", item="".join(shown))
    return said(f"list.{word}", items=", ".join(shown[:-1]), last=shown[-1])


def pydantic_message(error: Any) -> Said:
    """A pydantic complaint as a catalogue message (by its type, with its context)."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        cause = ctx.get("error")
        if isinstance(cause, SaidValueError):
            return cause.said
        return said("pydantic.other", msg=str(error["msg"]).removeprefix("Value error, "))
    if kind in ("literal_error", "enum"):
        return said("pydantic.expected", expected=_choices(str(ctx.get("expected", ""))))
    if kind in _BOUNDS:
        bound = ctx.get(_BOUNDS[kind], "")
        return said(
            f"pydantic.{kind}", bound=f"{bound:g}" if isinstance(bound, float) else str(bound)
        )
    if f"pydantic.{kind}" in _KNOWN_TYPES:
        return said(f"pydantic.{kind}")
    return said("pydantic.other", msg=str(error["msg"]))


def _choices(expected: str) -> Said:
    """The "'a', 'b' or 'c'" of pydantic as a list in the user's language."""
    head, _, last = expected.rpartition(" or ")
    return one_of([*head.split(", "), last] if head else [last])


_BOUNDS = {
    "greater_than_equal": "ge",
    "greater_than": "gt",
    "less_than_equal": "le",
    "less_than": "lt",
    "string_too_short": "min_length",
    "string_too_long": "max_length",
    "too_short": "min_length",
    "too_long": "max_length",
}
# pydantic error types with a phrase of their own (no context needed)
_KNOWN_TYPES = {
    f"pydantic.{kind}"
    for kind in (
        "string_type",
        "int_type",
        "int_parsing",
        "int_from_float",
        "bool_type",
        "bool_parsing",
        "float_type",
        "float_parsing",
        "dict_type",
        "list_type",
        "model_type",
        "finite_number",
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
    )
}


class NtmError(Exception):
    """Base class for every error ntm reports to the user without a traceback."""


@dataclass(frozen=True)
class Location:
    """A 1-based position in an input file (line 0 means 'the whole file').

    Spreadsheet cells set column_letter, so they print as `file.xlsx:12:D`.
    """

    path: str
    line: int = 1
    column: int = 1
    column_letter: str | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column_letter or self.column}"


class InputError(NtmError):
    """A problem in a user file, reported as `file:line:col: message`."""

    def __init__(self, location: Location, message: Text) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message


class InputErrors(NtmError):
    """Several problems found in one pass over a file (all are reported)."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class UsageError(NtmError):
    """A wrong command-line request (unknown set id, conflicting options...)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """An input error as plain data (exceptions do not pickle with their fields)."""

    file: str
    line: int
    column: int
    column_letter: str | None
    message: Text
    kind: str = "input"  # "duplicate": the same commune given twice in one batch
    other: str | None = None  # the other place a duplicate is given ("file:line")

    @classmethod
    def at(cls, where: Location, message: Text) -> ErrorRecord:
        """The record of a message at a location."""
        return cls(where.path, where.line, where.column, where.column_letter, message)

    @classmethod
    def of(cls, error: InputError) -> ErrorRecord:
        """The record of an InputError."""
        where = error.location
        return cls(where.path, where.line, where.column, where.column_letter, error.message)

    @property
    def location(self) -> Location:
        """Where the error is."""
        return Location(self.file, self.line, self.column, self.column_letter)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


MAX_ERRORS_PER_FILE = 200  # a broken 84 KB workbook once gave 600,000 error lines
SAME_FROM = 5  # the same problem in this many places of a file is one line


def condensed(errors: Sequence[E], make: Callable[[Location, Text], E]) -> list[E]:
    """The same problem in many places as one line, and at most MAX_ERRORS_PER_FILE a file.

    `make(location, message)` builds a line of the caller's kind; input order is kept.
    """
    places: dict[tuple[str, Text], list[E]] = {}
    for error in errors:
        places.setdefault((error.location.path, error.message), []).append(error)
    lines: list[E] = []
    done: set[tuple[str, Text]] = set()
    for error in errors:
        key = (error.location.path, error.message)
        same = places[key]
        if len(same) < SAME_FROM:
            lines.append(error)
        elif key not in done:
            done.add(key)
            where = ", ".join(_place(e.location) for e in same[1:SAME_FROM])
            message = said(
                "error.same_elsewhere", problem=error.message, count=len(same) - 1, places=where
            )
            lines.append(make(error.location, message))
    return _capped(lines, make)


def _place(location: Location) -> str:
    return f"{location.line}:{location.column_letter or location.column}"


def _capped(errors: list[E], make: Callable[[Location, Text], E]) -> list[E]:
    shown: dict[str, int] = {}
    left_out: dict[str, int] = {}
    kept: list[E] = []
    for error in errors:
        file = error.location.path
        if shown.get(file, 0) < MAX_ERRORS_PER_FILE:
            shown[file] = shown.get(file, 0) + 1
            kept.append(error)
        else:
            left_out[file] = left_out.get(file, 0) + 1
    return kept + [make(Location(f), _more_problems(n)) for f, n in left_out.items()]


def _more_problems(count: int) -> Said:
    return said("error.more_problems", count=count, shown=MAX_ERRORS_PER_FILE)
