"""Shared fixtures: a CLI runner, repository paths, and the --update-golden option."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

# Printed reports carry the run date: fix it (reproducible builds' variable) so golden files
# stay byte-exact. 1796342400 is 2026-12-04 00:00 UTC.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1796342400")
# ntm speaks Vietnamese unless told otherwise: tests start from the default.
os.environ.pop("NTM_LANG", None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "english: run with NTM_LANG=en (English messages)")


@pytest.fixture(autouse=True)
def _language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests marked `english` read ntm's messages in English, as with NTM_LANG=en."""
    if request.node.get_closest_marker("english"):
        monkeypatch.setenv("NTM_LANG", "en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/* from the current output (review the diff!).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
