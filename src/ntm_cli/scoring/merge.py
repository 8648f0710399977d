"""A merged commune from its former communes: counts are summed, nothing else is combined.

After the 2025 reorganisation a commune may be assessed from the data of the communes it was
formed from. Only indicators given as counts (achieved/total) in every former commune can be
combined, by summing both; a percentage without its total, a qualitative value, a declared
status or a value some former commune lacks cannot, and the new commune's own figure is
needed ("cần số liệu của xã mới"). Nothing is averaged or guessed. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ntm_cli.model.results import CommuneResult, FormerPart, Notice
from ntm_cli.model.sets import Commune, Count, CriteriaSet, FormerCommune

# Why a former communes' value was not combined, in the order they are reported.
REASONS = ("no_total", "qualitative", "not_everywhere", "not_in_set")


@dataclass(frozen=True)
class Merge:
    """The merged commune's data and what was (and was not) combined."""

    commune: Commune
    parts: tuple[FormerPart, ...]
    combined: tuple[str, ...]
    not_combined: dict[str, list[str]]  # reason -> indicator ids
    declared: tuple[str, ...]  # criterion ids declared by former communes only


def _reason(values: Sequence[object], kind: str | None) -> str | None:
    """Why these values cannot be summed, or None when they can."""
    if kind is None:
        return "not_in_set"
    if any(v is None for v in values):
        return "not_everywhere"
    if kind == "percent" and all(isinstance(v, Count) for v in values):
        return None
    if any(isinstance(v, bool) for v in values) or kind in ("qualitative", "meets_set"):
        return "qualitative"
    return "no_total"


def combine(commune: Commune, parts: Sequence[FormerCommune], criteria_set: CriteriaSet) -> Merge:
    """The commune with each count indicator its file lacks summed from the former communes."""
    known = criteria_set.indicators()
    order = {key: i for i, key in enumerate(known)}
    ids = sorted(
        {key for part in parts for key in part.indicators} - set(commune.indicators),
        key=lambda key: (order.get(key, len(order)), key),
    )
    values = dict(commune.indicators)
    combined: list[str] = []
    not_combined: dict[str, list[str]] = {}
    for key in ids:
        found = [part.indicators.get(key) for part in parts]
        indicator = known.get(key)
        reason = _reason(found, indicator.kind if indicator else None)
        if reason is not None:
            not_combined.setdefault(reason, []).append(key)
            continue
        counts = [v for v in found if isinstance(v, Count)]
        values[key] = Count(
            achieved=sum(c.achieved for c in counts), total=sum(c.total for c in counts)
        )
        combined.append(key)
    declared = sorted(
        {key for part in parts for key in part.criteria} - set(commune.criteria),
        key=lambda key: (criteria_set.criterion_ids().index(key)
                         if key in criteria_set.criterion_ids() else 10**6, key),
    )  # fmt: skip
    return Merge(
        commune=commune.model_copy(update={"indicators": values}),
        parts=tuple(FormerPart(p.commune or "?", p.file) for p in parts),
        combined=tuple(combined),
        not_combined=not_combined,
        declared=tuple(declared),
    )


def mark(result: CommuneResult, merge: Merge, merged_on: dt.date) -> CommuneResult:
    """The result with its combined indicators flagged and notices saying what was combined."""
    combined = set(merge.combined)
    criteria = tuple(
        replace(
            c,
            indicators=tuple(
                replace(i, combined=True) if i.id in combined else i for i in c.indicators
            ),
        )
        if any(i.id in combined for i in c.indicators)
        else c
        for c in result.criteria
    )
    names = ", ".join(p.commune for p in merge.parts)
    date = f"{merged_on.day:02d}/{merged_on.month:02d}/{merged_on.year}"
    notices = [Notice("merged_from", {"communes": names, "date": date})]
    if merge.combined:
        notices.append(Notice("merged_combined", {"ids": ", ".join(merge.combined)}))
    for reason in REASONS:
        if merge.not_combined.get(reason):
            ids = ", ".join(merge.not_combined[reason])
            notices.append(Notice(f"merged_{reason}", {"ids": ids}))
    if merge.declared:
        notices.append(Notice("merged_declared", {"ids": ", ".join(merge.declared)}))
    return replace(
        result,
        criteria=criteria,
        notices=(*result.notices, *notices),
        formed_from=merge.parts,
        merged_on=merged_on,
    )
