"""Pydantic models for criteria sets (the decisions) and commune data files."""

# No `from __future__ import annotations` here: pydantic would then evaluate every field's
# annotation from its text as each model class is created, 3 ms of every start.
import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ntm_cli.model.errors import SaidValueError, pydantic_message, said
from ntm_cli.model.groups import AreaClass, group_from_area, parse_area_class, parse_group
from ntm_cli.model.regions import RegionCode, parse_region
from ntm_cli.model.text import inert, inert_lines
from ntm_cli.model.values import (
    BASICALLY_MET,
    NA,
    finite_float,
    parse_flag,
    parse_number_text,
    parse_status,
)

Level = Literal["xa", "huyen", "tinh", "thon"]
Tier = Literal["ntm", "nang_cao", "kieu_mau", "hien_dai"]
Scheme = Literal["regions", "groups", "none"]
Kind = Literal["percent", "number", "count", "qualitative", "meets_set", "share_meeting_set"]
# meets_set: the commune meets another set (QĐ 319 "đạt xã NTM nâng cao");
# share_meeting_set: % of a district's communes that meet another set (QĐ 320).
SET_KINDS = ("meets_set", "share_meeting_set")
Operator = Literal["at_least", "at_most", "equal"]
Confidence = Literal["high", "medium", "low"]
Status = Literal["met", "basically_met", "unmet", "missing", "undetermined", "not_applicable"]
GroupNumber = Literal[1, 2, 3]
SetId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]*$", max_length=20)]
Tags = dict[str, bool | int | float | str]
UNKNOWN: Literal["unknown"] = "unknown"


class Model(BaseModel):
    """Base: unknown keys are errors, instances are immutable, no NaN or infinity."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


def _text_from_str(value: Any) -> Any:
    return {"vi": value} if isinstance(value, str) else value


# Names and labels typed by users: control characters become spaces (see model.text.inert).
OneLine = Annotated[str, AfterValidator(inert)]


class Text(Model):
    """A label in Vietnamese (always) and English (optional; falls back to Vietnamese)."""

    vi: Annotated[OneLine, StringConstraints(min_length=1)]
    en: OneLine | None = None

    def get(self, lang: str) -> str:
        """The label in `lang`, or the Vietnamese one when no translation exists."""
        return self.en if lang == "en" and self.en else self.vi


# json_schema_input_type: what users may type (for `ntm schema`), before normalisation.
Label = Annotated[Text, BeforeValidator(_text_from_str, json_schema_input_type=Text | str)]


class Prose(Text):
    """A note in Vietnamese (always) and English (optional); its line breaks are kept."""

    vi: Annotated[str, AfterValidator(inert_lines), StringConstraints(min_length=1)]
    en: Annotated[str, AfterValidator(inert_lines)] | None = None


# A plain string is a note in Vietnamese (what an office types); bundled sets give both.
Note = Annotated[Prose, BeforeValidator(_text_from_str, json_schema_input_type=Prose | str)]


def _years_from_text(value: Any) -> Any:
    """Accept `2023`, `[2022, 2023]` and `"2021-2025"` for a list of years."""
    if isinstance(value, int):
        return [value]
    if isinstance(value, str) and "-" in value:
        start, _, end = value.partition("-")
        if start.strip().isdigit() and end.strip().isdigit():
            return list(range(int(start), int(end) + 1))
    return value


Years = Annotated[
    list[Annotated[int, Field(ge=1990, le=2100)]],
    BeforeValidator(_years_from_text, json_schema_input_type=list[int] | int | str),
]


def _region_list(value: Any) -> Any:
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list):
        return [parse_region(v) if isinstance(v, str) else v for v in items]
    return value


class Candidate(Model):
    """One sourced value among sources that disagree; recorded, never picked silently."""

    value: float | bool
    source: str
    note: Note | None = None
    evidence: str | None = None


class SetRef(Model):
    """Points at one indicator of another criteria set."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, populate_by_name=True
    )

    set_id: SetId = Field(alias="set")
    indicator: ItemId


class ScaledRef(Model):
    """A threshold defined as `factor` × another set's threshold (QĐ 319: 1.1 × nâng cao income).

    It resolves per region/group/year like the referenced rule and is unknown when that is.
    """

    ref: SetRef
    factor: Annotated[float, Field(gt=0)] = 1.0


