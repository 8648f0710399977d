"""Read a result ntm wrote as JSON (`ntm evaluate --verify`): its communes and records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_cli.model.errors import InputError, Location

_HOW = "give a JSON file written by `ntm evaluate --format json` or `ntm batch --format json`"


@dataclass(frozen=True, slots=True)
class RecordedCommune:
    """One commune object of a saved result and the record of the run that made it."""

    data: dict[str, Any]
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordedResult:
    """A saved evaluate or batch result: its commune objects and whether it is a batch."""

    path: str
    communes: tuple[RecordedCommune, ...]
    batch: bool
    record: dict[str, Any]  # the batch's record, or the first commune's


def _problem(path: str, text: str) -> InputError:
    return InputError(Location(path), text)


def _check_record(path: str, record: object, where: str) -> dict[str, Any]:
    keys = ("ntm_version", "run_at", "sets", "inputs")
    if not isinstance(record, dict) or not all(k in record for k in keys):
        raise _problem(
            path,
            f'{where} has no "record" (ntm_version, run_at, sets, inputs): it was written'
            " by an ntm older than the run records, or edited; score the inputs again",
        )
    if not isinstance(record["sets"], dict) or not isinstance(record["inputs"], dict):
        raise _problem(path, f'{where}: "record" needs "sets" and "inputs" objects')
    return record


def _check_commune(path: str, data: object, index: int) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        what = "priorities" if isinstance(data, dict) and "priorities" in data else "figures"
        hint = (
            "a --plan result: verify the JSON written without --plan"
            if what == "priorities"
            else _HOW
        )
        raise _problem(path, f"commune object {index + 1} holds no criteria to check ({hint})")
    if data.get("level") == "huyen":
        raise _problem(path, "a district result cannot be verified yet; verify its communes")
    return data


def read_recorded(path: Path) -> RecordedResult:
    """The communes and run records of a saved JSON result (InputError when it is not one)."""
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            document = json.load(handle)
    except json.JSONDecodeError as exc:
        raise InputError(
            Location(shown, exc.lineno, exc.colno), f"not valid JSON: {exc.msg}"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _problem(shown, f"cannot read the file: {reason}") from None
    if (
        isinstance(document, dict)
        and isinstance(document.get("communes"), list)
        and ("summary" in document)
    ):
        record = _check_record(shown, document.get("record"), "the batch result")
        communes = tuple(
            RecordedCommune(_check_commune(shown, c, i), record)
            for i, c in enumerate(document["communes"])
        )
        return RecordedResult(shown, communes, True, record)
    objects = document if isinstance(document, list) else [document]
    found = []
    for index, data in enumerate(objects):
        commune = _check_commune(shown, data, index)
        found.append(
            RecordedCommune(
                commune, _check_record(shown, commune.get("record"), f"commune object {index + 1}")
            )
        )
    if not found:
        raise _problem(shown, f"no commune in this result ({_HOW})")
    return RecordedResult(shown, tuple(found), False, found[0].record)
