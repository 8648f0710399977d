"""Files that are not what they seem: pipes in folders, devices, quoted separators, full disks."""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from ntm_cli.inputs import sheets

from helpers import FIXTURES, TOY_SETS, run

GOOD = FIXTURES / "communes" / "toy-a.yaml"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_not_read(tmp_path: Path) -> None:
    # Nothing writes to it: reading it would wait forever.
    (tmp_path / "xa.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    os.mkfifo(tmp_path / "dang-ghi.yaml")
    result = run("batch", tmp_path, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert len(json.loads(result.stdout)["communes"]) == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.english
def test_a_device_given_as_a_sheet_is_refused_at_the_size_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "MAX_SHEET_BYTES", 1 << 20)
    for name in ("zero.csv", "zero.xlsx"):
        link = tmp_path / name
        link.symlink_to("/dev/zero")
        result = run("validate", link)
        assert result.exit_code == 2
        assert result.stdout.startswith(f"{link}:1:1: "), result.stdout
        assert "too large" in result.stdout or "not a regular file" in result.stdout


def test_a_semicolon_sheet_with_commas_in_quoted_labels(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    path.write_text(
        'commune;year;region;criteria_set;"2.1 Lao động (%), năm 2023";2.2\n'
        "Thử A;2023;btb;toy-xa;45,5;12\n",
        encoding="utf-8",
    )
    result = run("evaluate", path, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code == 1, result.stderr
    (commune,) = [json.loads(result.stdout)]
    values = {i["id"]: i["value"] for c in commune["criteria"] for i in c["indicators"]}
    assert (values["2.1"], values["2.2"]) == (45.5, 12)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX temporary files")
def test_a_full_temporary_folder_during_a_json_batch_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            pass

    def full(*args: Any, **kwargs: Any) -> Full:
        return Full()

    monkeypatch.setattr(tempfile, "TemporaryFile", full)
    result = run("batch", GOOD, "--sets-dir", TOY_SETS, "-f", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_a_huge_bad_value_is_cut_in_its_error_line(tmp_path: Path) -> None:
    path = tmp_path / "xa.yaml"
    path.write_text(f'commune: A\nyear: 2023\nregion: "{"x" * 2_000_000}"\n', encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 2
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}:3:9: region: vùng 'xxx")
    assert "ký tự" in line and len(line) < 600


@pytest.mark.english
def test_aliases_may_not_multiply_a_long_text(tmp_path: Path) -> None:
    # A 1 MB name used 300 times once made 318 MB of JSON from a 1 MB file.
    path = tmp_path / "xa.yaml"
    path.write_text(
        f'commune: &n "{"x" * 1_000_000}"\nyear: 2023\nregion: btb\n'
        f"notes_again: [{', '.join(['*n'] * 300)}]\n",
        encoding="utf-8",
    )
    result = run("batch", path, GOOD, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code == 2
    assert f"{path}:4:" in result.stderr and "anchors and aliases" in result.stderr
    assert len(result.stdout) < 100_000  # the good commune only


def test_errors_of_one_file_are_located_with_one_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each error used to parse its file again: 2,000 errors took a minute.
    from ntm_cli.inputs import yaml_text

    composed: list[int] = []
    real = yaml_text._compose

    def counted(text: str) -> Any:
        composed.append(1)
        return real(text)

    monkeypatch.setattr(yaml_text, "_compose", counted)
    rows = "".join(f'  - {{commune: X{i}, indicators: {{"2.1": {101 + i}}}}}\n' for i in range(150))
    path = tmp_path / "xa.yaml"
    path.write_text(
        f"province: T\nyear: 2023\ncriteria_set: toy-xa\nregion: btb\ncommunes:\n{rows}",
        encoding="utf-8",
    )
    result = run("validate", "--sets-dir", TOY_SETS, path)
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 150
    assert result.stdout.splitlines()[149].startswith(f"{path}:155:")
    assert len(composed) == 1


@pytest.mark.parametrize("command", ["validate", "evaluate", "batch"])
def test_errors_per_file_are_capped_with_a_count_of_the_rest(tmp_path: Path, command: str) -> None:
    from ntm_cli.model.errors import MAX_ERRORS_PER_FILE

    count = MAX_ERRORS_PER_FILE + 50  # each row's value differs, so no two lines are the same
    rows = "".join(f"X{i},2023,btb,toy-xa,{101 + i}\n" for i in range(count))
    path = tmp_path / "xa.csv"
    path.write_text("commune,year,region,criteria_set,2.1\n" + rows, encoding="utf-8")
    result = run(command, path, GOOD, "--sets-dir", TOY_SETS)
    assert result.exit_code == 2
    lines = [line for line in (result.stdout + result.stderr).splitlines() if str(path) in line]
    assert len(lines) == MAX_ERRORS_PER_FILE + 1
    assert lines[-1] == (
        f"{path}:1:1: còn 50 lỗi khác trong tệp này chưa được liệt kê (chỉ liệt kê"
        f" {MAX_ERRORS_PER_FILE} lỗi đầu); sửa các lỗi đó rồi chạy lại ntm"
    )


def test_an_unclosed_quote_in_a_csv_is_located_where_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "xa.csv"
    path.write_text(
        "commune,year,region,criteria_set,2.1\nA,2023,btb,toy-xa,50\n"
        '"B,2023,btb,toy-xa,60\nC,2023,btb,toy-xa,70\n',
        encoding="utf-8",
    )
    result = run("validate", "--sets-dir", TOY_SETS, path)
    assert result.exit_code == 2
    assert result.stdout.startswith(f'{path}:3:1: dấu ngoặc kép (") mở ở dòng này không được đóng')
    assert "year is empty" not in result.stdout


def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Excel's "Unicode text" has no byte-order mark in some versions
    path = tmp_path / "xa.csv"
    path.write_bytes("commune\tregion\tyear\nThử A\tbtb\t2023\n".encode("utf-16-le"))
    result = run("validate", path)
    assert result.exit_code == 0, result.stdout


@pytest.mark.english
def test_a_copy_of_a_bundled_set_is_an_error_at_the_users_file(tmp_path: Path) -> None:
    from helpers import ROOT

    copy = tmp_path / "qd318-xa-ntm.yaml"
    copy.write_text((ROOT / "criteria_sets" / "qd318-xa-ntm.yaml").read_text("utf-8"), "utf-8")
    result = run("sets", "list", "--sets-dir", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{copy}:1:1: set id 'qd318-xa-ntm' is a bundled set's id")
    assert "extends: qd318-xa-ntm" in result.stderr


@pytest.mark.english
def test_evaluate_refuses_more_communes_than_it_can_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ntm_cli.cli import evaluate

    monkeypatch.setattr(evaluate, "MAX_COMMUNES", 3)
    rows = "".join(f"  - {{commune: X{i}}}\n" for i in range(4))
    path = tmp_path / "xa.yaml"
    path.write_text(f"year: 2023\nregion: btb\ncommunes:\n{rows}", encoding="utf-8")
    result = run("evaluate", path)
    assert result.exit_code == 2
    assert result.stderr.startswith("4 communes: `ntm evaluate` shows at most 3 at once")
    assert run("batch", path, "-f", "json").exit_code == 1  # batch takes any number


@pytest.mark.english
def test_a_yaml_file_of_too_many_communes_is_refused_before_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ntm_cli.inputs import files

    monkeypatch.setattr(files, "MAX_COMMUNES_PER_FILE", 3)
    rows = "".join(f"  - {{commune: X{i}}}\n" for i in range(4))
    path = tmp_path / "xa.yaml"
    path.write_text(f"year: 2023\nregion: btb\ncommunes:\n{rows}", encoding="utf-8")
    result = run("batch", path, GOOD, "--sets-dir", TOY_SETS, "-f", "json")
    assert result.exit_code == 2
    assert f"{path}:1:1: 4 communes in one file (at most 3" in result.stderr
    assert len(json.loads(result.stdout)["communes"]) == 1  # the good file still counts


def test_the_same_problem_in_many_cells_is_one_line(tmp_path: Path) -> None:
    rows = "".join(f"X{i},2023,btb,toy-xa,120\n" for i in range(5000))
    path = tmp_path / "xa.csv"
    path.write_text("commune,year,region,criteria_set,2.1\n" + rows, encoding="utf-8")
    result = run("validate", "--sets-dir", TOY_SETS, path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:2:E: 120% là không thể với 2.1; tỷ lệ phần trăm nằm trong khoảng 0–100"
        " (lỗi này lặp lại ở 4.999 chỗ khác: 3:E, 4:E, 5:E, 6:E, …)"
    ]
