"""The rich console every terminal-style renderer writes into (a string, never stdout)."""

from __future__ import annotations

from typing import IO

from rich.console import Console


def string_console(buffer: IO[str], *, width: int | None, color: bool) -> Console:
    """A console writing to buffer: colours only for a terminal, no markup surprises."""
    return Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        markup=False,  # names come from user files: "[/]" or "[link=…]" is text, not markup
    )
