"""Time the fast XLSX reader against openpyxl read_only on the same workbook, in the same run.

Usage: python benchmarks/bench_xlsx.py [--communes 10000] [--repeat 3] [--no-batch]

One N-row workbook is written as in bench_batch.py (write_xlsx, the invented 19 x 3 set:
about 60 columns). Each reader runs in a fresh Python process, imports included, and the
best of --repeat runs is kept:

- openpyxl: load_workbook(read_only=True, data_only=True), iter_rows(values_only=True);
- fast: ntm_cli.inputs.xlsxrows.first_sheet_rows.

Prints both times, the ratio (target <= 0.3x), how many rows went to openpyxl's row parser
and whether both readers gave identical rows (type-aware). Unless --no-batch, it also times
`ntm batch FILE --format json` with the fast reader and with it switched off (openpyxl only,
as before it existed), and the peak RSS of each (target <= 150 MB).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_batch  # a sibling script, not a package

OPENPYXL = """
import sys, time
start = time.perf_counter()
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
book.close()
print(time.perf_counter() - start, rows, 0)
"""
FAST = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from ntm_cli.inputs.xlsxrows import ReadStats, first_sheet_rows
stats = ReadStats()
rows = sum(1 for _ in first_sheet_rows(Path(sys.argv[1]), stats))
print(time.perf_counter() - start, rows, stats.parsed)
"""
# `ntm` with the fast reader switched off: no openpyxl version is "verified", so it steps
# aside before reading a row and ntm reads the sheet with openpyxl, as it did before.
NTM_OPENPYXL_ONLY = """
import sys
from ntm_cli.inputs import xlsxrows
xlsxrows.VERIFIED_OPENPYXL = ()
from ntm_cli.cli.app import main
sys.argv[0] = "ntm"
main()
"""


def best_of(code: str, path: Path, repeat: int) -> tuple[float, int, int]:
    """(best seconds, rows, rows parsed by openpyxl's parser) over fresh processes."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append((float(out[0]), int(out[1]), int(out[2])))
    return min(runs)


def identical(path: Path) -> bool:
    """Whether both readers give the same rows, comparing values with their types."""
    from openpyxl import load_workbook

    from ntm_cli.inputs.xlsxrows import cell_value, first_sheet_rows

    def typed(rows: Any) -> list[list[tuple[type, Any]]]:
        return [[(type(v), v) for v in row] for row in rows]

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        slow = typed(
            tuple(cell_value(v) for v in row)
            for row in book.worksheets[0].iter_rows(values_only=True)
        )
    finally:
        book.close()
    return typed(first_sheet_rows(path)) == slow


def write_book(folder: Path, communes: int) -> tuple[Path, Path]:
    """The bench_batch.py XLSX input; returns it and its sets folder."""
    from ntm_cli.model.sets import Commune
    from ntm_cli.report.commune_sheet import write_xlsx

    sets_dir = folder / "sets"
    sets_dir.mkdir()
    set_id, rows = bench_batch.synthetic_set(sets_dir)
    rng = random.Random(318)
    records = [bench_batch.commune(i, set_id, rows, False, rng) for i in range(communes)]
    path = folder / "communes.xlsx"
    with open(path, "wb") as handle:
        write_xlsx([Commune.model_validate(r) for r in records], handle)
    return path, sets_dir


def time_batch(path: Path, sets_dir: Path, fast: bool) -> tuple[float, int, float]:
    """`ntm batch PATH --format json` wall time, exit code and peak RSS (MB)."""
    out = path.with_suffix(".json")
    args = ["batch", str(path), "--format", "json", "--output", str(out)]
    args += ["--sets-dir", str(sets_dir), "--force", "--quiet"]
    ntm = [str(bench_batch.NTM)] if fast else [sys.executable, "-c", NTM_OPENPYXL_ONLY]
    return bench_batch.timed([*ntm, *args])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-batch", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ntm-bench-xlsx-") as tmp:
        path, sets_dir = write_book(Path(tmp), args.communes)
        size = path.stat().st_size / 2**20
        print(f"{path.name}: {args.communes} communes, {size:.1f} MB")
        slow, slow_rows, _ = best_of(OPENPYXL, path, args.repeat)
        fast, fast_rows, parsed = best_of(FAST, path, args.repeat)
        print(f"  {'openpyxl read_only (load + iter_rows)':44s} {slow:7.2f} s  {slow_rows} rows")
        print(f"  {'ntm_cli.inputs.xlsxrows.first_sheet_rows':44s} {fast:7.2f} s  {fast_rows} rows")
        print(f"  ratio {fast / slow:.2f}x (target <= 0.3x); {parsed} rows parsed by openpyxl")
        print(f"  identical rows: {'yes' if identical(path) else 'NO'}")
        if args.no_batch:
            return
        for fast_reader in (False, True):
            elapsed, code, rss = time_batch(path, sets_dir, fast_reader)
            name = "fast reader" if fast_reader else "openpyxl only (before)"
            print(f"  ntm batch --format json, {name:23s} {elapsed:7.2f} s  exit {code}"
                  f"  peak RSS {rss:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
