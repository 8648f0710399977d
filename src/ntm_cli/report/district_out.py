"""District and province mode of `ntm evaluate` (QĐ 320, QĐ 51 Phụ lục III): result, communes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult
from ntm_cli.report.common import ladder_lines, notices, summary_line
from ntm_cli.report.json_view import commune_dict, plain_number
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number
from ntm_cli.scoring.province import TargetProgress


def target_dict(progress: TargetProgress, lang: str) -> dict[str, Any]:
    """JSON view of a programme target and how far the communes are from it."""
    target = progress.target
    share_met, share_needed = progress.share_met, progress.share_needed
    return {
        "name": target.name.get(lang),
        "set": target.target_set,
        "share": plain_number(target.share),
        "year": target.year,
        "approximate": target.approximate,
        "source": target.source,
        "confidence": target.confidence,
        "met": progress.met,
        "not_met": progress.not_met,
        "undecided": progress.undecided,
        "total": progress.total,
        "share_met": None if share_met is None else float(share_met),
        "share_needed": None if share_needed is None else float(share_needed),
        "communes_needed": progress.communes_needed,
    }


def target_lines(targets: Sequence[TargetProgress], lang: str) -> list[str]:
    """'Mục tiêu ...: hiện 40% (2/5 xã); còn cần 25 điểm % (thêm 2 xã)' per target."""
    lines = []
    for progress in targets:
        share_met, share_needed = progress.share_met, progress.share_needed
        if share_met is None or share_needed is None:
            lines.append(
                message("period.target_no_communes", lang, name=progress.target.name.get(lang))
            )
            continue
        text = message(
            "period.target_reached" if progress.communes_needed == 0 else "period.target_line",
            lang,
            name=progress.target.name.get(lang),
            share=number(float(share_met), lang, digits=1),
            met=progress.met,
            total=progress.total,
            needed=number(float(share_needed), lang, digits=1),
            communes=progress.communes_needed,
        )
        if progress.undecided:
            text += " " + message("period.target_undecided", lang, n=progress.undecided)
        lines.append(text)
    return lines


def render_json(
    result: CommuneResult,
    communes: Sequence[CommuneResult],
    lang: str,
    record: RunRecord | None = None,
    *,
    level: str = "huyen",
    targets: Sequence[TargetProgress] = (),
) -> str:
    """The unit's evaluate object, with `level`, every commune's object and the record."""
    data = commune_dict(result, lang, notices(result, lang), record)
    data["level"] = level
    if level == "tinh":
        data["programme_targets"] = [target_dict(t, lang) for t in targets]
    data["communes"] = [commune_dict(c, lang, notices(c, lang)) for c in communes]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_table(
    result: CommuneResult,
    communes: Sequence[CommuneResult],
    lang: str,
    *,
    color: bool,
    width: int | None,
    targets: Sequence[TargetProgress] = (),
) -> str:
    """The unit's gap table, programme targets, then one line per commune with its tier."""
    from ntm_cli.report.commune import table

    lines = [table.render([result], lang, color=color, width=width)]
    lines += [f"{line}\n" for line in target_lines(targets, lang)]
    for commune in communes:
        lines.append(f"- {summary_line(commune, lang)}\n")
        lines += [f"  {line}\n" for line in ladder_lines(commune, lang)[:1]]
    return "".join(lines)
