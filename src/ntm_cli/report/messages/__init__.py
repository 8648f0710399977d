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


def message(key: str, lang: str, **args: object) -> str:
    """The phrase for key in lang ("en", else Vietnamese), with its fields filled in."""
    vi, en = MESSAGES[key]
    text = en if lang == "en" else vi
    # Only phrases given fields are formatted: hints such as "{achieved: 380, ...}" are literal.
    return text.format(**args) if args else text
