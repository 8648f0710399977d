"""Batch roll-ups: the figures coordination offices report, overall and per district/province.

Pure: compact commune summaries in, plain records out. Averages are rounded half up to one
decimal with Decimal (16.05 -> 16.1), the way the reports round, not banker's rounding.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from ntm_cli.model.errors import ErrorRecord
from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text
from ntm_cli.model.text import fold

GroupBy = Literal["district", "province", "group"]  # group: commune group 1/2/3 (QĐ 51)
DEFAULT_FLOOR = 15  # the programme's target: no commune under 15 criteria
CLOSEST_COUNT = 10
MISSED: frozenset[str] = frozenset({"unmet", "missing", "undetermined"})
_TENTH = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class CommuneSummary:
    """What a roll-up needs from one scored commune (small enough to ship between processes)."""

    commune: str
    district: str | None
    province: str | None
    year: int
    set_id: str
    met: int
    total: int
    statuses: tuple[tuple[str, str], ...]  # (criterion id, status) in set order
    source: str
    group: int | None = None  # commune group 1/2/3 of the 2026–2030 sets

    @property
    def meets_set(self) -> bool:
        """True when every applicable criterion is met."""
        return self.met == self.total

    def __reduce__(self) -> tuple[type[CommuneSummary], tuple[object, ...]]:
        # Workers send thousands of these: rebuilding from a tuple is ~5x cheaper than the
        # generated __setstate__ of a frozen slots dataclass (it calls fields() each time).
        return CommuneSummary, (
            self.commune, self.district, self.province, self.year, self.set_id,
            self.met, self.total, self.statuses, self.source, self.group,
        )  # fmt: skip

    @property
    def not_met(self) -> int:
        """Applicable criteria not met (unmet, missing data or undetermined)."""
        return self.total - self.met

    @property
    def basically_met(self) -> int:
        """Criteria declared cơ bản đạt (counted apart, never as met)."""
        return sum(status == "basically_met" for _, status in self.statuses)


def summarise(result: CommuneResult, source: str) -> CommuneSummary:
    """The compact summary of a commune result."""
    statuses = tuple([(c.id, c.status) for c in result.criteria])
    # positional, in field order: one summary per commune of a batch
    return CommuneSummary(
        result.commune, result.district, result.province, result.year, result.set_id,
        result.met, result.total, statuses, source, result.group,
    )  # fmt: skip


def average(total: int, count: int) -> Decimal | None:
    """Quotient total ÷ count, one decimal, rounded half up (161/10 -> 16.1; 16.05 -> 16.1)."""
    if count == 0:
        return None
    return (Decimal(total) / Decimal(count)).quantize(_TENTH, rounding=ROUND_HALF_UP)


def percent(part: int, whole: int) -> Decimal | None:
    """The share part/whole in percent, one decimal, rounded half up."""
    return average(part * 100, whole)


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts for the whole batch or one district/province."""

    district: str | None
    province: str | None
    communes: int
    met: int
    criteria_met: int
    under_floor: int
    criteria_basically_met: int = 0  # declared cơ bản đạt, summed over the communes
    group: int | None = None  # the commune group, when the roll-up is --by group

    @property
    def average_met(self) -> Decimal | None:
        """Average criteria met per commune (one decimal)."""
        return average(self.criteria_met, self.communes)

    @property
    def share_met(self) -> Decimal | None:
        """Share of communes meeting their set, in percent (one decimal)."""
        return percent(self.met, self.communes)


@dataclass(frozen=True)
class Rollup:
    """Every figure of a batch report."""

    overall: Tally
    by: GroupBy | None
    groups: list[Tally]
    floor: int
    distribution: list[tuple[int, int]]  # (criteria met, communes), most criteria first
    under_floor: list[CommuneSummary]
    most_missed: list[tuple[str, int]]  # (criterion id, communes missing it), most first
    closest: list[CommuneSummary]  # communes not meeting their set, fewest criteria short