class BoundaryDispute(Model):
    """Sources disagree whether a value equal to the threshold meets it ("dưới 6,5%" vs "≤").

    A commune exactly at the threshold is then undetermined; elsewhere the sources agree.
    """

    source: Annotated[str, StringConstraints(min_length=1)]
    wording: Annotated[str, StringConstraints(min_length=1)]  # the strict text: "dưới 6,5%"
    evidence: str | None = None


class Threshold(Model):
    """A requirement for some regions/groups/years, with where the number comes from.

    `value` is a number, `true` for a qualitative đạt, or `unknown`. Selectors left out
    match everything; when several rules match, the most specific one applies.
    """

    regions: Annotated[
        list[RegionCode] | None,
        BeforeValidator(_region_list, json_schema_input_type=list[str] | str | None),
    ] = None
    groups: list[GroupNumber] | None = None
    years: Years | None = None
    value: float | bool | Literal["unknown"] | ScaledRef
    source: str | None = None
    confidence: Confidence | None = None
    note: Note | None = None
    candidates: list[Candidate] | None = None
    # The value applies to every region because its sources give one figure, not because
    # the decision is known to have no regional split: shown wherever the value is.
    no_regional_split: bool = False
    boundary_disputed: BoundaryDispute | None = None
    evidence: str | None = None  # the research trail, not shown by default

    @model_validator(mode="after")
    def _candidates_only_when_unknown(self) -> Self:
        if self.candidates and self.value != UNKNOWN:
            raise SaidValueError(said("set.candidates_need_unknown"))
        return self

    @property
    def is_unknown(self) -> bool:
        """True when the decision's value for this rule is not known to ntm."""
        return self.value == UNKNOWN

    def selectors(self) -> dict[str, list[Any]]:
        """The selectors this rule sets (regions/groups/years), for display and merging."""
        chosen = {"regions": self.regions, "groups": self.groups, "years": self.years}
        return {k: list(v) for k, v in chosen.items() if v is not None}

    def specificity(self) -> int:
        """How many selectors this rule sets; the most specific matching rule wins."""
        return sum(s is not None for s in (self.regions, self.groups, self.years))

    def matches(self, region: str | None, group: int | None, year: int) -> bool:
        """Whether this rule applies to a commune of that region/group in that year."""
        if self.regions is not None and region not in self.regions:
            return False
        if self.groups is not None and group not in self.groups:
            return False
        return self.years is None or year in self.years


def _overlap(a: Threshold, b: Threshold) -> bool:
    def meet(x: list[Any] | None, y: list[Any] | None) -> bool:
        return x is None or y is None or bool(set(x) & set(y))

    return meet(a.regions, b.regions) and meet(a.groups, b.groups) and meet(a.years, b.years)


class AtLeast(Model):
    """Combination rule: the criterion is met when at least N of its indicators are."""

    at_least: Annotated[int, Field(ge=1)]


class WatchMargin(Model):
    """How close to its threshold a met indicator is watched (`--watch`), and why."""

    # percent of the threshold: 10 watches an "at least 40%" indicator met below 44%
    percent: Annotated[float, Field(gt=0, le=100)]
    reason: Annotated[OneLine, StringConstraints(min_length=1)]


class Indicator(Model):
    """One chỉ tiêu: what is measured, how it is compared, and its thresholds."""

    id: ItemId
    name: Label
    kind: Kind = "percent"
    operator: Operator = "at_least"
    unit: Label | None = None
    target_set: SetId | None = Field(default=None, alias="set")
    thresholds: Annotated[list[Threshold], Field(min_length=1)]
    tags: Tags = Field(default_factory=dict)
    note: Note | None = None
    evidence: str | None = None
    watch_margin: WatchMargin | None = None

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, populate_by_name=True
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (self.kind in SET_KINDS) != (self.target_set is not None):
            raise SaidValueError(said("set.target_set"))
        for rule in self.thresholds:
            boolean_kind = self.kind in ("qualitative", "meets_set")
            if boolean_kind and rule.value not in (True, UNKNOWN):
                raise SaidValueError(said("set.threshold_true", kind=self.kind))
            if not boolean_kind and isinstance(rule.value, bool):
                raise SaidValueError(said("set.threshold_numeric", kind=self.kind))
            if (
                self.kind in ("percent", "share_meeting_set")
                and isinstance(rule.value, float)
                and not 0 <= rule.value <= 100
            ):
                raise SaidValueError(said("set.percent_outside", value=f"{rule.value:g}"))
        for i, first in enumerate(self.thresholds):
            for second in self.thresholds[i + 1 :]:
                if first.specificity() == second.specificity() and _overlap(first, second):
                    raise SaidValueError(said("set.rules_overlap"))
        return self

    def threshold_for(self, region: str | None, group: int | None, year: int) -> Threshold | None:
        """The rule that applies to this region/group and year, or None if no rule does."""
        best: Threshold | None = None
        for rule in self.thresholds:
            if rule.matches(region, group, year) and (
                best is None or rule.specificity() > best.specificity()
            ):
                best = rule
        return best


