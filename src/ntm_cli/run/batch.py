"""Run a batch: find the input files, load and score them in worker processes.

Workers receive paths (or chunks of spreadsheet rows) and send back frozen records: a
CommuneSummary per commune and plain error records, so the parent never holds every full
result at once. Where the caller wants a rendering of each full result (the batch JSON),
it passes the function in Settings and the workers send back its text.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ntm_cli.inputs.files import resolve_place
from ntm_cli.inputs.kinds import INPUT_SUFFIXES, is_sheet
from ntm_cli.inputs.read import expand, written_by_ntm
from ntm_cli.inputs.registry import Registry
from ntm_cli.inputs.sheets import (
    Cell,
    Header,
    communes_from_rows,
    no_rows_error,
    open_sheet,
)
from ntm_cli.model.errors import (
    ErrorRecord,
    InputError,
    InputErrors,
    UsageError,
    condensed,
    said,
)
from ntm_cli.model.results import CommuneResult
from ntm_cli.model.sets import CriteriaSet
from ntm_cli.run.communes import Outcome, score_communes, score_path
from ntm_cli.scoring.engine import Plans
from ntm_cli.scoring.rollup import (
    BatchReport,
    CommuneSummary,
    GroupBy,
    SetLine,
    duplicates,
    roll_up,
    summarise,
)

FILES_PER_TASK = 40  # large enough that pickling and queueing cost little per file
ROWS_PER_TASK = 250


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """What one task sends back: communes in input order, their renderings, errors, units."""

    communes: tuple[CommuneSummary, ...]
    rendered: tuple[bytes, ...]  # one per commune when Settings.render is given, else empty
    errors: tuple[ErrorRecord, ...]
    done: int


@dataclass(frozen=True)
class Settings:
    """What every worker needs to score communes the same way."""

    sets_dirs: tuple[Path, ...] = ()
    set_option: str | None = None
    # Renders each full result where it is scored (the batch JSON's commune objects), so
    # the results themselves never travel between processes; None: nothing to render.
    render: Callable[[CommuneResult], bytes] | None = None
    empty_unmet: bool = False  # a sheet's empty criterion status cell is chưa đạt
    watch: float | None = None  # --watch: margin in percent of the threshold


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


def _chunks(items: Sequence[str], size: int) -> Iterator[tuple[str, ...]]:
    for start in range(0, len(items), size):
        yield tuple(items[start : start + size])


def plan(
    files: Sequence[str],
    errors: list[ErrorRecord],
    on_rows: Callable[[int], None] = lambda n: None,
    files_per_task: int = FILES_PER_TASK,
    empty_unmet: bool = False,
    notes: list[ErrorRecord] | None = None,
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
            header, rows = open_sheet(sheet, empty_unmet=empty_unmet)
            if notes is not None:
                notes.extend(header.notes)  # skipped columns and total rows: not errors
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


class Worker:
    """Scores tasks with one registry, so each criteria set is loaded once per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.registry = Registry(settings.sets_dirs)
        self.plans = Plans()  # requirements resolved once per set, region and year

    def run(self, task: Task) -> ChunkResult:
        """Load and score one task's communes."""
        set_option = self.settings.set_option
        outcomes: list[tuple[Outcome, str]] = []
        if isinstance(task, FilesTask):
            outcomes = [
                (score_path(path, self.registry, set_option, plans=self.plans), path)
                for path in task.paths
            ]
            done = len(task.paths)
        else:
            loaded, errors = communes_from_rows(task.header, task.rows)
            outcome = score_communes(loaded, self.registry, set_option, plans=self.plans)
            outcome = Outcome(
                outcome.results, [*errors, *outcome.errors], outcome.sources, outcome.places
            )
            outcomes = [(outcome, task.header.path)]
            done = len(task.rows)
        render = self.settings.render
        return ChunkResult(
            communes=tuple(
                summarise(r, source, place, self.settings.watch)
                for o, source in outcomes
                for r, place in zip(o.results, o.places, strict=True)
            ),
            rendered=tuple(render(r) for o, _ in outcomes for r in o.results) if render else (),
            errors=tuple(ErrorRecord.of(e) for o, _ in outcomes for e in o.errors),
            done=done,
        )


