"""`ntm sets ...`: list the criteria sets ntm knows."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from ntm_cli.commands.options import LangOption, Language, SetsDirOption

app = typer.Typer(help="List and inspect criteria sets.", no_args_is_help=True)


class ListFormat(StrEnum):
    """Formats `ntm sets list` writes."""

    table = "table"
    json = "json"


@app.command("list")
def list_sets(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ListFormat.table
    ),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """List every criteria set: bundled ones and those in --sets-dir / NTM_SETS_PATH."""
    from ntm_cli.registry import Registry

    rows = [
        {
            "id": s.id,
            "title": s.title.get(lang.value),
            "decision": s.decision.number,
            "level": s.level,
            "tier": s.tier,
            "period": str(s.period),
        }
        for s in Registry(sets_dir or ()).all()
    ]
    if fmt is ListFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    vi = lang is Language.vi
    table = Table(
        "ID",
        "Quyết định" if vi else "Decision",
        "Cấp" if vi else "Level",
        "Hạng" if vi else "Tier",
        "Giai đoạn" if vi else "Period",
        "Tên" if vi else "Title",
    )
    for row in rows:
        table.add_row(
            row["id"], row["decision"], row["level"], row["tier"], row["period"], row["title"]
        )
    Console(highlight=False).print(table)
