"""The figures of a whole province's diff: how many communes gained, lost, stayed (pure)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.text import fold
from ntm_cli.scoring.compare import CommuneDiff, DiffReport

DiffBy = Literal["province", "district", "group"]


@dataclass(frozen=True, slots=True)
class DiffTally:
    """Counts of one diff, overall or for one province, district or commune group."""

    name: str | None  # the province, district or "1"/"2"/"3"; None overall or not given
    compared: int  # communes found in both assessments
    gained: int  # with at least one criterion newly met
    lost: int  # with at least one criterion no longer met (sụt giảm)
    lost_recognition: int  # met their set before, not now
    unchanged: int  # compared within one set and nothing changed
    not_comparable: int  # assessed under two sets that cannot be compared criterion by criterion
    only_old: int
    only_new: int


def changed(pair: CommuneDiff) -> bool:
    """Whether a pair has anything to show (--changed-only keeps these)."""
    return not pair.comparable or bool(pair.changes)


def _tally(
    name: str | None,
    pairs: Sequence[CommuneDiff],
    only_old: Sequence[CommuneResult],
    only_new: Sequence[CommuneResult],
) -> DiffTally:
    comparable = [p for p in pairs if p.comparable]
    return DiffTally(
        name=name,
        compared=len(pairs),
        gained=sum(bool(p.having("criterion", "gained")) for p in comparable),
        lost=sum(bool(p.having("criterion", "lost")) for p in comparable),
        lost_recognition=sum(p.old.meets_set and not p.new.meets_set for p in comparable),
        unchanged=sum(not p.changes for p in comparable),
        not_comparable=len(pairs) - len(comparable),
        only_old=len(only_old),
        only_new=len(only_new),
    )


def _key(by: DiffBy) -> Callable[[CommuneResult], str | None]:
    if by == "group":
        return lambda r: None if r.group is None else str(r.group)
    if by == "district":
        return lambda r: r.district
    return lambda r: r.province


def summarise_diff(
    report: DiffReport, by: DiffBy | None = None
) -> tuple[DiffTally, list[DiffTally]]:
    """The overall counts, and with `by` one tally per province, district or group."""
    overall = _tally(None, report.pairs, report.only_old, report.only_new)
    if by is None:
        return overall, []
    key = _key(by)
    names = {key(p.new) for p in report.pairs} | {key(r) for r in report.only_old}
    names |= {key(r) for r in report.only_new}
    ordered = sorted(names, key=lambda n: (n is None, fold(n or "")))
    groups = [
        _tally(
            name,
            [p for p in report.pairs if key(p.new) == name],
            [r for r in report.only_old if key(r) == name],
            [r for r in report.only_new if key(r) == name],
        )
        for name in ordered
    ]
    return overall, groups