class Criterion(Model):
    """One tiêu chí: its indicators and how they combine."""

    id: ItemId
    name: Label
    group: Label | None = None
    rule: Literal["all"] | AtLeast = "all"
    indicators: list[Indicator] = Field(default_factory=list)
    # False when only some of the decision's indicators are encoded: the encoded ones all
    # being met must not be reported as the criterion being met.
    indicators_complete: bool = True
    tags: Tags = Field(default_factory=dict)
    note: Note | None = None
    evidence: str | None = None


class Decision(Model):
    """The legal act a set comes from."""

    number: Annotated[str, StringConstraints(min_length=1)]
    date: dt.date | None = None
    issuer: Label | None = None
    annex: str | None = None
    in_force: dt.date | None = None


class Period(Model):
    """Years a set is in force for (inclusive)."""

    start: Annotated[int, Field(ge=1990, le=2100)]
    end: Annotated[int, Field(ge=1990, le=2100)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise SaidValueError(said("set.period_backwards"))
        return self

    def __str__(self) -> str:
        return f"{self.start}–{self.end}"


class RegionOverride(Model):
    """Communes with one of these flags are scored with another region's thresholds."""

    when: Annotated[list[Literal["extremely_disadvantaged", "safe_zone"]], Field(min_length=1)]
    region: RegionCode
    source: str
    evidence: str | None = None


class UnknownChanges(Model):
    """A set that extends another but whose own changes are not known (e.g. content not found)."""

    source: Annotated[str, StringConstraints(min_length=1)]
    note: Note | None = None
    evidence: str | None = None


class Source(Model):
    """A citation: the document (number, date, issuer, annex, item), then the page read.

    `evidence` keeps the research trail (how the page was found, what it showed); it is
    not shown by default. A set may also give a source as one line of text.
    """

    document: Annotated[str, StringConstraints(min_length=1)]
    page: str | None = None
    evidence: str | None = None

    def citation(self) -> str:
        """'QĐ 2373/QĐ-BYT ngày 31/8/2022 của Bộ Y tế … — https://…'."""
        return f"{self.document} — {self.page}" if self.page else self.document


def _citation(source: Any) -> str | None:
    """The citation text of one `sources` entry (raw or validated), or None if malformed."""
    if isinstance(source, str):
        return source
    if isinstance(source, Source):
        return source.citation()
    if isinstance(source, dict) and isinstance(source.get("document"), str):
        page = source.get("page")
        return f"{source['document']} — {page}" if isinstance(page, str) else source["document"]
    return None


def cite(source: str, known: Mapping[str, str | None]) -> str:
    """'T9, S9' -> the citations of T9 and S9; any other text is kept as written."""
    keys = [part.strip() for part in re.split(r"[;,]", source)]
    texts = [known.get(key) for key in keys]
    if not keys or any(text is None for text in texts):
        return source
    return "; ".join(dict.fromkeys(t for t in texts if t is not None))


def cite_sources(data: Any) -> Any:
    """A raw set whose rules' sources, written as keys of `sources` ("T9, S9"), are citations.

    The loader applies it before validation, so every output shows the documents and pages;
    a source that is not made of keys is kept as written.
    """
    if not isinstance(data, dict) or not isinstance(data.get("sources"), dict):
        return data
    known = {k: _citation(v) for k, v in data["sources"].items() if isinstance(k, str)}
    if not known:
        return data

    def cited(item: Any) -> Any:
        if isinstance(item, dict) and isinstance(item.get("source"), str):
            return {**item, "source": cite(item["source"], known)}
        return item

    def rule(item: Any) -> Any:
        item = cited(item)
        if isinstance(item, dict) and isinstance(item.get("candidates"), list):
            item = {**item, "candidates": [cited(c) for c in item["candidates"]]}
        if isinstance(item, dict) and isinstance(item.get("boundary_disputed"), dict):
            item = {**item, "boundary_disputed": cited(item["boundary_disputed"])}
        return item

    def indicator(item: Any) -> Any:
        if isinstance(item, dict) and isinstance(item.get("thresholds"), list):
            return {**item, "thresholds": [rule(r) for r in item["thresholds"]]}
        return item

    def criterion(item: Any) -> Any:
        if isinstance(item, dict) and isinstance(item.get("indicators"), list):
            return {**item, "indicators": [indicator(i) for i in item["indicators"]]}
        return item

    out = dict(data)
    if isinstance(out.get("criteria"), list):
        out["criteria"] = [criterion(c) for c in out["criteria"]]
    for key in ("region_override", "changes_unknown"):
        out[key] = cited(out.get(key)) if key in out else None
        if out[key] is None:
            del out[key]
    return out


class SetFloor(Model):
    """A programme target stated for this set: no commune under `value` criteria, and where."""

    value: Annotated[int, Field(ge=1)]
    source: Annotated[str, StringConstraints(min_length=1)]
    note: Note | None = None


class Continuation(Model):
    """Which criterion of this set continues which criterion of an earlier set, with its source.

    Only criteria listed here are compared across the two sets (`ntm diff`); every other
    criterion is shown side by side, never as gained or lost.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, populate_by_name=True
    )

    set_id: SetId = Field(alias="set")
    # this set's criterion id -> the earlier set's criterion id
    criteria: Annotated[dict[ItemId, ItemId], Field(min_length=1)]
    source: Annotated[str, StringConstraints(min_length=1)]


class ProgrammeTarget(Model):
    """A programme target, not a recognition condition: a share of units meeting a set by a year.

    NQ 257/2025/QH15: about 65% of communes meet NTM by 2030. Shown beside a province result
    as the share still needed; it never changes whether the province meets its set.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, populate_by_name=True
    )

    name: Label
    target_set: SetId = Field(alias="set")
    share: Annotated[float, Field(gt=0, le=100)]
    year: Annotated[int, Field(ge=1990, le=2100)]
    approximate: bool = False  # the source says "about" (khoảng)
    source: Annotated[str, StringConstraints(min_length=1)]
    confidence: Confidence | None = None


