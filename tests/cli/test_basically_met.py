"""`cơ bản đạt` (basically met): a third declared status, counted apart, never met."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ntm_cli.model.sets import Commune
from ntm_cli.model.values import parse_status
from ntm_cli.report.commune_sheet import write_csv

from helpers import run

# Vũ Quang-style self-assessment under QĐ 51: đạt 6, cơ bản đạt 2, chưa đạt 2 of 10.
STATUSES = {
    "1": "đạt",
    "2": "Cơ bản đạt",
    "3": "chưa đạt",
    "4": "co ban dat",
    "5": "đạt",
    "6": "đạt",
    "7": "chưa đạt",
    "8": "đạt",
    "9": "đạt",
    "10": "đạt",
}


def commune_file(folder: Path, name: str = "Đức Bồng", statuses: dict[str, str] = STATUSES) -> Path:
    lines = [f"commune: {name}", "province: Hà Tĩnh", "group: 2", "year: 2026", "criteria:"]
    lines += [f'  "{k}": {v}' for k, v in statuses.items()]
    path = folder / f"{name.replace(' ', '-')}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cơ bản đạt", "basically_met"),
        ("Cơ bản đạt", "basically_met"),
        ("CƠ BẢN ĐẠT", "basically_met"),
        ("co ban dat", "basically_met"),
        ("Co Ban Dat", "basically_met"),
        ("basically met", "basically_met"),
        ("đạt", True),
        ("chưa đạt", False),
        ("na", None),  # not a criterion status
        ("cơ bản", None),
    ],
)
def test_declared_status_words(text: str, expected: object) -> None:
    assert parse_status(text) == expected


def test_basically_met_is_counted_apart_and_never_as_met(tmp_path: Path) -> None:
    result = run("evaluate", commune_file(tmp_path), "--format", "json")
    assert result.exit_code == 1  # not every criterion is met: the commune is not recognised
    data = json.loads(result.stdout)
    assert (data["met"], data["basically_met"], data["total"]) == (6, 2, 10)
    assert data["status"] == "not_met"
    statuses = {c["id"]: (c["status"], c["basis"]) for c in data["criteria"]}
    assert statuses["2"] == statuses["4"] == ("basically_met", "declared")
    assert data["unmet"] == ["3", "7"]


def test_all_basically_met_still_does_not_meet_the_set(tmp_path: Path) -> None:
    path = commune_file(tmp_path, "Ân Phú", dict.fromkeys(STATUSES, "cơ bản đạt"))
    result = run("evaluate", path, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["met"], data["basically_met"], data["status"]) == (0, 10, "not_met")


def test_every_format_shows_the_separate_count(tmp_path: Path) -> None:
    path = commune_file(tmp_path)
    table = run("evaluate", path).stdout
    assert "Xã Đức Bồng: đạt 6, cơ bản đạt 2 / 10 tiêu chí — cơ bản đạt: 2, 4; chưa đạt: 3, 7" in (
        table
    )
    assert "Cơ bản đạt" in table
    english = run("evaluate", path, "--lang", "en").stdout
    assert "Đức Bồng commune: 6 met, 2 basically met / 10 criteria" in english
    text = run("evaluate", path, "--format", "text").stdout
    assert text.startswith("Xã Đức Bồng đạt 6, cơ bản đạt 2 / 10 tiêu chí; 02 tiêu chí cơ bản đạt")
    assert "chưa tính là đạt khi xét công nhận" in text
    markdown = run("evaluate", path, "--format", "markdown").stdout
    assert "**Cơ bản đạt**" in markdown
    html = run("evaluate", path, "--format", "html").stdout
    assert 'class="s-basically_met">Cơ bản đạt' in html
    assert "đạt 6, cơ bản đạt 2 / 10" in html
    rows = list(csv.reader(io.StringIO(run("evaluate", path, "--format", "csv").stdout)))
    status = rows[0].index("Kết quả tiêu chí")
    assert [r[status] for r in rows[1:]].count("Cơ bản đạt") == 2


def test_batch_counts_basically_met_per_commune_and_overall(tmp_path: Path) -> None:
    commune_file(tmp_path)
    commune_file(tmp_path, "Ân Phú", {**STATUSES, "3": "cơ bản đạt", "7": "đạt"})
    result = run("batch", tmp_path, "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"]["criteria_basically_met"] == 5
    assert sorted(c["basically_met"] for c in data["communes"]) == [2, 3]
    assert data["summary"]["met"] == 0
    table = run("batch", tmp_path).stdout
    assert "Lượt tiêu chí cơ bản đạt" in table


def test_a_sheet_column_accepts_co_ban_dat(tmp_path: Path) -> None:
    sheet = tmp_path / "xa.csv"
    sheet.write_text(
        "commune,province,group,year,tc1,tc2\nĐức Bồng,Hà Tĩnh,2,2026,đạt,cơ bản đạt\n",
        encoding="utf-8",
    )
    data = json.loads(run("evaluate", sheet, "--format", "json").stdout)
    assert {c["id"]: c["status"] for c in data["criteria"]}["2"] == "basically_met"


def test_the_model_keeps_basically_met_apart_from_true_and_false() -> None:
    commune = Commune.model_validate(
        {"commune": "X", "year": 2026, "criteria": {"1": "co ban dat", "2": "Đạt", "3": False}}
    )
    assert commune.criteria == {"1": "basically_met", "2": True, "3": False}


@pytest.mark.english
def test_a_wrong_status_word_names_the_three_statuses(tmp_path: Path) -> None:
    path = commune_file(tmp_path, "Sai", {"1": "gần đạt"})
    result = run("validate", path)
    assert result.exit_code == 2
    assert "Sai.yaml:6:8: " in result.stdout
    assert "write đạt, cơ bản đạt or chưa đạt" in result.stdout


def test_plan_lists_basically_met_criteria_as_still_to_complete(tmp_path: Path) -> None:
    data = json.loads(run("evaluate", commune_file(tmp_path), "--plan", "-f", "json").stdout)
    kinds = {item["criterion"]: item["kind"] for item in data["priorities"]}
    assert kinds == {"2": "basically_met", "3": "declared", "4": "basically_met", "7": "declared"}


def test_templates_offer_co_ban_dat_and_sheets_write_it_back(tmp_path: Path) -> None:
    template = run("template", "--set", "qd51-2025-xa-ntm").stdout
    assert "cơ bản đạt" in template
    commune = Commune.model_validate(
        {"commune": "Đức Bồng", "year": 2026, "group": 2, "criteria": {"1": "cơ bản đạt"}}
    )
    buffer = io.StringIO()
    write_csv([commune], buffer)
    assert "cơ bản đạt" in buffer.getvalue()
