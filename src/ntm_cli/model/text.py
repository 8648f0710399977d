"""Text normalisation shared by region names, keywords and ids."""

from __future__ import annotations

import unicodedata

_VIET_D = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics (including đ) and squeeze spaces, for lenient matching."""
    decomposed = unicodedata.normalize("NFD", text.translate(_VIET_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().replace("_", " ").replace("-", " ").split())
