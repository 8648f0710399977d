"""What every batch format shows: the report record and its rows of labelled cells."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ntm_cli.model.errors import ErrorRecord
from ntm_cli.model.sets import Text
from ntm_cli.report.common import count_text, notice_text
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


def set_name(report: BatchReport, set_id: str, year: int, lang: str) -> str:
    """'Năm 2025, 318/QĐ-TTg' / 'Year 2025, 318/QĐ-TTg': one (set, year) of the roll-up."""
    decision = report.decisions.get(set_id, set_id)
    return message("figures.set_year", lang, year=year, decision=decision)


def several(report: BatchReport) -> bool:
    """True when the batch spans several (criteria set, year) pairs: figures are per pair."""
    return len(report.rollup.sets) > 1


def criterion_label(report: BatchReport, key: tuple[str, str], lang: str) -> str:
    """'6. Cơ sở vật chất văn hóa' for (set id, criterion id); the id alone when unnamed."""
    name = report.names.get(key)
    return f"{key[1]}. {name.get(lang)}" if name else key[1]


def labeller(names: Mapping[tuple[str, str], Text], lang: str) -> Callable[[str, str], str]:
    """(set id, criterion id) -> 'Giao thông (02)': a criterion is named within its own set."""

    def label(set_id: str, criterion_id: str) -> str:
        number = f"{int(criterion_id):02d}" if criterion_id.isdigit() else criterion_id
        name = names.get((set_id, criterion_id))
        if name:
            return f"{name.get(lang)} ({number})"
        return message("word.criterion_number", lang, number=number)

    return label


def report_labeller(report: BatchReport, lang: str) -> Callable[[str, str], str]:
    """The labeller for a batch report's criteria (see labeller)."""
    return labeller(report.names, lang)


def criterion_ids(report: BatchReport) -> list[tuple[str, str]]:
    """Every (set id, criterion id) the communes were scored on, sets in roll-up order."""
    seen: dict[tuple[str, str], None] = {}
    order = {part.tally.set_id: i for i, part in reversed(list(enumerate(report.rollup.sets)))}
    for commune in sorted(report.communes, key=lambda c: order.get(c.set_id, 0)):
        for criterion_id, _ in commune.statuses:
            seen.setdefault((commune.set_id, criterion_id))
    return list(seen)


def column_label(report: BatchReport, key: tuple[str, str], lang: str) -> str:
    """A per-commune sheet's column: '2. Giao thông'; under several sets, the decision first."""
    label = criterion_label(report, key, lang)
    if len({c for c, _ in criterion_ids(report)}) > 1:
        return f"{report.decisions.get(key[0], key[0])}: {label}"
    return label


def floor_label(report: BatchReport, lang: str) -> str | None:
    """'Số xã dưới 15 tiêu chí' (one floor), 'Số xã dưới mức sàn' (several), None (no floor)."""
    floors = {part.tally.floor for part in report.rollup.sets} - {None}
    if not floors:
        return None
    if len(floors) == 1:
        return message("batch.under_floor", lang, floor=floors.pop())
    return message("figures.under_own_floor", lang)


def _share_text(value: Decimal | None, lang: str) -> str:
    text = decimal_text(value, lang)
    return text if text == "—" else f"{text}%"


