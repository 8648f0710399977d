"""`ntm diff OLD NEW`: what changed between two assessments of the same communes."""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ntm_cli.cli.options import (
    EXIT_INPUT,
    EXIT_NOT_MET,
    EXIT_OK,
    ForceOption,
    LangOption,
    Language,
    OutputOption,
    SetsDirOption,
    help_text,
    print_errors,
    stdout_is_terminal,
)

if TYPE_CHECKING:
    from ntm_cli.scoring.compare import DiffReport
    from ntm_cli.scoring.diff_summary import DiffBy as Area


class DiffFormat(StrEnum):
    """Formats `ntm diff` writes."""

    table = "table"
    json = "json"
    text = "text"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"
    docx = "docx"


class DiffBy(StrEnum):
    """Areas the diff's summary can be broken down by."""

    province = "province"
    district = "district"
    group = "group"


def diff(
    old: Annotated[
        str,
        typer.Argument(
            help=help_text("help.diff.old"),
            show_default=False,
        ),
    ],
    new: Annotated[
        str,
        typer.Argument(help=help_text("help.diff.new"), show_default=False),
    ],
    set_id: Annotated[
        str | None,
        typer.Option("--set", help=help_text("help.diff.set")),
    ] = None,
    fmt: Annotated[
        DiffFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = (DiffFormat.table),
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
    changed_only: Annotated[
        bool, typer.Option("--changed-only", help=help_text("diff_sum.help_changed_only"))
    ] = False,
    by: Annotated[DiffBy | None, typer.Option("--by", help=help_text("diff_sum.help_by"))] = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Compare two assessments: criteria and indicators gained, lost (sụt giảm) or changed.

    Each side is read like `ntm batch` inputs (YAML files with one or many communes,
    CSV/XLSX sheets, folders, globs); communes are matched by name and district (two single
    communes are compared directly). Criteria are compared only within one set (or a set
    extending it, or one whose file declares `continues:`); across sets each side's result
    is shown side by side. A commune that met the standard and has lost a criterion is
    flagged loudly: it risks losing its recognition (QĐ 18/2022).

    Every format starts with a summary (communes compared, with a criterion gained or lost,
    no longer meeting the standard, unchanged); --by adds it per province, district or
    commune group; --changed-only leaves unchanged communes out of the list.

    Exit code 1 when a comparable criterion or indicator was lost, 0 otherwise, 2 for bad
    input.
    """
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report import diff_out
    from ntm_cli.run.diff import diff_paths

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)
    if fmt in (DiffFormat.xlsx, DiffFormat.docx) and output is None:
        from ntm_cli.model.errors import UsageError, said

        raise UsageError(said("annex.needs_output", fmt=fmt.value))
    if output is not None:
        from ntm_cli.report.atomic import check_target

        check_target(output, force=force)  # refuse before any work is done
    outcome = diff_paths(old, new, registry, set_id)
    if outcome.report is None:
        errors: list[object] = list(outcome.errors)
        print_errors(errors, lang.value)
        raise typer.Exit(EXIT_INPUT)
    report = outcome.report
    if fmt in (DiffFormat.xlsx, DiffFormat.docx):
        _write_binary(report, fmt, lang.value, changed_only, by, output, force)
        raise typer.Exit(EXIT_NOT_MET if report.lost_anything else EXIT_OK)
    text = _render(report, fmt, lang.value, changed_only, by, color=output is None)
    if output is None:
        typer.echo(text, nl=False)
    else:
        from ntm_cli.report.atomic import atomic_write

        with atomic_write(output, force=force) as handle:
            handle.write(text.encode("utf-8"))
    if fmt is DiffFormat.json or output is not None:
        for pair in report.pairs:  # files and scripts: say the red flag on stderr too
            for line in diff_out.risk_lines(pair, lang.value)[:1]:
                typer.echo(line, err=True)
    raise typer.Exit(EXIT_NOT_MET if report.lost_anything else EXIT_OK)


def _render(
    report: "DiffReport",
    fmt: DiffFormat,
    lang: str,
    changed_only: bool,
    by: DiffBy | None,
    *,
    color: bool,
) -> str:
    """The summary first, then the communes (only the changed ones with --changed-only)."""
    import json
    from dataclasses import replace

    from ntm_cli.report import diff_out, diff_summary_out
    from ntm_cli.scoring.diff_summary import changed, summarise_diff

    area: Area | None = by.value if by else None
    overall, groups = summarise_diff(report, area)
    shown = (
        replace(report, pairs=tuple(p for p in report.pairs if changed(p)))
        if changed_only
        else report
    )
    if fmt is DiffFormat.markdown:
        return diff_summary_out.markdown(report, overall, groups, area, lang, changed_only)
    if fmt is DiffFormat.html:
        return diff_summary_out.html(report, overall, groups, area, lang, changed_only)
    if fmt is DiffFormat.json:
        payload = json.loads(diff_out.render_json(shown, lang))
        payload.update(diff_summary_out.summary_dict(overall, groups, area))
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    # One commune: its own lines say it all, and its red flag stays the first line.
    several = len(report.pairs) + len(report.only_old) + len(report.only_new) > 1
    head = ""
    if several or area is not None:
        head = "\n".join(diff_summary_out.summary_lines(overall, groups, area, lang)) + "\n\n"
    if fmt is DiffFormat.text:
        return head + diff_out.render_text(shown, lang)
    color = color and stdout_is_terminal()
    return head + diff_out.render_table(shown, lang, color=color, width=None if color else 120)


def _write_binary(
    report: "DiffReport",
    fmt: DiffFormat,
    lang: str,
    changed_only: bool,
    by: DiffBy | None,
    output: Path | None,
    force: bool,
) -> None:
    """The workbook or Word document, written atomically to --output."""
    from ntm_cli.report import diff_summary_out
    from ntm_cli.report.atomic import atomic_write
    from ntm_cli.scoring.diff_summary import summarise_diff

    assert output is not None
    area: Area | None = by.value if by else None
    overall, groups = summarise_diff(report, area)
    write = diff_summary_out.write_xlsx if fmt is DiffFormat.xlsx else diff_summary_out.write_docx
    with atomic_write(output, force=force) as handle:
        write(handle, report, overall, groups, area, lang, changed_only)
