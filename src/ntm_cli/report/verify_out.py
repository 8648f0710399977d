"""What `ntm evaluate --verify` found, as text lines or JSON."""

from __future__ import annotations

import json
from typing import Any

from ntm_cli.model.record import Difference, Verification
from ntm_cli.report.messages import message
from ntm_cli.report.wording import number

_STATUSES = ("met", "unmet", "missing", "undetermined", "not_applicable")


def _shown(value: object, lang: str) -> str:
    """A saved or new figure in words: a status by its name, a number the language's way."""
    if value is None:
        return "—"
    if isinstance(value, str) and value in _STATUSES:
        return message(f"status.{value}", lang)
    if value == "not_met" and isinstance(value, str):
        return message("batch.not_meets", lang)
    if isinstance(value, bool):
        return message("word.qualitative_met" if value else "word.qualitative_unmet", lang)
    if isinstance(value, int | float):
        return number(float(value), lang)
    return str(value)


def difference_text(d: Difference, lang: str) -> str:
    """'Thạch Hóa, chỉ tiêu 5.1: giá trị trước đây 38, nay 40'."""
    if d.field in ("gone", "new"):
        return message(f"verify.{d.field}", lang, commune=d.commune)
    before, after = _shown(d.before, lang), _shown(d.after, lang)
    return message(
        f"verify.diff_{d.field}", lang, commune=d.commune, item=d.item, before=before, after=after
    )


def render_text(verification: Verification, lang: str) -> str:
    """The files checked, the communes compared and each figure that differs."""
    from ntm_cli import __version__

    v = verification
    lines = [message("verify.title", lang, path=v.path, version=v.ntm_version, run_at=v.run_at)]
    if v.ntm_version != __version__:
        lines.append(message("verify.version_now", lang, version=__version__))
    for check in v.files:
        state = message(f"verify.file_{check.state}", lang)
        lines.append(message(f"verify.{check.kind}_line", lang, name=check.name, state=state))
    lines.append(message("verify.compared", lang, n=v.compared))
    if v.agrees:
        lines.append(message("verify.agrees", lang))
    else:
        lines.append(message("verify.differs", lang, n=len(v.differences)))
        lines += [f"- {difference_text(d, lang)}" for d in v.differences]
    return "\n".join(lines) + "\n"


def render_json(verification: Verification, lang: str) -> str:
    """{"agrees", "compared", "files": [...], "differences": [...]} for scripts."""
    v = verification
    data: dict[str, Any] = {
        "result": v.path,
        "agrees": v.agrees,
        "ntm_version": v.ntm_version,
        "run_at": v.run_at,
        "compared": v.compared,
        "files": [{"kind": f.kind, "name": f.name, "state": f.state} for f in v.files],
        "differences": [
            {
                "commune": d.commune,
                "field": d.field,
                "item": d.item,
                "before": d.before,
                "after": d.after,
                "text": difference_text(d, lang),
            }
            for d in v.differences
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
