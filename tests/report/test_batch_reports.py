"""Batch prose and HTML, rendered from a hand-built roll-up (the shape issue 4's records have)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ntm_cli.model.sets import Text
from ntm_cli.report.batch import html_out as batch_html
from ntm_cli.report.batch import prose as batch_prose
from ntm_cli.report.batch.view import average_met

IDS = [str(i) for i in range(1, 20)]
NAMES = {
    "2": Text(vi="Giao thông", en="Transport"),
    "6": Text(vi="Cơ sở vật chất văn hóa", en="Cultural facilities"),
    "15": Text(vi="Y tế", en="Health"),
}


@dataclass(frozen=True)
class Commune:
    commune: str
    district: str | None
    province: str | None
    met: int
    total: int = 19
    statuses: tuple[tuple[str, str], ...] = ()
    set_id: str = "qd318-xa-ntm"


@dataclass(frozen=True)
class Tally:
    district: str | None
    province: str | None
    communes: int
    met: int
    criteria_met: int
    under_floor: int


@dataclass(frozen=True)
class Rollup:
    overall: Tally
    groups: list[Tally]
    by: str | None
    floor: int
    under_floor: list[Commune]
    most_missed: list[tuple[str, int]]
    distribution: list[tuple[int, int]]


@dataclass(frozen=True)
class Report:
    rollup: Rollup
    communes: list[Commune]
    names: dict[str, Text] = field(default_factory=lambda: NAMES)


def commune(name: str, district: str, met: int) -> Commune:
    statuses = tuple((cid, "met" if i < met else "unmet") for i, cid in enumerate(IDS))
    return Commune(name, district, "Tỉnh Thử", met, 19, statuses)


# District A: ten communes whose criteria met sum to 161 (hand-checked: average 16,1).
A_MET = [19, 19, 19, 18, 17, 16, 15, 14, 12, 12]
A = [commune(f"Xã A{i}", "Huyện A", met) for i, met in enumerate(A_MET, 1)]
B = [commune("<script>alert(1)</script>", "Huyện B", 19), commune("=1+1", "Huyện B", 9)]


def tally(communes: list[Commune], district: str | None, floor: int = 15) -> Tally:
    return Tally(
        district, "Tỉnh Thử", len(communes), sum(c.met == c.total for c in communes),
        sum(c.met for c in communes), sum(c.met < floor for c in communes),
    )  # fmt: skip


def report(by: str | None = "district") -> Report:
    everyone = A + B
    rollup = Rollup(
        overall=tally(everyone, None),
        groups=[tally(A, "Huyện A"), tally(B, "Huyện B")] if by else [],
        by=by,
        floor=15,
        under_floor=sorted((c for c in everyone if c.met < 15), key=lambda c: c.met),
        most_missed=[("15", 8), ("2", 5), ("6", 3)],
        distribution=[(19, 4), (18, 1), (17, 1), (16, 1), (15, 1), (14, 1), (12, 2), (9, 1)],
    )
    return Report(rollup, everyone)


def test_hand_checked_district_average_is_16_1() -> None:
    assert sum(A_MET) == 161
    assert str(average_met(tally(A, "Huyện A"))) == "16.1"
    # 189 criteria over 12 communes is 15.75: rounded half up, as the reports round.
    assert str(average_met(report().rollup.overall)) == "15.8"


def test_batch_prose_in_the_register_of_the_reports() -> None:
    lines = batch_prose.render(report(), "vi").split("\n\n")
    assert lines[0].startswith(
        "Toàn bộ 12 xã được đánh giá: có 04 xã đạt đủ tiêu chí (33,3%), tiêu chí bình quân"
        " đạt 15,8 tiêu chí/xã; còn 04 xã dưới 15 tiêu chí."
    )
    assert "Các xã dưới 15 tiêu chí: =1+1 (9/19), Xã A9 (12/19)" in lines[0]
    assert lines[0].endswith(
        "Các tiêu chí nhiều xã chưa đạt (hoặc chưa đánh giá được) nhất: Y tế (15): 8 xã;"
        " Giao thông (02): 5 xã; Cơ sở vật chất văn hóa (06): 3 xã."
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
    rollup = report(by=None).rollup
    none_met = Report(Rollup(tally(A[3:], None), [], None, 15, [], [], []), A[3:])
    assert rollup.overall.met == 4
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


def test_criterion_names_are_dropped_when_the_communes_used_several_sets() -> None:
    mixed = report()
    mixed.communes[0] = Commune("Xã X", "Huyện A", "Tỉnh Thử", 19, set_id="toy-report")
    text = batch_prose.render(mixed, "vi")
    # Criterion 15 of one set need not be "Y tế" in another: the number alone is honest.
    assert "nhất: tiêu chí 15: 8 xã; tiêu chí 02: 5 xã; tiêu chí 06: 3 xã." in text
