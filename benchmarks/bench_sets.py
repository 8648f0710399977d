"""Time the criteria-set library's commands against plain `ntm evaluate`, in the same run.

Usage: python benchmarks/bench_sets.py [--runs N]
Prints the median wall time and peak memory (max RSS) of each command and the time ratio
against `ntm evaluate` on the same example (the ladder loads 3 sets instead of 1; the
district mode scores 3 communes, each with its ladder, then the district).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NTM = Path(sys.executable).parent / "ntm"


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time of one run and the peak RSS of that child process (KiB on Linux)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    ladder = str(EXAMPLES / "xa-minh-hoa-bac-thang-2024.yaml")
    commands = {
        "baseline: ntm evaluate": [str(NTM), "evaluate", ladder],
        "ntm evaluate --ladder": [str(NTM), "evaluate", ladder, "--ladder"],
        "ntm sets check sonla (extends)": [str(NTM), "sets", "check", "sonla-qd1002-xa-ntm"],
        "ntm sets show qd319 (refs)": [str(NTM), "sets", "show", "qd319-xa-kieu-mau"],
        "ntm evaluate district --communes": [
            str(NTM),
            "evaluate",
            str(EXAMPLES / "district" / "huyen-minh-hoa-2024.yaml"),
            "--communes",
            str(EXAMPLES / "district" / "communes"),
        ],
    }
    for command in commands.values():  # warm the file cache and .pyc files
        timed(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(args.runs):  # interleave so machine noise hits every command alike
        for name, command in commands.items():
            seconds, peak = timed(command)
            samples[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians["baseline: ntm evaluate"]
    for name, value in medians.items():
        print(
            f"{name:36s} {value * 1000:7.1f} ms   {value / base:4.2f}x"
            f"   peak {peaks[name] / 1024:6.1f} MiB"
        )


if __name__ == "__main__":
    main()