def _tally(communes: Sequence[CommuneSummary], floor: int, district: str | None = None,
           province: str | None = None, group: int | None = None) -> Tally:  # fmt: skip
    return Tally(
        group=group,
        district=district,
        province=province,
        communes=len(communes),
        met=sum(c.meets_set for c in communes),
        criteria_met=sum(c.met for c in communes),
        under_floor=sum(c.met < floor for c in communes),
        criteria_basically_met=sum(c.basically_met for c in communes),
    )


def _name_key(name: str | None) -> tuple[bool, str]:
    return (name is None, fold(name or ""))


def _groups(communes: Sequence[CommuneSummary], by: GroupBy, floor: int) -> list[Tally]:
    if by == "group":  # commune groups 1, 2, 3 across the batch; no group given last
        by_group: dict[int | None, list[CommuneSummary]] = {}
        for commune in communes:
            by_group.setdefault(commune.group, []).append(commune)
        order = sorted(by_group, key=lambda g: (g is None, g or 0))
        return [_tally(by_group[g], floor, group=g) for g in order]
    buckets: dict[tuple[str | None, str | None], list[CommuneSummary]] = {}
    for commune in communes:
        district = commune.district if by == "district" else None
        buckets.setdefault((commune.province, district), []).append(commune)
    ordered = sorted(buckets, key=lambda k: (_name_key(k[0]), _name_key(k[1])))
    return [_tally(buckets[k], floor, district=k[1], province=k[0]) for k in ordered]


def _id_key(criterion_id: str) -> tuple[int, str]:
    head = criterion_id.split(".")[0]
    return (int(head) if head.isdigit() else 10**6, criterion_id)


def roll_up(
    communes: Sequence[CommuneSummary],
    *,
    by: GroupBy | None = None,
    floor: int = DEFAULT_FLOOR,
    closest: int = CLOSEST_COUNT,
) -> Rollup:
    """All batch figures; criteria not applicable to a commune are not counted as missed."""
    distribution = Counter(c.met for c in communes)
    missed: Counter[str] = Counter()
    for commune in communes:
        missed.update(cid for cid, status in commune.statuses if status in MISSED)
    short = [c for c in communes if not c.meets_set]
    return Rollup(
        overall=_tally(communes, floor),
        by=by,
        groups=_groups(communes, by, floor) if by else [],
        floor=floor,
        distribution=sorted(distribution.items(), reverse=True),
        under_floor=sorted(
            (c for c in communes if c.met < floor), key=lambda c: (c.met, fold(c.commune))
        ),
        most_missed=sorted(missed.items(), key=lambda kv: (-kv[1], _id_key(kv[0]))),
        closest=_closest(short, closest),
    )


def _closest(short: list[CommuneSummary], count: int) -> list[CommuneSummary]:
    """The `count` communes fewest criteria short, more criteria met first, then by name."""
    if count <= 0:
        return []
    if len(short) > count:  # fold only the names that can make the list (10,000 cost 28 ms)
        cutoff = heapq.nsmallest(count, map(_shortfall_key, short))[-1]
        short = [c for c in short if _shortfall_key(c) <= cutoff]
    return sorted(short, key=lambda c: (*_shortfall_key(c), fold(c.commune)))[:count]


def _shortfall_key(commune: CommuneSummary) -> tuple[int, int]:
    """Fewest criteria short first, then most criteria met."""
    return commune.not_met, -commune.met


@dataclass(frozen=True, slots=True)
class SetLine:
    """A criteria set as a report's heading names it: id, title, decision number and date."""

    set_id: str
    title: Text
    decision: str
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class BatchReport:
    """A scored batch: roll-up figures, per-commune summaries, errors, criterion names."""

    rollup: Rollup
    communes: list[CommuneSummary]
    errors: list[ErrorRecord]
    names: dict[str, Text]  # criterion id -> name (from the sets the communes used)
    sets: dict[str, SetLine] = field(default_factory=dict)  # the sets used, by id
    record: RunRecord | None = None  # what the batch was made from (JSON and printed reports)
