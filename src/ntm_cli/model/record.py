"""The record of a run: what a result was made from, so it can be checked and re-run later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class RunRecord:
    """ntm's version, the run's time, and the SHA-256 of every set and input file used."""

    ntm_version: str
    run_at: str  # ISO 8601 in UTC, to the second: "2026-12-04T09:30:00Z"
    sets: tuple[tuple[str, str], ...]  # (set id, sha256 of its file), in id order
    inputs: tuple[tuple[str, str], ...]  # (path as given, sha256 of the file), in input order

    def as_dict(self) -> dict[str, Any]:
        """The JSON view: {"ntm_version", "run_at", "sets": {id: sha}, "inputs": {path: sha}}."""
        return {
            "ntm_version": self.ntm_version,
            "run_at": self.run_at,
            "sets": dict(self.sets),
            "inputs": dict(self.inputs),
        }


# What `ntm evaluate --verify` found.
FileState = Literal["same", "changed", "unreadable"]
Field = Literal[
    "status", "met", "total", "criterion", "indicator", "value", "required", "gone", "new"
]


@dataclass(frozen=True, slots=True)
class FileCheck:
    """A file named in a record: a set ("set") or an input ("input"), and how it is now."""

    kind: Literal["set", "input"]
    name: str  # the set id or the input's path
    state: FileState


@dataclass(frozen=True, slots=True)
class Difference:
    """One figure of a commune that differs now from the saved result."""

    commune: str
    field: Field
    item: str | None = None  # the criterion or indicator id
    before: object = None
    after: object = None


@dataclass(frozen=True, slots=True)
class Verification:
    """A saved result scored again: its files, the communes compared, what differs."""

    path: str
    ntm_version: str  # the version that made the saved result
    run_at: str
    files: tuple[FileCheck, ...]
    compared: int
    differences: tuple[Difference, ...]

    @property
    def agrees(self) -> bool:
        """True when every figure compared is the same as saved."""
        return not self.differences
