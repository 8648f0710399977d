"""The package's shape: layers (import-linter contracts in pyproject.toml) and a lean start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import ntm_cli

PACKAGE = Path(ntm_cli.__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[1]


def test_every_sub_package_states_its_purpose_in_one_line() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        first = init.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith('"""') and first.endswith('"""'), init


def test_at_most_eight_modules_sit_at_the_top_of_the_package() -> None:
    assert len(list(PACKAGE.glob("*.py"))) <= 8


def test_imports_keep_the_layer_contracts() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is a dev dependency")
    done = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_start_up_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; import ntm_cli.cli.app; "
        "print(','.join(m for m in ('rich.table', 'openpyxl', 'tabulate', 'pydantic.main',"
        " 'multiprocessing', 'python_calamine') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""


def test_command_and_pydantic_modules_keep_their_annotations_evaluated() -> None:
    # typer reads every command's signature at each start, three times per command: string
    # annotations (`from __future__ import annotations`) are compiled and evaluated each
    # time, which cost ntm 15 ms of a 160 ms start before any command ran. pydantic
    # evaluates its models' field annotations from text as well (3 ms).
    modules = [*sorted((PACKAGE / "cli").glob("*.py")), PACKAGE / "model" / "sets.py"]
    deferred = [
        path.name
        for path in modules
        if "from __future__ import annotations" in path.read_text(encoding="utf-8").splitlines()
    ]
    assert deferred == []


def test_evaluating_a_yaml_file_loads_no_sheet_reader_and_no_run_record() -> None:
    # What only other inputs and formats need stays out of the commonest command's start.
    code = (
        "import sys\n"
        "from ntm_cli.cli.app import app\n"
        "try:\n"
        "    app(['evaluate', sys.argv[1]])\n"
        "except SystemExit:\n"
        "    pass\n"
        "unneeded = ('ntm_cli.inputs.sheets', 'ntm_cli.inputs.workbooks', 'ntm_cli.model.record')\n"
        "print(','.join(m for m in unneeded if m in sys.modules), file=sys.stderr)\n"
    )
    example = ROOT / "examples" / "xa-thach-hoa-2023.yaml"
    done = subprocess.run(
        [sys.executable, "-c", code, str(example)], capture_output=True, text=True, check=True
    )
    assert "Thạch Hóa" in done.stdout
    assert done.stderr.strip() == ""
