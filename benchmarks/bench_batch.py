"""Time `ntm batch` on generated communes against parsing the same input, in the same run.

Usage: python benchmarks/bench_batch.py [--communes 10000,3321] [--jobs J] [--repeat R]
                                       [--format json|csv|table] [--set synthetic|qd318]
                                       [--skip-sheets] [--libreoffice]

For each N, N commune YAML files are generated in a temporary folder, and `ntm batch
FOLDER --format json --output FILE` runs as a subprocess, alternately with a one-process
`yaml.load(text, Loader=yaml.CSafeLoader)` of the same files measured here. Targets (2
CPUs, default --jobs): 10,000 files <= 1.0x; 3,321 files (all of Vietnam) <= 3 s and
<= 1.3x; peak RSS of the largest process <= 150 MB. Unless --skip-sheets, the smallest N is
also written as one CSV and one XLSX (compared with csv.reader and openpyxl read_only);
--libreoffice also times the XLSX after LibreOffice Calc has opened and saved it (target
<= 1.0x of openpyxl read_only: an office's own workbook), and a copy whose percent
indicators are typed as an office types them (0.932 shown as 93.2%): ntm then also reads
the cells' number formats, which calamine cannot see.

--set synthetic (default) writes an invented benchmark-only criteria set with 19 criteria
and 57 indicators (thresholds are made up: it measures speed, it is not NTM data);
--set qd318 uses the bundled QĐ 318 set (its encoded indicators plus 19 declared
criterion statuses per commune). --repeat R runs the baseline and ntm alternately R times;
each back-to-back pair's ratio is printed with their median (on a shared machine the load
changes between runs; a pair sees about the same load): quote the median. The CPU seconds
of every process (ntm's workers too) against the baseline's are printed as well: they
hardly depend on the load, so they show what a change saved when wall times are noisy.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

NTM = Path(sys.executable).parent / "ntm"
REGIONS = ["tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb", "dbscl"]
RSS_PROBE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
)


def synthetic_set(folder: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """Write the invented 19 x 3 set; return its id and (criterion, indicator, kind) rows."""
    kinds = ["percent", "qualitative", "number"]
    rows = [(str(c), f"{c}.{i}", kinds[(c + i) % 3]) for c in range(1, 20) for i in range(1, 4)]
    lines = [
        "# Benchmark-only set: invented thresholds, NOT NTM data.",
        "id: bench-xa",
        'title: {vi: "Bộ tiêu chí đo tốc độ", en: "Benchmark set"}',
        'decision: {number: "0/BENCH", date: 2022-01-01}',
        "level: xa",
        "tier: ntm",
        "period: {start: 2021, end: 2025}",
        "scheme: regions",
        'sources: {B: "benchmark fixture (invented)"}',
        "criteria:",
    ]
    for criterion in range(1, 20):
        lines += [f'  - id: "{criterion}"', f"    name: Tiêu chí {criterion}", "    indicators:"]
        for _, indicator, kind in (r for r in rows if r[0] == str(criterion)):
            value = {"percent": "80", "qualitative": "true", "number": "45"}[kind]
            lines += [
                f'      - id: "{indicator}"',
                f"        name: Chỉ tiêu {indicator}",
                f"        kind: {kind}",
                f"        thresholds: [{{value: {value}, source: B}}]",
            ]
    (folder / "bench-xa.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "bench-xa", rows


def qd318_rows() -> tuple[str, list[tuple[str, str, str]]]:
    """The bundled QĐ 318 set's encoded indicators."""
    from ntm_cli.inputs.registry import Registry

    criteria_set = Registry().get("qd318-xa-ntm")
    rows = [(c.id, i.id, i.kind) for c in criteria_set.criteria for i in c.indicators]
    return criteria_set.id, rows


def indicator_value(kind: str, rng: random.Random) -> Any:
    """A plausible value: about 95% of indicators meet a typical threshold."""
    good = rng.random() < 0.95
    if kind == "qualitative":
        return "đạt" if good else "chưa đạt"
    if kind == "count":  # e.g. QĐ 318 9.1: makeshift houses, at most 0
        return 0 if good else rng.randint(1, 5)
    if kind == "number":
        return round(rng.uniform(45, 80) if good else rng.uniform(25, 45), 1)
    if rng.random() < 0.3:
        total = rng.randint(300, 3000)
        share = rng.uniform(0.8, 1) if good else rng.uniform(0.5, 0.8)
        return {"achieved": int(total * share), "total": total}
    return round(rng.uniform(80, 100) if good else rng.uniform(50, 80), 2)


