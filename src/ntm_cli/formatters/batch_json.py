"""Batch JSON: {summary, groups, communes (evaluate objects), errors}, streamed to a file."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from typing import IO, Any

from ntm_cli.formatters.batch_common import BatchReport, decimal_number


def summary_dict(report: BatchReport, lang: str) -> dict[str, Any]:
    """The headline figures and the lists behind them."""
    rollup = report.rollup
    overall = rollup.overall
    return {
        "communes": overall.communes,
        "met": overall.met,
        "average_met": decimal_number(overall.average_met),
        "share_met": decimal_number(overall.share_met),
        "floor": rollup.floor,
        "under_floor": overall.under_floor,
        "errors": len(report.errors),
        "distribution": [{"criteria_met": k, "communes": n} for k, n in rollup.distribution],
        "most_missed": [
            {
                "id": cid,
                "name": report.names[cid].get(lang) if cid in report.names else None,
                "communes": count,
            }
            for cid, count in rollup.most_missed
        ],
        "under_floor_communes": [_brief(c) for c in rollup.under_floor],
        "closest": [_brief(c) for c in rollup.closest],
    }


def _brief(commune: Any) -> dict[str, Any]:
    return {
        "commune": commune.commune,
        "district": commune.district,
        "province": commune.province,
        "met": commune.met,
        "total": commune.total,
        "not_met": [cid for cid, s in commune.statuses if s not in ("met", "not_applicable")],
    }


def groups_list(report: BatchReport) -> list[dict[str, Any]]:
    """One object per district or province."""
    groups = []
    for tally in report.rollup.groups:
        entry: dict[str, Any] = {}
        if report.rollup.by == "district":
            entry["district"] = tally.district
        entry["province"] = tally.province
        entry.update(
            communes=tally.communes,
            met=tally.met,
            average_met=decimal_number(tally.average_met),
            share_met=decimal_number(tally.share_met),
            under_floor=tally.under_floor,
        )
        groups.append(entry)
    return groups


class CommuneSpool:
    """Per-commune JSON objects kept in a temporary file, already joined as the output needs.

    10,000 communes are ~100 MB of JSON: they never sit in memory, and writing the report
    copies the file in large blocks instead of line by line.
    """

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile("w+b")  # noqa: SIM115 (closed by close())
        self.count = 0

    def add(self, texts: Iterable[bytes]) -> None:
        """Append serialised commune objects (one compact line each), in input order."""
        texts = list(texts)
        if texts:
            # one write per chunk of communes, each object on its own line
            self.file.write((b",\n    " if self.count else b"\n    ") + b",\n    ".join(texts))
            self.count += len(texts)

    def copy_to(self, stream: IO[bytes]) -> None:
        """Write everything spooled so far to stream."""
        self.file.seek(0)
        shutil.copyfileobj(self.file, stream, 1 << 20)

    def close(self) -> None:
        """Delete the temporary file."""
        self.file.close()


def write(stream: IO[bytes], report: BatchReport, communes: CommuneSpool, lang: str) -> None:
    """Write the UTF-8 document with the spooled commune objects (each an evaluate object).

    Communes are written one per line (compact) so 10,000 of them stay a manageable
    file; the rest is indented.
    """

    def dumps(value: Any) -> bytes:
        text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        return text.encode("utf-8")

    stream.write(b'{\n  "summary": ' + dumps(summary_dict(report, lang)) + b",\n")
    stream.write(b'  "groups": ' + dumps(groups_list(report)) + b",\n")
    stream.write(b'  "communes": [')
    communes.copy_to(stream)
    stream.write(b"\n  ],\n" if communes.count else b"],\n")
    errors = [{"file": e.file, "line": e.line, "column": e.column_letter or e.column,
               "message": e.message} for e in report.errors]  # fmt: skip
    stream.write(b'  "errors": ' + dumps(errors) + b"\n}\n")
