"""`ntm diff` of a whole province: summary first, --changed-only, --by, --output, markdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import FIXTURES, GOLDEN, ROOT, check_golden, masked_hex, relative, run
from report_helpers import word_dump, workbook_dump

OLD = FIXTURES / "diff" / "tinh-2022.yaml"
NEW = FIXTURES / "diff" / "tinh-2023.yaml"
SETS = FIXTURES / "report" / "sets"


def diff(*args: object, code: int = 1) -> str:
    result = run("diff", OLD, NEW, "--sets-dir", SETS, *args)  # type: ignore[arg-type]
    assert result.exit_code == code, result.stderr
    return result.stdout


def test_the_summary_comes_first() -> None:
    text = diff("--format", "text", "--lang", "en")
    assert text.splitlines()[0] == (
        "Summary: 4 communes compared; 1 with a criterion gained; 1 with a criterion lost;"
        " 1 no longer meeting the standard; 2 unchanged; 1 only in the earlier assessment;"
        " 1 only in the new assessment."
    )


def test_changed_only_leaves_unchanged_communes_out_but_counts_them() -> None:
    full, changed = diff("-f", "text"), diff("-f", "text", "--changed-only")
    assert "Xã C: đạt 6/6" in full and "Xã C: đạt 6/6" not in changed
    assert "2 xã không thay đổi" in changed
    data = json.loads(diff("-f", "json", "--changed-only"))
    assert [c["commune"] for c in data["communes"]] == ["Xã A", "Xã B"]
    assert data["summary"] == {
        "compared": 4, "gained": 1, "lost": 1, "lost_recognition": 1, "unchanged": 2,
        "not_comparable": 0, "only_old": 1, "only_new": 1,
    }  # fmt: skip


def test_by_district_gives_the_counts_per_area() -> None:
    data = json.loads(diff("-f", "json", "--by", "district"))
    rows = {g["district"]: (g["compared"], g["lost"], g["unchanged"]) for g in data["groups"]}
    assert rows == {"Huyện Hai": (2, 0, 2), "Huyện Một": (2, 1, 0)}
    assert "- Huyện Một: 2 xã được so sánh; 1 xã có tiêu chí mới đạt" in diff("--by", "district")


def test_output_is_written_atomically_and_never_overwritten_without_force(
    tmp_path: Path,
) -> None:
    target = tmp_path / "so-sanh.md"
    diff("-f", "markdown", "-o", target)
    assert target.read_text(encoding="utf-8").startswith("# So sánh hai lần đánh giá")
    refused = run("diff", OLD, NEW, "--sets-dir", SETS, "-o", target)
    assert refused.exit_code == 2 and "--force" in refused.stderr
    diff("-f", "markdown", "-o", target, "--force")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_province_diff_matches_golden(
    fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run("diff", relative(OLD), relative(NEW), "--sets-dir", relative(SETS),
                 "--by", "district", "--changed-only", "-f", fmt, "--lang", lang)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    suffix = {"markdown": "md", "text": "prose.txt"}[fmt]
    check_golden(GOLDEN / "diff" / f"tinh.{lang}.{suffix}", result.stdout, update_golden)


def test_html_escapes_names_and_lists_the_communes(tmp_path: Path) -> None:
    hostile = tmp_path / "moi.yaml"
    text = NEW.read_text(encoding="utf-8").replace("Xã F", '"<script>x</script>"')
    hostile.write_text(text, encoding="utf-8")
    page = run("diff", OLD, hostile, "--sets-dir", SETS, "-f", "html", "--lang", "en").stdout
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert '<section id="summary"><h2>Summary</h2><p>Summary: 4 communes compared' in page
    assert "<td>Xã A</td><td>Huyện Một</td><td>Tỉnh Thử</td><td>6/6 (2022)</td>" in page


def test_workbook_and_word_document(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    formula = tmp_path / "moi.yaml"
    formula.write_text(NEW.read_text(encoding="utf-8").replace("Xã A", '"=HYPERLINK(1)"'),
                       encoding="utf-8")  # fmt: skip
    old = tmp_path / "cu.yaml"
    old.write_text(OLD.read_text(encoding="utf-8").replace("Xã A", '"=HYPERLINK(1)"'),
                   encoding="utf-8")  # fmt: skip
    book_path = tmp_path / "so-sanh.xlsx"
    result = run("diff", old, formula, "--sets-dir", SETS, "-f", "xlsx", "-o", book_path,
                 "--by", "group")  # fmt: skip
    assert result.exit_code == 1, result.stderr
    book = load_workbook(book_path)
    assert [s.title for s in book.worksheets] == ["Tổng hợp", "Nhóm xã", "Kết quả từng xã"]
    summary = {r[0].value: r[1].value for r in book.worksheets[0].iter_rows(min_row=2)}
    assert summary["Số xã so sánh"] == 4 and summary["Không còn đạt chuẩn"] == 1
    names = [r[0].value for r in book.worksheets[2].iter_rows(min_row=2)]
    assert names[0] == "'=HYPERLINK(1)"  # neutralised: never a formula
    assert run("diff", OLD, NEW, "--sets-dir", SETS, "-f", "xlsx").exit_code == 2
    docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install -e .)")
    word_path = tmp_path / "so-sanh.docx"
    assert run("diff", OLD, NEW, "--sets-dir", SETS, "-f", "docx", "-o", word_path,
               "--lang", "en").exit_code == 1  # fmt: skip
    document = docx.Document(str(word_path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Summary: 4 communes compared" in text and "Criteria lost: Income (03)." in text
    assert len(document.tables) == 1 and document.tables[0].rows[1].cells[0].text == "Xã A"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_province_diff_html_matches_golden(
    lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run("diff", relative(OLD), relative(NEW), "--sets-dir", relative(SETS),
                 "--by", "district", "-f", "html", "--lang", lang)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    check_golden(GOLDEN / "diff" / f"tinh.{lang}.html", result.stdout, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_province_diff_files_match_golden(
    tmp_path: Path, fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fmt == "docx":
        pytest.importorskip("docx", reason="python-docx is not installed (pip install -e .)")
    monkeypatch.chdir(ROOT)
    target = tmp_path / f"so-sanh.{fmt}"
    result = run("diff", relative(OLD), relative(NEW), "--sets-dir", relative(SETS),
                 "--by", "district", "-f", fmt, "--lang", lang, "-o", target)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    text = workbook_dump(target) if fmt == "xlsx" else masked_hex(word_dump(target))
    check_golden(GOLDEN / "diff" / f"tinh.{lang}.{fmt}.txt", text, update_golden)
