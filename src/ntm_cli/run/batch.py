"""Run a batch: find the input files, load and score them in worker processes.

Workers receive paths (or chunks of spreadsheet rows) and send back compact records:
CommuneSummary tuples and plain error records, so pickling stays small and the parent
never holds every full result at once. Per-commune JSON (~10 KB a commune) never travels
back: each worker appends it to a spool file of its own in a folder the parent made, and
returns only a Segment saying where it is; the parent copies the segments into the report.
"""

from __future__ import annotations

import glob
import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.sheets import (
    Cell,
    Header,
    communes_from_rows,
    is_sheet,
    no_rows_error,
    open_sheet,
)
from ntm_cli.model.errors import ErrorRecord, InputError, InputErrors
from ntm_cli.model.results import CommuneResult, IndicatorResult, commune_dict, indicator_dict
from ntm_cli.report.i18n import notice_text
from ntm_cli.run.communes import Outcome, score_communes, score_path
from ntm_cli.scoring.rollup import CommuneSummary, summarise

INPUT_SUFFIXES = (".yaml", ".yml", ".csv", ".xlsx")
FILES_PER_TASK = 40  # large enough that pickling and queueing cost little per file
ROWS_PER_TASK = 250


@dataclass(frozen=True, slots=True)
class Segment:
    """Where one task's commune JSON is: `length` bytes at `offset` of a spool file.

    The bytes are `count` compact UTF-8 objects joined by SEPARATOR (no leading or
    trailing separator).
    """

    file: str  # name inside the spool folder
    offset: int
    length: int
    count: int


SEPARATOR = b",\n    "  # between commune objects: one per line in the batch JSON document


@dataclass(slots=True)
class ChunkResult:
    """What one task sends back: communes in input order, where their JSON is, errors, units."""

    communes: list[CommuneSummary] = field(default_factory=list)
    json: Segment | None = None  # None: no JSON wanted, or no commune in this task
    errors: list[ErrorRecord] = field(default_factory=list)
    done: int = 0


@dataclass(frozen=True)
class Settings:
    """What every worker needs to score communes the same way."""

    sets_dirs: tuple[Path, ...] = ()
    set_option: str | None = None
    lang: str = "vi"
    spool_dir: str | None = None  # folder for per-commune JSON; None: no JSON wanted


@dataclass(frozen=True, slots=True)
class FilesTask:
    """Score these YAML files."""

    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RowsTask:
    """Score these rows of one spreadsheet."""

    header: Header
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


Task = FilesTask | RowsTask


def _folder_files(folder: Path) -> list[str]:
    """Input files below folder, sorted; hidden folders/files and Excel lock files skipped.

    Paths are strings spelled as str(Path(...)) spells them: a batch lists thousands,
    and Path objects cost the parent more than the walk itself (30 ms per 10,000).
    """
    top = str(folder)  # normalised by Path, so joining plain names keeps it normalised
    found: list[str] = []
    for root, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(root, name)
            for name in names
            if name.lower().endswith(INPUT_SUFFIXES) and not name.startswith((".", "~$"))
        )
    if top == os.curdir:  # os.walk(".") gives "./xa.yaml" where Path shows "xa.yaml"
        cut = len(os.curdir + os.sep)
        found = [name[cut:] for name in found]
    return sorted(found)


def discover(arguments: Sequence[str]) -> tuple[list[str], list[ErrorRecord]]:
    """Expand folders (recursively), globs and files into input files, in a stable order."""
    found: dict[str, None] = {}
    errors: list[ErrorRecord] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                errors.append(
                    ErrorRecord(argument, 1, 1, None, "no .yaml, .yml, .csv or .xlsx files here")
                )
        elif path.exists():
            files = [str(path)]
        elif glob.has_magic(argument):
            matches = [Path(m) for m in sorted(glob.glob(argument, recursive=True))]
            files = [str(m) for m in matches if m.is_file() and m.suffix.lower() in INPUT_SUFFIXES]
            if not files:
                errors.append(ErrorRecord(argument, 1, 1, None, "no input file matches"))
        else:
            files = []
            errors.append(ErrorRecord(argument, 1, 1, None, "no such file or folder"))
        for file in files:
            found.setdefault(file, None)
    return list(found), errors


def _chunks(items: Sequence[str], size: int) -> Iterator[tuple[str, ...]]:
    for start in range(0, len(items), size):
        yield tuple(items[start : start + size])


def plan(
    files: Sequence[str],
    errors: list[ErrorRecord],
    on_rows: Callable[[int], None] = lambda n: None,
    files_per_task: int = FILES_PER_TASK,
) -> Iterator[Task]:
    """Tasks for the files; spreadsheet rows are read here and sent on in chunks.

    Header and file-level spreadsheet problems are appended to errors; on_rows(n)
    announces n more rows to score (for a progress bar's total).
    """
    yaml_files = [f for f in files if not is_sheet(f)]
    for paths in _chunks(yaml_files, files_per_task):
        yield FilesTask(paths)
    for sheet in (Path(f) for f in files if is_sheet(f)):
        try:
            header, rows = open_sheet(sheet)
            batch: list[tuple[int, tuple[Cell, ...]]] = []
            seen = 0
            for row in rows:
                batch.append(row)
                if len(batch) == ROWS_PER_TASK:
                    seen += len(batch)
                    on_rows(len(batch))
                    yield RowsTask(header, tuple(batch))
                    batch = []
            if batch:
                seen += len(batch)
                on_rows(len(batch))
                yield RowsTask(header, tuple(batch))
            if not seen:
                errors.append(ErrorRecord.of(no_rows_error(sheet)))
        except InputErrors as exc:
            errors.extend(ErrorRecord.of(e) for e in exc.errors)
        except InputError as exc:
            errors.append(ErrorRecord.of(exc))


