"""What the engine returns: plain, immutable result records and their JSON view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ntm_cli.model.sets import Candidate, Status, Text

Basis = Literal["indicators", "declared", "none"]
# How a commune's set was chosen: its file's criteria_set, --set, or the year's national set.
SetChoice = Literal["file", "option", "year"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about the input, as a message key plus its arguments (translated later)."""

    key: str
    args: dict[str, str] = field(default_factory=dict)


# The parts of an indicator's JSON view that every commune shares, for one language: id,
# name, required, operator shown, and the keys that follow the commune's own values.
_Views = tuple[str, str, float | int | bool | None, str | None, dict[str, Any]]


@dataclass(slots=True)
class Requirement:
    """What one indicator asks of a commune: its labels and the threshold that applies.

    The engine resolves one per indicator and (set, region/group, year) and shares it
    between every commune with that key, so it is treated as immutable. `views` holds the
    fixed parts of the indicator's JSON view per language, built on first use.
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
    note: str | None = None
    candidates: tuple[Candidate, ...] = ()
    views: dict[str, _Views] = field(default_factory=dict, compare=False, repr=False)
    # Serialised views of results that hold nothing but a status and a đạt/chưa đạt/no value
    # (so are the same for every commune), by (language, status, value): see batchrun.
    serialised: dict[tuple[str, str, bool | None], Any] = field(
        default_factory=dict, compare=False, repr=False
    )


# IndicatorResult and CriterionResult are built ~80 times per commune. They are treated as
# immutable but not declared frozen: a frozen dataclass sets each field through
# object.__setattr__, which made building one 5x slower (2.7 µs vs 0.5 µs measured for
# the 17 fields it then had), a fifth of a batch's scoring time. What is the same for
# every commune (labels, threshold, source) lives in the shared Requirement, so a result
# holds only what this commune's value decides.
@dataclass(slots=True)
class IndicatorResult:
    """How one indicator of one commune compares with its threshold."""

    requirement: Requirement
    status: Status
    value: float | bool | None = None
    achieved: float | None = None
    total: float | None = None
    gap: float | None = None
    units_needed: int | None = None

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
    def note(self) -> str | None:
        """The threshold rule's note."""
        return self.requirement.note

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """Values that disagreeing sources give for an unknown threshold."""
        return self.requirement.candidates


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
    set_chosen_by: SetChoice = "file"
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


def _fixed_view(need: Requirement, lang: str) -> _Views:
    tail: dict[str, Any] = {}
    if need.unit is not None:
        tail["unit"] = need.unit.get(lang)
    tail["source"] = need.source
    if need.note:
        tail["note"] = need.note
    shown = None if need.kind in ("qualitative", "meets_set") else need.operator
    return need.id, need.name.get(lang), plain_number(need.required), shown, tail


def indicator_dict(result: IndicatorResult, lang: str) -> dict[str, Any]:
    """JSON view of an indicator result."""
    need = result.requirement
    fixed = need.views.get(lang)
    if fixed is None:  # first use of this requirement in this language
        fixed = need.views[lang] = _fixed_view(need, lang)
    ident, name, required, operator, tail = fixed
    # plain_number inlined: this runs for every indicator of every commune in a batch
    value, gap = result.value, result.gap
    data: dict[str, Any] = {
        "id": ident,
        "name": name,
        "status": result.status,
        "value": int(value) if type(value) is float and value.is_integer() else value,
        "required": required,
        "operator": operator,
        "gap": int(gap) if type(gap) is float and gap.is_integer() else gap,
    }
    if result.achieved is not None:
        data["achieved"] = plain_number(result.achieved)
        data["total"] = plain_number(result.total)
        data["units_needed"] = result.units_needed
    data.update(tail)  # copied key by key: the shared dict itself is never handed out
    if need.candidates:
        data["candidates"] = [
            {"value": plain_number(c.value), "source": c.source, "note": c.note}
            for c in need.candidates
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


IndicatorView = Callable[[IndicatorResult, str], Any]


def commune_dict(
    result: CommuneResult,
    lang: str,
    notices: list[str],
    indicator_view: IndicatorView = indicator_dict,
) -> dict[str, Any]:
    """JSON view of a commune result: the contract scripts depend on.

    `indicator_view` builds each indicator's entry (a serialiser may pass one that returns
    already serialised entries, for orjson).
    """
    data = _commune_dict(result, lang, notices, indicator_view)
    if result.ladder:
        data.update(ladder_dict(result, lang))
    return data


def _commune_dict(
    result: CommuneResult, lang: str, notices: list[str], indicator_view: IndicatorView
) -> dict[str, Any]:
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
                "indicators": [indicator_view(i, lang) for i in c.indicators],
            }
            for c in result.criteria
        ],
        "warnings": notices,
    }
