"""What every printable report (HTML annex, Word, workbook) shows first.

The heading facts and the commune × criteria matrix, as plain text rows that each format lays
out its own way.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import Text
from ntm_cli.report.messages import message
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary, SetLine

# One narrow column per criterion: a mark per status, explained by the legend. Shapes that
# differ in black and white, since offices print on monochrome lasers.
MARKS: dict[str, str] = {
    "met": "✓",
    "basically_met": "~",  # cơ bản đạt: declared, never counted as met
    "unmet": "×",
    "missing": "?",
    "undetermined": "!",
    "not_applicable": "–",
}
OTHER_MARK = "•"  # a status added later than this table still gets a mark and a legend line


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What the run adds to a printed report: its date, ntm's version, what to include."""

    run_date: dt.date
    version: str
    details: bool = True
    # (label, value) lines printed at the foot of the report (the run's record).
    record: tuple[tuple[str, str], ...] = ()
    target: int | None = None  # --plan --target N: each commune's plan shows its N criteria
    # (id, heading, escaped body) sections added after the report's own (e.g. --watch)
    sections: tuple[tuple[str, str, str], ...] = ()
    # the same added parts as plain lines for Word: (heading, lines) each
    notes: tuple[tuple[str, tuple[str, ...]], ...] = ()


def run_facts(*, details: bool = True) -> RunFacts:
    """Today's facts; SOURCE_DATE_EPOCH (reproducible builds' convention) fixes the date."""
    from ntm_cli import __version__

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        day = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    else:
        day = dt.date.today()
    return RunFacts(day, __version__, details)


def date_text(day: dt.date, lang: str) -> str:
    """04/12/2026 (vi) / 2026-12-04 (en)."""
    return day.isoformat() if lang == "en" else day.strftime("%d/%m/%Y")


def set_text(line: SetLine, lang: str) -> str:
    """'Bộ tiêu chí … (qd318-xa-ntm), Quyết định số 318/QĐ-TTg ngày 08/03/2022'."""
    decision = message("annex.decision", lang, number=line.decision)
    if line.decision_date is not None:
        decision += " " + message("annex.dated", lang, date=date_text(line.decision_date, lang))
    return f"{line.title.get(lang)} ({line.set_id}), {decision}"


def _names(values: Iterable[str | None], lang: str) -> str:
    found = sorted({v for v in values if v})
    if not found:
        return message("batch.unknown_place", lang)
    if len(found) > 3:
        return message("annex.n_provinces", lang, n=len(found))
    return ", ".join(found)


def _years(years: Iterable[int]) -> str:
    found = sorted(set(years))
    if not found:
        return "—"
    return str(found[0]) if len(found) == 1 else f"{found[0]}–{found[-1]}"


def heading_facts(
    provinces: Iterable[str | None],
    years: Iterable[int],
    sets: Sequence[SetLine],
    run: RunFacts,
    lang: str,
) -> list[tuple[str, str]]:
    """(label, value) lines under the report title: province, year, sets, run date, version."""
    facts = [
        (message("annex.province", lang), _names(provinces, lang)),
        (message("annex.year", lang), _years(years)),
    ]
    facts += [(message("annex.set", lang), set_text(s, lang)) for s in sets]
    facts.append((message("annex.run_date", lang), date_text(run.run_date, lang)))
    facts.append((message("annex.version", lang), f"ntm {run.version}"))
    return facts


def batch_facts(report: BatchReport, run: RunFacts, lang: str) -> list[tuple[str, str]]:
    """Heading facts of a batch report."""
    used = dict.fromkeys(c.set_id for c in report.communes)
    sets = [report.sets.get(s) or SetLine(s, Text(vi=s), "—") for s in used]
    return heading_facts(
        (c.province for c in report.communes), (c.year for c in report.communes), sets, run, lang
    )


def result_facts(
    results: Sequence[CommuneResult], run: RunFacts, lang: str
) -> list[tuple[str, str]]:
    """Heading facts of an evaluate report."""
    sets: dict[str, SetLine] = {}
    for r in results:
        sets.setdefault(r.set_id, SetLine(r.set_id, r.set_title, r.decision, r.decision_date))
    return heading_facts(
        (r.province for r in results), (r.year for r in results), list(sets.values()), run, lang
    )


def report_of(results: Sequence[CommuneResult]) -> BatchReport:
    """The batch report of evaluate's results (one roll-up for every format)."""
    from ntm_cli.scoring.rollup import roll_up, summarise

    summaries = [summarise(r, "") for r in results]
    names: dict[tuple[str, str], Text] = {}
    sets: dict[str, SetLine] = {}
    for r in results:
        sets.setdefault(r.set_id, SetLine(r.set_id, r.set_title, r.decision, r.decision_date))
        for criterion in r.criteria:
            names.setdefault((r.set_id, criterion.id), criterion.name)
    return BatchReport(roll_up(summaries), summaries, [], names, sets)


def mark(status: str) -> str:
    """The matrix mark of a status."""
    return MARKS.get(status, OTHER_MARK)


def legend(statuses: Iterable[str], lang: str) -> list[tuple[str, str]]:
    """(mark, meaning) for every status present, in the MARKS order."""
    present = set(statuses)
    order = [s for s in MARKS if s in present] + sorted(present - set(MARKS))
    return [(mark(s), message(f"status.{s}", lang)) for s in order]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One commune of the matrix."""

    number: int
    commune: str
    district: str | None
    province: str | None
    statuses: tuple[str | None, ...]  # per column; None: the commune's set has no such criterion
    met: int
    total: int


@dataclass(frozen=True, slots=True)
class Matrix:
    """The commune × criteria matrix: criterion columns, rows, which place columns to show."""

    ids: list[str]
    rows: list[MatrixRow]
    show_district: bool
    show_province: bool

    def statuses(self) -> set[str]:
        """Every status shown (for the legend)."""
        return {s for row in self.rows for s in row.statuses if s is not None}


def matrix(communes: Sequence[CommuneSummary], ids: Sequence[str]) -> Matrix:
    """Rows of the matrix, in the communes' order."""
    rows = []
    for index, c in enumerate(communes, 1):
        statuses = dict(c.statuses)
        marks = tuple(statuses.get(i) for i in ids)
        rows.append(MatrixRow(index, c.commune, c.district, c.province, marks, c.met, c.total))
    return Matrix(
        list(ids),
        rows,
        show_district=any(c.district for c in communes),
        show_province=len({c.province for c in communes}) > 1,
    )


def matrix_header(m: Matrix, lang: str) -> list[str]:
    """Column labels of the matrix: number, commune, places, criterion ids, criteria met."""
    head = [message("annex.number", lang), message("word.commune", lang)]
    if m.show_district:
        head.append(message("batch.district", lang))
    if m.show_province:
        head.append(message("batch.province", lang))
    return [*head, *m.ids, message("annex.criteria_met", lang)]


def matrix_cells(m: Matrix, row: MatrixRow, lang: str) -> list[str]:
    """One matrix row as text cells (matching matrix_header)."""
    cells = [str(row.number), row.commune]
    if m.show_district:
        cells.append(row.district or "")
    if m.show_province:
        cells.append(row.province or "")
    marks = ["" if s is None else mark(s) for s in row.statuses]
    return [*cells, *marks, f"{row.met}/{row.total}"]
