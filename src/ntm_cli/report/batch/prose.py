"""Batch prose (`ntm batch --format text`): the figures as a coordination office writes them."""

from __future__ import annotations

from ntm_cli.report.batch.common import band_label, report_labeller, warnings_of
from ntm_cli.report.messages import message
from ntm_cli.report.wording import one_decimal, share, two_digits
from ntm_cli.scoring.rollup import BatchReport, SetRollup, Tally

# The roll-up counts a criterion as missed when it is unmet, lacks data or has an unknown
# threshold (`scoring.rollup.MISSED`), so the sentence says "or not assessable".
# Listing every commune under the floor is useful up to a point; beyond it the count says it.
UNDER_LIST_LIMIT = 20
MISSED_LIMIT = 5


def _met_key(met: int) -> str:
    return "met_none" if met == 0 else "met_one" if met == 1 else "met"


def _count(n: int, lang: str) -> str:
    return two_digits(n) if lang != "en" else str(n)


def tally_sentence(tally: Tally, lang: str, head: str) -> str:
    """'<head>: có 88 xã đạt đủ tiêu chí (73,3%), tiêu chí bình quân đạt 16,1 tiêu chí/xã; ...'.

    The floor clause is given only when the tally's set has a floor (or --floor is given).
    """
    avg = tally.average_met
    parts = [
        message(f"batch_prose.{_met_key(tally.met)}", lang).format(
            met=_count(tally.met, lang), share=share(tally.met, tally.communes, lang)
        ),
        message("batch_prose.average", lang).format(
            avg="—" if avg is None else one_decimal(float(avg), lang)
        ),
    ]
    floor, under = tally.floor, tally.under_floor
    if floor is None or under is None:
        return f"{head}: {', '.join(parts)}."
    clause = (
        message("batch_prose.under_one" if under == 1 else "batch_prose.under", lang).format(
            n=_count(under, lang), floor=floor
        )
        if under
        else message("batch_prose.none_under", lang).format(floor=floor)
    )
    return f"{head}: {', '.join(parts)}; {clause}."


def _set_paragraph(report: BatchReport, part: SetRollup, lang: str, head: str) -> str:
    """One (set, year)'s sentence, the communes under its floor and its most-missed criteria."""
    line = tally_sentence(part.tally, lang, head)
    if part.under_floor and len(part.under_floor) <= UNDER_LIST_LIMIT:
        items = ", ".join(f"{c.commune} ({c.met}/{c.total})" for c in part.under_floor)
        line += " " + message("batch_prose.under_list", lang).format(
            floor=part.tally.floor, items=items
        )
    if part.bands:  # the breakdown of the 2026–2030 report forms (--bands)
        items = "; ".join(
            message("figures.band_item", lang, band=band_label(lo, hi, lang), n=_count(n, lang))
            for lo, hi, n in part.bands
        )
        line += " " + message("figures.bands_prose", lang, items=items)
    if part.most_missed:
        label = report_labeller(report, lang)
        set_id, _ = part.key
        items = "; ".join(
            message(
                "figures.missed_item_one" if count == 1 else "batch_prose.missed_item", lang
            ).format(label=label(set_id, cid), n=count)
            for cid, count in part.most_missed[:MISSED_LIMIT]
        )
        line += " " + message("batch_prose.missed", lang).format(items=items)
    return line


def paragraphs(report: BatchReport, lang: str) -> list[str]:
    """The overall paragraph (one per criteria set and year), then one per district/province.

    Criteria are counted within one set and one year: a batch of QĐ 318 and QĐ 51/2025
    communes, or of two years, gets one paragraph per (set, year), never one average.
    """
    rollup = report.rollup
    lines = []
    for part in rollup.sets:
        if rollup.single is not None:
            head = message("batch_prose.overall", lang).format(n=part.tally.communes)
        else:
            one = part.tally.communes == 1
            head = message(
                "figures.prose_set_one" if one else "figures.prose_set", lang, year=part.tally.year,
                decision=report.decisions.get(part.key[0], part.key[0]),
                criteria=part.tally.criteria, n=_count(part.tally.communes, lang),
            )  # fmt: skip
        lines.append(_set_paragraph(report, part, lang, head))
    if not rollup.sets:
        lines.append(message("batch_prose.overall", lang).format(n=0) + ".")
    warned = [(c, text) for c in report.communes for text in warnings_of(c, lang)]
    if warned:  # what the office must query the communes about, right after the figures
        items = "; ".join(f"{c.commune} ({c.year}): {text.rstrip('.')}" for c, text in warned)
        lines.append(message("figures.warnings_prose", lang, n=len(warned), items=items))
    for tally in rollup.groups:
        unknown = message("batch_prose.unknown_place", lang)
        place = tally.province or unknown
        if rollup.by == "district":  # district names repeat across provinces: name both
            place = f"{tally.district or unknown}, {place}"
        elif rollup.by == "group":
            key = "period.group_name" if tally.group else "period.group_unknown"
            place = message(key, lang, group=tally.group)
        if rollup.single is None and tally.set_id is not None:
            decision = report.decisions.get(tally.set_id, tally.set_id)
            place = message("figures.group_set", lang, place=place, year=tally.year,
                            decision=decision)  # fmt: skip
        key = "group_one" if tally.communes == 1 else "group"
        head = message(f"batch_prose.{key}", lang).format(place=place, n=tally.communes)
        lines.append(tally_sentence(tally, lang, head))
    return lines


def render(report: BatchReport, lang: str) -> str:
    """The batch prose, one paragraph per line."""
    return "\n\n".join(paragraphs(report, lang)) + "\n"
