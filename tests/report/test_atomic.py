"""Atomic writes: a failed write never leaves half a file, litter, or a lost old file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_cli.model.errors import UsageError
from ntm_cli.report.atomic import atomic_write, write_bytes_atomic, write_text_atomic
from ntm_cli.report.messages import error_line

from helpers import TOY_SETS, run


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    write_text_atomic(target, "xã: Thạch Hóa\n")
    assert target.read_text(encoding="utf-8") == "xã: Thạch Hóa\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old")
    with pytest.raises(UsageError, match=r"error\.write_exists"):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"


def test_overwrites_with_force(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_interrupted_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")

    with pytest.raises(KeyboardInterrupt), atomic_write(target, force=True) as handle:
        handle.write(b"half of the new")
        raise KeyboardInterrupt  # the user pressed Ctrl+C midway
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_failed_first_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), atomic_write(tmp_path / "new.yaml", force=False) as handle:
        handle.write(b"partial")
        raise RuntimeError("renderer failed")
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_directory_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as folder:
        write_text_atomic(tmp_path, "x", force=True)
    assert error_line(folder.value, "en") == f"{tmp_path}: is a folder; give a file name to write"
    assert error_line(folder.value, "vi") == f"{tmp_path}: là một thư mục; hãy cho tên tệp cần ghi"
    with pytest.raises(UsageError) as missing:
        write_text_atomic(tmp_path / "nope" / "out.yaml", "x")
    assert error_line(missing.value, "en").endswith("nope: folder does not exist")


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    write_text_atomic(target, "x")
    assert target.stat().st_mode & 0o644 == 0o644  # readable like any other file, not 0600


def test_os_errors_become_one_line_usage_errors(tmp_path: Path) -> None:
    target = tmp_path / "full.yaml"
    with pytest.raises(UsageError) as full, atomic_write(target, force=False) as handle:
        handle.write(b"x")
        raise OSError(28, "No space left on device")
    assert error_line(full.value, "en") == f"{target}: cannot write: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_too_long_for_the_file_system_is_one_line(tmp_path: Path) -> None:
    commune = TOY_SETS.parent / "communes" / "toy-a.yaml"
    target = tmp_path / ("x" * 300 + ".json")
    result = run("batch", commune, "--sets-dir", TOY_SETS, "-f", "json", "-o", target)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{target}: không ghi được ở đây: File name too long")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
