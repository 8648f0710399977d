"""The seven socio-economic regions of 2016–2025 and the commune groups of 2026–2030."""

from __future__ import annotations

from typing import Literal, get_args

from ntm_cli.model.errors import SaidValueError, said
from ntm_cli.model.text import fold

RegionCode = Literal["tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb", "dbscl"]
REGION_CODES: tuple[str, ...] = get_args(RegionCode)

REGION_NAMES: dict[str, tuple[str, str]] = {
    "tdmnpb": ("Trung du và miền núi phía Bắc", "Northern Midlands and Mountains"),
    "dbsh": ("Đồng bằng sông Hồng", "Red River Delta"),
    "btb": ("Bắc Trung Bộ", "North Central Coast"),
    "dhntb": ("Duyên hải Nam Trung Bộ", "South Central Coast"),
    "tn": ("Tây Nguyên", "Central Highlands"),
    "dnb": ("Đông Nam Bộ", "Southeast"),
    "dbscl": ("Đồng bằng sông Cửu Long", "Mekong Delta"),
}

# Every spelling users write, folded (no case, no diacritics), mapped to the code.
_ALIASES: dict[str, str] = {}
for _code, (_vi, _en) in REGION_NAMES.items():
    for _alias in (_code, _vi, _en):
        _ALIASES[fold(_alias)] = _code
_ALIASES[fold("Trung du miền núi phía Bắc")] = "tdmnpb"
_ALIASES[fold("Miền núi phía Bắc")] = "tdmnpb"
_ALIASES[fold("Duyên hải miền Trung")] = "dhntb"
_ALIASES[fold("Nam Trung Bộ")] = "dhntb"


def parse_region(value: str) -> str:
    """Return the region code for a code or a Vietnamese/English name; raise ValueError."""
    code = _ALIASES.get(fold(value))
    if code is None:
        raise SaidValueError(said("value.unknown_region", value=repr(value), codes=REGION_CODES))
    return code


def region_label(code: str, lang: str = "vi") -> str:
    """Human name of a region code in the requested language."""
    vi, en = REGION_NAMES[code]
    return en if lang == "en" else vi
