"""README, --help and behaviour agree."""

from __future__ import annotations

import re

import pytest
import typer

from ntm_cli.cli.app import app

from helpers import ROOT, run

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(
    [c.name or "" for c in app.registered_commands] + [g.name or "" for g in app.registered_groups]
)


def test_readme_starts_with_the_two_fresh_machine_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)
    install_and_run, install_and_test = blocks[0].strip(), blocks[1].strip()
    assert "pip install ." in install_and_run and "ntm evaluate examples/" in install_and_run
    assert "pip install '.[dev]'" in install_and_test and "-m pytest" in install_and_test
    assert (ROOT / install_and_run.rsplit(" ", 1)[1]).is_file()


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in ci


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"ntm {command}" in README


def _leaf_commands(command: object, path: str = "ntm") -> list[tuple[str, object]]:
    children = getattr(command, "commands", None)
    if not children:
        return [(path, command)]
    found: list[tuple[str, object]] = []
    for name, child in children.items():
        found += _leaf_commands(child, f"{path} {name}")
    return found


def test_every_command_and_option_has_help_text() -> None:
    leaves = _leaf_commands(typer.main.get_command(app))
    assert len(leaves) >= 10  # evaluate, batch, diff, validate, template, schema, sets ...
    missing = [
        f"{path} {param.name}"
        for path, command in leaves
        for param in getattr(command, "params", [])
        if param.param_type_name == "option" and not getattr(param, "help", None)
    ]
    assert not missing, missing
    assert all(getattr(command, "help", None) for _, command in leaves)
