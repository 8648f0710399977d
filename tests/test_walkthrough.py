"""A new user's path: template -> fill in -> validate -> evaluate, with the bundled QĐ 318 set."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ntm_cli.registry import Registry

from helpers import run

SET_ID = "qd318-xa-ntm"
# What an official types for each kind of indicator (Vietnamese spellings on purpose).
TYPED = {"percent": '"85,5%"', "number": "60", "count": "0", "qualitative": "đạt"}


def _fill(text: str) -> str:
    """Fill the template as a user would: the name, every empty value, every status."""
    indicators = Registry().get(SET_ID).indicators()
    section = ""
    out = []
    for line in text.splitlines():
        if re.match(r"^\w+:", line):
            section = line.split(":")[0]
        match = re.match(r'^  "([^"]+)":$', line)
        if line.startswith("commune:"):
            line = "commune: Thử Nghiệm"
        elif match and section == "indicators":
            line = f"{line} {TYPED[indicators[match.group(1)].kind]}"
        elif match and section == "criteria":
            line = f"{line} chưa đạt" if match.group(1) == "1" else f"{line} đạt"
        out.append(line)
    return "\n".join(out) + "\n"


def test_from_template_to_a_scored_commune(tmp_path: Path) -> None:
    path = tmp_path / "thu-nghiem.yaml"
    made = run(
        "template", "--set", SET_ID, "--region", "Bắc Trung Bộ", "--year", "2024", "-o", path
    )
    assert made.exit_code == 0, made.output

    unfilled = run("validate", path)
    assert unfilled.exit_code == 2
    assert "commune: empty value; fill it in" in unfilled.stdout

    path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run("validate", path)
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == f"{path}: OK — 1 xã, bộ tiêu chí {SET_ID}\n"

    scored = run("evaluate", path, "--format", "json")
    assert scored.exit_code == 1, scored.output  # criterion 1 declared chưa đạt
    result = json.loads(scored.stdout)
    assert result["commune"] == "Thử Nghiệm"
    assert len(result["criteria"]) == 19
    by_id = {c["id"]: c for c in result["criteria"]}
    assert by_id["1"]["status"] == "unmet"
    indicator_31 = next(i for i in by_id["3"]["indicators"] if i["id"] == "3.1")
    assert indicator_31["status"] == "met"  # 85.5% against the sourced ≥ 80%
    assert indicator_31["value"] == 85.5

    table = run("evaluate", path)
    assert "Thử Nghiệm" in table.stdout
