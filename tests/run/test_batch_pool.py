"""Batch JSON through the process pool: the same document bytes for every way of running.

Workers render each commune's object where they score it and send back the text; the
parent lays the objects out in input order. The expected documents here are built
independently: every commune is scored and rendered on its own, in input order, and laid
out as the batch JSON format says.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

import ntm_cli
from ntm_cli.inputs.kinds import is_sheet
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.sheets import load_sheet
from ntm_cli.report.batch import json_out as batch_json
from ntm_cli.run.batch import Worker
from ntm_cli.run.communes import Outcome, score_communes, score_path

from helpers import TOY_SETS, run


def declared(path: Path, name: str, met: int) -> Path:
    """A QĐ 318 commune file giving criterion statuses only (criteria 1..met are met)."""
    statuses = "".join(f'\n  "{i}": {"đạt" if i <= met else "chưa đạt"}' for i in range(1, 20))
    path.write_text(
        f"commune: {name}\ndistrict: Tuyên Hóa\nprovince: Quảng Bình\nregion: btb\n"
        f"year: 2023\ncriteria:{statuses}\n",
        encoding="utf-8",
    )
    return path


def yaml_folder(root: Path) -> list[Path]:
    """75 files: good ones, a multi-commune file, and 12 broken files in a row.

    With two workers a task holds 10 files, so at least one task in the middle has no
    commune at all, and others mix communes and errors.
    """
    folder = root / "xa"
    folder.mkdir()
    files = [declared(folder / f"a-{i:02d}.yaml", f"Xã A{i}", 19 - i % 6) for i in range(40)]
    for index in range(12):
        bad = folder / f"b-{index:02d}.yaml"
        bad.write_text("commune: [unclosed\n" if index % 2 else "year: 2023\n", encoding="utf-8")
        files.append(bad)
    many = folder / "c-many.yaml"
    many.write_text(
        "province: Quảng Bình\nyear: 2023\nregion: btb\ncommunes:\n"
        '  - {commune: Nhiều A, criteria: {"1": đạt}}\n'
        '  - {commune: Nhiều B, criteria: {"1": chưa đạt}}\n',
        encoding="utf-8",
    )
    files.append(many)
    files += [declared(folder / f"d-{i:02d}.yaml", f"Xã D{i}", 12 + i % 8) for i in range(22)]
    return files


def csv_sheet(root: Path, rows: int = 600) -> Path:
    """Toy-set rows, three row tasks' worth, with bad rows (120%) here and there."""
    lines = ["commune,district,year,region,criteria_set,2.1,2.2,3.1"]
    for index in range(rows):
        share = 120 if index % 97 == 5 else 30 + index % 20
        lines.append(f"Thử {index},Huyện {index % 4},2023,btb,toy-xa,{share},{index % 30},50")
    path = root / "xa.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def xlsx_sheet(root: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["commune", "year", "region", "criteria_set", "2.1", "2.2"])
    for index in range(12):
        sheet.append([f"Bảng {index}", 2023, "tdmnpb", "toy-xa", 20 + index * 3, 10])
    path = root / "xa.xlsx"
    workbook.save(path)
    return path


def expected_objects(files: list[Path], registry: Registry, lang: str = "vi") -> list[bytes]:
    """Every commune scored and serialised one at a time, in input order."""
    objects = []
    for path in files:
        if is_sheet(path):
            loaded, _ = load_sheet(path)
            outcome: Outcome = score_communes(loaded, registry, None)
        else:
            outcome = score_path(path, registry, None)
        objects += [batch_json.commune_json(r, lang) for r in outcome.results]
    return objects


