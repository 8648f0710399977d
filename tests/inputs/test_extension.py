"""`extends:` + `overrides:` sets, references between sets, and their located errors.

The parent is the invented toy set in tests/fixtures/sets (test data, not NTM facts); the
children are written by each test.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ntm_cli.inputs.registry import Registry, read_header
from ntm_cli.model.errors import InputError, InputErrors
from ntm_cli.model.sets import CriteriaSet
from ntm_cli.report.messages import error_line

from helpers import TOY_SETS, run

HEADER = """\
id: {id}
extends: {parent}
title: Tỉnh thử
decision: {{number: "1/QĐ-UBND"}}
"""


def write(folder: Path, set_id: str, body: str, parent: str = "toy-xa") -> Path:
    path = folder / f"{set_id}.yaml"
    path.write_text(HEADER.format(id=set_id, parent=parent) + textwrap.dedent(body), "utf-8")
    return path


def load(folder: Path, set_id: str) -> CriteriaSet:
    return Registry([TOY_SETS, folder]).get(set_id)


def messages(exc: pytest.ExceptionInfo[InputError] | pytest.ExceptionInfo[InputErrors]) -> str:
    return error_line(exc.value, "en")


def test_threshold_for_one_region_changes_only_that_region(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-a",
        """\
        overrides:
          indicators:
            "2.1": {thresholds: [{regions: [btb], value: 45, source: "QĐ 1/QĐ-UBND"}]}
        """,
    )
    indicator = load(tmp_path, "tinh-a").indicators()["2.1"]
    btb = indicator.threshold_for("btb", None, 2023)
    dbsh = indicator.threshold_for("dbsh", None, 2023)
    tdmnpb = indicator.threshold_for("tdmnpb", None, 2023)
    assert btb is not None and (btb.value, btb.source) == (45, "QĐ 1/QĐ-UBND")
    assert dbsh is not None and (dbsh.value, dbsh.source) == (
        40,
        "test fixture",
    )  # inherited, source kept and cited
    assert tdmnpb is not None and (tdmnpb.value, tdmnpb.source) == (25, "test fixture")


def test_a_region_taken_from_a_multi_region_rule_leaves_the_others(tmp_path: Path) -> None:
    parent = tmp_path / "cha.yaml"
    parent.write_text(
        (TOY_SETS / "toy-xa.yaml")
        .read_text("utf-8")
        .replace("id: toy-xa", "id: cha")
        .replace(
            "{regions: [tdmnpb], value: 25, source: T}",
            "{regions: [tdmnpb, btb], value: 25, source: T}",
        ),
        "utf-8",
    )
    write(
        tmp_path,
        "con",
        """\
        overrides:
          indicators:
            "2.1": {thresholds: [{regions: [btb], value: 30, source: X}]}
        """,
        parent="cha",
    )
    indicator = Registry([tmp_path]).get("con").indicators()["2.1"]
    assert indicator.threshold_for("btb", None, 2023).value == 30  # type: ignore[union-attr]
    assert indicator.threshold_for("tdmnpb", None, 2023).value == 25  # type: ignore[union-attr]


def test_threshold_for_one_year_and_for_all(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-b",
        """\
        overrides:
          indicators:
            "3.1": {thresholds: [{years: [2023], value: 52, source: X}]}
            "2.2": {replace_thresholds: true, thresholds: [{value: 15, source: Y}]}
        """,
    )
    indicators = load(tmp_path, "tinh-b").indicators()
    assert indicators["3.1"].threshold_for("btb", None, 2023).value == 52  # type: ignore[union-attr]
    assert indicators["3.1"].threshold_for("btb", None, 2022).value == "unknown"  # type: ignore[union-attr]
    assert [(r.value, r.source) for r in indicators["2.2"].thresholds] == [(15, "Y")]


def test_add_remove_rename_renumber(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-c",
        """\
        overrides:
          remove: {criteria: ["5"], indicators: ["2.2"]}
          criteria:
            "2": {name: Giáo dục – Đào tạo, id: "2A"}
          indicators:
            "2.1": {id: "2A.1"}
          add:
            criteria:
              - id: "20"
                name: Khu dân cư kiểu mẫu
                indicators:
                  - {id: "20.1", name: Có khu dân cư kiểu mẫu, kind: qualitative,
                     thresholds: [{value: true, source: X}]}
            indicators:
              "1":
                - {id: "1.2", name: Quy chế, kind: qualitative,
                   thresholds: [{value: true, source: X}]}
        """,
    )
    child = load(tmp_path, "tinh-c")
    assert child.criterion_ids() == ["1", "2A", "3", "4", "20"]
    assert child.criteria[1].name.vi == "Giáo dục – Đào tạo"
    assert list(child.indicators()) == ["1.1", "1.2", "2A.1", "3.1", "4.1", "4.2", "4.3", "20.1"]
    renumbered = child.indicators()["2A.1"]
    assert [(r.value, r.source) for r in renumbered.thresholds] == [
        (40, "test fixture"),
        (25, "test fixture"),
    ]
    assert child.extends == "toy-xa"


@pytest.mark.english
def test_unknown_parent_is_located_at_the_extends_line(tmp_path: Path) -> None:
    write(tmp_path, "tinh-d", "", parent="khong-co")
    with pytest.raises(InputError) as exc:
        load(tmp_path, "tinh-d")
    assert f"{tmp_path / 'tinh-d.yaml'}:2:10:" in messages(exc)
    assert "unknown criteria set 'khong-co'" in messages(exc)


@pytest.mark.english
def test_extends_cycle_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "vong-a", "", parent="vong-b")
    write(tmp_path, "vong-b", "", parent="vong-a")
    with pytest.raises(InputError) as exc:
        Registry([tmp_path]).get("vong-a")
    text = messages(exc)
    assert "cycle vong-a -> vong-b -> vong-a" in text
    assert f"{tmp_path / 'vong-b.yaml'}:2:10:" in text


@pytest.mark.english
def test_dangling_override_ids_are_located(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-e",
        """\
        overrides:
          remove: {criteria: ["9"]}
          indicators:
            "7.7": {name: X}
        """,
    )
    with pytest.raises(InputErrors) as exc:
        load(tmp_path, "tinh-e")
    text = messages(exc)
    assert f"{tmp_path / 'tinh-e.yaml'}:6:23: criterion '9' is not in toy-xa" in text
    assert f"{tmp_path / 'tinh-e.yaml'}:8:5: indicator '7.7' is not in toy-xa" in text


@pytest.mark.english
def test_adding_an_existing_criterion_id_is_located(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-f",
        """\
        overrides:
          add:
            criteria:
              - {id: "1", name: Trùng, indicators: []}
        """,
    )
    with pytest.raises(InputErrors) as exc:
        load(tmp_path, "tinh-f")
    assert f"{tmp_path / 'tinh-f.yaml'}:8:14: criterion '1' already exists" in messages(exc)


@pytest.mark.english
def test_a_bad_threshold_in_a_patch_is_located_in_the_patch(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tinh-g",
        """\
        overrides:
          indicators:
            "2.1": {thresholds: [{regions: [btb], value: 120, source: X}]}
        """,
    )
    with pytest.raises(InputErrors) as exc:
        load(tmp_path, "tinh-g")
    assert f"{tmp_path / 'tinh-g.yaml'}:7:5:" in messages(exc)
    assert "outside 0–100" in messages(exc)


@pytest.mark.english
def test_criteria_in_an_extending_set_and_overrides_without_extends(tmp_path: Path) -> None:
    write(tmp_path, "tinh-h", "criteria: []\n")
    with pytest.raises(InputError, match=r"extends\.no_criteria"):
        load(tmp_path, "tinh-h")
    lone = tmp_path / "lone.yaml"
    lone.write_text(
        (TOY_SETS / "toy-xa.yaml").read_text("utf-8").replace("id: toy-xa", "id: lone")
        + "overrides: {}\n",
        "utf-8",
    )
    with pytest.raises(InputError, match=r"set\.overrides_need_extends"):
        Registry([tmp_path]).get("lone")


REF_SET = """\
id: {id}
title: Tham chiếu
decision: {{number: "TEST"}}
level: xa
tier: kieu_mau
period: {{start: 2021, end: 2025}}
scheme: regions
criteria:
  - id: "1"
    name: Đạt bộ khác
    indicators:
      - id: "1"
        name: x
        kind: meets_set
        set: {target}
        thresholds: [{{value: true, source: T}}]
  - id: "2"
    name: Thu nhập
    indicators:
      - id: "2"
        name: y
        kind: number
        thresholds:
          - {{value: {{ref: {{set: toy-xa, indicator: "{indicator}"}}, factor: 1.1}}, source: T}}
