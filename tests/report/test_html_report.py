"""The HTML report: self-contained, escaped, printable, and rendered by a real Chromium."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import EXAMPLES, FIXTURES, run
from pngread import pixels
from report_helpers import chromium, console_problems, needs_chromium

REPORT = FIXTURES / "report"
SETS = REPORT / "sets"
HOSTILE = "<script>alert(1)</script>"


def html_of(*files: Path, lang: str = "vi") -> str:
    result = run("evaluate", *files, "--sets-dir", SETS, "--format", "html", "--lang", lang)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_user_strings_are_escaped() -> None:
    page = html_of(REPORT / "hostile.yaml")
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&amp;&#x27;" in page  # the district named "&'
    # The only <script> element is the report's own print helper.
    assert page.count("<script>") == 1
    assert "<script>addEventListener('beforeprint'" in page


def test_page_is_self_contained() -> None:
    page = html_of(EXAMPLES / "xa-thach-hoa-2023.yaml", REPORT / "thu-c-2023.yaml")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # the browser may fetch nothing at all
    assert "<link" not in page


def test_summary_comes_first_then_charts_then_drill_down() -> None:
    page = html_of(EXAMPLES / "xa-thach-hoa-2023.yaml", REPORT / "thu-c-2023.yaml")
    order = [page.index(f'<section id="{s}">') for s in ("summary", "charts", "communes")]
    assert order == sorted(order)
    assert page.count('<details class="commune">') == 2
    # criteria met per commune, then the most-missed criteria of each of the two sets
    assert page.count("<svg") == 3
    assert "@media print" in page


def test_tier_chart_only_when_the_ladder_was_scored() -> None:
    example = EXAMPLES / "xa-minh-hoa-bac-thang-2024.yaml"
    other = EXAMPLES / "xa-thach-hoa-2023.yaml"
    page = run("evaluate", example, other, "--ladder", "--format", "html", "--lang", "en").stdout
    # Per commune, most missed and tiers.
    assert page.count("<svg") == 3
    assert "<title>Minh Họa commune: advanced NTM commune</title>" in page
    assert '<li class="d1">model NTM commune (qd319-xa-kieu-mau): Not met 3/4</li>' in page
    assert html_of(example, other).count("<svg") == 2


def test_a_single_commune_gets_its_own_page() -> None:
    page = html_of(REPORT / "thu-c-2023.yaml", lang="en")
    # Its sentence, its table and its plan; no batch figures, charts or cards.
    assert "<h1>New rural (NTM) criteria assessment — " in page
    assert "data-figure" not in page and "<svg" not in page and "<details" not in page
    assert "Average criteria met" not in page
    assert "20 more trained workers needed" in page
    assert '<html lang="en">' in page
    vi = html_of(REPORT / "thu-c-2023.yaml")
    assert "Số xã" not in vi and "Tiêu chí bình quân/xã" not in vi


def test_several_communes_get_figures_and_the_matrix() -> None:
    page = html_of(EXAMPLES / "xa-thach-hoa-2023.yaml", REPORT / "thu-c-2023.yaml", lang="en")
    assert '<dd data-figure="communes">2</dd>' in page
    assert page.count('<table class="matrix">') == 2  # one per criteria set: toy and QĐ 318
    assert "20 more trained workers needed" in page  # in the commune's details


@needs_chromium
def test_console_check_detects_a_script_error(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>throw new Error('boom')</script>", encoding="utf-8")
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert any("boom" in line for line in console_problems(done.stderr))


@needs_chromium
def test_chromium_loads_the_report_with_figures_and_no_console_errors(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(
        html_of(EXAMPLES / "xa-thach-hoa-2023.yaml", REPORT / "hostile.yaml"), encoding="utf-8"
    )
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert console_problems(done.stderr) == []
    dom = done.stdout
    assert '<dd data-figure="communes">3</dd>' in dom
    assert "Xã Thạch Hóa đạt 14/19 tiêu chí; còn 05 tiêu chí chưa đạt" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text, never run
    assert dom.count("<details") == 3


@needs_chromium
def test_screenshot_shows_the_charts(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    two = html_of(EXAMPLES / "xa-thach-hoa-2023.yaml", REPORT / "thu-c-2023.yaml")
    # Charts come after the matrix: put them at the top of the window.
    page.write_text(two.replace('<section id="matrix">', "<section hidden>"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    done = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,900", page.as_uri())
    assert shot.exists(), done.stderr[-2000:]
    width, height, rgb = pixels(shot.read_bytes())
    assert (width, height) == (1200, 900)
    ink = sum(1 for r, g, b in rgb if r + g + b < 600)
    assert ink > 5000, "the page looks blank"
    # The chart bar of a commune that does not meet its set is drawn in the report's red.
    red = sum(1 for r, g, b in rgb if r > 170 and g < 80 and b < 80)
    assert red > 1000, "no chart bar was painted"


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


@needs_chromium
def test_printing_opens_every_drill_down(tmp_path: Path) -> None:
    page = html_of(EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml", REPORT / "thu-c-2023.yaml")
    closed = page.replace("addEventListener('beforeprint'", "void('beforeprint'")
    counts = []
    for name, text in (("report", page), ("closed", closed)):
        source, pdf = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
        source.write_text(text, encoding="utf-8")
        chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri())
        counts.append(pdf_pages(pdf))
    printed, without_script = counts
    assert without_script >= 1
    assert printed > without_script  # the commune's full table is on paper, not folded away
