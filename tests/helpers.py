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


def masked_digests(text: str, root: Path = ROOT) -> str:
    """JSON output with each record's SHA-256 checked against its file, then shown as <sha256>.

    Golden files keep the record's shape without breaking whenever a set or example file is
    edited; the digests themselves are checked here, against the files.
    """
    import hashlib
    import json

    from ntm_cli.inputs.registry import Registry

    registry = Registry()
    data = json.loads(text)
    objects = data if isinstance(data, list) else [data]
    records = [o["record"] for o in objects if isinstance(o, dict) and "record" in o]
    for record in records:
        for path, digest in record["inputs"].items():
            assert hashlib.sha256((root / path).read_bytes()).hexdigest() == digest, path
        for set_id, digest in record["sets"].items():
            assert hashlib.sha256(registry.path(set_id).read_bytes()).hexdigest() == digest
    return masked_hex(text)


def masked_hex(text: str) -> str:
    """Every SHA-256 in hex shown as <sha256> (records in HTML footers and JSON)."""
    import re

    return re.sub(r"\b[0-9a-f]{64}\b", "<sha256>", text)


def relative(path: Path) -> str:
    """A repository path relative to its root (run from ROOT: records name inputs as given)."""
    return str(path.relative_to(ROOT))


def english(error: object) -> str:
    """An error or message as an English-speaking user reads it (`--lang en`)."""
    from ntm_cli.report.messages import error_line

    return error_line(error, "en")
