"""Figures a report states about several communes (pure): met, average, misses, floor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text


@dataclass(frozen=True, slots=True)
class Missed:
    """A criterion and the number of communes that do not meet it."""

    criterion_id: str
    name: Text
    communes: int


@dataclass(frozen=True, slots=True)
class Figures:
    """The headline figures of a group of communes."""

    communes: int
    met: int
    criteria_met: int
    missed: tuple[Missed, ...]

    @property
    def average_met(self) -> float:
        """Criteria met per commune, rounded to one decimal as the reports print it."""
        return round(self.criteria_met / self.communes, 1) if self.communes else 0.0


def most_missed(results: Sequence[CommuneResult]) -> tuple[Missed, ...]:
    """Criteria by how many communes do not meet them, most first.

    Only "unmet" counts: a criterion with missing data or an unknown threshold is not
    reported as missed (the reports would otherwise state a failure nobody measured).
    """
    counts: dict[str, int] = {}
    names: dict[str, Text] = {}
    order: dict[str, int] = {}
    for result in results:
        for position, criterion in enumerate(result.criteria):
            order.setdefault(criterion.id, position)
            names.setdefault(criterion.id, criterion.name)
            if criterion.status == "unmet":
                counts[criterion.id] = counts.get(criterion.id, 0) + 1
    ranked = sorted(counts, key=lambda cid: (-counts[cid], order[cid]))
    return tuple(Missed(cid, names[cid], counts[cid]) for cid in ranked)


def figures(results: Sequence[CommuneResult]) -> Figures:
    """Headline figures of these communes."""
    return Figures(
        communes=len(results),
        met=sum(r.meets_set for r in results),
        criteria_met=sum(r.met for r in results),
        missed=most_missed(results),
    )


def under_floor(results: Sequence[CommuneResult], floor: int) -> list[CommuneResult]:
    """Communes meeting fewer than `floor` criteria."""
    return [r for r in results if r.met < floor]
