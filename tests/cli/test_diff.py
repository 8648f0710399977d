"""`ntm diff`: gained, lost and changed items, the revocation flag, and exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

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
    assert "Chỉ tiêu xấu đi (vẫn cùng kết quả): 2.1" in out
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


@pytest.mark.english
def test_a_missing_side_is_bad_input(tmp_path: Path) -> None:
    result = ntm_diff(OLD, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


PROVINCE = FIXTURES / "province"


def test_a_diff_across_sets_invents_no_loss_and_shows_both_results() -> None:
    # 2025 under QĐ 318 (19 criteria) to 2026 under QĐ 51/2025 (10): An Phú met QĐ 318's
    # criterion 7 (commercial infrastructure) and not QĐ 51's criterion 7 (science and
    # digital transformation); that is not a loss, and the 2026 communes name no district.
    old, new = PROVINCE / "2025.yaml", PROVINCE / "2026.yaml"
    result = run("diff", old, new, "--format", "text")
    assert result.exit_code == 0
    out = result.stdout
    assert "sụt giảm: " not in out and "mới đạt: " not in out and "CẢNH BÁO" not in out
    assert out.count("hai bộ tiêu chí khác nhau (qd318-xa-ntm → qd51-2025-xa-ntm)") == 1
    assert (
        "Xã An Phú (bộ qd318-xa-ntm → qd51-2025-xa-ntm):\n"
        "Năm 2025, theo Quyết định 318/QĐ-TTg: đạt 19/19 tiêu chí.\n"
        "Năm 2026, theo Quyết định 51/2025/QĐ-TTg: đạt 9/10 tiêu chí; chưa đạt:"
        " Khoa học công nghệ và chuyển đổi số (07).\n"
    ) in out
    data = json.loads(run("diff", old, new, "--format", "json").stdout)
    assert data["lost"] is False and not data["only_old"] and not data["only_new"]
    assert [c["comparable"] for c in data["communes"]] == [False] * 4
    an_phu = data["communes"][0]
    assert an_phu["changes"] == [] and an_phu["at_risk"] is False and an_phu["warnings"] == []
    assert (an_phu["old"]["met"], an_phu["old"]["total"]) == (19, 19)
    assert (an_phu["new"]["met"], an_phu["new"]["total"]) == (9, 10)
    assert an_phu["new"]["criteria"][6] == {
        "id": "7",
        "name": "Khoa học công nghệ và chuyển đổi số",
        "status": "unmet",
    }
    table = run("diff", old, new)
    assert table.exit_code == 0
    assert "Lần trước: năm 2025" in table.stdout and "Lần này: năm 2026" in table.stdout


def _qd318_year(tmp_path: Path, year: int, unmet: dict[str, set[str]]) -> Path:
    """The province's 2025 QĐ 318 file moved to another year, some criteria not met."""
    text = (PROVINCE / "2025.yaml").read_text(encoding="utf-8").replace("2025", str(year))
    blocks = text.split("  - commune: ")
    for index, block in enumerate(blocks[1:], 1):
        for criterion in unmet.get(block.split("\n", 1)[0], ()):
            block = block.replace(f'"{criterion}": đạt', f'"{criterion}": chưa đạt')
        blocks[index] = block
    path = tmp_path / f"{year}.yaml"
    path.write_text("  - commune: ".join(blocks), encoding="utf-8")
    return path


def test_the_revocation_sentence_names_criteria_of_the_communes_set_only(
    tmp_path: Path,
) -> None:
    old = _qd318_year(tmp_path, 2023, {})
    new = _qd318_year(tmp_path, 2024, {"Xã An Phú": {"1", "2", "3", "4", "10", "17"}})
    result = run("diff", old, new, "--format", "text")
    assert result.exit_code == 1
    rule = next(line for line in result.stdout.splitlines() if "QĐ 18/2022" in line)
    assert (
        "trong đó có tiêu chí Thu nhập (10), Môi trường và an toàn thực phẩm (17) hoặc"
        " Quốc phòng và An ninh (19); hoặc khi từ 50%"
    ) in rule
    # The advanced set's "Môi trường" and "Chất lượng môi trường sống" are not QĐ 318's.
    assert "Chất lượng môi trường sống" not in rule and "Môi trường," not in rule
    assert "thuộc trường hợp bị thu hồi" in rule  # 6 of 19 (31.6%), Thu nhập among them
    data = json.loads(run("diff", old, new, "--format", "json").stdout)
    assert [c["comparable"] for c in data["communes"]] == [True] * 4
    assert data["communes"][0]["continuity"] == "same_set"


def test_a_declared_continuation_compares_the_criteria_it_lists(tmp_path: Path) -> None:
    sets = tmp_path / "sets"
    sets.mkdir()
    text = Registry().path("qd51-2025-xa-ntm").read_text(encoding="utf-8")
    continued = text.replace("id: qd51-2025-xa-ntm", "id: thu-noi-tiep", 1).replace(
        "\ncriteria:\n",
        '\ncontinues:\n  set: qd318-xa-ntm\n  source: "Thử: a declared correspondence"\n'
        '  criteria: {"1": "1", "7": "8"}\ncriteria:\n',
        1,
    )
    (sets / "thu-noi-tiep.yaml").write_text(continued, encoding="utf-8")
    new = tmp_path / "2026.yaml"
    new.write_text(
        (PROVINCE / "2026.yaml")
        .read_text(encoding="utf-8")
        .replace("qd51-2025-xa-ntm", "thu-noi-tiep"),
        encoding="utf-8",
    )
    result = run("diff", PROVINCE / "2025.yaml", new, "--sets-dir", sets, "--format", "json")
    assert result.exit_code == 1  # QĐ 318's criterion 8 continues as criterion 7, now unmet
    data = json.loads(result.stdout)
    an_phu = data["communes"][0]
    assert an_phu["comparable"] is True and an_phu["continuity"] == "declared"
    assert [(c["id"], c.get("old_id"), c["change"]) for c in an_phu["changes"]] == [
        ("7", "8", "lost")
    ]
    text_out = run("diff", PROVINCE / "2025.yaml", new, "--sets-dir", sets, "--format", "text")
    assert (
        "Tiêu chí sụt giảm: Khoa học công nghệ và chuyển đổi số (07, trước là tiêu chí 08)."
        in text_out.stdout
    )
    # A continuation naming a criterion the earlier set lacks is a located error.
    (sets / "thu-noi-tiep.yaml").write_text(
        continued.replace('"7": "8"', '"7": "42"'), encoding="utf-8"
    )
    broken = run("diff", PROVINCE / "2025.yaml", new, "--sets-dir", sets)
    assert broken.exit_code == 2
    assert (
        "thu-noi-tiep.yaml:" in broken.stderr
        and "qd318-xa-ntm không có tiêu chí '42'" in broken.stderr
    )
    assert "Traceback" not in broken.stderr


def test_a_provincial_set_extending_the_national_one_is_compared_by_id() -> None:
    from ntm_cli.run.diff import lineage

    b_old = scored(OLD)[0]
    known = lineage(Registry(), [replace(b_old, set_id="sonla-qd1002-xa-ntm")])
    assert known.link("qd318-xa-ntm", "sonla-qd1002-xa-ntm") == ("extends", {})
    assert known.link("sonla-qd1002-xa-ntm", "qd318-xa-ntm") == ("extends", {})
    assert known.link("qd318-xa-ntm", "qd51-2025-xa-ntm") is None
