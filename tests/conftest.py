"""Shared fixtures: a CLI runner, repository paths, and the --update-golden option."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

# Printed reports carry the run date: fix it (reproducible builds' variable) so golden files
# stay byte-exact. 1796342400 is 2026-12-04 00:00 UTC.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1796342400")


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
