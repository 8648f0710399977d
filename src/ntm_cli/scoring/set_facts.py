"""Pure facts about criteria sets: what is unknown or unsourced; what one changes from another."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from ntm_cli.model.sets import CriteriaSet, Indicator, ScaledRef, Threshold

FindingKind = Literal[
    "unknown_threshold",
    "unknown_via_reference",
    "no_source",
    "no_indicators",
    "partial_indicators",
    "changes_unknown",
]
# Findings that are about thresholds (the counts the closing report asks for).
THRESHOLD_FINDINGS: tuple[FindingKind, ...] = ("unknown_threshold", "unknown_via_reference")


@dataclass(frozen=True, slots=True)
class Finding:
    """One gap in a set: where it is (criterion / indicator / rule scope) and why."""

    kind: FindingKind
    criterion: str | None = None
    indicator: str | None = None
    scope: dict[str, list[Any]] | None = None
    detail: str | None = None


def _reference_state(
    rule: Threshold, sets: Mapping[str, CriteriaSet]
) -> Literal["known", "partly", "unknown"]:
    """Whether a k × threshold reference resolves: for every rule, some, or none of them."""
    assert isinstance(rule.value, ScaledRef)
    target = sets.get(rule.value.ref.set_id)
    indicator = target.indicators().get(rule.value.ref.indicator) if target else None
    if indicator is None:
        return "unknown"
    unknown = [r.is_unknown for r in indicator.thresholds]
    if all(unknown):
        return "unknown"
    return "partly" if any(unknown) else "known"


def _rule_findings(
    criterion_id: str, indicator: Indicator, sets: Mapping[str, CriteriaSet]
) -> list[Finding]:
    found: list[Finding] = []
    for rule in indicator.thresholds:
        scope = rule.selectors()
        if not (rule.source or "").strip():
            found.append(Finding("no_source", criterion_id, indicator.id, scope))
        if rule.is_unknown:
            found.append(
                Finding("unknown_threshold", criterion_id, indicator.id, scope, rule.source)
            )
        elif isinstance(rule.value, ScaledRef):
            state = _reference_state(rule, sets)
            if state != "known":
                ref = rule.value.ref
                detail = f"{rule.value.factor:g} × {ref.set_id} {ref.indicator} ({state})"
                found.append(
                    Finding("unknown_via_reference", criterion_id, indicator.id, scope, detail)
                )
    return found


def findings(criteria_set: CriteriaSet, sets: Mapping[str, CriteriaSet]) -> list[Finding]:
    """Every unknown or unsourced threshold and every gap in the indicator lists, in set order.

    `sets` holds the sets this one refers to, so k × threshold references can be followed.
    """
    found: list[Finding] = []
    if criteria_set.changes_unknown is not None:
        unknown = criteria_set.changes_unknown
        found.append(Finding("changes_unknown", detail=unknown.source))
    for criterion in criteria_set.criteria:
        if not criterion.indicators:
            found.append(Finding("no_indicators", criterion.id))
        elif not criterion.indicators_complete:
            found.append(Finding("partial_indicators", criterion.id))
        for indicator in criterion.indicators:
            found.extend(_rule_findings(criterion.id, indicator, sets))
    return found


def counts(found: list[Finding]) -> dict[str, int]:
    """How many findings of each kind (every kind listed, zero included)."""
    kinds: tuple[FindingKind, ...] = get_args(FindingKind)
    return {k: sum(f.kind == k for f in found) for k in kinds}


# ---------------------------------------------------------------------------- diff

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two sets: what (metadata/criterion/indicator/threshold) and how."""

    kind: ChangeKind
    what: Literal["metadata", "criterion", "indicator", "threshold"]
    id: str
    detail: str
    before: Any = None
    after: Any = None


def _rule_key(rule: Threshold) -> str:
    return repr(sorted(rule.selectors().items()))


def _value(rule: Threshold) -> Any:
    value = rule.value
    if isinstance(value, ScaledRef):
        return f"{value.factor:g} × {value.ref.set_id} {value.ref.indicator}"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _scope(rule: Threshold) -> str:
    """'regions: btb, dhntb; years: 2023' or 'all'."""
    chosen = rule.selectors()
    if not chosen:
        return "all"
    return "; ".join(f"{k}: {', '.join(str(v) for v in vs)}" for k, vs in chosen.items())


def _indicator_changes(old: Indicator, new: Indicator) -> list[Change]:
    changes: list[Change] = []
    for field in ("name", "kind", "operator", "unit", "target_set"):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            shown_before = before.vi if hasattr(before, "vi") else before
            shown_after = after.vi if hasattr(after, "vi") else after
            changes.append(Change("changed", "indicator", new.id, field, shown_before, shown_after))
    old_rules = {_rule_key(r): r for r in old.thresholds}
    new_rules = {_rule_key(r): r for r in new.thresholds}
    for key, rule in new_rules.items():
        scope = _scope(rule)
        previous = old_rules.get(key)
        if previous is None:
            changes.append(Change("added", "threshold", new.id, str(scope), None, _value(rule)))
        elif (_value(previous), previous.source) != (_value(rule), rule.source):
            changes.append(
                Change(
                    "changed",
                    "threshold",
                    new.id,
                    scope,
                    f"{_value(previous)} [{previous.source}]",
                    f"{_value(rule)} [{rule.source}]",
                )
            )
    for key, rule in old_rules.items():
        if key not in new_rules:
            changes.append(Change("removed", "threshold", new.id, _scope(rule), _value(rule)))
    return changes


def _meta_text(criteria_set: CriteriaSet, field: str) -> str:
    """A metadata field as one short line (title in Vietnamese, decision number and annex)."""
    if field == "title":
        return criteria_set.title.vi
    if field == "decision":
        decision = criteria_set.decision
        return f"{decision.number} {decision.annex or ''}".strip()
    if field == "region_override":
        override = criteria_set.region_override
        return f"{', '.join(override.when)} -> {override.region}" if override else "—"
    return str(getattr(criteria_set, field))


def diff(old: CriteriaSet, new: CriteriaSet) -> list[Change]:
    """What `new` changes from `old` (typically a provincial set from its parent)."""
    changes: list[Change] = []
    for field in ("title", "decision", "level", "tier", "period", "scheme", "region_override"):
        before, after = _meta_text(old, field), _meta_text(new, field)
        if before != after:
            changes.append(Change("changed", "metadata", field, field, before, after))
    old_criteria = {c.id: c for c in old.criteria}
    new_criteria = {c.id: c for c in new.criteria}
    for cid, criterion in new_criteria.items():
        previous = old_criteria.get(cid)
        if previous is None:
            changes.append(Change("added", "criterion", cid, criterion.name.vi))
            continue
        if previous.name != criterion.name:
            changes.append(
                Change("changed", "criterion", cid, "name", previous.name.vi, criterion.name.vi)
            )
        if previous.rule != criterion.rule:
            changes.append(
                Change("changed", "criterion", cid, "rule", str(previous.rule), str(criterion.rule))
            )
    for cid, criterion in old_criteria.items():
        if cid not in new_criteria:
            changes.append(Change("removed", "criterion", cid, criterion.name.vi))
    old_indicators = old.indicators()
    new_indicators = new.indicators()
    for iid, indicator in new_indicators.items():
        earlier = old_indicators.get(iid)
        if earlier is None:
            changes.append(Change("added", "indicator", iid, indicator.name.vi))
        else:
            changes.extend(_indicator_changes(earlier, indicator))
    for iid, indicator in old_indicators.items():
        if iid not in new_indicators:
            changes.append(Change("removed", "indicator", iid, indicator.name.vi))
    return changes
