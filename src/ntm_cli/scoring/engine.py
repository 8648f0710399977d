"""Pure scoring: (criteria set, commune) -> result. No I/O, no clock.

The only module state is a memo of resolved thresholds per (set, region, group, year):
sets are immutable, so it never changes a result, and it spares a batch the same
lookups for thousands of communes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from ntm_cli.model.operators import EPSILON, OPERATORS, shortfall
from ntm_cli.model.results import (
    Basis,
    CommuneResult,
    CriterionResult,
    IndicatorResult,
    Notice,
    Requirement,
    SetChoice,
)
from ntm_cli.model.sets import (
    NA,
    Commune,
    Count,
    CriteriaSet,
    Criterion,
    Indicator,
    ScaledRef,
    Status,
    Threshold,
)
from ntm_cli.scoring.checks import unlisted_criterion

# When a criterion is not met, the most actionable reason is reported first.
_PRECEDENCE: tuple[Status, ...] = ("unmet", "undetermined", "missing")
# Sets another set refers to (meets_set, k × threshold), by id; the caller loads them.
SetLookup = Mapping[str, CriteriaSet]
_NO_SETS: SetLookup = {}
_MAX_DEPTH = 8  # the registry rejects reference cycles; this only guards hand-built lookups


def data_for(commune: Commune, set_id: str) -> Commune:
    """The commune with the values it gives for another set (`other_sets`), or none."""
    data = commune.other_sets.get(set_id)
    return commune.model_copy(
        update={
            "criteria_set": set_id,
            "indicators": dict(data.indicators) if data else {},
            "criteria": dict(data.criteria) if data else {},
        }
    )


def _resolve_rule(
    rule: Threshold, commune: Commune, sets: SetLookup
) -> tuple[float | bool | None, str | None]:
    """(required value or None when unknown, source) — following k × another set's threshold."""
    value = rule.value
    if isinstance(value, str):  # "unknown"
        return None, rule.source
    if not isinstance(value, ScaledRef):
        return value, rule.source
    ref = value.ref
    target = sets.get(ref.set_id)
    indicator = target.indicators().get(ref.indicator) if target else None
    if target is None or indicator is None:
        return None, f"{rule.source}; {ref.set_id} {ref.indicator}: not loaded"
    target_rule = indicator.threshold_for(
        applied_region(target, commune), commune.group, commune.year
    )
    where = f"{value.factor:g} × {ref.set_id} {ref.indicator}"
    if target_rule is None or target_rule.is_unknown or isinstance(target_rule.value, ScaledRef):
        shown = target_rule.source if target_rule else "no rule"
        return None, f"{rule.source}; {where} = unknown ({shown})"
    base = target_rule.value
    if isinstance(base, bool | str):
        return None, f"{rule.source}; {where}: not a number"
    return round(base * value.factor, 6), f"{rule.source}; {where} ({target_rule.source})"


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


def _meets_set_value(
    indicator: Indicator,
    commune: Commune,
    sets: SetLookup,
    depth: int,
    notices: list[Notice],
) -> float | bool | Count | str | None:
    """Whether the commune meets the referenced set, computed from its data for that set.

    A declared đạt/chưa đạt for the indicator is used only where the computation cannot
    decide (no data for the referenced set, or an unknown threshold there).
    """
    declared = commune.indicators.get(indicator.id)
    target = sets.get(indicator.target_set or "")
    if target is None or depth >= _MAX_DEPTH:
        return declared
    sub = evaluate(target, data_for(commune, target.id), sets, _depth=depth + 1)
    if sub.meets_set or sub.ids_with("unmet"):
        computed = sub.meets_set
        if isinstance(declared, bool) and declared != computed:
            notices.append(
                Notice(
                    "declared_disagrees",
                    {
                        "criterion": indicator.id,
                        "declared": str(declared),
                        "computed": "met" if computed else "unmet",
                    },
                )
            )
        return computed
    return declared


def requirement(
    indicator: Indicator, commune: Commune, region: str | None, sets: SetLookup = _NO_SETS
) -> Requirement:
    """What the indicator requires of this commune (region/group, year), and from which source."""
    rule = indicator.threshold_for(region, commune.group, commune.year)
    return _from_rule(indicator, rule, commune, sets)


