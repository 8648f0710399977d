"""Batch roll-ups: the figures coordination offices report, overall and per district/province.

Pure: compact commune summaries in, plain records out. Averages are rounded half up to one
decimal with Decimal (16.05 -> 16.1), the way the reports round, not banker's rounding.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from ntm_cli.model.errors import ErrorRecord
from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text
from ntm_cli.model.text import fold
from ntm_cli.scoring.watch import is_near

GroupBy = Literal["district", "province", "group"]  # group: commune group 1/2/3 (QĐ 51)
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
    code: str | None = None  # the administrative unit code, when given
    place: str = ""  # "file:line" of the commune's record, for messages naming it
    # Warnings about its input (the declared status disagrees with the data, ...): each a
    # catalogue key and its fields, translated by the report layer in every format.
    notices: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    # --watch: (criterion id, indicator id) of each met indicator near its threshold
    near: tuple[tuple[str, str], ...] = ()

    @property
    def meets_set(self) -> bool:
        """True when every applicable criterion is met."""
        return self.met == self.total

    def __reduce__(self) -> tuple[type[CommuneSummary], tuple[object, ...]]:
        # Workers send thousands of these: rebuilding from a tuple is ~5x cheaper than the
        # generated __setstate__ of a frozen slots dataclass (it calls fields() each time).
        return CommuneSummary, (
            self.commune, self.district, self.province, self.year, self.set_id,
            self.met, self.total, self.statuses, self.source, self.group, self.code, self.place,
            self.notices, self.near,
        )  # fmt: skip

    @property
    def not_met(self) -> int:
        """Applicable criteria not met (unmet, missing data or undetermined)."""
        return self.total - self.met

    @property
    def basically_met(self) -> int:
        """Criteria declared cơ bản đạt (counted apart, never as met)."""
        return sum(status == "basically_met" for _, status in self.statuses)


def summarise(
    result: CommuneResult, source: str, place: str = "", watch: float | None = None
) -> CommuneSummary:
    """The compact summary of a commune result (with `watch`, its indicators near threshold)."""
    statuses = tuple([(c.id, c.status) for c in result.criteria])
    notices = tuple((n.key, tuple(n.args.items())) for n in result.notices)
    near: tuple[tuple[str, str], ...] = ()
    if watch is not None:
        near = tuple((c.id, i.id) for c in result.criteria for i in c.indicators
                     if is_near(i, watch))  # fmt: skip
    # positional, in field order: one summary per commune of a batch
    return CommuneSummary(
        result.commune, result.district, result.province, result.year, result.set_id,
        result.met, result.total, statuses, source, result.group, result.code, place, notices,
        near,
    )  # fmt: skip


def _identity_name(name: str | None) -> str:
    """'Xã An Phú', 'xa an phu' and 'AN PHÚ' name the same commune; so do 'Huyện X' and 'X'."""
    folded = fold(name or "").strip()
    for prefix in ("xa ", "huyen ", "thi xa ", "thanh pho ", "tinh "):
        if folded.startswith(prefix):
            return folded[len(prefix) :].strip()
    return folded


def duplicates(communes: Sequence[CommuneSummary]) -> list[tuple[int, int]]:
    """(index, index of its first occurrence) for every commune given again in the batch.

    A commune is identified by its name, province and year, and its district where given;
    two records with the same administrative `code` and year are the same commune whatever
    their names, and two different codes are two communes.
    """
    by_code: dict[tuple[str, int], int] = {}
    by_name: dict[tuple[str, str, str, int], int] = {}
    places: dict[str | None, str] = {}  # a province's 100 communes: its name folded once
    found = []
    for index, c in enumerate(communes):
        code = (c.code or "").strip()
        first = by_code.get((code, c.year)) if code else None
        for place in (c.province, c.district):
            if place not in places:
                places[place] = _identity_name(place)
        name_key = (_identity_name(c.commune), places[c.province], places[c.district], c.year)
        if first is None:
            candidate = by_name.get(name_key)
            other = (communes[candidate].code or "").strip() if candidate is not None else ""
            if candidate is not None and not (code and other and code != other):
                first = candidate
        if first is not None:
            found.append((index, first))
            continue
        if code:
            by_code[(code, c.year)] = index
        by_name.setdefault(name_key, index)
    return found


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
    """Counts for one (criteria set, year), or one district/province of it, or the batch.

    The batch-wide tally spans several (set, year) pairs when the batch does: its average
    and share would mix x/19 with y/10, or one year with another, so they are None then.
    """

    district: str | None
    province: str | None
    communes: int
    met: int
    criteria_met: int
    under_floor: int | None  # None: no floor for this set (or several sets)
    criteria_basically_met: int = 0  # declared cơ bản đạt, summed over the communes
    group: int | None = None  # the commune group, when the roll-up is --by group
    set_id: str | None = None  # None only for a batch-wide tally over several sets
    year: int | None = None
    floor: int | None = None
    criteria: int = 0  # criteria the set applies (most of any commune), e.g. 19
    mixed: bool = False  # spans several (set, year) pairs

    @property
    def average_met(self) -> Decimal | None:
        """Average criteria met per commune (one decimal); None across several sets/years."""
        return None if self.mixed else average(self.criteria_met, self.communes)

    @property
    def share_met(self) -> Decimal | None:
        """Share of communes meeting their set, in percent; None across several sets/years."""
        return None if self.mixed else percent(self.met, self.communes)


@dataclass(frozen=True)
class SetRollup:
    """Every figure of one (criteria set, year): criteria are counted within one set only."""

    tally: Tally
    distribution: list[tuple[int, int]]  # (criteria met, communes), most criteria first
    most_missed: list[tuple[str, int]]  # (criterion id of this set, communes missing it)
    under_floor: list[CommuneSummary]  # fewest criteria first; empty when no floor
    # --bands 10,5: (lowest, highest, communes) for "10 or more", "5–9", "under 5"; a None
    # bound is open. Empty without --bands.
    bands: list[tuple[int | None, int | None, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        """(set id, year)."""
        return self.tally.set_id or "", self.tally.year or 0


@dataclass(frozen=True)
class Rollup:
    """Every figure of a batch report, per (criteria set, year) and overall."""

    overall: Tally
    by: GroupBy | None
    groups: list[Tally]  # per district/province and (set, year)
    sets: list[SetRollup]  # per (set, year), by year then set id
    closest: list[CommuneSummary]  # communes not meeting their set, fewest criteria short
    watch: float | None = None  # --watch margin (percent of the threshold), None when off
    # ((set id, criterion id), communes with an indicator of it met near its threshold),
    # most first: criterion numbers mean one criterion only within one set
    at_risk: list[tuple[tuple[str, str], int]] = field(default_factory=list)

    @property
    def single(self) -> SetRollup | None:
        """The one (set, year) of the batch, or None when there are several (or none)."""
        return self.sets[0] if len(self.sets) == 1 else None

    @property
    def floor(self) -> int | None:
        """The floor when the batch has one (set, year) and that set has a floor."""
        return self.sets[0].tally.floor if len(self.sets) == 1 else None

    @property
    def under_floor(self) -> list[CommuneSummary]:
        """Communes under their own set's floor, every set together, fewest criteria first."""
        return sorted(
            (c for part in self.sets for c in part.under_floor),
            key=lambda c: (c.met, fold(c.commune)),
        )