def commune(index: int, set_id: str, rows: list[tuple[str, str, str]], declare: bool,
            rng: random.Random) -> dict[str, Any]:  # fmt: skip
    data: dict[str, Any] = {
        "commune": f"Xã Số {index}",
        "district": f"Huyện {index % 12 + 1}",
        "province": f"Tỉnh {index % 3 + 1}",
        "region": rng.choice(REGIONS),
        "year": 2023,
        "criteria_set": set_id,
        "indicators": {ind: indicator_value(kind, rng) for _, ind, kind in rows},
    }
    if declare:
        data["criteria"] = {
            str(c): "đạt" if rng.random() < 0.85 else "chưa đạt" for c in range(1, 20)
        }
    return data


def timed(command: list[str]) -> tuple[float, int, float]:
    """(seconds, exit code, peak RSS in MB of the largest process in the command's tree)."""
    elapsed, code, rss, _ = timed_cpu(command)
    return elapsed, code, rss


def timed_cpu(command: list[str]) -> tuple[float, int, float, float]:
    """timed() and the CPU seconds (user + system) of every process in the command's tree."""
    start = time.perf_counter()
    probe = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, *command], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - start
    code, rss_kb, cpu = probe.stdout.split()
    return elapsed, int(code), int(rss_kb) / 1024, float(cpu)


