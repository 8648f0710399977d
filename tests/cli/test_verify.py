"""Re-runnable records: evaluate/batch JSON says what it was made from; --verify re-runs it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from ntm_cli.inputs.registry import Registry

from helpers import EXAMPLES, run

THACH_HOA = "xa-thach-hoa-2023.yaml"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding two example communes, as an office's folder would."""
    for name in (THACH_HOA, "xa-minh-hoa-qd1980-2020.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_evaluate_json_records_version_time_and_file_digests(folder: Path) -> None:
    result = run("evaluate", THACH_HOA, "--format", "json")
    record = json.loads(result.stdout)["record"]
    assert record["ntm_version"] == "0.1.0"
    assert record["run_at"] == "2026-12-04T00:00:00Z"  # SOURCE_DATE_EPOCH, set in conftest
    assert record["inputs"] == {THACH_HOA: _sha(folder / THACH_HOA)}
    assert record["sets"] == {"qd318-xa-ntm": _sha(Registry().path("qd318-xa-ntm"))}


def test_without_a_fixed_clock_the_record_has_the_real_time(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    record = json.loads(run("evaluate", THACH_HOA, "-f", "json").stdout)["record"]
    assert record["run_at"].startswith(("2026", "2027", "2028", "2029"))
    assert record["run_at"] != "2026-12-04T00:00:00Z"


def test_a_set_that_extends_another_records_both_files(folder: Path) -> None:
    sets = EXAMPLES / "sets"
    result = run("evaluate", EXAMPLES / "xa-minh-hoa-20-tieu-chi.yaml", "--sets-dir", sets,
                 "-f", "json")  # fmt: skip
    recorded = json.loads(result.stdout)["record"]["sets"]
    child = "hatinh-style-20-tieu-chi"
    assert recorded[child] == _sha(sets / f"{child}.yaml")
    assert len(recorded) >= 2  # and the set it extends


def test_batch_json_has_one_record_at_the_top(folder: Path) -> None:
    result = run("batch", ".", "--format", "json")
    data = json.loads(result.stdout)
    assert set(data["record"]["inputs"]) == {THACH_HOA, "xa-minh-hoa-qd1980-2020.yaml"}
    assert set(data["record"]["sets"]) == {"qd318-xa-ntm", "qd1980-xa-ntm"}
    assert all("record" not in commune for commune in data["communes"])


def test_verify_says_the_figures_still_agree(folder: Path) -> None:
    run("evaluate", ".", "-f", "json", "-o", "ket-qua.json")
    result = run("evaluate", "--verify", "ket-qua.json")
    assert result.exit_code == 0, result.output
    assert "Số xã đối chiếu: 2" in result.stdout
    assert "Kết luận: số liệu vẫn khớp với kết quả đã lưu." in result.stdout
    assert f"Tệp đầu vào {THACH_HOA}: không đổi" in result.stdout


def test_verify_names_each_figure_that_changed_and_exits_1(folder: Path) -> None:
    run("batch", ".", "-f", "json", "-o", "tinh.json")
    text = (folder / THACH_HOA).read_text(encoding="utf-8")
    (folder / THACH_HOA).write_text(text.replace('"1": chưa đạt', '"1": đạt'), encoding="utf-8")
    result = run("evaluate", "--verify", "tinh.json", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert f"Input file {THACH_HOA}: changed" in result.stdout
    assert "Thạch Hóa (Tuyên Hóa), criterion 1: was Not met, now Met" in result.stdout
    assert "Thạch Hóa (Tuyên Hóa): criteria met were 14, now 15" in result.stdout


def test_verify_json_lists_the_differences_for_scripts(folder: Path) -> None:
    run("evaluate", THACH_HOA, "-f", "json", "-o", "r.json")
    (folder / THACH_HOA).unlink()
    result = run("evaluate", "--verify", "r.json", "-f", "json")
    assert result.exit_code == 2  # an input the record names is gone: an input error
    data = json.loads(result.stdout)
    assert data["agrees"] is False
    assert {"kind": "input", "name": THACH_HOA, "state": "unreadable"} in data["files"]
    assert data["differences"][0]["field"] == "gone"
    assert f"{THACH_HOA}:1:1: không có tệp hay thư mục này" in result.stderr


def test_verify_refuses_a_file_that_is_not_a_result(folder: Path) -> None:
    (folder / "broken.json").write_text('{"commune": "A",\n "criteria": [}', encoding="utf-8")
    result = run("evaluate", "--verify", "broken.json", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("broken.json:2:15: not valid JSON")
    vietnamese = run("evaluate", "--verify", "broken.json").stderr
    assert vietnamese.startswith("broken.json:2:15: không phải JSON hợp lệ")
    assert "Traceback" not in result.output
    run("evaluate", THACH_HOA, "--plan", "-f", "json", "-o", "plan.json")
    result = run("evaluate", "--verify", "plan.json", "--lang", "en")
    assert result.exit_code == 2
    assert "is a --plan result" in result.stderr
    (folder / "old.json").write_text('{"commune": "A", "criteria": []}', encoding="utf-8")
    result = run("evaluate", "--verify", "old.json")
    assert result.exit_code == 2
    assert 'đối tượng xã thứ 1 không có "record"' in result.stderr


def test_verify_takes_no_files_besides_the_result(folder: Path) -> None:
    result = run("evaluate", THACH_HOA, "--verify", "x.json", "--lang", "en")
    assert result.exit_code == 2
    assert "give no FILES" in result.stderr
    assert run("evaluate").exit_code == 2
