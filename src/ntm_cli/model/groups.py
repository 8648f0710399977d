"""Commune groups of QĐ 51/2025/QĐ-TTg and the area class (khu vực) that puts a commune in group 3.

QĐ 51/2025 (final text): group 3 is the region II and region III communes of ethnic-minority
and mountain areas, as delineated under Nghị định 272/2025/NĐ-CP; group 1 is near an existing
urban area and oriented to become urban, or has agriculture below 10% of its economy, or is
planned as a new urban area; group 2 is every other commune. Only the group-3 rule follows
from data ntm reads; groups 1 and 2 are the office's decision.
"""

from __future__ import annotations

from typing import Any, Literal

from ntm_cli.model.errors import SaidValueError, said
from ntm_cli.model.text import fold

AreaClass = Literal["I", "II", "III"]
# The area classes that make a commune group 3 under QĐ 51/2025.
GROUP_3_AREAS: tuple[AreaClass, ...] = ("II", "III")
AREA_SOURCE = "Nghị định 272/2025/NĐ-CP"
_ROMAN = {"i": 1, "ii": 2, "iii": 3}
_AREA = {1: "I", 2: "II", 3: "III"}
_GROUP_PREFIXES = ("nhom xa", "nhom", "group")
_AREA_PREFIXES = ("khu vuc", "kv", "region", "area")


def _number_after(text: str, prefixes: tuple[str, ...]) -> int | None:
    """1, 2 or 3 from '2', 'II', 'nhóm 2', 'Nhóm II' (a prefix is optional); else None."""
    key = fold(text)
    for prefix in prefixes:
        rest = key[len(prefix) :]
        if key.startswith(prefix) and (rest.startswith(" ") or rest.isdigit()):
            key = rest.strip()
            break
    if key in _ROMAN:
        return _ROMAN[key]
    if key in ("1", "2", "3"):
        return int(key)
    return None


def parse_group(value: Any) -> Any:
    """Read a commune group as offices write it: 1, '1', 'nhóm 1', 'Nhóm I', 'nhom 1'."""
    if isinstance(value, str):
        number = _number_after(value, _GROUP_PREFIXES)
        if number is None:
            raise SaidValueError(said("value.not_a_group", value=repr(value.strip())))
        return number
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def parse_area_class(value: Any) -> Any:
    """Read an area class (khu vực) as offices write it: 'III', 'khu vực III', 'KV3', 3."""
    if isinstance(value, bool):
        return value  # refused by the Literal check with pydantic's own message
    if isinstance(value, int | float) and float(value) in (1.0, 2.0, 3.0):
        return _AREA[int(value)]
    if isinstance(value, str):
        number = _number_after(value, _AREA_PREFIXES)
        if number is None:
            raise SaidValueError(
                said("value.not_an_area", value=repr(value.strip()), source=AREA_SOURCE)
            )
        return _AREA[number]
    return value


def group_from_area(area: str | None) -> int | None:
    """3 for a region II or III commune (QĐ 51/2025); None when the area class does not decide."""
    return 3 if area in GROUP_3_AREAS else None
