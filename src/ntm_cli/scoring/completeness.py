"""How complete a set is, as figures: indicators listed / expected, thresholds known / needed.

A threshold here is one indicator for one region or commune group (one for a set with
neither); it is known when a value applies to that region or group in every year of the
set's period. Expected figures are None where the decision's count is not known: a
criterion's own count is known only when its list is marked complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ntm_cli.model.regions import REGION_CODES
from ntm_cli.model.sets import CriteriaSet, Indicator, ScaledRef, Threshold


@dataclass(frozen=True, slots=True)
class Figures:
    """Listed / expected indicators and known / needed thresholds (None: not known)."""

    indicators_listed: int
    indicators_expected: int | None
    thresholds_known: int
    thresholds_needed: int | None

    def as_dict(self) -> dict[str, int | None]:
        """The JSON view (the keys of `completeness`)."""
        return {
            "indicators_listed": self.indicators_listed,
            "indicators_expected": self.indicators_expected,
            "thresholds_known": self.thresholds_known,
            "thresholds_needed": self.thresholds_needed,
        }


@dataclass(frozen=True, slots=True)
class Completeness:
    """The set's figures and each criterion's."""

    total: Figures
    criteria: tuple[tuple[str, Figures], ...]


def variants(criteria_set: CriteriaSet) -> list[tuple[str | None, int | None]]:
    """The (region, group) pairs a threshold is needed for."""
    if criteria_set.scheme == "regions":
        return [(r, None) for r in REGION_CODES]
    if criteria_set.scheme == "groups":
        return [(None, g) for g in (1, 2, 3)]
    return [(None, None)]


def _known_rule(
    rule: Threshold | None,
    region: str | None,
    group: int | None,
    year: int,
    sets: Mapping[str, CriteriaSet],
) -> bool:
    if rule is None or rule.is_unknown:
        return False
    if isinstance(rule.value, ScaledRef):
        ref = rule.value.ref
        target = sets.get(ref.set_id)
        referred = target.indicators().get(ref.indicator) if target else None
        base = referred.threshold_for(region, group, year) if referred else None
        return base is not None and isinstance(base.value, float)
    return True


def _known_slots(
    indicator: Indicator, criteria_set: CriteriaSet, sets: Mapping[str, CriteriaSet]
) -> int:
    years = range(criteria_set.period.start, criteria_set.period.end + 1)
    return sum(
        all(
            _known_rule(indicator.threshold_for(region, group, year), region, group, year, sets)
            for year in years
        )
        for region, group in variants(criteria_set)
    )


def completeness(criteria_set: CriteriaSet, sets: Mapping[str, CriteriaSet]) -> Completeness:
    """The set's completeness figures; `sets` resolves k × another set's threshold."""
    width = len(variants(criteria_set))
    per_criterion: list[tuple[str, Figures]] = []
    for criterion in criteria_set.criteria:
        listed = len(criterion.indicators)
        expected = listed if listed and criterion.indicators_complete else None
        known = sum(_known_slots(i, criteria_set, sets) for i in criterion.indicators)
        needed = expected * width if expected is not None else None
        per_criterion.append((criterion.id, Figures(listed, expected, known, needed)))
    listed = sum(f.indicators_listed for _, f in per_criterion)
    expected_total: int | None = criteria_set.indicator_count
    if expected_total is None and all(f.indicators_expected is not None for _, f in per_criterion):
        expected_total = listed
    total = Figures(
        listed,
        expected_total,
        sum(f.thresholds_known for _, f in per_criterion),
        expected_total * width if expected_total is not None else None,
    )
    return Completeness(total, tuple(per_criterion))
