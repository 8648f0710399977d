"""JSON output: the contract scripts depend on (see README)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ntm_cli.formatters.common import notices
from ntm_cli.results import CommuneResult, commune_dict


def render(results: Sequence[CommuneResult], lang: str, *, as_list: bool) -> str:
    """One object per commune, or a list of them when as_list."""
    objects = [commune_dict(r, lang, notices(r, lang)) for r in results]
    payload = objects if as_list else objects[0]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
