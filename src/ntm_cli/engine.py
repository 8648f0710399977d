"""Pure scoring: (criteria set, commune) -> result. No I/O, no clock, no globals."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ntm_cli.models import (
    NA,
    AtLeast,
    Commune,
    Count,
    CriteriaSet,
    Criterion,
    Indicator,
    Status,
)
from ntm_cli.operators import EPSILON, OPERATORS, shortfall
from ntm_cli.results import (
    Basis,
    CommuneResult,
    CriterionResult,
    IndicatorResult,
    Notice,
)

# When a criterion is not met, the most actionable reason is reported first.
_PRECEDENCE: tuple[Status, ...] = ("unmet", "undetermined", "missing")


def applied_region(criteria_set: CriteriaSet, commune: Commune) -> str | None:
    """The region whose thresholds apply (QĐ 318 Art. 1: disadvantaged communes use TDMNPB)."""
    override = criteria_set.region_override
    if override is not None:
        flags = {
            "extremely_disadvantaged": commune.extremely_disadvantaged,
            "safe_zone": commune.safe_zone,
        }
        if any(flags[name] for name in override.when):
            return override.region
    return commune.region


def _units_needed(operator: str, count: Count, required: float) -> int:
    """Whole units still to gain (at_least) or shed (at_most) to reach a percent threshold."""
    target = required / 100 * count.total
    if operator == "at_least":
        return max(math.ceil(target - count.achieved - EPSILON), 0)
    if operator == "at_most":
        return max(math.ceil(count.achieved - target - EPSILON), 0)
    return math.ceil(abs(count.achieved - target) - EPSILON)


def _compare(
    operator: str,
    raw: object,
    value: float | bool | None,
    required: float | bool | None,
    count: Count | None,
) -> tuple[Status, float | None, int | None]:
    """(status, gap, units needed) for one value against one requirement."""
    if raw is None:
        return "missing", None, None
    if raw == NA:
        return "not_applicable", None, None
    if required is None:
        return "undetermined", None, None
    if isinstance(required, bool) or isinstance(value, bool) or value is None:
        return ("met" if value is True else "unmet"), None, None
    met = OPERATORS[operator](value, required)
    gap = 0.0 if met else round(shortfall(operator, value, required), 6)
    needed = _units_needed(operator, count, required) if count else None
    return ("met" if met else "unmet"), gap, needed


def score_indicator(indicator: Indicator, commune: Commune, region: str | None) -> IndicatorResult:
    """Compare one measured value with the threshold for this region/group and year."""
    rule = indicator.threshold_for(region, commune.group, commune.year)
    raw = commune.indicators.get(indicator.id)
    count = raw if isinstance(raw, Count) else None
    value: float | bool | None
    if count is not None:
        value = count.percent
    elif isinstance(raw, float | bool):
        value = raw
    else:
        value = None
    required = None if rule is None or rule.is_unknown else rule.value
    assert not isinstance(required, str)
    status, gap, needed = _compare(indicator.operator, raw, value, required, count)
    return IndicatorResult(
        id=indicator.id,
        name=indicator.name,
        kind=indicator.kind,
        operator=indicator.operator,
        unit=indicator.unit,
        status=status,
        value=value,
        achieved=count.achieved if count else None,
        total=count.total if count else None,
        required=required,
        gap=gap,
        units_needed=needed,
        source=rule.source if rule else None,
        confidence=rule.confidence if rule else None,
        note=rule.note if rule else None,
        candidates=tuple(rule.candidates or ()) if rule else (),
        tags=indicator.tags,
    )


def combine(criterion: Criterion, statuses: Sequence[Status]) -> Status:
    """A criterion's status from its indicators' statuses, by its combination rule."""
    relevant = [s for s in statuses if s != "not_applicable"]
    if not statuses:
        return "missing"
    if not relevant:
        return "not_applicable"
    if isinstance(criterion.rule, AtLeast):
        needed = min(criterion.rule.at_least, len(relevant))
        met = relevant.count("met")
        if met >= needed:
            return "met"
        pending = [s for s in relevant if s in ("undetermined", "missing")]
        if met + len(pending) < needed:
            return "unmet"
        return "undetermined" if "undetermined" in pending else "missing"
    for status in _PRECEDENCE:
        if status in relevant:
            return status
    return "met"


def score_criterion(
    criterion: Criterion, commune: Commune, region: str | None, notices: list[Notice]
) -> CriterionResult:
    """Score a criterion; a declared status fills in only where indicators cannot decide."""
    indicators = tuple(score_indicator(i, commune, region) for i in criterion.indicators)
    given = any(r.status not in ("missing",) for r in indicators)
    computed = combine(criterion, [r.status for r in indicators])
    if computed == "met" and not criterion.indicators_complete:
        computed = "undetermined"  # only part of the decision's indicators are encoded
    declared = commune.criteria.get(criterion.id)
    status: Status = computed
    basis: Basis = "indicators" if given else "none"
    if computed in ("met", "unmet"):
        if declared is not None and declared != (computed == "met"):
            notices.append(
                Notice(
                    "declared_disagrees",
                    {"criterion": criterion.id, "declared": str(declared), "computed": computed},
                )
            )
    elif declared is not None:
        status, basis = ("met" if declared else "unmet"), "declared"
    return CriterionResult(
        id=criterion.id,
        name=criterion.name,
        status=status,
        basis=basis,
        declared=declared,
        indicators=indicators,
        tags=criterion.tags,
        indicators_complete=criterion.indicators_complete,
    )


def evaluate(criteria_set: CriteriaSet, commune: Commune) -> CommuneResult:
    """Score one commune against one criteria set."""
    notices: list[Notice] = []
    region = applied_region(criteria_set, commune)
    if region != commune.region:
        notices.append(Notice("region_override", {"region": str(region)}))
    period = criteria_set.period
    if not period.start <= commune.year <= period.end:
        notices.append(
            Notice("year_outside_period", {"year": str(commune.year), "period": str(period)})
        )
    criteria = tuple(score_criterion(c, commune, region, notices) for c in criteria_set.criteria)
    return CommuneResult(
        commune=commune.commune,
        district=commune.district,
        province=commune.province,
        year=commune.year,
        region=commune.region,
        region_applied=region,
        group=commune.group,
        set_id=criteria_set.id,
        set_title=criteria_set.title,
        decision=criteria_set.decision.number,
        criteria=criteria,
        notices=tuple(notices),
    )
