"""A whole province's diff: the summary first, a table per area, then the communes."""

from __future__ import annotations

from typing import Any

from ntm_cli.report.messages import message
from ntm_cli.scoring.compare import DiffReport
from ntm_cli.scoring.diff_summary import DiffBy, DiffTally

COUNTS = (
    "compared", "gained", "lost", "lost_recognition", "unchanged", "not_comparable",
    "only_old", "only_new",
)  # fmt: skip


def summary_sentence(tally: DiffTally, lang: str) -> str:
    """'Tổng hợp: 10 xã được so sánh; 2 xã có tiêu chí mới đạt; 3 xã có tiêu chí sụt giảm; ...'."""
    parts = [message("diff_sum.compared", lang, n=tally.compared)]
    for count in COUNTS[1:]:
        value = getattr(tally, count)
        if value or count in ("gained", "lost", "lost_recognition", "unchanged"):
            parts.append(message(f"diff_sum.{count}", lang, n=value))
    return message("diff_sum.title", lang) + ": " + "; ".join(parts) + "."


def area_name(name: str | None, by: DiffBy, lang: str) -> str:
    """The row's name: a province or district, 'Nhóm 1', or '(không rõ)'."""
    if name is None:
        return message("batch.unknown_place", lang)
    return message("diff_sum.group", lang, n=name) if by == "group" else name


def header(by: DiffBy, lang: str) -> list[str]:
    """Columns of the per-area table."""
    return [
        message(f"diff_sum.by_{by}", lang),
        *(message(f"diff_sum.col_{c}", lang) for c in COUNTS),
    ]


def row(tally: DiffTally, by: DiffBy, lang: str) -> list[str]:
    """One area's counts."""
    return [area_name(tally.name, by, lang), *(str(getattr(tally, c)) for c in COUNTS)]


def summary_lines(
    overall: DiffTally, groups: list[DiffTally], by: DiffBy | None, lang: str
) -> list[str]:
    """The summary as plain text: the sentence, then one line per area."""
    lines = [summary_sentence(overall, lang)]
    for tally in groups:
        assert by is not None
        head = f"- {area_name(tally.name, by, lang)}: "
        lines.append(head + summary_sentence(tally, lang).split(": ", 1)[1])
    return lines