Floors = Mapping[str, int | None]


def _tally(communes: Sequence[CommuneSummary], floors: Floors, district: str | None = None,
           province: str | None = None, group: int | None = None) -> Tally:  # fmt: skip
    keys = {(c.set_id, c.year) for c in communes}
    set_id, year = next(iter(keys)) if len(keys) == 1 else (None, None)
    floor = floors.get(set_id) if set_id is not None else None
    return Tally(
        group=group,
        district=district,
        province=province,
        communes=len(communes),
        met=sum(c.meets_set for c in communes),
        criteria_met=sum(c.met for c in communes),
        under_floor=None if floor is None else sum(c.met < floor for c in communes),
        criteria_basically_met=sum(c.basically_met for c in communes),
        set_id=set_id,
        year=year,
        floor=floor,
        criteria=max((c.total for c in communes), default=0),
        mixed=len(keys) > 1,
    )


def _name_key(name: str | None) -> tuple[bool, str]:
    return (name is None, fold(name or ""))


def _by_set(communes: Sequence[CommuneSummary]) -> dict[tuple[str, int], list[CommuneSummary]]:
    """Communes per (set id, year), by year then set id."""
    buckets: dict[tuple[str, int], list[CommuneSummary]] = {}
    for commune in communes:
        buckets.setdefault((commune.set_id, commune.year), []).append(commune)
    return {k: buckets[k] for k in sorted(buckets, key=lambda k: (k[1], k[0]))}


