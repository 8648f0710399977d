"""Province roll-up (QĐ 51/2025 Phụ lục III): programme targets beside the completion result."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import CriteriaSet, ProgrammeTarget
from ntm_cli.scoring.district import tally
from ntm_cli.scoring.engine import SetLookup
from ntm_cli.scoring.rollup import percent


@dataclass(frozen=True, slots=True)
class TargetProgress:
    """How far the province's communes are from a programme target (e.g. 65% NTM by 2030)."""

    target: ProgrammeTarget
    met: int
    not_met: int
    undecided: int

    @property
    def total(self) -> int:
        """Communes counted."""
        return self.met + self.not_met + self.undecided

    @property
    def share_met(self) -> Decimal | None:
        """Share of communes meeting the target's set now, in percent (one decimal)."""
        return percent(self.met, self.total)

    @property
    def share_needed(self) -> Decimal | None:
        """Percentage points still needed to reach the target share (0 when reached)."""
        share = self.share_met
        if share is None:
            return None
        return max(Decimal(str(self.target.share)) - share, Decimal(0))

    @property
    def communes_needed(self) -> int | None:
        """Communes that still have to meet the set for the target share (0 when reached)."""
        if not self.total:
            return None
        wanted = math.ceil(self.target.share * self.total / 100 - 1e-9)
        return max(wanted - self.met, 0)


def progress(
    province_set: CriteriaSet, communes: Sequence[CommuneResult], sets: SetLookup
) -> list[TargetProgress]:
    """Each programme target of the set, measured on the communes' verdicts (never averaged)."""
    return [
        TargetProgress(target, *tally(communes, target.target_set, sets))
        for target in province_set.targets
    ]
