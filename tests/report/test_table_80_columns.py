"""The terminal table at 80 columns, as a script or a narrow terminal prints it.

No number or word is split across lines; the summary line comes first and last; indicators
without data under a criterion decided by its declared result fold into one line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from ntm_cli.report.wording import number

from helpers import EXAMPLES, run

# A commune as an office enters it: counts, percentages with decimals, a long unit, a value at
# a disputed boundary, declared results for criteria without indicator data.
DATA = """\
commune: Xã Hương Trạch
district: Hương Khê
province: Hà Tĩnh
region: btb
year: 2024
indicators:
  "3.1": 78,25
  "9.1": 3
  "11": 6,5
  "15.1": {achieved: 11234, total: 12890}
  "15.3": 27,35
  "8.1": đạt
criteria:
  "1": đạt
  "2": chưa đạt
  "8": đạt
"""
COMMUNES = (
    "xa-thach-hoa-2023.yaml",  # declared results, indicators without data
    "xa-minh-hoa-qd1980-2020.yaml",  # regional thresholds, counts, units needed
    "huong-trach",  # DATA above
)
FIGURES = COMMUNES[1:]


def path_of(name: str, tmp_path: Path) -> Path:
    if name.endswith(".yaml"):
        return EXAMPLES / name
    path = tmp_path / f"{name}.yaml"
    path.write_text(DATA, encoding="utf-8")
    return path


def table(name: str, lang: str, tmp_path: Path) -> str:
    path = path_of(name, tmp_path)
    result = run("evaluate", path, "--lang", lang, env={"COLUMNS": "80"})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def cell_words(text: str) -> set[str]:
    """The words inside the table's cells (between its │ borders)."""
    words: set[str] = set()
    for line in text.splitlines():
        if line.startswith("│"):
            for cell in line.strip("│").split("│"):
                words.update(cell.split())
    return words


def first_column(text: str) -> str:
    """The table's first column read top to bottom as one line of words."""
    cells = [line.strip("│").split("│")[0] for line in text.splitlines() if line.startswith("│")]
    return " ".join(" ".join(cells).split())


@pytest.mark.parametrize("name", FIGURES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_line_fits_and_no_figure_is_split(name: str, lang: str, tmp_path: Path) -> None:
    text = table(name, lang, tmp_path)
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    path = path_of(name, tmp_path)
    data = json.loads(run("evaluate", path, "--lang", lang, "-f", "json").stdout)
    # Every figure a user reads (value, requirement, gap, counts) appears whole in a cell.
    keys = ("value", "required", "gap", "achieved", "total")
    figures = {
        indicator[key]
        for criterion in data["criteria"]
        for indicator in criterion["indicators"]
        if not (criterion["basis"] == "declared" and indicator["status"] == "missing")
        for key in keys
        if isinstance(indicator.get(key), int | float) and not isinstance(indicator[key], bool)
    }
    assert len(figures) >= 5
    shown = cell_words(text)
    for figure in figures:
        spelled = number(float(figure), lang)
        assert any(spelled in word for word in shown), (spelled, name)


@pytest.mark.parametrize("name", COMMUNES)
def test_the_summary_line_comes_first_and_last(name: str, tmp_path: Path) -> None:
    lines = [line.rstrip() for line in table(name, "vi", tmp_path).splitlines() if line.strip()]
    summary = lines[0]
    assert re.match(r"Xã .+: đạt \d+/\d+ tiêu chí", summary)
    assert summary in lines[-6:]


def test_missing_indicators_under_a_declared_criterion_fold_into_one_line(tmp_path: Path) -> None:
    text = table("xa-thach-hoa-2023.yaml", "vi", tmp_path)
    # Criterion 8 is declared đạt and none of its four indicators has data.
    assert "chưa có số liệu: 8.1, 8.2, 8.3, 8.4 (4 chỉ tiêu) — dùng kết quả" in first_column(text)
    assert "8.2 Dịch vụ điện thoại" not in text
    assert "Thiếu số liệu" not in text  # every missing indicator here is under a declaration
    english = table("xa-thach-hoa-2023.yaml", "en", tmp_path)
    assert "no data: 8.1, 8.2, 8.3, 8.4 (4) — the declared result is used" in first_column(english)
