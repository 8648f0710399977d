"""How users write indicator values and statuses: đạt / chưa đạt / na / numbers / counts."""

from __future__ import annotations

import math
import re
from typing import Literal

from ntm_cli.model.errors import SaidValueError, said
from ntm_cli.model.text import fold

NA: Literal["na"] = "na"
# "cơ bản đạt" (basically met): a declared criterion status offices report beside đạt and
# chưa đạt; counted apart and never as met for recognition.
BASICALLY_MET: Literal["basically_met"] = "basically_met"

# Deliberately narrow: "không" alone is not a flag, because "Nhà tạm: Không" means
# zero houses (a pass), and reading it as "không đạt" would silently invert it.
_TRUE = {fold(w) for w in ("đạt", "true", "met")}
_FALSE = {fold(w) for w in ("chưa đạt", "không đạt", "false", "unmet", "not met")}
_NA = {fold(w) for w in ("na", "n/a", "không áp dụng", "not applicable", "kad")}
_BASIC = {fold(w) for w in ("cơ bản đạt", "basically met", "basically_met")}


_EXACT: dict[str, bool | Literal["na"]] = {
    "đạt": True,
    "Đạt": True,
    "chưa đạt": False,
    "Chưa đạt": False,
    "không đạt": False,
    "Không đạt": False,
    "na": "na",
}


def parse_flag(text: str) -> bool | Literal["na"] | None:
    """Read đạt / chưa đạt / na in any case, with or without diacritics; None if not a flag."""
    exact = _EXACT.get(text)
    if exact is not None:
        return exact  # the common spellings skip Unicode folding (hot in batches)
    key = fold(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    if key in _NA:
        return NA
    return None


def parse_status(text: str) -> bool | Literal["basically_met"] | None:
    """Read a declared criterion status: đạt, chưa đạt or cơ bản đạt; None if not one."""
    flag = parse_flag(text)
    if isinstance(flag, bool):
        return flag
    if flag is None and fold(text) in _BASIC:
        return BASICALLY_MET
    return None


_NUMBER = re.compile(r"^[+-]?[0-9][0-9.,]*$|^[+-]?[.,][0-9]+$")
# "87", "87.5", "87.55": unambiguous in every locale (a thousands group has three digits),
# and most cells of a sheet exported as text; read them without the analysis below.
_PLAIN_NUMBER = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,2})?")


def _grouped(digits: str, sep: str) -> bool:
    """True for '1.234.567'-style thousands grouping with this separator."""
    return re.match(rf"^[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+$", digits) is not None


def finite_float(number: int | float) -> float:
    """A number as a float; ValueError (not OverflowError) for one too large to be a float."""
    try:
        value = float(number)
    except OverflowError:
        digits = str(number)
        raise SaidValueError(
            said("value.too_large", start=digits[:12], digits=len(digits))
        ) from None
    if not math.isfinite(value):
        raise SaidValueError(said("value.not_finite", value=repr(number)))
    return value


def parse_number_text(text: str) -> float:
    """Read a number as Vietnamese users type it; raise ValueError when it is ambiguous.

    "17,33" -> 17.33 (decimal comma), "1.234.567" -> 1234567, "1.234,5" -> 1234.5,
    "85%" -> 85, " 90 " -> 90, "87.5" -> 87.5. "2.760" and "1,234" are refused: a
    Vietnamese "2.760" is 2760 but the same text from an English sheet is 2.76.
    """
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text)
    return _parse_number_text(text)


def _parse_number_text(text: str) -> float:
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip().rstrip("%").strip()
    sign = ""
    if cleaned and cleaned[0] in "+-":  # ("" is in every string)
        sign, cleaned = cleaned[0], cleaned[1:].strip()
    if " " in cleaned and _grouped(cleaned.split(",")[0].split(".")[0], " "):
        cleaned = cleaned.replace(" ", "")
    if not cleaned or not _NUMBER.match(cleaned):
        raise SaidValueError(said("value.not_a_number", value=repr(text)))
    dots, commas = cleaned.count("."), cleaned.count(",")
    if dots and commas:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, fraction = cleaned.rpartition(decimal)
        if cleaned.count(decimal) > 1 or not _grouped(whole, thousands):
            raise SaidValueError(said("value.mixed_separators", value=repr(text)))
        number = whole.replace(thousands, "") + "." + fraction
    elif dots > 1 or commas > 1:
        sep = "." if dots else ","
        if not _grouped(cleaned, sep):
            raise SaidValueError(said("value.not_a_number", value=repr(text)))
        number = cleaned.replace(sep, "")
    elif dots == 1 or commas == 1:
        sep = "." if dots else ","
        whole, _, fraction = cleaned.partition(sep)
        if len(fraction) == 3 and whole not in ("", "0"):
            decimals = fraction.rstrip("0") or "0"
            if len(decimals) == 3:
                decimals += "0"  # four digits cannot be read as a thousands group
            raise SaidValueError(
                said(
                    "value.ambiguous",
                    value=repr(text),
                    whole=f"{whole}{fraction}",
                    point=f"{whole}.{fraction}",
                    comma=f"{whole},{decimals}",
                )
            )
        number = f"{whole or '0'}.{fraction}"
    else:
        number = cleaned
    value = float(sign + number)
    if not math.isfinite(value):
        raise SaidValueError(said("value.not_finite", value=repr(text)))
    return value
