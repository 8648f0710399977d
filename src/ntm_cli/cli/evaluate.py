"""`ntm evaluate`: score commune files against a criteria set."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ntm_cli.cli.options import (
    EXIT_INPUT,
    EXIT_NOT_MET,
    EXIT_OK,
    EmptyStatus,
    EmptyStatusOption,
    ForceOption,
    LangOption,
    Language,
    NoDetailsOption,
    OutputOption,
    SepOption,
    SetsDirOption,
    csv_separator,
    help_text,
    print_errors,
    stdout_is_terminal,
)

# Every commune's full result is held in memory and printed: 10,000 is three times all of
# Vietnam, about 0.8 GB. `ntm batch` streams any number.
MAX_COMMUNES = 10_000


BINARY = frozenset({"xlsx", "docx"})  # formats written only to an --output file


class EvaluateFormat(StrEnum):
    """Formats `ntm evaluate` writes."""

    table = "table"
    json = "json"
    text = "text"
    markdown = "markdown"
    csv = "csv"
    html = "html"
    xlsx = "xlsx"
    docx = "docx"


def evaluate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help=help_text("help.evaluate.files"),
            show_default=False,
        ),
    ] = None,
    set_id: Annotated[
        str | None,
        typer.Option(
            "--set",
            help=help_text("help.option.set"),
        ),
    ] = None,
    fmt: Annotated[
        EvaluateFormat, typer.Option("--format", "-f", help=help_text("help.option.format"))
    ] = EvaluateFormat.table,
    lang: LangOption = Language.vi,
    unmet_only: Annotated[
        bool, typer.Option("--unmet-only", help=help_text("help.evaluate.unmet_only"))
    ] = False,
    plan: Annotated[
        bool,
        typer.Option(
            "--plan",
            help=help_text("help.evaluate.plan"),
        ),
    ] = False,
    target: Annotated[
        int | None,
        typer.Option("--target", min=1, help=help_text("target.help"), show_default=False),
    ] = None,
    watch: Annotated[bool, typer.Option("--watch", help=help_text("watch.help"))] = False,
    commune: Annotated[
        str | None,
        typer.Option(
            "--commune",
            help=help_text("help.evaluate.commune"),
        ),
    ] = None,
    sets_dir: SetsDirOption = None,
    empty_status: EmptyStatusOption = EmptyStatus.not_given,
    communes_dir: Annotated[
        Path | None,
        typer.Option(
            "--communes",
            help=help_text("help.evaluate.communes"),
            file_okay=False,
            exists=True,
        ),
    ] = None,
    ladder: Annotated[
        bool,
        typer.Option(
            "--ladder",
            help=help_text("help.evaluate.ladder"),
        ),
    ] = False,
    output: OutputOption = None,
    force: ForceOption = False,
    no_details: NoDetailsOption = False,
    verify: Annotated[
        Path | None,
        typer.Option(
            "--verify",
            help=help_text("verify.help"),
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    sep: SepOption = None,
) -> None:
    """Score communes against a criteria set and show the gaps.

    Formats: table (terminal), json, text (report prose), markdown, csv, html (one
    self-contained page, printable on A4), xlsx (a workbook that prints) and docx (a Word
    document: Times New Roman 13, A4) — both need --output.
    --output writes a file atomically (CSV files get a BOM for Excel).

    Exit code 0 when every commune meets its set, 1 when any criterion is not met
    (unmet, missing data or undetermined threshold), 2 for bad input. With --verify:
    0 when the figures still agree, 1 when some differ, 2 for bad input.
    """
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.run.communes import score_paths
    from ntm_cli.scoring.watch import DEFAULT_MARGIN

    registry = Registry(sets_dir or ())
    if verify is not None:
        if files:
            raise UsageError(said("verify.no_files"))
        _verify(verify, registry, fmt, lang)
    if not files:
        raise UsageError(said("verify.files_needed"))
    if set_id:
        registry.get(set_id)  # an unknown --set is a usage error before any file is read
    if fmt.value in BINARY and output is None:
        from ntm_cli.model.errors import UsageError, said

        raise UsageError(said("annex.needs_output", fmt=fmt.value))
    if output is not None:
        from ntm_cli.report.atomic import check_target

        check_target(output, force=force)  # refuse before any work is done
    from ntm_cli.inputs.read import is_district_file, is_province_file

    one = len(files) == 1
    if communes_dir is not None or (
        one and (is_district_file(files[0]) or is_province_file(files[0]))
    ):
        if fmt not in (EvaluateFormat.table, EvaluateFormat.json) or output is not None:
            # The report formats and --output are built for communes, not district roll-ups.
            raise UsageError(said("error.district_formats"))
        _evaluate_district(files, registry, set_id, communes_dir, fmt, lang)
        return
    outcome = score_paths(
        files,
        registry,
        set_id,
        ladder=ladder,
        commune=commune,
        limit=MAX_COMMUNES,
        empty_unmet=empty_status is EmptyStatus.unmet,
    )
    if outcome.results:
        from dataclasses import replace

        from ntm_cli.report.commune.render import RenderOptions, render

        color = fmt is EvaluateFormat.table and output is None and stdout_is_terminal()
        options = RenderOptions(
            lang=lang.value,
            unmet_only=unmet_only,
            color=color,
            width=None if color else plain_width(),
            as_list=len(files) > 1 or len(outcome.results) > 1,
            plan=plan or target is not None,
            target=target,
            watch=DEFAULT_MARGIN if watch else None,
            details=not no_details,
            sep=csv_separator(sep, lang.value, to_file=output is not None),
        )
        if fmt in (EvaluateFormat.json, EvaluateFormat.html, EvaluateFormat.docx):
            from ntm_cli.run.record import commune_records, run_time

            records = commune_records(registry, outcome.results, outcome.sources, run_time())
            options = replace(options, records=records)
        if fmt.value in BINARY:
            from ntm_cli.report.atomic import atomic_write
            from ntm_cli.report.commune.render import WRITERS

            assert output is not None
            with atomic_write(output, force=force) as handle:
                WRITERS[fmt.value](handle, outcome.results, options)
        else:
            rendered = render(fmt.value, outcome.results, options)
            if output is None:
                typer.echo(rendered, nl=False)
            else:
                from ntm_cli.report.atomic import atomic_write

                # The BOM makes Excel read a CSV file's Vietnamese text as UTF-8 (as batch does).
                encoding = "utf-8-sig" if fmt is EvaluateFormat.csv else "utf-8"
                with atomic_write(output, force=force) as handle:
                    handle.write(rendered.encode(encoding))
    print_errors(outcome.notes, lang.value)  # a sheet's skipped columns and rows: notes
    print_errors(outcome.errors, lang.value)
    if outcome.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK if all(r.meets_set for r in outcome.results) else EXIT_NOT_MET)


def _verify(path: Path, registry: object, fmt: EvaluateFormat, lang: Language) -> None:
    """Score a saved result's inputs again and say whether its figures still agree."""
    from ntm_cli.inputs.recorded import read_recorded
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report import verify_out
    from ntm_cli.run.verify import verify

    assert isinstance(registry, Registry)
    verification, errors = verify(read_recorded(path), registry)
    if fmt is EvaluateFormat.json:
        typer.echo(verify_out.render_json(verification, lang.value), nl=False)
    else:
        typer.echo(verify_out.render_text(verification, lang.value), nl=False)
    print_errors(list(errors), lang.value)
    if errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK if verification.agrees else EXIT_NOT_MET)