class CriteriaSet(Model):
    """A bộ tiêu chí as issued by one decision: metadata plus criteria.

    `extends` names the parent of a set written as overrides; the loader has already
    resolved those overrides, so `criteria` is always the full list.
    """

    id: SetId
    extends: SetId | None = None
    changes_unknown: UnknownChanges | None = None
    title: Label
    decision: Decision
    level: Level
    tier: Tier
    period: Period
    scheme: Scheme
    region_override: RegionOverride | None = None
    continues: Continuation | None = None
    floor: SetFloor | None = None
    indicator_count: Annotated[int, Field(ge=0)] | None = None
    sources: dict[str, str | Source] = Field(default_factory=dict)
    notes: list[Note] = Field(default_factory=list)
    # Programme targets shown beside a roll-up (province sets); never recognition conditions.
    targets: list[ProgrammeTarget] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)  # the research trail behind the notes
    criteria: Annotated[list[Criterion], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_and_consistent(self) -> Self:
        seen_criteria: set[str] = set()
        seen_indicators: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen_criteria:
                raise SaidValueError(said("set.criterion_twice", id=repr(criterion.id)))
            seen_criteria.add(criterion.id)
            for indicator in criterion.indicators:
                if indicator.id in seen_indicators:
                    raise SaidValueError(said("set.indicator_twice", id=repr(indicator.id)))
                seen_indicators.add(indicator.id)
                for rule in indicator.thresholds:
                    if self.scheme != "regions" and rule.regions is not None:
                        raise SaidValueError(
                            said("set.regions_in", id=indicator.id, scheme=self.scheme)
                        )
                    if self.scheme != "groups" and rule.groups is not None:
                        raise SaidValueError(
                            said("set.groups_in", id=indicator.id, scheme=self.scheme)
                        )
            if isinstance(criterion.rule, AtLeast) and criterion.rule.at_least > len(
                criterion.indicators
            ):
                raise SaidValueError(
                    said(
                        "set.at_least_too_many",
                        id=criterion.id,
                        at_least=criterion.rule.at_least,
                        count=len(criterion.indicators),
                    )
                )
        if self.floor is not None and self.floor.value > len(self.criteria):
            raise SaidValueError(
                said("set.floor_too_high", value=f"{self.floor.value:g}", count=len(self.criteria))
            )
        if self.continues is not None:
            strange = sorted(set(self.continues.criteria) - seen_criteria)
            if strange:
                raise SaidValueError(
                    said("set.continues_unknown", ids=strange, known=self.criterion_ids())
                )
        return self

    @property
    def after_districts(self) -> bool:
        """True for sets of 2026 on: districts ended on 01/7/2025 (two-tier local government)."""
        return self.period.start >= 2026

    def citations(self) -> dict[str, str]:
        """Each source key with its citation (document, then the page it was read from)."""
        return {key: _citation(source) or "" for key, source in self.sources.items()}

    def indicators(self) -> Mapping[str, Indicator]:
        """Every indicator of the set by id, in set order."""
        return {i.id: i for c in self.criteria for i in c.indicators}

    def criterion_ids(self) -> list[str]:
        """Criterion ids in set order."""
        return [c.id for c in self.criteria]

    def references(self) -> list[tuple[tuple[int | str, ...], str, str | None]]:
        """(location, set id, indicator id) of every other set this one refers to."""
        found: list[tuple[tuple[int | str, ...], str, str | None]] = [
            (("targets", ti, "set"), target.target_set, None)
            for ti, target in enumerate(self.targets)
        ]
        for ci, criterion in enumerate(self.criteria):
            for ii, indicator in enumerate(criterion.indicators):
                where: tuple[int | str, ...] = ("criteria", ci, "indicators", ii)
                if indicator.target_set is not None:
                    found.append(((*where, "set"), indicator.target_set, None))
                for ti, rule in enumerate(indicator.thresholds):
                    if isinstance(rule.value, ScaledRef):
                        ref = rule.value.ref
                        found.append(
                            ((*where, "thresholds", ti, "value"), ref.set_id, ref.indicator)
                        )
        return found


# ---------------------------------------------------------------- commune data files


class Count(Model):
    """A measurement given as units achieved out of a total (e.g. 380 of 1000 workers)."""

    achieved: Annotated[float, Field(ge=0)]
    total: Annotated[float, Field(gt=0)]

    @model_validator(mode="after")
    def _achieved_within_total(self) -> Self:
        if self.achieved > self.total:
            raise SaidValueError(
                said(
                    "value.achieved_over_total",
                    achieved=f"{self.achieved:g}",
                    total=f"{self.total:g}",
                )
            )
        return self

    @property
    def percent(self) -> float:
        """Achieved as a percentage of total."""
        return self.achieved / self.total * 100


def _indicator_value(value: Any) -> float | bool | Count | Literal["na"]:
    """Normalise what users write: đạt/chưa đạt/na, numbers, numbers as text, counts.

    This is the whole validation of an indicator value (a PlainValidator): whatever it
    returns is stored as is, so it returns only a finite float, a bool, a Count or "na".
    """
    if value.__class__ is float and math.isfinite(value):  # the commonest value
        return value
    if value.__class__ is bool or value.__class__ is Count:
        return value
    if isinstance(value, dict):
        try:
            return Count.model_validate(value)
        except ValidationError as exc:  # re-raised as one plain message for this value
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            if first["type"] == "extra_forbidden":
                message = said("value.count_unknown_key")
            elif first["type"] == "missing":
                message = said("value.count_missing")
            else:
                message = pydantic_message(first)
            if where:
                message = said("pydantic.at", path=where, problem=message)
            raise SaidValueError(message) from None
    if isinstance(value, int | float):  # (bools returned above)
        return finite_float(value)  # a 400-digit integer would overflow float()
    if isinstance(value, str):
        flag = parse_flag(value)
        if flag is not None:
            return flag
        try:
            return parse_number_text(value)
        except SaidValueError as exc:
            if exc.said.key == "value.ambiguous":  # its advice says which spelling to use
                raise
            raise SaidValueError(said("value.not_a_value", value=repr(value))) from None
    if value is None:
        raise SaidValueError(said("value.empty"))
    if isinstance(value, list):
        raise SaidValueError(said("value.list_not_a_value"))
    raise SaidValueError(said("value.not_a_value", value=repr(value)))


# A PlainValidator, not a BeforeValidator over a union: pydantic then skips re-checking
# the normalised value against float | bool | Count | "na", which cost 1.3 µs per count
# (17 counts are a tenth of a batch's time per commune).
IndicatorValue = Annotated[
    float | bool | Count | Literal["na"],
    PlainValidator(_indicator_value, json_schema_input_type=float | bool | Count | str),
]


def _declared_status(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        status = parse_status(value)
        if status is not None:
            return status
    if value is None:
        raise SaidValueError(said("value.empty_status"))
    raise SaidValueError(said("value.not_a_status", value=repr(value)))


# True (đạt), False (chưa đạt) or "basically_met" (cơ bản đạt: never counted as met).
Declared = bool | Literal["basically_met"]
DeclaredStatus = Annotated[
    Declared, BeforeValidator(_declared_status, json_schema_input_type=bool | str)
]


def _region_code(value: Any) -> Any:
    return parse_region(value) if isinstance(value, str) else value


class SetData(Model):
    """A commune's values for another set than the one it is scored with (tiers, QĐ 319)."""

    indicators: dict[str, IndicatorValue] = Field(default_factory=dict)
    criteria: dict[str, DeclaredStatus] = Field(default_factory=dict)

    @field_validator("indicators", "criteria", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return {} if value is None else value


class FormerCommune(Model):
    """One former commune of a merged one: a commune file (and which commune in it), or its record.

    `file` is relative to the merged commune's file. Without `file`, `commune` names the
    record and `indicators`/`criteria` hold its values.
    """

    file: Annotated[str, StringConstraints(min_length=1)] | None = None
    commune: OneLine | None = None
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict)
    criteria: dict[str, DeclaredStatus] = Field(default_factory=dict)

    @field_validator("indicators", "criteria", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return {} if value is None else value

    @model_validator(mode="after")
    def _file_or_record(self) -> Self:
        if self.file is None and self.commune is None:
            raise SaidValueError(said("former.file_or_record"))
        if self.file is not None and (self.indicators or self.criteria):
            raise SaidValueError(said("former.not_both"))
        return self


class FormedFrom(Model):
    """A commune formed by merging former communes: when, and from which (files or records)."""

    date: dt.date
    communes: Annotated[list[FormerCommune], Field(min_length=2)]


class Commune(Model):
    """One commune's data file: who it is, where, which year, and what was measured.

    `indicators`/`criteria` belong to the set the commune is scored with; `other_sets`
    holds values for higher tiers (nâng cao, kiểu mẫu), keyed by set id.
    """

    commune: Annotated[OneLine, StringConstraints(min_length=1, strip_whitespace=True)]
    district: OneLine | None = None
    province: OneLine | None = None
    code: OneLine | None = None
    region: Annotated[
        RegionCode | None, BeforeValidator(_region_code, json_schema_input_type=str | None)
    ] = None
    # Area class of ethnic-minority and mountain areas (Nghị định 272/2025/NĐ-CP); II and III
    # make the commune group 3 of QĐ 51/2025. Before `group` so group's check can see it.
    khu_vuc: Annotated[
        AreaClass | None, BeforeValidator(parse_area_class, json_schema_input_type=str | None)
    ] = None
    group: Annotated[
        GroupNumber | None, BeforeValidator(parse_group, json_schema_input_type=int | str | None)
    ] = None
    year: Annotated[int, Field(ge=1990, le=2100)]
    criteria_set: str | None = None
    extremely_disadvantaged: bool = False
    safe_zone: bool = False
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict)
    criteria: dict[str, DeclaredStatus] = Field(default_factory=dict)
    other_sets: dict[str, SetData] = Field(default_factory=dict)
    # A merged commune: its count indicators are summed from the former communes' counts.
    formed_from: FormedFrom | None = None
    notes: Annotated[str, AfterValidator(inert_lines)] | None = None

    @field_validator("indicators", "criteria", "other_sets", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return {} if value is None else value

    @model_validator(mode="before")
    @classmethod
    def _group_from_area(cls, data: Any) -> Any:
        # QĐ 51/2025: a region II or III commune is group 3; an absent group follows from it.
        if isinstance(data, dict) and data.get("group") is None and data.get("khu_vuc"):
            try:
                area = parse_area_class(data["khu_vuc"])
            except ValueError:
                return data  # khu_vuc's own validator reports it
            if group_from_area(area) is not None:
                return {**data, "group": group_from_area(area)}
        return data

    @field_validator("group", mode="after")
    @classmethod
    def _group_agrees_with_area(cls, group: int | None, info: ValidationInfo) -> int | None:
        area = info.data.get("khu_vuc")
        if group is None or area is None:
            return group
        if group_from_area(area) == 3 and group != 3:
            raise SaidValueError(said("value.group_contradicts_area", group=group, area=area))
        if area == "I" and group == 3:
            raise SaidValueError(said("value.group_3_area_i"))
        return group

    @property
    def group_basis(self) -> str | None:
        """'khu_vuc' when the group follows from the area class, 'given' when written, else None."""
        if self.group is None:
            return None
        return "khu_vuc" if group_from_area(self.khu_vuc) == self.group else "given"


class _UnitFile(Model):
    """What a district and a province file share: empty lists and tables may be left blank."""

    # check_fields=False: the fields are declared by each subclass, in its own order.
    @field_validator("indicators", "criteria", mode="before", check_fields=False)
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return {} if value is None else value

    @field_validator("commune_files", mode="before", check_fields=False)
    @classmethod
    def _no_files(cls, value: Any) -> Any:
        return [] if value is None else value


class District(_UnitFile):
    """A district's data file (QĐ 320): its own indicators/criteria and its commune files.

    The shares of communes meeting commune sets (criteria C1, C2) are computed from the
    commune results, never typed here when commune files are given.
    """

    district: Annotated[OneLine, StringConstraints(min_length=1, strip_whitespace=True)]
    province: OneLine | None = None
    code: OneLine | None = None
    region: Annotated[RegionCode | None, BeforeValidator(_region_code)] = None
    year: Annotated[int, Field(ge=1990, le=2100)]
    criteria_set: str | None = None
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict)
    criteria: dict[str, DeclaredStatus] = Field(default_factory=dict)
    commune_files: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list
    )
    notes: Annotated[str, AfterValidator(inert_lines)] | None = None

    def as_commune(self) -> Commune:
        """The district as the engine's scored unit (a Commune record named after it)."""
        name = self.district
        if not name.lower().startswith(("huyện", "huyen", "thị xã", "district")):
            name = f"Huyện {name}"
        return Commune(
            commune=name,
            province=self.province,
            code=self.code,
            region=self.region,
            year=self.year,
            criteria_set=self.criteria_set,
            indicators=dict(self.indicators),
            criteria=dict(self.criteria),
            notes=self.notes,
        )


class Province(_UnitFile):
    """A province's data file (QĐ 51/2025 Phụ lục III): its own values and its commune files.

    The shares of communes meeting commune sets are computed from the commune results, never
    typed here.
    """

    province: Annotated[OneLine, StringConstraints(min_length=1, strip_whitespace=True)]
    code: OneLine | None = None
    year: Annotated[int, Field(ge=1990, le=2100)]
    criteria_set: str | None = None
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict)
    criteria: dict[str, DeclaredStatus] = Field(default_factory=dict)
    commune_files: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list
    )
    notes: Annotated[str, AfterValidator(inert_lines)] | None = None

    def as_commune(self) -> Commune:
        """The province as the engine's scored unit (a Commune record named after it)."""
        name = self.province
        if not name.lower().startswith(("tỉnh", "tinh", "thành phố", "thanh pho", "province")):
            name = f"Tỉnh {name}"
        return Commune(
            commune=name,
            province=self.province,
            code=self.code,
            year=self.year,
            criteria_set=self.criteria_set,
            indicators=dict(self.indicators),
            criteria=dict(self.criteria),
            notes=self.notes,
        )


__all__ = [
    "BASICALLY_MET",
    "NA",
    "UNKNOWN",
    "AtLeast",
    "BoundaryDispute",
    "Candidate",
    "Commune",
    "Continuation",
    "Count",
    "CriteriaSet",
    "Criterion",
    "Decision",
    "Declared",
    "District",
    "FormedFrom",
    "FormerCommune",
    "Indicator",
    "Period",
    "ProgrammeTarget",
    "Province",
    "RegionOverride",
    "ScaledRef",
    "SetData",
    "SetFloor",
    "SetRef",
    "Source",
    "Status",
    "Text",
    "Threshold",
    "UnknownChanges",
]
