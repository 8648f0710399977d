"""Speed of the pure-Python YAML fast path against libyaml, in the same run.

Usage: python benchmarks/bench_fastyaml.py [--files 2000] [--runs 5]
Texts: `yaml.safe_dump(record, allow_unicode=True, sort_keys=False)` of commune records as
bench_batch.py writes them (57 indicators), and filled QĐ 318 templates (comments, quoted
keys) as bench_yaml_guards.py writes them. For each kind, best of --runs over all texts:
1. yaml.load(..., Loader=yaml.CSafeLoader): the baseline (target: fast path <= 0.3x);
2. fastyaml.parse_simple: the fast path alone;
3. yamlio.parse_with_libyaml: what parse_yaml did before the fast path;
4. yamlio.parse_yaml: what ntm runs now.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from bench_batch import commune, synthetic_set
from bench_yaml_guards import filled_template

from ntm_cli.inputs.fastyaml import NOT_SIMPLE, parse_simple
from ntm_cli.inputs.yaml_text import parse_with_libyaml, parse_yaml


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def commune_texts(count: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as tmp:
        set_id, rows = synthetic_set(Path(tmp))
    rng = random.Random(318)
    return [
        yaml.safe_dump(commune(i, set_id, rows, False, rng), allow_unicode=True, sort_keys=False)
        for i in range(count)
    ]


def measure(title: str, texts: list[str], runs: int) -> None:
    for text in texts[:50]:  # the fast path must take these texts and agree with libyaml
        fast = parse_simple(text)
        assert fast is not NOT_SIMPLE, "the fast path bailed out: no speed-up to measure"
        assert fast == parse_with_libyaml(text, "x.yaml")
    count = len(texts)
    size = sum(map(len, texts)) // count
    base = best_of(runs, lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts])
    rows = [
        ("yaml.load CSafeLoader (baseline)", base),
        ("fastyaml.parse_simple", best_of(runs, lambda: [parse_simple(t) for t in texts])),
        (
            "parse_yaml before (libyaml + guards)",
            best_of(runs, lambda: [parse_with_libyaml(t, "x.yaml") for t in texts]),
        ),
        (
            "parse_yaml now (fast path first)",
            best_of(runs, lambda: [parse_yaml(t, "x.yaml") for t in texts]),
        ),
    ]
    print(f"{count} {title} ({size} characters each)")
    for name, seconds in rows:
        per_file = seconds / count * 1000
        print(
            f"  {name:38s} {seconds * 1000:7.1f} ms {per_file:6.3f} ms/file {seconds / base:5.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    measure("commune records (safe_dump)", commune_texts(args.files), args.runs)
    template = filled_template()
    templates = [template.replace("commune: Thử", f"commune: Thử {i}") for i in range(args.files)]
    measure("filled QĐ 318 templates", templates, args.runs)


if __name__ == "__main__":
    main()
