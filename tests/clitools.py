"""Helpers for running the CLI in tests."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from ntm_cli.cli import app

FIXTURE_SETS = Path(__file__).parent / "fixtures" / "sets"


def run(*args: str | Path) -> Result:
    """Invoke `ntm ARGS...` in-process (stdout and stderr kept apart, as in a terminal)."""
    return CliRunner().invoke(app, [str(a) for a in args])
