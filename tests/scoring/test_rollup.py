"""Roll-up arithmetic: the figures offices put in their reports."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from ntm_cli.model.text import fold
from ntm_cli.report.batch.common import decimal_text
from ntm_cli.scoring.rollup import CommuneSummary, average, roll_up


def commune(name: str, met: int, *, district: str = "Tuyên Hóa", total: int = 19,
            province: str = "Quảng Bình") -> CommuneSummary:  # fmt: skip
    statuses = tuple((str(i), "met" if i <= met else "unmet") for i in range(1, total + 1))
    return CommuneSummary(name, district, province, 2023, "qd318-xa-ntm", met, total, statuses, "f")


# A district of ten communes checked by hand: 19+19+18+17+16+16+15+15+14+12 = 161.
DISTRICT = [
    commune(f"Xã {i}", met) for i, met in enumerate([19, 19, 18, 17, 16, 16, 15, 15, 14, 12])
]


def test_hand_checked_district_averages_16_1_criteria() -> None:
    rollup = roll_up(DISTRICT, by="district", floor=15)
    overall = rollup.overall
    assert (overall.communes, overall.met, overall.criteria_met) == (10, 2, 161)
    assert overall.average_met == Decimal("16.1")
    assert decimal_text(overall.average_met, "vi") == "16,1"
    assert decimal_text(overall.average_met, "en") == "16.1"
    assert overall.share_met == Decimal("20.0")
    assert overall.under_floor == 2  # the communes with 14 and 12 criteria
    assert [c.met for c in rollup.under_floor] == [12, 14]
    (group,) = rollup.groups
    assert (group.district, group.communes, group.average_met) == ("Tuyên Hóa", 10, Decimal("16.1"))


def test_distribution_counts_communes_by_criteria_met() -> None:
    (part,) = roll_up(DISTRICT).sets
    assert part.distribution == [(19, 2), (18, 1), (17, 1), (16, 2), (15, 2), (14, 1), (12, 1)]
    assert sum(n for _, n in part.distribution) == 10


def test_most_missed_criteria_are_ranked_by_communes_missing_them() -> None:
    (part,) = roll_up(DISTRICT).sets
    # criterion 19 is missed by every commune with fewer than 19 met (8), 13 only by the 12.
    assert part.most_missed[0] == ("19", 8)
    assert ("13", 1) in part.most_missed
    counts = [n for _, n in part.most_missed]
    assert counts == sorted(counts, reverse=True)


def test_closest_communes_are_those_fewest_criteria_short() -> None:
    rollup = roll_up(DISTRICT, closest=3)
    assert [(c.commune, c.not_met) for c in rollup.closest] == [
        ("Xã 2", 1),
        ("Xã 3", 2),
        ("Xã 4", 3),
    ]


def test_average_rounds_half_up_not_to_even() -> None:
    assert average(321, 20) == Decimal("16.1")  # 16.05: banker's rounding would give 16.0
    assert average(325, 20) == Decimal("16.3")  # 16.25
    assert average(161, 10) == Decimal("16.1")
    assert average(0, 0) is None


def test_not_applicable_criteria_are_not_counted_as_missed() -> None:
    one = CommuneSummary(
        "A", None, None, 2023, "s", 1, 1, (("1", "met"), ("2", "not_applicable")), "f"
    )
    assert roll_up([one]).sets[0].most_missed == []


def test_groups_by_province_and_unknown_district_last() -> None:
    communes = [
        commune("A", 19, district="B", province="Tỉnh 2"),
        commune("B", 10, district="A", province="Tỉnh 1"),
        commune("C", 12, district=None, province="Tỉnh 1"),  # type: ignore[arg-type]
    ]
    by_province = roll_up(communes, by="province").groups
    assert [(g.province, g.communes, g.average_met) for g in by_province] == [
        ("Tỉnh 1", 2, Decimal("11.0")),
        ("Tỉnh 2", 1, Decimal("19.0")),
    ]
    by_district = roll_up(communes, by="district").groups
    assert [(g.province, g.district) for g in by_district] == [
        ("Tỉnh 1", "A"),
        ("Tỉnh 1", None),
        ("Tỉnh 2", "B"),
    ]


@given(
    st.lists(
        st.tuples(st.sampled_from(["Ân", "An", "Ấp", "Bình", "Đông", "Dương"]), st.integers(0, 19),
                  st.sampled_from([17, 19])),
        max_size=40,
    ),
    st.integers(0, 8),
)  # fmt: skip
def test_closest_communes_are_the_first_of_the_full_ordering(
    rows: list[tuple[str, int, int]], count: int
) -> None:
    # Ties in criteria short and met are broken by name without diacritics ("Ân" = "An").
    communes = [commune(f"{name} {i % 3}", min(met, total), total=total)
                for i, (name, met, total) in enumerate(rows)]  # fmt: skip
    short = [c for c in communes if not c.meets_set]
    expected = sorted(short, key=lambda c: (c.not_met, -c.met, fold(c.commune)))[:count]
    assert roll_up(communes, closest=count).closest == expected
