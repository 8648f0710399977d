"""Helpers of the report tests: byte-exact golden files and a headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def check_bytes(path: Path, actual: str, update: bool) -> None:
    """Like helpers.check_golden, but byte-exact: CSV keeps its CRLF line ends."""
    data = actual.encode("utf-8")
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if not update:
            raise AssertionError(f"{path} did not exist; written now — review it and rerun")
    assert data == path.read_bytes(), f"output differs from {path}; rerun with --update-golden"


CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian package `chromium` is not installed (CI installs it)"
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr", "--v=0", *args,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def console_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
