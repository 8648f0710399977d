"""Start-up: time `ntm evaluate` on an example against a hello-world typer app, in one run.

Usage: python benchmarks/bench_evaluate.py [--runs N] [--phases]

Three commands run interleaved, N times each after a warm-up, and the medians are printed:
- the bare import of typer, pydantic, yaml and rich;
- a hello-world typer app that declares the same options as `ntm evaluate` and prints one
  line (what any typer command line costs before it does anything);
- `ntm evaluate examples/xa-thach-hoa-2023.yaml` (table) and with `--format json`.
Target: ntm evaluate <= 1.3x the hello-world app (a typer app alone costs about 1.5x the
bare import). Ratios are medians of each round's ratio (the load of a shared machine changes
from one round to the next).

--phases: where the time goes instead: each step of `ntm evaluate` (table) timed inside a
fresh interpreter, in the order the command takes them, beside the hello-world app's own
steps (medians of N processes). The start of the interpreter itself is not included.
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


# Each step of `ntm evaluate EXAMPLE` (table), in the order the command takes them; the
# JSON of milliseconds per step goes to stdout.
NTM_PHASES = """
import json, os, sys, time
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")  # as ntm's entry point does
times = [time.perf_counter()]
steps = []
def step(name):
    times.append(time.perf_counter())
    steps.append(name)
example = sys.argv[1]
import typer, typer.main
step("import typer")
from ntm_cli.cli.app import app
step("import ntm's command modules (help texts, errors)")
group = typer.main.get_command(app)
step("typer builds ntm's group (12 commands)")
import typer._adapters
step("import pydantic (typer imports it to parse options)")
group.commands["evaluate"].make_context("evaluate", [example])
step("typer parses evaluate's options (importlib.metadata)")
import yaml
step("import yaml")
import ntm_cli.model.sets
step("create ntm's pydantic model classes")
from pathlib import Path
from ntm_cli.inputs.read import is_district_file, is_province_file, read_communes
from ntm_cli.inputs.registry import Registry
from ntm_cli.run.communes import score_communes
step("import ntm's inputs, run and scoring modules")
registry = Registry(())
is_district_file(Path(example)), is_province_file(Path(example))
step("find the sets; is it a district or province file?")
communes, _ = read_communes(Path(example))
step("read and validate the commune (builds Commune's schema)")
registry.national_default(communes[0].commune.year)
step("choose and load the year's set (builds CriteriaSet's schema)")
outcome = score_communes(communes, registry, None)
step("check and score")
import rich.console, rich.table
step("import rich (console, table)")
from ntm_cli.report.commune.render import RenderOptions, render
step("import ntm's report modules")
render("table", outcome.results, RenderOptions(width=120))
step("render the table")
print(json.dumps(dict(zip(steps, ((b - a) * 1000 for a, b in zip(times, times[1:]))))))
"""

# The hello-world app's steps, for comparison.
HELLO_PHASES = """
import json, sys, time
times = [time.perf_counter()]
steps = []
def step(name):
    times.append(time.perf_counter())
    steps.append(name)
import typer, typer.main
step("import typer")
namespace = {}
exec(sys.argv[2].replace("app()", ""), namespace)
group = typer.main.get_command(namespace["app"])
step("define the app, typer builds its group")
import typer._adapters
step("import pydantic (typer imports it to parse options)")
group.commands["evaluate"].make_context("evaluate", [sys.argv[1]])
step("typer parses the options (importlib.metadata)")
print(json.dumps(dict(zip(steps, ((b - a) * 1000 for a, b in zip(times, times[1:]))))))
"""


def phases(runs: int) -> None:
    """Print the median milliseconds of each step, ntm's and the hello-world app's."""
    import json

    for title, script in (("hello-world typer app", HELLO_PHASES), ("ntm evaluate", NTM_PHASES)):
        command = [sys.executable, "-c", script, str(EXAMPLE), HELLO]
        subprocess.run(command, capture_output=True, check=True)  # warm the file cache
        samples = [
            json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
            for _ in range(runs)
        ]
        print(f"{title} (median of {runs} processes)")
        total = 0.0
        for name in samples[0]:
            value = statistics.median(sample[name] for sample in samples)
            total += value
            print(f"  {value:6.1f} ms  {name}")
        print(f"  {total:6.1f} ms  in all\n")


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
    parser.add_argument("--phases", action="store_true", help="where ntm's time goes")
    args = parser.parse_args()
    if args.phases:
        phases(args.runs)
        return
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
    bare = samples["bare import of typer, pydantic, yaml, rich"]
    app = samples["hello-world typer app, same options"]
    print(f"{'':44s} {'median':>9s} {'/ bare':>7s} {'/ app':>7s}")
    for name, values in samples.items():
        over_bare = statistics.median(v / b for v, b in zip(values, bare, strict=True))
        over_app = statistics.median(v / a for v, a in zip(values, app, strict=True))
        median = statistics.median(values) * 1000
        print(f"{name:44s} {median:6.1f} ms {over_bare:6.2f}x {over_app:6.2f}x")
    print("target: ntm evaluate <= 1.3x the hello-world app")


if __name__ == "__main__":
    main()
