"""Time the report formats against JSON of the same commands, in the same run.

Usage: python benchmarks/bench_reports.py [--communes 10000] [--jobs J]

Generates N commune files with bench_batch's invented benchmark set (not NTM data), then
times `ntm batch DIR --format json|text|html --output FILE` and, on one multi-commune file
of min(N, 2000) communes, `ntm evaluate FILE --format json|text|markdown|csv|html|--plan`.
Prints seconds, the ratio to JSON and the peak RSS of each run; the report formats should
cost little more than JSON (the scoring dominates).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import NTM, commune, synthetic_set, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory(prefix="ntm-bench-reports-") as tmp:
        root = Path(tmp)
        sets_dir, data_dir = root / "sets", root / "communes"
        sets_dir.mkdir()
        data_dir.mkdir()
        set_id, rows = synthetic_set(sets_dir)
        records = [commune(i, set_id, rows, False, rng) for i in range(args.communes)]
        for index, record in enumerate(records):
            text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
            (data_dir / f"xa-{index:05d}.yaml").write_text(text, "utf-8")
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        print(f"ntm batch on {args.communes} communes (jobs {args.jobs or 'CPU count'})")
        base = 0.0
        for fmt in ("json", "text", "html"):
            out = root / f"batch.{fmt}"
            command = [str(NTM), "batch", str(data_dir), "--format", fmt, "--output", str(out),
                       "--sets-dir", str(sets_dir), "--quiet", *jobs]  # fmt: skip
            elapsed, code, rss = timed(command)
            base = base or elapsed
            size = out.stat().st_size / 1e6
            print(f"  {fmt:8s} {elapsed:6.2f} s  ratio {elapsed / base:4.2f}x  peak RSS"
                  f" {rss:4.0f} MB  output {size:5.1f} MB  exit {code}")  # fmt: skip
        many = min(args.communes, 2000)
        single = root / "communes.yaml"
        single.write_text(
            yaml.safe_dump({"communes": records[:many]}, allow_unicode=True, sort_keys=False),
            "utf-8",
        )
        print(f"ntm evaluate on one file of {many} communes")
        base = 0.0
        for label, extra in (("json", ["--format", "json"]), ("text", ["--format", "text"]),
                             ("markdown", ["--format", "markdown"]), ("csv", ["--format", "csv"]),
                             ("html", ["--format", "html"]), ("plan", ["--plan"])):  # fmt: skip
            out = root / f"evaluate.{label}"
            command = [str(NTM), "evaluate", str(single), *extra, "--output", str(out),
                       "--sets-dir", str(sets_dir)]  # fmt: skip
            elapsed, code, rss = timed(command)
            base = base or elapsed
            print(f"  {label:8s} {elapsed:6.2f} s  ratio {elapsed / base:4.2f}x  peak RSS"
                  f" {rss:4.0f} MB  exit {code}")  # fmt: skip


if __name__ == "__main__":
    main()
