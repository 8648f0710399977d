"""Time `ntm evaluate` on an example against importing its libraries, in the same run.

Usage: python benchmarks/bench_evaluate.py [--runs N]
Prints the median wall time of each command and the ratio (target: <= 1.0x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "xa-thach-hoa-2023.yaml"
NTM = Path(sys.executable).parent / "ntm"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    baseline_cmd = [sys.executable, "-c", "import typer, pydantic, yaml, rich"]
    commands = {
        "baseline: import typer, pydantic, yaml, rich": baseline_cmd,
        "ntm evaluate (table)": [str(NTM), "evaluate", str(EXAMPLE)],
        "ntm evaluate --format json": [str(NTM), "evaluate", str(EXAMPLE), "--format", "json"],
    }
    for command in commands.values():  # warm the file cache and .pyc files
        timed(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleave so machine noise hits every command alike
        for name, command in commands.items():
            samples[name].append(timed(command))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians["baseline: import typer, pydantic, yaml, rich"]
    for name, value in medians.items():
        print(f"{name:48s} {value * 1000:7.1f} ms   {value / base:4.2f}x")


if __name__ == "__main__":
    main()
