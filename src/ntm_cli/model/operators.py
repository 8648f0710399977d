"""The closed vocabulary of comparisons a threshold can use."""

from __future__ import annotations

from collections.abc import Callable

EPSILON = 1e-9  # 38.0 computed as 380/1000*100 must equal a typed 38


def _at_least(value: float, required: float) -> bool:
    return value >= required - EPSILON


def _at_most(value: float, required: float) -> bool:
    return value <= required + EPSILON


def _equal(value: float, required: float) -> bool:
    return abs(value - required) <= EPSILON


OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "at_least": _at_least,
    "at_most": _at_most,
    "equal": _equal,
}

SYMBOLS: dict[str, str] = {"at_least": "≥", "at_most": "≤", "equal": "="}


def shortfall(operator: str, value: float, required: float) -> float:
    """Distance from value to the threshold in the indicator's unit (0 when met)."""
    if operator == "at_least":
        return max(required - value, 0.0)
    if operator == "at_most":
        return max(value - required, 0.0)
    return abs(value - required)
