"""District roll-up (QĐ 320): shares of communes that meet a commune set, never averages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ntm_cli.model.results import CommuneResult, Notice
from ntm_cli.model.sets import Count, CriteriaSet
from ntm_cli.scoring.engine import SetLookup

Verdict = Literal["met", "not_met", "undecided"]


def _lineage(set_id: str, sets: SetLookup) -> list[str]:
    """The set and the sets it extends, nearest first."""
    chain = [set_id]
    current = sets.get(set_id)
    while current is not None and current.extends and current.extends not in chain:
        chain.append(current.extends)
        current = sets.get(current.extends)
    return chain


def verdict(result: CommuneResult, target: str, sets: SetLookup) -> Verdict:
    """Whether a commune meets `target` (its own set or a ladder tier, or a set extending it)."""
    steps = [(s.set_id, s.result) for s in result.ladder] or [(result.set_id, result)]
    for set_id, scored in steps:
        if target in _lineage(set_id, sets):
            if scored.meets_set:
                return "met"
            return "not_met" if scored.ids_with("unmet") else "undecided"
    return "undecided"


def tally(communes: Sequence[CommuneResult], target: str, sets: SetLookup) -> tuple[int, int, int]:
    """How many communes meet `target`, do not, and cannot be decided from the data."""
    verdicts = [verdict(r, target, sets) for r in communes]
    return verdicts.count("met"), verdicts.count("not_met"), verdicts.count("undecided")


@dataclass(frozen=True, slots=True)
class Share:
    """How many communes meet a set: met, not met, and not decidable from the data."""

    indicator: str
    target: str
    met: int
    not_met: int
    undecided: int

    @property
    def total(self) -> int:
        """Number of communes counted."""
        return self.met + self.not_met + self.undecided


def shares(
    district_set: CriteriaSet, communes: Sequence[CommuneResult], sets: SetLookup
) -> list[Share]:
    """For each share_meeting_set indicator, the communes' verdicts for its set."""
    found = []
    for indicator in district_set.indicators().values():
        if indicator.kind != "share_meeting_set" or indicator.target_set is None:
            continue
        found.append(
            Share(indicator.id, indicator.target_set, *tally(communes, indicator.target_set, sets))
        )
    return found


def rolled_up_values(
    district_set: CriteriaSet,
    found: Sequence[Share],
    region: str | None,
    group: int | None,
    year: int,
) -> tuple[dict[str, Count], list[Notice]]:
    """Indicator values (met communes / all communes) that decide each share threshold.

    Undecided communes could go either way: when they could change the outcome, no value is
    given (the indicator stays missing) and a notice says how many communes are undecided.
    """
    values: dict[str, Count] = {}
    notices: list[Notice] = []
    indicators = district_set.indicators()
    for share in found:
        if share.total == 0:
            notices.append(Notice("district_no_communes", {"indicator": share.indicator}))
            continue
        rule = indicators[share.indicator].threshold_for(region, group, year)
        required = rule.value if rule is not None else None
        low = share.met / share.total * 100
        high = (share.met + share.undecided) / share.total * 100
        if share.undecided and isinstance(required, float) and low < required <= high:
            notices.append(
                Notice(
                    "district_undecided",
                    {
                        "indicator": share.indicator,
                        "set": share.target,
                        "count": str(share.undecided),
                    },
                )
            )
            continue
        values[share.indicator] = Count(achieved=share.met, total=share.total)
    return values, notices
