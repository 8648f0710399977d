"""Reviewed outputs of the report formats, `--plan` and `ntm diff`, byte for byte."""

from __future__ import annotations

import pytest

from helpers import FIXTURES, GOLDEN, ROOT, masked_digests, masked_hex, run
from report_helpers import check_bytes

CASES = ["xa-thach-hoa-2023", "xa-thanh-huong-2022", "xa-minh-hoa-qd1980-2020"]
SUFFIX = {"text": "prose.txt", "markdown": "md", "csv": "csv", "html": "html"}
REPORT = FIXTURES / "report"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", list(SUFFIX))
@pytest.mark.parametrize("example", CASES)
def test_report_formats_match_golden(
    example: str, fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the HTML record names the input as given: a relative path
    result = run("evaluate", f"examples/{example}.yaml", "--format", fmt, "--lang", lang)
    assert result.exit_code == 1
    path = GOLDEN / "evaluate" / f"{example}.{lang}.{SUFFIX[fmt]}"
    check_bytes(path, masked_hex(result.stdout), update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("example", ["xa-minh-hoa-qd1980-2020"])
def test_plan_matches_golden(example: str, lang: str, update_golden: bool) -> None:
    result = run("evaluate", ROOT / "examples" / f"{example}.yaml", "--plan", "--lang", lang)
    assert result.exit_code == 1
    check_bytes(GOLDEN / "evaluate" / f"{example}.{lang}.plan.txt", result.stdout, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "json", "html"])
def test_target_plan_matches_golden(
    fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = "xa-minh-hoa-qd1980-2020"
    monkeypatch.chdir(ROOT)
    result = run("evaluate", f"examples/{example}.yaml", "--plan", "--target", "2",
                 "--format", fmt, "--lang", lang)  # fmt: skip
    assert result.exit_code == 1
    shown = masked_digests(result.stdout) if fmt == "json" else masked_hex(result.stdout)
    suffix = {**SUFFIX, "json": "json"}[fmt]
    check_bytes(GOLDEN / "evaluate" / f"{example}.target.{lang}.{suffix}", shown, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "text", "json"])
def test_diff_matches_golden(fmt: str, lang: str, update_golden: bool) -> None:
    result = run(
        "diff", REPORT / "thu-b-2022.yaml", REPORT / "thu-b-2023.yaml",
        "--sets-dir", REPORT / "sets", "--format", fmt, "--lang", lang,
    )  # fmt: skip
    assert result.exit_code == 1
    suffix = {"table": "txt", "text": "prose.txt", "json": "json"}[fmt]
    check_bytes(GOLDEN / "diff" / f"thu-b.{lang}.{suffix}", result.stdout, update_golden)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_ladder_reports_match_golden(
    fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = "xa-minh-hoa-bac-thang-2024"
    monkeypatch.chdir(ROOT)
    result = run(
        "evaluate", f"examples/{example}.yaml", "--ladder", "--format", fmt, "--lang", lang
    )
    assert result.exit_code == 0
    path = GOLDEN / "evaluate" / f"{example}.ladder.{lang}.{SUFFIX[fmt]}"
    check_bytes(path, masked_hex(result.stdout), update_golden)
