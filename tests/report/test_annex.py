"""The printable annex: A4 pages, a heading, the commune × criteria matrix, nothing clipped."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from ntm_cli import __version__

from helpers import EXAMPLES, FIXTURES, run
from report_helpers import chromium, needs_chromium

REPORT = FIXTURES / "report"
DISTRICTS = ["Thạch Hà", "Can Lộc", "Hương Khê", "Cẩm Xuyên", "Kỳ Anh", "Nghi Xuân"]
# A4 in PDF points (Chromium writes 594.96 × 841.92).
A4 = (595, 842)

# Run in the browser after layout: every table cell whose text overflows its box, every SVG
# text that reaches outside its chart, written into the page for --dump-dom to return.
CLIP_CHECK = """<script>
var bad=[];
document.querySelectorAll('th,td,dd,dt,h1,h2,h3,p,li').forEach(function(e){
  if(e.scrollWidth>e.clientWidth+1&&getComputedStyle(e).display!=='inline')
    bad.push(e.tagName+':'+e.textContent.slice(0,40));});
document.querySelectorAll('svg.chart').forEach(function(svg){
  var w=svg.viewBox.baseVal.width;
  svg.querySelectorAll('text').forEach(function(t){var b=t.getBBox();
    if(b.x<0||b.x+b.width>w)bad.push('svg:'+t.textContent.slice(0,40));});});
