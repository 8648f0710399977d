"""Cost of ntm's hostile-input guards, measured against plain libyaml in the same run.

Usage: python benchmarks/bench_yaml_guards.py [--files N]
1. parse_yaml (strict scalars, duplicate keys, nesting and alias guards) on filled template
   files vs yaml.load(..., Loader=yaml.CSafeLoader) on the same texts: ratio.
2. `ntm validate`'s check_file (read, parse, model, set checks) on the same files: ratio.
3. A billion-laughs file: time to reject it and peak traced memory.
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.yaml_text import parse_yaml
from ntm_cli.report.template import Scope, yaml_template
from ntm_cli.run.check import check_file

TYPED = {"percent": "85,5", "number": "60", "count": "0", "qualitative": "đạt"}
BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


def filled_template() -> str:
    criteria_set = Registry().get("qd318-xa-ntm")
    kinds = {key: ind.kind for key, ind in criteria_set.indicators().items()}
    lines = []
    section = ""
    for line in yaml_template(criteria_set, Scope(year=2024, region="btb")).splitlines():
        match = re.match(r'^  "([^"]+)":$', line)
        if re.match(r"^\w+:", line):
            section = line.split(":")[0]
        if line.startswith("commune:"):
            line = "commune: Thử"
        elif match and section == "indicators":
            line += " " + TYPED[kinds[match.group(1)]]
        elif match:
            line += " đạt"
        lines.append(line)
    return "\n".join(lines) + "\n"


def best_of(runs: int, action: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    args = parser.parse_args()
    text = filled_template()
    texts = [text.replace("commune: Thử", f"commune: Thử {i}") for i in range(args.files)]
    scratch = tempfile.TemporaryDirectory(prefix="ntm-bench-")  # removed at exit
    folder = Path(scratch.name)
    paths = []
    for i, body in enumerate(texts):
        path = folder / f"xa-{i}.yaml"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    registry = Registry()

    raw = best_of(3, lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts])
    guarded = best_of(3, lambda: [parse_yaml(t, "x.yaml") for t in texts])
    validated = best_of(3, lambda: [check_file(p, registry) for p in paths])
    assert all(not check_file(p, registry).problems for p in paths[:3])
    print(f"{args.files} filled QĐ 318 templates ({len(text)} bytes each)")
    print(f"  yaml.load CSafeLoader (baseline) {raw * 1000:8.1f} ms   1.00x")
    print(f"  ntm parse_yaml (guards)          {guarded * 1000:8.1f} ms   {guarded / raw:4.2f}x")
    print(
        f"  ntm validate check_file          {validated * 1000:8.1f} ms   {validated / raw:4.2f}x"
    )

    tracemalloc.start()
    start = time.perf_counter()
    try:
        parse_yaml(BOMB, "bomb.yaml")
        outcome = "accepted (!)"
    except Exception as exc:  # report whatever happened
        outcome = str(exc)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"billion laughs ({len(BOMB)} bytes): {elapsed * 1000:.1f} ms, peak {peak / 1024:.0f} KiB"
    )
    print(f"  {outcome}")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS of this whole run: {peak_rss:.0f} MB")


if __name__ == "__main__":
    main()