def _groups(communes: Sequence[CommuneSummary], by: GroupBy, floors: Floors) -> list[Tally]:
    if by == "group":  # commune groups 1, 2, 3, per (year, set); no group given last
        by_group: dict[tuple[int | None, int, str], list[CommuneSummary]] = {}
        for commune in communes:
            by_group.setdefault((commune.group, commune.year, commune.set_id), []).append(commune)
        order = sorted(by_group, key=lambda g: (g[0] is None, g[0] or 0, g[1], g[2]))
        return [_tally(by_group[g], floors, group=g[0]) for g in order]
    buckets: dict[tuple[str | None, str | None, int, str], list[CommuneSummary]] = {}
    for commune in communes:
        district = commune.district if by == "district" else None
        key = (commune.province, district, commune.year, commune.set_id)
        buckets.setdefault(key, []).append(commune)
    ordered = sorted(buckets, key=lambda k: (_name_key(k[0]), _name_key(k[1]), k[2], k[3]))
    return [_tally(buckets[k], floors, district=k[1], province=k[0]) for k in ordered]


def _id_key(criterion_id: str) -> tuple[int, str]:
    head = criterion_id.split(".")[0]
    return (int(head) if head.isdigit() else 10**6, criterion_id)


def band_counts(
    communes: Sequence[CommuneSummary], cuts: Sequence[int]
) -> list[tuple[int | None, int | None, int]]:
    """Communes per band of criteria met: cuts (10, 5) give 10 or more, 5–9, under 5."""
    edges = sorted(set(cuts), reverse=True)
    bands: list[tuple[int | None, int | None, int]] = []
    upper: int | None = None
    for edge in edges:
        count = sum(edge <= c.met and (upper is None or c.met < upper) for c in communes)
        bands.append((edge, None if upper is None else upper - 1, count))
        upper = edge
    if edges:
        bands.append((None, edges[-1] - 1, sum(c.met < edges[-1] for c in communes)))
    return bands


def _set_rollup(
    communes: Sequence[CommuneSummary], floors: Floors, cuts: Sequence[int] = ()
) -> SetRollup:
    tally = _tally(communes, floors)
    missed: Counter[str] = Counter()
    for commune in communes:
        missed.update(cid for cid, status in commune.statuses if status in MISSED)
    floor = tally.floor
    under = [] if floor is None else [c for c in communes if c.met < floor]
    return SetRollup(
        tally=tally,
        distribution=sorted(Counter(c.met for c in communes).items(), reverse=True),
        most_missed=sorted(missed.items(), key=lambda kv: (-kv[1], _id_key(kv[0]))),
        under_floor=sorted(under, key=lambda c: (c.met, fold(c.commune))),
        bands=band_counts(communes, cuts),
    )


def roll_up(
    communes: Sequence[CommuneSummary],
    *,
    by: GroupBy | None = None,
    floor: int | None = None,
    floors: Floors | None = None,
    closest: int = CLOSEST_COUNT,
    watch: float | None = None,
    bands: Sequence[int] = (),
) -> Rollup:
    """All batch figures, per (set, year); not-applicable criteria are not counted as missed.

    `floors` gives each set's floor (None: the set has none); `floor` applies to every set
    (the --floor option) and wins.
    """
    ids = {c.set_id for c in communes}
    chosen: dict[str, int | None] = (
        {i: floor for i in ids} if floor is not None else dict(floors or {})
    )
    at_risk: Counter[tuple[str, str]] = Counter()
    for commune in communes:  # a commune counts once per criterion
        at_risk.update({(commune.set_id, cid) for cid, _ in commune.near})
    short = [c for c in communes if not c.meets_set]
    return Rollup(
        overall=_tally(communes, chosen),
        by=by,
        groups=_groups(communes, by, chosen) if by else [],
        sets=[_set_rollup(part, chosen, bands) for part in _by_set(communes).values()],
        closest=_closest(short, closest),
        watch=watch,
        at_risk=sorted(at_risk.items(), key=lambda kv: (-kv[1], kv[0][0], _id_key(kv[0][1]))),
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
    names: dict[tuple[str, str], Text]  # (set id, criterion id) -> name
    sets: dict[str, SetLine] = field(default_factory=dict)  # the sets used, by id
    record: RunRecord | None = None  # what the batch was made from (JSON and printed reports)
    skipped: list[str] = field(default_factory=list)  # ntm's own reports among the inputs

    @property
    def decisions(self) -> dict[str, str]:
        """Set id -> decision number ("318/QĐ-TTg"), for the sets the communes used."""
        return {set_id: line.decision for set_id, line in self.sets.items()}
