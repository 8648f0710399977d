"""evaluate's report formats: prose, Markdown, CSV, priorities, and spreadsheet safety."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ntm_cli.cli.evaluate import BINARY, EvaluateFormat
from ntm_cli.report.cells import neutralise
from ntm_cli.report.commune.render import RENDERERS, WRITERS
from ntm_cli.report.wording import criterion_number, one_decimal, two_digits

from helpers import EXAMPLES, FIXTURES, run

REPORT = FIXTURES / "report"
SETS = REPORT / "sets"
THACH_HOA = EXAMPLES / "xa-thach-hoa-2023.yaml"
MINH_HOA = EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml"


def evaluate(*args: object) -> str:
    result = run("evaluate", *args, "--sets-dir", SETS)  # type: ignore[arg-type]
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_every_format_has_a_renderer() -> None:
    assert {f.value for f in EvaluateFormat} == set(RENDERERS) | set(WRITERS)
    assert set(WRITERS) == BINARY


@pytest.mark.parametrize("fmt", sorted(set(RENDERERS)))
def test_every_format_renders_through_the_cli(fmt: str) -> None:
    assert evaluate(REPORT / "thu-c-2023.yaml", "--format", fmt).strip()


def test_prose_writes_the_sentence_of_the_official_reports() -> None:
    text = evaluate(THACH_HOA, "--format", "text")
    assert text.startswith(
        "Xã Thạch Hóa đạt 14/19 tiêu chí; còn 05 tiêu chí chưa đạt, gồm: Quy hoạch (01),"
        " Giao thông (02), Cơ sở vật chất văn hóa (06), Tổ chức sản xuất và phát triển kinh"
        " tế nông thôn (13), Y tế (15)."
    )
    assert "lấy theo đánh giá đã khai" in text  # honest about where the statuses come from


def test_prose_in_english() -> None:
    text = evaluate(THACH_HOA, "--format", "text", "--lang", "en")
    assert text.startswith("Thạch Hóa commune meets 14/19 criteria; 5 criteria are not yet met:")


def test_prose_names_criteria_that_could_not_be_assessed_in_a_second_sentence() -> None:
    text = evaluate(MINH_HOA, "--format", "text")
    first, second = text.split(". ", 2)[:2]
    assert "còn 03 tiêu chí chưa đạt" in first
    assert second.startswith("Còn 07 tiêu chí chưa đánh giá được: chưa xác định được ngưỡng")
    assert "bộ tiêu chí mới mã hóa một phần chỉ tiêu: Môi trường và an toàn thực phẩm (17)" in text


def test_prose_for_a_commune_meeting_every_criterion() -> None:
    text = evaluate(REPORT / "thu-b-2022.yaml", "--format", "text")
    assert text.startswith("Xã Thử B đạt 6/6 tiêu chí, đạt đủ các tiêu chí của bộ tiêu chí.")


def test_report_numbering_helpers() -> None:
    assert two_digits(5) == "05" and two_digits(14) == "14"
    assert criterion_number("1") == "(01)" and criterion_number("tc6") == "(tc6)"
    assert one_decimal(16.1, "vi") == "16,1" and one_decimal(3, "vi") == "3,0"
    assert one_decimal(16.1, "en") == "16.1"


def test_plan_puts_no_investment_items_first_then_the_smallest_relative_gap() -> None:
    lines = evaluate(REPORT / "thu-c-2023.yaml", "--plan").splitlines()
    assert lines[0] == "Thứ tự ưu tiên — Xã Thử C"
    # 2.1 (4/90 short) and 4.1 (2/40 short) need no investment: first, smaller gap first,
    # even though 3.1 (1/50 short) has the smallest gap overall.
    assert lines[1].startswith("1. [không cần vốn đầu tư] Y tế (02) — 2.1")
    assert lines[2].startswith("2. [không cần vốn đầu tư] Giáo dục và Đào tạo (04) — 4.1")
    assert lines[3].startswith("3. [chưa phân loại đầu tư] Thu nhập (03) — 3.1")
    assert lines[4].startswith("4. [cần vốn đầu tư] Giao thông (05) — 5.1")
    assert "cần thêm 20 lao động được đào tạo" in lines[2]  # whole units, in the set's unit
    assert "cần tăng thêm 4 điểm phần trăm" in lines[1]
    assert lines[5] == (
        "5. [chưa phân loại đầu tư] Văn hóa (06): tiêu chí được khai là chưa đạt, không có số"
        " liệu chỉ tiêu nên chưa tính được phần còn thiếu"
    )


def test_plan_json_carries_ranked_items() -> None:
    data = json.loads(evaluate(REPORT / "thu-c-2023.yaml", "--plan", "--format", "json"))
    kinds = [(p["criterion"], p["kind"], p["needs_investment"]) for p in data["priorities"]]
    assert kinds == [
        ("2", "indicator", False),
        ("4", "indicator", False),
        ("3", "indicator", None),
        ("5", "indicator", True),
        ("6", "declared", None),
    ]
    assert data["priorities"][1]["indicator"]["units_needed"] == 20


def test_plan_lists_what_cannot_be_ranked() -> None:
    text = evaluate(MINH_HOA, "--plan", "--lang", "en")
    assert "Cannot be ranked yet, result undetermined: Electricity (04)" in text


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+84 912", "'+84 912"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("Thạch Hóa", "Thạch Hóa"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def read_csv(text: str) -> list[list[str]]:
    assert not text.startswith("\ufeff")  # the BOM goes only into --output files
    return list(csv.reader(io.StringIO(text)))


def test_csv_neutralises_formula_cells_but_keeps_numbers() -> None:
    rows = read_csv(evaluate(REPORT / "hostile.yaml", "--format", "csv", "--sep", ","))
    cells = [c for row in rows[1:] for c in row]
    assert all(not c.startswith(("=", "+", "-", "@")) for c in cells)
    second = [r for r in rows if r[0].startswith("'+cmd")]
    assert second and second[0][1] == "'-2+3 | @SUM(1)"
    first = rows[1]
    assert first[0] == "<script>alert(1)</script>" and first[1] == "\"&'"
    assert first[2].startswith("'=HYPERLINK(")
    income = next(r for r in rows if r[8] == "3.1")
    assert income[11:13] == ["50", "52"]  # numbers stay numbers


def test_csv_has_one_row_per_indicator_with_english_headers() -> None:
    rows = read_csv(evaluate(REPORT / "thu-c-2023.yaml", "--format", "csv", "--lang", "en"))
    assert rows[0][:3] == ["Commune", "District", "Province"]
    assert [r[8] for r in rows[1:]] == ["1.1", "2.1", "2.2", "3.1", "4.1", "5.1", ""]
    trained = rows[5]
    assert trained[13:18] == ["380", "1000", "Not met", "2", "20"]


def test_markdown_escapes_user_text() -> None:
    text = evaluate(REPORT / "hostile.yaml", "--format", "markdown")
    assert "<script>" not in text
    assert "## Xã \\<script\\>alert(1)\\</script\\>" in text
    for line in text.splitlines():
        if line.startswith("|"):
            assert line.count("|") - line.count("\\|") == 6  # five columns, pipes escaped


def test_prose_states_the_tier_reached_with_ladder() -> None:
    text = evaluate(EXAMPLES / "xa-minh-hoa-bac-thang-2024.yaml", "--ladder", "--format", "text")
    assert text.rstrip().endswith(
        "Bậc cao nhất đã đạt: xã NTM nâng cao; xã NTM kiểu mẫu (qd319-xa-kieu-mau): đạt 3/4"
        " tiêu chí."
    )
    plain = evaluate(EXAMPLES / "xa-minh-hoa-bac-thang-2024.yaml", "--format", "text")
    assert "Bậc cao nhất" not in plain


def test_output_file_is_written_once_and_csv_gets_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.csv"
    args = (REPORT / "thu-c-2023.yaml", "--format", "csv", "--output", target)
    first = run("evaluate", *args, "--sets-dir", SETS)
    assert first.exit_code == 1 and first.stdout == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Vietnamese text as UTF-8
    assert data.decode("utf-8-sig").startswith("Xã;Huyện;Tỉnh")  # Vietnamese Excel: ';'
    assert not run("evaluate", *args[:2]).stdout.startswith("\ufeff")  # standard output: no BOM
    again = run("evaluate", *args, "--sets-dir", SETS)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert target.read_bytes() == data
    forced = run("evaluate", *args, "--sets-dir", SETS, "--force", "--lang", "en")
    assert forced.exit_code == 1
    assert target.read_text(encoding="utf-8-sig").startswith("Commune,")


def test_html_output_file_has_no_bom(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    result = run("evaluate", THACH_HOA, "--format", "html", "-o", target)
    assert result.exit_code == 1
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")


@pytest.mark.english
def test_district_mode_refuses_report_formats_instead_of_ignoring_them(tmp_path: Path) -> None:
    district = EXAMPLES / "district" / "huyen-minh-hoa-2024.yaml"
    communes = EXAMPLES / "district" / "communes"
    result = run("evaluate", district, "--communes", communes, "--format", "html")
    assert result.exit_code == 2
    assert "district mode writes --format table or json" in result.stderr
    target = tmp_path / "out.json"
    written = run("evaluate", district, "--communes", communes, "-f", "json", "-o", target)
    assert written.exit_code == 2 and not target.exists()


def test_csv_file_separator_follows_the_language_and_numbers_the_separator(
    tmp_path: Path,
) -> None:
    example = EXAMPLES / "xa-minh-hoa-qd1980-2020.yaml"
    target = tmp_path / "xa.csv"
    evaluate(example, "--format", "csv", "-o", target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    electricity = next(r for r in rows if r[8] == "4.2")
    assert electricity[12] == "99,1"  # Excel set to Vietnamese reads a decimal comma
    evaluate(example, "--format", "csv", "-o", target, "--force", "--lang", "en")
    en = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert next(r for r in en if r[8] == "4.2")[12] == "99.1"
    # Standard output is read by scripts: ',' and a decimal point unless --sep says otherwise.
    stdout = evaluate(example, "--format", "csv")
    assert stdout.startswith("Xã,Huyện,") and ",99.1," in stdout
    assert ";99,1;" in evaluate(example, "--format", "csv", "--sep", ";")
    assert run("evaluate", example, "--format", "csv", "--sep", "|").exit_code == 2
