"""Batch prose (`ntm batch --format text`): the figures as a coordination office writes them."""

from __future__ import annotations

from ntm_cli.report.batch.common import report_labeller
from ntm_cli.report.messages import message
from ntm_cli.report.wording import one_decimal, share, two_digits
from ntm_cli.scoring.rollup import BatchReport, Tally

# The roll-up counts a criterion as missed when it is unmet, lacks data or has an unknown
# threshold (`scoring.rollup.MISSED`), so the sentence says "or not assessable".
# Listing every commune under the floor is useful up to a point; beyond it the count says it.
UNDER_LIST_LIMIT = 20
MISSED_LIMIT = 5


def _met_key(met: int) -> str:
    return "met_none" if met == 0 else "met_one" if met == 1 else "met"


def _count(n: int, lang: str) -> str:
    return two_digits(n) if lang != "en" else str(n)


def tally_sentence(tally: Tally, floor: int, lang: str, head: str) -> str:
    """'<head>: có 88 xã đạt đủ tiêu chí (73,3%), tiêu chí bình quân đạt 16,1 tiêu chí/xã; ...'."""
    avg = tally.average_met
    parts = [
        message(f"batch_prose.{_met_key(tally.met)}", lang).format(
            met=_count(tally.met, lang), share=share(tally.met, tally.communes, lang)
        ),
        message("batch_prose.average", lang).format(
            avg="—" if avg is None else one_decimal(float(avg), lang)
        ),
    ]
    under = (
        message(
            "batch_prose.under_one" if tally.under_floor == 1 else "batch_prose.under", lang
        ).format(n=_count(tally.under_floor, lang), floor=floor)
        if tally.under_floor
        else message("batch_prose.none_under", lang).format(floor=floor)
    )
    return f"{head}: {', '.join(parts)}; {under}."


def paragraphs(report: BatchReport, lang: str) -> list[str]:
    """The overall paragraph, then one sentence per district/province when grouped."""
    rollup = report.rollup
    overall = rollup.overall
    lines = [
        tally_sentence(
            overall,
            rollup.floor,
            lang,
            message("batch_prose.overall", lang).format(n=overall.communes),
        )
    ]
    if rollup.under_floor and len(rollup.under_floor) <= UNDER_LIST_LIMIT:
        items = ", ".join(f"{c.commune} ({c.met}/{c.total})" for c in rollup.under_floor)
        lines[0] += " " + message("batch_prose.under_list", lang).format(
            floor=rollup.floor, items=items
        )
    if rollup.most_missed:
        label = report_labeller(report, lang)
        items = "; ".join(
            message("batch_prose.missed_item", lang).format(label=label(cid), n=count)
            for cid, count in rollup.most_missed[:MISSED_LIMIT]
        )
        lines[0] += " " + message("batch_prose.missed", lang).format(items=items)
    for tally in rollup.groups:
        unknown = message("batch_prose.unknown_place", lang)
        place = tally.province or unknown
        if rollup.by == "district":  # district names repeat across provinces: name both
            place = f"{tally.district or unknown}, {place}"
        elif rollup.by == "group":
            key = "period.group_name" if tally.group else "period.group_unknown"
            place = message(key, lang, group=tally.group)
        key = "group_one" if tally.communes == 1 else "group"
        head = message(f"batch_prose.{key}", lang).format(place=place, n=tally.communes)
        lines.append(tally_sentence(tally, rollup.floor, lang, head))
    return lines


def render(report: BatchReport, lang: str) -> str:
    """The batch prose, one paragraph per line."""
    return "\n\n".join(paragraphs(report, lang)) + "\n"