class SpoolWriter:
    """A spool file of the calling process in the batch's spool folder, opened on first use.

    The file is opened by the process that writes (after a fork, never inherited), so
    every worker appends to its own file and no two processes share an offset.
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.fd = -1
        self.pid = 0  # process that opened fd
        self.name = ""
        self.size = 0

    def append(self, texts: list[bytes]) -> Segment:
        """Write the objects, joined, with one write; return where they are."""
        if self.pid != os.getpid():  # first use here (a forked copy must not reuse the fd)
            fd, path = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".json", dir=self.folder)
            self.fd, self.pid, self.name, self.size = fd, os.getpid(), os.path.basename(path), 0
        data = SEPARATOR.join(texts)
        view = memoryview(data)
        while view:  # a regular file takes it all at once, short of a full disk or a signal
            view = view[os.write(self.fd, view) :]
        segment = Segment(self.name, self.size, len(data), len(texts))
        self.size += len(data)
        return segment

    def close(self) -> None:
        """Close the file (the parent deletes it with the folder)."""
        if self.pid == os.getpid():
            os.close(self.fd)
        self.fd, self.pid = -1, 0


class Worker:
    """Scores tasks with one registry, so each criteria set is loaded once per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.registry = Registry(settings.sets_dirs)
        self.spool = SpoolWriter(settings.spool_dir) if settings.spool_dir is not None else None

    def _collect(
        self, outcome: Outcome, source: str, into: ChunkResult, texts: list[bytes]
    ) -> None:
        lang = self.settings.lang
        for result in outcome.results:
            into.communes.append(summarise(result, source))
            if self.spool is not None:
                texts.append(_compact_json(result, lang))
        into.errors.extend(ErrorRecord.of(e) for e in outcome.errors)

    def run(self, task: Task) -> ChunkResult:
        """Load and score one task's communes (their JSON goes to this process's spool)."""
        chunk = ChunkResult()
        texts: list[bytes] = []
        set_option = self.settings.set_option
        if isinstance(task, FilesTask):
            for path in task.paths:
                outcome = score_path(path, self.registry, set_option)
                self._collect(outcome, path, chunk, texts)
            chunk.done = len(task.paths)
        else:
            loaded, errors = communes_from_rows(task.header, task.rows)
            outcome = score_communes(loaded, self.registry, set_option)
            outcome.errors[:0] = errors
            self._collect(outcome, task.header.path, chunk, texts)
            chunk.done = len(task.rows)
        if self.spool is not None and texts:
            chunk.json = self.spool.append(texts)
        return chunk

    def close(self) -> None:
        """Close this process's spool file, if it opened one."""
        if self.spool is not None:
            self.spool.close()


def _compact_json(result: CommuneResult, lang: str) -> bytes:
    notices = [notice_text(n.key, n.args, lang) for n in result.notices]
    # orjson: 7x faster than json.dumps here (0.1 ms per commune) and already UTF-8 bytes,
    # which go to the spool file and then the output without being decoded again.
    return orjson.dumps(commune_dict(result, lang, notices, _indicator_json))


def _indicator_json(result: IndicatorResult, lang: str) -> Any:
    """The indicator's JSON view; serialised only once where it is the same for many communes.

    A result with a đạt/chưa đạt value or none (not a number or a count) holds nothing but
    its status and that value: per set, region/group and year it is serialised once.
    """
    value = result.value
    if result.achieved is not None or isinstance(value, float):
        return indicator_dict(result, lang)  # a number: its value and gap are its own
    serialised = result.requirement.serialised
    key = (lang, result.status, value)
    fragment = serialised.get(key)
    if fragment is None:  # orjson.Fragment: bytes orjson writes into the document as they are
        fragment = serialised[key] = orjson.Fragment(orjson.dumps(indicator_dict(result, lang)))
    return fragment


_WORKER: Worker | None = None


def _tune_gc() -> None:
    """Worker start: fewer cyclic-GC passes (scoring allocates many small, acyclic objects).

    Objects inherited from the parent are frozen (never scanned, so never copied by the
    kernel), and the first generation is collected every 50,000 allocations instead of
    700: a batch spent 5-10% of its time in the collector (benchmarks/bench_batch.py).
    """
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _start_worker() -> None:
    """Worker start: default SIGTERM (the parent's cleanup handler is not for workers), GC."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _tune_gc()


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Worker(settings)
    _start_worker()


def _run_in_worker(task: Task) -> ChunkResult:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.run(task)


def default_jobs() -> int:
    """Worker processes by default: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _ready() -> bool:
    return _WORKER is not None


def start_pool(settings: Settings, jobs: int) -> ProcessPoolExecutor:
    """Start `jobs` worker processes now (before any thread, such as a progress bar, runs).

    On Linux the workers are forked: they inherit the imported modules and the parent's
    registry instead of importing everything again. Elsewhere they are spawned.
    """
    import multiprocessing

    global _WORKER
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux":
        _WORKER = Worker(settings)
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
        )
    else:
        pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(settings,),
        )
    pool.submit(_ready).result()  # with fork, this launches every worker at once
    return pool


def run(
    tasks: Iterator[Task], worker: Worker | ProcessPoolExecutor, window: int = 6
) -> Iterator[ChunkResult]:
    """Results of the tasks in task order, computed here or in a started pool.

    At most `window` tasks are in flight, so memory stays flat however many files
    there are.
    """
    if isinstance(worker, Worker):
        for task in tasks:
            yield worker.run(task)
        return
    pending: deque[Future[ChunkResult]] = deque()
    for task in tasks:
        pending.append(worker.submit(_run_in_worker, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
