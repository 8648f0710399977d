"""Word output (`--format docx`): read back with python-docx, printed through LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import EXAMPLES, FIXTURES, GOLDEN, ROOT, check_golden, masked_hex, run
from report_helpers import word_dump as dump

# Other worktrees' environments may predate the dependency; CI installs it with ntm.
docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install -e .)")

REPORT = FIXTURES / "report"
BATCH_INPUTS = [
    EXAMPLES / "xa-thach-hoa-2023.yaml",
    EXAMPLES / "xa-thanh-huong-2022.yaml",
    REPORT / "thu-b-2023.yaml",
    REPORT / "hostile.yaml",
]
SOFFICE = shutil.which("soffice")
needs_writer = pytest.mark.skipif(
    SOFFICE is None or not Path("/usr/lib/libreoffice/program/libswlo.so").exists(),
    reason="LibreOffice Writer (Debian libreoffice-writer) is not installed; CI installs it",
)


def word(tmp_path: Path, *args: object) -> Path:
    target = tmp_path / "bao-cao.docx"
    result = run(*args, "-f", "docx", "-o", target)  # type: ignore[arg-type]
    assert result.exit_code == 1, result.stderr
    return target


def header_repeats(table: object) -> bool:
    first = table.rows[0]._tr  # type: ignore[attr-defined]
    flags = first.findall(f"{docx.oxml.ns.qn('w:trPr')}/{docx.oxml.ns.qn('w:tblHeader')}")
    return bool(flags)


def relative(path: Path) -> Path:
    return path.relative_to(ROOT)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_batch_document_matches_golden(
    tmp_path: Path, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the record at the end names the inputs as given
    path = word(
        tmp_path, "batch", *map(relative, BATCH_INPUTS), "--sets-dir", relative(REPORT / "sets"),
        "--by", "district", "--lang", lang, "-j", "1",
    )  # fmt: skip
    expected = GOLDEN / "batch" / f"examples.{lang}.docx.txt"
    check_golden(expected, masked_hex(dump(path)), update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_one_commune_document_matches_golden(
    tmp_path: Path, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    example = relative(EXAMPLES / "xa-thanh-huong-2022.yaml")
    path = word(tmp_path, "evaluate", example, "--lang", lang)
    expected = GOLDEN / "evaluate" / f"xa-thanh-huong-2022.{lang}.docx.txt"
    check_golden(expected, masked_hex(dump(path)), update_golden)


def test_typography_tables_and_landscape_matrix(tmp_path: Path) -> None:
    path = word(tmp_path, "batch", *BATCH_INPUTS, "--sets-dir", REPORT / "sets", "-j", "1")
    document = docx.Document(str(path))
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 13
    first = document.sections[0]
    assert (round(first.page_width.cm, 1), round(first.page_height.cm, 1)) == (21.0, 29.7)
    # 19 criterion columns: the matrix gets a landscape A4 section, then portrait again.
    orientations = [s.orientation.name for s in document.sections]
    assert orientations == ["PORTRAIT", "LANDSCAPE", "PORTRAIT"]
    assert all(header_repeats(t) for t in document.tables)
    # One matrix per criteria set: QĐ 318's two communes, the test set's three.
    matrices = [t for t in document.tables if t.rows[0].cells[0].text == "STT"]
    assert [len(t.rows) for t in matrices] == [1 + 2, 1 + 3]
    assert len(matrices[0].columns) == 4 + 19 + 1
    text = dump(path)
    assert "Kết quả đánh giá mức độ đạt tiêu chí nông thôn mới của các xã".upper() in text
    assert "Năm 2023, theo Quyết định 0/TEST-BC (6 tiêu chí), 03 xã được đánh giá" in text
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer  # page numbers


def test_user_text_is_neutralised_in_tables(tmp_path: Path) -> None:
    path = word(tmp_path, "evaluate", REPORT / "hostile.yaml", EXAMPLES / "xa-thach-hoa-2023.yaml",
                "--sets-dir", REPORT / "sets")  # fmt: skip
    document = docx.Document(str(path))
    names = [row.cells[1].text for t in document.tables for row in t.rows[1:] if row.cells]
    assert "'+cmd|' /C calc'!A0" in names
    assert "<script>alert(1)</script>" in dump(path)  # plain text: Word runs nothing


def test_no_details_and_output_rules(tmp_path: Path) -> None:
    example = EXAMPLES / "xa-thach-hoa-2023.yaml"
    assert run("batch", example, "-f", "docx").exit_code == 2
    assert run("evaluate", example, "-f", "docx").exit_code == 2
    target = tmp_path / "x.docx"
    target.write_bytes(b"keep")
    assert run("evaluate", example, "-f", "docx", "-o", target).exit_code == 2
    assert target.read_bytes() == b"keep"
    brief = word(tmp_path, "batch", example, EXAMPLES / "xa-thanh-huong-2022.yaml",
                 "--no-details", "--force")  # fmt: skip
    assert "(--no-details)" in dump(brief)


def pdf_pages(path: Path) -> tuple[int, set[tuple[int, int]]]:
    """Page count and page sizes (points) of a PDF LibreOffice wrote (each page names its box)."""
    data = path.read_bytes()
    boxes = re.findall(
        rb"/Type\s*/Page(?!s)[^>]*?/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data
    )
    return len(re.findall(rb"/Type\s*/Page(?!s)", data)), {
        (round(float(w)), round(float(h))) for w, h in boxes
    }


def to_pdf(tmp_path: Path, source: Path) -> Path:
    assert SOFFICE is not None
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    pdf = tmp_path / (source.stem + ".pdf")
    assert pdf.exists(), done.stdout + done.stderr
    return pdf


@needs_writer
def test_libreoffice_prints_the_batch_document_on_a4(tmp_path: Path) -> None:
    rows = ["commune,district,province,region,year," + ",".join(f"tc{i}" for i in range(1, 20))]
    for i in range(120):
        statuses = ["chưa đạt" if (i + k) % 7 == 0 else "đạt" for k in range(19)]
        rows.append(f"Xã {i},Can Lộc,Hà Tĩnh,btb,2023," + ",".join(statuses))
    sheet = tmp_path / "tinh.csv"
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    path = word(tmp_path, "batch", sheet, "--set", "qd318-xa-ntm", "--no-details")
    pages, sizes = pdf_pages(to_pdf(tmp_path, path))
    # Heading and figures on one portrait page, 120 matrix rows on about 4 landscape pages,
    # the closing note on a portrait page.
    assert 4 <= pages <= 9, pages
    assert sizes <= {(595, 842), (842, 595)} and (842, 595) in sizes


@needs_writer
def test_libreoffice_prints_one_commune_on_a4_portrait(tmp_path: Path) -> None:
    path = word(tmp_path, "evaluate", EXAMPLES / "xa-thanh-huong-2022.yaml")
    pages, sizes = pdf_pages(to_pdf(tmp_path, path))
    assert 1 <= pages <= 4, pages
    assert sizes == {(595, 842)}


def test_input_errors_are_listed_in_the_document(tmp_path: Path) -> None:
    folder = tmp_path / "xa"
    folder.mkdir()
    shutil.copy(EXAMPLES / "xa-thach-hoa-2023.yaml", folder)
    (folder / "hong.yaml").write_text("commune: X\nyear: abc\n", encoding="utf-8")
    target = tmp_path / "bao-cao.docx"
    result = run("batch", folder, "-f", "docx", "-o", target, "-j", "1")
    assert result.exit_code == 2  # still written: the other communes are scored
    text = dump(target)
    assert "# Vị trí | Nội dung lỗi" in text
    assert "hong.yaml:2:7 | year:" in text
