"""What every batch format shows: the report record and its rows of labelled cells."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import Decimal
from typing import Any

from ntm_cli.model.errors import ErrorRecord
from ntm_cli.model.sets import Text
from ntm_cli.report.common import count_text
from ntm_cli.report.messages import message, say
from ntm_cli.report.wording import number
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary, Tally

Row = list[str | int | float | None]


def decimal_text(value: Decimal | None, lang: str) -> str:
    """16.1 -> '16,1' (vi) / '16.1' (en); None -> '—'."""
    return "—" if value is None else number(float(value), lang, digits=1)


def decimal_number(value: Decimal | None) -> float | None:
    """A one-decimal Decimal as a JSON / spreadsheet number."""
    return None if value is None else float(value)


def place(name: str | None, lang: str) -> str:
    """A district or province name, or '(không rõ)' when the data gave none."""
    return name if name else message("batch.unknown_place", lang)


def criterion_label(report: BatchReport, criterion_id: str, lang: str) -> str:
    """'6. Cơ sở vật chất văn hóa' (the id alone when no set names it)."""
    name = report.names.get(criterion_id)
    return f"{criterion_id}. {name.get(lang)}" if name else criterion_id


def labeller(
    names: Mapping[str, Text], set_ids: Collection[str], lang: str
) -> Callable[[str], str]:
    """Criterion id -> 'Giao thông (02)'; 'tiêu chí 02' / 'criterion 02' under several sets.

    The roll-up keys criteria by id only; under two different sets the same id can name two
    different criteria, so a name is shown only when the communes share one set.
    """
    one_set = len(set(set_ids)) <= 1

    def label(criterion_id: str) -> str:
        number = f"{int(criterion_id):02d}" if criterion_id.isdigit() else criterion_id
        name = names.get(criterion_id)
        if name and one_set:
            return f"{name.get(lang)} ({number})"
        return message("word.criterion_number", lang, number=number)

    return label


def report_labeller(report: BatchReport, lang: str) -> Callable[[str], str]:
    """The labeller for a batch report's criteria (see labeller)."""
    return labeller(report.names, {c.set_id for c in report.communes}, lang)


def criterion_ids(report: BatchReport) -> list[str]:
    """Every criterion id the communes were scored on, in set order of first appearance."""
    seen: dict[str, None] = {}
    for commune in report.communes:
        for criterion_id, _ in commune.statuses:
            seen.setdefault(criterion_id)
    return list(seen)


def summary_rows(report: BatchReport, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs of the headline figures."""
    overall = report.rollup.overall
    share = decimal_text(overall.share_met, lang)
    rows = [
        (message("batch.communes", lang), str(overall.communes)),
        (message("batch.met", lang), str(overall.met)),
        (message("batch.share", lang), share if share == "—" else f"{share}%"),
        (message("batch.average", lang), decimal_text(overall.average_met, lang)),
        (
            message("batch.under_floor", lang).format(floor=report.rollup.floor),
            str(overall.under_floor),
        ),
        (message("batch.errors", lang), str(len(report.errors))),
    ]
    if overall.criteria_basically_met:  # shown only when some commune declares cơ bản đạt
        rows.insert(4, (message("period.batch_basic", lang), str(overall.criteria_basically_met)))
    return rows


def group_keys(report: BatchReport) -> list[str]:
    """What names a row of the per-district / per-province / per-group table."""
    by = report.rollup.by
    return (
        ["province", "district"]
        if by == "district"
        else ["group"]
        if by == "group"
        else ["province"]
    )


def group_names(report: BatchReport, tally: Tally, lang: str) -> list[str]:
    """The row's names: province (and district), or 'Nhóm 1' for a commune group."""
    if report.rollup.by == "group":
        if tally.group is None:
            return [message("period.group_unknown", lang)]
        return [message("period.group_name", lang, group=tally.group)]
    names = [place(tally.province, lang)]
    if report.rollup.by == "district":
        names.append(place(tally.district, lang))
    return names


def group_header(report: BatchReport, lang: str) -> list[str]:
    """Column labels of the per-district / per-province / per-group table."""
    keys = group_keys(report)
    floor = report.rollup.floor
    return [
        *(message(f"batch.{k}", lang) for k in keys),
        message("batch.communes", lang),
        message("batch.met", lang),
        message("batch.share", lang),
        message("batch.average", lang),
        message("batch.under_floor", lang).format(floor=floor),
    ]


def group_row(report: BatchReport, tally: Tally, lang: str) -> list[str]:
    """One district's or province's figures as text."""
    names = group_names(report, tally, lang)
    share = decimal_text(tally.share_met, lang)
    return [
        *names,
        str(tally.communes),
        str(tally.met),
        share if share == "—" else f"{share}%",
        decimal_text(tally.average_met, lang),
        str(tally.under_floor),
    ]


def missed_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """(criterion, communes missing it), most missed first."""
    return [
        [criterion_label(report, cid, lang), str(count)] for cid, count in report.rollup.most_missed
    ]


def shows_district(report: BatchReport) -> bool:
    """Whether any commune gives a district (none do since 01/7/2025: the column is dropped)."""
    return any(c.district for c in report.communes)


def _no_district(report: BatchReport, row: list[Any]) -> list[Any]:
    """The row without its second cell (the district) when no commune gives one."""
    return row if shows_district(report) else [row[0], *row[2:]]


def closest_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """Communes not meeting their set, fewest criteria short first."""
    return [
        _no_district(
            report,
            [
                c.commune,
                place(c.district, lang),
                count_text(c.met, c.basically_met, c.total, lang),
                str(c.not_met),
                ", ".join(
                    cid for cid, status in c.statuses if status not in ("met", "not_applicable")
                ),
            ],
        )
        for c in report.rollup.closest
    ]


def closest_header(report: BatchReport, lang: str) -> list[str]:
    """Column labels of the closest-communes table."""
    return _no_district(
        report,
        [
            message("word.commune", lang),
            message("batch.district", lang),
            message("batch.criteria_met", lang),
            message("batch.short_by", lang),
            message("batch.not_met_list", lang),
        ],
    )


def commune_header(report: BatchReport, lang: str) -> list[str]:
    """Columns of the per-commune sheet: who, set, counts, then one column per criterion."""
    return _no_district(
        report,
        [
            message("word.commune", lang),
            message("batch.district", lang),
            message("batch.province", lang),
            message("batch.year", lang),
            message("batch.set", lang),
            message("batch.criteria_met", lang),
            message("batch.criteria_total", lang),
            message("batch.result", lang),
            *(criterion_label(report, cid, lang) for cid in criterion_ids(report)),
        ],
    )


def commune_row(report: BatchReport, commune: CommuneSummary, ids: list[str], lang: str) -> Row:
    """One commune: counts as numbers, each criterion's status in words (Đạt / Chưa đạt)."""
    statuses = dict(commune.statuses)
    return _no_district(
        report,
        [
            commune.commune,
            commune.district,
            commune.province,
            commune.year,
            commune.set_id,
            commune.met,
            commune.total,
            message("batch.meets" if commune.meets_set else "batch.not_meets", lang),
            *(message(f"status.{statuses[cid]}", lang) if cid in statuses else None for cid in ids),
        ],
    )


def error_header(lang: str) -> list[str]:
    """Columns of the error table."""
    return [message("batch.location", lang), message("batch.message", lang)]


def error_row(error: ErrorRecord, lang: str) -> list[str]:
    """An input error: 'file:line:col' and what is wrong, in lang."""
    return [str(error.location), say(error.message, lang)]
