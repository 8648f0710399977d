"""`ntm batch --format text|html` end to end, plus a check that every batch format renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_cli.cli.batch import BatchFormat

from helpers import EXAMPLES, FIXTURES, GOLDEN, ROOT, masked_hex, relative, run
from report_helpers import check_bytes, chromium, console_problems, needs_chromium

MET_COUNTS = [19, 19, 18, 17, 16, 16, 15, 15, 14, 12]  # hand-checked: sums to 161
REPORT = FIXTURES / "report"
GOLDEN_INPUTS = [
    EXAMPLES / "xa-thach-hoa-2023.yaml",
    EXAMPLES / "xa-thanh-huong-2022.yaml",
    EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml",
    REPORT / "thu-b-2023.yaml",
    REPORT / "thu-c-2023.yaml",
    REPORT / "hostile.yaml",
]


@pytest.fixture
def district(tmp_path: Path) -> Path:
    """Ten QĐ 318 communes of one district giving criterion statuses only."""
    folder = tmp_path / "tuyen-hoa"
    folder.mkdir()
    for index, met in enumerate(MET_COUNTS):
        statuses = [f'  "{i}": {"đạt" if i <= met else "chưa đạt"}' for i in range(1, 20)]
        text = "\n".join(
            [f"commune: Xã {index}", "district: Tuyên Hóa", "province: Quảng Bình",
             "region: btb", "year: 2023", "criteria:", *statuses]
        )  # fmt: skip
        (folder / f"xa-{index}.yaml").write_text(text + "\n", encoding="utf-8")
    return folder


def test_batch_prose_states_the_district_figures(district: Path) -> None:
    result = run("batch", district, "--by", "district", "--format", "text", "-j", "1")
    assert result.exit_code == 1
    overall, group = result.stdout.strip().split("\n\n")
    assert overall.startswith(
        "Toàn bộ 10 xã được đánh giá: có 02 xã đạt đủ tiêu chí (20%), tiêu chí bình quân"
        " đạt 16,1 tiêu chí/xã; còn 02 xã dưới 15 tiêu chí."
    )
    assert "Các xã dưới 15 tiêu chí: Xã 9 (12/19), Xã 8 (14/19)." in overall
    # Criterion 19 is missed by every commune meeting fewer than 19 (eight of them).
    assert "nhất: Quốc phòng và An ninh (19): 8 xã;" in overall
    assert group.startswith("Tuyên Hóa, Quảng Bình (10 xã): có 02 xã đạt đủ tiêu chí")


def test_batch_html_written_to_a_file(district: Path, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    result = run("batch", district, "--format", "html", "-o", target, "-j", "1", "--lang", "en")
    assert result.exit_code == 1
    page = target.read_text(encoding="utf-8")
    assert '<dd data-figure="average">16.1</dd>' in page
    assert page.count('<details class="commune">') == 10


@pytest.mark.parametrize("fmt", [f.value for f in BatchFormat])
def test_every_batch_format_renders(fmt: str, district: Path, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    result = run("batch", district, "--format", fmt, "-o", target, "-j", "1")
    assert result.exit_code == 1, result.stderr
    assert target.stat().st_size > 0


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_batch_reports_match_golden(
    fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the record at the page's foot names the inputs as given
    result = run(
        "batch", *map(relative, GOLDEN_INPUTS), "--sets-dir", relative(REPORT / "sets"),
        "--by", "district", "--format", fmt, "--lang", lang, "-j", "1",
    )  # fmt: skip
    assert result.exit_code == 1, result.stderr
    suffix = {"text": "prose.txt", "html": "html"}[fmt]
    path = GOLDEN / "batch" / f"examples.{lang}.{suffix}"
    check_bytes(path, masked_hex(result.stdout), update_golden)


@needs_chromium
def test_chromium_loads_the_batch_report(tmp_path: Path) -> None:
    page = tmp_path / "batch.html"
    result = run("batch", *GOLDEN_INPUTS, "--sets-dir", REPORT / "sets", "-f", "html", "-j", "1")
    page.write_text(result.stdout, encoding="utf-8")
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert console_problems(done.stderr) == []
    assert '<dd data-figure="communes">7</dd>' in done.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in done.stdout
    assert done.stdout.count("<details") == 7