def expected_document(document: bytes, objects: list[bytes]) -> bytes:
    """The document laid out from its parsed summary, groups and errors and these objects."""
    data = json.loads(document)

    def block(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ").encode()

    communes = b"[\n    " + b",\n    ".join(objects) + b"\n  ]" if objects else b"[]"
    return (
        b'{\n  "summary": ' + block(data["summary"]) + b",\n"
        b'  "groups": ' + block(data["groups"]) + b",\n"
        b'  "communes": ' + communes + b",\n"
        b'  "errors": '
        + block(data["errors"])
        + (b',\n  "record": ' + block(data["record"]) if "record" in data else b"")
        + b"\n}\n"
    )


def documents(arguments: list[str], output: Path) -> Iterator[tuple[str, bytes]]:
    """The JSON document from one process and from two, on stdout and with --output."""
    for jobs in ("1", "2"):
        shown = run("batch", *arguments, "-f", "json", "--jobs", jobs)
        assert shown.exit_code in (1, 2), shown.stderr
        yield f"stdout, --jobs {jobs}", shown.stdout_bytes
        written = run("batch", *arguments, "-f", "json", "--jobs", jobs, "-o", output, "--force")
        assert written.exit_code == shown.exit_code, written.stderr
        yield f"--output, --jobs {jobs}", output.read_bytes()


def check_documents(arguments: list[str], files: list[Path], root: Path) -> bytes:
    objects = expected_objects(files, Registry([TOY_SETS]))
    first = None
    for label, document in documents(arguments, root / "out.json"):
        expected = expected_document(document, objects)
        assert document == expected, label
        assert first is None or document == first, label
        first = document
    assert first is not None
    return first


def test_yaml_files_with_errors_and_a_task_of_errors_only(tmp_path: Path) -> None:
    files = yaml_folder(tmp_path)
    document = check_documents([str(tmp_path / "xa"), "--by", "district"], files, tmp_path)
    data = json.loads(document)
    assert len(data["communes"]) == 40 + 2 + 22
    assert len(data["errors"]) == 12


def test_rows_of_csv_and_xlsx_sheets_between_yaml_files(tmp_path: Path) -> None:
    first = declared(tmp_path / "a.yaml", "Xã Đầu", 19)
    sheet, workbook = csv_sheet(tmp_path), xlsx_sheet(tmp_path)
    last = declared(tmp_path / "z.yaml", "Xã Cuối", 14)
    files = [first, last, sheet, workbook]  # YAML files are scored first, then the sheets
    arguments = [str(p) for p in (first, sheet, workbook, last)] + ["--sets-dir", str(TOY_SETS)]
    data = json.loads(check_documents(arguments, files, tmp_path))
    assert len(data["communes"]) == 2 + 600 - 7 + 12
    (error,) = data["errors"]  # the same problem in seven rows is one line
    assert (error["line"], error["column"]) == (7, "F")
    assert error["message"].endswith(
        "(lỗi này lặp lại ở 6 chỗ khác: 104:F, 201:F, 298:F, 395:F, …)"
    )


def test_a_batch_without_communes_keeps_an_empty_list(tmp_path: Path) -> None:
    broken = tmp_path / "hong.yaml"
    broken.write_text("year: 2023\n", encoding="utf-8")
    document = check_documents([str(broken), str(tmp_path / "nope.yaml")], [broken], tmp_path)
    assert b'\n  "communes": [],\n  "errors": [\n' in document


def test_stdout_to_a_file_at_an_offset_and_to_a_pipe(tmp_path: Path) -> None:
    """The real standard output: a file opened by the shell (written at its offset), a pipe."""
    files = yaml_folder(tmp_path)
    command = [sys.executable, "-m", "ntm_cli", "batch", str(tmp_path / "xa"), "-f", "json"]
    env = {**os.environ, "PYTHONPATH": str(Path(ntm_cli.__file__).parents[1])}  # this copy
    piped = subprocess.run(command, capture_output=True, env=env, check=False)
    assert piped.returncode == 2, piped.stderr
    assert piped.stdout == expected_document(piped.stdout, expected_objects(files, Registry()))
    target = tmp_path / "shell.json"
    with open(target, "wb") as handle:  # like `(echo head; ntm batch ...) > shell.json`
        handle.write(b"head\n")
        handle.flush()
        subprocess.run(command, stdout=handle, env=env, check=False)
        assert handle.tell() == 5 + len(piped.stdout)  # the shared offset moved past it all
    assert target.read_bytes() == b"head\n" + piped.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_worker_fails_the_command_without_a_partial_report(
    tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    yaml_folder(tmp_path)
    real_run = Worker.run

    def fails_late(self: Worker, task: Any) -> Any:
        if any("d-1" in path for path in getattr(task, "paths", ())):
            raise RuntimeError("worker failed")
        return real_run(self, task)

    monkeypatch.setattr(Worker, "run", fails_late)  # forked workers inherit the patch
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    result = run("batch", tmp_path / "xa", "-f", "json", "--jobs", jobs, "-o", out)
    assert isinstance(result.exception, RuntimeError)
    assert list(out.parent.iterdir()) == []


def test_ctrl_c_while_writing_leaves_no_partial_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    yaml_folder(tmp_path)

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_json, "write", interrupted)
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    result = run("batch", tmp_path / "xa", "-f", "json", "--jobs", "2", "-o", out)
    assert result.exit_code == 130  # the interrupt reached the command line
    assert list(out.parent.iterdir()) == []


def test_spawned_workers_give_the_same_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where workers are spawned (macOS, Windows) they get the renderer in Settings."""
    import multiprocessing

    files = yaml_folder(tmp_path)
    forked = run("batch", tmp_path / "xa", "-f", "json", "--jobs", "2")
    methods: list[str | None] = []
    real_context = multiprocessing.get_context

    def recorded(method: str | None = None) -> Any:
        methods.append(method)
        return real_context(method)

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", recorded)
    spawned = run("batch", tmp_path / "xa", "-f", "json", "--jobs", "2")
    assert methods == ["spawn"]
    assert spawned.exit_code == forked.exit_code == 2, spawned.stderr
    assert spawned.stdout_bytes == forked.stdout_bytes
    objects = expected_objects(files, Registry())
    assert spawned.stdout_bytes == expected_document(spawned.stdout_bytes, objects)


def _children(pid: int) -> list[str]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return path.read_text().split() if path.exists() else []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the workers")
def test_sigterm_mid_batch_leaves_no_partial_report(tmp_path: Path) -> None:
    """A scheduler's time limit (kill PID) stops the batch through its cleanup."""
    import signal
    import time

    folder = tmp_path / "xa"
    folder.mkdir()
    for i in range(3000):  # long enough that scoring is still going on when it is stopped
        declared(folder / f"x-{i:04d}.yaml", f"Xã {i}", 10 + i % 10)
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "report" / "out.json"
    out.parent.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(Path(ntm_cli.__file__).parents[1])}
    command = [sys.executable, "-m", "ntm_cli", "batch", str(folder), "-f", "json", "-o", str(out)]
    command += ["--jobs", "2"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not _children(process.pid):  # the workers are scoring
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.002)
    time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert b"Traceback" not in stderr
    assert list(temp.iterdir()) == []
    assert list(out.parent.iterdir()) == []  # neither the report nor its temporary file
