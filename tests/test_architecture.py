"""Imports flow one way: models -> loader -> engine -> formatters -> commands/cli."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ntm_cli

PACKAGE = Path(ntm_cli.__file__).resolve().parent

# Layer of every module; a module may import only from its own layer or lower ones.
LAYERS: dict[str, int] = {
    "__init__": 0,
    "errors": 0,
    "text": 0,
    "regions": 0,
    "values": 0,
    "operators": 0,
    "i18n": 0,
    "fastyaml": 0,
    "yamlio": 0,
    "atomic": 0,
    "xlsxrows": 0,
    "models": 1,
    "loader": 2,
    "registry": 2,
    "jsonschema": 2,
    "spreadsheet": 2,
    "extension": 2,
    "validation": 3,
    "engine": 3,
    "results": 3,
    "scoring": 3,
    "priorities": 3,
    "diff": 3,
    "report_stats": 3,
    "filecheck": 3,
    "rollup": 3,
    "batchrun": 3,
    "setinfo": 3,
    "ladder": 3,
    "district": 3,
    "district_scoring": 3,
    "formatters": 4,
    "template": 4,
    "commands": 5,
    "cli": 5,
    "__main__": 5,
}
# The engine layer is pure: no file reading, no set lookup.
PURE = {
    "engine", "validation", "results", "rollup", "setinfo", "ladder", "district",
    "priorities", "diff", "report_stats",
}  # fmt: skip
IO_MODULES = {
    "yamlio",
    "loader",
    "registry",
    "scoring",
    "extension",
    "district_scoring",
    "filecheck",
    "spreadsheet",
    "batchrun",
    "atomic",
    "xlsxrows",
}


def module_key(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imported_keys(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ntm_cli"):
            rest = node.module.split(".")[1:]
            if rest:
                found.add(rest[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("ntm_cli."):
                    found.add(alias.name.split(".")[1])
    return found


def test_every_module_has_a_layer() -> None:
    unknown = {module_key(p) for p in PACKAGE.rglob("*.py")} - set(LAYERS)
    assert not unknown, f"give these modules a layer in {__file__}: {sorted(unknown)}"


def test_imports_only_go_down_the_layers() -> None:
    violations = []
    for path in PACKAGE.rglob("*.py"):
        key = module_key(path)
        for target in imported_keys(path) - {key}:
            if LAYERS.get(target, 99) > LAYERS[key]:
                violations.append(f"{path.relative_to(PACKAGE)} imports {target}")
            if key in PURE and target in IO_MODULES:
                violations.append(f"{path.relative_to(PACKAGE)} (pure) imports {target}")
    assert not violations, violations


def test_start_up_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; import ntm_cli.cli; "
        "print(','.join(m for m in ('rich.table', 'openpyxl', 'tabulate', 'pydantic.main',"
        " 'multiprocessing') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
