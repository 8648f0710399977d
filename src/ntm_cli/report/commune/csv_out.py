"""CSV (`--format csv`): one row per indicator, spreadsheet-safe text cells, numbers as numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from io import StringIO

from ntm_cli.model.results import CommuneResult, IndicatorResult
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import message

Cell = str | int | float | None
COLUMNS = (
    "commune",
    "district",
    "province",
    "year",
    "criteria_set",
    "criterion_id",
    "criterion",
    "criterion_status",
    "indicator_id",
    "indicator",
    "operator",
    "required",
    "actual",
    "achieved",
    "total",
    "indicator_status",
    "gap",
    "units_needed",
    "source",
)


def plain(value: float | bool | None, lang: str) -> Cell:
    """A number as a number cell (no decimal comma: the spreadsheet formats it); đạt/chưa đạt."""
    if value is None:
        return None
    if isinstance(value, bool):
        return message("word.qualitative_met" if value else "word.qualitative_unmet", lang)
    return int(value) if float(value).is_integer() else value


def number_cell(value: float, sep: str) -> str:
    """93,2 with ';' separators (as Excel set to Vietnamese reads numbers), else 93.2."""
    text = str(value)
    return text.replace(".", ",") if sep == ";" else text


def write_rows(rows: Iterable[Sequence[Cell]], sep: str = ",") -> str:
    """CSV text: text cells neutralised against formula injection, numbers left as numbers."""
    buffer = StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    for row in rows:
        writer.writerow(
            [
                ""
                if c is None
                else neutralise(c)
                if isinstance(c, str)
                else number_cell(c, sep)
                if isinstance(c, float)
                else c
                for c in row
            ]
        )
    return buffer.getvalue()


def _indicator_cells(ind: IndicatorResult | None, lang: str) -> list[Cell]:
    if ind is None:
        return [None] * 11
    return [
        ind.id,
        ind.name.get(lang),
        ind.operator,
        plain(ind.required, lang),
        plain(ind.value, lang),
        plain(ind.achieved, lang),
        plain(ind.total, lang),
        message(f"status.{ind.status}", lang),
        plain(ind.gap, lang),
        ind.units_needed,
        ind.source,
    ]


def columns(results: Sequence[CommuneResult]) -> list[str]:
    """COLUMNS, less the district when no commune gives one, plus `combined` for a merger."""
    # Districts ended on 01/7/2025; `combined` marks values summed from former communes.
    found = [c for c in COLUMNS if c != "district" or any(r.district for r in results)]
    if any(r.formed_from for r in results):
        found.append("combined")
    return found


def rows(
    results: Sequence[CommuneResult], lang: str, watch: float | None = None
) -> list[list[Cell]]:
    """The data rows: one per indicator, one per criterion without indicators.

    With `watch`, a last cell says "đạt sát ngưỡng" for a met indicator near its threshold.
    """
    from ntm_cli.scoring.watch import is_near

    district = any(r.district for r in results)
    merged = any(r.formed_from for r in results)
    yes = message("period.combined_yes", lang)
    out: list[list[Cell]] = []
    near = message("watch.near", lang)
    for r in results:
        head: list[Cell] = [r.commune, *([r.district] if district else []), r.province]
        head += [r.year, r.set_id]
        for c in r.criteria:
            crit: list[Cell] = [c.id, c.name.get(lang), message(f"status.{c.status}", lang)]
            for ind in c.indicators or (None,):
                tail: list[Cell] = [yes if ind and ind.combined else None] if merged else []
                if watch is not None:
                    tail.append(near if ind is not None and is_near(ind, watch) else None)
                out.append(head + crit + _indicator_cells(ind, lang) + tail)
    return out


def header(results: Sequence[CommuneResult], lang: str, watch: float | None = None) -> list[str]:
    """The header row in lang (see columns; with --watch, a last column)."""
    found = [message(f"commune_csv.{column}", lang) for column in columns(results)]
    return found + ([message("watch.column", lang)] if watch is not None else [])


def render(
    results: Sequence[CommuneResult], lang: str, sep: str = ",", watch: float | None = None
) -> str:
    """The whole CSV document, columns separated by sep."""
    return write_rows([header(results, lang, watch), *rows(results, lang, watch)], sep)
