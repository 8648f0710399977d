"""District mode of `ntm evaluate` (QĐ 320): the district's result and its communes' lines."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult
from ntm_cli.report.common import ladder_lines, notices, summary_line
from ntm_cli.report.json_view import commune_dict


def render_json(
    result: CommuneResult,
    communes: Sequence[CommuneResult],
    lang: str,
    record: RunRecord | None = None,
) -> str:
    """The district's evaluate object, with `level`, every commune's object and the record."""
    data = commune_dict(result, lang, notices(result, lang), record)
    data["level"] = "huyen"
    data["communes"] = [commune_dict(c, lang, notices(c, lang)) for c in communes]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_table(
    result: CommuneResult,
    communes: Sequence[CommuneResult],
    lang: str,
    *,
    color: bool,
    width: int | None,
) -> str:
    """The district's gap table, then one line per commune with the tier it reached."""
    from ntm_cli.report.commune import table

    lines = [table.render([result], lang, color=color, width=width)]
    for commune in communes:
        lines.append(f"- {summary_line(commune, lang)}\n")
        lines += [f"  {line}\n" for line in ladder_lines(commune, lang)[:1]]
    return "".join(lines)
