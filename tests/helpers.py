"""Small helpers for CLI tests."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from ntm_cli.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
TOY_SETS = FIXTURES / "sets"


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Invoke `ntm` in-process with stdout and stderr kept apart."""
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def check_golden(path: Path, actual: str, update: bool) -> None:
    """Compare output with a reviewed golden file byte for byte (or rewrite it)."""
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not update:
            raise AssertionError(f"{path} did not exist; written now — review it and rerun")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {path}; rerun with --update-golden and review"
