"""What the engine returns: plain, immutable result records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from ntm_cli.model.sets import Candidate, Declared, Prose, Status, Text, WatchMargin

Basis = Literal["indicators", "declared", "none"]
# How a commune's set was chosen: its file's criteria_set, --set, or the year's national set.
SetChoice = Literal["file", "option", "year"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about the input, as a message key plus its arguments (translated later)."""

    key: str
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FormerPart:
    """A former commune of a merged one, as shown in outputs: its name and file (if any)."""

    commune: str
    file: str | None


@dataclass(frozen=True, slots=True)
class Requirement:
    """What one indicator asks of a commune: its labels and the threshold that applies.

    The engine resolves one per indicator and (set, region/group, year) and shares it
    between every commune with that key.
    """

    id: str
    name: Text
    kind: str
    operator: str
    unit: Text | None
    tags: dict[str, Any]
    required: float | bool | None = None
    source: str | None = None
    confidence: str | None = None
    note: Prose | None = None
    candidates: tuple[Candidate, ...] = ()
    # Sources disagree whether the threshold value itself passes ("dưới" vs "≤"): the
    # strict wording ("dưới 6,5%"); a value at the threshold is undetermined.
    boundary_disputed: str | None = None
    no_regional_split: bool = False
    watch: WatchMargin | None = None  # the set's own --watch margin for this indicator


# What is the same for every commune (labels, threshold, source) lives in the shared
# Requirement, so a result holds only what this commune's value decides.
@dataclass(frozen=True, slots=True)
class IndicatorResult:
    """How one indicator of one commune compares with its threshold."""

    requirement: Requirement
    status: Status
    value: float | bool | None = None
    achieved: float | None = None
    total: float | None = None
    gap: float | None = None
    units_needed: int | None = None
    combined: bool = False  # summed from the former communes' counts (a merged commune)

    @property
    def id(self) -> str:
        """The indicator's id ("14.2")."""
        return self.requirement.id

    @property
    def name(self) -> Text:
        """The indicator's name."""
        return self.requirement.name

    @property
    def kind(self) -> str:
        """percent, number, count, qualitative, meets_set..."""
        return self.requirement.kind

    @property
    def operator(self) -> str:
        """at_least, at_most or equal."""
        return self.requirement.operator

    @property
    def unit(self) -> Text | None:
        """The unit of a number, if any."""
        return self.requirement.unit

    @property
    def tags(self) -> dict[str, Any]:
        """The indicator's tags."""
        return self.requirement.tags

    @property
    def required(self) -> float | bool | None:
        """The value required (None when the threshold is unknown)."""
        return self.requirement.required

    @property
    def source(self) -> str | None:
        """Where the threshold comes from."""
        return self.requirement.source

    @property
    def confidence(self) -> str | None:
        """How sure the source is."""
        return self.requirement.confidence

    @property
    def note(self) -> Prose | None:
        """The threshold rule's note."""
        return self.requirement.note

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """Values that disagreeing sources give for an unknown threshold."""
        return self.requirement.candidates


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """A criterion's status, how it was decided, and its indicators."""

    id: str
    name: Text
    status: Status
    basis: Basis
    declared: Declared | None
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
    set_chosen_by: SetChoice = "file"
    ladder: tuple[TierStep, ...] = ()
    decision_date: dt.date | None = None
    khu_vuc: str | None = None  # area class (Nghị định 272/2025/NĐ-CP), as given
    group_basis: str | None = None  # "khu_vuc" when the group follows from it, "given", None
    code: str | None = None  # the commune's administrative unit code (new codes since 7/2025)
    formed_from: tuple[FormerPart, ...] = ()  # a merged commune's former communes
    merged_on: dt.date | None = None  # the merger date

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
    def basically_met(self) -> int:
        """Number of criteria declared cơ bản đạt (basically met; not met for recognition)."""
        return sum(c.status == "basically_met" for c in self.criteria)

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