def _from_rule(
    indicator: Indicator, rule: Threshold | None, commune: Commune, sets: SetLookup = _NO_SETS
) -> Requirement:
    labels = (indicator.id, indicator.name, indicator.kind, indicator.operator, indicator.unit)
    if rule is None:  # no rule for this region/group and year: nothing is required
        return Requirement(*labels, indicator.tags, watch=indicator.watch_margin)
    required, source = _resolve_rule(rule, commune, sets)
    candidates = tuple(rule.candidates) if rule.candidates else ()
    disputed = rule.boundary_disputed.wording if rule.boundary_disputed else None
    return Requirement(
        *labels,
        indicator.tags,
        required,
        source,
        rule.confidence,
        rule.note,
        candidates,
        disputed,
        rule.no_regional_split,
        watch=indicator.watch_margin,
    )


def _plan(
    criteria_set: CriteriaSet, commune: Commune, region: str | None
) -> dict[str, Requirement]:
    """Requirements of the set's indicators that need nothing but their own value.

    A `k × threshold of set X` rule depends on the lookup and the commune's flags, and a
    meets_set indicator's value is computed from another set, so those indicators are left
    out and scored one by one (score_indicator).
    """
    plan: dict[str, Requirement] = {}
    for criterion in criteria_set.criteria:
        for indicator in criterion.indicators:
            if indicator.kind == "meets_set":
                continue
            rule = indicator.threshold_for(region, commune.group, commune.year)
            if rule is None or not isinstance(rule.value, ScaledRef):
                plan[indicator.id] = _from_rule(indicator, rule, commune)
    return plan


class Plans:
    """Requirements resolved once per (set, region or group, year) for a caller scoring many.

    Resolving them is half the cost of scoring a commune. The caller owns the cache (a
    batch worker keeps one for all its communes), so scoring itself keeps no state.
    """

    def __init__(self) -> None:
        # (id of the set, region, group, year) -> (the set, its plan); the set is kept so
        # its id cannot be reused by another set while the entry exists.
        self._plans: dict[
            tuple[int, str | None, int | None, int], tuple[CriteriaSet, dict[str, Requirement]]
        ] = {}

    def plan(
        self, criteria_set: CriteriaSet, commune: Commune, region: str | None
    ) -> dict[str, Requirement]:
        """The set's plan for this commune's region or group and year."""
        key = (id(criteria_set), region, commune.group, commune.year)
        entry = self._plans.get(key)
        if entry is None or entry[0] is not criteria_set:
            entry = self._plans[key] = (criteria_set, _plan(criteria_set, commune, region))
        return entry[1]


def score_indicator(
    indicator: Indicator,
    commune: Commune,
    region: str | None,
    sets: SetLookup = _NO_SETS,
    depth: int = 0,
    notices: list[Notice] | None = None,
) -> IndicatorResult:
    """Compare one measured value with the threshold for this region/group and year."""
    need = requirement(indicator, commune, region, sets)
    raw: object
    if indicator.kind == "meets_set":
        raw = _meets_set_value(indicator, commune, sets, depth, [] if notices is None else notices)
    else:
        raw = commune.indicators.get(indicator.id)
    return _judge(need, raw)


def _judge(need: Requirement, raw: object) -> IndicatorResult:
    """How a commune's raw value (number, đạt/chưa đạt, count, "na" or None) meets need."""
    if raw is None:
        return IndicatorResult(need, "missing")
    # Class tests, cheapest first: this runs for every indicator of every commune, and
    # pydantic models have an ABC metaclass whose isinstance (and `==`) costs more.
    if raw.__class__ is str and raw == NA:
        return IndicatorResult(need, "not_applicable")
    count = raw if raw.__class__ is Count else None
    value: float | bool | None
    if count is not None:
        value = count.percent
    elif isinstance(raw, (float, bool)):  # a tuple: 3x faster than a union in 3.11
        value = raw
    else:
        value = None
    required = need.required
    status: Status
    gap: float | None = None
    needed: int | None = None
    if required is None:
        status = "undetermined"
    elif required.__class__ is bool or value.__class__ is bool or value is None:
        status = "met" if value is True else "unmet"
    else:
        met = OPERATORS[need.operator](value, required)
        status = "met" if met else "unmet"
        gap = 0.0 if met else round(shortfall(need.operator, value, required), 6)
        if need.boundary_disputed is not None and abs(value - required) <= EPSILON:
            status, gap = "undetermined", None  # at the value the sources disagree on
        if count is not None:
            needed = _units_needed(need.operator, count, required)
    if count is None:  # positional: cheaper than keywords
        return IndicatorResult(need, status, value, None, None, gap, needed)
    return IndicatorResult(need, status, value, count.achieved, count.total, gap, needed)


