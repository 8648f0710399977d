"""`ntm batch`: score many communes (folders, globs, YAML, sheets) and roll the figures up."""

import sys
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from ntm_cli.model.errors import ErrorRecord, UsageError, said

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ntm_cli.report.annex import RunFacts
    from ntm_cli.scoring.rollup import BatchReport


class BatchFormat(StrEnum):
    """Formats `ntm batch` writes."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"
    docx = "docx"
    text = "text"
    html = "html"


class GroupBy(StrEnum):
    """Levels the roll-up can be broken down by."""

    district = "district"
    province = "province"
    group = "group"  # commune group 1/2/3 (QĐ 51/2025)


def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=help_text("help.batch.paths"),
            show_default=False,
        ),
    ],
    set_id: Annotated[
        str | None,
        typer.Option("--set", help=help_text("help.batch.set")),
    ] = None,
    by: Annotated[
        GroupBy | None,
        typer.Option("--by", help=help_text("period.help_by")),
    ] = None,
    floor: Annotated[
        int | None,
        typer.Option(
            "--floor",
            min=1,
            help=help_text("batch_help.floor"),
            show_default=False,
        ),
    ] = None,
    bands: Annotated[
        str | None,
        typer.Option("--bands", help=help_text("batch_help.bands"), show_default=False),
    ] = None,
    fmt: Annotated[
        BatchFormat, typer.Option("--format", "-f", help=help_text("help.batch.format"))
    ] = BatchFormat.table,
    output: OutputOption = None,
    force: ForceOption = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help=help_text("help.batch.jobs"),
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help=help_text("help.batch.quiet"))
    ] = False,
    lang: LangOption = Language.vi,
    sets_dir: SetsDirOption = None,
    empty_status: EmptyStatusOption = EmptyStatus.not_given,
    no_details: NoDetailsOption = False,
    sep: SepOption = None,
    watch: Annotated[bool, typer.Option("--watch", help=help_text("watch.help"))] = False,
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
    from ntm_cli.run.batch import (
        Renderings,
        Settings,
        check_bands,
        check_floor,
        parse_bands,
        score_batch,
    )
    from ntm_cli.run.record import run_time
    from ntm_cli.scoring.watch import DEFAULT_MARGIN

    registry = Registry(sets_dir or ())
    cuts = parse_bands(bands)
    if set_id:  # an unknown --set, or a --floor it cannot reach: before any file is read
        check_floor(floor, registry.get(set_id))
        check_bands(cuts, registry.get(set_id))
    if fmt is BatchFormat.xlsx and output is None:
        raise UsageError(said("error.xlsx_needs_output"))
    if fmt is BatchFormat.docx and output is None:
        raise UsageError(said("annex.needs_output", fmt="docx"))
    if output is not None:
        check_target(output, force=force)
    # JSON only: the workers render each commune's object where they score it
    margin = DEFAULT_MARGIN if watch else None
    render = (
        partial(commune_json, lang=lang.value, watch=margin) if fmt is BatchFormat.json else None
    )
    # The run's record (set and input digests): in the JSON and the printed report's footer.
    run_at = run_time() if fmt in (BatchFormat.json, BatchFormat.html, BatchFormat.docx) else None
    empty_unmet = empty_status is EmptyStatus.unmet
    settings = Settings(tuple(sets_dir or ()), set_id, render, empty_unmet, margin)
    show = not quiet and sys.stderr.isatty()
    objects = Renderings() if render is not None else None
    notes: list[ErrorRecord] = []
    with _sigterm_as_exit(), closing(objects) if objects is not None else nullcontext():
        report = score_batch(
            paths,
            registry,
            settings,
            by=by.value if by else None,
            floor=floor,
            bands=cuts,
            jobs=jobs,
            skip=output,
            progress=(lambda total: _progress(lang.value, total)) if show else None,
            rendered=objects,
            run_at=run_at,
            notes=notes,
        )
        _write(
            report, objects, fmt, output, force, lang.value,
            details=not no_details, sep=csv_separator(sep, lang.value, to_file=output is not None),
        )  # fmt: skip
    from ntm_cli.report.messages import message

    for path in report.skipped:  # one line each, on stderr: not an input error
        typer.echo(message("figures.skipped_report", lang.value, path=path), err=True)
    if by is GroupBy.district and report.communes and not any(c.district for c in report.communes):
        typer.echo(message("batch.no_districts", lang.value), err=True)
    if not quiet:
        print_errors(notes, lang.value)  # a sheet's skipped columns and rows: notes
    print_errors(report.errors, lang.value)
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


@contextmanager
def _progress(lang: str, total: int) -> Iterator["_Bar"]:
    """A progress bar on standard error while the batch runs."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from ntm_cli.report.messages import message

    label = message("batch.progress", lang)
    progress = Progress(
        f"[bold]{label}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        yield _Bar(progress, progress.add_task("ntm batch", total=total))


class _Bar:
    """The batch's view of a rich progress bar: more units to do, units done."""

    def __init__(self, progress: "Progress", task: "TaskID") -> None:
        self.progress, self.task = progress, task

    def add_units(self, count: int) -> None:
        """Sheet rows found while reading: more to score."""
        total = self.progress.tasks[0].total or 0
        self.progress.update(self.task, total=total + count)

    def advance(self, count: int) -> None:
        """Units scored."""
        self.progress.advance(self.task, count)


def _write(
    report: "BatchReport",
    commune_objects: Iterable[bytes] | None,
    fmt: BatchFormat,
    output: Path | None,
    force: bool,
    lang: str,
    *,
    details: bool = True,
    sep: str = ",",
) -> None:
    """Render the report in fmt to output (atomically) or standard output."""
    from ntm_cli.report.atomic import atomic_write

    if fmt is BatchFormat.docx:
        from ntm_cli.report import docx_out

        assert output is not None
        with atomic_write(output, force=force) as handle:
            docx_out.write_batch(handle, report, lang, _run(report, lang, details))
        return
    if fmt is BatchFormat.xlsx:
        from ntm_cli.report.batch import xlsx_out as batch_xlsx

        assert output is not None
        with atomic_write(output, force=force) as handle:
            batch_xlsx.write(handle, report, lang)
        return
    if fmt is BatchFormat.json:
        from ntm_cli.report.batch import json_out as batch_json

        assert commune_objects is not None
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

        rendered = batch_csv.render(report, lang, sep)
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

        rendered = batch_html.render(report, lang, _run(report, lang, details))
        encoding = "utf-8"
    else:
        from ntm_cli.report.batch import table as batch_table

        color = output is None and stdout_is_terminal()
        rendered = batch_table.render(report, lang, color=color, width=None if color else 120)
        encoding = "utf-8"
    if report.rollup.watch is not None and fmt in (
        BatchFormat.table,
        BatchFormat.text,
        BatchFormat.markdown,
    ):
        from ntm_cli.report.batch import watch_out

        block = (watch_out.markdown if fmt is BatchFormat.markdown else watch_out.lines)(
            report, lang
        )
        rendered = rendered.rstrip("\n") + "\n\n" + "\n".join(block) + "\n"
    if output is None:
        typer.echo(rendered, nl=False)
        return
    with atomic_write(output, force=force) as handle:
        handle.write(rendered.encode(encoding))


def _run(report: "BatchReport", lang: str, details: bool) -> "RunFacts":
    """What a printed report adds: date, version, details or not, the run's record."""
    from ntm_cli.report.annex import run_facts

    run = run_facts(details=details)
    if report.record is not None:
        from dataclasses import replace

        from ntm_cli.report.record_view import record_lines

        run = replace(run, record=record_lines(report.record, lang))
    if report.rollup.watch is not None:
        from dataclasses import replace

        from ntm_cli.report.batch import watch_out

        section = ("watch", watch_out.heading(report, lang), watch_out.html(report, lang))
        lines = tuple(watch_out.lines(report, lang)[1:])
        run = replace(run, sections=(section,), notes=((section[1], lines),))
    return run
