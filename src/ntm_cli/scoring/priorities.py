"""Priorities for `ntm evaluate --plan`: what to do first among the unmet items (pure)."""

from __future__ import annotations

from collections.abc import Sequence
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
class TargetStep:
    """One criterion of a target plan and the items that still stand between it and đạt."""

    criterion_id: str
    criterion_name: Text
    # False only when every item is tagged as needing no investment
    needs_investment: bool | None
    relative_gap: float | None  # the largest of its items' (None when one has no size)
    items: tuple[Priority, ...]
    # indicators of the criterion without data or with an unknown threshold: the criterion
    # is reached only once they are settled too
    unsettled: tuple[IndicatorResult, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """A commune's priorities, plus the criteria that cannot be ranked yet."""

    result: CommuneResult
    items: tuple[Priority, ...]
    missing: tuple[CriterionResult, ...]
    undetermined: tuple[CriterionResult, ...]
    target: int | None = None  # --target N: how many more criteria the commune aims for
    target_steps: tuple[TargetStep, ...] = ()  # the N criteria cheapest to reach


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


def _step(items: list[Priority], criterion: CriterionResult | None) -> TargetStep:
    gaps = [i.relative_gap for i in items]
    # a criterion scored from its indicators is reached only once every one is met; one
    # scored from a declared status has no indicator data to settle
    unsettled: tuple[IndicatorResult, ...] = ()
    if criterion is not None and criterion.basis == "indicators":
        unsettled = tuple(
            i for i in criterion.indicators if i.status in ("missing", "undetermined")
        )
    cheap = all(i.needs_investment is False for i in items)
    tagged = all(i.needs_investment is not None for i in items)
    return TargetStep(
        criterion_id=items[0].criterion_id,
        criterion_name=items[0].criterion_name,
        needs_investment=False if cheap else (True if tagged else None),
        relative_gap=None if None in gaps else max(g for g in gaps if g is not None),
        items=tuple(items),
        unsettled=unsettled,
    )


def _step_key(step: TargetStep, position: int) -> tuple[int, int, float, int, int]:
    # As for items: no investment first, then the smallest relative gap (of the hardest of its
    # indicators: all must be met), then fewer items to finish, then its best item's rank.
    cheap = 0 if step.needs_investment is False else 1
    measured = 0 if step.relative_gap is not None else 1
    return cheap, measured, step.relative_gap or 0.0, len(step.items), position


def target_steps(
    items: Sequence[Priority], count: int, criteria: Sequence[CriterionResult] = ()
) -> tuple[TargetStep, ...]:
    """The `count` criteria cheapest to reach among these ranked items' criteria."""
    known = {c.id: c for c in criteria}
    by_criterion: dict[str, list[Priority]] = {}
    for item in items:
        by_criterion.setdefault(item.criterion_id, []).append(item)
    steps = [_step(group, known.get(cid)) for cid, group in by_criterion.items()]
    order = {cid: n for n, cid in enumerate(by_criterion)}
    steps.sort(key=lambda s: _step_key(s, order[s.criterion_id]))
    return tuple(steps[:count])


def plan(result: CommuneResult, target: int | None = None) -> Plan:
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
    order = sorted(enumerate(found), key=lambda pair: _sort_key(pair[1], pair[0]))
    ranked = tuple(item for _, item in order)
    return Plan(
        result=result,
        items=ranked,
        missing=tuple(c for c in result.criteria if c.status == "missing"),
        undetermined=tuple(c for c in result.criteria if c.status == "undetermined"),
        target=target,
        target_steps=target_steps(ranked, target, result.criteria) if target else (),
    )
