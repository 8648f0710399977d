"""`ntm diff`: gained, lost and changed items, the revocation flag, and exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ntm_cli.inputs.registry import Registry
from ntm_cli.model.results import CommuneResult
from ntm_cli.run.communes import score_path
from ntm_cli.scoring.compare import compare, diff

from helpers import FIXTURES, run

REPORT = FIXTURES / "report"
SETS = REPORT / "sets"
OLD, NEW = REPORT / "thu-b-2022.yaml", REPORT / "thu-b-2023.yaml"


def ntm_diff(old: Path, new: Path, *args: str):  # type: ignore[no-untyped-def]
    return run("diff", old, new, "--sets-dir", SETS, *args)


def scored(path: Path) -> list[CommuneResult]:
    outcome = score_path(path, Registry([SETS]), None)
    assert not outcome.errors
    return outcome.results


def test_lost_criteria_exit_1_with_the_loud_flag() -> None:
    result = ntm_diff(OLD, NEW, "--format", "text")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("CẢNH BÁO: Xã Thử B đã đạt chuẩn ở lần đánh giá trước")
    assert "Tiêu chí sụt giảm: Thu nhập (03); Giáo dục và Đào tạo (04)." in out
    assert "3.1 Thu nhập bình quân đầu người: 52 triệu đồng/người/năm → 45" in out
    assert "Chỉ tiêu giảm giá trị (vẫn cùng kết quả): 2.1" in out
    assert "Chỉ tiêu cải thiện (vẫn cùng kết quả): 5.1" in out
    # 2 of 6 criteria (33.3%) fail and one is Thu nhập: QĐ 18/2022's revocation case.
    assert "33,3% số tiêu chí), trong đó có Thu nhập (03): thuộc trường hợp bị thu hồi." in out


def test_gains_only_exit_0_and_no_flag() -> None:
    result = ntm_diff(NEW, OLD, "--format", "text", "--lang", "en")
    assert result.exit_code == 0
    assert "WARNING" not in result.stdout
    assert "Criteria gained: Income (03); Education and training (04)." in result.stdout


def test_same_assessment_twice_reports_no_change() -> None:
    result = ntm_diff(OLD, OLD, "--format", "text")
    assert result.exit_code == 0
    assert "Không có thay đổi về tiêu chí, chỉ tiêu." in result.stdout


def test_json_contract_and_warning_on_stderr() -> None:
    result = ntm_diff(OLD, NEW, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    commune = data["communes"][0]
    assert data["lost"] is True and commune["at_risk"] is True
    assert commune["revocation"] == "key_criterion"
    lost = [(c["kind"], c["id"]) for c in commune["changes"] if c["change"] == "lost"]
    assert lost == [
        ("criterion", "3"),
        ("indicator", "3.1"),
        ("criterion", "4"),
        ("indicator", "4.1"),
    ]
    assert result.stderr.startswith("CẢNH BÁO: Xã Thử B")


def test_table_shows_the_flag_first() -> None:
    result = ntm_diff(OLD, NEW)
    assert result.exit_code == 1
    assert result.stdout.startswith("CẢNH BÁO")
    assert "sụt giảm" in result.stdout


def test_bad_input_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("commune: [unclosed\n", encoding="utf-8")
    result = ntm_diff(OLD, broken)
    assert result.exit_code == 2
    assert str(broken) in result.stderr


def test_revocation_verdicts_follow_the_share_of_failed_criteria() -> None:
    old, new = scored(OLD)[0], scored(NEW)[0]
    assert compare(old, new).revocation == "key_criterion"
    # Losing half of the criteria is a revocation case whichever they are.
    worse = replace(
        new,
        criteria=tuple(
            replace(c, status="unmet") if c.id in ("1", "3", "4") else c for c in new.criteria
        ),
    )
    assert compare(old, worse).revocation == "half_or_more"
    # Two of six lost, none of them named by the rule: at risk, not a revocation case.
    mild = replace(
        new,
        criteria=tuple(
            replace(c, status="met" if c.id == "3" else ("unmet" if c.id == "5" else c.status))
            for c in new.criteria
        ),
    )
    pair = compare(old, mild)
    assert pair.at_risk and pair.revocation == "none"
    # Outside 2021–2025 the QĐ 18/2022 rule is not applied; the risk is still flagged.
    late = compare(replace(old, year=2026), replace(new, year=2027))
    assert late.at_risk and late.revocation == "not_assessed"


def test_communes_in_multi_commune_files_are_matched_by_name_and_district() -> None:
    b_old, b_new = scored(OLD)[0], scored(NEW)[0]
    other = replace(b_new, commune="Xã Thử D", district="Huyện Khác")
    renamed = replace(b_old, commune="xã thu b", district="huyen thu")  # spelling differs
    report = diff([renamed, replace(other, year=2022)], [other, b_new])
    assert [p.new.commune for p in report.pairs] == ["Xã Thử D", "Thử B"]
    assert report.lost_anything
    lonely = diff([b_old, other], [b_new])
    assert [r.commune for r in lonely.only_old] == ["Xã Thử D"]


def test_same_named_communes_are_never_dropped() -> None:
    b_old, b_new = scored(OLD)[0], scored(NEW)[0]
    report = diff([b_old, b_old, b_old], [b_new, b_new])
    assert len(report.pairs) == 2 and len(report.only_old) == 1 and not report.only_new


def test_batch_inputs_folders_and_sheets_are_matched_by_commune_and_district(
    tmp_path: Path,
) -> None:
    before, after = tmp_path / "2022", tmp_path / "2023"
    before.mkdir()
    after.mkdir()
    for folder, source in ((before, OLD), (after, NEW)):
        (folder / "b.yaml").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        c = (REPORT / "thu-c-2023.yaml").read_text(encoding="utf-8")
        (folder / "c.yaml").write_text(c, encoding="utf-8")
    result = ntm_diff(before, after, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(c["commune"], c["lost"]) for c in data["communes"]] == [
        ("Thử B", True),
        ("Thử C", False),
    ]
    # The same 2023 assessment as a CSV sheet (one row per commune) gives the same verdict.
    sheet = tmp_path / "2023.csv"
    sheet.write_text(
        "commune,district,province,region,year,criteria_set,1.1,2.1,2.2,3.1,4.1.achieved,"
        "4.1.total,5.1,tc6\n"
        "Thử B,Huyện Thử,Tỉnh Thử,btb,2023,toy-report,đạt,91,15,45,380,1000,85,đạt\n",
        encoding="utf-8",
    )
    from_sheet = ntm_diff(OLD, sheet, "--format", "text")
    assert from_sheet.exit_code == 1, from_sheet.stderr
    assert "Tiêu chí sụt giảm: Thu nhập (03); Giáo dục và Đào tạo (04)." in from_sheet.stdout


def test_a_missing_side_is_bad_input(tmp_path: Path) -> None:
    result = ntm_diff(OLD, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr
