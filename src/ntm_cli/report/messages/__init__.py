"""Every phrase a user reads, keyed, in Vietnamese (the default) and English."""

# One table for the whole program: `message(key, lang, **args)` looks a phrase up and fills
# in its named fields. Keys are "namespace.name"; the phrases live in one module per area of
# the program (core, figures, sheets, errors, help, sources, set_workbook, period, annex,
# follow_up) and are
# joined here; tests/report/test_messages.py checks that no key is defined twice, that both
# languages have the same fields and that every key is used.

from __future__ import annotations

from typing import Literal

from ntm_cli.report.messages import (
    annex,
    core,
    errors,
    figures,
    follow_up,
    help,
    period,
    set_workbook,
    sheets,
    sources,
)

Lang = Literal["vi", "en"]

AREAS = (core, figures, sheets, errors, help, sources, set_workbook, period, annex, follow_up)

# key -> (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    key: phrase for area in AREAS for key, phrase in area.PHRASES.items()
}


def message(key: str, lang: str, /, **args: object) -> str:
    """The phrase for key in lang ("en", else Vietnamese), with its fields filled in."""
    vi, en = MESSAGES[key]
    text = en if lang == "en" else vi
    # Only phrases given fields are formatted: hints such as "{achieved: 380, ...}" are literal.
    return text.format(**args) if args else text


MAX_MESSAGE = 400  # characters; a message quoting a 15 MB cell must stay one readable line


def say(text: object, lang: str) -> str:
    """A message from the lower layers (a Said, or untranslated text) written in lang."""
    from ntm_cli.model.errors import Said

    if not isinstance(text, Said):
        return _cut(str(text), lang)
    # Years stay 2025 (not 2.025) and paths are never cut, as in the `file:line:col` prefix.
    fields = {
        name: str(value) if name in _VERBATIM else _field(value, lang)
        for name, value in text.fields
    }
    whole = message(text.key, lang, **fields)
    return whole if any(name in _VERBATIM for name, _ in text.fields) else _cut(whole, lang)


_VERBATIM = frozenset({"year", "path", "folder"})


def error_line(error: object, lang: str) -> str:
    """An error as the user reads it: `file:line:col: message` lines, or the message alone."""
    from ntm_cli.model.errors import ErrorRecord, InputError, InputErrors, UsageError

    if isinstance(error, InputErrors):
        return "\n".join(error_line(e, lang) for e in error.errors)
    if isinstance(error, InputError | ErrorRecord):
        return f"{error.location}: {say(error.message, lang)}"
    if isinstance(error, UsageError):
        return say(error.message, lang)
    return say(error, lang)


def _field(value: object, lang: str) -> object:
    from ntm_cli.model.errors import Said

    if isinstance(value, Said):
        return say(value, lang)
    if isinstance(value, tuple):
        return ", ".join(str(_field(v, lang)) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and abs(value) >= 1000:  # counts 4.999 (fields named year: 2025)
        grouped = f"{value:,}"
        return grouped if lang == "en" else grouped.replace(",", ".")
    if isinstance(value, float):  # 0,932 in Vietnamese, 0.932 in English
        shown = f"{value:.10g}"
        return shown if lang == "en" else shown.replace(".", ",")
    if isinstance(value, str):  # text quoted from a user's file stays on one line
        from ntm_cli.model.text import inert

        return _cut(inert(value), lang)
    return value


def _cut(text: str, lang: str) -> str:
    """The text, or its start and end around how much was left out."""
    if len(text) <= MAX_MESSAGE:
        return text
    left_out = _field(len(text) - MAX_MESSAGE, lang)
    middle = message("error.left_out", lang, count=left_out)
    return f"{text[:300]}… ({middle}) …{text[-100:]}"


def key_of(text: object) -> str | None:
    """The catalogue key of a message, for scripts that sort problems (None: untranslated)."""
    from ntm_cli.model.errors import Said

    while isinstance(text, Said) and text.key in _WRAPPERS:  # "{path}: {problem}" and the like
        text = dict(text.fields).get("problem")
    return text.key if isinstance(text, Said) else None


# Messages that wrap another one (a field path, a fix hint, a count of places): scripts
# want the inner problem's key.
_WRAPPERS = frozenset(
    {"pydantic.at", "pydantic.with_hint", "error.same_elsewhere", "sheet.write_a_value"}
)
