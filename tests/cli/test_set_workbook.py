"""`ntm sets template` / `ntm sets import`: an office completes a set in a spreadsheet."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.set_workbook import read_set_workbook
from ntm_cli.model.sets import CriteriaSet

from helpers import EXAMPLES, FIXTURES, ROOT, run

BOOK_FIXTURES = FIXTURES / "set_workbook"
sys.path.insert(0, str(BOOK_FIXTURES))
import fill  # noqa: E402  (the fixture filler, shared with make-fixtures.sh)

BAD = ROOT / "tests" / "bad_input_sets"
BAD_TABLE: dict[str, list[str]] = yaml.safe_load(
    (BAD / "expected.yaml").read_text(encoding="utf-8")
)
QD51 = "qd51-2025-xa-ntm"
YELLOW = "00FFF2CC"


def _rows(path: Path) -> list[list[Any]]:
    """The table rows of a set workbook as ntm reads them (cells by column, in order)."""
    return [[cell for _, cell in row.cells.values()] for row in read_set_workbook(path).rows]


def _template(tmp_path: Path, set_id: str, *args: str, name: str = "bo-tieu-chi.xlsx") -> Path:
    out = tmp_path / name
    result = run("sets", "template", set_id, "-o", out, *args)
    assert result.exit_code == 0, result.output
    return out


def _import(workbook: Path, folder: Path, set_id: str, *args: str) -> Path:
    folder.mkdir(exist_ok=True)
    out = folder / f"{set_id}.yaml"
    result = run("sets", "import", workbook, "--id", set_id, "-o", out, *args)
    assert result.exit_code == 0, result.output
    return out


def test_qd51_template_has_an_empty_yellow_row_per_criterion_and_vietnamese_headers(
    tmp_path: Path,
) -> None:
    path = _template(tmp_path, QD51)
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[8]]
    assert header[0] == "criterion\nTiêu chí (số)"
    assert [h.split("\n")[0] for h in header[8:11]] == ["nhom_1", "nhom_2", "nhom_3"]
    assert header[8].endswith("Nhóm 1")
    rows = _rows(path)
    assert [r[0] for r in rows] == [str(i) for i in range(1, 11)]  # all ten: no list yet
    assert all(r[2] is None and r[12] == "chưa đủ" for r in rows)
    assert sheet["D9"].fill.fgColor.rgb == YELLOW  # asked for
    assert sheet["C4"].fill.fgColor.rgb == YELLOW  # the document to cite
    validated = {str(rule.sqref).split(":")[0] for rule in sheet.data_validations.dataValidation}
    assert {"F9", "G9", "M9", "A9"} <= validated  # kind, operator, complete, criterion
    how = load_workbook(path).worksheets[1]
    assert how.title == "Hướng dẫn" and "văn bản" in str(how["A2"].value)


def test_english_template_has_english_labels_and_the_same_keys(tmp_path: Path) -> None:
    path = _template(tmp_path, QD51, "--lang", "en")
    book = load_workbook(path)
    header = [c.value for c in book.worksheets[0][8]]
    assert header[2] == "indicator\nIndicator id" and header[8] == "nhom_1\nGroup 1"
    assert book.worksheets[1].title == "How to fill in"


def test_template_of_a_set_with_values_fills_them_in_with_their_sources(tmp_path: Path) -> None:
    path = _template(tmp_path, "qd318-xa-ntm")
    rows = _rows(path)
    by_id = {r[2]: r for r in rows if r[2]}
    criteria_set = Registry().get("qd318-xa-ntm")
    for indicator_id, indicator in criteria_set.indicators().items():
        row = by_id[indicator_id]
        rule = indicator.threshold_for("btb", None, 2025)
        if rule is not None and isinstance(rule.value, float) and rule.years is None:
            assert row[8 + 2] == pytest.approx(rule.value)  # column btb (third region)
            assert rule.source and rule.source in (row[15] or "")
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[8]]
    assert header[8].startswith("tdmnpb\n") and len(header) == 8 + 7 + 3


def test_template_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "bo.xlsx"
    out.write_bytes(b"office work")
    result = run("sets", "template", QD51, "-o", out)
    assert result.exit_code == 2 and "--force" in result.stderr
    assert out.read_bytes() == b"office work"
    assert run("sets", "template", QD51, "-o", out, "--force").exit_code == 0
    assert out.read_bytes() != b"office work"


def _filled(tmp_path: Path) -> Path:
    template = _template(tmp_path, QD51)
    filled = tmp_path / "filled.xlsx"
    fill.main(str(template), str(filled))
    return filled


def test_import_extends_the_original_and_cites_the_office_never_ntm(tmp_path: Path) -> None:
    out = _import(_filled(tmp_path), tmp_path / "sets", "ha-tinh-qd51-2026")
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["extends"] == QD51
    assert data["decision"]["number"].startswith("MINH-HOA/QĐ-UBND")
    assert "MINH-HOA/QĐ-UBND" in data["sources"]["VB"]
    criteria_set = Registry([tmp_path / "sets"]).get("ha-tinh-qd51-2026")
    indicators = criteria_set.indicators()
    assert list(indicators) == ["1.1", "2.1", "3.1", "6.1", "8.1"]
    office = criteria_set.citations()["VB"]  # sources shown as citations, not keys
    for indicator in indicators.values():
        for rule in indicator.thresholds:
            # The workbook's document (VB) or the row's own citation; never a key of ntm's.
            assert rule.source in (office, "Công văn minh họa 00/MH (ví dụ)"), rule
    assert indicators["6.1"].operator == "at_most"
    assert indicators["6.1"].threshold_for(None, 2, 2027).value == 4.5  # typed "4,5"
    assert indicators["3.1"].threshold_for(None, 1, 2026).value == 6  # the 2026 row
    assert indicators["3.1"].threshold_for(None, 1, 2027).value == 8
    assert indicators["8.1"].threshold_for(None, 3, 2027).is_unknown  # left empty
    complete = {c.id: c.indicators_complete for c in criteria_set.criteria}
    assert complete["1"] is True  # the office wrote đủ
    assert complete["2"] is False  # chưa đủ: its one indicator met is not the criterion met
    assert complete["4"] is True and not criteria_set.criteria[3].indicators  # untouched


def test_round_trip_template_import_template_gives_the_same_rows(tmp_path: Path) -> None:
    filled = _filled(tmp_path)
    # The same invented values typed as numbers, as the template writes them back.
    rows = list(fill.ROWS)
    rows[4] = (*rows[4][:7], 3, 4.5, 6, *rows[4][10:])
    original = fill.ROWS
    fill.ROWS = rows
    try:
        fill.main(str(_template(tmp_path, QD51, name="t1.xlsx")), str(filled))
    finally:
        fill.ROWS = original
    _import(filled, tmp_path / "sets", "rt-qd51")
    second = _template(tmp_path, "rt-qd51", "--sets-dir", tmp_path / "sets", name="t2.xlsx")
    assert _rows(second) == _rows(filled)
    # and once more: the second template imports to a set with no change of its own
    _import(second, tmp_path / "sets2", "rt-qd51-b", "--sets-dir", tmp_path / "sets")
    third = _template(
        tmp_path,
        "rt-qd51-b",
        "--sets-dir",
        tmp_path / "sets",
        "--sets-dir",
        tmp_path / "sets2",
        name="t3.xlsx",
    )
    assert _rows(third) == _rows(second)


@pytest.mark.parametrize("set_id", ["qd318-xa-ntm", "qd318-xa-nang-cao", "qd319-xa-kieu-mau"])
def test_round_trip_keeps_every_known_value_of_a_bundled_set(tmp_path: Path, set_id: str) -> None:
    first = _template(tmp_path, set_id)
    book = load_workbook(first)
    book.worksheets[0]["C4"] = "123/QĐ-UBND"
    book.save(first)
    out = _import(first, tmp_path / "sets", f"{set_id}-tinh")
    assert yaml.safe_load(out.read_text(encoding="utf-8")).get("overrides") == {}
    second = _template(
        tmp_path, f"{set_id}-tinh", "--sets-dir", tmp_path / "sets", name="second.xlsx"
    )
    assert _rows(second) == _rows(first)


def test_a_changed_known_value_is_sourced_to_the_office(tmp_path: Path) -> None:
    first = _template(tmp_path, "qd318-xa-ntm")
    book = load_workbook(first)
    sheet = book.worksheets[0]
    sheet["C4"] = "99/QĐ-UBND"
    row = next(r for r in range(9, sheet.max_row + 1) if sheet.cell(r, 3).value == "15.1")
    sheet.cell(row, 11).value = 91  # btb
    book.save(first)
    _import(first, tmp_path / "sets", "tinh-318")
    indicator = Registry([tmp_path / "sets"]).get("tinh-318").indicators()["15.1"]
    assert indicator.threshold_for("btb", None, 2025).value == 91
    office = Registry([tmp_path / "sets"]).get("tinh-318").citations()["VB"]
    assert indicator.threshold_for("btb", None, 2025).source == office
    parent = Registry().get("qd318-xa-ntm").indicators()["15.1"]
    assert indicator.threshold_for("tn", None, 2025) == parent.threshold_for("tn", None, 2025)


@pytest.mark.parametrize("name", sorted(BAD_TABLE), ids=[Path(n).stem for n in sorted(BAD_TABLE)])
def test_bad_workbook_is_located_by_cell_exit_2_nothing_written(tmp_path: Path, name: str) -> None:
    at, message = BAD_TABLE[name]
    out = tmp_path / "x.yaml"
    result = run("sets", "import", BAD / name, "--id", "x", "-o", out)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    prefix = f"{BAD / name}:{at}: "
    assert any(
        line.startswith(prefix) and message in line for line in result.stderr.splitlines()
    ), result.stderr
    assert not out.exists()


def test_corpus_lists_every_file() -> None:
    files = sorted(p.name for p in BAD.iterdir() if p.suffix == ".xlsx")
    assert files == sorted(BAD_TABLE)


def test_import_refuses_a_file_name_that_is_not_the_id(tmp_path: Path) -> None:
    result = run("sets", "import", _filled(tmp_path), "--id", "abc", "-o", tmp_path / "b.yaml")
    assert result.exit_code == 2 and "abc.yaml" in result.stderr


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "abc.yaml"
    out.write_text("mine\n", encoding="utf-8")
    result = run("sets", "import", _filled(tmp_path), "--id", "abc", "-o", out)
    assert result.exit_code == 2 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"


def test_completeness_in_sets_list_json_and_table() -> None:
    result = run("sets", "list", "--format", "json")
    entries = {e["id"]: e for e in json.loads(result.stdout)}
    assert entries[QD51]["completeness"] == {
        "indicators_listed": 0,
        "indicators_expected": 47,
        "thresholds_known": 0,
        "thresholds_needed": 141,
    }
    assert entries["qd1980-xa-ntm"]["completeness"]["indicators_expected"] is None
    table = run("sets", "list").stdout
    assert "0/47 · 0/141" in table and "Chỉ tiêu · ngưỡng" in table


def test_sets_check_gives_completeness_per_criterion(tmp_path: Path) -> None:
    _import(_filled(tmp_path), tmp_path / "sets", "ha-tinh-qd51-2026")
    args = ("sets", "check", "ha-tinh-qd51-2026", "--sets-dir", tmp_path / "sets")
    text = run(*args).stdout
    assert "Mức đầy đủ: chỉ tiêu có 5/47, ngưỡng đã biết 14/141" in text
    assert "  Tiêu chí 1: chỉ tiêu có 1/1, ngưỡng đã biết 3/3" in text
    assert "  Tiêu chí 8: chỉ tiêu có 1/?, ngưỡng đã biết 2/?" in text
    payload = json.loads(run(*args, "--format", "json").stdout)
    assert payload["completeness"]["thresholds_known"] == 14
    assert payload["completeness"]["criteria"]["2"]["indicators_expected"] is None


def test_libreoffice_saved_workbook_scores_a_2026_commune_end_to_end(tmp_path: Path) -> None:
    """A workbook filled and saved by LibreOffice Calc: requirements, values, gaps, a plan."""
    sets = tmp_path / "sets"
    _import(BOOK_FIXTURES / "filled-libreoffice.xlsx", sets, "ha-tinh-qd51-2026")
    commune = tmp_path / "xa.yaml"
    commune.write_text(
        "commune: Minh Họa\nprovince: Hà Tĩnh\ngroup: 2\nyear: 2026\n"
        "criteria_set: ha-tinh-qd51-2026\n"
        'indicators: {"1.1": đạt, "2.1": 6, "3.1": 5.5, "6.1": 5, "8.1": 45}\n',
        encoding="utf-8",
    )
    result = run("evaluate", commune, "--sets-dir", sets, "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    indicators = {i["id"]: i for c in data["criteria"] for i in c["indicators"]}
    assert (indicators["2.1"]["required"], indicators["2.1"]["value"]) == (8, 6)
    assert indicators["2.1"]["gap"] == 2 and indicators["2.1"]["status"] == "unmet"
    assert indicators["6.1"]["required"] == 4.5 and indicators["6.1"]["gap"] == 0.5
    assert indicators["3.1"]["required"] == 5 and indicators["3.1"]["status"] == "met"
    criteria = {c["id"]: c for c in data["criteria"]}
    assert criteria["1"]["status"] == "met"  # its list is complete (đủ)
    assert criteria["3"]["status"] == "undetermined"  # met indicators of a partial list
    plan = run("evaluate", commune, "--sets-dir", sets, "--plan").stdout
    assert "8.1" in plan and "cần tăng thêm 5 điểm phần trăm" in plan
    assert plan.index("8.1") < plan.index("6.1") < plan.index("2.1")


def test_the_readme_example_set_is_marked_invented_and_loads() -> None:
    text = (EXAMPLES / "sets" / "minh-hoa-qd51-2026.yaml").read_text(encoding="utf-8")
    assert "MINH HỌA" in text and "minh-hoa" in text
    criteria_set = Registry([EXAMPLES / "sets"]).get("minh-hoa-qd51-2026")
    assert "ví dụ" in criteria_set.decision.number
    assert all("MINH HỌA" in i.name.vi for i in criteria_set.indicators().values())


def test_import_problems_are_in_english_with_lang_en(tmp_path: Path) -> None:
    result = run(
        "sets",
        "import",
        BAD / "no-document.xlsx",
        "--id",
        "x",
        "-o",
        tmp_path / "x.yaml",
        "--lang",
        "en",
    )
    assert result.exit_code == 2
    assert f"{BAD / 'no-document.xlsx'}:4:C: the office's document is not cited" in result.stderr


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_ods_and_xls_saved_by_libreoffice_import_to_the_same_set(tmp_path: Path, kind: str) -> None:
    _import(BOOK_FIXTURES / "filled-libreoffice.xlsx", tmp_path / "a", "same")
    _import(BOOK_FIXTURES / f"filled-libreoffice.{kind}", tmp_path / "b", "same")
    first = Registry([tmp_path / "a"]).get("same")
    second = Registry([tmp_path / "b"]).get("same")
    assert first.decision == second.decision

    def keyed(criteria_set: CriteriaSet) -> str:  # the office citation names its file
        text = json.dumps([c.model_dump(mode="json") for c in criteria_set.criteria])
        return text.replace(json.dumps(criteria_set.citations()["VB"])[1:-1], "VB")

    assert keyed(first) == keyed(second)


def test_more_indicators_than_the_decision_has_is_a_warning() -> None:
    from ntm_cli.report.set_workbook import completeness_lines
    from ntm_cli.scoring.completeness import Completeness, Figures

    found = Completeness(Figures(48, 47, 0, 141), ())
    lines = completeness_lines(found, "vi")
    assert "Cảnh báo: bộ có 48 chỉ tiêu, nhiều hơn 47 chỉ tiêu của quyết định" in lines[1]
