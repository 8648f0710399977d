"""Start-up: time `ntm evaluate` on an example against a hello-world typer app, in one run.

Usage: python benchmarks/bench_evaluate.py [--runs N]

Three commands run interleaved, N times each after a warm-up, and the medians are printed:
- the bare import of typer, pydantic, yaml and rich;
- a hello-world typer app that declares the same options as `ntm evaluate` and prints one
  line (what any typer command line costs before it does anything);
- `ntm evaluate examples/xa-thach-hoa-2023.yaml` (table) and with `--format json`.
Target: ntm evaluate <= 1.3x the hello-world app (a typer app alone costs about 1.5x the
bare import).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "xa-thach-hoa-2023.yaml"
NTM = Path(sys.executable).parent / "ntm"

HELLO = '''
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer()


@app.command()
def evaluate(
    files: Annotated[list[Path], typer.Argument(help="Commune data.")],
    set_id: Annotated[str | None, typer.Option("--set", help="Set.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Format.")] = "table",
    lang: Annotated[str, typer.Option("--lang", help="Language.")] = "vi",
    unmet_only: Annotated[bool, typer.Option("--unmet-only", help="Unmet only.")] = False,
    plan: Annotated[bool, typer.Option("--plan", help="Plan.")] = False,
    commune: Annotated[str | None, typer.Option("--commune", help="Commune.")] = None,
    sets_dir: Annotated[list[Path] | None, typer.Option("--sets-dir", help="Sets.")] = None,
    communes_dir: Annotated[Path | None, typer.Option("--communes", help="Communes.")] = None,
    ladder: Annotated[bool, typer.Option("--ladder", help="Ladder.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Force.")] = False,
) -> None:
    """Say hello."""
    print("hello", len(files))


@app.command()
def other() -> None:
    """A second command, so typer builds a group as ntm's does."""


app()
'''


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def compile_ntm() -> None:
    """Byte-compile ntm as `pip install` does, so an editable install is timed like a real one.

    (Where PYTHONDONTWRITEBYTECODE is set, every run would compile ntm's modules anew.)
    """
    import compileall

    import ntm_cli

    compileall.compile_dir(Path(ntm_cli.__file__).parent, quiet=1)


def main() -> None:
    compile_ntm()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        commands = {
            "bare import of typer, pydantic, yaml, rich": [
                sys.executable, "-c", "import typer, pydantic, yaml, rich"
            ],
            "hello-world typer app, same options": [
                sys.executable, str(hello), "evaluate", str(EXAMPLE)
            ],
            "ntm evaluate (table)": [str(NTM), "evaluate", str(EXAMPLE)],
            "ntm evaluate --format json": [str(NTM), "evaluate", str(EXAMPLE), "-f", "json"],
        }  # fmt: skip
        for command in commands.values():  # warm the file cache and .pyc files
            timed(command)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so machine noise hits every command alike
            for name, command in commands.items():
                samples[name].append(timed(command))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians["bare import of typer, pydantic, yaml, rich"]
    app = medians["hello-world typer app, same options"]
    print(f"{'':44s} {'median':>9s} {'/ bare':>7s} {'/ app':>7s}")
    for name, value in medians.items():
        print(f"{name:44s} {value * 1000:6.1f} ms {value / bare:6.2f}x {value / app:6.2f}x")
    print("target: ntm evaluate <= 1.3x the hello-world app")


if __name__ == "__main__":
    main()
