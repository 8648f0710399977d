"""The 2021–2025 and earlier sets as corrected by the fourth research pass.

Every source key a set's text cites is listed; values whose sources give no regional split say
so; a disputed operator (poverty "dưới 6,5%" vs "≤ 6,5%") is kept and never picked silently; the
new low-confidence clean-water levels are reference values only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import run

from ntm_cli.inputs.yaml_text import parse_yaml, read_text

SETS_DIR = Path(__file__).resolve().parents[2] / "criteria_sets"
KEY = re.compile(r"\b[STUV]\d+\b")


def raw(set_id: str) -> dict[str, Any]:
    path = SETS_DIR / f"{set_id}.yaml"
    data = parse_yaml(read_text(path), str(path))
    assert isinstance(data, dict)
    return data


def texts(node: Any) -> list[str]:
    """Every string in the set's data except the `sources` block's own entries."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [t for item in node for t in texts(item)]
    if isinstance(node, dict):
        return [t for k, v in node.items() if k != "sources" for t in texts(v)]
    return []


@pytest.mark.parametrize("path", sorted(SETS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_cited_source_key_is_listed(path: Path) -> None:
    data = raw(path.stem)
    listed = set(data.get("sources") or {})
    if "extends" in data:
        listed |= set(raw(data["extends"]).get("sources") or {})
    cited = {key for text in texts(data) for key in KEY.findall(text)}
    assert cited <= listed, f"{path.name}: cited but not listed: {sorted(cited - listed)}"


def test_nang_cao_lists_the_keys_its_income_note_cites() -> None:
    assert {"S10", "S11"} <= set(raw("qd318-xa-nang-cao")["sources"])


def commune(tmp_path: Path, set_id: str, region: str, values: dict[str, Any]) -> Path:
    path = tmp_path / "xa.yaml"
    body = "\n".join(f'  "{k}": {v}' for k, v in values.items())
    path.write_text(
        f"commune: Xã Thử\nregion: {region}\nyear: 2024\ncriteria_set: {set_id}\n"
        f"indicators:\n{body}\n",
        encoding="utf-8",
    )
    return path


def indicator_json(path: Path, indicator: str, *extra: str) -> dict[str, Any]:
    result = run("evaluate", path, "--format", "json", *extra)
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    found = [i for c in data["criteria"] for i in c["indicators"] if i["id"] == indicator]
    assert found, indicator
    return found[0]


@pytest.mark.parametrize(
    ("set_id", "value", "status"),
    [
        ("qd318-xa-ntm", 6.4, "met"),
        ("qd318-xa-ntm", 6.5, "undetermined"),  # "dưới 6,5%" fails it, "≤ 6,5%" passes it
        ("qd318-xa-ntm", 6.6, "unmet"),
        ("qd318-xa-nang-cao", 4, "undetermined"),
        ("qd318-xa-nang-cao", 3.9, "met"),
    ],
)
def test_poverty_at_the_disputed_boundary_is_undetermined(
    tmp_path: Path, set_id: str, value: float, status: str
) -> None:
    found = indicator_json(commune(tmp_path, set_id, "btb", {"11": value}), "11")
    assert found["status"] == status
    assert found["boundary_disputed"].startswith("dưới ")
    assert found["operator"] == "at_most"


def test_the_disputed_boundary_shows_in_the_report_and_in_sets_show(tmp_path: Path) -> None:
    path = commune(tmp_path, "qd318-xa-ntm", "btb", {"11": 6.5})
    table = run("evaluate", path, "--format", "markdown").stdout
    assert "≤ 6,5% (có nguồn ghi “dưới 6,5%”)" in table
    english = run("sets", "show", "qd318-xa-ntm", "--format", "markdown", "--lang", "en").stdout
    assert "≤ 6.5% (a source says “dưới 6,5%”)" in english


@pytest.mark.parametrize(
    ("set_id", "indicator"),
    [
        ("qd318-xa-ntm", "3.1"),
        ("qd318-xa-ntm", "9.1"),
        ("qd318-xa-ntm", "15.1"),
        ("qd318-xa-nang-cao", "14.1"),
    ],
)
def test_values_without_a_regional_split_say_so(
    tmp_path: Path, set_id: str, indicator: str
) -> None:
    found = indicator_json(commune(tmp_path, set_id, "tn", {indicator: 99}), indicator)
    assert found["no_regional_split"] is True
    shown = run("sets", "show", set_id, "--format", "markdown").stdout
    row = next(line for line in shown.splitlines() if line.startswith(f"| {indicator} "))
    assert "mọi vùng (nguồn không chia theo vùng)" in row


@pytest.mark.parametrize(
    ("set_id", "indicator", "candidate"),
    [("qd318-xa-ntm", "17.nuoc-sach", 45), ("qd318-xa-nang-cao", "18.nuoc-tap-trung", 55)],
)
def test_clean_water_levels_are_reference_values_only(
    tmp_path: Path, set_id: str, indicator: str, candidate: float
) -> None:
    found = indicator_json(commune(tmp_path, set_id, "btb", {indicator: 99}), indicator)
    assert found["required"] is None
    assert found["status"] == "undetermined"
    assert [c["value"] for c in found["candidates"]] == [candidate]
    assert "VietNamNet" in found["candidates"][0]["source"]


def test_son_la_note_gives_the_period_and_scope_of_its_decision() -> None:
    shown = run("sets", "show", "sonla-qd1002-xa-ntm", "--format", "markdown").stdout
    assert "Giai đoạn 2021–2025, theo đúng tên của chính quyết định [V3]" in shown
    assert "xã nông thôn mới nâng cao của Sơn La" in shown and "kiểu mẫu" in shown
    assert "Quyết định 1002/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh Sơn La" in shown
    english = run("sets", "show", "sonla-qd1002-xa-ntm", "--format", "markdown", "--lang", "en")
    assert "Period 2021–2025, as the decision's own title states [V3]" in english.stdout
    assert "advanced commune set" in english.stdout and "model communes" in english.stdout
    assert "period is not stated" not in shown + english.stdout