def parse_yaml_files(files: list[Path]) -> float:
    start = time.perf_counter()
    for file in files:
        with open(file, encoding="utf-8") as handle:
            yaml.load(handle.read(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def parse_csv(path: Path) -> float:
    start = time.perf_counter()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for _ in csv.reader(handle):
            pass
    return time.perf_counter() - start


def parse_xlsx(path: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    for _ in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def resave_with_libreoffice(path: Path, root: Path) -> Path:
    """The workbook after LibreOffice Calc has opened and saved it (as an office would)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("--libreoffice needs soffice on PATH (Debian: apt install libreoffice-calc)")
    folder = root / "libreoffice"
    env = {**os.environ, "HOME": str(root / "libreoffice-profile")}  # a fresh profile
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(folder), str(path)],
        env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return folder / path.name


def with_percent_cells(path: Path, indicators: set[str], target: Path) -> Path:
    """A copy of the workbook whose percent indicators are fractions shown as percentages."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    for column, title in enumerate((cell.value for cell in sheet[1]), start=1):
        if title not in indicators:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            if isinstance(cell.value, int | float):
                cell.value = cell.value / 100
                cell.number_format = "0.0%"
    book.save(target)
    return target


@dataclass
class Runs:
    """Alternating baseline and ntm timings of one input."""

    bases: list[float] = field(default_factory=list)
    runs: list[tuple[float, int, float]] = field(default_factory=list)
    # CPU seconds of each: unlike wall time, they hardly change with the machine's load
    base_cpus: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)

    @property
    def pair_ratios(self) -> list[float]:
        """ntm / baseline for each back-to-back pair (both saw the same machine load)."""
        return [run[0] / base for base, run in zip(self.bases, self.runs, strict=True)]


def alternate(repeat: int, base: Callable[[], float], command: list[str]) -> Runs:
    """Run the baseline and ntm alternately `repeat` times."""
    runs = Runs()
    for _ in range(repeat):
        cpu = time.process_time()
        runs.bases.append(base())
        runs.base_cpus.append(time.process_time() - cpu)
        elapsed, code, rss, cpu = timed_cpu(command)
        runs.runs.append((elapsed, code, rss))
        runs.cpus.append(cpu)
    return runs


def report(name: str, base_name: str, runs: Runs, out: Path, fmt: str, target: str) -> None:
    """Print the fastest of each, their ratio, the median pair ratio and the peak RSS."""
    base = min(runs.bases)
    elapsed, code, _ = min(runs.runs, key=lambda r: r[0])
    rss = max(r[2] for r in runs.runs)
    pairs = runs.pair_ratios
    print(f"{name}: exit {code}")
    print(f"  {base_name:44s} {base:7.2f} s")
    print(f"  {'ntm batch --format ' + fmt + ' --output FILE':44s} {elapsed:7.2f} s")
    print(f"  fastest/fastest {elapsed / base:.2f}x   median of pairs"
          f" {statistics.median(pairs):.2f}x ({target})   peak RSS {rss:.0f} MB"
          " (target <= 150)")  # fmt: skip
    if fmt == "json":
        scored = json.loads(out.read_text(encoding="utf-8"))["summary"]["communes"]
        print(f"  communes scored: {scored}")
    if len(pairs) > 1:
        print("  back-to-back pair ratios: " + ", ".join(f"{r:.2f}" for r in pairs))
    # What the wall ratio hides: all the work ntm does, in every process, against the
    # baseline's. On 2 CPUs the wall ratio cannot fall much below half of it.
    work = statistics.median(c / b for c, b in zip(runs.cpus, runs.base_cpus, strict=True))
    print(f"  CPU of every process: ntm {min(runs.cpus):.2f} s, baseline"
          f" {min(runs.base_cpus):.2f} s, median of pairs {work:.2f}x")  # fmt: skip


def write_files(folder: Path, records: list[dict[str, Any]]) -> list[Path]:
    """One YAML file per commune record."""
    folder.mkdir()
    files = []
    for index, record in enumerate(records):
        path = folder / f"xa-{index:05d}.yaml"
        path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")
        files.append(path)
    return files


def yaml_target(communes: int) -> str:
    """The issue's target for this many files."""
    if communes >= 10_000:
        return "target <= 1.0x"
    if communes <= 3_321:
        return "target <= 1.3x and <= 3 s"
    return "no target at this size"


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
    parser.add_argument("--communes", default="10000,3321")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--set", choices=["synthetic", "qd318"], default="synthetic")
    parser.add_argument("--format", choices=["json", "csv", "table"], default="json")
    parser.add_argument("--skip-sheets", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--libreoffice", action="store_true")
    args = parser.parse_args()
    sizes = [int(n) for n in args.communes.split(",")]
    rng = random.Random(318)
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as tmp:
        root = Path(tmp)
        sets_dir = root / "sets"
        sets_dir.mkdir()
        if args.set == "synthetic":
            set_id, rows = synthetic_set(sets_dir)
        else:
            set_id, rows = qd318_rows()
        declare = args.set == "qd318"
        common = ["--format", args.format, "--sets-dir", str(sets_dir), "--force", "--quiet"]
        if args.jobs:
            common += ["--jobs", str(args.jobs)]
        out = root / f"out.{args.format}"
        scored = len({r[0] for r in rows})
        print(f"set {set_id}: {scored} criteria with indicators, {len(rows)} indicators;"
              f" jobs {args.jobs or 'default (CPU count)'}; {os.cpu_count()} CPUs")  # fmt: skip
        sheet_records: list[dict[str, Any]] = []
        for size in sizes:
            records = [commune(i, set_id, rows, declare, rng) for i in range(size)]
            if size == min(sizes):
                sheet_records = records  # the sheets hold the smallest batch (all of Vietnam)
            files = write_files(root / f"communes-{size}", records)
            command = [str(NTM), "batch", str(files[0].parent), "--output", str(out), *common]
            runs = alternate(args.repeat, lambda f=files: parse_yaml_files(f), command)
            name = f"{size} YAML files"
            report(name, "yaml.load CSafeLoader, one process", runs, out, args.format,
                   yaml_target(size))  # fmt: skip
        if args.skip_sheets:
            return
        from ntm_cli.model.sets import Commune
        from ntm_cli.report.commune_sheet import write_csv, write_xlsx

        models = [Commune.model_validate(r) for r in sheet_records]
        sheet_csv, sheet_xlsx = root / "communes.csv", root / "communes.xlsx"
        with open(sheet_csv, "w", encoding="utf-8", newline="") as handle:
            write_csv(models, handle)
        with open(sheet_xlsx, "wb") as binary:
            write_xlsx(models, binary)
        sheets = [
            ("CSV", sheet_csv, parse_csv, "csv.reader, one process",
             "no target: csv.reader only splits text"),
            ("XLSX written by ntm", sheet_xlsx, parse_xlsx, "openpyxl read_only, one process",
             "no target"),
        ]  # fmt: skip
        if args.libreoffice:
            resaved = resave_with_libreoffice(sheet_xlsx, root)
            sheets.append(("XLSX saved by LibreOffice", resaved, parse_xlsx, sheets[1][3],
                           "target <= 1.0x"))  # fmt: skip
            percents = {indicator for _, indicator, kind in rows if kind == "percent"}
            typed = with_percent_cells(sheet_xlsx, percents, root / "communes-percent.xlsx")
            sheets.append(("XLSX saved by LibreOffice, percent cells",
                           resave_with_libreoffice(typed, root), parse_xlsx, sheets[1][3],
                           "target <= 1.0x"))  # fmt: skip
        for name, path, parse, base_name, target in sheets:
            command = [str(NTM), "batch", str(path), "--output", str(out), *common]
            runs = alternate(args.repeat, lambda p=path, f=parse: f(p), command)
            report(f"{name}, {len(models)} rows", base_name, runs, out, args.format, target)


if __name__ == "__main__":
    main()
