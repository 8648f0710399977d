"""Every broken input beside a good commune: exit 2, the good commune scored, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import FIXTURES, TOY_SETS, run

BAD = Path(__file__).parents[1] / "bad_input"
CASES = sorted(p for p in BAD.iterdir() if p.name != "expected.yaml")
GOOD = FIXTURES / "communes" / "toy-a.yaml"


@pytest.mark.parametrize("bad", CASES, ids=[p.name for p in CASES])
@pytest.mark.english
def test_a_broken_file_never_loses_the_good_commune(bad: Path, tmp_path: Path) -> None:
    result = run("batch", bad, GOOD, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert "Thử A" in [c["commune"] for c in data["communes"]]  # the good file's commune
    assert data["errors"] and all(e["file"] == str(bad) for e in data["errors"])


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "text", "html", "xlsx"])
@pytest.mark.english
def test_every_format_reports_every_broken_file(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"bao-cao.{fmt}"
    result = run("batch", *CASES, GOOD, "--sets-dir", TOY_SETS, "-f", fmt, "-o", out)
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert out.stat().st_size > 0
    for bad in CASES:  # each broken file has its line on standard error
        assert f"{bad}:" in result.stderr, bad.name
