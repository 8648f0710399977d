"""The tier ladder (xã NTM -> nâng cao -> kiểu mẫu): one commune scored against each tier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ntm_cli.model.results import CommuneResult, TierStep
from ntm_cli.model.sets import Commune, CriteriaSet
from ntm_cli.scoring.engine import SetLookup, data_for, evaluate


def climb(
    base: CommuneResult, tiers: Sequence[CriteriaSet], commune: Commune, sets: SetLookup
) -> CommuneResult:
    """`base` (the commune's own set, first tier) with the ladder of the higher tiers added.

    A higher tier is scored from the commune's values for that set (`other_sets`); with
    none, its criteria are missing data and the tier is not reached.
    """
    steps = [TierStep(tiers[0].tier, base.set_id, base.decision, base)]
    for criteria_set in tiers[1:]:
        result = evaluate(criteria_set, data_for(commune, criteria_set.id), sets)
        steps.append(TierStep(criteria_set.tier, criteria_set.id, result.decision, result))
    return replace(base, ladder=tuple(steps))
