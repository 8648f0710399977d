"""Early warning (`--watch`): met indicators near their threshold, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helpers import FIXTURES, GOLDEN, ROOT, check_golden, relative, run

WATCH = FIXTURES / "watch"
COMMUNES = WATCH / "communes.yaml"
SETS = WATCH / "sets"


def ntm(command: str, *args: object, code: int = 1) -> str:
    result = run(command, COMMUNES, "--sets-dir", SETS, "--watch", *args)  # type: ignore[arg-type]
    assert result.exit_code == code, result.stderr
    return result.stdout


def test_json_flags_each_indicator_near_its_threshold_and_lists_them() -> None:
    communes = json.loads(ntm("evaluate", "--format", "json"))
    assert [c["near_threshold"] for c in communes] == [["1.1", "2.1"], ["3.1"], ["2.1", "3.1"]]
    flags = {i["id"]: i.get("near_threshold") for c in communes[0]["criteria"]
             for i in c["indicators"]}  # fmt: skip
    assert flags == {"1.1": True, "2.1": True, "3.1": None}  # 95 is 5.6% above 90: not near
    plain = json.loads(run("evaluate", COMMUNES, "--sets-dir", SETS, "-f", "json").stdout)
    assert "near_threshold" not in plain[0]  # only with --watch


def test_the_sets_own_margin_and_reason_are_shown() -> None:
    text = ntm("evaluate", "--format", "text", "--lang", "en")
    assert (
        "1.1 Multidimensional poverty rate: now 3.5%, required ≤ 4% (the set watches it within"
        " 25%: theo dõi sát tỷ lệ hộ nghèo (thử nghiệm))" in text
    )
    # 3.5 is 12.5% under 4: near only because the set watches poverty within 25%
    assert "Thử B commune:\n  - 3.1 Health insurance coverage: now 92%" in text


def test_an_unmet_indicator_is_never_near() -> None:
    communes = json.loads(ntm("evaluate", "--format", "json"))
    assert "1.1" not in communes[2]["near_threshold"]  # 5% poverty: unmet, not "at risk"


def test_evaluate_csv_has_a_near_threshold_column() -> None:
    rows = list(csv.reader(io.StringIO(ntm("evaluate", "-f", "csv", "--lang", "en"))))
    assert rows[0][-1] == "Near threshold"
    near = [(r[0], r[8]) for r in rows[1:] if r[-1]]
    assert near == [("Thử A", "1.1"), ("Thử A", "2.1"), ("Thử B", "3.1"), ("<b>Thử C</b>", "2.1"),
                    ("<b>Thử C</b>", "3.1")]  # fmt: skip


def test_html_lists_them_escaped() -> None:
    page = ntm("evaluate", "-f", "html")
    assert '<section id="watch"><h2>Tiêu chí dễ bị sụt giảm' in page
    assert "<strong>Xã &lt;b&gt;Thử C&lt;/b&gt;</strong>" in page
    assert "<b>Thử C</b>" not in page


def test_batch_ranks_the_criteria_most_at_risk() -> None:
    data = json.loads(ntm("batch", "-f", "json"))
    assert data["summary"]["watch_margin"] == 5.0
    assert [(r["id"], r["communes"]) for r in data["summary"]["at_risk"]] == [
        ("2", 2), ("3", 2), ("1", 1)
    ]  # fmt: skip
    assert data["communes"][0]["near_threshold"] == ["1.1", "2.1"]
    page = ntm("batch", "-f", "html", "--lang", "en")
    assert '<section id="watch"><h2>Criteria most at risk' in page
    assert "<li>&lt;b&gt;Thử C&lt;/b&gt; (Huyện Khác): 2.1, 3.1</li>" in page


def test_batch_sheets_have_a_near_threshold_column(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(ntm("batch", "-f", "csv", "--lang", "en"))))
    column = rows[0].index("Near threshold")
    assert [r[column] for r in rows[1:]] == ["1.1, 2.1", "3.1", "2.1, 3.1"]
    target = tmp_path / "tinh.xlsx"
    ntm("batch", "-f", "xlsx", "-o", target)
    book = load_workbook(target)
    (sheet,) = [s for s in book.worksheets if "Đạt sát ngưỡng" in [c.value for c in s[1]]]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(2, header.index("Đạt sát ngưỡng") + 1).value == "1.1, 2.1"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("command", ["evaluate", "batch"])
def test_watch_reports_match_golden(
    command: str, fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run(command, relative(COMMUNES), "--sets-dir", relative(SETS), "--watch",
                 "--format", fmt, "--lang", lang)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    suffix = {"text": "prose.txt", "markdown": "md"}[fmt]
    check_golden(GOLDEN / command / f"watch.{lang}.{suffix}", result.stdout, update_golden)


def test_word_documents_list_them(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install -e .)")
    for command in ("evaluate", "batch"):
        target = tmp_path / f"{command}.docx"
        ntm(command, "-f", "docx", "-o", target)
        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
        assert "dễ bị sụt giảm" in text, command
        assert "Thử B" in text and "3.1" in text