def _evaluate_district(
    files: list[Path],
    registry: object,
    set_id: str | None,
    communes_dir: Path | None,
    fmt: EvaluateFormat,
    lang: Language,
) -> None:
    """District mode: score the communes, roll them up, score the district; exit like evaluate."""
    from ntm_cli.inputs.registry import Registry
    from ntm_cli.model.errors import UsageError, said
    from ntm_cli.report import district_out
    from ntm_cli.run.district import score_district

    assert isinstance(registry, Registry)
    if len(files) != 1:
        raise UsageError(said("error.district_one_file"))
    outcome = score_district(files[0], registry, set_id, communes_dir)
    result = outcome.result
    if result is not None:
        if fmt is EvaluateFormat.json:
            from ntm_cli.run.record import make_record, run_time

            used = [result.set_id, *(s.set_id for c in outcome.communes for s in c.ladder)]
            record = make_record(registry, used, outcome.sources, run_time())
            text = district_out.render_json(
                result,
                outcome.communes,
                lang.value,
                record,
                level=outcome.level,
                targets=outcome.targets,
            )
        else:
            color = stdout_is_terminal()
            width = None if color else plain_width()
            text = district_out.render_table(
                result,
                outcome.communes,
                lang.value,
                color=color,
                width=width,
                targets=outcome.targets,
            )
        typer.echo(text, nl=False)
    print_errors(outcome.errors, lang.value)
    if outcome.errors or result is None:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK if result.meets_set else EXIT_NOT_MET)


def plain_width() -> int:
    """Width of a table written to a file or pipe: COLUMNS when set (a script's 80), else 120."""
    import os

    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and 40 <= int(columns) <= 1000 else 120
