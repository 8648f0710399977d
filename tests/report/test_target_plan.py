"""`ntm evaluate --plan --target N` in every format."""

from __future__ import annotations

import csv
import io
import json

import pytest

from helpers import FIXTURES, run

REPORT = FIXTURES / "report"
THU_C = REPORT / "thu-c-2023.yaml"


def evaluate(*args: object, lang: str = "vi") -> str:
    sets = REPORT / "sets"
    result = run("evaluate", THU_C, "--sets-dir", sets, "--lang", lang, *args)  # type: ignore[arg-type]
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_text_lists_the_n_cheapest_criteria_with_what_each_needs_first() -> None:
    lines = evaluate("--plan", "--target", "2").splitlines()
    assert lines[0] == "Thứ tự ưu tiên — Xã Thử C"
    assert lines[1] == (
        "Mục tiêu tăng thêm 2 tiêu chí (từ 1 lên 3/6 tiêu chí đạt) — các tiêu chí dễ đạt nhất:"
    )
    assert lines[2] == "1. Y tế (02) [không cần vốn đầu tư]"
    assert lines[3].startswith("   - 2.1 ") and "cần tăng thêm 4 điểm phần trăm" in lines[3]
    assert lines[4] == "2. Giáo dục và Đào tạo (04) [không cần vốn đầu tư]"
    assert "cần thêm 20 lao động được đào tạo" in lines[5]
    assert lines[6] == "Toàn bộ thứ tự ưu tiên:"
    assert lines[7].startswith("1. [không cần vốn đầu tư] Y tế (02)")


def test_target_implies_plan_and_says_when_fewer_criteria_can_be_chosen() -> None:
    text = evaluate("--target", "9", lang="en")
    assert "Target: raise the criteria met by 9 (from 1 to 6/6)" in text
    assert "Only 5 unmet criteria can be chosen toward the target of 9" in text


def test_json_has_target_plan_ids_and_steps() -> None:
    data = json.loads(evaluate("--plan", "--target", "3", "--format", "json"))
    assert data["target"] == 3
    assert data["target_plan"] == ["2", "4", "3"]
    step = data["target_steps"][1]
    assert (step["criterion"], step["needs_investment"]) == ("4", False)
    assert step["items"][0]["indicator"]["units_needed"] == 20
    assert "priorities" in data and "record" in data
    assert "target_plan" not in json.loads(evaluate("--plan", "--format", "json"))


def test_csv_marks_each_row_with_its_criterion_place_in_the_target() -> None:
    rows = list(csv.reader(io.StringIO(evaluate("--target", "2", "--format", "csv", lang="en"))))
    assert rows[0][-1] == "Target rank"
    assert [(r[4], r[-1]) for r in rows[1:]] == [("2", "1"), ("4", "2"), ("3", ""), ("5", ""),
                                                  ("6", "")]  # fmt: skip
    plain = list(csv.reader(io.StringIO(evaluate("--plan", "--format", "csv", lang="en"))))
    assert "Target rank" not in plain[0]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_markdown_and_html_carry_the_target(lang: str) -> None:
    markdown = evaluate("--target", "1", "--format", "markdown", lang=lang)
    heading = "Mục tiêu tăng thêm 1 tiêu chí" if lang == "vi" else "Target: raise the criteria"
    assert f"**{heading}" in markdown
    assert "1. **" + ("Y tế (02)" if lang == "vi" else "Health (02)") in markdown
    page = evaluate("--target", "1", "--format", "html", lang=lang)
    assert f"<p>{heading}" in page
