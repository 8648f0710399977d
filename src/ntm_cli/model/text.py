"""Text normalisation shared by region names, keywords and ids."""

from __future__ import annotations

import re
import unicodedata

_VIET_D = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics (including đ) and squeeze spaces, for lenient matching."""
    decomposed = unicodedata.normalize("NFD", text.translate(_VIET_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().replace("_", " ").replace("-", " ").split())


# C0 and C1 control characters and DEL: an escape sequence in a commune name would reach
# the terminal (clear the screen, set the window title, hide a link); a vertical tab pasted
# from Word stops a workbook. Tab, line feed and carriage return are handled by the caller.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")


def inert(text: str) -> str:
    """One-line text with every control character (tab and line breaks too) as a space."""
    return _LINE_BREAKS.sub(" ", _CONTROL.sub(" ", text))


def inert_lines(text: str) -> str:
    """Text whose control characters are spaces; tabs and line breaks are kept."""
    return _CONTROL.sub(" ", text)
