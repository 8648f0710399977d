"""Combining a merged commune's former communes: counts summed, nothing averaged or guessed."""

from __future__ import annotations

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.sets import Commune, Count, FormerCommune
from ntm_cli.scoring.merge import combine

QD318 = Registry().get("qd318-xa-ntm")


def part(name: str, **indicators: object) -> FormerCommune:
    return FormerCommune.model_validate({"commune": name, "indicators": indicators})


def merged(**indicators: object) -> Commune:
    return Commune.model_validate(
        {"commune": "Mới", "region": "btb", "year": 2025, "indicators": indicators}
    )


def test_counts_are_summed_not_averaged() -> None:
    # 410/500 (82%) and 250/340 (73.5%): the merged share is 660/840 = 78.6%, not 77.8%.
    a = part("A", **{"3.1": {"achieved": 410, "total": 500}})
    b = part("B", **{"3.1": {"achieved": 250, "total": 340}})
    merge = combine(merged(), [a, b], QD318)
    assert merge.commune.indicators["3.1"] == Count(achieved=660, total=840)
    assert merge.combined == ("3.1",)
    assert merge.not_combined == {}


def test_what_cannot_be_combined_is_left_for_the_new_commune() -> None:
    a = part("A", **{"15.1": 96.5, "3.2": "đạt", "15.4": {"achieved": 3100, "total": 5200},
                     "99.9": 5})  # fmt: skip
    b = part("B", **{"15.1": {"achieved": 2900, "total": 3100}, "3.2": "đạt"})
    merge = combine(merged(), [a, b], QD318)
    assert merge.combined == ()
    assert merge.not_combined == {
        "no_total": ["15.1"],
        "qualitative": ["3.2"],  # both đạt still says nothing about the merged commune
        "not_everywhere": ["15.4"],
        "not_in_set": ["99.9"],
    }
    assert set(merge.commune.indicators) == set()  # nothing guessed


def test_the_new_communes_own_value_wins() -> None:
    a = part("A", **{"3.1": {"achieved": 410, "total": 500}})
    b = part("B", **{"3.1": {"achieved": 250, "total": 340}})
    merge = combine(merged(**{"3.1": 85}), [a, b], QD318)
    assert merge.commune.indicators["3.1"] == 85
    assert merge.combined == ()


def test_declared_statuses_of_former_communes_are_never_combined() -> None:
    a = FormerCommune.model_validate({"commune": "A", "criteria": {"6": "đạt", "2": "đạt"}})
    b = FormerCommune.model_validate({"commune": "B", "criteria": {"6": "đạt"}})
    merge = combine(merged(), [a, b], QD318)
    assert merge.declared == ("2", "6")
    assert merge.commune.criteria == {}
