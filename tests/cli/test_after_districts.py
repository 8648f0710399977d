"""After the 2025 reorganisation: no districts for 2026 sets, new unit codes, batch --by group."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from helpers import EXAMPLES, run

GROUPS_2026 = [
    EXAMPLES / "xa-minh-hoa-nhom-1-2026.yaml",
    EXAMPLES / "xa-minh-hoa-2026.yaml",
    EXAMPLES / "xa-minh-hoa-nhom-3-2026.yaml",
]


def test_batch_by_group_rolls_up_groups_1_2_3() -> None:
    result = run("batch", *GROUPS_2026, "--by", "group", "--format", "json")
    data = json.loads(result.stdout)
    groups = [(g["group"], g["communes"], g["met"]) for g in data["groups"]]
    assert groups == [(1, 1, 1), (2, 1, 0), (3, 1, 0)]
    assert all("district" not in g and "province" not in g for g in data["groups"])
    table = run("batch", *GROUPS_2026, "--by", "group").stdout
    assert "Nhóm xã" in table and "Nhóm 3" in table
    english = run("batch", *GROUPS_2026, "--by", "group", "--lang", "en", "-f", "markdown")
    assert "| Group 1" in english.stdout
    prose = run("batch", *GROUPS_2026, "--by", "group", "-f", "text").stdout
    assert "Nhóm 1 (1 xã)" in prose


def test_batch_by_group_puts_communes_without_a_group_last(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(
        "commune: Thử\nregion: btb\nyear: 2023\ncriteria_set: qd318-xa-ntm\n", encoding="utf-8"
    )
    data = json.loads(run("batch", *GROUPS_2026, old, "--by", "group", "-f", "json").stdout)
    assert [g["group"] for g in data["groups"]] == [1, 2, 3, None]


def test_2026_batches_have_no_district_column() -> None:
    table = run("batch", *GROUPS_2026).stdout
    assert "Huyện" not in table
    rows = list(csv.reader(io.StringIO(run("batch", *GROUPS_2026, "-f", "csv").stdout)))
    assert "Huyện" not in rows[0]
    markdown = run("batch", *GROUPS_2026, "-f", "markdown").stdout
    assert "Huyện" not in markdown


def test_old_data_keeps_its_district_column() -> None:
    table = run("batch", EXAMPLES / "xa-thach-hoa-2023.yaml", *GROUPS_2026).stdout
    assert "Huyện" in table and "Tuyên Hóa" in table


def test_the_new_unit_code_is_carried_in_json_and_shown() -> None:
    path = EXAMPLES / "xa-minh-hoa-nhom-1-2026.yaml"
    data = json.loads(run("evaluate", path, "-f", "json").stdout)
    assert (data["code"], data["district"]) == ("99901", None)
    assert "Mã xã 99901 — Bộ tiêu chí: qd51-2025-xa-ntm" in run("evaluate", path).stdout


def test_2026_templates_ask_for_the_code_not_the_district() -> None:
    text = run("template", "--set", "qd51-2025-xa-ntm").stdout
    assert "\ncode:  # mã đơn vị hành chính mới" in text
    assert "\ndistrict:" not in text
    older = run("template", "--set", "qd318-xa-ntm").stdout
    assert "\ndistrict:  # huyện" in older