def markdown(
    report: DiffReport,
    overall: DiffTally,
    groups: list[DiffTally],
    by: DiffBy | None,
    lang: str,
    changed_only: bool,
) -> str:
    """Markdown: the summary, a table per area, then each (changed) commune's paragraph."""
    from ntm_cli.report.common import commune_title
    from ntm_cli.report.commune.markdown import inline
    from ntm_cli.report.diff_out import pair_lines, set_notes, unpaired_lines
    from ntm_cli.scoring.diff_summary import changed

    lines = [f"# {inline(message('diff_sum.heading', lang))}", ""]
    lines += [inline(summary_sentence(overall, lang)), ""]
    if by is not None:
        cells = header(by, lang)
        lines += ["| " + " | ".join(inline(c) for c in cells) + " |",
                  "|" + "---|" * len(cells)]  # fmt: skip
        lines += ["| " + " | ".join(inline(c) for c in row(t, by, lang)) + " |" for t in groups]
        lines.append("")
    for note in set_notes(report, lang):
        lines += [inline(note), ""]
    for pair in report.pairs:
        if changed_only and not changed(pair):
            continue
        lines += [f"## {inline(commune_title(pair.new, lang))}", ""]
        for line in pair_lines(pair, lang):
            lines += [inline(line), ""]
    for line in unpaired_lines(report, lang):
        lines += [inline(line), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def summary_dict(overall: DiffTally, groups: list[DiffTally], by: DiffBy | None) -> dict[str, Any]:
    """JSON keys: `summary` (the counts) and `groups` (per area, with `by`)."""

    def counts(tally: DiffTally) -> dict[str, int]:
        return {c: getattr(tally, c) for c in COUNTS}

    return {
        "summary": counts(overall),
        "groups": [{by or "area": t.name, **counts(t)} for t in groups],
    }


COMMUNE_COLUMNS = (
    "commune", "district", "province", "before", "now", "gained", "lost",
    "lost_recognition", "comparable",
)  # fmt: skip


def commune_table(
    report: DiffReport, lang: str, changed_only: bool
) -> tuple[list[str], list[list[str]]]:
    """One row per compared commune: both results, criteria gained and lost, flags."""
    from ntm_cli.scoring.diff_summary import changed

    yes, no = message("diff_sum.yes", lang), message("diff_sum.no", lang)
    header = [message(f"diff_sum.row_{c}", lang) for c in COMMUNE_COLUMNS]
    rows = []
    for pair in report.pairs:
        if changed_only and not changed(pair):
            continue
        old, new = pair.old, pair.new
        rows.append(
            [
                new.commune,
                new.district or "",
                new.province or "",
                f"{old.met}/{old.total} ({old.year})",
                f"{new.met}/{new.total} ({new.year})",
                ", ".join(c.id for c in pair.having("criterion", "gained")),
                ", ".join(c.id for c in pair.having("criterion", "lost")),
                yes if pair.comparable and old.meets_set and not new.meets_set else "",
                yes if pair.comparable else no,
            ]
        )
    return header, rows


def _details(report: DiffReport, lang: str, changed_only: bool) -> list[tuple[str, list[str]]]:
    """(commune, its report lines) for each commune listed."""
    from ntm_cli.report.common import commune_title
    from ntm_cli.report.diff_out import pair_lines
    from ntm_cli.scoring.diff_summary import changed

    return [
        (commune_title(p.new, lang), pair_lines(p, lang))
        for p in report.pairs
        if not changed_only or changed(p)
    ]


def html(
    report: DiffReport,
    overall: DiffTally,
    groups: list[DiffTally],
    by: DiffBy | None,
    lang: str,
    changed_only: bool,
) -> str:
    """One self-contained A4 page: summary, areas, the communes' table, then their details."""
    from html import escape

    from ntm_cli.report.annex import date_text, run_facts
    from ntm_cli.report.commune.html_out import page
    from ntm_cli.report.diff_out import unpaired_lines

    def table(head: list[str], rows: list[list[str]]) -> str:
        cells = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"

    summary = f"<p>{escape(summary_sentence(overall, lang))}</p>"
    if by is not None:
        summary += table(header(by, lang), [row(t, by, lang) for t in groups])
    summary += "".join(f"<p>{escape(line)}</p>" for line in unpaired_lines(report, lang))
    sections = [
        ("summary", message("diff_sum.title", lang), summary),
        (
            "communes",
            message("diff_sum.communes", lang),
            table(*commune_table(report, lang, changed_only)),
        ),
        (
            "details",
            message("diff_sum.details", lang),
            "".join(
                f"<h3>{escape(title)}</h3>" + "".join(f"<p>{escape(x)}</p>" for x in lines)
                for title, lines in _details(report, lang, changed_only)
            ),
        ),
    ]
    title = message("diff_sum.heading", lang)
    run = run_facts()
    years = sorted({p.old.year for p in report.pairs} | {p.new.year for p in report.pairs})
    facts = [
        (message("diff_sum.years", lang), " → ".join(str(y) for y in years) or "—"),
        (message("annex.run_date", lang), date_text(run.run_date, lang)),
        (message("annex.version", lang), f"ntm {run.version}"),
    ]
    return page(lang, title=title, facts=facts, sections=sections, run=run)


def write_xlsx(
    target: Any,
    report: DiffReport,
    overall: DiffTally,
    groups: list[DiffTally],
    by: DiffBy | None,
    lang: str,
    changed_only: bool,
) -> None:
    """A workbook: the summary (and areas), then one row per commune; cells neutralised."""
    from openpyxl import Workbook

    from ntm_cli.inputs.read import REPORT_KEYWORD
    from ntm_cli.report.sheet_print import write_sheet

    workbook = Workbook(write_only=True)
    workbook.properties.keywords = REPORT_KEYWORD  # so a later batch skips it as input
    counts = [[message(f"diff_sum.col_{c}", lang), getattr(overall, c)] for c in COUNTS]
    head = [message("diff_sum.figure", lang), message("diff_sum.value", lang)]
    write_sheet(workbook, message("diff_sum.title", lang), head, counts)
    if by is not None:
        write_sheet(workbook, message(f"diff_sum.by_{by}", lang), header(by, lang),
                    [row(t, by, lang) for t in groups])  # fmt: skip
    head, rows = commune_table(report, lang, changed_only)
    write_sheet(workbook, message("diff_sum.communes", lang), head, rows, freeze="B2")
    workbook.save(target)


def write_docx(
    target: Any,
    report: DiffReport,
    overall: DiffTally,
    groups: list[DiffTally],
    by: DiffBy | None,
    lang: str,
    changed_only: bool,
) -> None:
    """A Word document: the summary, the areas' and communes' tables, then the details."""
    from ntm_cli.report.diff_out import unpaired_lines
    from ntm_cli.report.docx_out import WordReport

    word = WordReport(message("diff_sum.heading", lang), [], lang)
    word.heading(message("diff_sum.title", lang))
    word.paragraph(summary_sentence(overall, lang))
    if by is not None:
        word.table(header(by, lang), [row(t, by, lang) for t in groups])
    for line in unpaired_lines(report, lang):
        word.paragraph(line)
    word.heading(message("diff_sum.communes", lang))
    word.table(*commune_table(report, lang, changed_only))
    word.heading(message("diff_sum.details", lang))
    for title, lines in _details(report, lang, changed_only):
        word.heading(title, 2)
        for line in lines:
            word.paragraph(line)
    word.save(target)
