"""Batch JSON: {summary, groups, communes (evaluate objects), errors}."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from ntm_cli.model.results import CommuneResult
from ntm_cli.report.batch.common import decimal_number
from ntm_cli.report.common import notices
from ntm_cli.report.json_view import commune_dict
from ntm_cli.report.messages import key_of, say
from ntm_cli.scoring.rollup import BatchReport, SetRollup


def summary_dict(report: BatchReport, lang: str) -> dict[str, Any]:
    """The headline figures and the lists behind them, per (criteria set, year).

    With more than one (set, year), `average_met`, `share_met`, `floor` and `under_floor`
    are null: a figure over x/19 and y/10 (or over two years) means nothing; `sets` has them.
    """
    rollup = report.rollup
    overall = rollup.overall
    data: dict[str, Any] = {
        "communes": overall.communes,
        "met": overall.met,
        "criteria_basically_met": overall.criteria_basically_met,
        "average_met": decimal_number(overall.average_met),
        "share_met": decimal_number(overall.share_met),
        "floor": rollup.floor,
        "under_floor": overall.under_floor,
        "errors": len(report.errors),
        "skipped_reports": list(report.skipped),
        "sets": [_set_dict(report, part) for part in rollup.sets],
        "bands": [
            {"criteria_set": part.key[0], "year": part.key[1], **_band(lo, hi, n)}
            for part in rollup.sets
            for lo, hi, n in part.bands
        ],
        "distribution": [
            {"criteria_set": part.key[0], "year": part.key[1], "criteria_met": k, "communes": n}
            for part in rollup.sets
            for k, n in part.distribution
        ],
        "most_missed": [
            {
                "criteria_set": part.key[0],
                "year": part.key[1],
                "id": cid,
                "name": _name(report, part.key[0], cid, lang),
                "communes": count,
            }
            for part in rollup.sets
            for cid, count in part.most_missed
        ],
        "under_floor_communes": [_brief(c) for c in rollup.under_floor],
        "closest": [_brief(c) for c in rollup.closest],
    }
    if rollup.watch is not None:
        from ntm_cli.report.batch import watch_out

        data.update(watch_out.summary_entries(report, lang))
    return data


def _name(report: BatchReport, set_id: str, criterion_id: str, lang: str) -> str | None:
    name = report.names.get((set_id, criterion_id))
    return name.get(lang) if name else None


def _band(lo: int | None, hi: int | None, count: int) -> dict[str, Any]:
    return {"from": lo, "to": hi, "communes": count}


def _set_dict(report: BatchReport, part: SetRollup) -> dict[str, Any]:
    tally = part.tally
    return {
        "criteria_set": tally.set_id,
        "year": tally.year,
        "decision": report.decisions.get(tally.set_id or ""),
        "criteria": tally.criteria,
        "communes": tally.communes,
        "met": tally.met,
        "criteria_basically_met": tally.criteria_basically_met,
        "average_met": decimal_number(tally.average_met),
        "share_met": decimal_number(tally.share_met),
        "floor": tally.floor,
        "under_floor": tally.under_floor,
        "bands": [_band(lo, hi, n) for lo, hi, n in part.bands],
    }


def _brief(commune: Any) -> dict[str, Any]:
    return {
        "commune": commune.commune,
        "district": commune.district,
        "province": commune.province,
        "year": commune.year,
        "criteria_set": commune.set_id,
        "met": commune.met,
        "basically_met": commune.basically_met,
        "total": commune.total,
        "not_met": [cid for cid, s in commune.statuses if s not in ("met", "not_applicable")],
    }


def groups_list(report: BatchReport) -> list[dict[str, Any]]:
    """One object per district or province and (criteria set, year)."""
    groups = []
    for tally in report.rollup.groups:
        entry: dict[str, Any] = {}
        if report.rollup.by == "group":
            entry["group"] = tally.group
        else:
            if report.rollup.by == "district":
                entry["district"] = tally.district
            entry["province"] = tally.province
        entry.update(
            criteria_set=tally.set_id,
            year=tally.year,
            communes=tally.communes,
            met=tally.met,
            average_met=decimal_number(tally.average_met),
            share_met=decimal_number(tally.share_met),
            floor=tally.floor,
            under_floor=tally.under_floor,
        )
        groups.append(entry)
    return groups


def commune_json(result: CommuneResult, lang: str, watch: float | None = None) -> bytes:
    """One commune's object as UTF-8, compact on one line (the evaluate object)."""
    import orjson  # 10x json.dumps here: serialising was the largest cost of a JSON batch

    return orjson.dumps(commune_dict(result, lang, notices(result, lang), watch=watch))


def write(stream: IO[bytes], report: BatchReport, communes: Iterable[bytes], lang: str) -> None:
    """Write the UTF-8 document; `communes` are the objects from commune_json, in input order.

    Communes are written one per line (compact) so 10,000 of them stay a manageable
    file; the rest is indented.
    """

    def dumps(value: Any) -> bytes:
        text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        return text.encode("utf-8")

    stream.write(b'{\n  "summary": ' + dumps(summary_dict(report, lang)) + b",\n")
    stream.write(b'  "groups": ' + dumps(groups_list(report)) + b",\n")
    stream.write(b'  "communes": [')
    written = 0
    for text in communes:  # one at a time: 10,000 are ~100 MB together
        stream.write((b",\n    " if written else b"\n    ") + text)
        written += 1
    stream.write(b"\n  ],\n" if written else b"],\n")
    errors = [{"file": e.file, "line": e.line, "column": e.column_letter or e.column,
               "message": say(e.message, lang), "key": key_of(e.message), "kind": e.kind,
               **({"other": e.other} if e.other is not None else {})}
              for e in report.errors]  # fmt: skip
    stream.write(b'  "errors": ' + dumps(errors))
    if report.record is not None:
        stream.write(b',\n  "record": ' + dumps(report.record.as_dict()))
    stream.write(b"\n}\n")
