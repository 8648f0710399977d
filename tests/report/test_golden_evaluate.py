"""Reviewed outputs of `ntm evaluate` on the examples, byte for byte."""

from __future__ import annotations

import pytest

from helpers import GOLDEN, ROOT, check_golden, masked_digests, run

CASES = ["xa-thach-hoa-2023", "xa-thanh-huong-2022", "xa-minh-hoa-qd1980-2020"]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "json"])
@pytest.mark.parametrize("example", CASES)
def test_evaluate_output_matches_golden(
    example: str, fmt: str, lang: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the JSON record names the input as given: a relative path
    result = run("evaluate", f"examples/{example}.yaml", "--format", fmt, "--lang", lang)
    assert result.exit_code == 1  # none of the examples meets its set
    suffix = "txt" if fmt == "table" else "json"
    shown = masked_digests(result.stdout) if fmt == "json" else result.stdout
    check_golden(GOLDEN / "evaluate" / f"{example}.{lang}.{suffix}", shown, update_golden)
