"""`ntm diff` of a whole province: summary first, --changed-only, --by, --output, markdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import FIXTURES, GOLDEN, ROOT, check_golden, relative, run

OLD = FIXTURES / "diff" / "tinh-2022.yaml"
NEW = FIXTURES / "diff" / "tinh-2023.yaml"
SETS = FIXTURES / "report" / "sets"


def diff(*args: object, code: int = 1) -> str:
    result = run("diff", OLD, NEW, "--sets-dir", SETS, *args)  # type: ignore[arg-type]
    assert result.exit_code == code, result.stderr
    return result.stdout


def test_the_summary_comes_first() -> None:
    text = diff("--format", "text", "--lang", "en")
    assert text.splitlines()[0] == (
        "Summary: 4 communes compared; 1 with a criterion gained; 1 with a criterion lost;"
        " 1 no longer meeting the standard; 2 unchanged; 1 only in the earlier assessment;"
        " 1 only in the new assessment."
    )


def test_changed_only_leaves_unchanged_communes_out_but_counts_them() -> None:
    full, changed = diff("-f", "text"), diff("-f", "text", "--changed-only")
    assert "Xã C: đạt 6/6" in full and "Xã C: đạt 6/6" not in changed
    assert "2 xã không thay đổi" in changed
    data = json.loads(diff("-f", "json", "--changed-only"))
    assert [c["commune"] for c in data["communes"]] == ["Xã A", "Xã B"]
    assert data["summary"] == {
        "compared": 4, "gained": 1, "lost": 1, "lost_recognition": 1, "unchanged": 2,
        "not_comparable": 0, "only_old": 1, "only_new": 1,
    }  # fmt: skip


def test_by_district_gives_the_counts_per_area() -> None:
    data = json.loads(diff("-f", "json", "--by", "district"))
    rows = {g["district"]: (g["compared"], g["lost"], g["unchanged"]) for g in data["groups"]}
    assert rows == {"Huyện Hai": (2, 0, 2), "Huyện Một": (2, 1, 0)}
    assert "- Huyện Một: 2 xã được so sánh; 1 xã có tiêu chí mới đạt" in diff("--by", "district")


def test_output_is_written_atomically_and_never_overwritten_without_force(
    tmp_path: Path,
) -> None:
    target = tmp_path / "so-sanh.md"
    diff("-f", "markdown", "-o", target)
    assert target.read_text(encoding="utf-8").startswith("# So sánh hai lần đánh giá")
    refused = run("diff", OLD, NEW, "--sets-dir", SETS, "-o", target)
    assert refused.exit_code == 2 and "--force" in refused.stderr
    diff("-f", "markdown", "-o", target, "--force")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_province_diff_matches_golden(
    fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run("diff", relative(OLD), relative(NEW), "--sets-dir", relative(SETS),
                 "--by", "district", "--changed-only", "-f", fmt, "--lang", lang)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    suffix = {"markdown": "md", "text": "prose.txt"}[fmt]
    check_golden(GOLDEN / "diff" / f"tinh.{lang}.{suffix}", result.stdout, update_golden)
