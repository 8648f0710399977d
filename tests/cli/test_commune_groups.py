"""QĐ 51/2025 commune groups in use: khu vực II/III gives group 3, and every output says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import run

BASIS_VI = "xã khu vực III vùng đồng bào DTTS và miền núi theo Nghị định 272/2025/NĐ-CP"


def dien_bien(folder: Path, *extra: str) -> Path:
    """A region III commune of Điện Biên (43 of its 45 units are group 3) declaring statuses."""
    lines = ["commune: Mường Phăng", "province: Điện Biên", "code: '03199'", *extra, "year: 2026"]
    lines += ["criteria:", *(f'  "{i}": {"đạt" if i < 8 else "chưa đạt"}' for i in range(1, 11))]
    path = folder / "muong-phang.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_khu_vuc_iii_makes_group_3_with_the_basis_in_every_format(tmp_path: Path) -> None:
    path = dien_bien(tmp_path, "khu_vuc: khu vực III")
    data = json.loads(run("evaluate", path, "-f", "json").stdout)
    assert (data["group"], data["khu_vuc"], data["group_basis"]) == (3, "III", "khu_vuc")
    table = run("evaluate", path)
    assert "nhóm xã 3" in table.stdout
    text = run("evaluate", path, "-f", "text").stdout
    assert "Xã thuộc nhóm 3 theo QĐ 51/2025/QĐ-TTg vì là xã khu vực III" in text
    assert "(Nghị định 272/2025/NĐ-CP)" in text
    markdown = run("evaluate", path, "-f", "markdown").stdout
    assert BASIS_VI in markdown
    html = run("evaluate", path, "-f", "html").stdout
    assert BASIS_VI in html
    english = run("evaluate", path, "-f", "text", "--lang", "en").stdout
    assert "group 3 under QĐ 51/2025/QĐ-TTg as a region III commune" in english


def test_a_group_written_by_the_office_is_marked_given(tmp_path: Path) -> None:
    data = json.loads(run("evaluate", dien_bien(tmp_path, "group: Nhóm II"), "-f", "json").stdout)
    assert (data["group"], data["khu_vuc"], data["group_basis"]) == (2, None, "given")
    assert "khu vực" not in run("evaluate", dien_bien(tmp_path, "group: 2"), "-f", "text").stdout


@pytest.mark.english
def test_a_contradicting_group_is_located_and_nothing_is_scored(tmp_path: Path) -> None:
    path = dien_bien(tmp_path, "khu_vuc: III", "group: 1")
    result = run("evaluate", path)
    assert result.exit_code == 2
    assert "muong-phang.yaml:5:8: group: group 1 contradicts khu_vuc III" in result.stderr
    assert "Traceback" not in result.output


def test_missing_group_explains_the_groups(tmp_path: Path) -> None:
    result = run("validate", dien_bien(tmp_path))
    assert result.exit_code == 2
    assert "3 là xã khu vực II/III" in result.stdout
    assert "`khu_vuc: II` / `III`" in result.stdout
    english = run("validate", dien_bien(tmp_path), "--lang", "en")
    assert "3 region II/III communes" in english.stdout


@pytest.mark.english
def test_sheet_columns_take_group_words_and_khu_vuc(tmp_path: Path) -> None:
    sheet = tmp_path / "dien-bien.csv"
    sheet.write_text(
        "commune,code,province,khu_vuc,group,year,tc1\n"
        "Mường Phăng,03199,Điện Biên,III,,2026,đạt\n"
        "Thanh Nưa,03200,Điện Biên,I,Nhóm II,2026,đạt\n"
        "Mường Ảng,03201,Điện Biên,II,nhóm 2,2026,đạt\n",
        encoding="utf-8",
    )
    result = run("batch", sheet, "-f", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [(c["group"], c["group_basis"]) for c in data["communes"]] == [
        (3, "khu_vuc"),
        (2, "given"),
    ]
    assert "dien-bien.csv:4:E: group: group 2 contradicts khu_vuc II" in result.stderr


def test_2026_templates_explain_the_groups_and_ask_for_khu_vuc(tmp_path: Path) -> None:
    text = run("template", "--set", "qd51-2025-xa-ntm").stdout
    assert "#   Nhóm 3: xã khu vực II, khu vực III vùng đồng bào dân tộc thiểu số" in text
    assert "Nghị định 272/2025/NĐ-CP" in text
    assert "khu_vuc:  # khu vực của xã" in text
    english = run("template", "--set", "qd51-2025-xa-ntm", "--lang", "en").stdout
    assert "#   Group 2: every other commune." in english
    book_path = tmp_path / "xa.xlsx"
    assert run("template", "--set", "qd51-2025-xa-ntm", "-o", book_path).exit_code == 0
    book = load_workbook(book_path)
    data, notes = book.worksheets
    headers = [c.value for c in data[1]]
    assert any(str(h).startswith("khu_vuc ") for h in headers)
    rules = {str(r.sqref): r.formula1 for r in data.data_validations.dataValidation}
    assert '"I,II,III"' in rules.values()
    lines = [str(row[0].value) for row in notes.iter_rows() if row[0].value]
    assert any(line.startswith("Nhóm 1: xã giáp ranh đô thị hiện hữu") for line in lines)


def test_by_district_on_2026_communes_says_there_are_no_districts(tmp_path: Path) -> None:
    path = dien_bien(tmp_path, "group: 3")
    result = run("batch", path, "--by", "district")
    assert "(không rõ)" in result.stdout
    assert "không xã nào có huyện" in result.stderr and "--by group" in result.stderr
    english = run("batch", path, "--by", "district", "--lang", "en")
    assert "no commune has a district" in english.stderr
    assert "huyện" not in run("batch", path, "--by", "province").stderr
