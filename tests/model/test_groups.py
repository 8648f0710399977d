"""Commune groups as offices write them, and the area class (khu vực) that makes group 3."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ntm_cli.model.groups import group_from_area, parse_area_class, parse_group
from ntm_cli.model.sets import Commune


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (1, 1),
        ("1", 1),
        ("nhóm 1", 1),
        ("Nhóm 1", 1),
        ("Nhóm I", 1),
        ("nhom 1", 1),
        ("NHÓM II", 2),
        ("Nhóm xã 3", 3),
        ("III", 3),
        (" nhóm  2 ", 2),
        (2.0, 2),
    ],
)
def test_group_spellings(text: object, group: int) -> None:
    assert parse_group(text) == group
    commune = Commune.model_validate({"commune": "X", "year": 2026, "group": text})
    assert commune.group == group
    assert commune.group_basis == "given"


@pytest.mark.parametrize("text", ["nhóm 4", "4", "nhóm", "nhóm IV", "đô thị"])
def test_other_group_words_are_refused_with_the_spellings_that_work(text: str) -> None:
    with pytest.raises(ValueError, match=r"value\.not_a_group"):
        parse_group(text)


@pytest.mark.parametrize(
    ("text", "area"),
    [("II", "II"), ("iii", "III"), ("khu vực III", "III"), ("Khu vuc II", "II"), ("KV3", "III"),
     ("I", "I"), (2, "II")],
)  # fmt: skip
def test_area_class_spellings(text: object, area: str) -> None:
    assert parse_area_class(text) == area


def test_a_region_ii_or_iii_commune_is_group_3_and_says_why() -> None:
    commune = Commune.model_validate({"commune": "Mường Phăng", "year": 2026, "khu_vuc": "III"})
    assert (commune.group, commune.khu_vuc, commune.group_basis) == (3, "III", "khu_vuc")
    same = Commune.model_validate(
        {"commune": "Mường Phăng", "year": 2026, "khu_vuc": "II", "group": "nhóm 3"}
    )
    assert (same.group, same.group_basis) == (3, "khu_vuc")


def test_a_region_i_commune_keeps_the_group_the_office_gives() -> None:
    # QĐ 51 says nothing that makes a region I commune group 1 or 2: the office decides.
    assert group_from_area("I") is None
    commune = Commune.model_validate({"commune": "X", "year": 2026, "khu_vuc": "I"})
    assert commune.group is None
    given = Commune.model_validate({"commune": "X", "year": 2026, "khu_vuc": "I", "group": 1})
    assert (given.group, given.group_basis) == (1, "given")


@pytest.mark.parametrize(
    ("area", "group", "words"),
    [("III", 2, "group=2, area=III"), ("I", 3, r"value\.group_3_area_i")],
)
def test_a_group_contradicting_the_area_class_is_an_error(
    area: str, group: int, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        Commune.model_validate({"commune": "X", "year": 2026, "khu_vuc": area, "group": group})