def combine(criterion: Criterion, statuses: Sequence[Status]) -> Status:
    """A criterion's status from its indicators' statuses, by its combination rule."""
    if not statuses:
        return "missing"
    relevant = (
        [s for s in statuses if s != "not_applicable"] if "not_applicable" in statuses else statuses
    )
    if not relevant:
        return "not_applicable"
    rule = criterion.rule
    if not isinstance(rule, str):  # AtLeast (a str test: pydantic's ABC isinstance is slow)
        needed = min(rule.at_least, len(relevant))
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
    criterion: Criterion,
    commune: Commune,
    region: str | None,
    notices: list[Notice],
    sets: SetLookup = _NO_SETS,
    depth: int = 0,
    plan: Mapping[str, Requirement] | None = None,
) -> CriterionResult:
    """Score a criterion; a declared status fills in only where indicators cannot decide.

    `plan` holds already resolved requirements by indicator id (see _plan).
    """
    known = plan or {}
    values = commune.indicators
    # A planned indicator is judged on its value alone: this runs for every indicator.
    indicators = tuple(
        [
            score_indicator(i, commune, region, sets, depth, notices)
            if (need := known.get(i.id)) is None
            else _judge(need, values.get(i.id))
            for i in criterion.indicators
        ]
    )
    statuses = [r.status for r in indicators]
    given = statuses.count("missing") < len(statuses)  # some indicator has data
    computed = combine(criterion, statuses)
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
        status = "met" if declared is True else "unmet" if declared is False else "basically_met"
        basis = "declared"
    return CriterionResult(  # positional, in field order (see results.CriterionResult)
        criterion.id,
        criterion.name,
        status,
        basis,
        declared,
        indicators,
        criterion.tags,
        criterion.indicators_complete,
    )


def unlisted_notices(criteria_set: CriteriaSet, commune: Commune) -> list[Notice]:
    """A notice per criterion with data for indicators the set does not list (kept, not scored)."""
    listed = criteria_set.indicators()
    found: dict[str, list[str]] = {}
    for key in commune.indicators:
        if key not in listed and (criterion := unlisted_criterion(criteria_set, key)):
            found.setdefault(criterion.id, []).append(key)
    return [
        Notice(
            "unlisted_declared" if criterion in commune.criteria else "unlisted",
            {"criterion": criterion, "ids": ", ".join(ids)},
        )
        for criterion, ids in found.items()
    ]


def evaluate(
    criteria_set: CriteriaSet,
    commune: Commune,
    sets: SetLookup = _NO_SETS,
    *,
    set_chosen_by: SetChoice = "file",
    plans: Plans | None = None,
    _depth: int = 0,
) -> CommuneResult:
    """Score one commune against one criteria set.

    `sets` holds the sets this one refers to (by id), already loaded by the caller;
    `set_chosen_by` is recorded in the result (how the caller chose the set); `plans`
    lets a caller scoring many communes resolve each requirement once.
    """
    notices: list[Notice] = []
    region = applied_region(criteria_set, commune)
    if region != commune.region:
        notices.append(Notice("region_override", {"region": str(region)}))
    if criteria_set.changes_unknown is not None and criteria_set.extends:
        # e.g. Sơn La QĐ 1002: never let the parent's thresholds pass silently as the province's
        notices.append(
            Notice("set_changes_unknown", {"set": criteria_set.id, "parent": criteria_set.extends})
        )
    period = criteria_set.period
    if not period.start <= commune.year <= period.end:
        notices.append(
            Notice("year_outside_period", {"year": str(commune.year), "period": str(period)})
        )
    plan = (
        plans.plan(criteria_set, commune, region) if plans else _plan(criteria_set, commune, region)
    )
    criteria = tuple(
        [
            score_criterion(c, commune, region, notices, sets, _depth, plan)
            for c in criteria_set.criteria
        ]
    )
    if commune.indicators:
        notices.extend(unlisted_notices(criteria_set, commune))
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
        decision_date=criteria_set.decision.date,
        criteria=criteria,
        notices=tuple(notices),
        set_chosen_by=set_chosen_by,
        khu_vuc=commune.khu_vuc,
        group_basis=commune.group_basis,
        code=commune.code,
    )
