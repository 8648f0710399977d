"""District roll-up (QĐ 320): shares of communes meeting each commune set, not averages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers import EXAMPLES, run

DISTRICT = EXAMPLES / "district" / "huyen-minh-hoa-2024.yaml"
COMMUNES = EXAMPLES / "district" / "communes"


def district_json(*args: str | Path) -> tuple[int, dict[str, Any]]:
    result = run("evaluate", *args, "-f", "json")
    assert result.stdout, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return result.exit_code, data


def indicator(data: dict[str, Any], criterion: str) -> dict[str, Any]:
    found = next(c for c in data["criteria"] if c["id"] == criterion)
    first = found["indicators"][0]
    assert isinstance(first, dict)
    return {**first, "criterion_status": found["status"]}


def test_example_district_meets_qd320_from_its_communes() -> None:
    code, data = district_json(DISTRICT, "--communes", COMMUNES)
    assert code == 0
    assert (data["criteria_set"], data["set_chosen_by"], data["level"]) == (
        "qd320-huyen-ntm",
        "year",
        "huyen",
    )
    c1, c2 = indicator(data, "C1"), indicator(data, "C2")
    assert (c1["achieved"], c1["total"], c1["status"]) == (3, 3, "met")
    assert (c2["achieved"], c2["total"], c2["status"]) == (1, 3, "met")  # 33% ≥ 10%
    assert [c["tier_reached"] for c in data["communes"]] == ["nang_cao", "ntm", "ntm"]


def copy_example(tmp_path: Path) -> Path:
    folder = tmp_path / "communes"
    shutil.copytree(COMMUNES, folder)
    return folder


def test_one_commune_below_ntm_fails_c1_however_high_the_average(tmp_path: Path) -> None:
    folder = copy_example(tmp_path)
    path = folder / "xa-binh.yaml"
    path.write_text(path.read_text("utf-8").replace('"19": đạt', '"19": chưa đạt'), "utf-8")
    code, data = district_json(DISTRICT, "--communes", folder)
    c1 = indicator(data, "C1")
    assert (c1["achieved"], c1["total"], c1["status"]) == (2, 3, "unmet")
    assert code == 1
    # 56 of 57 criteria are met across the communes: an average would hide this.
    assert sum(c["met"] for c in data["communes"]) == 56


def test_undecided_communes_leave_the_share_open(tmp_path: Path) -> None:
    folder = copy_example(tmp_path)
    path = folder / "xa-binh.yaml"
    path.write_text(path.read_text("utf-8").replace('"19": đạt', ""), "utf-8")
    code, data = district_json(DISTRICT, "--communes", folder)
    c1 = indicator(data, "C1")
    assert c1["status"] == "missing"
    assert any("chưa xác định" in w for w in data["warnings"])
    assert code == 1


def test_a_district_file_can_list_its_commune_files(tmp_path: Path) -> None:
    folder = copy_example(tmp_path)
    district = tmp_path / "huyen.yaml"
    text = DISTRICT.read_text("utf-8")
    district.write_text(
        text + "commune_files: [communes/xa-an.yaml, communes/xa-binh.yaml]\n", "utf-8"
    )
    assert folder.exists()
    _, data = district_json(district)
    c1 = indicator(data, "C1")
    assert (c1["achieved"], c1["total"]) == (2, 2)
    assert [c["commune"] for c in data["communes"]] == ["An", "Bình"]


def test_district_table_lists_the_shares_and_each_commune() -> None:
    result = run("evaluate", DISTRICT, "--communes", COMMUNES)
    assert "C1: 3/3 xã đạt bộ qd318-xa-ntm" in result.stdout
    assert "Huyện Minh Họa: đạt 12/12 tiêu chí — đạt chuẩn" in result.stdout
    assert "- Xã An: đạt 19/19 tiêu chí — đạt chuẩn" in result.stdout


@pytest.mark.english
def test_a_broken_commune_file_is_reported_and_exit_2(tmp_path: Path) -> None:
    folder = copy_example(tmp_path)
    (folder / "xa-hong.yaml").write_text("commune: Hỏng\nyear: 2024\nregion: sao hỏa\n", "utf-8")
    result = run("evaluate", DISTRICT, "--communes", folder)
    assert result.exit_code == 2
    assert f"{folder / 'xa-hong.yaml'}:3:9: region: unknown region" in result.stderr
