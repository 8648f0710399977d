"""`ntm diff` as a service: score both assessments and compare them where their sets allow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import InputError
from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import CriteriaSet
from ntm_cli.run.communes import score_paths
from ntm_cli.scoring.compare import DiffReport, Lineage, diff


@dataclass(frozen=True, slots=True)
class DiffOutcome:
    """The comparison, or the input errors that stopped it."""

    report: DiffReport | None
    errors: list[InputError]


def lineage(registry: Registry, results: Iterable[CommuneResult]) -> Lineage:
    """The sets these results were scored with, their parents and the sets they continue."""
    sets: dict[str, CriteriaSet] = {}
    pending = sorted({r.set_id for r in results})
    while pending:
        set_id = pending.pop()
        if set_id in sets:
            continue
        sets[set_id] = found = registry.get(set_id)
        pending.extend(
            other
            for other in (found.extends, found.continues.set_id if found.continues else None)
            if other is not None
        )
    return Lineage(sets)


def diff_paths(old: str, new: str, registry: Registry, set_id: str | None) -> DiffOutcome:
    """Score each side like `ntm batch` inputs and compare the communes they share."""
    before = score_paths([old], registry, set_id)
    after = score_paths([new], registry, set_id)
    errors = [*before.errors, *after.errors]
    if errors:
        return DiffOutcome(None, errors)
    known = lineage(registry, [*before.results, *after.results])
    return DiffOutcome(diff(before.results, after.results, known), [])