def summary_rows(report: BatchReport, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs of the headline figures (per-set figures: set_rows)."""
    overall = report.rollup.overall
    rows = [
        (message("batch.communes", lang), str(overall.communes)),
        (message("batch.met", lang), str(overall.met)),
    ]
    if not overall.mixed:
        rows.append((message("batch.share", lang), _share_text(overall.share_met, lang)))
        rows.append((message("batch.average", lang), decimal_text(overall.average_met, lang)))
        if overall.criteria_basically_met:  # only when some commune declares cơ bản đạt
            rows.append((message("period.batch_basic", lang), str(overall.criteria_basically_met)))
        label = floor_label(report, lang)
        if label is not None:
            rows.append((label, str(overall.under_floor)))
    rows.append((message("batch.errors", lang), str(len(report.errors))))
    return rows


def set_header(lang: str) -> list[str]:
    """Columns of the per-(set, year) figures."""
    return [
        message("batch.year", lang),
        message("batch.set", lang),
        message("figures.criteria_count", lang),
        message("batch.communes", lang),
        message("batch.met", lang),
        message("batch.share", lang),
        message("batch.average", lang),
        message("figures.floor", lang),
        message("figures.under_floor", lang),
    ]


def set_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """Each (set, year)'s figures as text; '—' where the set has no floor."""
    rows = []
    for part in report.rollup.sets:
        tally = part.tally
        rows.append(
            [
                str(tally.year),
                f"{report.decisions.get(tally.set_id or '', tally.set_id)} ({tally.set_id})",
                str(tally.criteria),
                str(tally.communes),
                str(tally.met),
                _share_text(tally.share_met, lang),
                decimal_text(tally.average_met, lang),
                "—" if tally.floor is None else str(tally.floor),
                "—" if tally.under_floor is None else str(tally.under_floor),
            ]
        )
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
    if several(report):
        keys += ["year", "set"]
    under = floor_label(report, lang)
    return [
        *(message(f"batch.{k}", lang) for k in keys),
        message("batch.communes", lang),
        message("batch.met", lang),
        message("batch.share", lang),
        message("batch.average", lang),
        *([under] if under is not None else []),
    ]


def group_row(report: BatchReport, tally: Tally, lang: str) -> list[str]:
    """One district's, province's or group's figures (for one set and year) as text."""
    names = group_names(report, tally, lang)
    if several(report):
        names += [str(tally.year), report.decisions.get(tally.set_id or "", tally.set_id or "")]
    under = [] if floor_label(report, lang) is None else [
        "—" if tally.under_floor is None else str(tally.under_floor)
    ]  # fmt: skip
    return [
        *names,
        str(tally.communes),
        str(tally.met),
        _share_text(tally.share_met, lang),
        decimal_text(tally.average_met, lang),
        *under,
    ]


def distribution_header(report: BatchReport, lang: str) -> list[str]:
    """Columns of the distribution of communes by criteria met."""
    head = [message("batch.criteria_met", lang), message("batch.communes", lang)]
    return [message("batch.set", lang), *head] if several(report) else head


def distribution_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """(criteria met as 'x/19', communes) per (set, year), most criteria first."""
    rows = []
    for part in report.rollup.sets:
        name = set_name(report, *part.key, lang)
        for met, count in part.distribution:
            row = [f"{met}/{part.tally.criteria}", str(count)]
            rows.append([name, *row] if several(report) else row)
    return rows


def missed_header(report: BatchReport, lang: str) -> list[str]:
    """Columns of the most-missed criteria."""
    head = [message("batch.not_met_list", lang), message("batch.missed_by", lang)]
    return [message("batch.set", lang), *head] if several(report) else head


def missed_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """(criterion, communes missing it) per (set, year), most missed first."""
    rows = []
    for part in report.rollup.sets:
        set_id, _ = part.key
        name = set_name(report, *part.key, lang)
        for cid, count in part.most_missed:
            row = [criterion_label(report, (set_id, cid), lang), str(count)]
            rows.append([name, *row] if several(report) else row)
    return rows


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
            *(column_label(report, key, lang) for key in criterion_ids(report)),
            *([message("watch.column", lang)] if report.rollup.watch is not None else []),
        ],
    )


def commune_row(
    report: BatchReport, commune: CommuneSummary, ids: list[tuple[str, str]], lang: str
) -> Row:
    """One commune: counts as numbers, each criterion's status in words (Đạt / Chưa đạt)."""
    statuses = {(commune.set_id, cid): status for cid, status in commune.statuses}
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
            # --watch: the indicators met near their threshold
            *([", ".join(i for _, i in commune.near)] if report.rollup.watch is not None else []),
        ],
    )


def band_label(lo: int | None, hi: int | None, lang: str) -> str:
    """'đạt 10 tiêu chí trở lên', 'từ 5 đến 9 tiêu chí', 'dưới 5 tiêu chí'."""
    if hi is None:
        return message("figures.band_top", lang, lo=lo)
    if lo is None:
        return message("figures.band_low", lang, under=hi + 1)
    return message("figures.band_mid", lang, lo=lo, hi=hi)


def band_header(report: BatchReport, lang: str) -> list[str]:
    """Columns of the bands table."""
    head = [message("figures.band", lang), message("batch.communes", lang)]
    return [message("batch.set", lang), *head] if several(report) else head


def band_rows(report: BatchReport, lang: str) -> list[list[str]]:
    """(band, communes) per (set, year), from the most criteria down (empty without --bands)."""
    rows = []
    for part in report.rollup.sets:
        name = set_name(report, *part.key, lang)
        for lo, hi, count in part.bands:
            row = [band_label(lo, hi, lang), str(count)]
            rows.append([name, *row] if several(report) else row)
    return rows


def commune_band(report: BatchReport, commune: CommuneSummary, lang: str) -> str:
    """The band of criteria met a commune falls in (empty without --bands)."""
    for part in report.rollup.sets:
        if part.key == (commune.set_id, commune.year):
            for lo, hi, _ in part.bands:
                if (lo is None or commune.met >= lo) and (hi is None or commune.met <= hi):
                    return band_label(lo, hi, lang)
    return ""


def warnings_of(commune: CommuneSummary, lang: str) -> list[str]:
    """A commune's warnings (declared status disagreeing with its data, ...), translated."""
    return [notice_text(key, dict(args), lang) for key, args in commune.notices]


def warning_header(report: BatchReport, lang: str) -> list[str]:
    """Columns of the warnings table: which commune, then the warning."""
    return _no_district(
        report,
        [
            message("word.commune", lang),
            message("batch.district", lang),
            message("batch.province", lang),
            message("batch.year", lang),
            message("figures.warning", lang),
        ],
    )


def warning_rows(report: BatchReport, lang: str) -> list[list[Any]]:
    """One row per warning, communes in input order: what an office must query the commune on."""
    return [
        _no_district(report, [c.commune, c.district or "", c.province or "", c.year, text])
        for c in report.communes
        for text in warnings_of(c, lang)
    ]


def error_header(lang: str) -> list[str]:
    """Columns of the error table."""
    return [message("batch.location", lang), message("batch.message", lang)]


def error_row(error: ErrorRecord, lang: str) -> list[str]:
    """An input error: 'file:line:col' and what is wrong, in lang."""
    return [str(error.location), say(error.message, lang)]
