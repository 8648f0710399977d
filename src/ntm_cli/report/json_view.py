"""The JSON view of result records: the contract scripts depend on (see README)."""

from __future__ import annotations

from typing import Any

from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult, IndicatorResult


def plain_number(value: float | bool | None) -> float | int | bool | None:
    """A float that is a whole number as an int (JSON shows 40, not 40.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def indicator_dict(result: IndicatorResult, lang: str) -> dict[str, Any]:
    """JSON view of an indicator result."""
    need = result.requirement
    data: dict[str, Any] = {
        "id": need.id,
        "name": need.name.get(lang),
        "status": result.status,
        "value": plain_number(result.value),
        "required": plain_number(need.required),
        "operator": None if need.kind in ("qualitative", "meets_set") else need.operator,
        "gap": plain_number(result.gap),
    }
    if result.achieved is not None:
        data["achieved"] = plain_number(result.achieved)
        data["total"] = plain_number(result.total)
        data["units_needed"] = result.units_needed
    if need.unit is not None:
        data["unit"] = need.unit.get(lang)
    data["source"] = need.source
    if need.note:
        data["note"] = need.note.get(lang)
    if result.combined:  # summed from a merged commune's former communes
        data["combined"] = True
    if need.candidates:
        data["candidates"] = [
            {
                "value": plain_number(c.value),
                "source": c.source,
                "note": c.note.get(lang) if c.note else None,
            }
            for c in need.candidates
        ]
    if need.boundary_disputed:
        data["boundary_disputed"] = need.boundary_disputed
    if need.no_regional_split:
        data["no_regional_split"] = True
    return data


def ladder_dict(result: CommuneResult, lang: str) -> dict[str, Any]:
    """JSON keys added by --ladder: each tier's status, the tier reached, what the next lacks."""
    data: dict[str, Any] = {
        "ladder": [
            {
                "tier": s.tier,
                "set": s.set_id,
                "status": s.status,
                "met": s.result.met,
                "total": s.result.total,
            }
            for s in result.ladder
        ],
        "tier_reached": result.tier_reached,
    }
    step = result.next_step
    data["next_tier"] = (
        None
        if step is None
        else {
            "tier": step.tier,
            "set": step.set_id,
            "missing": [
                {
                    "id": c.id,
                    "name": c.name.get(lang),
                    "status": c.status,
                    "indicators": [
                        indicator_dict(i, lang)
                        for i in c.indicators
                        if i.status not in ("met", "not_applicable")
                    ],
                }
                for c in step.result.criteria
                if c.status not in ("met", "not_applicable")
            ],
        }
    )
    return data


def commune_dict(
    result: CommuneResult,
    lang: str,
    notices: list[str],
    record: RunRecord | None = None,
    watch: float | None = None,
) -> dict[str, Any]:
    """JSON view of a commune result: the contract scripts depend on.

    With `watch` (a margin in percent of the threshold), met indicators near their threshold
    get "near_threshold": true and the commune lists their ids in "near_threshold".
    """
    met, total = result.met, result.total  # each a pass over the criteria: computed once
    data: dict[str, Any] = {
        "commune": result.commune,
        "code": result.code,
        "district": result.district,
        "province": result.province,
        "year": result.year,
        "region": result.region_applied,
        "group": result.group,
        "khu_vuc": result.khu_vuc,
        "group_basis": result.group_basis,
        "criteria_set": result.set_id,
        "decision": result.decision,
        "set_chosen_by": result.set_chosen_by,
        "met": met,
        "basically_met": result.basically_met,
        "total": total,
        "status": "met" if met == total else "not_met",  # CommuneResult.meets_set
        "unmet": result.ids_with("unmet"),
        "missing": result.ids_with("missing"),
        "undetermined": result.ids_with("undetermined"),
        "criteria": [
            {
                "id": c.id,
                "name": c.name.get(lang),
                "status": c.status,
                "basis": c.basis,
                "indicators_complete": c.indicators_complete,
                "indicators": [indicator_dict(i, lang) for i in c.indicators],
            }
            for c in result.criteria
        ],
        "warnings": notices,
    }
    if result.formed_from:  # a merged commune and the former communes it was scored from
        data["formed_from"] = [{"commune": p.commune, "file": p.file} for p in result.formed_from]
        data["merged_on"] = result.merged_on.isoformat() if result.merged_on else None
    if result.ladder:
        data.update(ladder_dict(result, lang))
    if watch is not None:
        from ntm_cli.scoring.watch import near_indicators

        near = [i.id for i in near_indicators(result, watch)]
        for criterion in data["criteria"]:
            for indicator in criterion["indicators"]:
                if indicator["id"] in near:
                    indicator["near_threshold"] = True
        data["near_threshold"] = near
    if record is not None:
        data["record"] = record.as_dict()
    return data
