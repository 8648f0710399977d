"""JSON output: the contract scripts depend on (see README)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult
from ntm_cli.report.common import notices
from ntm_cli.report.json_view import commune_dict

_INDENTED_LIST_MAX = 50


def render(
    results: Sequence[CommuneResult],
    lang: str,
    *,
    as_list: bool,
    records: Sequence[RunRecord] = (),
    watch: float | None = None,
) -> str:
    """One object per commune, or a list of them when as_list; records go with the results."""
    kept: list[RunRecord | None] = list(records) or [None] * len(results)
    objects = [
        commune_dict(r, lang, notices(r, lang), rec, watch)
        for r, rec in zip(results, kept, strict=True)
    ]
    if not as_list:
        return json.dumps(objects[0], ensure_ascii=False, indent=2) + "\n"
    if len(objects) <= _INDENTED_LIST_MAX:
        return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
    # Long lists: one compact object per line (the C encoder; indent=2 is pure Python
    # and takes seconds for thousands of communes). Still one JSON document.
    lines = ",\n".join(json.dumps(o, ensure_ascii=False) for o in objects)
    return f"[\n{lines}\n]\n"
