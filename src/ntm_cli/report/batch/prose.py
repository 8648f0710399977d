"""Batch prose (`ntm batch --format text`): the figures as a coordination office writes them."""

from __future__ import annotations

from ntm_cli.report.batch.common import report_labeller
from ntm_cli.report.wording import one_decimal, share, two_digits
from ntm_cli.scoring.rollup import BatchReport, Tally

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "overall": "Toàn bộ {n} xã được đánh giá",
        "group": "{place} ({n} xã)",
        "group_one": "{place} (1 xã)",
        "met": "có {met} xã đạt đủ tiêu chí ({share})",
        "met_one": "có 01 xã đạt đủ tiêu chí ({share})",
        "met_none": "chưa có xã nào đạt đủ tiêu chí",
        "average": "tiêu chí bình quân đạt {avg} tiêu chí/xã",
        "under": "còn {n} xã dưới {floor} tiêu chí",
        "under_one": "còn 01 xã dưới {floor} tiêu chí",
        "none_under": "không còn xã nào dưới {floor} tiêu chí",
        "under_list": "Các xã dưới {floor} tiêu chí: {items}.",
        "missed": "Các tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất: {items}.",
        "missed_item": "{label}: {n} xã",
        "unknown_place": "(không rõ)",
    },
    "en": {
        "overall": "All {n} communes assessed",
        "group": "{place} ({n} communes)",
        "group_one": "{place} (1 commune)",
        "met": "{met} meet every criterion ({share})",
        "met_one": "1 meets every criterion ({share})",
        "met_none": "none meets every criterion",
        "average": "average {avg} criteria met per commune",
        "under": "{n} communes are under {floor} criteria",
        "under_one": "1 commune is under {floor} criteria",
        "none_under": "no commune is under {floor} criteria",
        "under_list": "Communes under {floor} criteria: {items}.",
        "missed": "Criteria most often not met (or not assessable): {items}.",
        "missed_item": "{label}: {n} communes",
        "unknown_place": "(unknown)",
    },
}

# The roll-up counts a criterion as missed when it is unmet, lacks data or has an unknown
# threshold (issue 4's `rollup.MISSED`), so the sentence says "or not assessable".
# Listing every commune under the floor is useful up to a point; beyond it the count says it.
UNDER_LIST_LIMIT = 20
MISSED_LIMIT = 5


def phrase(key: str, lang: str) -> str:
    """A fixed phrase of the batch prose."""
    return PHRASES["en" if lang == "en" else "vi"][key]


def _met_key(met: int) -> str:
    return "met_none" if met == 0 else "met_one" if met == 1 else "met"


def _count(n: int, lang: str) -> str:
    return two_digits(n) if lang != "en" else str(n)


def tally_sentence(tally: Tally, floor: int, lang: str, head: str) -> str:
    """'<head>: có 88 xã đạt đủ tiêu chí (73,3%), tiêu chí bình quân đạt 16,1 tiêu chí/xã; ...'."""
    avg = tally.average_met
    parts = [
        phrase(_met_key(tally.met), lang).format(
            met=_count(tally.met, lang), share=share(tally.met, tally.communes, lang)
        ),
        phrase("average", lang).format(avg="—" if avg is None else one_decimal(float(avg), lang)),
    ]
    under = (
        phrase("under_one" if tally.under_floor == 1 else "under", lang).format(
            n=_count(tally.under_floor, lang), floor=floor
        )
        if tally.under_floor
        else phrase("none_under", lang).format(floor=floor)
    )
    return f"{head}: {', '.join(parts)}; {under}."


def paragraphs(report: BatchReport, lang: str) -> list[str]:
    """The overall paragraph, then one sentence per district/province when grouped."""
    rollup = report.rollup
    overall = rollup.overall
    lines = [
        tally_sentence(
            overall, rollup.floor, lang, phrase("overall", lang).format(n=overall.communes)
        )
    ]
    if rollup.under_floor and len(rollup.under_floor) <= UNDER_LIST_LIMIT:
        items = ", ".join(f"{c.commune} ({c.met}/{c.total})" for c in rollup.under_floor)
        lines[0] += " " + phrase("under_list", lang).format(floor=rollup.floor, items=items)
    if rollup.most_missed:
        label = report_labeller(report, lang)
        items = "; ".join(
            phrase("missed_item", lang).format(label=label(cid), n=count)
            for cid, count in rollup.most_missed[:MISSED_LIMIT]
        )
        lines[0] += " " + phrase("missed", lang).format(items=items)
    for tally in rollup.groups:
        unknown = phrase("unknown_place", lang)
        place = tally.province or unknown
        if rollup.by == "district":  # district names repeat across provinces: name both
            place = f"{tally.district or unknown}, {place}"
        key = "group_one" if tally.communes == 1 else "group"
        head = phrase(key, lang).format(place=place, n=tally.communes)
        lines.append(tally_sentence(tally, rollup.floor, lang, head))
    return lines


def render(report: BatchReport, lang: str) -> str:
    """The batch prose, one paragraph per line."""
    return "\n\n".join(paragraphs(report, lang)) + "\n"
