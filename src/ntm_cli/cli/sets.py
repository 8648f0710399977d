"""`ntm sets ...`: list the criteria sets ntm knows."""

import json
from enum import StrEnum
from typing import Annotated, Any

import typer

from ntm_cli.cli.options import LangOption, Language, SetsDirOption, help_text, stdout_is_terminal
from ntm_cli.cli.screens import NtmCommand, NtmGroup

app = typer.Typer(cls=NtmGroup, no_args_is_help=True)


class ListFormat(StrEnum):
    """Formats `ntm sets list` writes."""

    table = "table"
    json = "json"


@app.command("list", cls=NtmCommand, help=help_text("help.cmd.sets_list"))
def list_sets(
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (ListFormat.table),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """List every criteria set: bundled ones and those in --sets-dir / NTM_SETS_PATH."""
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report.set_workbook import figures_cell
    from ntm_cli.scoring.completeness import completeness

    registry = Registry(sets_dir or ())
    rows: list[dict[str, Any]] = []
    shown: list[str] = []
    for s in registry.all():
        figures = completeness(s, registry.closure(s.id)).total
        rows.append(
            {
                "id": s.id,
                "title": s.title.get(lang.value),
                "decision": s.decision.number,
                "level": s.level,
                "tier": s.tier,
                "period": str(s.period),
                "completeness": figures.as_dict(),
            }
        )
        shown.append(figures_cell(figures))
    if fmt is ListFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    from ntm_cli.report.messages import message

    vi = lang is Language.vi
    table = Table()
    for header in ("ID", "Quyết định" if vi else "Decision", "Cấp" if vi else "Level"):
        table.add_column(header, no_wrap=True)
    table.add_column("Hạng" if vi else "Tier", no_wrap=True)
    table.add_column("Giai đoạn" if vi else "Period", no_wrap=True)
    table.add_column(message("setbook.list_column", lang.value), no_wrap=True)
    table.add_column("Tên" if vi else "Title", overflow="fold")
    for row, figures_text in zip(rows, shown, strict=True):
        table.add_row(
            row["id"],
            row["decision"],
            row["level"],
            row["tier"],
            row["period"],
            figures_text,
            row["title"],
        )
    terminal = stdout_is_terminal()
    Console(highlight=False, markup=False, width=None if terminal else 140).print(table)


class ShowFormat(StrEnum):
    """Formats `ntm sets show` writes."""

    table = "table"
    json = "json"
    markdown = "markdown"


class ReportFormat(StrEnum):
    """Formats `ntm sets check` and `ntm sets diff` write."""

    text = "text"
    json = "json"


@app.command("show", cls=NtmCommand, help=help_text("help.cmd.sets_show"))
def show(
    set_id: Annotated[str, typer.Argument(help=help_text("help.sets.id"))],
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (ShowFormat.table),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
    evidence: Annotated[
        bool, typer.Option("--evidence", help=help_text("sources.help_evidence"))
    ] = False,
) -> None:
    """Show a set: criteria, indicators, thresholds per region/group and year, sources."""
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report import sets_out

    criteria_set = Registry(sets_dir or ()).get(set_id)
    if fmt is ShowFormat.json:
        text = sets_out.render_show_json(criteria_set, evidence=evidence)
    elif fmt is ShowFormat.markdown:
        text = sets_out.render_show_markdown(criteria_set, lang.value, evidence=evidence)
    else:
        text = sets_out.render_show_table(criteria_set, lang.value, width=None, evidence=evidence)
    typer.echo(text, nl=False)


@app.command("check", cls=NtmCommand, help=help_text("help.cmd.sets_check"))
def check(
    target: Annotated[str, typer.Argument(help=help_text("help.sets.check_target"))],
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (ReportFormat.text),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Validate a set and list every threshold that is unknown or has no source.

    Also lists criteria without an indicator list and, for a set that extends another,
    changes that are recorded as unknown. Exit code 0 when nothing is missing, 1 when
    anything is, 2 when the file is not a valid set (each problem as file:line:col).
    """
    from pathlib import Path

    from ntm_cli.cli.options import EXIT_NOT_MET, EXIT_OK
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report import sets_out
    from ntm_cli.scoring.set_facts import findings

    registry = Registry(sets_dir or ())
    path = Path(target)
    if path.exists() or target.endswith((".yaml", ".yml")):
        criteria_set = registry.load_file(path)
        shown = str(path)
    else:
        criteria_set = registry.get(target)
        shown = str(registry.path(target))
    lookup = {criteria_set.id: criteria_set}
    for ref in {r for _, r, _ in criteria_set.references()}:
        lookup.update(registry.closure(ref))
    found = findings(criteria_set, lookup)
    from ntm_cli.report.set_workbook import completeness_dict, completeness_lines
    from ntm_cli.scoring.completeness import completeness

    figures = completeness(criteria_set, lookup)
    if fmt is ReportFormat.json:
        payload = sets_out.check_dict(shown, criteria_set, found)
        payload["completeness"] = completeness_dict(figures)
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        typer.echo(sets_out.render_check(shown, criteria_set, found, lang.value), nl=False)
        typer.echo("\n".join(completeness_lines(figures, lang.value)))
    raise typer.Exit(EXIT_NOT_MET if found else EXIT_OK)


@app.command("diff", cls=NtmCommand, help=help_text("help.cmd.sets_diff"))
def diff(
    first: Annotated[str, typer.Argument(help=help_text("help.sets.first"))],
    second: Annotated[str | None, typer.Argument(help=help_text("help.sets.second"))] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (ReportFormat.text),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Show what set B changes from set A (e.g. a provincial set from the national one)."""
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.report import sets_out
    from ntm_cli.scoring.set_facts import diff as diff_sets

    registry = Registry(sets_dir or ())
    if second is None:
        new = registry.get(first)
        if new.extends is None:
            raise UsageError(said("error.extends_nothing", id=repr(first)))
        old = registry.get(new.extends)
    else:
        old, new = registry.get(first), registry.get(second)
    changes = diff_sets(old, new)
    if fmt is ReportFormat.json:
        typer.echo(json.dumps(sets_out.diff_dict(old, new, changes), ensure_ascii=False, indent=2))
    else:
        typer.echo(sets_out.render_diff(old, new, changes, lang.value), nl=False)


def _register_set_workbook() -> None:
    """`sets template` and `sets import` live in their own module (cli/set_workbook.py)."""
    from ntm_cli.cli.options import help_text
    from ntm_cli.cli.set_workbook import set_import, set_template

    app.command("template", cls=NtmCommand, help=help_text("setbook.help_sets_template"))(
        set_template
    )
    app.command("import", cls=NtmCommand, help=help_text("setbook.help_sets_import"))(set_import)


_register_set_workbook()
