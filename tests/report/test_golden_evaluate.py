"""Reviewed outputs of `ntm evaluate` on the examples, byte for byte."""

from __future__ import annotations

import pytest

from helpers import EXAMPLES, GOLDEN, check_golden, run

CASES = ["xa-thach-hoa-2023", "xa-thanh-huong-2022", "xa-minh-hoa-qd1980-2020"]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "json"])
@pytest.mark.parametrize("example", CASES)
def test_evaluate_output_matches_golden(
    example: str, fmt: str, lang: str, update_golden: bool
) -> None:
    result = run("evaluate", EXAMPLES / f"{example}.yaml", "--format", fmt, "--lang", lang)
    assert result.exit_code == 1  # none of the examples meets its set
    suffix = "txt" if fmt == "table" else "json"
    check_golden(GOLDEN / "evaluate" / f"{example}.{lang}.{suffix}", result.stdout, update_golden)
