"""Batch prose and HTML, rendered from the roll-up of hand-made commune summaries."""

from __future__ import annotations

import pytest

from ntm_cli.model.sets import Text
from ntm_cli.report.batch import html_out as batch_html
from ntm_cli.report.batch import prose as batch_prose
from ntm_cli.scoring.rollup import BatchReport, CommuneSummary, SetLine, roll_up

NAMED = {
    "2": Text(vi="Giao thông", en="Transport"),
    "6": Text(vi="Cơ sở vật chất văn hóa", en="Cultural facilities"),
    "13": Text(vi="Tổ chức sản xuất", en="Production organisation"),
    "15": Text(vi="Y tế", en="Health"),
    "17": Text(vi="Môi trường", en="Environment"),
}
NAMES = {("qd318-xa-ntm", cid): name for cid, name in NAMED.items()}
SETS = {
    set_id: SetLine(set_id, Text(vi=set_id), decision)
    for set_id, decision in (("qd318-xa-ntm", "318/QĐ-TTg"), ("toy-report", "1/QĐ-THỬ"))
}
# A commune meeting m of the 19 criteria misses the first 19 - m of this order.
MISS_ORDER = ["15", "2", "6", "13", "17"] + [str(i) for i in range(1, 20) if str(i) not in NAMED]


def commune(name: str, district: str, met: int, set_id: str = "qd318-xa-ntm") -> CommuneSummary:
    missed = set(MISS_ORDER[: 19 - met])
    statuses = tuple((str(i), "unmet" if str(i) in missed else "met") for i in range(1, 20))
    return CommuneSummary(name, district, "Tỉnh Thử", 2024, set_id, met, 19, statuses, "x.yaml")


# District A: ten communes whose criteria met sum to 161 (hand-checked: average 16,1).
A_MET = [19, 19, 19, 18, 17, 16, 15, 14, 12, 12]
A = [commune(f"Xã A{i}", "Huyện A", met) for i, met in enumerate(A_MET, 1)]
B = [commune("<script>alert(1)</script>", "Huyện B", 19), commune("=1+1", "Huyện B", 9)]


def report(
    by: str | None = "district", communes: list[CommuneSummary] | None = None
) -> BatchReport:
    everyone = A + B if communes is None else communes
    rollup = roll_up(everyone, by="district" if by else None, floor=15)
    return BatchReport(rollup, everyone, [], NAMES, SETS)


def test_hand_checked_district_average_is_16_1() -> None:
    assert sum(A_MET) == 161
    assert str(report().rollup.groups[0].average_met) == "16.1"
    # 189 criteria over 12 communes is 15.75: rounded half up, as the reports round.
    assert str(report().rollup.overall.average_met) == "15.8"


def test_most_missed_counts_every_commune_that_misses_it() -> None:
    # Criterion 15 is missed by every commune under 19 (8), criterion 2 by those under 18 (7)...
    assert report().rollup.sets[0].most_missed[:5] == [
        ("15", 8), ("2", 7), ("6", 6), ("13", 5), ("17", 4),
    ]  # fmt: skip


def test_batch_prose_in_the_register_of_the_reports() -> None:
    lines = batch_prose.render(report(), "vi").split("\n\n")
    assert lines[0].startswith(
        "Toàn bộ 12 xã được đánh giá: có 04 xã đạt đủ tiêu chí (33,3%), tiêu chí bình quân"
        " đạt 15,8 tiêu chí/xã; còn 04 xã dưới 15 tiêu chí."
    )
    assert "Các xã dưới 15 tiêu chí: =1+1 (9/19), Xã A10 (12/19), Xã A9 (12/19)" in lines[0]
    assert lines[0].endswith(
        "Các tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất: Y tế (15): 8 xã;"
        " Giao thông (02): 7 xã; Cơ sở vật chất văn hóa (06): 6 xã; Tổ chức sản xuất (13):"
        " 5 xã; Môi trường (17): 4 xã."
    )
    assert lines[1] == (
        "Huyện A, Tỉnh Thử (10 xã): có 03 xã đạt đủ tiêu chí (30%), tiêu chí bình quân đạt 16,1"
        " tiêu chí/xã; còn 03 xã dưới 15 tiêu chí."
    )


def test_batch_prose_in_english_without_groups() -> None:
    text = batch_prose.render(report(by=None), "en")
    assert text.startswith(
        "All 12 communes assessed: 4 meet every criterion (33.3%), average 15.8 criteria met"
        " per commune; 4 communes are under 15 criteria."
    )
    assert "\n\n" not in text.strip()


def test_batch_prose_english_singulars() -> None:
    text = batch_prose.render(report(), "en")
    assert "Huyện B, Tỉnh Thử (2 communes): 1 meets every criterion (50%)" in text
    assert "1 commune is under 15 criteria." in text


def test_batch_prose_when_no_commune_meets_its_set() -> None:
    none_met = report(by=None, communes=A[3:])
    assert none_met.rollup.overall.met == 0
    text = batch_prose.render(none_met, "vi")
    assert text.startswith("Toàn bộ 7 xã được đánh giá: chưa có xã nào đạt đủ tiêu chí,")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_batch_html_escapes_and_shows_figures(lang: str) -> None:
    page = batch_html.render(report(), lang)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1
    assert '<dd data-figure="communes">12</dd>' in page
    assert f'<dd data-figure="average">{"15,8" if lang == "vi" else "15.8"}</dd>' in page
    assert '<dd data-figure="under_floor">4</dd>' in page
    assert page.count('<details class="commune">') == 12
    assert page.count("<svg") == 4  # per area, distribution, per commune, most missed
    assert "default-src 'none'" in page and "@media print" in page


def test_several_sets_get_a_paragraph_each_and_criteria_are_never_added_across_sets() -> None:
    mixed = report(communes=[commune("Xã X", "Huyện A", 17, set_id="toy-report"), *A[1:], *B])
    text = batch_prose.render(mixed, "vi")
    # Criterion 15 of one set need not be "Y tế" in another: each set counts its own.
    assert "nhất: Y tế (15): 8 xã; Giao thông (02): 7 xã;" in text
    assert "Năm 2024, theo Quyết định 1/QĐ-THỬ (19 tiêu chí), 01 xã được đánh giá" in text
    assert "nhất: tiêu chí 02: 1 xã; tiêu chí 15: 1 xã." in text  # unnamed in its own set
    assert "Toàn bộ" not in text  # no one figure over two sets
    assert mixed.rollup.overall.average_met is None