"""


@pytest.mark.english
def test_dangling_set_and_indicator_references_are_located(tmp_path: Path) -> None:
    (tmp_path / "ref-a.yaml").write_text(
        REF_SET.format(id="ref-a", target="khong-co", indicator="9.9"), "utf-8"
    )
    with pytest.raises(InputErrors) as exc:
        Registry([TOY_SETS, tmp_path]).get("ref-a")
    text = messages(exc)
    assert f"{tmp_path / 'ref-a.yaml'}:15:14: set: unknown criteria set 'khong-co'" in text
    assert f"{tmp_path / 'ref-a.yaml'}:24:21: indicator '9.9' is not in set toy-xa" in text


@pytest.mark.english
def test_meets_set_cycle_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "ref-b.yaml").write_text(
        REF_SET.format(id="ref-b", target="ref-c", indicator="3.1"), "utf-8"
    )
    (tmp_path / "ref-c.yaml").write_text(
        REF_SET.format(id="ref-c", target="ref-b", indicator="3.1"), "utf-8"
    )
    with pytest.raises(InputErrors, match="cycle=ref-b -> ref-c -> ref-b"):
        Registry([TOY_SETS, tmp_path]).get("ref-b")


@pytest.mark.english
def test_cycle_reported_by_the_cli_as_one_line_and_exit_2(tmp_path: Path) -> None:
    write(tmp_path, "vong-a", "", parent="vong-b")
    write(tmp_path, "vong-b", "", parent="vong-a")
    result = run("sets", "check", tmp_path / "vong-a.yaml", "--sets-dir", tmp_path)
    assert result.exit_code == 2
    assert "reference cycle" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.english
def test_bad_own_metadata_of_an_extending_set_is_located_at_its_key(tmp_path: Path) -> None:
    write(tmp_path, "tinh-i", 'notes: "một chuỗi"\nsources: "không phải bảng"\n')
    with pytest.raises(InputErrors) as exc:
        load(tmp_path, "tinh-i")
    text = messages(exc)
    assert f"{tmp_path / 'tinh-i.yaml'}:5:8: notes: Input should be a valid list" in text
    assert f"{tmp_path / 'tinh-i.yaml'}:6:10: sources: Input should be a valid dictionary" in text


def test_a_bundled_sets_header_holds_what_the_default_set_is_chosen_by() -> None:
    # The year's default set is chosen from each bundled set's metadata lines alone (read
    # before its sources, notes and criteria): they must say what the whole file says.
    registry = Registry()
    for set_id in registry.ids():
        full = registry.get(set_id).model_dump(exclude={"criteria"})
        head = read_header(registry.path(set_id))
        assert head.get("extends") == full["extends"], set_id
        if full["extends"] is None:  # an extended set is never a year's default
            assert (head["level"], head["tier"]) == (full["level"], full["tier"]), set_id
            assert head["period"] == full["period"], set_id
            assert head["decision"]["number"] == full["decision"]["number"], set_id
