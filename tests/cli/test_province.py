"""Province completion (QĐ 51/2025 Phụ lục III) from commune results, and the NQ 257 target."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import EXAMPLES, run

DECLARED = [str(i) for i in range(1, 11)]


def commune(folder: Path, name: str, met: int, *, modern: bool | None = None) -> str:
    """A 2026 commune declaring its ten criteria (1..met đạt) and maybe its modern result."""
    lines = [f"commune: {name}", "province: Điện Biên", "khu_vuc: III", "year: 2026", "criteria:"]
    lines += [f'  "{c}": {"đạt" if int(c) <= met else "chưa đạt"}' for c in DECLARED]
    if modern is not None:
        lines += ["other_sets:", "  qd51-2025-xa-ntm-hien-dai:", "    criteria:"]
        lines += [f'      "1": {"đạt" if modern else "chưa đạt"}']
    path = folder / f"{name.replace(' ', '-')}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.name


def province(folder: Path, files: list[str], *extra: str) -> Path:
    lines = ["province: Điện Biên", "year: 2026", *extra, "commune_files:"]
    lines += [f"  - {name}" for name in files]
    path = folder / "tinh-dien-bien.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_twelve_of_twenty_communes_meeting_leaves_the_province_short(tmp_path: Path) -> None:
    # 12 of 20 meet NTM (60%): condition 1 needs 100%; the 2030 target (about 65%) needs 13.
    files = [commune(tmp_path, f"Xã {i:02d}", 10, modern=i < 2) for i in range(12)]
    files += [commune(tmp_path, f"Xã {i:02d}", 7, modern=False) for i in range(12, 20)]
    result = run("evaluate", province(tmp_path, files, 'indicators: {"3": na}'), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["level"] == "tinh"
    assert data["criteria_set"] == "qd51-2025-tinh-ntm"
    indicators = {i["id"]: i for c in data["criteria"] for i in c["indicators"]}
    assert (indicators["1"]["achieved"], indicators["1"]["total"]) == (12, 20)
    assert (indicators["1"]["status"], indicators["1"]["units_needed"]) == ("unmet", 8)
    assert (indicators["2"]["achieved"], indicators["2"]["status"]) == (2, "met")  # 10% ≥ 10%
    assert indicators["3"]["status"] == "not_applicable"
    assert indicators["4"]["required"] is None  # the rest of the annex is not known
    (target,) = data["programme_targets"]
    assert (target["share"], target["year"], target["approximate"]) == (65, 2030, True)
    assert (target["met"], target["total"], target["share_met"]) == (12, 20, 60.0)
    assert (target["share_needed"], target["communes_needed"]) == (5.0, 1)
    assert any("độ tin cậy trung bình (" in w and "thuviennhadat.vn" in w for w in data["warnings"])
    assert len(data["communes"]) == 20


def test_every_commune_meeting_and_the_rest_declared_completes_the_task(tmp_path: Path) -> None:
    files = [commune(tmp_path, f"Xã {i}", 10, modern=i == 0) for i in range(5)]
    path = province(tmp_path, files, 'indicators: {"3": na}', 'criteria: {"4": đạt}')
    result = run("evaluate", path)
    assert result.exit_code == 0, result.output
    assert "Tỉnh Điện Biên: đạt 3/3 tiêu chí — đạt chuẩn" in result.stdout
    assert "hiện 100% (5/5 xã) — đã đạt mức mục tiêu" in result.stdout
    assert "theo kết quả đánh giá đã khai" in result.stdout  # condition 4 is the province's word


def test_modern_results_not_declared_leave_condition_2_open(tmp_path: Path) -> None:
    # No commune says whether it meets the modern framework: 0 met, 10 undecided, so the
    # 10% condition cannot be decided and is not guessed either way.
    files = [commune(tmp_path, f"Xã {i}", 10) for i in range(10)]
    data = json.loads(run("evaluate", province(tmp_path, files), "-f", "json").stdout)
    condition = next(c for c in data["criteria"] if c["id"] == "2")
    assert condition["status"] == "missing"
    assert any("10 xã chưa xác định được có đạt bộ qd51-2025-xa-ntm-hien-dai" in w
               for w in data["warnings"])  # fmt: skip


def test_the_example_province_check(tmp_path: Path) -> None:
    path = EXAMPLES / "tinh" / "tinh-minh-hoa-2026.yaml"
    result = run("evaluate", path)
    assert result.exit_code == 1
    assert "Tỉnh Hà Tĩnh: đạt 1/3 tiêu chí — chưa đạt: 1; thiếu số liệu: 4" in result.stdout
    assert "khoảng 65% số xã đạt chuẩn nông thôn mới: hiện 33,3% (1/3 xã)" in result.stdout
    english = run("evaluate", path, "--lang", "en").stdout
    assert "now 33.3% (1/3 communes); 31.7 points still needed (1 more communes)" in english
    assert run("validate", path).exit_code == 0


def test_a_missing_commune_file_is_located_in_the_province_file(tmp_path: Path) -> None:
    path = province(tmp_path, ["khong-co.yaml"])
    result = run("validate", path)
    assert result.exit_code == 2
    assert "tinh-dien-bien.yaml:4:5: không tìm thấy tệp xã 'khong-co.yaml'" in result.stdout


def test_the_province_template_asks_for_the_province_and_its_commune_files() -> None:
    text = run("template", "--set", "qd51-2025-tinh-ntm").stdout
    assert text.startswith(
        "# yaml-language-server: $schema=province.schema.json\n# Mẫu số liệu tỉnh"
    )
    assert "\nprovince:  # tên tỉnh, thành phố (bắt buộc)\ncommune_files:" in text
    assert "\ncommune:" not in text


def test_a_modern_commune_that_fails_ntm_is_counted_with_a_warning(tmp_path: Path) -> None:
    # Declared modern while 3 of its 10 NTM criteria are unmet: the data contradict each other.
    files = [commune(tmp_path, "Xã Một", 10, modern=True)]
    files += [commune(tmp_path, "Xã Hai", 7, modern=True)]
    result = run("evaluate", province(tmp_path, files, 'indicators: {"3": na}'), "-f", "json")
    data = json.loads(result.stdout)
    indicators = {i["id"]: i for c in data["criteria"] for i in c["indicators"]}
    assert indicators["2"]["achieved"] == 2  # counted as declared, not silently dropped
    (warning,) = [w for w in data["warnings"] if w.startswith("Xã Hai:")]
    assert "qd51-2025-xa-ntm-hien-dai" in warning and "kiểm tra lại" in warning
    assert "Xã Một" not in warning
    table = run("evaluate", province(tmp_path, files, 'indicators: {"3": na}'), "--lang", "en")
    assert "Xã Hai: counted as meeting qd51-2025-xa-ntm-hien-dai" in " ".join(table.stdout.split())
