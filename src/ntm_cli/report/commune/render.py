"""Output formats: each module renders results to a string and never prints.

RENDERERS maps every text `ntm evaluate --format` value to a function, WRITERS every binary
one (xlsx, docx: written to --output); modules are imported only when their format is used,
so start-up stays lean.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from ntm_cli.model.results import CommuneResult

if TYPE_CHECKING:
    from ntm_cli.model.record import RunRecord  # four frozen dataclasses the table never needs
    from ntm_cli.report.annex import RunFacts


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What the user asked for besides the format."""

    lang: str = "vi"
    unmet_only: bool = False
    color: bool = False
    width: int | None = 120
    as_list: bool = False
    plan: bool = False
    target: int | None = None  # --plan --target N: the N criteria cheapest to reach
    details: bool = True  # printable reports: each commune's details after the matrix
    records: tuple[RunRecord, ...] = ()  # each result's run record, in step (JSON, HTML)
    sep: str = ","  # CSV column separator
    watch: float | None = None  # --watch: margin in percent of the threshold


Renderer = Callable[[Sequence[CommuneResult], RenderOptions], str]
Writer = Callable[[IO[bytes], Sequence[CommuneResult], RenderOptions], None]


def _watched(render: Renderer, style: str) -> Renderer:
    """The renderer, followed by the --watch block (plain lines or Markdown)."""

    def both(results: Sequence[CommuneResult], o: RenderOptions) -> str:
        text = render(results, o)
        if o.watch is None:
            return text
        from ntm_cli.report.watch_text import watch_lines, watch_markdown

        lines = (watch_markdown if style == "markdown" else watch_lines)(results, o.watch, o.lang)
        return text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"

    return both


def _table(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    if o.plan:
        from ntm_cli.report.plan import plan_out
        from ntm_cli.scoring.priorities import plan

        return plan_out.render_text([plan(r, o.target) for r in results], o.lang)
    from ntm_cli.report.commune import table

    return table.render(results, o.lang, unmet_only=o.unmet_only, color=o.color, width=o.width)


def _json(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    if o.plan:
        from ntm_cli.report.plan import plan_out
        from ntm_cli.scoring.priorities import plan

        return plan_out.render_json(
            [plan(r, o.target) for r in results], o.lang, as_list=o.as_list, records=o.records
        )
    from ntm_cli.report.commune import json_out

    return json_out.render(results, o.lang, as_list=o.as_list, records=o.records, watch=o.watch)


def _text(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    if o.plan:
        from ntm_cli.report.plan import plan_out
        from ntm_cli.scoring.priorities import plan

        return plan_out.render_text([plan(r, o.target) for r in results], o.lang)
    from ntm_cli.report.commune import prose

    return prose.render(results, o.lang)


def _markdown(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    if o.plan:
        from ntm_cli.report.plan import plan_out
        from ntm_cli.scoring.priorities import plan

        return plan_out.render_markdown([plan(r, o.target) for r in results], o.lang)
    from ntm_cli.report.commune import markdown

    return markdown.render(results, o.lang, unmet_only=o.unmet_only)


def _csv(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    if o.plan:
        from ntm_cli.report.plan import plan_out
        from ntm_cli.scoring.priorities import plan

        return plan_out.render_csv([plan(r, o.target) for r in results], o.lang, o.sep)
    from ntm_cli.report.commune import csv_out

    return csv_out.render(results, o.lang, o.sep, o.watch)


def _run(results: Sequence[CommuneResult], o: RenderOptions) -> RunFacts:
    """What a printed report adds: date, version, details or not, target, the run's record."""
    from dataclasses import replace

    from ntm_cli.report.annex import run_facts

    run = replace(run_facts(details=o.details), target=o.target)
    if o.records:
        from ntm_cli.report.record_view import combined, record_lines

        run = replace(run, record=record_lines(combined(o.records), o.lang))
    if o.watch is not None:
        from ntm_cli.report.watch_text import watch_heading, watch_html, watch_lines

        section = ("watch", watch_heading(o.watch, o.lang), watch_html(results, o.watch, o.lang))
        lines = tuple(watch_lines(results, o.watch, o.lang)[1:])
        run = replace(run, sections=(section,), notes=((section[1], lines),))
    return run


def _html(results: Sequence[CommuneResult], o: RenderOptions) -> str:
    # The HTML report always carries each commune's priorities in its drill-down.
    from ntm_cli.report.commune import html_out

    return html_out.render(results, o.lang, _run(results, o))


def _docx(target: IO[bytes], results: Sequence[CommuneResult], o: RenderOptions) -> None:
    from ntm_cli.report import docx_out

    docx_out.write_results(target, results, o.lang, _run(results, o))


def _xlsx(target: IO[bytes], results: Sequence[CommuneResult], o: RenderOptions) -> None:
    from ntm_cli.report.annex import report_of
    from ntm_cli.report.batch import xlsx_out
    from ntm_cli.report.commune.csv_out import header, rows

    head = header(results, o.lang, o.watch)
    xlsx_out.write(target, report_of(results), o.lang, (head, rows(results, o.lang, o.watch)))


# Formats written as bytes to an --output file.
WRITERS: dict[str, Writer] = {"xlsx": _xlsx, "docx": _docx}

RENDERERS: dict[str, Renderer] = {
    "table": _watched(_table, "text"),
    "json": _json,
    "text": _watched(_text, "text"),
    "markdown": _watched(_markdown, "markdown"),
    "csv": _csv,
    "html": _html,
}


def render(fmt: str, results: Sequence[CommuneResult], options: RenderOptions) -> str:
    """Render results in the named format."""
    return RENDERERS[fmt](results, options)