_WORKER: Worker | None = None


def _start_worker() -> None:
    """Worker start: default SIGTERM (the parent's cleanup handler is not for workers)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)


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


class Renderings:
    """Each commune's rendering, in input order, kept in a temporary file, not in memory.

    10,000 communes are about 100 MB of JSON; the file has no name (it goes away when
    closed, also when the process is killed).
    """

    def __init__(self) -> None:
        try:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise _temporary_file_error(exc) from None
        self._count = 0
        self.skipped: frozenset[int] = frozenset()  # positions not written (duplicates)

    def add(self, texts: Sequence[bytes]) -> None:
        """Append renderings, each with its length in front."""
        try:
            for text in texts:
                self._file.write(len(text).to_bytes(8, "little") + text)
        except OSError as exc:  # a full disk: one line, and the other formats still work
            raise _temporary_file_error(exc) from None
        self._count += len(texts)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[bytes]:
        self._file.seek(0)
        for index in range(self._count):
            size = int.from_bytes(self._file.read(8), "little")
            text = self._file.read(size)
            if index not in self.skipped:
                yield text

    def close(self) -> None:
        """Delete the file."""
        self._file.close()


def _temporary_file_error(exc: OSError) -> UsageError:
    reason = exc.strerror or str(exc)
    return UsageError(said("error.batch_temporary", path=tempfile.gettempdir(), reason=reason))


class ProgressBar(Protocol):
    """What a batch reports while it runs (the command line draws it)."""

    def add_units(self, count: int) -> None:
        """More units to score (sheet rows found while reading)."""

    def advance(self, count: int) -> None:
        """Units scored."""


PROGRESS_MIN_UNITS = 50  # below this a run is too short for a progress bar to help


def score_batch(
    paths: Sequence[str],
    registry: Registry,
    settings: Settings,
    *,
    by: GroupBy | None,
    floor: int | None,
    jobs: int | None,
    bands: Sequence[int] = (),
    skip: Path | None = None,
    progress: Callable[[int], AbstractContextManager[ProgressBar]] | None = None,
    rendered: Renderings | None = None,
    run_at: str | None = None,
    notes: list[ErrorRecord] | None = None,
) -> BatchReport:
    """Score every commune of these inputs and roll them up.

    `skip` is a file never read as input (the report being written, when it is among the
    inputs); `progress(total)` opens a progress bar for long batches; `rendered` receives
    what settings.render makes of each commune; with `run_at`, the report carries the run's
    record (the digests of every set and input file).
    """
    files, errors = expand(paths)
    reports = [f for f in files if written_by_ntm(f)]  # ntm's own earlier reports
    files = [f for f in files if f not in reports]
    if skip is not None and skip.suffix.lower() in INPUT_SUFFIXES and skip.exists():
        files = [f for f in files if not os.path.exists(f) or not os.path.samefile(f, skip)]
    yaml_count = sum(not is_sheet(f) for f in files)
    workers = jobs or default_jobs()
    if workers > 1 and yaml_count <= FILES_PER_TASK and yaml_count == len(files):
        workers = 1  # a handful of files: starting processes would cost more than it saves
    per_task = min(FILES_PER_TASK, max(1, -(-yaml_count // (workers * 4))))
    communes: list[CommuneSummary] = []
    sets_used: dict[str, CriteriaSet] = {}  # in order of first use
    found: list[ErrorRecord] = []
    many = yaml_count >= PROGRESS_MIN_UNITS or yaml_count < len(files)  # or any sheet
    # Workers start before the progress bar's thread exists (forking a threaded process
    # is unsafe).
    engine = Worker(settings) if workers == 1 else start_pool(settings, workers)
    try:
        bar_context = progress(yaml_count) if progress is not None and many else nullcontext()
        with bar_context as bar:
            more_rows = bar.add_units if bar is not None else (lambda count: None)
            tasks = plan(files, found, more_rows, per_task, settings.empty_unmet, notes)
            for chunk in run(tasks, engine, 3 * workers):
                communes.extend(chunk.communes)
                for summary in chunk.communes:
                    if summary.set_id not in sets_used:
                        # loaded (for criterion names) while the workers go on scoring
                        sets_used[summary.set_id] = registry.get(summary.set_id)
                found.extend(chunk.errors)
                if rendered is not None:
                    rendered.add(chunk.rendered)
                if bar is not None:
                    bar.advance(chunk.done)
    finally:
        if not isinstance(engine, Worker):
            engine.shutdown(cancel_futures=True)
    order = {f: i for i, f in enumerate(files)}
    found.sort(key=lambda e: (order.get(e.file, -1), e.line, e.column))
    names = {
        (used.id, criterion.id): criterion.name
        for used in sets_used.values()
        for criterion in used.criteria
    }
    for used in sets_used.values():
        check_floor(floor, used)
    floors = {i: used.floor.value if used.floor else None for i, used in sets_used.items()}
    repeats = duplicates(communes)
    twice = [_duplicate_error(communes[i], communes[first]) for i, first in repeats]
    if repeats:  # each commune is counted once: its first record (README: duplicates)
        dropped = frozenset(i for i, _ in repeats)
        communes = [c for i, c in enumerate(communes) if i not in dropped]
        if rendered is not None:
            rendered.skipped = dropped
    for used in sets_used.values():
        check_bands(bands, used)
    rollup = roll_up(communes, by=by, floor=floor, floors=floors, watch=settings.watch, bands=bands)
    listed = condensed([*errors, *found], ErrorRecord.at) + twice
    sets = {
        s.id: SetLine(s.id, s.title, s.decision.number, s.decision.date) for s in sets_used.values()
    }
    record = None
    if run_at is not None:
        from ntm_cli.run.record import make_record

        record = make_record(registry, sets_used, [f for f in files if os.path.isfile(f)], run_at)
    return BatchReport(rollup, communes, listed, names, sets, record, reports)


def _duplicate_error(again: CommuneSummary, first: CommuneSummary) -> ErrorRecord:
    """The error row of a commune given a second time: both places, and which one counts."""
    path, line, column = _split_place(resolve_place(again.place), again.source)
    other = resolve_place(first.place) or first.source
    key = "figures.duplicate_same" if again.statuses == first.statuses else "figures.duplicate"
    message = said(
        key, commune=again.commune, year=again.year, other=other,
        met=first.met, total=first.total, again_met=again.met, again_total=again.total,
    )  # fmt: skip
    letter = column if not column.isdigit() else None
    number = int(column) if column.isdigit() else 0
    return ErrorRecord(path, line, number, letter, message, kind="duplicate", other=other)


def _split_place(place: str, source: str) -> tuple[str, int, str]:
    """'file.yaml:12:3' -> ('file.yaml', 12, '3'); 'book.xlsx:7:B' -> (..., 7, 'B')."""
    head, _, column = place.rpartition(":")
    path, _, line = head.rpartition(":")
    if not path or not line.isdigit():
        return source, 0, "0"
    return path, int(line), column


def parse_bands(text: str | None) -> tuple[int, ...]:
    """'10,5' -> (10, 5): the lower bounds of the bands of criteria met (a usage error else)."""
    if not text:
        return ()
    try:
        cuts = tuple(int(part) for part in text.replace(";", ",").split(",") if part.strip())
    except ValueError:
        raise UsageError(said("figures.bands_bad", text=text)) from None
    if not cuts or any(cut < 1 for cut in cuts) or len(set(cuts)) != len(cuts):
        raise UsageError(said("figures.bands_bad", text=text))
    return tuple(sorted(cuts, reverse=True))


def check_bands(bands: Sequence[int], criteria_set: CriteriaSet) -> None:
    """A band above a set's number of criteria is a usage error (no commune could be in it)."""
    if bands and max(bands) > len(criteria_set.criteria):
        raise UsageError(
            said(
                "figures.bands_above", band=max(bands), count=len(criteria_set.criteria),
                set_id=criteria_set.id,
            )
        )  # fmt: skip


def check_floor(floor: int | None, criteria_set: CriteriaSet) -> None:
    """A --floor above a set's number of criteria is a usage error (no commune could reach it)."""
    if floor is not None and floor > len(criteria_set.criteria):
        raise UsageError(
            said(
                "figures.floor_above", floor=floor, count=len(criteria_set.criteria),
                set_id=criteria_set.id, decision=criteria_set.decision.number,
            )
        )  # fmt: skip
