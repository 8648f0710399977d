"""What the engine returns: plain, immutable result records and their JSON view."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ntm_cli.models import Candidate, Status, Text

Basis = Literal["indicators", "declared", "none"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about the input, as a message key plus its arguments (translated later)."""

    key: str
    args: dict[str, str] = field(default_factory=dict)


# IndicatorResult and CriterionResult are built ~80 times per commune. They are treated as
# immutable but not declared frozen: a frozen dataclass sets each field through
# object.__setattr__, which made building one 5x slower (2.7 µs vs 0.5 µs measured for
# the 17 fields of an IndicatorResult), a fifth of a batch's scoring time. The engine
# builds IndicatorResult positionally: reordering its fields means updating engine.py
# (mypy catches most mix-ups, the engine tests the rest).
@dataclass(slots=True)
class IndicatorResult:
    """How one indicator of one commune compares with its threshold."""

    id: str
    name: Text
    kind: str
    operator: str
    unit: Text | None
    status: Status
    value: float | bool | None = None
    achieved: float | None = None
    total: float | None = None
    required: float | bool | None = None
    gap: float | None = None
    units_needed: int | None = None
    source: str | None = None
    confidence: str | None = None
    note: str | None = None
    candidates: tuple[Candidate, ...] = ()
    tags: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CriterionResult:
    """A criterion's status, how it was decided, and its indicators."""

    id: str
    name: Text
    status: Status
    basis: Basis
    declared: bool | None
    indicators: tuple[IndicatorResult, ...]
    tags: dict[str, Any] = field(default_factory=dict)
    indicators_complete: bool = True


@dataclass(frozen=True, slots=True)
class CommuneResult:
    """One commune scored against one criteria set."""

    commune: str
    district: str | None
    province: str | None
    year: int
    region: str | None
    region_applied: str | None
    group: int | None
    set_id: str
    set_title: Text
    decision: str
    criteria: tuple[CriterionResult, ...]
    notices: tuple[Notice, ...] = ()
    set_chosen_by: Literal["file", "option", "year"] = "file"
    ladder: tuple[TierStep, ...] = ()

    @property
    def tier_reached(self) -> str | None:
        """The highest tier met with every tier below it met too (None when not even the first)."""
        reached = None
        for step in self.ladder:
            if not step.result.meets_set:
                break
            reached = step.tier
        return reached

    @property
    def next_step(self) -> TierStep | None:
        """The first tier of the ladder not yet met."""
        return next((s for s in self.ladder if not s.result.meets_set), None)

    @property
    def applicable(self) -> list[CriterionResult]:
        """Criteria that apply to this commune (all but not_applicable ones)."""
        return [c for c in self.criteria if c.status != "not_applicable"]

    @property
    def met(self) -> int:
        """Number of criteria met."""
        return sum(c.status == "met" for c in self.criteria)

    @property
    def total(self) -> int:
        """Number of criteria that apply."""
        return len(self.applicable)

    @property
    def meets_set(self) -> bool:
        """True only when every applicable criterion is met."""
        return self.met == self.total

    def ids_with(self, status: Status) -> list[str]:
        """Criterion ids with this status, in set order."""
        return [c.id for c in self.criteria if c.status == status]


@dataclass(frozen=True, slots=True)
class TierStep:
    """One rung of the tier ladder (NTM -> nâng cao -> kiểu mẫu): the set and the result."""

    tier: str
    set_id: str
    decision: str
    result: CommuneResult

    @property
    def status(self) -> str:
        """'met' when the commune meets this tier's set, else 'not_met'."""
        return "met" if self.result.meets_set else "not_met"


def plain_number(value: float | bool | None) -> float | int | bool | None:
    """A float that is a whole number as an int (JSON shows 40, not 40.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def indicator_dict(result: IndicatorResult, lang: str) -> dict[str, Any]:
    """JSON view of an indicator result."""
    data: dict[str, Any] = {
        "id": result.id,
        "name": result.name.get(lang),
        "status": result.status,
        "value": plain_number(result.value),
        "required": plain_number(result.required),
        "operator": None if result.kind in ("qualitative", "meets_set") else result.operator,
        "gap": plain_number(result.gap),
    }
    if result.achieved is not None:
        data["achieved"] = plain_number(result.achieved)
        data["total"] = plain_number(result.total)
        data["units_needed"] = result.units_needed
    if result.unit is not None:
        data["unit"] = result.unit.get(lang)
    data["source"] = result.source
    if result.note:
        data["note"] = result.note
    if result.candidates:
        data["candidates"] = [
            {"value": plain_number(c.value), "source": c.source, "note": c.note}
            for c in result.candidates
        ]
    return data


def ladder_dict(result: CommuneResult, lang: str) -> dict[str, Any]:
    """JSON keys added by --ladder: each tier's status, the tier reached, what the next lacks."""
    data: dict[str, Any] = {
        "ladder": [
            {
                "tier": s.tier,
                "set": s.set_id,
                "status": s.status,
                "met": s.result.met,
                "total": s.result.total,
            }
            for s in result.ladder
        ],
        "tier_reached": result.tier_reached,
    }
    step = result.next_step
    data["next_tier"] = (
        None
        if step is None
        else {
            "tier": step.tier,
            "set": step.set_id,
            "missing": [
                {
                    "id": c.id,
                    "name": c.name.get(lang),
                    "status": c.status,
                    "indicators": [
                        indicator_dict(i, lang)
                        for i in c.indicators
                        if i.status not in ("met", "not_applicable")
                    ],
                }
                for c in step.result.criteria
                if c.status not in ("met", "not_applicable")
            ],
        }
    )
    return data


def commune_dict(result: CommuneResult, lang: str, notices: list[str]) -> dict[str, Any]:
    """JSON view of a commune result: the contract scripts depend on."""
    data = _commune_dict(result, lang, notices)
    if result.ladder:
        data.update(ladder_dict(result, lang))
    return data


def _commune_dict(result: CommuneResult, lang: str, notices: list[str]) -> dict[str, Any]:
    met, total = result.met, result.total  # each a pass over the criteria: computed once
    return {
        "commune": result.commune,
        "district": result.district,
        "province": result.province,
        "year": result.year,
        "region": result.region_applied,
        "group": result.group,
        "criteria_set": result.set_id,
        "decision": result.decision,
        "set_chosen_by": result.set_chosen_by,
        "met": met,
        "total": total,
        "status": "met" if met == total else "not_met",  # CommuneResult.meets_set
        "unmet": result.ids_with("unmet"),
        "missing": result.ids_with("missing"),
        "undetermined": result.ids_with("undetermined"),
        "criteria": [
            {
                "id": c.id,
                "name": c.name.get(lang),
                "status": c.status,
                "basis": c.basis,
                "indicators_complete": c.indicators_complete,
                "indicators": [indicator_dict(i, lang) for i in c.indicators],
            }
            for c in result.criteria
        ],
        "warnings": notices,
    }
