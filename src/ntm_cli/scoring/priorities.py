"""Priorities for `ntm evaluate --plan`: what to do first among the unmet items (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ntm_cli.model.results import CommuneResult, CriterionResult, IndicatorResult
from ntm_cli.model.sets import Text

# basically_met: a criterion declared cơ bản đạt (not met for recognition; still to finish)
Kind = Literal["indicator", "declared", "basically_met"]


@dataclass(frozen=True, slots=True)
class Priority:
    """One unmet item: an indicator below its threshold, or a criterion declared not met."""

    kind: Kind
    criterion_id: str
    criterion_name: Text
    needs_investment: bool | None
    relative_gap: float | None
    indicator: IndicatorResult | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A commune's priorities, plus the criteria that cannot be ranked yet."""

    result: CommuneResult
    items: tuple[Priority, ...]
    missing: tuple[CriterionResult, ...]
    undetermined: tuple[CriterionResult, ...]


def needs_investment(tags: dict[str, Any], parent: dict[str, Any]) -> bool | None:
    """The `needs_investment` tag of an indicator, else of its criterion; None when untagged."""
    for source in (tags, parent):
        value = source.get("needs_investment")
        if isinstance(value, bool):
            return value
    return None


def relative_gap(indicator: IndicatorResult) -> float | None:
    """Gap as a share of the requirement (2 short of 40 -> 0.05); None when it has no size."""
    required = indicator.required
    if indicator.gap is None or isinstance(required, bool) or not required:
        return None
    return indicator.gap / abs(required)


def _sort_key(item: Priority, position: int) -> tuple[int, int, float, int]:
    # No-investment items first (untagged counts as needing investment: nobody said otherwise),
    # then measured gaps from the smallest, then unmeasured ones in the set's order.
    cheap = 0 if item.needs_investment is False else 1
    measured = 0 if item.relative_gap is not None else 1
    return cheap, measured, item.relative_gap or 0.0, position


def plan(result: CommuneResult) -> Plan:
    """Unmet indicators and declared unmet or basically met criteria, cheapest and closest first."""
    found: list[Priority] = []
    for criterion in result.criteria:
        if criterion.status not in ("unmet", "basically_met"):
            continue
        if criterion.basis == "declared":
            found.append(
                Priority(
                    kind="declared" if criterion.status == "unmet" else "basically_met",
                    criterion_id=criterion.id,
                    criterion_name=criterion.name,
                    needs_investment=needs_investment(criterion.tags, {}),
                    relative_gap=None,
                )
            )
            continue
        for indicator in criterion.indicators:
            if indicator.status == "unmet":
                found.append(
                    Priority(
                        kind="indicator",
                        criterion_id=criterion.id,
                        criterion_name=criterion.name,
                        needs_investment=needs_investment(indicator.tags, criterion.tags),
                        relative_gap=relative_gap(indicator),
                        indicator=indicator,
                    )
                )
    ranked = sorted(enumerate(found), key=lambda pair: _sort_key(pair[1], pair[0]))
    return Plan(
        result=result,
        items=tuple(item for _, item in ranked),
        missing=tuple(c for c in result.criteria if c.status == "missing"),
        undetermined=tuple(c for c in result.criteria if c.status == "undetermined"),
    )
