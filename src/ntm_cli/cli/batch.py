"""`ntm batch`: score many communes (folders, globs, YAML, CSV, XLSX) and roll the figures up."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    fail,
    print_errors,
    stdout_is_terminal,
)

if TYPE_CHECKING:
    from rich.progress import Progress

    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report.batch.common import BatchReport
    from ntm_cli.run.batch import Settings

PROGRESS_MIN_UNITS = 50  # below this a run is too short for a progress bar to help


class BatchFormat(StrEnum):
    """Formats `ntm batch` writes."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"
    text = "text"
    html = "html"


class GroupBy(StrEnum):
    """Levels the roll-up can be broken down by."""

    district = "district"
    province = "province"


def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Folders (searched recursively for .yaml/.yml/.csv/.xlsx), globs such as"
            " 'data/**/*.yaml', YAML files (one or many communes) and CSV/XLSX sheets"
            " (one row per commune).",
            show_default=False,
        ),
    ],
    set_id: Annotated[
        str | None,
        typer.Option("--set", help="Criteria set id for every commune (else each file's own)."),
    ] = None,
    by: Annotated[
        GroupBy | None,
        typer.Option("--by", help="Also roll the figures up per district or per province."),
    ] = None,
    floor: Annotated[
        int,
        typer.Option(
            "--floor",
            min=0,
            help="Count communes meeting fewer criteria than this (programme target: none"
            " under 15).",
        ),
    ] = 15,
    fmt: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="Output format (xlsx needs --output).")
    ] = BatchFormat.table,
    output: OutputOption = None,
    force: ForceOption = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes (default: number of CPUs; 1 runs in this process).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar on standard error.")
    ] = False,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
) -> None:
    """Score many communes at once and report the province's figures.

    Shows communes meeting the standard, average criteria met per commune, communes
    under --floor, the most-missed criteria and the communes closest to the standard,
    with every commune's result. A bad file never stops the batch: it is listed as an
    error and the other communes are still scored. Exit code 2 if any input error,
    else 1 if any commune does not meet its set, else 0.
    """
    from functools import partial

    from ntm_cli.inputs.registry import Registry
    from ntm_cli.report.atomic import check_target
    from ntm_cli.report.batch.json_out import commune_json
    from ntm_cli.run.batch import Settings

    registry = Registry(sets_dir or ())
    if set_id:
        registry.get(set_id)  # an unknown --set is a usage error before any file is read
    if fmt is BatchFormat.xlsx and output is None:
        fail("--format xlsx writes a workbook: add --output FILE.xlsx")
    if output is not None:
        check_target(output, force=force)
    # JSON only: the workers render each commune's object where they score it
    render = partial(commune_json, lang=lang.value) if fmt is BatchFormat.json else None
    settings = Settings(tuple(sets_dir or ()), set_id, render)
    with _sigterm_as_exit():
        report, rendered = _score(
            paths, registry, settings, by, floor, jobs, quiet, output, lang.value
        )
        _write(report, rendered, fmt, output, force, lang.value)
    print_errors([str(e) for e in report.errors])
    if report.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_OK if all(c.meets_set for c in report.communes) else EXIT_NOT_MET)


@contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """While a batch runs, SIGTERM (kill, a scheduler's time limit) leaves via the cleanup.

    Python's default SIGTERM ends the process at once: the temporary file of an atomic
    --output would stay in TMPDIR. Exit status 143 as for SIGTERM.
    """
    import signal

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (ntm called from a library's thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _score(
    paths: list[str],
    registry: Registry,
    settings: Settings,
    by: GroupBy | None,
    floor: int,
    jobs: int | None,
    quiet: bool,
    output: Path | None,
    lang: str,
) -> tuple[BatchReport, list[bytes]]:
    """Run the batch: its report, and each commune rendered by settings.render (if any)."""
    from contextlib import nullcontext

    from ntm_cli.inputs.read import INPUT_SUFFIXES, expand
    from ntm_cli.inputs.sheets import is_sheet
    from ntm_cli.model.errors import ErrorRecord
    from ntm_cli.model.sets import CriteriaSet, Text
    from ntm_cli.report.batch.common import BatchReport
    from ntm_cli.run.batch import (
        FILES_PER_TASK,
        Worker,
        default_jobs,
        plan,
        run,
        start_pool,
    )
    from ntm_cli.scoring.rollup import CommuneSummary, roll_up

    files, errors = expand(paths)
    if output is not None and output.suffix.lower() in INPUT_SUFFIXES and output.exists():
        # a report saved among the inputs (an .xlsx or .csv output) is no input
        files = [f for f in files if not os.path.exists(f) or not os.path.samefile(f, output)]
    yaml_count = sum(not is_sheet(f) for f in files)
    workers = jobs or default_jobs()
    if workers > 1 and yaml_count <= FILES_PER_TASK and yaml_count == len(files):
        workers = 1  # a handful of files: starting processes would cost more than it saves
    per_task = min(FILES_PER_TASK, max(1, -(-yaml_count // (workers * 4))))
    communes: list[CommuneSummary] = []
    rendered: list[bytes] = []
    sets_used: dict[str, CriteriaSet] = {}  # in order of first use
    found: list[ErrorRecord] = []
    many = yaml_count >= PROGRESS_MIN_UNITS or yaml_count < len(files)  # or any sheet
    show = many and not quiet and sys.stderr.isatty()
    # Workers start before the progress bar's thread exists (forking a threaded process
    # is unsafe).
    engine = Worker(settings) if workers == 1 else start_pool(settings, workers)
    try:
        progress = _progress(lang) if show else None
        with progress if progress is not None else nullcontext():
            task = progress.add_task("ntm batch", total=yaml_count) if progress else None

            def more_rows(count: int) -> None:
                if progress is not None and task is not None:
                    progress.update(task, total=(progress.tasks[0].total or 0) + count)

            for chunk in run(plan(files, found, more_rows, per_task), engine, 3 * workers):
                communes.extend(chunk.communes)
                for summary in chunk.communes:
                    if summary.set_id not in sets_used:
                        # loaded (for criterion names) while the workers go on scoring
                        sets_used[summary.set_id] = registry.get(summary.set_id)
                found.extend(chunk.errors)
                rendered.extend(chunk.rendered)
                if progress is not None and task is not None:
                    progress.advance(task, chunk.done)
    finally:
        if not isinstance(engine, Worker):
            engine.shutdown(cancel_futures=True)
    order = {f: i for i, f in enumerate(files)}
    found.sort(key=lambda e: (order.get(e.file, -1), e.line, e.column))
    names: dict[str, Text] = {}
    for used in sets_used.values():
        for criterion in used.criteria:
            names.setdefault(criterion.id, criterion.name)
    rollup = roll_up(communes, by=by.value if by else None, floor=floor)
    return BatchReport(rollup, communes, [*errors, *found], names), rendered


def _progress(lang: str) -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    label = "Đang chấm điểm" if lang == "vi" else "Scoring"
    return Progress(
        f"[bold]{label}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _write(
    report: BatchReport,
    commune_objects: list[bytes],
    fmt: BatchFormat,
    output: Path | None,
    force: bool,
    lang: str,
) -> None:
    """Render the report in fmt to output (atomically) or standard output."""
    from ntm_cli.report.atomic import atomic_write

    if fmt is BatchFormat.xlsx:
        from ntm_cli.report.batch import xlsx_out as batch_xlsx

        assert output is not None
        with atomic_write(output, force=force) as handle:
            batch_xlsx.write(handle, report, lang)
        return
    if fmt is BatchFormat.json:
        from ntm_cli.report.batch import json_out as batch_json

        if output is None:
            sys.stdout.flush()
            batch_json.write(sys.stdout.buffer, report, commune_objects, lang)
            sys.stdout.buffer.flush()
            return
        with atomic_write(output, force=force) as handle:
            batch_json.write(handle, report, commune_objects, lang)
        return
    if fmt is BatchFormat.csv:
        from ntm_cli.report.batch import csv_out as batch_csv

        rendered = batch_csv.render(report, lang)
        encoding = "utf-8-sig"  # the BOM makes Excel read the Vietnamese text as UTF-8
    elif fmt is BatchFormat.markdown:
        from ntm_cli.report.batch import markdown as batch_markdown

        rendered = batch_markdown.render(report, lang)
        encoding = "utf-8"
    elif fmt is BatchFormat.text:
        from ntm_cli.report.batch import prose as batch_prose

        rendered = batch_prose.render(report, lang)
        encoding = "utf-8"
    elif fmt is BatchFormat.html:
        from ntm_cli.report.batch import html_out as batch_html

        rendered = batch_html.render(report, lang)
        encoding = "utf-8"
    else:
        from ntm_cli.report.batch import table as batch_table

        color = output is None and stdout_is_terminal()
        rendered = batch_table.render(report, lang, color=color, width=None if color else 120)
        encoding = "utf-8"
    if output is None:
        typer.echo(rendered, nl=False)
        return
    with atomic_write(output, force=force) as handle:
        handle.write(rendered.encode(encoding))