document.body.insertAdjacentHTML('beforeend','<pre id="clipped">'+JSON.stringify(bad)+'</pre>');
</script></body>"""


def province_sheet(folder: Path, communes: int, *, long_names: bool = False) -> Path:
    """A QĐ 318 province sheet of criterion statuses (one commune a row, six districts)."""
    rng = random.Random(3)
    rows = ["commune,district,province,region,year," + ",".join(f"tc{i}" for i in range(1, 20))]
    for i in range(communes):
        name = f"Phú Lộc Thượng {i}" + (" Đông Nam Bắc Trung Hưng Thịnh" if long_names else "")
        statuses = ["đạt" if rng.random() < 0.85 else "chưa đạt" for _ in range(19)]
        rows.append(f"{name},{DISTRICTS[i % 6]},Hà Tĩnh,btb,2023," + ",".join(statuses))
    sheet = folder / "tinh.csv"
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def pdf_pages(path: Path) -> tuple[int, list[tuple[int, int]]]:
    """Page count and the rounded size of every page (points) of a PDF Chromium wrote."""
    data = path.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    return pages, [(round(float(w)), round(float(h))) for w, h in boxes]


def print_pdf(tmp_path: Path, html: str, name: str) -> Path:
    source, pdf = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
    source.write_text(html, encoding="utf-8")
    done = chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri())
    assert pdf.exists(), done.stderr[-2000:]
    return pdf


def clipped(tmp_path: Path, html: str, width: int) -> list[str]:
    page = tmp_path / "clip.html"
    page.write_text(html.replace("</body>", CLIP_CHECK), encoding="utf-8")
    done = chromium(tmp_path, f"--window-size={width},1000", "--dump-dom", page.as_uri())
    found = re.findall(r'<pre id="clipped">(\[.*?)</pre>', done.stdout, re.S)
    assert found, done.stderr[-2000:]
    return list(
        json.loads(found[-1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    )


def test_heading_names_province_year_set_decision_date_and_version(tmp_path: Path) -> None:
    page = run("batch", province_sheet(tmp_path, 12), "--set", "qd318-xa-ntm", "-f", "html").stdout
    heading = page[page.index('<header class="annex">') : page.index("</header>")]
    assert "<h1>Kết quả đánh giá mức độ đạt tiêu chí nông thôn mới của các xã</h1>" in heading
    assert "<dt>Tỉnh, thành phố</dt><dd>Hà Tĩnh</dd>" in heading
    assert "<dt>Năm đánh giá</dt><dd>2023</dd>" in heading
    assert "(qd318-xa-ntm), Quyết định số 318/QĐ-TTg ngày 08/03/2022</dd>" in heading
    assert "<dt>Ngày lập báo cáo</dt><dd>04/12/2026</dd>" in heading  # SOURCE_DATE_EPOCH
    assert f"<dd>ntm {__version__}</dd>" in heading
    assert "@page{size:A4;" in page and 'content:"Trang " counter(page)' in page
    en = run("batch", tmp_path / "tinh.csv", "--set", "qd318-xa-ntm", "-f", "html", "--lang", "en")
    assert "<dt>Report date</dt><dd>2026-12-04</dd>" in en.stdout
    assert "Decision 318/QĐ-TTg of 2026" not in en.stdout
    assert "Decision 318/QĐ-TTg of 2022-03-08" in en.stdout


def test_run_date_is_today_without_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from ntm_cli.report.annex import run_facts

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert run_facts().run_date == dt.date.today()


def test_matrix_has_a_row_per_commune_a_column_per_criterion_and_a_legend(
    tmp_path: Path,
) -> None:
    sheet = province_sheet(tmp_path, 12)
    page = run("batch", sheet, "--set", "qd318-xa-ntm", "--by", "district", "-f", "html").stdout
    grid = page[page.index('<table class="matrix">') : page.index("</table>", page.index("matrix"))]
    assert grid.count("<tr>") == 13  # header + 12 communes
    assert grid.count('<th scope="col" class="c"') == 19
    assert '<th scope="col" class="c" title="2. Giao thông">2</th>' in grid
    assert '<td class="c s-met">✓</td>' in grid and '<td class="c s-unmet">×</td>' in grid
    assert "<b>✓</b> Đạt" in page and "<b>×</b> Chưa đạt" in page
    assert '<section id="groups">' in page  # the table per district
    assert page.count('<details class="commune">') == 12
    brief = run("batch", sheet, "--set", "qd318-xa-ntm", "-f", "html", "--no-details").stdout
    assert "<details" not in brief and "(--no-details)" in brief


def test_user_strings_are_escaped_in_the_heading_and_matrix() -> None:
    page = run("evaluate", REPORT / "hostile.yaml", EXAMPLES / "xa-thach-hoa-2023.yaml",
               "--sets-dir", REPORT / "sets", "-f", "html").stdout  # fmt: skip
    assert "<script>alert" not in page
    grid = page[page.index('<table class="matrix">') :]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in grid


@needs_chromium
def test_six_hundred_communes_print_on_few_a4_pages(tmp_path: Path) -> None:
    sheet = province_sheet(tmp_path, 600)
    args = ("batch", sheet, "--set", "qd318-xa-ntm", "--by", "district", "-f", "html", "-j", "1")
    brief = print_pdf(tmp_path, run(*args, "--no-details").stdout, "brief")
    pages, sizes = pdf_pages(brief)
    assert 8 <= pages <= 25, pages  # the matrix takes about 75 communes a page
    assert set(sizes) == {A4}
    full_pages, _ = pdf_pages(print_pdf(tmp_path, run(*args).stdout, "full"))
    assert full_pages > pages + 100  # details: a table per commune


@needs_chromium
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_text_is_clipped(tmp_path: Path, lang: str) -> None:
    sheet = province_sheet(tmp_path, 45, long_names=True)
    batch = run("batch", sheet, "--set", "qd318-xa-ntm", "--by", "district", "-f", "html",
                "--lang", lang).stdout  # fmt: skip
    one = run("evaluate", EXAMPLES / "xa-thach-hoa-2023.yaml", "-f", "html", "--lang", lang)
    for html in (batch, one.stdout):
        # 720 px: an A4 page's printable width at 96 dpi, plus a little.
        assert clipped(tmp_path, html, 720) == []
    # The distribution chart's "3 communes" and the most-missed chart's long names.
    assert "…" not in batch
