"""Early warning (`--watch`): met indicators within a margin of their threshold (pure)."""

from __future__ import annotations

from ntm_cli.model.results import CommuneResult, IndicatorResult

DEFAULT_MARGIN = 5.0  # percent of the threshold, unless the set gives the indicator its own


def margin(indicator: IndicatorResult, default: float = DEFAULT_MARGIN) -> float:
    """The watch margin in percent of the threshold: the set's for this indicator, or default."""
    own = indicator.requirement.watch
    return own.percent if own is not None else default


def is_near(indicator: IndicatorResult, default: float = DEFAULT_MARGIN) -> bool:
    """A met indicator whose value is within the margin of its threshold ("đạt sát ngưỡng").

    Only numbers compared with at_least or at_most qualify: a pass/fail indicator or an exact
    requirement has no distance, and a threshold of 0 has no margin to take a share of.
    """
    required, value = indicator.required, indicator.value
    if indicator.status != "met" or indicator.operator not in ("at_least", "at_most"):
        return False
    if isinstance(required, bool) or isinstance(value, bool) or not required or value is None:
        return False
    room = value - required if indicator.operator == "at_least" else required - value
    return 0 <= room <= abs(required) * margin(indicator, default) / 100


def near_indicators(
    result: CommuneResult, default: float = DEFAULT_MARGIN
) -> list[IndicatorResult]:
    """The commune's met indicators near their threshold, in set order."""
    return [
        i for c in result.criteria if c.status == "met" for i in c.indicators if is_near(i, default)
    ]
