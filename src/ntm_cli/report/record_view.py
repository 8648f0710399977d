"""The run's record as labelled lines, for the foot of printed reports (HTML, Word)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ntm_cli.model.record import RunRecord
from ntm_cli.report.messages import message

# Up to this many input files are listed one by one; a province folder of 600 gets one line
# with the SHA-256 of their list (the JSON result lists each).
LISTED_INPUTS = 5


def inputs_digest(record: RunRecord) -> str:
    """SHA-256 of the lines 'digest  path' (as `sha256sum` prints them), one per input file."""
    listing = "".join(f"{digest}  {path}\n" for path, digest in record.inputs)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def record_lines(record: RunRecord, lang: str) -> tuple[tuple[str, str], ...]:
    """(label, value) lines: ntm's version, the run's time, each set's and input's SHA-256."""
    lines = [
        (message("record.version", lang), record.ntm_version),
        (message("record.run_at", lang), record.run_at),
    ]
    lines += [
        (message("record.set", lang, set_id=set_id), f"SHA-256 {digest}")
        for set_id, digest in record.sets
    ]
    if len(record.inputs) <= LISTED_INPUTS:
        lines += [
            (message("record.input", lang, path=path), f"SHA-256 {digest}")
            for path, digest in record.inputs
        ]
    else:
        lines.append(
            (
                message("record.inputs", lang, n=len(record.inputs)),
                f"SHA-256 {inputs_digest(record)}",
            )
        )
    return tuple(lines)


def combined(records: Sequence[RunRecord]) -> RunRecord:
    """One record for a page of several communes: every set and input file, each once."""
    sets: dict[str, str] = {}
    inputs: dict[str, str] = {}
    for record in records:
        sets.update(record.sets)
        inputs.update(record.inputs)
    first = records[0]
    return RunRecord(first.ntm_version, first.run_at, tuple(sorted(sets.items())),
                     tuple(inputs.items()))  # fmt: skip
