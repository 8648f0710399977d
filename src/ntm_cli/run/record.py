"""The record of a run (ntm's version, its time, the digests of its sets and inputs)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from ntm_cli.inputs.digest import sha256_file
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import UsageError, said
from ntm_cli.model.record import RunRecord
from ntm_cli.model.results import CommuneResult


def run_time() -> str:
    """Now in UTC as '2026-12-04T09:30:00Z'; SOURCE_DATE_EPOCH (seconds) fixes the clock."""
    # The reproducible-builds convention: a re-run that must give the same bytes (a test, an
    # archive) sets it; any other run records the real time.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise UsageError(said("record.bad_epoch", value=epoch))
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    else:
        moment = dt.datetime.now(tz=dt.UTC)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_record(
    registry: Registry,
    set_ids: Iterable[str],
    inputs: Iterable[str],
    run_at: str,
    seen: dict[str, str] | None = None,
) -> RunRecord:
    """The record of results scored with these sets from these input files.

    `seen` keeps the inputs' digests across calls: a sheet of 600 communes is read once.
    """
    seen = {} if seen is None else seen
    from ntm_cli import __version__

    digests = registry.digests(set_ids)
    files = dict.fromkeys(inputs)  # each once, in input order
    return RunRecord(
        ntm_version=__version__,
        run_at=run_at,
        sets=tuple(digests.items()),
        inputs=tuple((path, _digest(path, seen)) for path in files),
    )


def _digest(path: str, seen: dict[str, str]) -> str:
    if path not in seen:
        seen[path] = sha256_file(path)
    return seen[path]


def commune_records(
    registry: Registry, results: Sequence[CommuneResult], sources: Sequence[str], run_at: str
) -> tuple[RunRecord, ...]:
    """Each commune's record: its set (and the tiers of its ladder) and its input file."""
    seen: dict[str, str] = {}
    return tuple(
        make_record(
            registry, [r.set_id, *(step.set_id for step in r.ladder)], [source], run_at, seen
        )
        for r, source in zip(results, sources, strict=True)
    )
